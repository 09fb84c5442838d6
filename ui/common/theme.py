"""Light and dark palettes, the app font, and the SVG line icons of ``resources/``.

The icons are drawn with ``stroke="currentColor"``; :func:`icon` paints them in the
palette's text colour (and a dimmed one for disabled), so they stay crisp and readable in
both themes. ``apply_theme(app, "system" | "light" | "dark")`` follows the desktop's
colour scheme when asked to, and re-applies itself when the desktop switches.
"""

from __future__ import annotations

import weakref
from functools import cache
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QObject, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QPainter,
    QPalette,
    QPixmap,
)
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication, QWidget

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
THEMES = ("system", "light", "dark")

_LIGHT = {
    "window": "#f5f6f8",
    "window_text": "#1f2933",
    "base": "#ffffff",
    "alt_base": "#f2f4f7",
    "text": "#1f2933",
    "button": "#eceff3",
    "button_text": "#1f2933",
    "highlight": "#2563eb",
    "highlighted_text": "#ffffff",
    "tooltip_base": "#1f2933",
    "tooltip_text": "#f8fafc",
    "placeholder": "#7b8794",
    "link": "#1d4ed8",
    "mid": "#c5cbd3",
    "dark": "#9aa5b1",
    "light": "#ffffff",
    "midlight": "#e4e7eb",
    "shadow": "#7b8794",
    "disabled": "#9aa5b1",
}
_DARK = {
    "window": "#1e2127",
    "window_text": "#e4e7eb",
    "base": "#16181d",
    "alt_base": "#1c1f25",
    "text": "#e4e7eb",
    "button": "#2a2e36",
    "button_text": "#e4e7eb",
    "highlight": "#3b82f6",
    "highlighted_text": "#ffffff",
    "tooltip_base": "#f8fafc",
    "tooltip_text": "#1f2933",
    "placeholder": "#8a94a3",
    "link": "#93c5fd",
    "mid": "#3a3f4a",
    "dark": "#121418",
    "light": "#3a3f4a",
    "midlight": "#323741",
    "shadow": "#000000",
    "disabled": "#6b7280",
}


class ThemeWatcher(QObject):
    """Re-applies the theme when the desktop colour scheme changes.

    Signals:
        themeChanged(): the palette was replaced (icons and charts should repaint).
    """

    themeChanged = Signal()

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self.mode = "system"
        app.styleHints().colorSchemeChanged.connect(self._on_scheme_changed)

    def _on_scheme_changed(self, *_args: object) -> None:
        if self.mode == "system":
            self.apply(self.mode)

    def apply(self, mode: str) -> None:
        self.mode = mode if mode in THEMES else "system"
        dark = is_dark_mode(self.mode)
        self._app.setPalette(build_palette(dark))
        icon.cache_clear()
        refresh_bound_icons()
        self.themeChanged.emit()


def is_dark_mode(mode: str) -> bool:
    if mode == "dark":
        return True
    if mode == "light":
        return False
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def build_palette(dark: bool) -> QPalette:
    c = {k: QColor(v) for k, v in (_DARK if dark else _LIGHT).items()}
    pal = QPalette()
    role = QPalette.ColorRole
    for r, key in (
        (role.Window, "window"),
        (role.WindowText, "window_text"),
        (role.Base, "base"),
        (role.AlternateBase, "alt_base"),
        (role.Text, "text"),
        (role.Button, "button"),
        (role.ButtonText, "button_text"),
        (role.Highlight, "highlight"),
        (role.HighlightedText, "highlighted_text"),
        (role.ToolTipBase, "tooltip_base"),
        (role.ToolTipText, "tooltip_text"),
        (role.PlaceholderText, "placeholder"),
        (role.Link, "link"),
        (role.LinkVisited, "link"),
        (role.Mid, "mid"),
        (role.Dark, "dark"),
        (role.Light, "light"),
        (role.Midlight, "midlight"),
        (role.Shadow, "shadow"),
        (role.BrightText, "highlighted_text"),
    ):
        pal.setColor(r, c[key])
    disabled = QPalette.ColorGroup.Disabled
    for r in (role.WindowText, role.Text, role.ButtonText):
        pal.setColor(disabled, r, c["disabled"])
    pal.setColor(disabled, role.Highlight, c["mid"])
    return pal


