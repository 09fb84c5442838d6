"""Brief formats that an installed add-on writes (PDF): found by entry point, not by name.

The core writes a brief as Markdown or HTML itself (:mod:`circlesoftrust.brief_render`).
A PDF needs a text layout engine, and the core has none: it imports no Qt. The desktop
app has Qt's, so it registers a writer in the entry-point group :data:`GROUP`
(``[project.entry-points."circlesoftrust.brief_writers"]`` in pyproject.toml). The CLI asks
this module which formats are installed and loads the writer of the one the user picked.
Nothing here names the module that provides it.
"""

from __future__ import annotations

import os
from importlib.metadata import EntryPoint, entry_points
from typing import TYPE_CHECKING, Protocol

from circlesoftrust.errors import CotError
from circlesoftrust.i18n import _

if TYPE_CHECKING:  # the CLI reads this module for every command; the brief loads on use
    from circlesoftrust.brief import Brief

GROUP = "circlesoftrust.brief_writers"


class WrittenBrief(Protocol):
    """What a writer reports about the file it wrote."""

    @property
    def path(self) -> str: ...

    @property
    def pages(self) -> int: ...

    @property
    def paper(self) -> str: ...


class BriefWriter(Protocol):
    """Writes ``brief`` to ``path`` on ``paper`` ("a4" or "letter")."""

    def __call__(
        self, brief: Brief, path: str | os.PathLike[str], *, paper: str
    ) -> WrittenBrief: ...


def _registered() -> dict[str, EntryPoint]:
    return {ep.name: ep for ep in entry_points(group=GROUP)}


def installed_formats() -> tuple[str, ...]:
    """The formats an installed writer offers, e.g. ``("pdf",)`` with the desktop app."""
    return tuple(sorted(_registered()))


def load_writer(fmt: str) -> BriefWriter:
    """The writer registered for ``fmt``; a :class:`CotError` in one line if there is none
    or it cannot load (the PDF writer needs the desktop app's Qt libraries)."""
    entry = _registered().get(fmt)
    if entry is None:
        raise CotError(
            _("no writer for {fmt} briefs is installed (it comes with the desktop app)").format(
                fmt=fmt
            )
        )
    try:
        writer: BriefWriter = entry.load()
    except ImportError as exc:
        raise CotError(
            _("{fmt} briefs need the desktop app's libraries, which did not load: {exc}").format(
                fmt=fmt, exc=exc
            )
        ) from exc
    return writer
