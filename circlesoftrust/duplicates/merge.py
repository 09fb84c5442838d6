"""Merging two contacts or two accounts into one, and splitting them again.

A merge moves every row that points at the merged one (found from the schema's foreign
keys, so a table added later is moved too) to the survivor: touchpoints, revenue,
feedback, complaints, referrals, shares, tasks, perk grants, ring history, tags,
contacts, suggestion decisions, log lines. A row that would become a double (a tag the
survivor has, a referral to the same account) or point at itself (a referral between
the two) is removed instead. Fields that differ are chosen per field (default: the
survivor's value, or the other's where the survivor's is empty); notes are joined; an
e-mail or phone not kept goes into the notes. Then the merged row is deleted.

Everything runs in one transaction with ORM and Core UPDATE/DELETE statements (so the
operation recorder sees it) and writes a ``merge_log`` row whose JSON keeps exactly
what :func:`unmerge` needs: the merged row, the ids of the moved rows per column, the
removed rows, and the survivor's fields before and after.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Any

from sqlalchemy import and_, delete, func, select, update
from sqlalchemy.orm import Session

from circlesoftrust import formats
from circlesoftrust.duplicates.merge_rows import (
    _decode,
    _pk,
    _references,
    _row_json,
    _table,
    _unique_sets,
)
from circlesoftrust.duplicates.unmerge import MergeLogEntry, UnmergeResult, merge_log, unmerge
from circlesoftrust.errors import ConflictError, ValidationError
from circlesoftrust.i18n import _, ngettext, pgettext
from circlesoftrust.models import (
    Account,
    Contact,
    MergeLog,
    RevenueEntry,
    Ring,
    RingChange,
)
from circlesoftrust.services.lookups import get_account_row, get_contact_row, log_action
from circlesoftrust.storage import Database
from circlesoftrust.vocabulary import RingChangeSource

__all__ = [
    "ACCOUNT_FIELDS",
    "CONTACT_FIELDS",
    "FieldChoice",
    "MergeLogEntry",
    "MergePreview",
    "MergeResult",
    "NeedsConfirmation",
    "UnmergeResult",
    "merge",
    "merge_log",
    "preview_merge",
    "unmerge",
]

KEEP, OTHER = "keep", "other"
# Fields the user chooses between (label for the dialog and the CLI). Notes are joined,
# the creation time is the earlier one.
CONTACT_FIELDS: dict[str, str] = {
    "name": "name",
    "account_id": "account",
    "role": "role",
    "title": "job title",
    "email": "e-mail",
    "phone": "phone",
    "stage_override": "relationship stage set by hand",
    "archived_at": "archived",
}
ACCOUNT_FIELDS: dict[str, str] = {
    "name": "name",
    "industry": "industry",
    "website": "website",
    "ring_id": "ring",
    "pinned": "pinned",
    "journey_phase": "journey phase",
    "needs_review": "needs review",
    "archived_at": "archived",
}


# The rows a merge moves, counted in words per table (a table added later reads by its name).
_ROW_WORDS: dict[str, Callable[[int], str]] = {
    "contacts": lambda n: ngettext("{n} contact", "{n} contacts", n),
    "touchpoints": lambda n: ngettext("{n} touchpoint", "{n} touchpoints", n),
    "revenue_entries": lambda n: ngettext("{n} revenue entry", "{n} revenue entries", n),
    "feedback": lambda n: ngettext("{n} feedback answer", "{n} feedback answers", n),
    "complaints": lambda n: ngettext("{n} complaint", "{n} complaints", n),
    "referrals": lambda n: ngettext("{n} referral", "{n} referrals", n),
    "insight_shares": lambda n: ngettext("{n} insight shared", "{n} insights shared", n),
    "tasks": lambda n: ngettext("{n} task", "{n} tasks", n),
    "perk_grants": lambda n: ngettext("{n} perk granted", "{n} perks granted", n),
    "ring_changes": lambda n: ngettext("{n} ring change", "{n} ring changes", n),
    "account_tags": lambda n: ngettext("{n} tag", "{n} tags", n),
    "suggestion_states": lambda n: ngettext(
        "{n} decision on a suggestion", "{n} decisions on suggestions", n
    ),
    "action_log": lambda n: ngettext("{n} log line", "{n} log lines", n),
}


def rows_in_words(counts: Iterable[tuple[str, int]]) -> str:
    """ "3 contacts, 12 touchpoints": the rows moved per table, in the user's language."""
    parts = []
    for table, n in counts:
        words = _ROW_WORDS.get(table)
        parts.append(words(n).format(n=n) if words else f"{n} {table.replace('_', ' ')}")
    return ", ".join(parts)