def palette_is_dark(widget: QWidget | None = None) -> bool:
    pal = widget.palette() if widget is not None else QGuiApplication.palette()
    return pal.color(QPalette.ColorRole.Window).lightness() < 128


def setup_font(app: QApplication) -> None:
    """A readable UI font: some desktops (and Xvfb) default to 9 pt, which is small."""
    font = QFont(app.font())
    if 0 < font.pointSizeF() < 10:
        font.setPointSizeF(10)
        app.setFont(font)


def muted(colour: QColor, amount: float = 0.45) -> QColor:
    """``colour`` blended towards the window colour (secondary text, grid lines)."""
    window = QGuiApplication.palette().color(QPalette.ColorRole.Window)
    return QColor(
        round(colour.red() * (1 - amount) + window.red() * amount),
        round(colour.green() * (1 - amount) + window.green() * amount),
        round(colour.blue() * (1 - amount) + window.blue() * amount),
    )


class _TintedSvgEngine(QIconEngine):
    """Renders a line icon on demand, per size and mode, in the palette's colours.

    Rendering every icon at every size up front cost ~0.4 s of start-up; this renders
    only what is painted, once, and caches it.
    """

    def __init__(self, svg: dict[QIcon.Mode, bytes]) -> None:
        super().__init__()
        self._svg = svg
        self._cache: dict[tuple[int, int, QIcon.Mode, float], QPixmap] = {}

    def clone(self) -> QIconEngine:
        return _TintedSvgEngine(self._svg)

    def pixmap(self, size: QSize, mode: QIcon.Mode, _state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, _state, _ratio())

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, _state: QIcon.State, scale: float
    ) -> QPixmap:
        key = (size.width(), size.height(), mode, scale)
        pixmap = self._cache.get(key)
        if pixmap is None:
            svg = self._svg.get(mode, self._svg[QIcon.Mode.Normal])
            pixmap = self._cache[key] = _render(svg, min(size.width(), size.height()), scale)
        return pixmap

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        painter.drawPixmap(rect, self.scaledPixmap(rect.size(), mode, state, _ratio()))

    def actualSize(self, size: QSize, _mode: QIcon.Mode, _state: QIcon.State) -> QSize:
        return size

    def isNull(self) -> bool:
        return False


def _ratio() -> float:
    screen = QGuiApplication.primaryScreen()
    return screen.devicePixelRatio() if screen is not None else 1.0


def _render(svg: bytes, size: int, ratio: float | None = None) -> QPixmap:
    ratio = ratio or _ratio()
    pixmap = QPixmap(round(size * ratio), round(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    renderer = QSvgRenderer(QByteArray(svg))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return pixmap


@cache
def icon(name: str) -> QIcon:
    """The line icon ``resources/<name>.svg`` in the palette's text colour (empty if missing)."""
    path = RESOURCES / f"{name}.svg"
    if not path.exists():
        return QIcon()
    raw = path.read_text(encoding="utf-8")
    pal = QGuiApplication.palette()
    colours = {
        QIcon.Mode.Normal: pal.color(QPalette.ColorRole.WindowText),
        QIcon.Mode.Active: pal.color(QPalette.ColorRole.WindowText),
        QIcon.Mode.Disabled: pal.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText),
        QIcon.Mode.Selected: pal.color(QPalette.ColorRole.HighlightedText),
    }
    return QIcon(
        _TintedSvgEngine(
            {m: raw.replace("currentColor", c.name()).encode() for m, c in colours.items()}
        )
    )


@cache
def app_icon() -> QIcon:
    """The application icon keeps its own colours (it is not a line icon)."""
    path = RESOURCES / "app.svg"
    if not path.exists():
        return QIcon()
    svg = path.read_bytes()
    return QIcon(_TintedSvgEngine({m: svg for m in QIcon.Mode}))


_bound: list[tuple[weakref.ref[Any], str]] = []


def bind_icon(target: Any, name: str) -> None:
    """Give a button or action the icon ``name`` and repaint it on a theme switch."""
    target.setIcon(icon(name))
    _bound.append((weakref.ref(target), name))


def refresh_bound_icons() -> None:
    alive = []
    for ref, name in _bound:
        target = ref()
        if target is None:
            continue
        try:
            target.setIcon(icon(name))
        except RuntimeError:  # its C++ side is gone
            continue
        alive.append((ref, name))
    _bound[:] = alive


def icon_size() -> QSize:
    return QSize(20, 20)
