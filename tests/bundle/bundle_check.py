"""The one-folder bundle starts (issue 14, point 5): `make bundle-test`, run by CI.

Not collected by `make test` (the file name does not match test_*.py): building the
bundle takes minutes. `make bundle-test` builds dist/circlesoftrust-app/ and runs this
file explicitly. The bundle runs from an empty folder with its own HOME, offscreen.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import circlesoftrust

ROOT = Path(__file__).resolve().parents[2]
APP = ROOT / "dist" / "circlesoftrust-app" / "circlesoftrust-app"


def _env(tmp_path: Path) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("CIRCLESOFTRUST_", "PYTHON", "XDG_", "VIRTUAL_ENV"))
    }
    env.update(
        QT_QPA_PLATFORM="offscreen",
        HOME=str(tmp_path / "home"),
        XDG_DATA_HOME=str(tmp_path / "home" / "data"),
        XDG_CONFIG_HOME=str(tmp_path / "home" / "config"),
        XDG_CACHE_HOME=str(tmp_path / "home" / "cache"),
    )
    return env


def test_the_bundle_prints_its_version(tmp_path: Path) -> None:
    done = subprocess.run(
        [str(APP), "--version"], cwd=tmp_path, env=_env(tmp_path),
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"circlesoftrust-app {circlesoftrust.__version__}"


def test_the_bundle_starts_opens_the_demo_and_finds_icons_and_manual(tmp_path: Path) -> None:
    done = subprocess.run(
        [str(APP), "--demo", "--startup-check"], cwd=tmp_path, env=_env(tmp_path),
        capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    found = json.loads(done.stdout.strip().splitlines()[-1])
    bundle = APP.parent.resolve()
    assert Path(found["resources"]).is_relative_to(bundle)
    assert found["icons"] >= 30 and found["icons_loaded"] == found["icons"]
    assert found["window_icon"] is True
    assert found["toolbar_icons"] == found["toolbar_actions"] > 0
    assert Path(found["manual"]).is_relative_to(bundle)
    # The demo database was created (migrations ran from inside the bundle) in HOME.
    assert Path(found["database"]).is_relative_to(tmp_path / "home")
    assert Path(found["database"]).stat().st_size > 100_000
