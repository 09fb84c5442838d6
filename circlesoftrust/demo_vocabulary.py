"""The vocabulary of the demo business: names, industries, perks, checklists, insights."""

from __future__ import annotations

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
    "Manufacturing", "Software", "Retail", "Healthcare", "Logistics", "Professional services",
    "Hospitality", "Construction", "Education", "Energy",
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
    "decision_maker": ("Managing Director", "CEO", "Head of Operations", "Owner"),
    "champion": ("Project Lead", "Team Lead", "Operations Manager"),
    "influencer": ("Senior Engineer", "Consultant", "Product Manager"),
    "user": ("Specialist", "Coordinator", "Analyst"),
    "finance": ("CFO", "Controller", "Purchasing"),
    "gatekeeper": ("Office Manager", "Assistant to the CEO"),
    "other": ("",),
}
# (kind, direction, note, weight): one random draw picks all three for a touchpoint.
TOUCH_KINDS = (
    ("email", "outbound", "", 18), ("email", "outbound", "Sent the monthly update", 4),
    ("email", "inbound", "", 8), ("email", "two_way", "Agreed next steps by mail", 3),
    ("call", "two_way", "", 12), ("call", "two_way", "Checked in on the project", 5),
    ("call", "outbound", "Left a voicemail", 4), ("call", "inbound", "", 3),
    ("meeting", "two_way", "", 9), ("meeting", "two_way", "Quarterly review", 5),
    ("meeting", "two_way", "Planning session", 4), ("support", "inbound", "", 6),
    ("support", "inbound", "Question about an invoice", 2), ("event", "two_way", "", 4),
    ("event", "two_way", "Met at the customer evening", 2), ("social", "outbound", "", 4),
    ("social", "inbound", "Commented on our post", 2),
)  # fmt: skip
TOUCHES_PER_RING = (40, 28, 18, 8, 3)  # over two years, by ring position
MOVE_REASONS = {
    0: "top customer: revenue and referrals",
    1: "repeat business",
    2: "first purchase",
    3: "showed interest",
}
PERKS = (
    ("Product council seat", "product_council", 0, 1_500_00),
    ("VIP summer event", "vip_event", 0, 800_00),
    ("Early access programme", "early_access", 1, 300_00),
    ("Priority support line", "priority_support", 1, 600_00),
    ("Loyalty discount 5%", "discount", 2, 400_00),
)
CHECKLISTS = (
    (0, "Personal welcome call from the owner", 2),
    (0, "Invite to the product council", 14),
    (0, "Send the VIP perk pack", 7),
    (1, "Thank-you note for the repeat order", 3),
    (1, "Offer early access programme", 14),
    (2, "Satisfaction check after first purchase", 21),
    (2, "Introduce the second contact", 30),
    (3, "Send the case study that fits their industry", 7),
)
INSIGHTS = (
    ("Pricing pressure in mid-market logistics",
     "Full analysis: shippers renegotiate contracts every 9 months on average; those with a "
     "named account manager renegotiate half as often. We recommend quarterly reviews.",
     "Shippers renegotiate every 9 months; a named contact halves that.",
     "Named account managers halve renegotiations", 10),
    ("What our best clients do differently",
     "Our inner-circle clients run a quarterly planning session with us and share their "
     "roadmap early. Their projects finish 30% faster.",
     "Quarterly planning with us makes projects 30% faster.",
     "Plan quarterly, finish faster", 50),
    ("Draft: 2027 market outlook", "Work in progress.", "", "", None),
)  # fmt: skip
COMPLAINTS = (
    "Invoice sent twice", "Delivery two weeks late", "Support did not call back",
    "Report had wrong figures", "Onboarding took too long",
)  # fmt: skip
PRAISE = ("", "", "Great team", "Always responsive", "Helped us through a tough quarter")
TASKS = ("Send proposal", "Prepare quarterly review", "Check invoice status", "Book lunch")
SHARE_ANSWERS = ("", "", "Wants to discuss at the next planning session", "Forwarded to the CFO")
