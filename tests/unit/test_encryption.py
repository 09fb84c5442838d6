"""Encrypted database files: round trips, passwords, backups, and what `strings` can see."""

from __future__ import annotations

import hashlib
import re
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest
from keyring.backend import KeyringBackend

from circlesoftrust import encryption
from circlesoftrust.backup import automatic_backups, make_automatic_backup, verify_backup
from circlesoftrust.cli import main
from circlesoftrust.demo import generate_demo
from circlesoftrust.encryption import PasswordNeededError, WrongPasswordError
from circlesoftrust.first_look import first_look
from circlesoftrust.services import accounts
from circlesoftrust.storage import open_database
from tests.conftest import DEMO_DAY

PASSWORD = "Tr0ub4dor&3 ünïcode"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def dump(conn: Any) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table (sqlite3 or SQLCipher connection)."""
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    return {t: conn.execute(f'SELECT * FROM "{t}" ORDER BY rowid').fetchall() for t in tables}


def printable_runs(data: bytes) -> str:
    """What `strings` prints: runs of at least four printable characters (UTF-8 text too)."""
    text = data.decode("utf-8", errors="replace")
    return "\n".join(re.findall(r"[^\x00-\x1f\x7f\ufffd]{4,}", text))


@pytest.fixture
def plain_demo(tmp_path: Path, sqlite_template: Path) -> Path:
    path = tmp_path / "demo.sqlite"
    shutil.copyfile(sqlite_template, path)
    db = open_database(path)
    generate_demo(db, accounts=60, seed=7, today=DEMO_DAY)
    db.close()
    return path


def demo_secrets(path: Path) -> list[str]:
    """The demo's account names, contact names and e-mail addresses."""
    with sqlite3.connect(path) as conn:
        rows = conn.execute(
            "SELECT name FROM accounts UNION SELECT name FROM contacts "
            "UNION SELECT email FROM contacts WHERE email IS NOT NULL"
        ).fetchall()
    conn.close()
    return [r[0] for r in rows]


