"""Encrypted database files (SQLCipher 4) and the keys that open them.

An encrypted file is a SQLite database whose every page SQLCipher encrypts (AES-256,
HMAC-SHA512 per page). Only its first 16 bytes, the random salt, are readable. The
optional extra ``circlesoftrust[encryption]`` installs the driver (``sqlcipher3``).

Keys. The password is stretched once per open with Argon2id (``cryptography``) and the
file's salt into a 256-bit key that SQLCipher takes as a *raw key*, so SQLCipher's own
PBKDF2 (256,000 rounds of SHA-512, ≈ 0.17 s here) does not run again for every pooled
connection, backup and first look. Why these figures: README "Decisions / Encryption".

Converting (``encrypt``, ``decrypt``, ``rekey``) writes the new file beside the old one,
verifies it (``integrity_check`` and every table's row count), and swaps it in with one
``os.replace``: a crash at any moment leaves the old file or the new one, never neither.
"""

from __future__ import annotations

import functools
import os
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import ModuleType
from typing import Any

from circlesoftrust.database_file import (
    APPLICATION_ID,
    QUICK_CHECK_MAX_BYTES,
    SQLITE_HEADER,
    SqliteInspection,
    damaged_message,
    disk_is_full,
    known_revisions,
)
from circlesoftrust.errors import CotError, DatabaseOpenError
from circlesoftrust.i18n import _
from circlesoftrust.live_files import read_head

PASSWORD_ENV_VAR = "CIRCLESOFTRUST_PASSWORD"
SALT_BYTES = 16
KEY_BYTES = 32
# Argon2id with OWASP's recommended minimum (19 MiB, 2 passes, one lane): ≈ 0.035 s on an
# idle machine, ≈ 0.2 s on a loaded one. RFC 9106's 64 MiB set took 0.13-0.7 s here, most
# of the start-up budget (README "Decisions / Encryption"). Changing these makes existing
# files unreadable: add a new set beside them, never edit them.
KDF_MEMORY_KIB = 19 * 1024
KDF_ITERATIONS = 2
KDF_LANES = 1
# SQLCipher's page size (its default, 4096: measured against 8192 and 16384 in README
# "Decisions / Encryption"). Every connection to an encrypted file must use the same.
CIPHER_PAGE_SIZE = 4096
# The HMAC that authenticates every page: HMAC-SHA256, not SQLCipher 4's default
# HMAC-SHA512. Checking a page is most of what reading an encrypted page costs beyond a
# plain one, and SHA-256 runs on the processor's SHA extensions where SHA-512 has none:
# a page read costs about 4.6 µs more than a plain one instead of 7.8 µs (README
# "Decisions / Encryption speed"). Files encrypted before (SHA-512) still open: the
# algorithm of a file is found when its key is (:func:`key_for_file`); ``rekey`` moves
# one to SHA-256.
HMAC_ALGORITHM = "HMAC_SHA256"
LEGACY_HMAC_ALGORITHM = "HMAC_SHA512"
_HMACS = ("HMAC_SHA256", "HMAC_SHA512")  # every algorithm a file of ours may use
# The page cache of each connection to an encrypted file, MiB (SQLite's default is 2 MiB).
# A plain file's pages stay in the OS cache and cost a copy to read again; an encrypted
# file's are decrypted and checked (AES-256 + HMAC-SHA512) on every read that misses
# SQLite's own cache. The engine's pass at 100k reads the same pages many times (random
# look-ups of contacts by id, the accounts table): a larger cache decrypts each once.
# Filled only as pages are read, dropped when the connection closes. Chosen from
# measurements (README "Decisions / Encryption").
ENCRYPTED_CACHE_MIB = 64
# The smallest page SQLCipher writes: an encrypted file is a whole number of them.
_MIN_PAGE = 512
INSTALL_HINT = "pip install 'circlesoftrust[encryption]'"


class PasswordNeededError(DatabaseOpenError):
    """The file is encrypted and no password was given."""