class NeedsConfirmation(ConflictError):
    """Both accounts have revenue: the merge waits for the user's confirmation."""

    def __init__(self, preview: MergePreview) -> None:
        super().__init__(
            _("both accounts have revenue; confirm the merge: {figures} (CLI: add --yes)").format(
                figures=preview.figures()
            )
        )
        self.preview = preview


@dataclass(frozen=True)
class FieldChoice:
    field: str
    label: str
    keep_value: str  # shown as text ("" = empty)
    other_value: str
    chosen: str  # keep | other
    conflict: bool  # both filled and different: the user's choice matters


@dataclass(frozen=True)
class MergePreview:
    kind: str  # contact | account
    keep_id: int
    other_id: int
    keep_name: str
    other_name: str
    fields: tuple[FieldChoice, ...]
    moves: tuple[tuple[str, int], ...]  # table -> rows that move to the survivor
    keep_revenue_cents: int
    other_revenue_cents: int
    ring_name: str | None  # accounts: the ring the merged account sits in
    target_ring_name: str | None  # accounts: where the engine would place it then
    score: int | None  # accounts: its trust score after the merge
    revenue_12m_cents: int = 0  # accounts: both together in the last 12 months

    @property
    def needs_confirmation(self) -> bool:
        return self.kind == "account" and self.keep_revenue_cents > 0 < self.other_revenue_cents

    def figures(self) -> str:
        if self.kind != "account":
            return f"{self.other_name} into {self.keep_name}"
        total = self.keep_revenue_cents + self.other_revenue_cents
        text = _(
            "revenue {keep_revenue_cents} + {other_revenue_cents} = {total}; ring {ring_name}"
        ).format(
            keep_revenue_cents=formats.money(self.keep_revenue_cents),
            other_revenue_cents=formats.money(self.other_revenue_cents),
            total=formats.money(total),
            ring_name=self.ring_name,
        )
        if self.target_ring_name is not None:
            text += _("; trust score then {score}, placement target {target_ring_name}").format(
                score=self.score, target_ring_name=self.target_ring_name
            )
        return text


@dataclass(frozen=True)
class MergeResult:
    log_id: int
    kind: str
    survivor_id: int
    merged_id: int
    summary: str
    moves: tuple[tuple[str, int], ...]
    removed: tuple[tuple[str, int], ...]  # doubles removed, per table


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ", timespec="minutes")
    return str(value)


def _empty(value: Any) -> bool:
    return value is None or value == "" or value is False


def _load(session: Session, kind: str, ref: int | str) -> Account | Contact:
    if kind == "account":
        return get_account_row(session, ref)
    if kind == "contact":
        return get_contact_row(session, ref)
    raise ValidationError("kind", _("{kind!r} is not contact or account").format(kind=kind))


def _fields(kind: str) -> dict[str, str]:
    return ACCOUNT_FIELDS if kind == "account" else CONTACT_FIELDS


def _choices(
    session: Session, kind: str, keep: Any, other: Any, choose: Mapping[str, str]
) -> list[FieldChoice]:
    fields = _fields(kind)
    unknown = sorted(set(choose) - set(fields))
    if unknown:
        raise ValidationError(
            "field",
            _("{items} cannot be chosen (fields: {items2})").format(
                items=", ".join(unknown), items2=", ".join(fields)
            ),
        )
    out = []
    for name, label in fields.items():
        a, b = getattr(keep, name), getattr(other, name)
        picked = choose.get(name)
        if picked not in (None, KEEP, OTHER):
            raise ValidationError(name, _("{picked!r} is not keep or other").format(picked=picked))
        if picked is None:
            picked = OTHER if _empty(a) and not _empty(b) else KEEP
        shown_a, shown_b = _shown(session, name, a), _shown(session, name, b)
        conflict = not _empty(a) and not _empty(b) and a != b
        out.append(FieldChoice(name, pgettext("field", label), shown_a, shown_b, picked, conflict))
    return out


def _shown(session: Session, field: str, value: Any) -> str:
    if value is None:
        return ""
    if field == "account_id":
        account = session.get(Account, value)
        return account.name if account is not None else str(value)
    if field == "ring_id":
        ring = session.get(Ring, value)
        return ring.name if ring is not None else str(value)
    return _text(value)


def _revenue(session: Session, account_id: int, *, since: dt.date | None = None) -> int:
    """All revenue of the account; with ``since`` (a day): of the 12 months up to it."""
    query = select(func.coalesce(func.sum(RevenueEntry.amount_cents), 0)).where(
        RevenueEntry.account_id == account_id
    )
    if since is not None:
        query = query.where(
            RevenueEntry.occurred_on > since - dt.timedelta(days=365),
            RevenueEntry.occurred_on <= since,
        )
    return int(session.scalar(query) or 0)


