"""The fault harness: bounded, seeded versions of issue 12's experiments, one table.

``python -m tests.faults`` (``make faults``) runs the full set; ``--ci`` the subset that
``make test`` runs (tests/faults/test_harness.py). Every case ends in a verdict counted
per kind:

- traceback: a command printed a traceback (or raised something that is not a user error);
- partial write: a file under a real name that SQLite finds damaged, or an interrupted
  operation that left half of its rows;
- lock-out: an intact database that the app then refuses to open;
- lost row: a row committed before the fault is gone;
- backup replaced: a good backup that no longer verifies (or was overwritten by a bad one).

Kinds: kill -9 during import, demo, backup, restore and migration (at seeded moments),
and during encrypt, rekey, decrypt, merge and a mail capture (also at chosen writes);
a read-only file system (clean, and with a log a kill left);
full disks (a private tmpfs per case, skipped with the reason where namespaces are not
allowed); seeded fuzzing of vCard, CSV and JSON imports; hostile command-line input
(validation and injection payloads); and two processes at once (an import racing
opens; the app's connection open while the CLI writes).
"""

from __future__ import annotations

import contextlib
import dataclasses
import io
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from circlesoftrust.backup import verify_backup
from circlesoftrust.cli import main as cli_main
from circlesoftrust.database_file import backups_dir, inspect_sqlite_file
from circlesoftrust.errors import CotError
from circlesoftrust.storage import make_engine, open_database, resolve_url, upgrade
from tests.sandbox import REPO, run_on_tmpfs, unavailable

VERDICTS = ("traceback", "partial write", "lock-out", "lost row", "backup replaced")
BASE_ACCOUNTS = 40


@dataclasses.dataclass
class Tally:
    kind: str
    cases: int = 0
    skipped: str = ""
    found: dict[str, int] = dataclasses.field(default_factory=lambda: dict.fromkeys(VERDICTS, 0))
    examples: list[str] = dataclasses.field(default_factory=list)

    def fail(self, verdict: str, example: str) -> None:
        self.found[verdict] += 1
        if len(self.examples) < 5:
            self.examples.append(f"{verdict}: {example}")

    @property
    def failures(self) -> int:
        return sum(self.found.values())


@dataclasses.dataclass(frozen=True)
class Sizes:
    kills_per_operation: int
    disk_levels: int
    fuzz_per_format: int
    hostile_cases: int  # of the commands x values grid, a seeded sample
    race_rounds: int  # imports the other process runs while this one keeps opening
    race_contacts: int
    conversions: tuple[str, ...]  # which of encrypt, rekey, decrypt, merge, capture
    mails: int  # messages in the mailbox a capture is killed in


CI = Sizes(
    kills_per_operation=1, disk_levels=1, fuzz_per_format=25, hostile_cases=120,
    race_rounds=1, race_contacts=600, conversions=("encrypt", "capture"), mails=200,
)  # fmt: skip
FULL = Sizes(
    kills_per_operation=12, disk_levels=12, fuzz_per_format=1200, hostile_cases=3000,
    race_rounds=6, race_contacts=3000,
    conversions=("encrypt", "rekey", "decrypt", "merge", "capture"), mails=1500,
)  # fmt: skip


# --------------------------------------------------------------------------- helpers


def _cli(*argv: str) -> list[str]:
    return [sys.executable, "-m", "circlesoftrust.cli", *argv]


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(REPO)}


def _base_db(folder: Path, accounts: int = BASE_ACCOUNTS) -> Path:
    """A healthy database with ``accounts`` committed accounts (the rows never to lose)."""
    path = folder / "base.sqlite"
    db = open_database(path)
    from circlesoftrust.services import accounts as acc

    for i in range(accounts):
        acc.create_account(db, f"Kept {i:03d}")
    db.close()
    return path


def _contacts_csv(path: Path, rows: int, seed: int) -> Path:
    rng = random.Random(seed)
    lines = ["Name,Email,Company,Phone"]
    for i in range(rows):
        company = f"Company {rng.randrange(rows // 3 + 1)}"
        lines.append(f"Person {i},p{i}@example.org,{company},+49 30 {rng.randrange(10**6)}")
    path.write_text("\n".join(lines) + "\n")
    return path


def _kept_names(path: Path) -> set[str]:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return {r[0] for r in conn.execute("SELECT name FROM accounts WHERE name LIKE 'Kept %'")}
    finally:
        conn.close()


def _judge_database(tally: Tally, path: Path, label: str, *, before: set[str]) -> None:
    """After a fault: the file opens, is whole, and still holds every row committed before."""
    try:
        info = inspect_sqlite_file(path)
    except CotError as exc:
        whole = _sqlite_says_whole(path)
        tally.fail("lock-out" if whole else "partial write", f"{label}: {exc}")
        return
    if not _sqlite_says_whole(path):
        tally.fail("partial write", f"{label}: integrity_check fails")
        return
    if info.empty:  # a new file whose creation was cut short: nothing of it was kept
        if before:
            tally.fail("lost row", f"{label}: the database is empty")
        return
    missing = before - _kept_names(path)
    if missing:
        tally.fail("lost row", f"{label}: {len(missing)} committed accounts gone")


