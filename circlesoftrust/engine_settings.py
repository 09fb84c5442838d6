"""Every tunable of the trust engine, declared once: name, type, default, range, meaning.

The declaration is :class:`EngineSettings` itself: each field carries its default and, in
its metadata, a label, a help text and the allowed range. Values the user changed live in
the ``settings`` table as JSON under ``engine.<field name>``; a value equal to its default
is not stored, so changing a default in code reaches every database that never touched it.
Ring-specific numbers (thresholds, cadences, insight delays, detail levels) live on the
rings themselves and are edited through :mod:`circlesoftrust.services.rings`.
"""

from __future__ import annotations

import dataclasses
import json
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from circlesoftrust.errors import ValidationError
from circlesoftrust.i18n import N_, _
from circlesoftrust.models import ActionLog, Setting
from circlesoftrust.storage import Database

KEY_PREFIX = "engine."
COMPONENTS = ("revenue", "loyalty", "engagement", "advocacy", "friction")


def _spec(default: Any, low: float, high: float, label: str, help: str) -> Any:
    return field(default=default, metadata={"low": low, "high": high, "label": label, "help": help})


@dataclass(frozen=True)
class EngineSettings:
    """The current value of every tunable (defaults when the user changed nothing)."""

    # --- trust score weights (relative; friction is subtracted) -----------------------------
    weight_revenue: float = _spec(
        0.30, 0, 1, N_("Weight: revenue"), N_("Share of trailing-12-month revenue and Pareto rank.")
    )
    weight_loyalty: float = _spec(
        0.25,
        0,
        1,
        N_("Weight: loyalty"),
        N_("Tenure, repeat purchases, renewals, up- and cross-sells."),
    )
    weight_engagement: float = _spec(
        0.25,
        0,
        1,
        N_("Weight: engagement"),
        N_("Two-way touchpoints and recency against the ring's cadence."),
    )
    weight_advocacy: float = _spec(
        0.20, 0, 1, N_("Weight: advocacy"), N_("Referrals given and NPS promoters.")
    )
    weight_friction: float = _spec(
        0.20,
        0,
        1,
        N_("Weight: friction (subtracted)"),
        N_("Open complaints and detractors lower the score by up to this share."),
    )
    # --- how the components read the facts ---------------------------------------------------
    previous_year_percent: int = _spec(
        50,
        0,
        100,
        N_("Previous year counts (%)"),
        N_(
            "How much the year before the last 12 months counts for revenue, two-way touches and "
            "referrals, so one quiet quarter does not sink a long relationship."
        ),
    )
    full_activity_two_way: int = _spec(
        8,
        1,
        365,
        N_("Two-way touches for full activity"),
        N_("Two-way touches per year that earn the full activity part of engagement."),
    )
    recency_zero_after_cadences: float = _spec(
        4.0,
        1.5,
        20,
        N_("Recency fades over (cadences)"),
        N_("Recency is full within the ring's cadence and fades to nothing after this many."),
    )
    default_cadence_days: int = _spec(
        90,
        1,
        3650,
        N_("Cadence for rings without one (days)"),
        N_("Used for recency when a ring has no follow-up cadence."),
    )
    full_tenure_days: int = _spec(
        730,
        30,
        7300,
        N_("Tenure for full loyalty (days)"),
        N_("Days since the first purchase that earn the full tenure part of loyalty."),
    )
    full_repeat_purchases: int = _spec(
        2,
        1,
        100,
        N_("Repeat purchases for full loyalty"),
        N_("Purchases after the first one that earn the full repeat part of loyalty."),
    )
    full_referrals: int = _spec(
        2,
        1,
        100,
        N_("Referrals for full advocacy"),
        N_("Referrals per year that earn the full referral part of advocacy."),
    )
    relational_weight: float = _spec(
        0.3,
        0,
        1,
        N_("Relational scores in advocacy and friction (share)"),
        N_(
            "The ten 1-5 relational scores of the last 12 months: an average above 3 adds up to "
            "this share to advocacy (full at 5), an average below 3 adds up to this share to "
            "friction (full at 1). 0 leaves them out of the score."
        ),
    )
    relational_low: int = _spec(
        2,
        1,
        4,
        N_("Low relational score (1-5)"),
        N_(
            "A trust or issue-resolution score at or below this raises a suggestion to talk it "
            "through, as a detractor does."
        ),
    )
    relational_low_days: int = _spec(
        60,
        1,
        365,
        N_("Low score suggestion lasts (days)"),
        N_("How long after the answer a low trust or issue-resolution score stays in the inbox."),
    )
    revenue_share_multiple: float = _spec(
        2.0,
        1,
        100,
        N_("Revenue share for full credit (x average)"),
        N_("An account with this many times the average revenue share gets the full share part."),
    )
    # --- what counts as contact (1 = counts, 0 = does not) ----------------------------------
    # Two-way touchpoints always count. Cadences, recency and "at risk" run on the last
    # contact; the explanation names which fact it was.
    contact_inbound: int = _spec(
        1,
        0,
        1,
        N_("Contact: inbound touches (1 = counts)"),
        N_("A one-way touch from the client (a mail, a call they made) counts as contact."),
    )
    contact_outbound: int = _spec(
        0,
        0,
        1,
        N_("Contact: outbound one-way touches (1 = counts)"),
        N_(
            "A one-way touch of yours (newsletter, social post, a mail without answer) counts "
            "as contact. Off by default: a broadcast is not a conversation."
        ),
    )
    contact_purchase: int = _spec(
        1, 0, 1, N_("Contact: purchases (1 = counts)"), N_("A purchase counts as contact.")
    )
    contact_feedback: int = _spec(
        1,
        0,
        1,
        N_("Contact: feedback answers (1 = counts)"),
        N_("An NPS answer counts as contact."),
    )
    contact_complaint: int = _spec(
        1,
        0,
        1,
        N_("Contact: complaints (1 = counts)"),
        N_("A complaint opened or resolved counts as contact."),
    )
    contact_referral: int = _spec(
        1,
        0,
        1,
        N_("Contact: referrals given (1 = counts)"),
        N_("A referral given counts as contact."),
    )
    # --- placement --------------------------------------------------------------------------
    new_client_ring: int = _spec(
        2,
        0,
        8,
        N_("Recent customers sit at least in ring (position)"),
        N_(
            "A customer with a purchase in the last 12 months is placed at least in the ring at "
            "this position (the new clients' ring), whatever the score. The outermost ring "
            "switches the rule off."
        ),
    )
    new_client_days: int = _spec(
        365,
        1,
        3650,
        N_("Recent purchase means within (days)"),
        N_("How recent a purchase must be for the rule above."),
    )
    pin_days: int = _spec(
        90,
        1,
        3650,
        N_("A move by hand pins for (days)"),
        N_(
            "The default pin period of a move by hand (the Move dialog and `move --pin-days` "
            "choose another, or until unpinned)."
        ),
    )
    hysteresis_points: float = _spec(
        5.0,
        0,
        30,
        N_("Hysteresis (points)"),
        N_(
            "A move inwards needs this many points above the ring's threshold; a move outwards "
            "this many below the current ring's threshold. Stops flapping."
        ),
    )
    pinned_min_gap_rings: int = _spec(
        2,
        1,
        8,
        N_("Pinned accounts: minimum gap (rings)"),
        N_("A pinned account is only suggested to move when its target is this many rings away."),
    )
    # --- suggestions -------------------------------------------------------------------------
    at_risk_cadences: float = _spec(
        2.0,
        1.1,
        20,
        N_("At risk after (cadences of silence)"),
        N_("An account in a customer ring silent this many cadences is flagged at risk."),
    )
    satisfaction_after_days: int = _spec(
        21,
        1,
        365,
        N_("Satisfaction check after (days)"),
        N_("Days after a purchase to ask how it went."),
    )
    satisfaction_window_days: int = _spec(
        45,
        1,
        365,
        N_("Satisfaction check stays open (days)"),
        N_("Days the satisfaction check stays in the inbox before it lapses."),
    )
    renewal_within_days: int = _spec(
        60,
        1,
        365,
        N_("Renewal coming within (days)"),
        N_("How early a coming renewal becomes a suggestion."),
    )
    renewal_overdue_days: int = _spec(
        30,
        0,
        365,
        N_("Missed renewal stays (days)"),
        N_("How long a renewal date that passed without a renewal stays in the inbox."),
    )
    complaint_response_days: int = _spec(
        2,
        0,
        60,
        N_("Answer a complaint within (days)"),
        N_("Due date of an open complaint's suggestion after it was opened."),
    )
    insight_due_days: int = _spec(
        60,
        1,
        730,
        N_("Insight stays due (days)"),
        N_(
            "Days after its release an unshared insight stays in the inbox (outer rings; the "
            "inner ring's stays until it is shared or dismissed)."
        ),
    )
    insight_grace_days: int = _spec(
        14,
        0,
        365,
        N_("Inner first: outer rings wait at most (days)"),
        N_(
            "An outer ring's release of an insight waits until every inner-circle account has "
            "received it, or until this many days after the ring's own release date."
        ),
    )
    perk_grant_window_days: int = _spec(
        30,
        1,
        730,
        N_("Perk to grant after entering (days)"),
        N_("Days after entering a ring in which missing perks are suggested."),
    )
    perk_grant_days: int = _spec(
        365, 1, 3650, N_("Perk grant lasts (days)"), N_("Default validity of a granted perk.")
    )
    referral_quiet_days: int = _spec(
        180,
        1,
        3650,
        N_("Ask for a referral after (days without)"),
        N_("A promoter is asked for a referral when they gave none in this many days."),
    )
    promoter_recent_days: int = _spec(
        365,
        1,
        3650,
        N_("Promoter answer counts for (days)"),
        N_("How recent a promoter's NPS answer must be to ask them for a referral."),
    )
    # --- people and journey --------------------------------------------------------------------
    stage_weak_two_way: int = _spec(
        1,
        1,
        100,
        N_("Weak tie from (two-way touches / year)"),
        N_("Two-way touches in 12 months that make a contact a weak tie."),
    )
    stage_building_two_way: int = _spec(
        3,
        1,
        100,
        N_("Building from (two-way touches / year)"),
        N_("Two-way touches in 12 months that make a contact 'building'."),
    )
    stage_strong_two_way: int = _spec(
        6,
        1,
        365,
        N_("Strong tie from (two-way touches / year)"),
        N_(
            "Two-way touches in 12 months that make a contact a strong tie (a promoter needs "
            "only the 'building' count)."
        ),
    )
    stage_recent_days: int = _spec(
        180,
        1,
        3650,
        N_("Building or strong needs a touch within (days)"),
        N_("Without a touch in this many days a contact drops to weak tie at most."),
    )
    top_people_per_account: int = _spec(
        2,
        1,
        100,
        N_("Top people: at most per account"),
        N_("The list of people to stay closest to shows at most this many of one account."),
    )
    journey_renewal_days: int = _spec(
        90,
        1,
        730,
        N_("Back to purchase decision (days to renewal)"),
        N_("A customer whose renewal is this close is back in the purchase-decision phase."),
    )
    journey_after_sale_days: int = _spec(
        60,
        1,
        730,
        N_("After-sale phase lasts (days)"),
        N_("Days after a purchase the account is in the after-sale phase."),
    )

    def weights(self) -> dict[str, float]:
        """The five component weights by component name."""
        return {name: float(getattr(self, f"weight_{name}")) for name in COMPONENTS}

    def with_weights(self, weights: Mapping[str, float]) -> EngineSettings:
        """A copy with some weights replaced (validated)."""
        changes: dict[str, Any] = {}
        for name, value in weights.items():
            if name not in COMPONENTS:
                raise ValidationError(
                    "weight",
                    _("{name!r} is not a component ({join})").format(
                        name=name, join=", ".join(COMPONENTS)
                    ),
                )
            changes[f"weight_{name}"] = value
        return replace_settings(self, changes)


