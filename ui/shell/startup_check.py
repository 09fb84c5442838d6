"""`circlesoftrust-app --startup-check`: start as a user would, then say what was found.

The packaging tests (a wheel in a fresh venv, the PyInstaller bundle) cannot look at a
window; this prints one JSON line once the database is open — version, database path,
how many of the app's icons loaded, whether the window and the toolbar have them — and
quits with 0, or 1 when the database did not open within a minute.
"""

from __future__ import annotations

import json
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QToolBar

from circlesoftrust import __version__
from ui.common import theme
from ui.shell.help import manual_path
from ui.shell.main_window import MainWindow

TIMEOUT_MS = 60_000


def facts(window: MainWindow) -> dict[str, object]:
    names = sorted(path.stem for path in theme.RESOURCES.glob("*.svg"))
    toolbar_actions = [a for bar in window.findChildren(QToolBar) for a in bar.actions()]
    return {
        "version": __version__,
        "database": window.location,
        "resources": str(theme.RESOURCES),
        "icons": len(names),
        "icons_loaded": sum(not theme.icon(name).isNull() for name in names),
        "window_icon": not window.windowIcon().isNull(),
        "toolbar_icons": sum(not a.icon().isNull() for a in toolbar_actions if a.text()),
        "toolbar_actions": sum(1 for a in toolbar_actions if a.text()),
        "manual": str(manual_path()),
    }


def report_when_open(window: MainWindow) -> None:
    app = QApplication.instance()
    assert app is not None

    def report() -> None:
        print(json.dumps(facts(window)), flush=True)
        app.exit(0)

    def give_up() -> None:
        print(json.dumps({"error": "the database did not open in time"}), file=sys.stderr)
        app.exit(1)

    window.databaseOpened.connect(lambda _location: QTimer.singleShot(0, report))
    QTimer.singleShot(TIMEOUT_MS, give_up)