class MemoryKeyring(KeyringBackend):
    """The operating system's keyring, kept in memory for the test."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.kept: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.kept.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.kept[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        from keyring.errors import PasswordDeleteError

        if self.kept.pop((service, username), None) is None:
            raise PasswordDeleteError("not kept")


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(previous)


class Cli:
    def __init__(self, capsys: pytest.CaptureFixture[str], path: Path) -> None:
        self.capsys, self.path = capsys, path

    def __call__(self, *argv: str) -> tuple[int, str, str]:
        code = main(["--db", str(self.path), *argv])
        out, err = self.capsys.readouterr()
        return code, out, err

    def ok(self, *argv: str) -> str:
        code, out, err = self(*argv)
        assert (code, err) == (0, ""), err
        return out

    def fails(self, *argv: str) -> str:
        code, out, err = self(*argv)
        assert code == 1
        assert out == ""
        assert len(err.splitlines()) == 1, err
        assert "Traceback" not in err
        return err.strip()


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], plain_demo: Path) -> Cli:
    return Cli(capsys, plain_demo)


# --- round trips ---------------------------------------------------------------------------


def test_plain_to_encrypted_to_plain_keeps_every_row_of_every_table(plain_demo: Path) -> None:
    with sqlite3.connect(plain_demo) as conn:
        before = dump(conn)
    conn.close()
    key = encryption.new_key(PASSWORD)
    encryption.convert(plain_demo, None, key)

    assert encryption.looks_encrypted(plain_demo)
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(plain_demo).execute("SELECT count(*) FROM accounts").fetchone()
    middle = encryption.connect(plain_demo, encryption.key_for_file(plain_demo, PASSWORD))
    try:
        assert dump(middle) == before
        assert middle.execute("PRAGMA application_id").fetchone()[0] == 0x436F5431
    finally:
        middle.close()

    encryption.convert(plain_demo, encryption.key_for_file(plain_demo, PASSWORD), None)
    with sqlite3.connect(plain_demo) as conn:
        assert dump(conn) == before
    conn.close()


def test_an_encrypted_database_works_like_a_plain_one(plain_demo: Path) -> None:
    plain = open_database(plain_demo)
    expected = [a.name for a in accounts.list_accounts(plain)]
    plain.close()
    encryption.convert(plain_demo, None, encryption.new_key(PASSWORD))

    db = open_database(plain_demo, password=PASSWORD)
    try:
        assert db.encrypted
        assert [a.name for a in accounts.list_accounts(db)] == expected
        accounts.create_account(db, "Zephyr Works")
        look = first_look(plain_demo, db.key)
        assert look is not None
        assert "Zephyr Works" in {row.name for row in look.rows}
    finally:
        db.close()
    assert first_look(plain_demo) is None  # no look without the key


def test_a_new_file_opened_with_a_password_is_created_encrypted(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite"
    db = open_database(path, password=PASSWORD)
    accounts.create_account(db, "Alder Labs")
    db.close()
    assert encryption.looks_encrypted(path)
    again = open_database(path, password=PASSWORD)
    try:
        assert [a.name for a in accounts.list_accounts(again)] == ["Alder Labs"]
    finally:
        again.close()


# --- nothing readable ---------------------------------------------------------------------


def test_strings_finds_no_names_or_emails_in_the_encrypted_file_or_its_backups(
    cli: Cli, plain_demo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    secrets = demo_secrets(plain_demo)
    assert any(s in printable_runs(plain_demo.read_bytes()) for s in secrets)  # it can fail
    monkeypatch.setenv("CIRCLESOFTRUST_PASSWORD", PASSWORD)
    cli.ok("encrypt")
    db = open_database(plain_demo)
    accounts.create_account(db, "Quetzal Secret GmbH")  # written through the -wal as well
    made = make_automatic_backup(plain_demo, "before-import")
    db.close()
    manual = plain_demo.with_name("copy.sqlite")
    cli.ok("backup", str(manual))
    assert made is not None
    for file in (plain_demo, made, manual):
        visible = printable_runs(file.read_bytes())
        found = [s for s in [*secrets, "Quetzal Secret GmbH"] if s in visible]
        assert found == [], f"{file.name} shows {found[:3]}"


# --- passwords -----------------------------------------------------------------------------


def test_a_wrong_or_missing_password_gives_one_line_and_leaves_the_file_unchanged(
    cli: Cli, plain_demo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CIRCLESOFTRUST_PASSWORD", PASSWORD)
    cli.ok("encrypt")
    before = digest(plain_demo)

    monkeypatch.setenv("CIRCLESOFTRUST_PASSWORD", "not it")
    assert "wrong password" in cli.fails("rings")
    assert "wrong password" in cli.fails("decrypt")
    monkeypatch.delenv("CIRCLESOFTRUST_PASSWORD")
    assert "CIRCLESOFTRUST_PASSWORD" in cli.fails("accounts", "list")
    with pytest.raises(PasswordNeededError):
        open_database(plain_demo)
    with pytest.raises(WrongPasswordError):
        open_database(plain_demo, password="not it")
    assert digest(plain_demo) == before
    assert not plain_demo.with_name(plain_demo.name + "-wal").exists()
    # Wrong tries lock nothing: the right password still opens it.
    for _ in range(3):
        with pytest.raises(WrongPasswordError):
            open_database(plain_demo, password="guess")
    open_database(plain_demo, password=PASSWORD).close()


def test_a_truncated_encrypted_file_is_reported_and_left_alone(
    cli: Cli, plain_demo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CIRCLESOFTRUST_PASSWORD", PASSWORD)
    cli.ok("encrypt")
    data = plain_demo.read_bytes()
    for cut, says in (
        (len(data) // 2 // 4096 * 4096, "truncated"),  # the right password: not "wrong"
        (len(data) // 2 + 100, "cut short"),  # mid-page: or another program's file
    ):
        plain_demo.write_bytes(data[:cut])
        before = digest(plain_demo)
        message = cli.fails("rings").replace(str(plain_demo), "FILE")  # (path names a test)
        assert says in message and "wrong password" not in message, message
        assert digest(plain_demo) == before


def test_the_keyring_remembers_the_password_when_asked(
    cli: Cli, plain_demo: Path, monkeypatch: pytest.MonkeyPatch, memory_keyring: MemoryKeyring
) -> None:
    monkeypatch.setenv("CIRCLESOFTRUST_PASSWORD", PASSWORD)
    cli.ok("encrypt", "--remember")
    monkeypatch.delenv("CIRCLESOFTRUST_PASSWORD")
    assert "Inner circle" in cli.ok("rings")  # no password given: the keyring's
    monkeypatch.setenv("CIRCLESOFTRUST_NEW_PASSWORD", "second one")
    cli.ok("rekey")  # old password from the keyring; the keyring follows
    assert list(memory_keyring.kept.values()) == ["second one"]
    assert "Inner circle" in cli.ok("rings")
    cli.ok("forget-password")
    assert memory_keyring.kept == {}
    assert "CIRCLESOFTRUST_PASSWORD" in cli.fails("rings")


def test_rekey_changes_the_password(
    cli: Cli, plain_demo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CIRCLESOFTRUST_PASSWORD", PASSWORD)
    cli.ok("encrypt")
    monkeypatch.setenv("CIRCLESOFTRUST_NEW_PASSWORD", "a new one")
    cli.ok("rekey")
    with pytest.raises(WrongPasswordError):
        open_database(plain_demo, password=PASSWORD)
    db = open_database(plain_demo, password="a new one")
    try:
        assert len(accounts.list_accounts(db)) == 60
    finally:
        db.close()


def _reads_with(path: Path, key: encryption.FileKey, hmac: str) -> bool:
    """Whether SQLCipher reads ``path`` with ``key`` and the page HMAC ``hmac`` (alone)."""
    import sqlcipher3

    conn = sqlcipher3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        conn.execute(f'PRAGMA key = "{key.pragma_value()}"')
        conn.execute(f"PRAGMA cipher_hmac_algorithm = {hmac}")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError:
        return False
    finally:
        conn.close()
    return True


def encrypt_as_before(path: Path, password: str) -> None:
    """Encrypt ``path`` as this app did until SHA-256 was chosen: SQLCipher 4's defaults
    (HMAC-SHA512), the Argon2id raw key, written with SQLCipher's own export."""
    import sqlcipher3

    key = encryption.new_key(password)
    staged = path.with_name(path.name + ".old-style")
    conn = sqlcipher3.connect(str(path))
    try:
        conn.execute("ATTACH DATABASE ? AS converted KEY ?", (str(staged), key.pragma_value()))
        conn.execute("SELECT sqlcipher_export('converted')")
        conn.execute(f"PRAGMA converted.application_id = {encryption.APPLICATION_ID}")
        conn.execute("DETACH DATABASE converted")
    finally:
        conn.close()
    staged.replace(path)
    assert _reads_with(path, key, "HMAC_SHA512") and not _reads_with(path, key, "HMAC_SHA256")