def _sqlite_says_whole(path: Path) -> bool:
    scratch = Path(tempfile.mkdtemp())
    try:
        for suffix in ("", "-wal"):  # judged on a copy: the check must not change the case
            if Path(f"{path}{suffix}").exists():
                shutil.copyfile(f"{path}{suffix}", scratch / f"c.sqlite{suffix}")
        conn = sqlite3.connect(scratch / "c.sqlite")
        try:
            return conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        except sqlite3.DatabaseError:
            return False
        finally:
            conn.close()
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def _judge_backups(tally: Tally, path: Path, label: str, passwords: tuple[str, ...] = ()) -> None:
    """Every backup beside ``path`` verifies (an encrypted one with one of ``passwords``)."""
    from circlesoftrust import encryption

    folder = backups_dir(path)
    if not folder.is_dir():
        return
    for entry in folder.iterdir():
        if entry.suffix == ".sqlite" and not entry.name.startswith("."):
            problem = None
            for password in (None, *passwords):
                try:
                    key = None if password is None else encryption.key_for_file(entry, password)
                    verify_backup(entry, key=key)
                except CotError as exc:
                    problem = problem or exc
                    continue
                problem = None
                break
            if problem is not None:
                tally.fail("backup replaced", f"{label}: {entry.name}: {problem}")


def _killed(argv: list[str], after: float) -> subprocess.CompletedProcess[str] | None:
    """Run ``argv``; SIGKILL it ``after`` seconds in (None: it ended before that)."""
    proc = subprocess.Popen(
        argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=_env()
    )
    try:
        out, err = proc.communicate(timeout=after)
        return subprocess.CompletedProcess(argv, proc.returncode, out, err)
    except subprocess.TimeoutExpired:
        proc.send_signal(signal.SIGKILL)
        proc.communicate()
        return None


def _killed_when(
    argv: list[str], condition: Callable[[], bool]
) -> subprocess.CompletedProcess[str] | None:
    """Run ``argv``; SIGKILL it the moment ``condition()`` holds (None: it was killed)."""
    proc = subprocess.Popen(
        argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=_env()
    )
    while True:
        try:
            out, err = proc.communicate(timeout=0.002)  # (a wait on the process itself)
            return subprocess.CompletedProcess(argv, proc.returncode, out, err)
        except subprocess.TimeoutExpired:
            if condition():
                proc.send_signal(signal.SIGKILL)
                proc.communicate()
                return None


def _no_traceback(tally: Tally, done: subprocess.CompletedProcess[str] | None, label: str) -> None:
    if done is not None and ("Traceback" in done.stderr or done.returncode not in (0, 1, 2)):
        tally.fail("traceback", f"{label}: rc {done.returncode}: {done.stderr[-200:]}")


PASSWORD, NEW_PASSWORD = "harness password 1", "harness password 2"


def _crypt_env(**extra: str) -> dict[str, str]:
    return {**_env(), "CIRCLESOFTRUST_PASSWORD": PASSWORD, **extra}


def _kept_in_any(path: Path, passwords: tuple[str, ...]) -> tuple[set[str], int] | None:
    """The ``Kept`` accounts and the touchpoint count of ``path``, opened plain or with one
    of ``passwords`` (None: nothing opens it). The file is whole when this answers."""
    from sqlalchemy import text

    for password in (None, *passwords):
        try:
            db = open_database(path, password=password)
        except CotError:
            continue
        try:
            with db.engine.connect() as conn:
                if conn.exec_driver_sql("PRAGMA integrity_check").scalar() != "ok":
                    return None
                names = {r[0] for r in conn.execute(text(
                    "SELECT name FROM accounts WHERE name LIKE 'Kept %'"))}  # fmt: skip
                touchpoints = conn.execute(text("SELECT count(*) FROM touchpoints")).scalar()
                return names, int(touchpoints or 0)
        finally:
            db.close()
    return None


def _encrypted_copy(plain: Path, target: Path, password: str = PASSWORD) -> Path:
    from circlesoftrust import encryption

    shutil.copyfile(plain, target)
    encryption.convert(target, None, encryption.new_key(password))
    return target


def _mbox(path: Path, messages: int, seed: int) -> Path:
    """Mails from the base database's contacts (``kept{i}@example.org``), one a day."""
    rng = random.Random(seed)
    lines = []
    for n in range(messages):
        who = rng.randrange(BASE_ACCOUNTS)
        day = 1 + n % 28
        lines += [
            f"From kept{who}@example.org Mon Jan {day:2d} 10:00:00 2026",
            f"From: Kept {who} <kept{who}@example.org>",
            "To: Me <me@example.com>",
            f"Subject: note {n}",
            f"Date: Mon, {day} Jan 2026 10:{n % 60:02d}:00 +0000",
            f"Message-ID: <m{n}@example.org>",
            "",
            "hello",
            "",
        ]
    path.write_text("\n".join(lines) + "\n")
    return path


