"""The domain's fixed vocabularies (stages, kinds, directions …) as string enums.

Kept apart from :mod:`circlesoftrust.models` so that code which only needs the words —
the desktop app's first paint, forms, filters — does not import SQLAlchemy (≈ 0.3 s of
start-up). ``models`` re-exports every name.
"""

from __future__ import annotations

from enum import StrEnum

from circlesoftrust.i18n import N_, _, language


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


# --- words for the codes, in the user's language (issue 14) -----------------------------------
# Codes stay English everywhere they are stored or printed as JSON; people read these words.
_LABELS: dict[str, str] = {
    # relationship stages
    "unaware": N_("Unaware"),
    "awareness": N_("Awareness"),
    "weak_tie": N_("Weak tie"),
    "building": N_("Building"),
    "strong_tie": N_("Strong tie"),
    # detail levels
    "full": N_("Full"),
    "summary": N_("Summary"),
    "headline": N_("Headline"),
    # relational scores (1-5) beside "discovery", which reads as the journey phase's word
    "integrity": N_("Integrity"),
    "judgement": N_("Judgement"),
    "trust": N_("Trust"),
    "empathy": N_("Empathy"),
    "preparation": N_("Preparation"),
    "speed": N_("Speed"),
    "presentation": N_("Presentation"),
    "ease_of_interaction": N_("Ease of interaction"),
    "issue_resolution": N_("Issue resolution"),
    # customer-journey phases
    "discovery": N_("Discovery"),
    "research": N_("Research"),
    "purchase_decision": N_("Purchase decision"),
    "after_sale": N_("After-sale"),
    "usage": N_("Usage"),
    # contact roles
    "decision_maker": N_("Decision maker"),
    "champion": N_("Champion"),
    "influencer": N_("Influencer"),
    "user": N_("User"),
    "finance": N_("Finance"),
    "gatekeeper": N_("Gatekeeper"),
    "other": N_("Other"),
    # touchpoint kinds
    "meeting": N_("Meeting"),
    "call": N_("Call"),
    "email": N_("E-mail"),
    "event": N_("Event"),
    "social": N_("Social"),
    "support": N_("Support"),
    "purchase": N_("Purchase"),
    "referral": N_("Referral"),
    "complaint": N_("Complaint"),
    "feedback": N_("Feedback"),
    "touchpoint": N_("Touchpoint"),
    # directions
    "inbound": N_("Inbound"),
    "outbound": N_("Outbound"),
    "two_way": N_("Two-way"),
    # revenue kinds
    "new": N_("New"),
    "renewal": N_("Renewal"),
    "upsell": N_("Up-sell"),
    "crosssell": N_("Cross-sell"),
    # statuses (complaints, tasks, perks, insights)
    "open": N_("Open"),
    "resolved": N_("Resolved"),
    "overdue": N_("Overdue"),
    "due": N_("Due"),
    "done": N_("Done"),
    "active": N_("Active"),
    "redeemed": N_("Redeemed"),
    "expired": N_("Expired"),
    "withdrawn": N_("Withdrawn"),
    "eligible": N_("Eligible"),
    "upcoming": N_("Upcoming"),
    "shared": N_("Shared"),
    # perk kinds
    "discount": N_("Discount"),
    "bonus_programme": N_("Bonus programme"),
    "early_access": N_("Early access"),
    "vip_event": N_("VIP event"),
    "product_council": N_("Product council"),
    "priority_support": N_("Priority support"),
    # task sources, ring-change sources, decisions
    "manual": N_("Manual"),
    "checklist": N_("Checklist"),
    "suggestion": N_("Suggestion"),
    "follow_up": N_("Follow-up"),
    "import": N_("Import"),
    "initial": N_("Initial"),
    "snoozed": N_("Snoozed"),
    "dismissed": N_("Dismissed"),
    "accepted": N_("Accepted"),
}


def label(code: str | None) -> str:
    """The word for a code in the user's language: ``decision_maker`` → "Decision maker"
    ("Beslisser", "Entscheider"); an unknown code reads as itself, spaced and capitalised."""
    if not code:
        return ""
    text = _LABELS.get(str(code))
    return _(text) if text else str(code).replace("_", " ").capitalize()


def word(code: str | None) -> str:
    """The word for a code inside a sentence: lower case, except in German, whose nouns
    keep their capital ("Finanzen")."""
    text = label(code)
    return text if language() == "de" else text.lower()


_COMPONENTS: dict[str, str] = {
    "revenue": N_("Revenue"),
    "loyalty": N_("Loyalty"),
    "engagement": N_("Engagement"),
    "advocacy": N_("Advocacy"),
    "friction": N_("Friction"),
}


def component_label(name: str) -> str:
    """A trust-score component's name in the user's language (``revenue`` → "Omzet")."""
    text = _COMPONENTS.get(name)
    return _(text) if text else name.capitalize()