class WrongPasswordError(DatabaseOpenError):
    """The password does not open the file (nothing was written)."""


class EncryptionError(CotError):
    """An encrypt, decrypt or rekey could not be done; the database file is unchanged."""


@dataclass(frozen=True)
class FileKey:
    """The raw SQLCipher key of one file (never the password), the file's salt and the
    HMAC its pages are authenticated with."""

    raw: bytes = field(repr=False)
    salt: bytes
    hmac: str = HMAC_ALGORITHM

    def pragma_value(self) -> str:
        """The text ``PRAGMA key`` takes for a raw key with its salt: ``x'…'``."""
        return f"x'{self.raw.hex()}{self.salt.hex()}'"


def driver() -> ModuleType:
    """The SQLCipher DB-API module, or a clear error when the extra is not installed."""
    try:
        import sqlcipher3
    except ImportError as exc:
        raise DatabaseOpenError(
            _("encrypted databases need the encryption extra ({INSTALL_HINT})").format(
                INSTALL_HINT=INSTALL_HINT
            )
        ) from exc
    module: ModuleType = sqlcipher3
    return module


@functools.lru_cache(maxsize=8)
def derive_key(password: str, salt: bytes) -> FileKey:
    """Stretch ``password`` with Argon2id and the file's ``salt`` (≈ 0.04-0.2 s).

    Kept for the process (a handful of entries): the first look and the real open at
    start-up, and every later check of the same password, stretch it once.
    """
    if not password:
        raise ValueError("the password must not be empty")
    try:
        from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
    except ImportError as exc:
        raise DatabaseOpenError(
            _("encrypted files need the encryption extra ({INSTALL_HINT})").format(
                INSTALL_HINT=INSTALL_HINT
            )
        ) from exc

    kdf = Argon2id(
        salt=salt,
        length=KEY_BYTES,
        iterations=KDF_ITERATIONS,
        lanes=KDF_LANES,
        memory_cost=KDF_MEMORY_KIB,
    )
    return FileKey(raw=kdf.derive(password.encode("utf-8")), salt=salt)


def new_key(password: str) -> FileKey:
    """A key for a file about to be written: a fresh random salt."""
    return derive_key(password, os.urandom(SALT_BYTES))


def read_salt(path: Path) -> bytes:
    """The first 16 bytes of an encrypted file (never read with file I/O while this
    process has it open: the key it was opened with carries the salt)."""
    head = read_head(path, SALT_BYTES)
    if head is None:
        known = known_key(path)
        if known is None:
            raise DatabaseOpenError(_("{path} is open here as a plain database").format(path=path))
        return known.salt
    return head


def key_for_file(path: Path, password: str) -> FileKey:
    """The key ``password`` gives the encrypted file at ``path``, with the file's HMAC
    algorithm (a file encrypted before SHA-256 was chosen keeps SHA-512). A wrong
    password gives a key that opens nothing; the open then says so."""
    key = derive_key(password, read_salt(path))
    known = known_key(path)
    if known is not None and known.raw == key.raw and known.salt == key.salt:
        return known  # open in this process: its algorithm is known
    if not _opens(path, key):
        for hmac in _HMACS:
            other = replace(key, hmac=hmac)
            if hmac != key.hmac and _opens(path, other):
                return other
    return key


def _opens(path: Path, key: FileKey) -> bool:
    """Whether ``key`` fits ``path``: its pages pass their check (read-only). A file that
    is damaged or cut short behind a page the key opened fits too: opening it says so."""
    try:
        conn = connect(path, key, readonly=True)
    except driver_errors():
        return False
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except driver_errors() as exc:
        return not key_does_not_fit(exc)
    finally:
        conn.close()
    return True


def key_does_not_fit(exc: BaseException) -> bool:
    """SQLCipher answers "file is not a database" (SQLITE_NOTADB) when a page fails its
    HMAC check, i.e. the key does not fit; a fitting key on a damaged or truncated file
    gets "database disk image is malformed" (SQLITE_CORRUPT) instead."""
    code = getattr(exc, "sqlite_errorcode", None)
    if isinstance(code, int):
        return code & 0xFF == 26  # SQLITE_NOTADB
    return "file is not a database" in str(exc)