@dataclass(frozen=True)
class SettingSpec:
    """How one tunable is declared, for settings dialogs and `tune` (value = current)."""

    name: str
    label: str
    help: str
    type: str  # "int" | "float"
    default: float
    low: float
    high: float
    value: float


def _fields() -> tuple[dataclasses.Field[Any], ...]:
    return dataclasses.fields(EngineSettings)


def specs(current: EngineSettings | None = None) -> tuple[SettingSpec, ...]:
    """Every tunable with its declaration and current value (defaults when ``current`` is None)."""
    values = current or EngineSettings()
    out = []
    for f in _fields():
        meta = f.metadata
        out.append(
            SettingSpec(
                name=f.name,
                label=_(str(meta["label"])),
                help=_(str(meta["help"])),
                type="int" if isinstance(f.default, int) else "float",
                default=float(f.default),  # type: ignore[arg-type]
                low=float(meta["low"]),
                high=float(meta["high"]),
                value=float(getattr(values, f.name)),
            )
        )
    return tuple(out)


def _clean(f: dataclasses.Field[Any], value: Any) -> float | int:
    """Check one value against its declaration; the error names the setting."""
    is_int = isinstance(f.default, int)
    if isinstance(value, bool):
        raise ValidationError(f.name, _("must be a number"))
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise ValidationError(f.name, _("{value!r} is not a number").format(value=value)) from None
    if not math.isfinite(number):
        raise ValidationError(f.name, _("{value!r} is not a number").format(value=value))
    if is_int and number != int(number):
        raise ValidationError(f.name, _("{value!r} is not a whole number").format(value=value))
    low, high = f.metadata["low"], f.metadata["high"]
    if not low <= number <= high:
        raise ValidationError(
            f.name,
            _("must be between {low:g} and {high:g} (got {number:g})").format(
                low=low, high=high, number=number
            ),
        )
    return int(number) if is_int else number


