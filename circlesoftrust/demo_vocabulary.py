"""The vocabulary of the demo business: names, industries, perks, checklists, insights.

The texts the demo writes (notes, titles, perks, insights…) are marked for translation:
:func:`in_language` gives them in the language of the run that writes the example, so a
Dutch or German user's example business reads in their language. Names of companies and
people stay as they are (international, like a real customer list)."""

from __future__ import annotations

from dataclasses import dataclass

from circlesoftrust.i18n import N_, _

PREFIXES = (
    "Alder", "Brightline", "Cobalt", "Dunmore", "Elm", "Fjord", "Granite", "Harbour", "Iris",
    "Juniper", "Kestrel", "Lumen", "Meridian", "Northwind", "Oakridge", "Pioneer", "Quill",
    "Redwood", "Summit", "Tidewater", "Umber", "Vantage", "Willow", "Xeno", "Yarrow", "Zephyr",
    "Atlas", "Beacon", "Cedar", "Delta", "Ember", "Falcon", "Grove", "Helix", "Indigo", "Jasper",
)  # fmt: skip
SUFFIXES = (
    "Analytics", "Bakery", "Builders", "Consulting", "Dental", "Design", "Energy", "Foods",
    "Freight", "Health", "Labs", "Legal", "Logistics", "Media", "Motors", "Partners",
    "Print", "Retail", "Robotics", "Software", "Studios", "Systems", "Textiles", "Travel",
)  # fmt: skip
FORMS = ("GmbH", "Ltd", "Inc.", "AG", "& Co.", "LLC", "SARL", "BV")
INDUSTRIES = (
    N_("Manufacturing"), N_("Software"), N_("Retail"), N_("Healthcare"), N_("Logistics"),
    N_("Professional services"),
    N_("Hospitality"), N_("Construction"), N_("Education"), N_("Energy"),
)  # fmt: skip
TAGS = ("berlin", "munich", "london", "remote", "partner", "newsletter", "event-2025", "priority")
FIRST = (
    "Anna", "Ben", "Clara", "David", "Eva", "Felix", "Greta", "Hannah", "Ivan", "Julia", "Karl",
    "Lena", "Marco", "Nina", "Oskar", "Paula", "Quentin", "Rosa", "Sven", "Tara", "Uwe", "Vera",
    "Willem", "Xenia", "Yusuf", "Zoe", "Amir", "Bea", "Chen", "Dana",
)  # fmt: skip
LAST = (
    "Schmidt", "Meyer", "Okafor", "Rossi", "Nguyen", "Larsen", "Novak", "Garcia", "Kowalski",
    "Fischer", "Dubois", "Tanaka", "Singh", "Berg", "Costa", "Weber", "Haddad", "Moreau",
)  # fmt: skip
ROLES = ("influencer", "user", "user", "finance", "gatekeeper", "influencer", "other")
TITLES = {
    "decision_maker": (N_("Managing Director"), N_("CEO"), N_("Head of Operations"), N_("Owner")),
    "champion": (N_("Project Lead"), N_("Team Lead"), N_("Operations Manager")),
    "influencer": (N_("Senior Engineer"), N_("Consultant"), N_("Product Manager")),
    "user": (N_("Specialist"), N_("Coordinator"), N_("Analyst")),
    "finance": (N_("CFO"), N_("Controller"), N_("Purchasing")),
    "gatekeeper": (N_("Office Manager"), N_("Assistant to the CEO")),
    "other": ("",),
}
# (kind, direction, note, weight): one random draw picks all three for a touchpoint.
TOUCH_KINDS = (
    ("email", "outbound", "", 18), ("email", "outbound", N_("Sent the monthly update"), 4),
    ("email", "inbound", "", 8), ("email", "two_way", N_("Agreed next steps by mail"), 3),
    ("call", "two_way", "", 12), ("call", "two_way", N_("Checked in on the project"), 5),
    ("call", "outbound", N_("Left a voicemail"), 4), ("call", "inbound", "", 3),
    ("meeting", "two_way", "", 9), ("meeting", "two_way", N_("Quarterly review"), 5),
    ("meeting", "two_way", N_("Planning session"), 4), ("support", "inbound", "", 6),
    ("support", "inbound", N_("Question about an invoice"), 2), ("event", "two_way", "", 4),
    ("event", "two_way", N_("Met at the customer evening"), 2), ("social", "outbound", "", 4),
    ("social", "inbound", N_("Commented on our post"), 2),
)  # fmt: skip
TOUCHES_PER_RING = (40, 28, 18, 8, 3)  # over two years, by ring position
MOVE_REASONS = {
    0: N_("top customer: revenue and referrals"),
    1: N_("repeat business"),
    2: N_("first purchase"),
    3: N_("showed interest"),
}
PERKS = (
    (N_("Product council seat"), "product_council", 0, 1_500_00),
    (N_("VIP summer event"), "vip_event", 0, 800_00),
    (N_("Early access programme"), "early_access", 1, 300_00),
    (N_("Priority support line"), "priority_support", 1, 600_00),
    (N_("Loyalty discount 5%"), "discount", 2, 400_00),
)
CHECKLISTS = (
    (0, N_("Personal welcome call from the owner"), 2),
    (0, N_("Invite to the product council"), 14),
    (0, N_("Send the VIP perk pack"), 7),
    (1, N_("Thank-you note for the repeat order"), 3),
    (1, N_("Offer early access programme"), 14),
    (2, N_("Satisfaction check after first purchase"), 21),
    (2, N_("Introduce the second contact"), 30),
    (3, N_("Send the case study that fits their industry"), 7),
)
INSIGHTS = (
    (N_("Pricing pressure in mid-market logistics"),
     N_("Full analysis: shippers renegotiate contracts every 9 months on average; those with a "
        "named account manager renegotiate half as often. We recommend quarterly reviews."),
     N_("Shippers renegotiate every 9 months; a named contact halves that."),
     N_("Named account managers halve renegotiations"), 10),
    (N_("What our best clients do differently"),
     N_("Our inner-circle clients run a quarterly planning session with us and share their "
        "roadmap early. Their projects finish 30% faster."),
     N_("Quarterly planning with us makes projects 30% faster."),
     N_("Plan quarterly, finish faster"), 50),
    (N_("Draft: 2027 market outlook"), N_("Work in progress."), "", "", None),
)  # fmt: skip
COMPLAINTS = (
    N_("Invoice sent twice"), N_("Delivery two weeks late"), N_("Support did not call back"),
    N_("Report had wrong figures"), N_("Onboarding took too long"),
)  # fmt: skip
PRAISE = ("", "", N_("Great team"), N_("Always responsive"),
          N_("Helped us through a tough quarter"))  # fmt: skip
