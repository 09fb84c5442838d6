"""Installed like a desktop program (issue 14, point 5).

The wheel is built from this checkout and installed into a fresh venv; the installed
commands then run from an empty folder (so nothing of the checkout can be imported) and
must find their icons. The fresh venv borrows the project's *dependencies* from the dev
venv through a path file (installing PySide6 and matplotlib again from the registry
would take minutes); the editable install of the checkout is not among them, because a
folder named in a path file is only added to ``sys.path``, its own path files are not run.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import tomllib
import venv
from pathlib import Path

import pytest

import circlesoftrust
from ui.shell import qt_libraries

ROOT = Path(__file__).resolve().parents[2]


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("CIRCLESOFTRUST_", "PYTHON", "XDG_"))
    }
    env.update(
        QT_QPA_PLATFORM="offscreen",
        HOME=str(tmp_path / "home"),
        XDG_DATA_HOME=str(tmp_path / "home" / "data"),
        XDG_CONFIG_HOME=str(tmp_path / "home" / "config"),
        CIRCLESOFTRUST_DB=str(tmp_path / "mine.sqlite"),
    )
    env.update(extra)
    return env


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv with the wheel of this checkout installed; returns its bin folder."""
    where = tmp_path_factory.mktemp("wheel")
    # From a clean copy: setuptools reuses a build/ folder it finds in the source tree, and
    # one left from an earlier build would smuggle old files into the wheel.
    source = where / "source"
    shutil.copytree(
        ROOT,
        source,
        ignore=shutil.ignore_patterns(
            ".git", ".venv*", "build", "dist", "*.egg-info", "__pycache__", ".*_cache", "*.sqlite*"
        ),
    )
    build = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(where), str(source)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert build.returncode == 0, build.stderr[-2000:]
    (wheel,) = where.glob("circlesoftrust-*.whl")
    fresh = where / "venv"
    venv.EnvBuilder(with_pip=False).create(fresh)
    python = fresh / "bin" / "python"
    install = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(python),
            "install",
            "-q",
            "--no-deps",
            str(wheel),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert install.returncode == 0, install.stderr[-2000:]
    site = Path(
        subprocess.check_output(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
            text=True,
        ).strip()
    )
    (site / "borrowed_dependencies.pth").write_text(sysconfig.get_path("purelib") + "\n")
    return fresh / "bin"


def test_the_wheel_installs_no_top_level_ui_package(installed: Path) -> None:
    site = next((installed.parent / "lib").glob("python3*/site-packages"))
    top = {p.name for p in site.iterdir() if not p.name.endswith((".dist-info", ".pth"))}
    assert "circlesoftrust_ui" in top and "circlesoftrust" in top
    assert "ui" not in top and "resources" not in top
    assert len(list((site / "circlesoftrust_ui" / "resources").glob("*.svg"))) >= 30