def looks_encrypted(path: Path) -> bool:
    """A non-empty file that is not plain SQLite but is a whole number of pages.

    Without the key an encrypted file cannot be told from random bytes; a text file or
    another program's document is almost never an exact multiple of 512 bytes.
    """
    try:
        if not path.is_file():
            return False
        size = path.stat().st_size
        if size < _MIN_PAGE or size % _MIN_PAGE:
            return False
        head = read_head(path, len(SQLITE_HEADER))
    except OSError:
        return False
    if head is None:  # open in this process: encrypted when it was opened with a key
        return known_key(path) is not None
    return head != SQLITE_HEADER


def password_from_environment() -> str | None:
    return os.environ.get(PASSWORD_ENV_VAR) or None


# --- connections ---------------------------------------------------------------------------


def quiet(sqlcipher: ModuleType) -> None:
    """SQLCipher logs every failed page check to stderr; a wrong password is reported by us
    in one line instead (the log level is process-wide)."""
    conn = sqlcipher.connect(":memory:")
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
    finally:
        conn.close()


def apply_key(dbapi_conn: Any, key: FileKey | None) -> None:
    """Key a fresh SQLCipher connection (before anything reads the file)."""
    if key is None:
        return
    dbapi_conn.execute(f'PRAGMA key = "{key.pragma_value()}"')
    dbapi_conn.execute(f"PRAGMA cipher_page_size = {CIPHER_PAGE_SIZE}")
    apply_hmac(dbapi_conn, key)


def apply_hmac(dbapi_conn: Any, key: FileKey, schema: str = "") -> None:
    """The key's page HMAC, after ``PRAGMA key`` and before the first read."""
    if key.hmac not in _HMACS:
        raise ValueError(f"unknown HMAC algorithm {key.hmac!r}")
    prefix = f"{schema}." if schema else ""
    dbapi_conn.execute(f"PRAGMA {prefix}cipher_hmac_algorithm = {key.hmac}")


def connect(
    path: Path, key: FileKey | None, *, readonly: bool = False, timeout: float = 5.0
) -> Any:
    """A SQLCipher DB-API connection to ``path`` (plain when ``key`` is None).

    ``readonly`` opens it like :func:`database_file.connect_readonly`: no side files left.
    """
    sqlcipher = driver()
    quiet(sqlcipher)
    if readonly:
        flags = "mode=ro"
        if not path.with_name(path.name + "-wal").exists():
            flags += "&immutable=1"
        conn = sqlcipher.connect(f"{path.as_uri()}?{flags}", uri=True, timeout=timeout)
    else:
        conn = sqlcipher.connect(str(path), timeout=timeout)
    apply_key(conn, key)
    return conn


def driver_errors() -> tuple[type[BaseException], ...]:
    """The DB-API error classes of both SQLite drivers (sqlite3's and SQLCipher's)."""
    try:
        import sqlcipher3
    except ImportError:
        return (sqlite3.Error,)
    return (sqlite3.Error, sqlcipher3.Error)


# --- looking at an encrypted file ----------------------------------------------------------


def inspect_encrypted_file(path: Path, key: FileKey) -> SqliteInspection:
    """Like :func:`database_file.inspect_sqlite_file` for an encrypted file, read-only.

    A wrong password raises :class:`WrongPasswordError`; a file the key opens but that is
    cut short, damaged or not ours raises :class:`DatabaseOpenError`.
    """
    errors = driver_errors()
    try:
        conn = connect(path, key, readonly=True)
    except errors as exc:
        raise DatabaseOpenError(
            _("{path} cannot be opened: {exc}").format(path=path, exc=exc)
        ) from exc
    try:
        try:
            tables = {
                row[0]
                for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            }
        except errors as exc:
            raise WrongPasswordError(
                _("{path}: wrong password (or not an encrypted Circles of Trust database)").format(
                    path=path
                )
            ) from exc
        try:
            return _inspect_keyed(conn, path, tables)
        except errors as exc:
            raise DatabaseOpenError(
                _("{path} is damaged or truncated: {exc}").format(path=path, exc=exc)
            ) from exc
    finally:
        conn.close()


