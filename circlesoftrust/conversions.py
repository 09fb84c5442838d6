"""Encrypt, decrypt or re-key a database file in place — for the CLI and the window alike.

Each is one call that refuses what is not a healthy database of ours, converts the file
safely (:func:`circlesoftrust.encryption.convert`: written beside, verified, swapped in
atomically) and says what it did. ``encrypt`` also encrypts the plain automatic backups
beside the file, which would otherwise keep every name readable.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from circlesoftrust import backup as backups
from circlesoftrust import encryption
from circlesoftrust.encryption import EncryptionError, FileKey
from circlesoftrust.i18n import _

NO_RECOVERY = (
    "There is no way to recover an encrypted database without its password: keep it somewhere safe."
)
LEFTOVER_NOTE = (
    "The plain original was replaced by an atomic rename; the file system may keep its old "
    "blocks until they are overwritten, so copies made before (other backups, the recycle "
    "bin, snapshots) are still plain."
)


@dataclass(frozen=True)
class Converted:
    """What an encrypt, decrypt or rekey did."""

    database: Path
    encrypted: bool
    tables: int
    rows: int
    backups_encrypted: tuple[Path, ...] = ()


def _plain_backups(path: Path) -> list[Path]:
    return [
        p
        for kind in backups.KINDS
        for p in backups.automatic_backups(path, kind)
        if not encryption.looks_encrypted(p)
    ]


def encrypt(path: Path, password: str) -> Converted:
    """Encrypt the plain database at ``path`` (and its plain automatic backups)."""
    from circlesoftrust.storage import open_database

    if encryption.looks_encrypted(path):
        raise EncryptionError(
            _("{path} is already encrypted (change its password with rekey)").format(path=path)
        )
    open_database(path).close()  # refuses what is not ours or damaged; upgrades an old one
    key = encryption.new_key(password)
    done = encryption.convert(path, None, key)
    converted = tuple(encryption.convert(old, None, key).path for old in _plain_backups(path))
    return Converted(done.path, True, done.tables, done.rows, converted)


def decrypt(path: Path, key: FileKey) -> Converted:
    """Turn the encrypted database at ``path`` back into plain SQLite (backups stay)."""
    if not encryption.looks_encrypted(path):
        raise EncryptionError(_("{path} is not encrypted").format(path=path))
    done = encryption.convert(path, key, None)
    return Converted(done.path, False, done.tables, done.rows)


def rekey(path: Path, key: FileKey, new_password: str) -> Converted:
    """Re-encrypt the database at ``path`` under ``new_password`` (a new salt too)."""
    if not encryption.looks_encrypted(path):
        raise EncryptionError(_("{path} is not encrypted (encrypt it first)").format(path=path))
    done = encryption.convert(path, key, encryption.new_key(new_password))
    return Converted(done.path, True, done.tables, done.rows)
