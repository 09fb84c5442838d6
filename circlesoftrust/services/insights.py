"""Insights and their cascade: inner ring first, in full; outer rings later, in less detail.

Publishing schedules one release per ring: publication date + the ring's insight delay,
at the ring's detail level (full / summary / headline) and with its discussion flag (the
inner ring is invited to discuss). The schedule is stored (``insight_releases``), so later
edits to a ring's delay do not rewrite what was already promised. A share records that an
account (and optionally a contact) received the insight, at which detail level, and what
they answered (co-creation notes).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from circlesoftrust import formats
from circlesoftrust import validation as v
from circlesoftrust.engine_settings import load_settings
from circlesoftrust.errors import ConflictError, NotFoundError, ValidationError
from circlesoftrust.i18n import _
from circlesoftrust.models import Account, Contact, Insight, InsightRelease, InsightShare, Ring
from circlesoftrust.services.lookups import (
    get_account_row,
    get_contact_row,
    get_ring_row,
    get_row_by_ref,
    lock,
    log_action,
    today,
)
from circlesoftrust.storage import Database
from circlesoftrust.team import check_version
from circlesoftrust.vocabulary import ContactRole, DetailLevel

# Who receives an insight for an account when nobody is named: the first of these roles.
_ROLE_ORDER = (
    ContactRole.DECISION_MAKER,
    ContactRole.CHAMPION,
    ContactRole.INFLUENCER,
    ContactRole.FINANCE,
    ContactRole.USER,
    ContactRole.GATEKEEPER,
    ContactRole.OTHER,
)


@dataclass(frozen=True)
class ReleaseInfo:
    ring_id: int
    ring_name: str
    ring_position: int
    release_on: dt.date
    detail_level: str
    discussion_open: bool
    released: bool  # release date reached (as of the day asked)
    members: int  # active accounts in the ring now
    received: int  # of them, how many received the insight
    # Inner first (issue 11.8): a release date reached while the inner ring still lacks the
    # insight waits until this day (the ring's date + the grace period); None: not held.
    held_until: dt.date | None = None


@dataclass(frozen=True)
class InsightInfo:
    id: int
    title: str
    headline: str
    summary: str
    full_text: str
    published_on: dt.date | None
    releases: tuple[ReleaseInfo, ...]
    shares: int
    version: int = 1


@dataclass(frozen=True)
class ShareInfo:
    id: int
    insight_id: int
    insight_title: str
    account_id: int
    account_name: str
    contact_id: int | None
    contact_name: str | None
    shared_on: dt.date
    detail_level: str
    answer: str


@dataclass(frozen=True)
class InsightContent:
    """What one ring sees of an insight on a day: its detail level's text, or nothing yet."""

    insight_id: int
    ring_name: str
    detail_level: str
    discussion_open: bool
    release_on: dt.date
    text: str


@dataclass(frozen=True)
class Recipient:
    """An account of a ring that has not received an insight, and whom to send it to."""

    account_id: int
    account_name: str
    contact_id: int | None
    contact_name: str | None


def text_at(insight: Insight, level: DetailLevel | str) -> str:
    """The insight's text at a detail level, falling back to the next richer text."""
    level = DetailLevel(level)
    if level is DetailLevel.HEADLINE:
        return insight.headline or insight.summary or insight.title
    if level is DetailLevel.SUMMARY:
        return insight.summary or insight.headline or insight.title
    return insight.full_text or insight.summary or insight.title


def get_insight_row(session: Session, ref: int | str) -> Insight:
    """An insight by id or by title (case-insensitive; a unique partial match also counts)."""
    return get_row_by_ref(session, Insight, Insight.title, ref, noun="insight", named="titled")