def _moves(session: Session, kind: str, other_id: int) -> list[tuple[str, int]]:
    target = "accounts" if kind == "account" else "contacts"
    counts: dict[str, int] = {}
    for table, column in _references(target):
        n = session.scalar(select(func.count()).select_from(table).where(column == other_id)) or 0
        if n:
            counts[table.name] = counts.get(table.name, 0) + int(n)
    return sorted(counts.items())


# -------------------------------------------------------------------------------- merge


def _move_references(
    session: Session, target: str, keep_id: int, other_id: int
) -> tuple[list[list[Any]], list[list[Any]]]:
    """Point every row at ``other_id`` to ``keep_id``; doubles and self-references are
    removed. Returns (moved: [table, column, ids], removed: [table, row json])."""
    moved: list[list[Any]] = []
    removed: list[list[Any]] = []
    for table, column in _references(target):
        pk = _pk(table)
        rows = session.execute(select(table).where(column == other_id)).mappings().all()
        if not rows:
            continue
        same_target = [
            fk.parent
            for fk in table.foreign_keys
            if fk.column.table.name == target and fk.parent is not column
        ]
        unique_sets = _unique_sets(table, column)
        move_ids: list[int] = []
        for row in rows:
            doomed = any(row[c.name] == keep_id for c in same_target)
            for cols in unique_sets:
                if doomed:
                    break
                if any(row[c.name] is None for c in cols if c is not column):
                    continue  # NULLs never clash in a unique key (nor in a partial index)
                match = [c == (keep_id if c is column else row[c.name]) for c in cols]
                doomed = session.scalar(select(pk).where(and_(*match)).limit(1)) is not None
            if doomed:
                removed.append([table.name, _row_json(row)])
                session.execute(delete(table).where(pk == row[pk.name]))
            else:
                move_ids.append(row[pk.name])
        for start in range(0, len(move_ids), 500):
            chunk = move_ids[start : start + 500]
            session.execute(update(table).where(pk.in_(chunk)).values({column.name: keep_id}))
        if move_ids:
            moved.append([table.name, column.name, move_ids])
    return moved, removed


def _joined_notes(keep_notes: str, other_notes: str, extras: Sequence[str]) -> str:
    parts = [keep_notes.strip()] if keep_notes.strip() else []
    if other_notes.strip() and other_notes.strip() not in keep_notes:
        parts.append(other_notes.strip())
    parts += [e for e in extras if e not in keep_notes]
    return "\n".join(parts)


def _do_merge(
    session: Session, kind: str, keep: Any, other: Any, choose: Mapping[str, str]
) -> tuple[MergeLog, MergeResult]:
    model: type[Any] = Account if kind == "account" else Contact
    table = _table(model)
    target = table.name
    if keep.id == other.id:
        raise ValidationError(
            "merge", _("{name} cannot be merged with itself").format(name=keep.name)
        )
    choices = _choices(session, kind, keep, other, choose)
    keep_id, other_id = keep.id, other.id
    keep_name, other_name = keep.name, other.name
    before = _row_json(session.execute(select(table).where(table.c.id == keep_id)).mappings().one())
    merged_row = _row_json(
        session.execute(select(table).where(table.c.id == other_id)).mappings().one()
    )
    values = {c.field: getattr(other if c.chosen == OTHER else keep, c.field) for c in choices}
    extras = []
    if kind == "contact":
        for field, label in (("email", "e-mail"), ("phone", "phone")):
            for side in (keep, other):
                value = getattr(side, field)
                if value and value != values[field]:
                    extras.append(_("Other {label}: {value}").format(label=label, value=value))
    values["notes"] = _joined_notes(keep.notes or "", other.notes or "", extras)
    values["created_at"] = min(keep.created_at, other.created_at)
    old_ring = keep.ring_id if kind == "account" else None

    moved, removed = _move_references(session, target, keep_id, other_id)
    session.expire_all()  # the ORM's view of the moved rows is stale
    session.execute(delete(table).where(table.c.id == other_id))
    changed = {name: value for name, value in values.items() if value != before_value(before, name)}
    if changed:
        session.execute(update(table).where(table.c.id == keep_id).values(changed))
    created: list[list[Any]] = []
    if kind == "account" and "ring_id" in changed:
        change = RingChange(
            account_id=keep_id,
            from_ring_id=old_ring,
            to_ring_id=changed["ring_id"],
            changed_on=dt.date.today(),
            reason=_("merged with {other_name}: its ring kept").format(other_name=other_name),
            source=RingChangeSource.MANUAL,
        )
        session.add(change)
        session.flush()
        created.append(["ring_changes", change.id])
    after = _row_json(session.execute(select(table).where(table.c.id == keep_id)).mappings().one())
    removed_counts: dict[str, int] = {}
    for name, _row in removed:
        removed_counts[name] = removed_counts.get(name, 0) + 1
    move_counts: dict[str, int] = {}
    for name, _col, ids in moved:
        move_counts[name] = move_counts.get(name, 0) + len(ids)
    moved_words = rows_in_words(sorted(move_counts.items()))
    summary = (
        _("merged contact {other_name} (#{other_id}) into {keep_name} (#{keep_id})")
        if kind == "contact"
        else _("merged account {other_name} (#{other_id}) into {keep_name} (#{keep_id})")
    ).format(other_name=other_name, other_id=other_id, keep_name=keep_name, keep_id=keep_id)
    if moved_words:
        summary = _("{merged}: moved {rows}").format(merged=summary, rows=moved_words)
    undo = {
        "version": 1,
        "table": target,
        "before": before,
        "after": after,
        "merged": merged_row,
        "moved": moved,
        "removed": removed,
        "created": created,
    }
    log = MergeLog(
        kind=kind,
        survivor_id=keep_id,
        merged_id=other_id,
        summary=summary,
        undo=json.dumps(undo, sort_keys=True),
    )
    session.add(log)
    account_id = keep_id if kind == "account" else after.get("account_id")
    log_action(session, "merge", summary, account_id)
    session.flush()
    result = MergeResult(
        log.id, kind, keep_id, other_id, summary,
        tuple(sorted(move_counts.items())), tuple(sorted(removed_counts.items())),
    )  # fmt: skip
    return log, result


def before_value(row: Mapping[str, Any], name: str) -> Any:
    return _decode(row.get(name))


def _preview(
    session: Session, kind: str, keep: Any, other: Any, choose: Mapping[str, str], day: dt.date
) -> MergePreview:
    fields = tuple(_choices(session, kind, keep, other, choose))
    moves = tuple(_moves(session, kind, other.id))
    keep_rev = other_rev = recent = 0
    ring_name = target_name = None
    score = None
    if kind == "account":
        keep_rev, other_rev = _revenue(session, keep.id), _revenue(session, other.id)
        recent = _revenue(session, keep.id, since=day) + _revenue(session, other.id, since=day)
        ring_id = (
            other.ring_id
            if dict((c.field, c.chosen) for c in fields)["ring_id"] == OTHER
            else keep.ring_id
        )
        ring = session.get(Ring, ring_id)
        ring_name = ring.name if ring is not None else None
        # What the engine would make of the merged account: merge in a savepoint, score,
        # roll the savepoint back.
        from circlesoftrust.engine.facts import load_facts
        from circlesoftrust.engine.scoring import score_rows
        from circlesoftrust.engine_settings import load_settings

        nested = session.begin_nested()
        try:
            _do_merge(session, kind, keep, other, choose)
            session.flush()
            settings = load_settings(session)
            facts = load_facts(session, day, settings.previous_year_percent, ids=[keep.id])
            rows = score_rows(facts, settings)
            if keep.id in rows:
                row = rows[keep.id]
                score = formats.whole_score(row[0])
                target_name = facts.rings[row[3]].name
        finally:
            nested.rollback()
            session.expire_all()
    return MergePreview(
        kind, keep.id, other.id, keep.name, other.name, fields, moves,
        keep_rev, other_rev, ring_name, target_name, score, recent,
    )  # fmt: skip


def preview_merge(
    db: Database,
    kind: str,
    keep: int | str,
    other: int | str,
    choose: Mapping[str, str] | None = None,
) -> MergePreview:
    """What merging ``other`` into ``keep`` would do (fields, rows moved, for accounts the
    combined revenue and the resulting ring). Writes nothing."""
    with db.sessions() as session:
        try:
            a, b = _load(session, kind, keep), _load(session, kind, other)
            if a.id == b.id:
                raise ValidationError(
                    "merge", _("{name} cannot be merged with itself").format(name=a.name)
                )
            return _preview(session, kind, a, b, choose or {}, dt.date.today())
        finally:
            session.rollback()


def merge(
    db: Database,
    kind: str,
    keep: int | str,
    other: int | str,
    choose: Mapping[str, str] | None = None,
    *,
    confirmed: bool = False,
) -> MergeResult:
    """Merge ``other`` into ``keep`` (contacts or accounts: ``kind``) in one transaction.

    ``choose`` maps a field (:data:`CONTACT_FIELDS` / :data:`ACCOUNT_FIELDS`) to "keep" or
    "other". Two accounts that both have revenue need ``confirmed=True``; without it
    :class:`NeedsConfirmation` carries the preview (combined figures, resulting ring).
    """
    picks = dict(choose or {})
    if kind == "account" and not confirmed:
        preview = preview_merge(db, kind, keep, other, picks)
        if preview.needs_confirmation:
            raise NeedsConfirmation(preview)
    with db.transaction() as session:
        a, b = _load(session, kind, keep), _load(session, kind, other)
        _log, result = _do_merge(session, kind, a, b, picks)
    return result