def _with_contacts(path: Path) -> Path:
    db = open_database(path)
    from circlesoftrust.services import accounts as acc

    try:
        for i in range(BASE_ACCOUNTS):
            acc.add_contact(db, f"Kept {i:03d}", f"Kept {i}", email=f"kept{i}@example.org")
    finally:
        db.close()
    return path


def _judge_any(
    tally: Tally, path: Path, label: str, *, before: set[str], passwords: tuple[str, ...],
    may_go: frozenset[str] = frozenset(), touchpoints: tuple[int, ...] = (),
) -> None:  # fmt: skip
    """After a fault in a conversion or a merge: the file opens (plain, or with the old or
    the new password), is whole, keeps every committed row (``may_go``: rows the
    operation itself removes when it completes) and, given ``touchpoints``, holds one of
    those counts (all or nothing of what the operation adds)."""
    for leftover in path.parent.glob(f".{path.name}.*"):  # as if opened an hour later
        stale = leftover.stat().st_mtime - 2 * 3600
        os.utime(leftover, (stale, stale))
    found = _kept_in_any(path, passwords)
    if found is None:
        tally.fail("lock-out", f"{label}: no password opens it, or it is not whole")
        return
    names, count = found
    missing = before - names - may_go
    if missing:
        tally.fail("lost row", f"{label}: {len(missing)} committed accounts gone")
    if touchpoints and count not in touchpoints:
        tally.fail("partial write", f"{label}: {count} touchpoints (all or none: {touchpoints})")
    leftovers = [p.name for p in path.parent.glob(f".{path.name}.*")]
    if leftovers:
        tally.fail("partial write", f"{label}: the next open left {leftovers}")


# ------------------------------------------------------------------------- kill -9


def _old_schema_db(folder: Path) -> Path:
    path = folder / "old.sqlite"
    engine = make_engine(resolve_url(path))
    upgrade(engine, "0004")
    engine.dispose()
    return path


def kill_sweeps(sizes: Sizes, seed: int) -> Tally:
    tally = Tally("kill -9 (import, demo, backup, restore, migration; in a checkpoint)")
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        template = _base_db(root)
        contacts = _contacts_csv(root / "contacts.csv", 3000, seed)
        operations: dict[str, Callable[[Path], list[str]]] = {
            "import": lambda db: _cli("--db", str(db), "import", str(contacts)),
            "demo": lambda db: _cli("--db", str(db.with_name("demo.sqlite")), "demo",
                                    "--accounts", "300", "--today", "2026-06-15"),
            "backup": lambda db: _cli("--db", str(db), "backup", "--overwrite",
                                      str(db.with_name("good-backup.sqlite"))),
            "restore": lambda db: _cli("--db", str(db), "restore",
                                       str(db.with_name("good-backup.sqlite"))),
            "migration": lambda db: _cli("--db", str(db.with_name("old.sqlite")), "rings"),
        }  # fmt: skip
        for name, argv_of in operations.items():
            for n in range(sizes.kills_per_operation):
                case = root / f"{name}-{n}"
                case.mkdir()
                db = case / "base.sqlite"
                shutil.copyfile(template, db)
                shutil.copyfile(template, case / "good-backup.sqlite")
                if name == "migration":
                    _old_schema_db(case)
                before = _kept_names(db)
                label = f"{name} killed #{n}"
                done = _killed(argv_of(db), after=rng.uniform(0.3, 3.0))
                tally.cases += 1
                _no_traceback(tally, done, label)
                _judge_database(tally, db, label, before=before)
                _judge_backups(tally, db, label)
                try:
                    verify_backup(case / "good-backup.sqlite")
                except CotError as exc:
                    tally.fail("backup replaced", f"{label}: good-backup.sqlite: {exc}")
                for other in ("demo.sqlite", "old.sqlite"):
                    if (case / other).exists() and (case / other).stat().st_size:
                        _judge_database(tally, case / other, f"{label} ({other})", before=set())
        # At a chosen write: the moment a checkpoint starts copying the log into the main
        # file (it grows), where the lock-outs came from.
        big = _contacts_csv(root / "big.csv", 8000, seed)
        for n in range(sizes.kills_per_operation):
            case = root / f"checkpoint-{n}"
            case.mkdir()
            db = case / "base.sqlite"
            shutil.copyfile(template, db)
            size = db.stat().st_size
            before = _kept_names(db)
            label = f"import killed in a checkpoint #{n}"
            done = _killed_when(
                _cli("--db", str(db), "import", str(big)),
                lambda db=db, size=size: db.stat().st_size > size,  # type: ignore[misc]
            )
            tally.cases += 1
            _no_traceback(tally, done, label)
            _judge_database(tally, db, label, before=before)
            _judge_backups(tally, db, label)
    return tally