def _insight_info(session: Session, insight: Insight, day: dt.date) -> InsightInfo:
    members = dict(
        session.execute(
            select(Account.ring_id, func.count())
            .where(Account.archived_at.is_(None))
            .group_by(Account.ring_id)
        ).all()
    )
    received = dict(
        session.execute(
            select(Account.ring_id, func.count(func.distinct(InsightShare.account_id)))
            .join(Account, Account.id == InsightShare.account_id)
            .where(InsightShare.insight_id == insight.id, Account.archived_at.is_(None))
            .group_by(Account.ring_id)
        ).all()
    )
    scheduled = session.execute(
        select(InsightRelease, Ring)
        .join(Ring, Ring.id == InsightRelease.ring_id)
        .where(InsightRelease.insight_id == insight.id)
        .order_by(Ring.position)
    ).all()
    inner = scheduled[0][1] if scheduled and scheduled[0][1].position == 0 else None
    # The engine's rule (engine._insight_due): while an inner account lacks it, an outer
    # ring's release waits for the grace period after its own date.
    inner_lacks = inner is not None and received.get(inner.id, 0) < members.get(inner.id, 0)
    grace = dt.timedelta(days=load_settings(session).insight_grace_days)

    def held(rel: InsightRelease, ring: Ring) -> dt.date | None:
        if not inner_lacks or ring.position == 0 or not rel.release_on <= day:
            return None
        until = rel.release_on + grace
        return until if day < until else None

    releases = tuple(
        ReleaseInfo(
            ring.id,
            ring.name,
            ring.position,
            rel.release_on,
            rel.detail_level.value,
            rel.discussion_open,
            rel.release_on <= day,
            int(members.get(ring.id, 0)),
            int(received.get(ring.id, 0)),
            held(rel, ring),
        )
        for rel, ring in scheduled
    )
    shares = session.scalar(
        select(func.count()).select_from(InsightShare).where(InsightShare.insight_id == insight.id)
    )
    return InsightInfo(
        insight.id,
        insight.title,
        insight.headline,
        insight.summary,
        insight.full_text,
        insight.published_on,
        releases,
        int(shares or 0),
        insight.version,
    )


def add_insight(
    db: Database,
    title: str,
    *,
    full_text: str = "",
    summary: str = "",
    headline: str = "",
) -> InsightInfo:
    """A new, unpublished insight (title required; each detail level has its own text)."""
    clean_title = v.required_text("title", title)
    clean_headline = (headline or "").strip()
    if len(clean_headline) > 300:
        raise ValidationError("headline", _("is longer than 300 characters"))
    with db.transaction() as session:
        insight = Insight(
            title=clean_title,
            full_text=full_text.strip(),
            summary=summary.strip(),
            headline=clean_headline,
        )
        session.add(insight)
        session.flush()
        log_action(
            session,
            "insight_add",
            _("insight {clean_title!r} written").format(clean_title=clean_title),
        )
        return _insight_info(session, insight, today())


def update_insight(
    db: Database,
    insight: int | str,
    *,
    title: str | None = None,
    full_text: str | None = None,
    summary: str | None = None,
    headline: str | None = None,
    expected_version: int | None = None,
) -> InsightInfo:
    """Change the texts given; ``expected_version``: refused when it changed since."""
    with db.transaction(write=True) as session:
        row = lock(session, get_insight_row(session, insight))
        check_version(session, row, expected_version, target=f"insight:{row.id}", label=row.title)
        if title is not None:
            row.title = v.required_text("title", title)
        if full_text is not None:
            row.full_text = full_text.strip()
        if summary is not None:
            row.summary = summary.strip()
        if headline is not None:
            if len(headline.strip()) > 300:
                raise ValidationError("headline", _("is longer than 300 characters"))
            row.headline = headline.strip()
        if session.is_modified(row):
            session.flush()
            log_action(
                session,
                "edit insight",
                _("{name}: changed").format(name=row.title),
                target=f"insight:{row.id}",
            )
        return _insight_info(session, row, today())