def test_new_encrypted_files_and_their_backups_check_pages_with_sha256(
    cli: Cli, plain_demo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """HMAC-SHA256 (the processor's SHA extensions) makes every page read cheaper than
    SQLCipher's default SHA-512 (README "Decisions / Encryption speed")."""
    monkeypatch.setenv("CIRCLESOFTRUST_PASSWORD", PASSWORD)
    cli.ok("encrypt")
    copy = plain_demo.with_name("copy.sqlite")
    cli.ok("backup", str(copy))
    for path in (plain_demo, copy):
        key = encryption.key_for_file(path, PASSWORD)
        assert key.hmac == "HMAC_SHA256"
        assert _reads_with(path, key, "HMAC_SHA256") and not _reads_with(path, key, "HMAC_SHA512")


def test_a_file_encrypted_before_sha256_was_chosen_works_as_before(
    cli: Cli, plain_demo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Opened by the storage, the CLI and the first look; backed up and restored alike;
    a wrong password still gives one line and changes nothing; rekey moves it to SHA-256."""
    encrypt_as_before(plain_demo, PASSWORD)
    before = digest(plain_demo)
    with pytest.raises(WrongPasswordError):
        open_database(plain_demo, password="not it")
    assert digest(plain_demo) == before

    monkeypatch.setenv("CIRCLESOFTRUST_PASSWORD", PASSWORD)
    look = first_look(plain_demo)
    assert look is not None and len(look.rows) == 60
    assert "Inner circle" in cli.ok("rings")
    copy = plain_demo.with_name("copy.sqlite")
    cli.ok("backup", str(copy))
    assert encryption.key_for_file(copy, PASSWORD).hmac == "HMAC_SHA512"
    db = open_database(plain_demo)
    try:
        assert db.key is not None and db.key.hmac == "HMAC_SHA512"
        accounts.create_account(db, "Added After The Backup")
    finally:
        db.close()
    assert "Restored" in cli.ok("restore", str(copy))
    assert "Added After The Backup" not in cli.ok("accounts", "list")

    monkeypatch.setenv("CIRCLESOFTRUST_NEW_PASSWORD", "a new one")
    cli.ok("rekey")
    key = encryption.key_for_file(plain_demo, "a new one")
    assert key.hmac == "HMAC_SHA256" and _reads_with(plain_demo, key, "HMAC_SHA256")
    db = open_database(plain_demo, password="a new one")
    try:
        assert len(accounts.list_accounts(db)) == 60
    finally:
        db.close()


# --- backups -------------------------------------------------------------------------------


def test_encrypting_also_encrypts_the_plain_automatic_backups(
    cli: Cli, plain_demo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old = make_automatic_backup(plain_demo, "before-import")
    assert old is not None and not encryption.looks_encrypted(old)
    monkeypatch.setenv("CIRCLESOFTRUST_PASSWORD", PASSWORD)
    cli.ok("encrypt")
    assert encryption.looks_encrypted(old)
    assert verify_backup(old, key=encryption.key_for_file(old, PASSWORD)).accounts == 60


def test_backups_of_an_encrypted_database_are_encrypted_and_restore_asks_their_password(
    cli: Cli, plain_demo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CIRCLESOFTRUST_PASSWORD", PASSWORD)
    cli.ok("encrypt")
    copy = plain_demo.with_name("copy.sqlite")
    cli.ok("backup", str(copy))
    assert encryption.looks_encrypted(copy)
    db = open_database(plain_demo)
    accounts.create_account(db, "Added After The Backup")
    automatic = make_automatic_backup(plain_demo, "before-import")
    db.close()
    assert automatic is not None and encryption.looks_encrypted(automatic)
    assert automatic_backups(plain_demo, "before-import") == [automatic]

    before = digest(plain_demo)
    monkeypatch.setenv("CIRCLESOFTRUST_PASSWORD", "not it")
    assert "wrong password" in cli.fails("restore", str(copy))
    assert digest(plain_demo) == before
    monkeypatch.delenv("CIRCLESOFTRUST_PASSWORD")
    assert "is encrypted" in cli.fails("restore", str(copy))
    assert digest(plain_demo) == before

    monkeypatch.setenv("CIRCLESOFTRUST_PASSWORD", PASSWORD)
    assert "Restored" in cli.ok("restore", str(copy))
    db = open_database(plain_demo)
    try:
        assert "Added After The Backup" not in {a.name for a in accounts.list_accounts(db)}
    finally:
        db.close()
    kept = automatic_backups(plain_demo, "before-restore")
    assert len(kept) == 1 and encryption.looks_encrypted(kept[0])


# --- the full JSON export ------------------------------------------------------------------


def test_the_json_export_warns_it_is_plain_and_can_be_sealed_with_a_password(
    cli: Cli, plain_demo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    secrets = demo_secrets(plain_demo)
    plain = tmp_path / "plain.json"
    assert "plain text" in cli.ok("export", "json", "-o", str(plain))
    assert any(s in plain.read_text(encoding="utf-8") for s in secrets)

    sealed = tmp_path / "sealed.json"
    monkeypatch.setenv("CIRCLESOFTRUST_EXPORT_PASSWORD", PASSWORD)
    assert "protected with a password" in cli.ok("export", "json", "-o", str(sealed), "--encrypt")
    assert [s for s in secrets if s in printable_runs(sealed.read_bytes())] == []

    target = Cli(cli.capsys, tmp_path / "restored.sqlite")
    monkeypatch.setenv("CIRCLESOFTRUST_EXPORT_PASSWORD", "not it")
    assert "wrong password" in target.fails("import", str(sealed))
    monkeypatch.delenv("CIRCLESOFTRUST_EXPORT_PASSWORD")
    assert "CIRCLESOFTRUST_EXPORT_PASSWORD" in target.fails("import", str(sealed))
    monkeypatch.setenv("CIRCLESOFTRUST_EXPORT_PASSWORD", PASSWORD)
    assert "Restored" in target.ok("import", str(sealed))
    people = "SELECT id, account_id, name, email, phone FROM contacts ORDER BY id"
    with sqlite3.connect(plain_demo) as a, sqlite3.connect(target.path) as b:
        assert a.execute(people).fetchall() == b.execute(people).fetchall()
    a.close()
    b.close()


def test_a_sealed_export_that_was_altered_is_refused(tmp_path: Path) -> None:
    import base64
    import json

    envelope = json.loads(encryption.seal(b'{"hello": "world"}', PASSWORD))
    assert encryption.unseal(envelope, PASSWORD) == b'{"hello": "world"}'
    altered = bytearray(base64.b64decode(envelope["ciphertext"]))
    altered[0] ^= 1
    envelope["ciphertext"] = base64.b64encode(altered).decode("ascii")
    with pytest.raises(encryption.SealedFileError, match=r"wrong password|altered"):
        encryption.unseal(envelope, PASSWORD)