def _inspect_keyed(conn: Any, path: Path, tables: set[str]) -> SqliteInspection:
    page_size = int(conn.execute("PRAGMA page_size").fetchone()[0])
    pages = int(conn.execute("PRAGMA page_count").fetchone()[0])
    has_wal = path.with_name(path.name + "-wal").exists()
    if not has_wal and path.stat().st_size < page_size * pages:
        raise DatabaseOpenError(_("{path} is damaged: the file is truncated").format(path=path))
    if int(conn.execute("PRAGMA application_id").fetchone()[0]) != APPLICATION_ID:
        if not tables:
            return SqliteInspection(empty=True, revision=None)
        raise DatabaseOpenError(
            _("{path} is not a Circles of Trust database (it is another program's file)").format(
                path=path
            )
        )
    if path.stat().st_size <= QUICK_CHECK_MAX_BYTES:  # the plain file's rule (database_file)
        check = conn.execute("PRAGMA quick_check").fetchall()
        if check != [("ok",)]:
            # (one line: SQLCipher gives the whole list, a hundred lines, in one row)
            raise DatabaseOpenError(damaged_message(path, [str(row[0]) for row in check]))
    if "alembic_version" not in tables:
        raise DatabaseOpenError(
            _("{path} is damaged: its schema version is missing").format(path=path)
        )
    row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    revision = row[0] if row else None
    if revision is not None and revision not in known_revisions():
        raise DatabaseOpenError(
            _(
                "{path} was written by a newer version of Circles of Trust (schema {revision})"
            ).format(path=path, revision=revision)
        )
    return SqliteInspection(empty=False, revision=revision)


def open_key(path: Path, password: str | None) -> FileKey:
    """The key that opens the encrypted file at ``path``, checked against it (only that:
    :func:`inspect_encrypted_file` checks the rest).

    ``password`` None: ``$CIRCLESOFTRUST_PASSWORD``, else :class:`PasswordNeededError`.
    """
    password = password or password_from_environment()
    if not password:
        raise PasswordNeededError(
            _("{path} is encrypted: its password is needed").format(path=path)
        )
    key = key_for_file(path, password)
    errors = driver_errors()
    try:
        conn = connect(path, key, readonly=True)
    except errors as exc:
        raise DatabaseOpenError(
            _("{path} cannot be opened: {exc}").format(path=path, exc=exc)
        ) from exc
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except errors as exc:
        if not key_does_not_fit(exc):  # the right password, a damaged or cut-short file
            raise DatabaseOpenError(
                _("{path} is damaged or truncated: {exc}").format(path=path, exc=exc)
            ) from exc
        raise WrongPasswordError(
            _("{path}: wrong password (or not an encrypted Circles of Trust database)").format(
                path=path
            )
        ) from exc
    finally:
        conn.close()
    return key


# --- converting in place -------------------------------------------------------------------


@dataclass(frozen=True)
class Conversion:
    """What an encrypt, decrypt or rekey did."""

    path: Path
    encrypted: bool
    tables: int
    rows: int