def publish_insight(
    db: Database, insight: int | str, *, on: str | dt.date | None = None
) -> InsightInfo:
    """Publish: one release per ring at publication date + the ring's delay and detail level."""
    day = v.date(on, "date", default=today())
    with db.transaction() as session:
        row = get_insight_row(session, insight)
        if row.published_on is not None:
            raise ConflictError(
                _("{title!r} was already published on {published_on}").format(
                    title=row.title, published_on=row.published_on
                )
            )
        row.published_on = day
        for ring in session.scalars(select(Ring).order_by(Ring.position)):
            session.add(
                InsightRelease(
                    insight_id=row.id,
                    ring_id=ring.id,
                    release_on=day + dt.timedelta(days=ring.insight_delay_days),
                    detail_level=ring.detail_level,
                    discussion_open=ring.discussion_open,
                )
            )
        session.flush()
        log_action(
            session,
            "insight_publish",
            _("published {title!r} on {isoformat}").format(
                title=row.title, isoformat=day.isoformat()
            ),
        )
        return _insight_info(session, row, day)


def unpublish_insight(db: Database, insight: int | str) -> InsightInfo:
    """Withdraw a publication that nobody received yet (its releases are removed)."""
    with db.transaction() as session:
        row = get_insight_row(session, insight)
        shared = session.scalar(
            select(func.count()).select_from(InsightShare).where(InsightShare.insight_id == row.id)
        )
        if shared:
            raise ConflictError(
                _("{title!r} was already shared {shared} times").format(
                    title=row.title, shared=shared
                )
            )
        session.execute(delete(InsightRelease).where(InsightRelease.insight_id == row.id))
        row.published_on = None
        session.flush()
        return _insight_info(session, row, today())


def list_insights(db: Database, *, on: str | dt.date | None = None) -> list[InsightInfo]:
    """Every insight with its release schedule, newest publication first (drafts last)."""
    day = v.date(on, "date", default=today())
    with db.transaction() as session:
        rows = session.scalars(
            select(Insight).order_by(Insight.published_on.is_(None), Insight.published_on.desc())
        )
        return [_insight_info(session, r, day) for r in rows]


def get_insight(
    db: Database, insight: int | str, *, on: str | dt.date | None = None
) -> InsightInfo:
    day = v.date(on, "date", default=today())
    with db.transaction() as session:
        return _insight_info(session, get_insight_row(session, insight), day)


def content_for_ring(
    db: Database, insight: int | str, ring: int | str, *, on: str | dt.date | None = None
) -> InsightContent | None:
    """What ``ring`` sees of the insight on ``on``: None before its release date."""
    day = v.date(on, "date", default=today())
    with db.transaction() as session:
        row = get_insight_row(session, insight)
        target = get_ring_row(session, ring)
        release = session.scalar(
            select(InsightRelease).where(
                InsightRelease.insight_id == row.id, InsightRelease.ring_id == target.id
            )
        )
        if release is None or release.release_on > day:
            return None
        return InsightContent(
            row.id,
            target.name,
            release.detail_level.value,
            release.discussion_open,
            release.release_on,
            text_at(row, release.detail_level),
        )


def main_contacts(session: Session, account_ids: list[int]) -> dict[int, tuple[int, str]]:
    """Per account, the contact to address by default: decision maker first, then champion..."""
    rank = {role: k for k, role in enumerate(_ROLE_ORDER)}
    best: dict[int, tuple[int, int, str]] = {}
    for chunk_start in range(0, len(account_ids), 500):
        chunk = account_ids[chunk_start : chunk_start + 500]
        for cid, aid, name, role in session.execute(
            select(Contact.id, Contact.account_id, Contact.name, Contact.role).where(
                Contact.account_id.in_(chunk), Contact.archived_at.is_(None)
            )
        ).all():
            key = (rank.get(role, len(rank)), cid)
            if aid not in best or key < best[aid][:2]:
                best[aid] = (key[0], cid, name)
    return {aid: (cid, name) for aid, (_, cid, name) in best.items()}


def pending_in_session(session: Session, insight_id: int, ring_id: int) -> list[Recipient]:
    """Active accounts of a ring that have not received the insight (with a main contact)."""
    received = select(InsightShare.account_id).where(InsightShare.insight_id == insight_id)
    accounts = session.execute(
        select(Account.id, Account.name)
        .where(
            Account.ring_id == ring_id,
            Account.archived_at.is_(None),
            Account.id.not_in(received),
        )
        .order_by(Account.name)
    ).all()
    contacts = main_contacts(session, [a for a, _ in accounts])
    return [Recipient(aid, name, *(contacts.get(aid) or (None, None))) for aid, name in accounts]


