"""Issue 12, point 7: control characters never reach the terminal or our exports.

An imported ``FN:Mallory ESC]0;OWNED BEL ESC[2J`` used to retitle and clear the user's
terminal when `accounts list` printed it; a NUL from a JSON restore made our own export
unreadable to our own import.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from circlesoftrust.cli import main
from circlesoftrust.io.export import export_csv, export_vcard
from circlesoftrust.io.full_export import export_json, restore_json
from circlesoftrust.io.import_source import read_import_file
from circlesoftrust.services import accounts
from circlesoftrust.storage import open_database

EVIL = "Mallory \x1b]0;OWNED\x07\x1b[2J\x9b31m"
RAW = ("\x1b", "\x07", "\x9b", "\x00")


@pytest.fixture
def dbfile(tmp_path: Path, sqlite_template: Path) -> Path:
    path = tmp_path / "ctl.sqlite"
    shutil.copyfile(sqlite_template, path)
    return path


def run(capsys: pytest.CaptureFixture[str], db: Path, *argv: str) -> tuple[int, str, str]:
    code = main(["--db", str(db), *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_an_imported_name_is_cleaned_and_the_report_says_so(
    dbfile: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    card = tmp_path / "evil.vcf"
    card.write_text(
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{EVIL}\r\nORG:Evil\x1b[2J Corp\r\n"
        "NOTE:bell\x07 here\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    code, out, err = run(capsys, dbfile, "import", str(card))
    assert code == 0, err
    assert "control characters removed" in out
    assert not any(c in out + err for c in RAW)
    db = open_database(dbfile)
    try:
        (row,) = accounts.list_accounts(db)
        assert not any(c in row.name for c in RAW)
    finally:
        db.close()


def test_stored_control_characters_are_shown_not_obeyed(
    dbfile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A database written by an older version (or another program) may hold them."""
    assert run(capsys, dbfile, "accounts", "add", "Plain Ltd")[0] == 0
    conn = sqlite3.connect(dbfile)
    conn.execute("UPDATE accounts SET name = ?, notes = ?", (EVIL, "note\x1b[2J"))
    conn.commit()
    conn.close()
    for argv in (["accounts", "list"], ["accounts", "show", "1"], ["suggest"], ["rings"]):
        code, out, err = run(capsys, dbfile, *argv)
        assert code in (0, 1), err
        assert not any(c in out + err for c in RAW), argv
    _code, out, _err = run(capsys, dbfile, "accounts", "list")
    assert "\\x1b]0;OWNED\\x07" in out
    code, out, _err = run(capsys, dbfile, "brief", "1", "--format", "md")
    assert code == 0 and not any(c in out for c in RAW)


def test_control_characters_typed_in_are_not_stored(dbfile: Path) -> None:
    db = open_database(dbfile)
    try:
        info = accounts.create_account(db, "Typed\x1b[2J Ltd", notes="a\x00b")
        assert info.name == "Typed[2J Ltd"
        accounts.add_contact(db, info.id, "Eve\x07", notes="x\x1by")
        (contact,) = accounts.list_contacts(db, info.id)
        assert contact.name == "Eve"
    finally:
        db.close()


def test_a_nul_from_a_json_restore_never_reaches_our_exports(
    dbfile: Path, tmp_path: Path, sqlite_template: Path
) -> None:
    db = open_database(dbfile)
    info = accounts.create_account(db, "Nul Ltd")
    accounts.add_contact(db, info.id, "Nora", email="nora@example.org")
    export_json(db, tmp_path / "export.json")
    db.close()
    data = json.loads((tmp_path / "export.json").read_text())
    contacts = data["tables"]["contacts"]
    contacts["rows"][0][contacts["columns"].index("name")] = "No\x00ra\x1b"
    (tmp_path / "export.json").write_text(json.dumps(data))
    fresh = tmp_path / "fresh.sqlite"
    shutil.copyfile(sqlite_template, fresh)
    target = open_database(fresh)
    try:
        restore_json(target, tmp_path / "export.json")
        export_csv(target, tmp_path / "out.csv")
        export_vcard(target, tmp_path / "out.vcf")
    finally:
        target.close()
    for name in ("out.csv", "out.vcf"):
        assert not any(c in (tmp_path / name).read_text() for c in RAW)
        parsed = read_import_file(tmp_path / name)
        assert [r.name for r in parsed.records] == ["Nora"]