def _sidecars(path: Path) -> list[Path]:
    return [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal")]


def _staged(path: Path) -> Path:
    return path.with_name(f".{path.name}.converting")


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _row_counts(conn: Any, schema: str) -> dict[str, int]:
    names = [
        row[0]
        for row in conn.execute(
            f"SELECT name FROM {schema}.sqlite_master WHERE type = 'table' "
            "AND name NOT LIKE 'sqlite_stat%'"
        )
    ]
    return {
        name: int(conn.execute(f'SELECT count(*) FROM {schema}."{name}"').fetchone()[0])
        for name in names
    }


@contextmanager
def _converting(path: Path) -> Iterator[Path]:
    staged = _staged(path)
    for leftover in (staged, *_sidecars(staged)):
        leftover.unlink(missing_ok=True)  # from a conversion that was killed
    try:
        yield staged
    finally:
        for leftover in (staged, *_sidecars(staged)):
            leftover.unlink(missing_ok=True)


def convert(path: Path, old_key: FileKey | None, new_key: FileKey | None) -> Conversion:
    """Rewrite the database at ``path`` under ``new_key`` (None: plain), in place, safely.

    ``old_key`` opens the current file (None: it is plain). The new file is written beside
    it, verified, and swapped in atomically; the old one is unlinked by that rename (its
    blocks may persist on disk until overwritten: see the README).
    """
    errors = driver_errors()
    path = path.resolve()
    with _converting(path) as staged:
        try:
            counts = _export(path, old_key, staged, new_key)
            _verify(staged, new_key, counts)
        except errors as exc:
            if "full" in str(exc) or disk_is_full(path.parent):  # (also as "disk I/O error")
                raise EncryptionError(
                    _("the disk holding {path} is full: free some space, then try again").format(
                        path=path
                    )
                ) from exc
            raise EncryptionError(
                _("cannot convert {path}: {exc}").format(path=path, exc=exc)
            ) from exc
        except OSError as exc:
            raise EncryptionError(
                _("cannot write beside {path}: {value}").format(
                    path=path, value=exc.strerror or exc
                )
            ) from exc
        if any(side.exists() for side in _sidecars(path)[:2]):
            # Another program has the database open (it keeps the write-ahead log).
            raise EncryptionError(
                _(
                    "{path} is in use by another program; close Circles of Trust and try again"
                ).format(path=path)
            )
        _fsync(staged)
        os.replace(staged, path)
        if os.name == "posix":
            _fsync(path.parent)
    return Conversion(
        path=path, encrypted=new_key is not None, tables=len(counts), rows=sum(counts.values())
    )


def _export(
    path: Path, old_key: FileKey | None, staged: Path, new_key: FileKey | None
) -> dict[str, int]:
    """Copy every table, index and trigger into ``staged``; the source's row counts."""
    conn = connect(path, old_key)
    try:
        conn.isolation_level = None  # transactions below are explicit
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        attach_key = new_key.pragma_value() if new_key is not None else ""
        conn.execute("ATTACH DATABASE ? AS converted KEY ?", (str(staged), attach_key))
        if new_key is not None:
            conn.execute(f"PRAGMA converted.cipher_page_size = {CIPHER_PAGE_SIZE}")
            apply_hmac(conn, new_key, "converted")
        conn.execute("BEGIN IMMEDIATE")  # no writer between the counts and the copy
        try:
            counts = _row_counts(conn, "main")
            conn.execute("SELECT sqlcipher_export('converted')")
            for pragma in ("application_id", "user_version"):
                value = int(conn.execute(f"PRAGMA main.{pragma}").fetchone()[0])
                conn.execute(f"PRAGMA converted.{pragma} = {value}")
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:  # (SQLite rolls back by itself on a full disk)
                conn.execute("ROLLBACK")
            raise
        conn.execute("DETACH DATABASE converted")
    finally:
        conn.close()  # the last connection: folds and removes the source's -wal
    return counts


def _verify(staged: Path, key: FileKey | None, counts: dict[str, int]) -> None:
    with closing(connect(staged, key)) as conn:
        check = conn.execute("PRAGMA integrity_check").fetchall()
        if check != [("ok",)]:
            raise EncryptionError(
                _("the converted copy failed its check: {value}").format(value=check[0][0])
            )
        copied = _row_counts(conn, "main")
        if copied != counts:
            raise EncryptionError(
                _("the converted copy does not hold the same rows; nothing changed")
            )
        if int(conn.execute("PRAGMA application_id").fetchone()[0]) != APPLICATION_ID:
            raise EncryptionError(_("the converted copy lost its Circles of Trust mark"))


# --- keys of the files open in this process ------------------------------------------------

_known_keys: dict[Path, FileKey] = {}


def remember_key(path: Path, key: FileKey | None) -> None:
    """Note the key of a file this process opened, so that a backup of it (given only the
    path, as the window's daily backup is) is encrypted with the same key."""
    if key is None:
        _known_keys.pop(path.resolve(), None)
    else:
        _known_keys[path.resolve()] = key


def known_key(path: Path) -> FileKey | None:
    return _known_keys.get(path.resolve())


# --- password-protected files (the JSON export) --------------------------------------------

SEALED_FORMAT = "circlesoftrust-sealed"
SEALED_VERSION = 1
_NONCE_BYTES = 12


class SealedFileError(CotError):
    """A password-protected file cannot be opened: wrong password or damaged."""


def seal(plaintext: bytes, password: str) -> bytes:
    """``plaintext`` encrypted with AES-256-GCM under an Argon2id key from ``password``.

    A small JSON envelope: the KDF's parameters and salt, the nonce and the ciphertext
    (base64). The envelope's header is authenticated with the data, so neither can be
    altered unnoticed.
    """
    import base64
    import json

    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    salt = os.urandom(SALT_BYTES)
    nonce = os.urandom(_NONCE_BYTES)
    header = _sealed_header(salt)
    key = derive_key(password, salt).raw
    ciphertext = AESGCM(key).encrypt(nonce, plaintext, _associated(header))
    envelope = {
        **header,
        "nonce": base64.b64encode(nonce).decode("ascii"),
        "ciphertext": base64.b64encode(ciphertext).decode("ascii"),
    }
    return json.dumps(envelope, separators=(",", ":")).encode("ascii")


def _sealed_header(salt: bytes) -> dict[str, Any]:
    import base64

    return {
        "format": SEALED_FORMAT,
        "format_version": SEALED_VERSION,
        "cipher": "AES-256-GCM",
        "kdf": {
            "name": "argon2id",
            "memory_kib": KDF_MEMORY_KIB,
            "iterations": KDF_ITERATIONS,
            "lanes": KDF_LANES,
            "salt": base64.b64encode(salt).decode("ascii"),
        },
    }


def _associated(header: dict[str, Any]) -> bytes:
    import json

    return json.dumps(header, sort_keys=True, separators=(",", ":")).encode("ascii")


def is_sealed(parsed: object) -> bool:
    return isinstance(parsed, dict) and parsed.get("format") == SEALED_FORMAT


def unseal(envelope: dict[str, Any], password: str) -> bytes:
    """The plaintext of a :func:`seal` envelope; :class:`SealedFileError` when the password
    is wrong or the file was altered."""
    import base64
    import binascii

    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        version = envelope["format_version"]
        kdf = envelope["kdf"]
        salt = base64.b64decode(kdf["salt"], validate=True)
        nonce = base64.b64decode(envelope["nonce"], validate=True)
        ciphertext = base64.b64decode(envelope["ciphertext"], validate=True)
    except (KeyError, TypeError, binascii.Error):
        raise SealedFileError(
            _("the protected file is damaged (its envelope is incomplete)")
        ) from None
    if version != SEALED_VERSION or envelope.get("cipher") != "AES-256-GCM":
        raise SealedFileError(_("the protected file was written by a newer version"))
    if (kdf.get("name"), kdf.get("memory_kib"), kdf.get("iterations"), kdf.get("lanes")) != (
        "argon2id",
        KDF_MEMORY_KIB,
        KDF_ITERATIONS,
        KDF_LANES,
    ):
        raise SealedFileError(_("the protected file uses key settings this version does not know"))
    header = _sealed_header(salt)
    key = derive_key(password, salt).raw
    try:
        return bytes(AESGCM(key).decrypt(nonce, ciphertext, _associated(header)))
    except InvalidTag:
        raise SealedFileError(_("wrong password, or the protected file was altered")) from None