def pending_recipients(db: Database, insight: int | str, ring: int | str) -> list[Recipient]:
    """Which accounts (and whom in them) of ``ring`` have not received the insight."""
    with db.transaction() as session:
        row = get_insight_row(session, insight)
        target = get_ring_row(session, ring)
        return pending_in_session(session, row.id, target.id)


def _share_info(session: Session, share: InsightShare) -> ShareInfo:
    insight = session.get(Insight, share.insight_id)
    account = session.get(Account, share.account_id)
    contact = session.get(Contact, share.contact_id) if share.contact_id else None
    assert insight is not None and account is not None
    return ShareInfo(
        share.id,
        insight.id,
        insight.title,
        account.id,
        account.name,
        contact.id if contact else None,
        contact.name if contact else None,
        share.shared_on,
        share.detail_level.value,
        share.answer,
    )


def share_in_session(
    session: Session,
    insight: Insight,
    account: Account,
    *,
    contact_id: int | None,
    on: dt.date,
    answer: str = "",
    early: bool = False,
    origin: str | None = None,
) -> InsightShare:
    """Record a share inside an open transaction, at the account's ring's detail level.

    Refuses before the ring's release date unless ``early`` (inner rings first is the rule).
    """
    if insight.published_on is None:
        raise ConflictError(_("{title!r} is not published yet").format(title=insight.title))
    release = session.scalar(
        select(InsightRelease).where(
            InsightRelease.insight_id == insight.id, InsightRelease.ring_id == account.ring_id
        )
    )
    if release is None:
        ring = session.get(Ring, account.ring_id)
        assert ring is not None
        level = ring.detail_level
    else:
        level = release.detail_level
        if release.release_on > on and not early:
            raise ConflictError(
                _(
                    "{title!r} reaches {name}'s ring on {release_on}; share early only on purpose"
                ).format(
                    title=insight.title,
                    name=account.name,
                    release_on=formats.date(release.release_on),
                )
            )
    share = InsightShare(
        insight_id=insight.id,
        account_id=account.id,
        contact_id=contact_id,
        shared_on=on,
        detail_level=level,
        answer=answer.strip(),
        origin=origin,
    )
    session.add(share)
    session.flush()
    return share


def share_insight(
    db: Database,
    insight: int | str,
    account: int | str,
    *,
    contact: int | str | None = None,
    on: str | dt.date | None = None,
    answer: str = "",
    early: bool = False,
) -> ShareInfo:
    """Record that an account (and a contact) received the insight; optionally their answer."""
    day = v.date(on, "date", default=today())
    with db.transaction() as session:
        row = get_insight_row(session, insight)
        acc = get_account_row(session, account)
        contact_id = get_contact_row(session, contact, acc.id).id if contact else None
        share = share_in_session(
            session, row, acc, contact_id=contact_id, on=day, answer=answer, early=early
        )
        log_action(session, "insight_share", f"{acc.name}: received {row.title!r}", acc.id)
        return _share_info(session, share)


def record_answer(db: Database, share_id: int, answer: str) -> ShareInfo:
    """What the client answered to a shared insight (co-creation notes)."""
    text = v.required_text("answer", answer, max_length=10_000)
    with db.transaction() as session:
        share = session.get(InsightShare, share_id)
        if share is None:
            raise NotFoundError(_("no insight share with id {share_id}").format(share_id=share_id))
        share.answer = text
        session.flush()
        return _share_info(session, share)


def list_shares(
    db: Database, *, insight: int | str | None = None, account: int | str | None = None
) -> list[ShareInfo]:
    """Shares, newest first."""
    with db.transaction() as session:
        query = select(InsightShare).order_by(InsightShare.shared_on.desc(), InsightShare.id.desc())
        if insight is not None:
            query = query.where(InsightShare.insight_id == get_insight_row(session, insight).id)
        if account is not None:
            query = query.where(InsightShare.account_id == get_account_row(session, account).id)
        return [_share_info(session, s) for s in session.scalars(query)]
