"""Before Qt opens a window on X11: are the system libraries its xcb plugin needs there?

PySide6's wheel brings Qt, not the X11 client libraries of the system. On a minimal
Debian ``libxcb-icccm4`` and ``libxcb-keysyms1`` were missing; Qt then aborts with a
message that names ``libxcb-cursor0`` and "the xcb plugin" and says nothing of either.
So, before the QApplication exists, the start asks the dynamic linker (``ldd``, part of
every glibc system) which libraries of the plugin it cannot find, and names the Debian
packages that hold them. No Qt import here: this runs before Qt loads its plugin.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

from circlesoftrust.i18n import _

__all__ = [
    "DEBIAN_PACKAGES",
    "debian_package",
    "missing_libraries",
    "missing_xcb_message",
    "uses_xcb",
    "xcb_plugin",
]

# What `apt-get install` needs for Qt 6 on X11 beyond a minimal Debian 12 (README).
DEBIAN_PACKAGES = (
    "libdbus-1-3",
    "libegl1",
    "libfontconfig1",
    "libgl1",
    "libglib2.0-0",
    "libx11-xcb1",
    "libxcb-cursor0",
    "libxcb-icccm4",
    "libxcb-image0",
    "libxcb-keysyms1",
    "libxcb-randr0",
    "libxcb-render-util0",
    "libxcb-shape0",
    "libxcb-sync1",
    "libxcb-xfixes0",
    "libxcb-xkb1",
    "libxkbcommon-x11-0",
)

# Libraries whose Debian package is not named after the library (Debian policy 8.1 names
# the rest: soname without ".so", a "-" before the version when the name ends in a digit).
_PACKAGE_EXCEPTIONS: Mapping[str, str] = {
    "libGLdispatch.so.0": "libglvnd0",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libgobject-2.0.so.0": "libglib2.0-0",
    "libgio-2.0.so.0": "libglib2.0-0",
    "libz.so.1": "zlib1g",
    "libbrotlidec.so.1": "libbrotli1",
    "libbrotlicommon.so.1": "libbrotli1",
    "libgcc_s.so.1": "libgcc-s1",
}

_SONAME = re.compile(r"(?P<name>lib.+?)\.so\.(?P<version>[0-9][0-9.]*)")
_NOT_FOUND = re.compile(r"^\s*(?P<soname>\S+)\s+=>\s+not found\s*$", re.MULTILINE)


def debian_package(soname: str) -> str:
    """The Debian package that ships a library, from its soname (``libxcb-icccm.so.4`` ->
    ``libxcb-icccm4``)."""
    if soname in _PACKAGE_EXCEPTIONS:
        return _PACKAGE_EXCEPTIONS[soname]
    match = _SONAME.fullmatch(soname)
    if match is None:
        return soname
    name, version = match["name"].lower(), match["version"].split(".")[0]
    return f"{name}-{version}" if name[-1].isdigit() else f"{name}{version}"


def xcb_plugin() -> Path | None:
    """Qt's xcb platform plugin inside the installed PySide6 (None if it has none)."""
    import importlib.util

    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    for folder in spec.submodule_search_locations:
        plugin = Path(folder) / "Qt" / "plugins" / "platforms" / "libqxcb.so"
        if plugin.exists():
            return plugin
    return None


def uses_xcb(environ: Mapping[str, str], argv: Sequence[str] = ()) -> bool:
    """Whether Qt will pick its X11 (xcb) plugin on this Linux machine."""
    if not sys.platform.startswith("linux"):
        return False
    for i, arg in enumerate(argv):
        if arg == "-platform" and i + 1 < len(argv):
            return argv[i + 1].startswith("xcb")
    chosen = environ.get("QT_QPA_PLATFORM", "")
    if chosen:
        return chosen.split(";")[0].startswith("xcb")
    # Qt 6 prefers Wayland in a Wayland session, else X11.
    return not (environ.get("WAYLAND_DISPLAY") and environ.get("XDG_SESSION_TYPE") == "wayland")


def missing_libraries(plugin: Path, ldd: str = "ldd") -> list[str]:
    """The sonames the dynamic linker cannot find for ``plugin`` (and its dependencies)."""
    try:
        done = subprocess.run(
            [ldd, str(plugin)], capture_output=True, text=True, timeout=20, check=False
        )
    except (OSError, subprocess.SubprocessError):
        return []  # no ldd (not glibc): let Qt say what it says
    return list(dict.fromkeys(m["soname"] for m in _NOT_FOUND.finditer(done.stdout)))


def missing_xcb_message(
    environ: Mapping[str, str] | None = None, argv: Sequence[str] = ()
) -> str | None:
    """The lines to print instead of starting Qt when X11 libraries are missing, else None."""
    env = os.environ if environ is None else environ
    if not uses_xcb(env, argv):
        return None
    plugin = xcb_plugin()
    if plugin is None:
        return None
    missing = missing_libraries(plugin)
    if not missing:
        return None
    packages = " ".join(dict.fromkeys(debian_package(soname) for soname in missing))
    # (printed before Qt starts: the core's texts, in the language parse_args chose)
    return _(
        "Circles of Trust cannot open its window: Qt's X11 support needs system libraries "
        "that are not installed ({missing}).\n"
        "On Debian or Ubuntu install them with:\n    sudo apt-get install {packages}\n"
        "(the full list for a minimal system is in the README, 'Two commands')."
    ).format(missing=", ".join(missing), packages=packages)
