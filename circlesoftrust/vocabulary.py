"""The domain's fixed vocabularies (stages, kinds, directions …) as string enums.

Kept apart from :mod:`circlesoftrust.models` so that code which only needs the words —
the desktop app's first paint, forms, filters — does not import SQLAlchemy (≈ 0.3 s of
start-up). ``models`` re-exports every name.
"""

from __future__ import annotations

from enum import StrEnum


class RelationshipStage(StrEnum):
    UNAWARE = "unaware"
    AWARENESS = "awareness"
    WEAK_TIE = "weak_tie"
    BUILDING = "building"
    STRONG_TIE = "strong_tie"


class DetailLevel(StrEnum):
    FULL = "full"
    SUMMARY = "summary"
    HEADLINE = "headline"


class JourneyPhase(StrEnum):
    DISCOVERY = "discovery"
    RESEARCH = "research"
    PURCHASE_DECISION = "purchase_decision"
    AFTER_SALE = "after_sale"
    USAGE = "usage"


class ContactRole(StrEnum):
    DECISION_MAKER = "decision_maker"
    CHAMPION = "champion"
    INFLUENCER = "influencer"
    USER = "user"
    FINANCE = "finance"
    GATEKEEPER = "gatekeeper"
    OTHER = "other"


class TouchpointKind(StrEnum):
    MEETING = "meeting"
    CALL = "call"
    EMAIL = "email"
    EVENT = "event"
    SOCIAL = "social"
    SUPPORT = "support"
    PURCHASE = "purchase"
    REFERRAL = "referral"
    COMPLAINT = "complaint"
    FEEDBACK = "feedback"


class Direction(StrEnum):
    INBOUND = "inbound"
    OUTBOUND = "outbound"
    TWO_WAY = "two_way"


class RevenueKind(StrEnum):
    NEW = "new"
    RENEWAL = "renewal"
    UPSELL = "upsell"
    CROSSSELL = "crosssell"


class ComplaintStatus(StrEnum):
    OPEN = "open"
    RESOLVED = "resolved"


class PerkKind(StrEnum):
    DISCOUNT = "discount"
    BONUS_PROGRAMME = "bonus_programme"
    EARLY_ACCESS = "early_access"
    VIP_EVENT = "vip_event"
    PRODUCT_COUNCIL = "product_council"
    PRIORITY_SUPPORT = "priority_support"
    OTHER = "other"


class TaskSource(StrEnum):
    MANUAL = "manual"
    CHECKLIST = "checklist"
    SUGGESTION = "suggestion"
    FOLLOW_UP = "follow_up"


class RingChangeSource(StrEnum):
    MANUAL = "manual"
    SUGGESTION = "suggestion"
    IMPORT = "import"
    INITIAL = "initial"


class SuggestionDecision(StrEnum):
    SNOOZED = "snoozed"
    DISMISSED = "dismissed"
    ACCEPTED = "accepted"
