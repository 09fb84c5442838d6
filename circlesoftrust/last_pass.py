"""The last full pass's scores and next actions, kept so that the window shows them at once.

Scoring 100,000 accounts and building their inbox takes seconds, while the window paints
the account names in well under one. So each full pass the desktop app runs is kept in
the user's cache folder, one file per database, and read back while the database opens:
the table and the rings show the scores and next actions the last pass found (marked as
such), and today's pass replaces them the moment it finishes.

What the file holds is derived and replaceable: every account's score and its most urgent
suggestion, as the window keeps it (:class:`NextAction`: kind, urgency, due day, reason).
A missing, damaged, foreign or older-format file is ignored (the window then waits for the
pass as before), and writing is best-effort: a read-only or full cache folder costs only
the head start.

An encrypted database gets no such file: its scores and suggestion texts (which name
accounts and people) would sit unencrypted beside it. The cache is the user's own
(``platformdirs.user_cache_dir``), never a file next to the database, so a database
shared by a team (PostgreSQL) is never written to at start-up for it.
"""

from __future__ import annotations

import base64
import datetime as dt
import functools
import gzip
import hashlib
import json
import logging
import os
import sys
import tempfile
from array import array
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

import platformdirs

from circlesoftrust.database_file import APP_NAME

if TYPE_CHECKING:  # (read at start-up beside the first look, before the engine loads)
    from circlesoftrust.engine.suggestion_types import Suggestion

log = logging.getLogger(__name__)

FORMAT = 4  # 4: next actions as NextAction, in columns (3: rows; 2: whole suggestions)
CHUNK = 2000  # next actions per line


class NextAction(NamedTuple):
    """What the window keeps of an account's next action (its most urgent suggestion):
    what to do (``kind``), how urgent, by when and why. The rest of the suggestion (its
    contact, the action in words, ids) is read with the account when it is opened: whole
    suggestions took ≈ 85 MB for 82,000 next actions at 100,000 accounts, measured."""

    kind: str
    priority: int
    due_on: dt.date
    reason: str

    @classmethod
    def of(cls, item: Suggestion) -> NextAction:
        return cls(sys.intern(item.kind), item.priority, item.due_on, item.reason)


def compact(actions: Mapping[int, Suggestion]) -> dict[int, NextAction]:
    """Each account's next action as the window keeps it."""
    return {account_id: NextAction.of(item) for account_id, item in actions.items()}


@dataclass(frozen=True)
class LastPass:
    """What one full pass found: the day it ran for, every account's score (0–100) and
    each account's next action (its most urgent suggestion, see :class:`NextAction`)."""

    day: dt.date
    scores: dict[int, float]
    next_actions: dict[int, NextAction]


def cache_file(location: str) -> Path:
    """Where the last pass of the database at ``location`` (a path or a URL without its
    password) is kept: the user's cache folder, named by a digest of the location."""
    digest = hashlib.sha256(location.encode("utf-8")).hexdigest()[:32]
    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)) / "passes" / digest


def save(
    location: str,
    day: dt.date,
    scores: Mapping[int, float],
    next_actions: Mapping[int, NextAction],
) -> bool:
    """Keep a pass for the next start (False if it could not be written; never raises
    for a cache folder that refuses). The file is replaced atomically.

    Lines of JSON, gzip'd: a header; the scores as two base64'd arrays (ids, values);
    then the next actions, :data:`CHUNK` to a line, so that reading holds little memory
    at a time and never holds the interpreter for long (100,000 accounts: the one JSON
    document of format 1 took 4.7 s and ≈ 100 MB to read)."""
    target = cache_file(location)
    ids = array("q", scores.keys())
    values = array("d", (round(v, 2) for v in scores.values()))
    header = {"format": FORMAT, "location": location, "day": day.isoformat(),
              "byteorder": sys.byteorder}  # fmt: skip
    numbers = {"ids": _b64(ids), "scores": _b64(values)}
    items = [(i, *action) for i, action in next_actions.items()]
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, temp = tempfile.mkstemp(dir=target.parent, prefix=".pass-")
        try:
            with (
                os.fdopen(handle, "wb") as raw,
                gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=1, mtime=0) as out,
            ):
                out.write(_line(header))
                out.write(_line(numbers))
                for start in range(0, len(items), CHUNK):
                    out.write(_line(_columns(items[start : start + CHUNK])))
            os.replace(temp, target)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise
    except OSError as exc:
        log.info("the last pass was not kept in %s: %s", target.parent, exc)
        return False
    return True