def test_the_installed_app_starts_and_finds_its_icons(installed: Path, tmp_path: Path) -> None:
    done = subprocess.run(
        [str(installed / "circlesoftrust-app"), "--startup-check"],
        cwd=tmp_path,  # nothing of the checkout is importable from here
        env=_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    found = json.loads(done.stdout.strip().splitlines()[-1])
    assert found["resources"].startswith(str(installed.parent))
    assert found["icons"] >= 30 and found["icons_loaded"] == found["icons"]
    assert found["window_icon"] is True
    assert found["toolbar_actions"] > 0 and found["toolbar_icons"] == found["toolbar_actions"]
    assert found["database"] == str(tmp_path / "mine.sqlite")
    # Help -> Manual finds the manual the wheel installed, with its screenshots.
    manual = Path(found["manual"])
    assert manual.is_relative_to(installed.parent) and manual.name == "manual.md"
    assert (manual.parent / "screenshots" / "import-preview.png").is_file()


def test_both_installed_commands_print_the_one_version(installed: Path, tmp_path: Path) -> None:
    version = circlesoftrust.__version__
    for command in ("circlesoftrust", "circlesoftrust-app"):
        done = subprocess.run(
            [str(installed / command), "--version"],
            cwd=tmp_path,
            env=_env(tmp_path),
            capture_output=True,
            text=True,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        assert done.stdout.strip() == f"{command} {version}"
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert "version" not in project and "version" in project["dynamic"]


def test_the_installed_pdf_brief_writer_loads(installed: Path, tmp_path: Path) -> None:
    env = _env(tmp_path)
    demo = subprocess.run(
        [str(installed / "circlesoftrust"), "demo"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert demo.returncode == 0, demo.stderr
    done = subprocess.run(
        [
            str(installed / "circlesoftrust"),
            "brief",
            "Alder Legal",
            "--format",
            "pdf",
            "--output",
            str(tmp_path / "b.pdf"),
        ],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "b.pdf").read_bytes().startswith(b"%PDF")


def test_desktop_entry_and_icon_for_the_menu(installed: Path, tmp_path: Path) -> None:
    env = _env(tmp_path)
    done = subprocess.run(
        [str(installed / "circlesoftrust-app"), "--install-desktop-entry"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    data = Path(env["XDG_DATA_HOME"])
    entry = (data / "applications" / "circlesoftrust.desktop").read_text()
    lines = dict(line.split("=", 1) for line in entry.splitlines() if "=" in line)
    assert lines["Type"] == "Application" and lines["Name"] == "Circles of Trust"
    assert lines["Icon"] == "circlesoftrust"
    assert lines["Exec"].split()[0] == str(installed / "circlesoftrust-app")
    icon = data / "icons" / "hicolor" / "scalable" / "apps" / "circlesoftrust.svg"
    assert icon.read_text().lstrip().startswith("<svg")


# ------------------------------------------------------------ X11 libraries missing


def test_debian_packages_are_named_from_the_missing_libraries() -> None:
    assert qt_libraries.debian_package("libxcb-icccm.so.4") == "libxcb-icccm4"
    assert qt_libraries.debian_package("libxcb-keysyms.so.1") == "libxcb-keysyms1"
    assert qt_libraries.debian_package("libxkbcommon-x11.so.0") == "libxkbcommon-x11-0"
    assert qt_libraries.debian_package("libX11-xcb.so.1") == "libx11-xcb1"
    assert qt_libraries.debian_package("libglib-2.0.so.0") == "libglib2.0-0"
    assert qt_libraries.debian_package("libEGL.so.1") == "libegl1"
    readme = (ROOT / "README.md").read_text()
    assert "sudo apt-get install " + " ".join(qt_libraries.DEBIAN_PACKAGES) in readme


def test_make_run_without_x11_libraries_names_the_packages(tmp_path: Path) -> None:
    """`make run` runs main.py; with libraries missing (an `ldd` that says so, first on
    PATH) it prints the apt-get line and exits 1 before Qt aborts."""
    fake = tmp_path / "bin"
    fake.mkdir()
    (fake / "ldd").write_text(
        "#!/bin/sh\n"
        "echo '\tlibxcb-cursor.so.0 => /lib/x86_64-linux-gnu/libxcb-cursor.so.0 (0x1)'\n"
        "echo '\tlibxcb-icccm.so.4 => not found'\n"
        "echo '\tlibxcb-keysyms.so.1 => not found'\n"
        "echo '\tlibxcb-icccm.so.4 => not found'\n"
    )
    (fake / "ldd").chmod(0o755)
    env = _env(tmp_path, PATH=f"{fake}{os.pathsep}{os.environ['PATH']}", DISPLAY=":99")
    env.pop("QT_QPA_PLATFORM")
    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--demo"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 1
    assert "sudo apt-get install libxcb-icccm4 libxcb-keysyms1\n" in done.stderr
    assert "libxcb-icccm.so.4, libxcb-keysyms.so.1" in done.stderr


def test_offscreen_and_wayland_need_no_x11_libraries() -> None:
    assert not qt_libraries.uses_xcb({"QT_QPA_PLATFORM": "offscreen"})
    assert not qt_libraries.uses_xcb(
        {"WAYLAND_DISPLAY": "wayland-0", "XDG_SESSION_TYPE": "wayland"}
    )
    assert qt_libraries.uses_xcb({"DISPLAY": ":0"}) == sys.platform.startswith("linux")
    assert qt_libraries.uses_xcb({}, ["-platform", "xcb"]) == sys.platform.startswith("linux")
