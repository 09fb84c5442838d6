"""Issue 12, points 5 and 8: hostile input gives one clear line, never a traceback.

Each case runs the command line as a user would and checks the exit code and that
stderr is one line that says what was wrong (and that nothing was written).
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from circlesoftrust import cli
from circlesoftrust.cli import main
from circlesoftrust.services import accounts
from circlesoftrust.storage import open_database


@pytest.fixture
def dbfile(tmp_path: Path, sqlite_template: Path) -> Path:
    path = tmp_path / "cli.sqlite"
    shutil.copyfile(sqlite_template, path)
    db = open_database(path)
    accounts.create_account(db, "Alder Labs")
    db.close()
    return path


def run(capsys: pytest.CaptureFixture[str], db: Path, *argv: str) -> tuple[int, str, str]:
    code = main(["--db", str(db), *argv])
    out, err = capsys.readouterr()
    return code, out, err


def one_line(err: str) -> bool:
    return err.count("\n") == 1 and "Traceback" not in err


HUGE = str(2**63 + 5)


@pytest.mark.parametrize(
    "argv",
    [
        ["accounts", "show", HUGE],
        ["touch", HUGE, "--kind", "call"],
        ["revenue", HUGE, "10"],
        ["move", HUGE, "0"],
        ["score", HUGE],
    ],
    ids=lambda a: a[0],
)
def test_ids_beyond_what_sqlite_stores_are_one_line(
    argv: list[str], dbfile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _out, err = run(capsys, dbfile, *argv)
    assert code in (1, 2) and one_line(err), err


@pytest.mark.parametrize(
    ("amount", "says"),
    [("1e999999", "large"), ("0.005", "cent"), ("12.345", "cent")],
)
def test_amounts_that_cannot_be_stored_exactly_are_refused(
    amount: str, says: str, dbfile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _out, err = run(capsys, dbfile, "revenue", "Alder Labs", amount, "--kind", "new")
    assert code == 1 and one_line(err) and says in err, err
    db = open_database(dbfile)
    try:
        assert accounts.list_accounts(db)[0].revenue_12m_cents == 0
    finally:
        db.close()


def test_a_huge_cell_in_our_own_csv_layout_is_one_line(
    dbfile: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from circlesoftrust.io.export import CSV_COLUMNS

    big = tmp_path / "contacts.csv"
    header = ",".join(CSV_COLUMNS)
    # (an apostrophe-protected formula cell, as our export writes them)
    cells = ['"' + "x" * 200_000 + '"', "'=1+1"] + [""] * (len(CSV_COLUMNS) - 2)
    big.write_text(f"{header}\n" + ",".join(cells) + "\n")
    code, _out, err = run(capsys, dbfile, "import", str(big))
    assert code == 1 and one_line(err) and "line" in err, err


@pytest.mark.parametrize(
    "text",
    ["[" * 100_000 + "]" * 100_000, '{"format": ' + "9" * 5000 + "}"],
    ids=["deep", "long_number"],
)
def test_hostile_json_is_one_line(
    text: str, tmp_path: Path, sqlite_template: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "empty.sqlite"
    shutil.copyfile(sqlite_template, empty)
    file = tmp_path / "export.json"
    file.write_text(text)
    code, _out, err = run(capsys, empty, "import", str(file), "--format", "json")
    assert code == 1 and one_line(err), err[:300]
    assert "sys." not in err and ("digits" in err or "deeply" in err), err  # words for a user


def test_a_brief_over_impossible_amounts_says_what_it_left_out_in_lines(
    dbfile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    conn = sqlite3.connect(dbfile)
    for kind in ("new", "renewal"):
        conn.execute(
            "INSERT INTO revenue_entries (account_id, amount_cents, kind, occurred_on, note) "
            "VALUES (1, ?, ?, '2026-01-02', '')",
            (2**63 - 2, kind),
        )
    conn.commit()
    conn.close()
    code, out, err = run(capsys, dbfile, "brief", "Alder Labs", "--format", "md")
    assert "Alder Labs" in out
    assert "Traceback" not in err and len(err.splitlines()) <= 5
    code, out, _err = run(capsys, dbfile, "check")
    assert code == 1 and "realistic_amounts" in out


def test_ctrl_c_while_starting_is_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def interrupted() -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "build_parser", interrupted)
    assert main(["rings"]) == 130
    err = capsys.readouterr().err
    assert one_line(err) and "nothing was changed" in err


def test_ctrl_c_after_a_commit_says_the_change_was_kept(
    dbfile: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from circlesoftrust.cli import account_cmds

    def interrupted(*_args: object) -> int:
        raise KeyboardInterrupt  # as if Ctrl-C came while the result was printed

    monkeypatch.setattr(account_cmds, "print_result", interrupted)
    code, _out, err = run(capsys, dbfile, "accounts", "add", "Birch Ltd")
    assert code == 130 and one_line(err) and "saved" in err
    db = open_database(dbfile)
    try:
        assert "Birch Ltd" in {a.name for a in accounts.list_accounts(db)}
    finally:
        db.close()


def test_the_export_json_shape_survives(dbfile: Path, tmp_path: Path) -> None:
    """(The JSON guards above must not refuse a real export.)"""
    db = open_database(dbfile)
    try:
        from circlesoftrust.io.full_export import export_json

        export_json(db, tmp_path / "x.json")
    finally:
        db.close()
    assert json.loads((tmp_path / "x.json").read_text())["format"]


def test_the_services_answer_a_huge_id_as_not_found(dbfile: Path) -> None:
    """(The window passes ids too: no OverflowError from SQLite's 64-bit integers.)"""
    from circlesoftrust.errors import NotFoundError

    db = open_database(dbfile)
    try:
        for ref in (2**64, str(2**63)):
            with pytest.raises(NotFoundError, match="no account with id"):
                accounts.get_account(db, ref)
        with pytest.raises(NotFoundError, match="no contact with id"):
            accounts.get_contact(db, 2**70)
    finally:
        db.close()
