"""Beyond the issue's examples: how people write the same name, number, address and company.

Each case is two records a user would call one person (or one company); the pass must
offer them with a reason that says why. Cases are grouped per kind in one database each
(every pair in an account of its own) and the test lists every case that was missed, not
only the first.
"""

from __future__ import annotations

import pytest

from circlesoftrust.duplicates.candidates import DuplicatePair, find_duplicates, save_phone_region
from circlesoftrust.services import accounts as acc
from circlesoftrust.storage import Database

OFFERED = 75  # the review list's lowest score (README: "from 75 a pair is offered")
LIKELY = 90  # Today's "possible duplicate" and an import's merge start here


def _pairs(db: Database) -> tuple[DuplicatePair, ...]:
    return find_duplicates(db, min_score=50).pairs


def _find(pairs: tuple[DuplicatePair, ...], a: str, b: str, kind: str) -> DuplicatePair | None:
    for p in pairs:
        if p.kind == kind and {p.first_name, p.second_name} == {a, b}:
            return p
    return None


def _people(db: Database, cases: list[tuple[str, str]], **fields: str) -> None:
    for n, (a, b) in enumerate(cases):
        account = f"Firm {n:03d} Ltd"
        acc.create_account(db, account)
        acc.add_contact(db, account, a, **fields)
        acc.add_contact(db, account, b)


PARTICLES_AND_PARTS = [
    ("Jan van der Berg", "J. van der Berg"),
    ("Berg, Jan van der", "Jan van der Berg"),
    ("Pieter de Vries", "de Vries, Pieter"),
    ("Ludwig von Mises", "Ludwig Mises"),
    ("Anna Müller-Lüdenscheidt", "Anna Müller Lüdenscheidt"),
    ("Mary Smith-Jones", "Smith Jones, Mary"),
    ("J. Müller", "Jürgen Müller"),
    ("Müller, Dr. Jürgen", "Jürgen Müller"),
    ("Meier, Prof. Dr. Hans", "Dr. Hans Meier"),
    ("Hans-Peter Krause", "Hans Peter Krause"),
    ("Hans-Peter Vogel", "H.-P. Vogel"),
    ("Hans-Peter Lang", "HP Lang"),
    ("Hans-Peter Roth", "Hanspeter Roth"),
    ("Dr. Hans-Jürgen Fink", "Hans-Juergen Fink"),
    ("Anna-Lena Kohl", "Anna Kohl"),
]
SPELLINGS = [
    ("Jürgen Strauß", "Juergen Strauss"),
    ("René Lévesque", "Rene Levesque"),
    ("Søren Kierkegaard", "Soeren Kierkegaard"),
    ("Ayşe Yılmaz", "AYSE YILMAZ"),
    ("İsmail Kılıç", "Ismail Kilic"),
    ("Zoë Ødegaard", "Zoe Oedegaard"),
]
NICKNAMES = [
    ("Bob Smith", "Robert Smith"),
    ("William Gates", "Bill Gates"),
    ("Hans Becker", "Johannes Becker"),
    ("Cornelis de Jong", "Kees de Jong"),
    ("Sepp Huber", "Josef Huber"),
    ("Wim de Boer", "Willem de Boer"),
    ("Liesbeth Jansen", "Elisabeth Jansen"),
    ("Margarethe Wolf", "Grete Wolf"),
    ("Jupp Schmitz", "Josef Schmitz"),
    ("Katharina Weber", "Kathi Weber"),
]


def test_names_with_particles_double_barrels_titles_and_initials_are_offered(
    db: Database,
) -> None:
    _people(db, PARTICLES_AND_PARTS)
    pairs = _pairs(db)
    missed = [
        (a, b, p and p.score)
        for a, b in PARTICLES_AND_PARTS
        if (p := _find(pairs, a, b, "contact")) is None or p.score < OFFERED
    ]
    assert missed == []


def test_names_spelled_without_their_letters_are_one_name(db: Database) -> None:
    _people(db, SPELLINGS)
    pairs = _pairs(db)
    missed = [
        (a, b, p and p.score)
        for a, b in SPELLINGS
        if (p := _find(pairs, a, b, "contact")) is None or p.score < LIKELY
    ]
    assert missed == []


def test_nicknames_both_ways_in_english_german_and_dutch(db: Database) -> None:
    _people(db, NICKNAMES)
    pairs = _pairs(db)
    missed = []
    for a, b in NICKNAMES:
        p = _find(pairs, a, b, "contact")
        if p is None or p.score < LIKELY or not any("short form of" in r for r in p.reasons):
            missed.append((a, b, p and p.score, p and p.reasons))
    assert missed == []


def test_different_people_with_alike_names_are_not_offered(db: Database) -> None:
    different = [
        ("Bea Larsen", "Ben Larsen"),
        ("Hans Becker", "Hanna Becker"),
        ("Jan de Vries", "Jan de Vos"),
        ("Hans-Peter Meier", "Hans-Georg Meier"),
        ("Anna-Lena Berg", "Anna-Maria Berg"),
        ("Hans-Peter Adler", "H.-G. Adler"),
    ]
    _people(db, different)
    pairs = find_duplicates(db).pairs
    assert [(a, b) for a, b in different if _find(pairs, a, b, "contact")] == []