def replace_settings(base: EngineSettings, changes: Mapping[str, Any]) -> EngineSettings:
    """A validated copy of ``base`` with ``changes`` applied (names are field names)."""
    by_name = {f.name: f for f in _fields()}
    clean: dict[str, Any] = {}
    for name, value in changes.items():
        f = by_name.get(name)
        if f is None:
            raise ValidationError(name, _("is not a setting (see `circlesoftrust tune`)"))
        clean[name] = _clean(f, value)
    result = dataclasses.replace(base, **clean)
    if sum(v for k, v in result.weights().items() if k != "friction") <= 0:
        raise ValidationError(
            "weight",
            _("at least one of revenue, loyalty, engagement, advocacy needs a weight above 0"),
        )
    if not (
        result.stage_weak_two_way <= result.stage_building_two_way <= result.stage_strong_two_way
    ):
        raise ValidationError(
            "stage_building_two_way",
            _("stage thresholds must rise from weak tie to building to strong tie"),
        )
    return result


def load_settings(session: Session) -> EngineSettings:
    """The settings inside an open transaction (unknown or broken stored values fall back)."""
    stored = {
        key.removeprefix(KEY_PREFIX): value
        for key, value in session.execute(
            select(Setting.key, Setting.value).where(Setting.key.like(f"{KEY_PREFIX}%"))
        ).all()
    }
    values: dict[str, Any] = {}
    for f in _fields():
        if f.name not in stored:
            continue
        try:
            values[f.name] = _clean(f, json.loads(stored[f.name]))
        except (ValueError, ValidationError):
            continue  # a hand-edited, broken value: the default is the safe reading
    result = dataclasses.replace(EngineSettings(), **values)
    try:
        return replace_settings(result, {})
    except ValidationError:
        return EngineSettings()  # stored values that contradict each other: all defaults