TASKS = (N_("Send proposal"), N_("Prepare quarterly review"), N_("Check invoice status"),
         N_("Book lunch"))  # fmt: skip
SHARE_ANSWERS = ("", "", N_("Wants to discuss at the next planning session"),
                 N_("Forwarded to the CFO"))  # fmt: skip

# Texts the relationship steps write (ring history, referrals, feedback, revenue).
ACCOUNT_CREATED = N_("account created")
DEMOTED = N_("demoted: quiet for a quarter")
MOVED_BY_HAND = N_("moved by hand")
QUALIFIED = N_("qualified")
INTRODUCED = N_("Introduced at a customer evening")
PROMOTER_SAYS = N_("Would recommend you to anyone")
DETRACTOR_SAYS = N_("Not happy right now")
RESOLUTION = N_("Refunded and apologised")
FIRST_ORDER = N_("first order")


@dataclass(frozen=True)
class Words:
    """The demo's texts in one language (an empty text stays empty)."""

    industries: tuple[str, ...]
    titles: dict[str, tuple[str, ...]]
    touch_kinds: tuple[tuple[str, str, str, int], ...]
    move_reasons: dict[int, str]
    perks: tuple[tuple[str, str, int, int], ...]
    checklists: tuple[tuple[int, str, int], ...]
    insights: tuple[tuple[str, str, str, str, int | None], ...]
    complaints: tuple[str, ...]
    praise: tuple[str, ...]
    tasks: tuple[str, ...]
    share_answers: tuple[str, ...]
    account_created: str
    demoted: str
    moved_by_hand: str
    qualified: str
    introduced: str
    promoter_says: str
    detractor_says: str
    resolution: str
    first_order: str


def in_language() -> Words:
    """The demo's texts in the current language (:mod:`circlesoftrust.i18n`)."""

    def t(text: str) -> str:
        return _(text) if text else ""  # _("") would be the catalogue's header

    return Words(
        industries=tuple(t(x) for x in INDUSTRIES),
        titles={role: tuple(t(x) for x in names) for role, names in TITLES.items()},
        touch_kinds=tuple((k, d, t(note), w) for k, d, note, w in TOUCH_KINDS),
        move_reasons={p: t(reason) for p, reason in MOVE_REASONS.items()},
        perks=tuple((t(name), kind, p, cost) for name, kind, p, cost in PERKS),
        checklists=tuple((p, t(title), due) for p, title, due in CHECKLISTS),
        insights=tuple(
            (t(title), t(full), t(summary), t(headline), age)
            for title, full, summary, headline, age in INSIGHTS
        ),
        complaints=tuple(t(x) for x in COMPLAINTS),
        praise=tuple(t(x) for x in PRAISE),
        tasks=tuple(t(x) for x in TASKS),
        share_answers=tuple(t(x) for x in SHARE_ANSWERS),
        account_created=t(ACCOUNT_CREATED),
        demoted=t(DEMOTED),
        moved_by_hand=t(MOVED_BY_HAND),
        qualified=t(QUALIFIED),
        introduced=t(INTRODUCED),
        promoter_says=t(PROMOTER_SAYS),
        detractor_says=t(DETRACTOR_SAYS),
        resolution=t(RESOLUTION),
        first_order=t(FIRST_ORDER),
    )
