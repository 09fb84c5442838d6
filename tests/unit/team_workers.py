"""What one user's process does in the two-user tests (tests/unit/test_team_processes.py).

Each worker is a real process (multiprocessing, spawn): it opens the database itself,
waits at a barrier so both users act at the same moment, does one thing and reports
("ok", detail) or (error class name, message) on a queue. Never a traceback.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from circlesoftrust.engine import accepting
from circlesoftrust.engine import suggestions as sg
from circlesoftrust.engine_settings import save_settings
from circlesoftrust.errors import CotError
from circlesoftrust.io.import_source import read_import_file
from circlesoftrust.io.importer import import_contacts
from circlesoftrust.services import accounts, rings
from circlesoftrust.storage import open_database

Result = tuple[str, str]


def run(job: str, url: str, user: str, barrier: Any, results: Any, *args: Any) -> None:
    db = open_database(url, user=user)
    try:
        barrier.wait(timeout=120)
        try:
            detail = JOBS[job](db, *args)
            results.put((user, "ok", detail))
        except CotError as exc:
            results.put((user, type(exc).__name__, str(exc)))
        except Exception as exc:  # a crash: the test fails on it (class "crash: ...")
            results.put((user, f"crash: {type(exc).__name__}", str(exc)))
    finally:
        db.close()


def _accept(db: Any, suggestion_id: str, day: dt.date) -> str:
    return accepting.accept(db, suggestion_id, day).summary


def _import(db: Any, path: str) -> str:
    parsed = read_import_file(path)
    return import_contacts(db, parsed, source=Path(path).name).summary()


def _add_contacts(db: Any, account: str, people: list[tuple[str, str]]) -> str:
    """One transaction per contact, like a user adding them one after another."""
    added, refused = 0, 0
    for name, email in people:
        try:
            accounts.add_contact(db, account, name, email=email)
            added += 1
        except CotError:
            refused += 1  # told: the e-mail is someone's already
    return f"{added} added, {refused} refused"


def _rename(db: Any, account: str, name: str) -> str:
    return accounts.update_account(db, account, name=name).name


def _move(db: Any, account: str, ring: str) -> str:
    return rings.move_account(db, account, ring, reason="by hand").to_ring


def _save_settings(db: Any, changes: dict[str, Any]) -> str:
    return repr(save_settings(db, **changes))


def _pass(db: Any, day: dt.date) -> str:
    return f"{len(sg.suggest(db, day))} suggestions"


JOBS = {
    "accept": _accept,
    "import": _import,
    "add_contacts": _add_contacts,
    "rename": _rename,
    "move": _move,
    "save_settings": _save_settings,
    "pass": _pass,
}