def test_a_formula_in_a_name_is_flagged_for_review(tmp_path: Path) -> None:
    card = tmp_path / "formula.csv"
    card.write_text('Name,Email\n"=HYPERLINK(""http://evil.example"") Test",t@example.org\n')
    parsed = read_import_file(card)
    assert len(parsed.records) == 1
    assert any("formula" in issue.message for issue in parsed.issues)


# Bidirectional embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069) make a
# terminal or a list show text in another order than stored ("Trojan Source"): an
# account called "Invoice<RLO>fdp.exe" reads as "Invoiceexe.pdf". They are format
# controls like the others: never stored, shown spelt out when an older file holds them.
BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
SPOOF = "Acme\u202etxt.exe\u2066 \x85Ltd\x1b[2J"
EVERY_RAW = (*RAW, "\x85", *BIDI)


def _stored_texts(path: Path) -> list[str]:
    """Every text value in every table of the file."""
    conn = sqlite3.connect(path)
    try:
        texts = []
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        for table in tables:
            for row in conn.execute(f'SELECT * FROM "{table}"'):
                texts += [v for v in row if isinstance(v, str)]
        return texts
    finally:
        conn.close()


def test_no_text_field_stores_or_prints_bidi_overrides_or_c1_controls(
    dbfile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    writes = [
        ["accounts", "add", SPOOF, "--notes", SPOOF, "--tag", SPOOF, "--industry", SPOOF],
        ["contacts", "add", "1", SPOOF, "--email", "spoof@example.org", "--title", SPOOF],
        ["touch", "1", "--kind", "call", "--note", SPOOF],
        ["complaint", "1", "--note", SPOOF],
        ["task", "add", "1", SPOOF, "--note", SPOOF],
        ["insight", "add", SPOOF, "--full", SPOOF, "--summary", SPOOF, "--headline", SPOOF],
        ["ring", "rename", "1", SPOOF],
        ["checklist", "add", "1", SPOOF],
    ]
    for argv in writes:
        code, out, err = run(capsys, dbfile, *argv)
        assert code == 0, (argv, err)
        assert not any(c in out + err for c in EVERY_RAW), argv
    stored = [t for t in _stored_texts(dbfile) if "txt.exe" in t]
    assert len(stored) >= len(writes)
    assert not [t for t in stored if any(c in t for c in EVERY_RAW)]
    assert "Acmetxt.exe Ltd[2J" in stored


def test_stored_bidi_overrides_are_shown_spelt_out(
    dbfile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, dbfile, "accounts", "add", "Plain Ltd")[0] == 0
    conn = sqlite3.connect(dbfile)
    conn.execute("UPDATE accounts SET name = ?", (SPOOF,))
    conn.commit()
    conn.close()
    for argv in (["accounts", "list"], ["accounts", "show", "1"], ["rings"], ["suggest"]):
        code, out, err = run(capsys, dbfile, *argv)
        assert code in (0, 1), err
        assert not any(c in out + err for c in EVERY_RAW), argv
    assert "Acme\\u202etxt.exe\\u2066" in run(capsys, dbfile, "accounts", "list")[1]


def test_a_usage_error_shows_the_control_characters_it_quotes(
    dbfile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, dbfile, "accounts", "add", "x", "--bogus", SPOOF)
    assert code == 2
    assert not any(c in out + err for c in EVERY_RAW)
    assert "\\x1b[2J" in err


def test_a_nul_in_a_file_name_argument_is_one_line(
    dbfile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for argv in (["backup", "a\x00b"], ["export", "vcard", "-o", "\x00"], ["brief", "-o", "\x00"]):
        code, _out, err = run(capsys, dbfile, *argv)
        assert code == 2 and err.count("\n") == 1 and "NUL" in err, argv


def test_a_login_given_with_user_is_plain_text_too(
    dbfile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``--user`` (and CIRCLESOFTRUST_USER) became a users row through a bulk upsert that
    the ORM's cleaning never saw: a login with ESC/BEL/RLO was stored, a blank one too."""
    for n, user in enumerate((SPOOF, " ", "\t")):
        assert run(capsys, dbfile, "--user", user, "accounts", "add", f"By {n}")[0] == 0
    logins = [r[0] for r in sqlite3.connect(dbfile).execute("SELECT login FROM users")]
    assert not [x for x in logins if any(c in x for c in EVERY_RAW) or not x.strip()], logins
    assert "Acmetxt.exe Ltd[2J" in logins