@pytest.mark.parametrize(
    ("region", "typed", "other", "shown"),
    [
        ("DE", "030 8170947", "0049 (0)30 817 09 47", "+49 30 8170947"),
        ("NL", "020-123 4567", "+31 (0)20 123 4567", "+31 20 123 4567"),
        ("NL", "06 12345678", "0031 6 1234 5678", "+31 6 12345678"),
        ("AT", "01 532 12 34", "+43 1 5321234", "+43 1 5321234"),
        ("CH", "044 668 18 00", "0041 44 668 18 00", "+41 44 668 18 00"),
        ("GB", "020 7946 0958", "+44 (0)20 7946 0958", "+44 20 7946 0958"),
        ("US", "(415) 555-2671", "+1 415 555 2671", "+1 415-555-2671"),
        ("US", "415.555.2671 x123", "+1 415 555 2671 ext. 123", "+1 415-555-2671"),
        ("US", "0049 30 8170947", "+49 30 8170947", "+49 30 8170947"),
    ],
)
def test_one_phone_number_written_in_national_and_international_form(
    db: Database, region: str, typed: str, other: str, shown: str
) -> None:
    with db.transaction() as session:
        save_phone_region(session, region)
    acc.create_account(db, "Cedar Ltd")
    acc.add_contact(db, "Cedar Ltd", "Anna Berg", phone=typed)
    acc.add_contact(db, "Cedar Ltd", "A. Berg", phone=other)
    (pair,) = find_duplicates(db).pairs
    assert any(r.startswith(f"same phone {shown}") for r in pair.reasons), pair.reasons


def test_an_extension_is_another_line(db: Database) -> None:
    with db.transaction() as session:
        save_phone_region(session, "US")
    acc.create_account(db, "Cedar Ltd")
    acc.add_contact(db, "Cedar Ltd", "Anna Berg", phone="(415) 555-2671 x123")
    acc.add_contact(db, "Cedar Ltd", "Tom Kranz", phone="(415) 555-2671 x124")
    assert find_duplicates(db, min_score=50).pairs == ()


@pytest.mark.parametrize(
    ("typed", "other", "reason"),
    [
        (
            "anna.berg+crm@example.com",
            "anna.berg@example.com",
            "same mailbox: anna.berg+crm@example.com / anna.berg@example.com",
        ),
        (
            "a.n.n.a.berg@gmail.com",
            "AnnaBerg@googlemail.com",
            "same mailbox: a.n.n.a.berg@gmail.com / AnnaBerg@googlemail.com",
        ),
    ],
)
def test_one_mailbox_written_two_ways(db: Database, typed: str, other: str, reason: str) -> None:
    # (The same address in other capitals cannot be added twice: one e-mail, one contact;
    # test_duplicates covers such a pair from an older database.)
    acc.create_account(db, "Cedar Ltd")
    acc.add_contact(db, "Cedar Ltd", "Anna Berg", email=typed)
    acc.add_contact(db, "Cedar Ltd", "A. Berg", email=other)
    (pair,) = find_duplicates(db).pairs
    assert reason in pair.reasons and pair.score >= LIKELY


def test_two_addresses_at_one_company_are_two_people(db: Database) -> None:
    acc.create_account(db, "Cedar Ltd")
    acc.add_contact(db, "Cedar Ltd", "Anna Berg", email="a.berg@example.com")
    acc.add_contact(db, "Cedar Ltd", "Tom Kranz", email="aberg@example.com")
    assert find_duplicates(db, min_score=50).pairs == ()


COMPANIES = [
    ("Alder Legal GmbH & Co. KG", "Alder Legal GmbH"),
    ("Birch Holding B.V.", "Birch Holding BV"),
    ("Cedar Conseil S.à r.l.", "Cedar Conseil SARL"),
    ("Dune Partners plc", "Dune Partners P.L.C."),
    ("Elm Mining Pty Ltd", "Elm Mining Pty. Ltd."),
    ("Fir Industrias S.A.", "Fir Industrias, SA"),
    ("The Grove Group", "Grove Group"),
    ("Hazel-Tech AG", "Hazel Tech"),
    ("Ivy Systems, Inc.", "Ivy Systems Inc"),
    ("Juniper Handel e.K.", "Juniper Handel"),
    ("Kiefer Bau UG (haftungsbeschränkt)", "Kiefer Bau GmbH"),
    ("OOO Larch Trade", "Larch Trade LLC"),
    ("Maple Foods Co., Ltd.", "Maple Foods"),
    ("Nut & Bolt S.p.A.", "Nut and Bolt SpA"),
    ("AB Oak Motors", "Oak Motors AB"),
    ("Société Pine Générale S.A.", "Societe Pine Generale SA"),
]


def test_company_names_differing_in_legal_form_punctuation_or_the_are_one_company(
    db: Database,
) -> None:
    for a, b in COMPANIES:
        acc.create_account(db, a)
        acc.create_account(db, b)
    pairs = _pairs(db)
    missed = [
        (a, b, p and p.score)
        for a, b in COMPANIES
        if (p := _find(pairs, a, b, "account")) is None or p.score < LIKELY
    ]
    assert missed == []