def _killed_env(
    argv: list[str], env: dict[str, str], *, after: float | None = None,
    when: Callable[[], bool] | None = None,
) -> subprocess.CompletedProcess[str] | None:  # fmt: skip
    """Run ``argv`` with ``env``; SIGKILL it ``after`` seconds in, or once ``when()``."""
    proc = subprocess.Popen(
        argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
    )
    step = after if when is None else 0.002
    while True:
        try:
            out, err = proc.communicate(timeout=step)  # (a wait on the process itself)
            return subprocess.CompletedProcess(argv, proc.returncode, out, err)
        except subprocess.TimeoutExpired:
            if when is None or when():
                proc.send_signal(signal.SIGKILL)
                proc.communicate()
                return None


def kill_conversions(sizes: Sizes, seed: int) -> Tally:
    """kill -9 during encrypt, rekey, decrypt, merge and a mail capture: at seeded moments
    and at chosen writes (the staged copy appears; the file under its name changes)."""
    tally = Tally("kill -9 (encrypt, rekey, decrypt, merge, mail capture)")
    rng = random.Random(seed + 1)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        plain = _with_contacts(_base_db(root))
        encrypted = _encrypted_copy(plain, root / "encrypted.sqlite")
        mbox = _mbox(root / "mail.mbox", sizes.mails, seed)
        # What a capture adds when it completes (all or nothing of it).
        whole = root / "whole.sqlite"
        shutil.copyfile(plain, whole)
        subprocess.run(_cli("--db", str(whole), "import", str(mbox), "--me", "me@example.com"),
                       env=_env(), capture_output=True, check=True)  # fmt: skip
        captured = (_kept_in_any(whole, ()) or (set(), -1))[1]
        new_env = _crypt_env(CIRCLESOFTRUST_NEW_PASSWORD=NEW_PASSWORD)
        operations: dict[str, tuple[Path, list[str], dict[str, str]]] = {
            "encrypt": (plain, ["encrypt"], new_env),
            "rekey": (encrypted, ["rekey"], new_env),
            "decrypt": (encrypted, ["decrypt"], _crypt_env()),
            "merge": (plain, ["merge", "Kept 000", "Kept 001", "--yes"], _env()),
            "capture": (plain, ["import", str(mbox), "--me", "me@example.com"], _env()),
        }
        before = {f"Kept {i:03d}" for i in range(BASE_ACCOUNTS)}
        for index, (name, (template, argv, env)) in enumerate(operations.items()):
            if name not in sizes.conversions:
                continue
            for n in range(index, index + max(1, sizes.kills_per_operation * 3 // 2)):
                case = root / f"{name}-{n}"
                case.mkdir()
                db = case / "base.sqlite"
                shutil.copyfile(template, db)
                staged = case / ".base.sqlite.converting"
                size = db.stat().st_size
                moment = n % 3  # 0: at random; 1: the staged copy appears; 2: the file changes
                label = f"{name} killed #{n} ({('at random', 'staged', 'swapped')[moment]})"
                done = _killed_env(
                    _cli("--db", str(db), *argv), env,
                    after=rng.uniform(0.2, 2.5) if moment == 0 else None,
                    when=None if moment == 0 else (
                        staged.exists if moment == 1
                        else lambda db=db, size=size: db.stat().st_size != size  # type: ignore[misc]
                    ),
                )  # fmt: skip
                tally.cases += 1
                _no_traceback(tally, done, label)
                _judge_any(
                    tally, db, label, before=before, passwords=(PASSWORD, NEW_PASSWORD),
                    may_go=frozenset({"Kept 001"}) if name == "merge" else frozenset(),
                    touchpoints=(0, captured) if name == "capture" else (),
                )  # fmt: skip
                _judge_backups(tally, db, label, (PASSWORD, NEW_PASSWORD))
    return tally


# ------------------------------------------------------------------------ full disk

DISK_CHILD = """
import contextlib, io, json, shutil, sqlite3, sys
from pathlib import Path
mount, base, contacts = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
filler_kb = int(sys.argv[4])
db = mount / "base.sqlite"
shutil.copyfile(base, db)
with open(mount / "filler", "wb", buffering=0) as fh, contextlib.suppress(OSError):
    fh.write(b"\\0" * filler_kb * 1024)
import os
os.environ["CIRCLESOFTRUST_PASSWORD"] = "harness password 1"
os.environ["CIRCLESOFTRUST_NEW_PASSWORD"] = "harness password 2"
from circlesoftrust.cli import main
results = []
for argv in (["import", contacts], ["backup", str(mount / "copy.sqlite")],
             ["accounts", "add", "After Full"], ["rings"], ["restore", str(base)],
             ["encrypt"], ["rings"], ["rekey"]):
    err = io.StringIO()
    try:
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
            code = main(["--db", str(db), *argv])
    except BaseException as exc:  # noqa: BLE001 - the harness counts it
        code, err = 99, io.StringIO(f"Traceback: {type(exc).__name__}: {exc}")
    results.append({"argv": argv[0], "code": code, "err": err.getvalue()})
(mount / "filler").unlink()  # the user frees some space, as told
kept = None  # what opens afterwards, plain or with either password: the rows committed
from sqlalchemy import text
from circlesoftrust.errors import CotError
from circlesoftrust.storage import open_database
for password in (None, "harness password 1", "harness password 2"):
    try:
        opened = open_database(db, password=password)
    except CotError:
        continue
    with opened.engine.connect() as conn:
        kept = conn.execute(text("SELECT count(*) FROM accounts WHERE name LIKE 'Kept %'")).scalar()
    opened.close()
    break
results.append({"argv": "judge", "code": 0, "err": "", "kept": kept})
print(json.dumps(results))
"""


def full_disks(sizes: Sizes, seed: int) -> Tally:
    tally = Tally("full disk (tmpfs: import, backup, add, read, restore, encrypt, rekey)")
    reason = unavailable()
    if reason is not None:
        tally.skipped = reason
        return tally
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        base = _base_db(root)
        contacts = _contacts_csv(root / "contacts.csv", 2000, seed)
        size_kb = 4096
        used = base.stat().st_size // 1024
        for level in range(sizes.disk_levels):
            free_kb = rng.randrange(0, size_kb - used - 64)
            filler = size_kb - used - free_kb
            done = run_on_tmpfs(DISK_CHILD, root / f"mnt{level}", size_kb, str(base),
                                str(contacts), str(filler))  # fmt: skip
            label = f"{free_kb} KiB free"
            tally.cases += 1
            if done.returncode != 0 or not done.stdout.strip():
                tally.fail("traceback", f"{label}: {done.stderr[-300:]}")
                continue
            for result in json.loads(done.stdout.splitlines()[-1]):
                if result["argv"] == "judge":
                    if result["kept"] is None:
                        tally.fail("lock-out", f"{label}: neither plain nor a password opens it")
                    elif result["kept"] < BASE_ACCOUNTS:
                        tally.fail("lost row", f"{label}: {result['kept']} of {BASE_ACCOUNTS}")
                    continue
                err = result["err"]
                if result["code"] not in (0, 1) or "Traceback" in err or err.count("\n") > 1:
                    tally.fail("traceback", f"{label}: {result['argv']}: {err[-200:]}")
                elif "damaged" in err:
                    tally.fail("lock-out", f"{label}: {result['argv']}: {err.strip()}")
    return tally


READ_ONLY_CHILD = """
import contextlib, hashlib, io, json, os, shutil, sqlite3, subprocess, sys
from pathlib import Path
mount, base, outside = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])
with_log = sys.argv[4]
db = mount / "base.sqlite"
shutil.copyfile(base, db)
if with_log == "yes":  # the last commits only in the log, as a killed program leaves them
    import os, signal
    child = subprocess.run([sys.executable, "-c", (
        "import os, signal, sys; from circlesoftrust.storage import open_database; "
        "from circlesoftrust.services import accounts as a; d = open_database(sys.argv[1]); "
        "a.create_account(d, 'Kept In The Log'); os.kill(os.getpid(), signal.SIGKILL)"), str(db)])
digest = lambda: {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in mount.iterdir()}
subprocess.run(["mount", "-o", "remount,ro", str(mount)], check=True)
before = digest()
os.environ["CIRCLESOFTRUST_PASSWORD"] = "harness password 1"
from circlesoftrust.cli import main
results = []
for argv in (["rings"], ["accounts", "list"], ["accounts", "add", "Cannot Be Written"],
             ["import", str(outside / "contacts.csv")], ["backup", str(outside / "copy.sqlite")],
             ["check"], ["export", "vcard", "-o", str(outside / "out.vcf")], ["encrypt"],
             ["restore", str(base)], ["suggest"]):
    err = io.StringIO()
    try:
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
            code = main(["--db", str(db), *argv])
    except BaseException as exc:  # noqa: BLE001 - the harness counts it
        code, err = 99, io.StringIO(f"Traceback: {type(exc).__name__}: {exc}")
    results.append({"argv": " ".join(argv[:2]), "code": code, "err": err.getvalue()})
results.append({"argv": "judge", "code": 0, "err": "", "same": digest() == before})
print(json.dumps(results))
"""


def read_only_places(sizes: Sizes, seed: int) -> Tally:
    """A database on a read-only file system (a mounted backup disk, a locked share), with
    and without a log left by a killed program: every command answers in one line that
    says so (never "damaged"), and nothing on it changes."""
    tally = Tally("read-only file system (clean, and with a log left by a kill)")
    reason = unavailable()
    if reason is not None:
        tally.skipped = reason
        return tally
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        base = _base_db(root)
        _contacts_csv(root / "contacts.csv", 50, seed)
        for n, with_log in enumerate(("no", "yes")):
            done = run_on_tmpfs(READ_ONLY_CHILD, root / f"ro{n}", 8192, str(base), str(root),
                                with_log)  # fmt: skip
            label = f"read-only, log left: {with_log}"
            if done.returncode != 0 or not done.stdout.strip():
                tally.cases += 1
                tally.fail("traceback", f"{label}: {done.stderr[-300:]}")
                continue
            for result in json.loads(done.stdout.splitlines()[-1]):
                tally.cases += 1
                err = result["err"]
                if result["argv"] == "judge":
                    if not result["same"]:
                        tally.fail("partial write", f"{label}: a file on it changed")
                elif result["code"] not in (0, 1) or "Traceback" in err or err.count("\n") > 1:
                    tally.fail("traceback", f"{label}: {result['argv']}: {err[-200:]}")
                elif "damaged" in err:
                    tally.fail("lock-out", f"{label}: {result['argv']}: {err.strip()}")
    return tally


# ----------------------------------------------------------------------------- fuzz


def _mutate(data: bytes, rng: random.Random) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randrange(1, 8)):
        choice = rng.randrange(7)
        pos = rng.randrange(len(out) + 1)
        if choice == 0 and out:
            out[min(pos, len(out) - 1)] = rng.randrange(256)
        elif choice == 1:
            out[pos:pos] = bytes(rng.randrange(256) for _ in range(rng.randrange(1, 16)))
        elif choice == 2 and out:
            del out[pos : pos + rng.randrange(1, 64)]
        elif choice == 3:
            chunk = out[pos : pos + rng.randrange(1, 200)]
            out[pos:pos] = chunk * rng.randrange(2, 50)
        elif choice == 4:
            out[pos:pos] = rng.choice(
                [b"\x1b]0;OWNED\x07", b"\x00", b'"', b";a=b" * 200, b"\r\n ", b"=HYPERLINK(",
                 b"\xff\xfe", b"'; DROP TABLE accounts; --", b"9" * 5000, b"[" * 3000]
            )  # fmt: skip
        elif choice == 5:
            out = out[:pos]
        else:
            out[pos:pos] = b"\n"
    return bytes(out)


def _fuzz_inputs() -> dict[str, list[bytes]]:
    fixtures = REPO / "tests" / "fixtures" / "contacts"
    seeds: dict[str, list[bytes]] = {"vcf": [], "csv": []}
    for f in sorted(fixtures.iterdir()):
        if f.suffix in (".vcf", ".csv"):
            seeds[f.suffix[1:]].append(f.read_bytes())
    return seeds


def fuzz_imports(sizes: Sizes, seed: int) -> Tally:
    tally = Tally("fuzzed imports (vCard, CSV, JSON)")
    from circlesoftrust.io.full_export import export_json, restore_json
    from circlesoftrust.io.import_source import read_import_file
    from circlesoftrust.io.importer import import_contacts

    rng = random.Random(seed)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        base = _base_db(root, accounts=5)
        db = open_database(base)
        export_json(db, root / "export.json")
        seeds = _fuzz_inputs()
        seeds["json"] = [(root / "export.json").read_bytes()]
        empty_template = root / "empty.sqlite"
        open_database(empty_template).close()
        try:
            for fmt, samples in seeds.items():
                for n in range(sizes.fuzz_per_format):
                    data = _mutate(rng.choice(samples), rng)
                    file = root / f"fuzz-{n}.{fmt}"
                    file.write_bytes(data)
                    label = f"{fmt} #{n} (seed {seed})"
                    tally.cases += 1
                    try:
                        if fmt == "json":
                            target_path = root / "restore.sqlite"
                            shutil.copyfile(empty_template, target_path)
                            target = open_database(target_path)
                            try:
                                restore_json(target, file)
                            finally:
                                target.close()
                        else:
                            parsed = read_import_file(file)
                            import_contacts(db, parsed, source=file.name)
                    except CotError:
                        pass  # refused in one line: the right outcome for garbage
                    except Exception as exc:
                        tally.fail("traceback", f"{label}: {type(exc).__name__}: {exc}"[:200])
        finally:
            db.close()
        _judge_database(tally, base, "after fuzzing", before={f"Kept {i:03d}" for i in range(5)})
    return tally


# -------------------------------------------------------------------- hostile input

HOSTILE_VALUES = [
    str(2**63), str(2**64 + 1), "-1", "0", "1e999999", "0.005", "NaN", "inf", "-0",
    "1,2,3", "1.200,50", "", " ", "\x00", "\x1b[2J", "\x1b]0;OWNED\x07", "'", '"', ";",
    "' OR 1=1 --", "'; DROP TABLE accounts; --", "%", "_", "\\", "../../etc/passwd",
    "=HYPERLINK(\"http://evil.example\")", "@SUM(1)", "+1", "<script>alert(1)</script>",
    "{{7*7}}", "${jndi:ldap://x}", "A" * 10_000, "\u202eevil", "😀" * 300, "9999-99-99",
    "2026-02-30", "0000-01-01", "#1", "#" + str(2**63), str(-(2**63) - 1), "1e308",
    "Acme\u202etxt.exe\u2066\x85", "\u2028", "\ufeffBOM", "a\u0000b",
]  # fmt: skip

HOSTILE_COMMANDS: list[Callable[[str], list[str]]] = [
    lambda v: ["accounts", "show", v],
    lambda v: ["accounts", "add", v],
    lambda v: ["accounts", "list", "--search", v],
    lambda v: ["accounts", "list", "--ring", v],
    lambda v: ["revenue", "Kept 000", v, "--kind", "new"],
    lambda v: ["revenue", v, "10", "--kind", "new"],
    lambda v: ["touch", "Kept 000", "--kind", "call", "--date", v],
    lambda v: ["touch", v, "--kind", "call"],
    lambda v: ["feedback", "Kept 000", "--nps", v],
    lambda v: ["move", "Kept 000", v],
    lambda v: ["score", v],
    lambda v: ["contacts", "add", "Kept 000", v],
    lambda v: ["brief", v, "--format", "md"],
]


# Left out of the walk over every command: they replace, convert or fill the whole file,
# or wait for a password (each has its own cases above and in the other kinds).
_NOT_WALKED = {"demo", "restore", "import", "encrypt", "decrypt", "rekey", "undo",
               "remember-password", "forget-password"}  # fmt: skip


def _every_command_slot() -> list[Callable[[str], list[str]]]:
    """Every command of the CLI, each argument slot in turn taking the hostile value (the
    other positionals a plausible ``1``, a choice its first choice)."""
    import argparse

    from circlesoftrust.cli import build_parser

    def leaves(parser: argparse.ArgumentParser, path: tuple[str, ...]) -> Iterator[
        tuple[tuple[str, ...], argparse.ArgumentParser]
    ]:  # fmt: skip
        subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
        if not subs:
            yield path, parser
        for sub in subs:
            for name, child in sub.choices.items():
                yield from leaves(child, (*path, name))

    def plain(action: argparse.Action) -> str:
        return str(next(iter(action.choices))) if action.choices else "1"

    slots: list[Callable[[str], list[str]]] = []
    for path, parser in leaves(build_parser(), ()):
        if not path or path[0] in _NOT_WALKED:
            continue
        positionals = [a for a in parser._actions if not a.option_strings]
        options = [
            a for a in parser._actions
            if a.option_strings and a.nargs != 0 and not a.choices
            and a.option_strings[0] not in ("--db", "--lang", "--user", "-h")
        ]  # fmt: skip
        required = [a for a in parser._actions if a.option_strings and a.required]

        def argv(value: str, path=path, positionals=positionals, required=required,
                 hostile_at: object = None) -> list[str]:  # fmt: skip
            words = list(path)
            for a in positionals:
                if a is hostile_at:
                    words.append(value)
                elif a.nargs not in ("?", "*"):
                    words.append(plain(a))
            for a in required:
                if a is not hostile_at:
                    words += [a.option_strings[0], plain(a)]
            if hostile_at is not None and hostile_at not in positionals:
                words += [hostile_at.option_strings[0], value]  # type: ignore[attr-defined]
            return words

        for slot in [*positionals, *options]:
            slots.append(lambda v, slot=slot, argv=argv: argv(v, hostile_at=slot))  # type: ignore[misc]
    return slots


def hostile_input(sizes: Sizes, seed: int) -> Tally:
    tally = Tally("validation and injection input (CLI: every command, every argument)")
    raw = ("\x1b", "\x07", "\x00", "\x9b", "\x85", "\u202e", "\u2066")
    with tempfile.TemporaryDirectory() as tmp:
        base = _base_db(Path(tmp), accounts=3)
        before = _kept_names(base)
        # The walk runs on its own copy: it deletes and merges, as told (its file is
        # judged whole, not for the rows it was told to remove).
        walked = Path(tmp, "walked.sqlite")
        shutil.copyfile(base, walked)
        commands = [(c, base) for c in HOSTILE_COMMANDS]
        commands += [(c, walked) for c in _every_command_slot()]
        grid = [(c, db, v) for c, db in commands for v in HOSTILE_VALUES]
        # Output files named by a hostile value ("../../etc/passwd" too) land in here.
        cwd = Path(tmp, "w1", "w2", "w3")
        cwd.mkdir(parents=True)
        rng = random.Random(seed)
        for command, db, value in rng.sample(grid, min(sizes.hostile_cases, len(grid))):
            argv = command(value)
            out, err = io.StringIO(), io.StringIO()
            tally.cases += 1
            label = f"{argv[:3]!r}"[:120]
            try:
                with (
                    contextlib.chdir(cwd),
                    contextlib.redirect_stdout(out),
                    contextlib.redirect_stderr(err),
                ):
                    code = cli_main(["--db", str(db), *argv])
            except BaseException as exc:
                tally.fail("traceback", f"{label}: {type(exc).__name__}: {exc}"[:200])
                continue
            text = out.getvalue() + err.getvalue()
            if code not in (0, 1, 2) or "Traceback" in text or err.getvalue().count("\n") > 1:
                tally.fail("traceback", f"{label}: rc {code}: {err.getvalue()[:150]!r}")
            elif any(c in text for c in raw):
                tally.fail("traceback", f"{label}: raw control characters printed")
        _judge_database(tally, base, "after hostile input", before=before)
        _judge_database(tally, walked, "after every command's hostile input", before=set())
    return tally


# ---------------------------------------------------------------------- two processes

WRITER = """
import sys
from circlesoftrust.cli import main
for round in range(int(sys.argv[3])):
    main(["--db", sys.argv[1], "import", sys.argv[2]])
"""


def two_processes(sizes: Sizes, seed: int) -> Tally:
    tally = Tally("two processes (import racing opens; app open while the CLI writes)")
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        base = _base_db(root)
        before = _kept_names(base)
        # 1. Another process imports (checkpoints and all) while this one keeps opening.
        contacts = _contacts_csv(root / "race.csv", sizes.race_contacts, seed)
        writer = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(base), str(contacts), str(sizes.race_rounds)],
            env=_env(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
        opens = 0
        while writer.poll() is None or opens < 3:
            opens += 1
            tally.cases += 1
            try:
                inspect_sqlite_file(base)
            except CotError as exc:
                tally.fail("lock-out", f"open #{opens} during an import: {exc}")
        _, err = writer.communicate()
        if "Traceback" in err:
            tally.fail("traceback", f"the importing process: {err[-200:]}")
        _judge_database(tally, base, "after the race", before=before)
        # 2. The app's connection stays open; the CLI writes; the app's locks must hold
        #    through what the app itself does meanwhile (File -> Open of a text file,
        #    a backup, a first look).
        from circlesoftrust.first_look import first_look
        from circlesoftrust.services import accounts as acc
        from tests.lock_probe import locks_held

        app = open_database(base)
        try:
            acc.create_account(app, "Held By The App")
            text = root / "notes.txt"
            text.write_text("not a database\n")
            for action in (
                lambda: open_database(text),
                lambda: first_look(str(base)),
                lambda: open_database(base).close(),
            ):
                tally.cases += 1
                with contextlib.suppress(CotError):
                    action()
                if locks_held(base) != {"main": True, "shm": True}:
                    tally.fail("lock-out", "the app's SQLite locks were dropped")
            done = subprocess.run(
                _cli("--db", str(base), "accounts", "add", "Added By The CLI"),
                env=_env(), capture_output=True, text=True, check=False,
            )  # fmt: skip
            tally.cases += 1
            _no_traceback(tally, done, "CLI write while the app is open")
            names = {a.name for a in acc.list_accounts(app)}
            if "Added By The CLI" not in names:
                tally.fail("lost row", "the app does not see the CLI's committed account")
            acc.create_account(app, "Added By The App")
        finally:
            app.close()
        _judge_database(tally, base, "after app + CLI", before=before)
    return tally


# ------------------------------------------------------------------------------- run

KINDS: tuple[Callable[[Sizes, int], Tally], ...] = (
    kill_sweeps,
    kill_conversions,
    full_disks,
    read_only_places,
    fuzz_imports,
    hostile_input,
    two_processes,
)


def run(sizes: Sizes, seed: int = 12) -> list[Tally]:
    return [kind(sizes, seed) for kind in KINDS]


def table(tallies: list[Tally]) -> str:
    head = ["kind", "cases", *VERDICTS, "skipped because"]
    rows = [
        [t.kind, str(t.cases), *(str(t.found[v]) for v in VERDICTS), t.skipped or "-"]
        for t in tallies
    ]
    total = ["total", str(sum(t.cases for t in tallies)),
             *(str(sum(t.found[v] for t in tallies)) for v in VERDICTS), ""]  # fmt: skip
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    lines += ["| " + " | ".join(r) + " |" for r in [*rows, total]]
    for t in tallies:
        lines += [f"  {t.kind}: {example}" for example in t.examples]
    return "\n".join(lines)


@contextlib.contextmanager
def _quiet_logs() -> Iterator[None]:
    import logging

    logging.disable(logging.WARNING)
    try:
        yield
    finally:
        logging.disable(logging.NOTSET)


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="python -m tests.faults", description=__doc__)
    parser.add_argument("--ci", action="store_true", help="the subset `make test` runs")
    parser.add_argument("--seed", type=int, default=12)
    args = parser.parse_args(argv)
    with _quiet_logs():
        tallies = run(CI if args.ci else FULL, args.seed)
    print(table(tallies))
    return 0 if all(t.failures == 0 for t in tallies) else 1
