"""The Linux desktop entry and icon: `circlesoftrust-app --install-desktop-entry`.

A wheel cannot put files into ``/usr/share/applications``; the app writes its own entry
(``resources/circlesoftrust.desktop``, with ``Exec`` pointing at the command that runs
now) and its icon (``resources/app.svg``) into the user's XDG data folder, where menus
and docks find them (Desktop Entry Specification 1.5, Icon Theme Specification).
No Qt here: it runs before and without a window.
"""

from __future__ import annotations

import os
import shlex
import shutil
import sys
from collections.abc import Mapping
from pathlib import Path

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
DESKTOP_FILE = RESOURCES / "circlesoftrust.desktop"
ICON_FILE = RESOURCES / "app.svg"
APP_ID = "circlesoftrust"  # the entry's file name = QGuiApplication.desktopFileName()


def data_home(environ: Mapping[str, str] | None = None) -> Path:
    env = os.environ if environ is None else environ
    return Path(env.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def install(command: str | None = None, environ: Mapping[str, str] | None = None) -> list[Path]:
    """Write the entry and the icon; return the files written. ``command`` is what the
    menu runs (default: the command running now, by its absolute path)."""
    home = data_home(environ)
    target = command or _running_command()
    entry = home / "applications" / f"{APP_ID}.desktop"
    icon = home / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    lines = []
    for line in DESKTOP_FILE.read_text(encoding="utf-8").splitlines():
        if line.startswith("Exec="):
            line = f"Exec={shlex.quote(target)} %f"
        elif line.startswith("TryExec="):
            line = f"TryExec={target}"
        lines.append(line)
    entry.parent.mkdir(parents=True, exist_ok=True)
    icon.parent.mkdir(parents=True, exist_ok=True)
    entry.write_text("\n".join(lines) + "\n", encoding="utf-8")
    shutil.copyfile(ICON_FILE, icon)
    return [entry, icon]


def _running_command() -> str:
    argv0 = Path(sys.argv[0])
    found = shutil.which(argv0.name) if not argv0.is_absolute() else None
    return str(Path(found).resolve() if found else argv0.resolve())