def get_settings(db: Database) -> EngineSettings:
    """Every tunable's current value (defaults for what the user never changed)."""
    with db.transaction() as session:
        return load_settings(session)


def save_settings(
    db: Database, settings: EngineSettings | None = None, **changes: Any
) -> EngineSettings:
    """Store ``settings`` (or the current settings with ``changes``); one transaction.

    Values equal to their default are removed from the table rather than stored.
    """
    return _save(db, settings, changes)


def _save(
    db: Database, settings: EngineSettings | None, changes: Mapping[str, Any]
) -> EngineSettings:
    with db.transaction(write=True) as session:
        before = load_settings(session)
        saved = save_settings_in_session(session, settings, changes)
        changed = [
            f.name
            for f in dataclasses.fields(saved)
            if getattr(saved, f.name) != getattr(before, f.name)
        ]
        if changed:
            # Who tuned what: a settings form saved over it names them (services.configuration).
            session.add(
                ActionLog(
                    kind="settings",
                    summary=_("settings saved: {names}").format(names=", ".join(changed)),
                    target="settings",
                )
            )
        return saved


def save_settings_in_session(
    session: Session, settings: EngineSettings | None, changes: Mapping[str, Any]
) -> EngineSettings:
    """Validate and store inside an open transaction (a larger save reuses it).

    ``settings`` is the base (None: the stored settings); ``changes`` apply on top.
    """
    base = settings if settings is not None else load_settings(session)
    result = replace_settings(base, changes)
    # Revalidate every field of a caller-built EngineSettings, not only the changes.
    result = replace_settings(result, {f.name: getattr(result, f.name) for f in _fields()})
    defaults = EngineSettings()
    for f in _fields():
        key = KEY_PREFIX + f.name
        value = getattr(result, f.name)
        row = session.get(Setting, key)
        if value == getattr(defaults, f.name):
            if row is not None:
                session.delete(row)
        elif row is None:
            session.add(Setting(key=key, value=json.dumps(value)))
        else:
            row.value = json.dumps(value)
    return result


def update_settings(db: Database, changes: Mapping[str, Any]) -> EngineSettings:
    """Change some settings by name (values may be text, as typed); one transaction."""
    return _save(db, None, changes)


def reset_settings(db: Database, names: tuple[str, ...] | None = None) -> EngineSettings:
    """Back to the defaults: all tunables, or only ``names``."""
    known = {f.name for f in _fields()}
    for name in names or ():
        if name not in known:
            raise ValidationError(name, _("is not a setting (see `circlesoftrust tune`)"))
    with db.transaction() as session:
        if names is None:
            session.execute(delete(Setting).where(Setting.key.like(f"{KEY_PREFIX}%")))
        else:
            session.execute(delete(Setting).where(Setting.key.in_([KEY_PREFIX + n for n in names])))
        return load_settings(session)
