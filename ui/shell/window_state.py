"""The main window's layout, remembered between runs (QSettings via ``ui.shell.prefs``).

Geometry, toolbar state, both splitters and the accounts table's header (column widths,
order, sort) are saved on close and restored on start; "Reset Layout" forgets them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

from ui.shell import prefs

if TYPE_CHECKING:
    from ui.shell.main_window import MainWindow


def _parts(window: MainWindow) -> dict[str, object]:
    return {
        "main_splitter": window.main_splitter,
        "left_splitter": window.left_splitter,
        "accounts_header": window.accounts_panel.view.horizontalHeader(),
    }


def default_layout(window: MainWindow) -> None:
    """A sensible first layout: 90% of the screen, rings and table left, account right."""
    screen = QApplication.primaryScreen()
    available = screen.availableGeometry() if screen else None
    width = min(1440, int(available.width() * 0.9)) if available else 1280
    height = min(900, int(available.height() * 0.9)) if available else 820
    window.resize(width, height)
    if available is not None:
        window.move(available.center() - window.rect().center())
    left = int(width * 0.56)
    window.main_splitter.setSizes([left, width - left])
    window.left_splitter.setSizes([int(height * 0.55), int(height * 0.45)])


def restore(window: MainWindow) -> None:
    default_layout(window)
    geometry = prefs.load_state("window")
    if geometry is not None:
        window.restoreGeometry(geometry)
    state = prefs.load_state("window_state")
    if state is not None:
        window.restoreState(state)
    for name, widget in _parts(window).items():
        data = prefs.load_state(name)
        if data is not None:
            widget.restoreState(data)  # type: ignore[attr-defined]


def save(window: MainWindow) -> None:
    prefs.save_state("window", window.saveGeometry())
    prefs.save_state("window_state", window.saveState())
    for name, widget in _parts(window).items():
        prefs.save_state(name, widget.saveState())  # type: ignore[attr-defined]


def reset(window: MainWindow) -> None:
    prefs.clear_state()
    window.accounts_panel.view.horizontalHeader().reset()
    default_layout(window)