def load(location: str) -> LastPass | None:
    """The pass kept for ``location``, or None (none kept, or unreadable: ignored)."""
    source = cache_file(location)
    try:
        with gzip.open(source, "rt", encoding="utf-8") as text:
            header = json.loads(text.readline())
            if (
                not isinstance(header, dict)
                or header.get("format") != FORMAT
                or header.get("location") != location
                or header.get("byteorder") != sys.byteorder
            ):
                return None
            day = dt.date.fromisoformat(header["day"])
            numbers = json.loads(text.readline())
            ids, values = array("q"), array("d")
            ids.frombytes(base64.b64decode(numbers["ids"]))
            values.frombytes(base64.b64decode(numbers["scores"]))
            if len(ids) != len(values):
                raise ValueError("the kept scores do not match their accounts")
            scores = dict(zip(ids, values, strict=True))
            actions: dict[int, NextAction] = {}
            for line in text:
                account_ids, made = _next_actions(json.loads(line))
                actions.update(zip(account_ids, made, strict=True))
            for stray in actions.keys() - scores.keys():  # (only accounts scored then)
                del actions[stray]
        return LastPass(day, scores, actions)
    except FileNotFoundError:
        return None
    except (OSError, EOFError, ValueError, KeyError, TypeError, AttributeError) as exc:
        log.info("the kept pass %s is unreadable and ignored: %s", source, exc)
        return None


def forget(location: str) -> None:
    """Drop the pass kept for ``location`` (an encrypted database must not have one)."""
    cache_file(location).unlink(missing_ok=True)


_COLUMNS = ("ids", "kinds", "priorities", "due_days", "reasons")


def _columns(items: list[tuple[Any, ...]]) -> dict[str, Any]:
    """A chunk of (account id, *NextAction) as columns (read back without a Python call
    per action: 0.55 s → 0.2 s for 82,000 next actions, measured)."""
    ids, kinds, priorities, due_days, reasons = zip(*items, strict=True) if items else ((),) * 5
    days = [d.toordinal() for d in due_days]
    columns: tuple[Any, ...] = (ids, kinds, priorities, days, reasons)
    return dict(zip(_COLUMNS, columns, strict=True))


_new_action = functools.partial(tuple.__new__, NextAction)  # (a NextAction, made in C)


def _next_actions(part: object) -> tuple[list[int], Iterator[NextAction]]:
    """One chunk's account ids and next actions (a ValueError if it is not one)."""
    if not isinstance(part, dict):
        raise ValueError("a kept chunk of next actions has the wrong shape")
    ids, kinds, priorities, due_days, reasons = (part[name] for name in _COLUMNS)
    if not all(isinstance(column, list) for column in (ids, kinds, priorities, due_days, reasons)):
        raise ValueError("a kept chunk of next actions has the wrong shape")
    if not len(ids) == len(kinds) == len(priorities) == len(due_days) == len(reasons):
        raise ValueError("a kept chunk of next actions has columns of different lengths")
    if {type(x) for x in (*kinds, *reasons)} - {str} or {
        type(x) for x in (*ids, *priorities, *due_days)
    } - {int}:
        raise ValueError("a kept next action has a value of the wrong type")
    names = {kind: sys.intern(kind) for kind in set(kinds)}
    days = {day: dt.date.fromordinal(day) for day in set(due_days)}  # (one object a day)
    fields = zip(map(names.__getitem__, kinds), priorities, map(days.__getitem__, due_days),
                 reasons, strict=True)  # fmt: skip
    return ids, map(_new_action, fields)


def _b64(numbers: array[Any]) -> str:
    return base64.b64encode(numbers.tobytes()).decode("ascii")


def _line(value: object) -> bytes:
    return json.dumps(value, separators=(",", ":")).encode("utf-8") + b"\n"
