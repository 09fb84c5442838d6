"""The app's own preferences and UI state, kept in QSettings (never in the database).

Every preference is declared once with its type and default (``PREFS``); read it with
``get("theme")`` and write with ``put("theme", "dark")``. Window geometry, splitter and
header states are stored as opaque byte arrays under ``state/...``. Database-wide
settings (rings, weights, thresholds) live in the database and belong to the Settings
dialog, not here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

ORGANISATION = "circlesoftrust"
APPLICATION = "Circles of Trust"
MAX_RECENT = 8


@dataclass(frozen=True)
class Pref:
    key: str
    type: type
    default: Any
    doc: str


PREFS: dict[str, Pref] = {
    p.key: p
    for p in (
        Pref("theme", str, "system", "Colour theme: system, light or dark"),
        Pref("language", str, "system", "Language of the window: system, en, nl or de"),
        Pref("ring_size_by", str, "revenue", "Ring view marker size: revenue or score"),
        Pref("recent_databases", list, [], "Recently opened databases, newest first"),
        Pref("welcomed_databases", list, [], "Databases whose first-start choice was made"),
        Pref("nav_page", int, 0, "The navigation page shown last"),
    )
}


def settings() -> QSettings:
    """An INI-backed QSettings (one readable file per user; tests point it at tmp)."""
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION
    )


def get(key: str) -> Any:
    pref = PREFS[key]
    value = settings().value(key, pref.default)
    if pref.type is list:
        if value is None or value == "":
            return []
        return [str(v) for v in value] if isinstance(value, list) else [str(value)]
    if pref.type is int:
        try:
            return int(str(value))
        except (TypeError, ValueError):
            return pref.default
    if pref.type is bool:
        return value in (True, "true", "1", 1)
    return pref.type(value)


def put(key: str, value: Any) -> None:
    if key not in PREFS:
        raise KeyError(f"undeclared preference {key!r}")
    settings().setValue(key, value)


def remember_recent(location: str) -> list[str]:
    recent = [location, *[r for r in get("recent_databases") if r != location]][:MAX_RECENT]
    put("recent_databases", recent)
    return recent


def save_state(name: str, data: QByteArray) -> None:
    settings().setValue(f"state/{name}", data)


def load_state(name: str) -> QByteArray | None:
    value = settings().value(f"state/{name}")
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None


def clear_state() -> None:
    s = settings()
    s.beginGroup("state")
    s.remove("")
    s.endGroup()
