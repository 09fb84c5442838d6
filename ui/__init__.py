"""The Circles of Trust desktop app: a thin PySide6 shell over ``circlesoftrust``.

Widgets never open a Session or write SQL. Every read and write goes through one door,
``ui.operations.Operations`` (``run_query`` / ``run_op``): the call runs off the UI thread
on the app's one task manager, writes land on the window's one undo history, and one
``changed(Changes, initiator)`` signal tells every view what to refresh.

Feature folders:

- ``shell``: the app's start, the main window, its actions, navigation, preferences and
  the database it has open.
- ``accounts``: the ring view, the accounts table, the account page and their dialogs,
  over ``account_store`` (the account list, scores and search index the views share).
- ``today``: the suggestion inbox. ``people``: the people to stay close to.
- ``insights``: writing, publishing and following insights. ``dashboard``: KPIs and
  charts. ``settings``: rings, perks, checklists and the score's rules.
- ``transfer``: import, export, backup and the meeting brief.
- ``common``: widgets, theme, background workers and dialogs shared by the others.
"""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from circlesoftrust.brief import Brief
    from ui.transfer.brief_pdf import PdfResult

# Installed, this package is `circlesoftrust_ui` (a top-level `ui` would clash with other
# distributions' files in site-packages); its modules import each other as `ui.…`, the
# folder's name in the repository. So the installed package also answers to `ui` in this
# process: Python then loads `ui.shell`, `ui.common`… from this package's own folder.
# In a checkout (tests, `python main.py`) the folder is `ui` itself and this does nothing.
if __name__ != "ui":
    sys.modules.setdefault("ui", sys.modules[__name__])


def main() -> int:
    """The `circlesoftrust-app` command."""
    from ui.shell.app import main as app_main

    return app_main()


def write_brief_pdf(brief: Brief, path: str | os.PathLike[str], *, paper: str = "a4") -> PdfResult:
    """The PDF brief writer the core finds through its entry point (`brief --format pdf`)."""
    from ui.transfer.brief_pdf import write_pdf

    return write_pdf(brief, path, paper=paper)
