"""The README's command-line examples run, as written, on a fresh database (issue 14.6)."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest

from circlesoftrust.cli import main

README = Path(__file__).resolve().parents[2] / "README.md"


def readme_commands() -> list[list[str]]:
    text = README.read_text(encoding="utf-8")
    section = text.split("\n## Command line\n", 1)[1].split("\n## ", 1)[0]
    block = re.search(r"```sh\n(.*?)```", section, re.S)
    assert block is not None, "the Command line section has its sh block"
    commands = [shlex.split(line, comments=True) for line in block.group(1).splitlines()]
    return [words for words in commands if words]


def test_the_readme_examples_run_on_the_demo(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)  # x.sqlite and monday.sqlite are relative paths
    commands = readme_commands()
    assert len(commands) >= 8 and commands[0][-1] == "demo"
    for words in commands:
        assert words[0] == "circlesoftrust"
        code = main(words[1:])
        _out, err = capsys.readouterr()
        assert code == 0, f"{shlex.join(words)}: {err}"
    assert (tmp_path / "monday.sqlite").exists()


def test_demo_without_db_says_where_it_wrote_and_later_commands_point_there(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from circlesoftrust.database_file import default_db_path, demo_db_path

    assert main(["demo", "--accounts", "20"]) == 0
    out = capsys.readouterr().out
    where = shlex.quote(str(demo_db_path()))
    assert f"--db {where}" in out and f"CIRCLESOFTRUST_DB={where}" in out

    # `rings` without --db opens the user's own (empty) database, and says where the
    # example is instead of silently showing nothing.
    assert main(["rings"]) == 0
    err = capsys.readouterr().err
    assert str(default_db_path()) in err and f"--db {where}" in err
    # With the example named, no note.
    assert main(["--db", str(demo_db_path()), "rings"]) == 0
    assert capsys.readouterr().err == ""
