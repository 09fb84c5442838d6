"""The core stays Qt-free: ``circlesoftrust/`` never imports PySide6, shiboken6 or ``ui``.

The import statements themselves are checked by import-linter (``lint-imports`` in
``make test``; contracts in .importlinter). These tests cover what it cannot see: a module
loaded by a name in a string (``importlib.import_module("ui...")``), and what a fresh
interpreter has loaded after importing every module of the package.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import circlesoftrust

PACKAGE = Path(circlesoftrust.__file__).parent
FORBIDDEN = ("PySide6", "shiboken6", "PyQt5", "PyQt6", "qtpy", "pytestqt", "ui")


def modules() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "versions" not in p.parts)


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def names_loaded_by_string(path: Path) -> set[str]:
    """Modules ``path`` loads by a name written as a string (``import_module("x.y")``,
    ``__import__("x")``): invisible to import-linter, which reads import statements."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if (
            isinstance(node, ast.Call)
            and (getattr(node.func, "attr", "") or getattr(node.func, "id", ""))
            in ("import_module", "__import__")
            and node.args
            and isinstance(node.args[0], ast.Constant)
        ):
            names.add(str(node.args[0].value))
    return names


def test_the_walk_sees_the_whole_package() -> None:
    names = {module_name(p) for p in modules()}
    assert {"circlesoftrust.models", "circlesoftrust.storage", "circlesoftrust.cli.core"} <= names


def test_no_module_of_the_core_loads_qt_or_the_ui_by_name() -> None:
    offenders = {
        module_name(path): sorted(
            name for name in names_loaded_by_string(path) if name.split(".")[0] in FORBIDDEN
        )
        for path in modules()
    }
    assert {name: loads for name, loads in offenders.items() if loads} == {}


def test_the_check_sees_a_load_by_name(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text("import importlib\nw = importlib.import_module('ui.transfer.brief_pdf')\n")
    assert names_loaded_by_string(sample) == {"ui.transfer.brief_pdf"}


def test_importing_every_module_loads_no_qt() -> None:
    names = [
        module_name(p)
        for p in modules()
        if "migrations" not in p.parts  # run by Alembic, not importable on their own
        and p.name != "__main__.py"  # importing it runs the CLI
    ]
    script = (
        "import importlib, json, sys\n"
        f"for name in {names!r}:\n"
        "    importlib.import_module(name)\n"
        "print(json.dumps(sorted(m for m in sys.modules\n"
        f"    if m.split('.')[0] in {FORBIDDEN!r})))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        check=False,
        cwd=PACKAGE.parent,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == []
