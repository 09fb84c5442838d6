"""Settings saved by someone else while the dialog was open: re-apply only the user's own
changes onto the settings as they are now (a three-way merge).

The three states are what the dialog started from (``base``), what the user made of it
(``mine``) and what the database holds now (``theirs``). Every setting — each field of a
ring, a perk or a checklist step, each threshold, each engine setting, the currency — is
merged on its own:

- changed only by the user → the user's value;
- changed only by the other person → theirs;
- changed by both to the same value → that value;
- changed by both differently → the user's value is kept and the clash is *reported*, with
  both values, so the user sees it before saving (nothing is lost without being shown).

Lists (rings, perks, a ring's checklist steps) are merged entry by entry (by id): entries
the other person added stay, entries the user added are added, an entry the user removed
stays removed, and the user's changes to an entry the other person removed are reported
as not applied. Their order is the other person's unless only the user reordered.
"""

from __future__ import annotations

import copy
import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol, TypeVar

from PySide6.QtCore import QCoreApplication

import circlesoftrust.engine_settings as engine_settings
from ui.common.language import QT_TRANSLATE_NOOP
from ui.settings.settings_common import SettingsSnapshot
from ui.settings.settings_lists import PerkDraft, StepDraft, perk_drafts, step_drafts
from ui.settings.settings_rings import RingDraft


def _tr(text: str) -> str:
    return QCoreApplication.translate("SettingsMerge", text)


@dataclass
class SettingsState:
    """Everything the Settings dialog edits, as plain values."""

    rings: list[RingDraft]  # innermost first
    thresholds: dict[int, int]  # saved ring id → lowest score
    perks: list[PerkDraft]
    checklists: dict[int, list[StepDraft]]  # saved ring id → its steps, in order
    engine: dict[str, float]
    currency: str


def state_of(snapshot: SettingsSnapshot) -> SettingsState:
    """The settings as a snapshot read from the database shows them."""
    return SettingsState(
        rings=[RingDraft.from_summary(s) for s in snapshot.ring_summaries],
        thresholds={r.id: r.min_score for r in snapshot.rings},
        perks=perk_drafts(snapshot),
        checklists=step_drafts(snapshot),
        engine={s.name: s.value for s in engine_settings.specs(snapshot.engine)},
        currency=snapshot.currency,
    )


@dataclass(frozen=True)
class Clash:
    """Both people changed one setting differently; ``mine`` is kept."""

    what: str  # "Ring Leads: follow up every"
    mine: str
    theirs: str


@dataclass
class Merged:
    state: SettingsState
    applied: list[str] = field(default_factory=list)  # the user's changes, re-applied
    clashes: list[Clash] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)  # the user's changes that had no place


class _Entry(Protocol):
    id: int | None


E = TypeVar("E", bound=_Entry)

RING_FIELDS = (
    "name", "stage", "colour", "cadence_days", "insight_delay_days", "detail_level",
    "discussion_open", "customers_only", "description",
)  # fmt: skip
PERK_FIELDS = ("name", "kind", "ring_id", "cost", "description", "active")
STEP_FIELDS = ("title", "due_after_days")

CAPTIONS = {
    "name": QT_TRANSLATE_NOOP("SettingsMerge", "name"),
    "stage": QT_TRANSLATE_NOOP("SettingsMerge", "relationship stage"),
    "colour": QT_TRANSLATE_NOOP("SettingsMerge", "colour"),
    "cadence_days": QT_TRANSLATE_NOOP("SettingsMerge", "follow up every"),
    "insight_delay_days": QT_TRANSLATE_NOOP("SettingsMerge", "insights arrive"),
    "detail_level": QT_TRANSLATE_NOOP("SettingsMerge", "insight detail"),
    "discussion_open": QT_TRANSLATE_NOOP("SettingsMerge", "invited to discuss"),
    "customers_only": QT_TRANSLATE_NOOP("SettingsMerge", "only customers"),
    "description": QT_TRANSLATE_NOOP("SettingsMerge", "description"),
    "kind": QT_TRANSLATE_NOOP("SettingsMerge", "kind"),
    "ring_id": QT_TRANSLATE_NOOP("SettingsMerge", "offered from"),
    "cost": QT_TRANSLATE_NOOP("SettingsMerge", "cost"),
    "active": QT_TRANSLATE_NOOP("SettingsMerge", "offered"),
    "title": QT_TRANSLATE_NOOP("SettingsMerge", "text"),
    "due_after_days": QT_TRANSLATE_NOOP("SettingsMerge", "due"),
}


def shown(value: object) -> str:
    """A setting's value in a sentence."""
    if value is None:
        return "–"
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("SettingsMerge", "yes")
            if value
            else QCoreApplication.translate("SettingsMerge", "no")
        )
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


Render = Callable[[str, Any], str]  # (field, value) → the value in words


class _Merger:
    def __init__(self) -> None:
        self.out = Merged(SettingsState([], {}, [], {}, {}, ""))

    def pick(
        self, what: str, base: Any, mine: Any, theirs: Any, render: Callable[[Any], str] = shown
    ) -> Any:
        if mine == base:
            return theirs
        self.out.applied.append(what)
        if theirs != base and theirs != mine:
            self.out.clashes.append(Clash(what, render(mine), render(theirs)))
        return mine

    def entries(
        self,
        lists: tuple[Sequence[E], Sequence[E], Sequence[E]],
        fields: Sequence[str],
        label: Callable[[E], str],
        order_label: str,
        render: Render | None = None,
    ) -> list[E]:
        """Merge one list of entries, (base, mine, theirs) (see the module's docstring)."""
        base, mine, theirs = lists
        b = {x.id: x for x in base if x.id is not None}
        m = {x.id: x for x in mine if x.id is not None}
        t = {x.id: x for x in theirs if x.id is not None}

        def differs(one: E, other: E) -> bool:
            return any(getattr(one, f) != getattr(other, f) for f in fields)

        kept_mine = [i for i in m if i in b]
        i_reordered = kept_mine != [i for i in b if i in m]
        they_reordered = [i for i in t if i in b] != [i for i in b if i in t]
        order = [i for i in t if i not in b or i in m]  # (not the ones the user removed)
        if i_reordered and not they_reordered:
            order = [i for i in m if i in t]
            for k, i in enumerate(t):  # theirs' new entries after their predecessor
                if i not in b:
                    before = next((p for p in reversed(list(t)[:k]) if p in order), None)
                    order.insert(order.index(before) + 1 if before is not None else 0, i)
            self.out.applied.append(order_label)
        elif i_reordered:
            self.out.applied.append(order_label)
            if [i for i in order if i in m] != [i for i in m if i in t]:
                self.out.clashes.append(
                    Clash(
                        order_label,
                        QCoreApplication.translate("SettingsMerge", "your order"),
                        QCoreApplication.translate("SettingsMerge", "their order (kept)"),
                    )
                )
        for i, was in b.items():
            if i not in m:  # the user removed it
                self.out.applied.append(
                    label(was) + " " + QCoreApplication.translate("SettingsMerge", "(removed)")
                )
                if i in t and differs(t[i], was):
                    self.out.clashes.append(
                        Clash(
                            label(was),
                            QCoreApplication.translate("SettingsMerge", "removed"),
                            QCoreApplication.translate("SettingsMerge", "changed meanwhile"),
                        )
                    )
            elif i not in t and differs(m[i], was):
                self.out.dropped.append(label(m[i]))  # the other person removed it
        out: list[E] = []
        for i in order:
            their = t[i]
            if i not in b:
                out.append(copy.copy(their))  # (theirs: new)
                continue
            merged = copy.copy(their)  # (counts and the like: as now)
            for f in fields:
                what = f"{label(m[i])}: {_tr(CAPTIONS.get(f, f))}"
                value = self.pick(
                    what,
                    getattr(b[i], f),
                    getattr(m[i], f),
                    getattr(their, f),
                    functools.partial(render, f) if render else shown,
                )
                setattr(merged, f, value)
            out.append(merged)
        for k, own in enumerate(mine):
            if own.id is None:  # the user's new entry
                self.out.applied.append(
                    label(own) + " " + QCoreApplication.translate("SettingsMerge", "(new)")
                )
                out.insert(min(k, len(out)), copy.copy(own))
        return out


def merge(base: SettingsState, mine: SettingsState, theirs: SettingsState) -> Merged:
    """Re-apply the user's changes (``base`` → ``mine``) onto ``theirs``."""
    job = _Merger()
    state = job.out.state

    def ring(d: RingDraft) -> str:
        return QCoreApplication.translate("SettingsMerge", "Ring {name}").format(name=d.name)

    state.rings = job.entries(
        (base.rings, mine.rings, theirs.rings),
        RING_FIELDS,
        ring,
        QCoreApplication.translate("SettingsMerge", "Order of the rings"),
    )
    names = {d.id: d.name for d in (*theirs.rings, *state.rings) if d.id is not None}
    kept = {d.id for d in state.rings if d.id is not None}
    for ring_id, score in theirs.thresholds.items():
        if ring_id not in kept:
            continue
        what = QCoreApplication.translate("SettingsMerge", "Threshold of {name}").format(
            name=names.get(ring_id, ring_id)
        )
        start = base.thresholds.get(ring_id, score)
        state.thresholds[ring_id] = job.pick(
            what, start, mine.thresholds.get(ring_id, start), score
        )

    def perk(d: PerkDraft) -> str:
        return QCoreApplication.translate("SettingsMerge", "Perk {name}").format(name=d.name)

    def perk_value(name: str, value: Any) -> str:
        return str(names.get(value, value)) if name == "ring_id" else shown(value)

    state.perks = job.entries(
        (base.perks, mine.perks, theirs.perks),
        PERK_FIELDS,
        perk,
        QCoreApplication.translate("SettingsMerge", "Order of the perks"),
        perk_value,
    )
    for ring_id, steps in theirs.checklists.items():
        if ring_id not in kept:
            continue  # (a ring the user removed)

        def step(d: StepDraft, ring: str = names[ring_id]) -> str:
            return QCoreApplication.translate(
                "SettingsMerge", "Checklist of {ring}, step “{title}”"
            ).format(ring=ring, title=d.title)

        state.checklists[ring_id] = job.entries(
            (base.checklists.get(ring_id, []), mine.checklists.get(ring_id, []), steps),
            STEP_FIELDS,
            step,
            QCoreApplication.translate("SettingsMerge", "Order of the checklist of {ring}").format(
                ring=names[ring_id]
            ),
        )
    labels = {spec.name: spec.label for spec in engine_settings.specs()}
    for name, value in theirs.engine.items():
        was = base.engine.get(name, value)
        state.engine[name] = job.pick(
            labels.get(name, name), was, mine.engine.get(name, was), value
        )
    state.currency = job.pick(
        QCoreApplication.translate("SettingsMerge", "Currency"),
        base.currency,
        mine.currency,
        theirs.currency,
    )
    return job.out


def my_changes(base: SettingsState, mine: SettingsState) -> list[str]:
    """What the user changed, setting by setting (for the conflict dialog)."""
    return merge(base, mine, base).applied
