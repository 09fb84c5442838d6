"""Today's engine pass (every score, each account's next action, the inbox) in a child
process, so that the program asking for it keeps its own interpreter.

The desktop app needs the pass after opening a database and after changes. Run in one of
its threads, the pass held the interpreter (the GIL) for seconds at 100,000 accounts, and
the window stopped answering meanwhile; its fact table (≈ 180 MB at 100,000 accounts) was
kept for explaining scores. Run here, in a child process of its own
(``python -m circlesoftrust.pass_process``), the window keeps only the numbers: each
account's score and ring target (arrays), its next action and the revenue ranking, and —
when asked — the inbox. A score's explanation is read when it is shown
(:func:`circlesoftrust.engine.scoring.score_account`).

The request (database URL with its password if any, user, day, language, currency) goes
to the child through its standard input, never on its command line; the answer comes back
on its standard output as a short series of pickles (the numbers as raw arrays first, then
the suggestions in chunks, so that the reader never holds its interpreter for long).
The child opens the database with the ordinary storage layer (its own connection and
locks; SQLite's rules for several processes apply). An encrypted file is passed in the
parent process instead (:func:`can_run_in_child`): its key would have to leave the
process. So is everything when the program is a frozen bundle (no interpreter to start).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import pickle
import subprocess
import sys
import tempfile
import threading
from array import array
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from circlesoftrust import formats, i18n
from circlesoftrust.engine.facts import RevenueRanking
from circlesoftrust.engine.scoring import AccountScore
from circlesoftrust.engine.suggestion_types import Suggestion, next_actions
from circlesoftrust.i18n import _
from circlesoftrust.last_pass import NextAction, compact
from circlesoftrust.storage import Database

CHUNK = 2000  # suggestions per pickle: a few milliseconds of the reader's interpreter
_END = "end"


class PassCancelled(Exception):
    """The pass was stopped before it finished (the child was ended)."""


class PassFailed(RuntimeError):
    """The child process stopped without an answer (it crashed or could not start)."""


@dataclass(frozen=True)
class PassRequest:
    """What the child needs to run the pass as the parent would."""

    url: str  # with its password (goes through a pipe, never argv or disk)
    user: str | None
    day: dt.date
    inbox: bool
    language: str
    currency: str | None
    keep_as: str | None  # keep the pass for the next start under this location


@dataclass(frozen=True)
class PassNumbers:
    """What one pass found, compactly: scores and ring targets as arrays in the order of
    ``ids``; each account's next action (kind, urgency, due day and reason only: see
    :class:`circlesoftrust.last_pass.NextAction`); the revenue ranking of the day; the
    whole inbox (most urgent first) when asked for."""

    day: dt.date
    ids: array[int]
    scores: array[float]
    targets: array[int]
    next_actions: dict[int, NextAction]
    ranking: RevenueRanking
    inbox: list[Suggestion] | None

    def score_map(self) -> dict[int, float]:
        return dict(zip(self.ids, self.scores, strict=True))


def compute(
    db: Database, day: dt.date, *, inbox: bool = False, keep_as: str | None = None
) -> PassNumbers:
    """Run the pass in this process (the child's work; also the in-process fallback)."""
    from circlesoftrust import last_pass
    from circlesoftrust.engine.analysis import analyse

    result = analyse(db, day)
    shown = compact(next_actions(result.suggestions))
    ids = array("q", result.scores)
    rows = [result.scores[i] for i in ids]
    numbers = PassNumbers(
        day=result.day,
        ids=ids,
        scores=array("d", (row[0] for row in rows)),
        targets=array("b", (row[3] for row in rows)),
        next_actions=shown,
        ranking=result.facts.ranking,
        inbox=result.suggestions if inbox else None,
    )
    if keep_as is not None:
        if db.encrypted:  # its texts must not sit unencrypted in the cache
            last_pass.forget(keep_as)
        else:
            last_pass.save(keep_as, numbers.day, numbers.score_map(), shown)
    return numbers


@dataclass(frozen=True)
class AccountRescore:
    """One account read again after a change: its explained score (None: archived or
    gone) and its own visible suggestions, most urgent first."""

    score: AccountScore | None
    suggestions: list[Suggestion]


def rescore_accounts(
    db: Database, ids: Collection[int], day: dt.date, ranking: RevenueRanking | None
) -> dict[int, AccountRescore]:
    """Score these accounts and find their suggestions again, in one read transaction,
    as :func:`circlesoftrust.overview.account_overview` does for one account: each
    account's own facts read fresh, ranked against ``ranking`` (the last whole pass's of
    ``day``; None: read every account's revenue, a few hundred ms at 100,000 accounts).
    What a view needs after one logged touch, instead of a whole pass."""
    from circlesoftrust.engine.facts import load_facts
    from circlesoftrust.engine.scoring import account_score, score_rows
    from circlesoftrust.engine.suggestions import account_suggestions
    from circlesoftrust.engine_settings import load_settings

    out: dict[int, AccountRescore] = {}
    with db.transaction() as session:
        settings = load_settings(session)
        for account_id in ids:
            facts = load_facts(
                session, day, settings.previous_year_percent, ids=[account_id], ranking=ranking
            )
            scored = score_rows(facts, settings)
            if account_id not in scored:
                out[account_id] = AccountRescore(None, [])
                continue
            score = account_score(facts, settings, account_id, scored[account_id])
            found = account_suggestions(
                session, day, settings, account_id, facts=facts, scores=scored
            )
            out[account_id] = AccountRescore(score, found)
    return out


def can_run_in_child(db: Database) -> bool:
    """Whether :func:`run_in_child` can pass ``db`` (not for an encrypted file, whose key
    stays in this process, an in-memory one, nor from a frozen bundle)."""
    in_memory = db.is_sqlite and db.path is None
    return not db.encrypted and not in_memory and not getattr(sys, "frozen", False)


def run_in_child(
    db: Database,
    day: dt.date,
    *,
    inbox: bool = False,
    keep_as: str | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> PassNumbers:
    """Run the pass in a child process and read its answer (blocking; call it from a
    worker thread). ``cancelled`` is polled while the child works: when it turns true the
    child is ended and :class:`PassCancelled` raised. Errors the pass raised (a locked or
    damaged file, ...) are raised here again."""
    if not can_run_in_child(db):
        raise ValueError("this database is passed in this process (see can_run_in_child)")
    request = PassRequest(
        url=db.url.render_as_string(hide_password=False),
        user=db.user,
        day=day,
        inbox=inbox,
        language=i18n.language(),
        currency=formats.currency(),
        keep_as=keep_as,
    )
    package_root = str(Path(__file__).resolve().parents[1])
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (package_root, env.get("PYTHONPATH")) if p)
    with tempfile.TemporaryFile() as errors:
        child = subprocess.Popen(
            [sys.executable, "-m", "circlesoftrust.pass_process"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=errors,
            env=env,
        )
        stopped = threading.Event()
        watcher = threading.Thread(
            target=_watch, args=(child, cancelled, stopped), name="pass-watch", daemon=True
        )
        watcher.start()
        try:
            assert child.stdin is not None and child.stdout is not None
            try:
                pickle.dump(request, child.stdin, protocol=pickle.HIGHEST_PROTOCOL)
                child.stdin.close()
            except BrokenPipeError:
                pass  # it stopped at once: its exit status says why below
            answer = _read(child.stdout)
        finally:
            stopped.set()
            if child.poll() is None:
                child.kill()
            child.wait()
            watcher.join()
            if child.stdout is not None:
                child.stdout.close()  # (stdin is closed above, or broken)
            if child.stdin is not None and not child.stdin.closed:
                with contextlib.suppress(BrokenPipeError):
                    child.stdin.close()
        if answer is None:
            if cancelled is not None and cancelled():
                raise PassCancelled()
            errors.seek(0)
            tail = errors.read()[-2000:].decode("utf-8", "replace").strip()
            last = tail.splitlines()[-1] if tail else ""
            raise PassFailed(
                _("the engine pass stopped (exit status {returncode}){value}{last}").format(
                    returncode=child.returncode, value=": " if last else "", last=last
                )
            )
        return answer


def _watch(
    child: subprocess.Popen[bytes], cancelled: Callable[[], bool] | None, stopped: threading.Event
) -> None:
    """End the child when the pass is cancelled (polled five times a second)."""
    while not stopped.wait(0.2):
        if cancelled is not None and cancelled():
            child.kill()
            return


def _read(stream: IO[bytes]) -> PassNumbers | None:
    """The child's answer (None: it stopped before the end). Raises the pass's error."""
    try:
        head = pickle.load(stream)
        if head[0] == "error":
            raise head[1]
        _, day, ids, scores, targets, ranking, has_inbox = head
        actions: dict[int, NextAction] = {}
        shown: list[Suggestion] | None = [] if has_inbox else None
        while True:
            part = pickle.load(stream)
            if part[0] == "next":
                actions.update((item[0], NextAction._make(item[1:])) for item in part[1])
            elif part[0] == "inbox":
                assert shown is not None
                shown.extend(part[1])
            elif part[0] == "error":
                raise part[1]
            else:
                break
    except (EOFError, pickle.UnpicklingError):
        return None
    return PassNumbers(
        day, _array("q", ids), _array("d", scores), _array("b", targets), actions, ranking, shown
    )


def _array(code: str, raw: bytes) -> array[Any]:
    out = array(code)
    out.frombytes(raw)
    return out


def _chunks(items: list[Any]) -> Iterator[list[Any]]:
    for start in range(0, len(items), CHUNK):
        yield items[start : start + CHUNK]


def _serve(source: IO[bytes], sink: IO[bytes]) -> int:
    """The child: read the request, run the pass, write the answer."""
    from circlesoftrust.storage import open_database

    def send(part: object) -> None:
        pickle.dump(part, sink, protocol=pickle.HIGHEST_PROTOCOL)

    request: PassRequest = pickle.load(source)
    try:
        i18n.set_language(request.language)
        formats.set_currency(request.currency)
        db = open_database(request.url, user=request.user)
        try:
            numbers = compute(db, request.day, inbox=request.inbox, keep_as=request.keep_as)
        finally:
            db.close()
    except Exception as exc:
        send(("error", _picklable(exc)))
        sink.flush()
        return 1
    send(("head", numbers.day, numbers.ids.tobytes(), numbers.scores.tobytes(),
          numbers.targets.tobytes(), numbers.ranking, numbers.inbox is not None))  # fmt: skip
    for part in _chunks([(i, *action) for i, action in numbers.next_actions.items()]):
        send(("next", part))
    for part in _chunks(numbers.inbox or []):
        send(("inbox", part))
    send((_END,))
    sink.flush()
    return 0


def _picklable(exc: Exception) -> Exception:
    """``exc`` itself if it survives a pickle round trip, else a RuntimeError with its text."""
    try:
        pickle.loads(pickle.dumps(exc))
    except Exception:
        return RuntimeError(f"{type(exc).__name__}: {exc}")
    return exc


if __name__ == "__main__":
    sys.exit(_serve(sys.stdin.buffer, sys.stdout.buffer))
