"""Normalised keys: the spellings a user writes for one phone, address, company or person
compare equal; different ones do not."""

from __future__ import annotations

import phonenumbers
import pytest
from nameparser import HumanName

from circlesoftrust.duplicates import keys as k
from circlesoftrust.duplicates.candidates import contact_keys_of, contact_pair_score


@pytest.mark.parametrize(
    ("spellings", "region"),
    [
        (["+49 30 8170947", "030 8170947", "0049 30 8170947", "+49 (0)30 817 09 47",
          "030/817-0947", "tel:+49-30-8170947"], "DE"),
        (["(415) 555-0132", "+1 415 555 0132", "415.555.0132", "1-415-555-0132"], "US"),
        (["020 7946 0958", "+44 20 7946 0958", "+44 (0) 20 7946 0958"], "GB"),
        (["+31 20 794 6095", "0031 20 7946095"], "DE"),  # international: the region is moot
    ],
)  # fmt: skip
def test_one_phone_number_written_many_ways_has_one_key(spellings: list[str], region: str) -> None:
    found = {k.phone_key(s.removeprefix("tel:"), region) for s in spellings}
    assert len(found) == 1
    assert next(iter(found)).startswith("+")


def test_different_numbers_and_regions_keep_apart() -> None:
    assert k.phone_key("030 8170947", "DE") != k.phone_key("030 8170948", "DE")
    # A national number means another place in another region.
    assert k.phone_key("030 8170947", "DE") != k.phone_key("030 8170947", "NL")
    # Without a region a national number keeps its digits and still matches itself.
    assert k.phone_key("030 817 09 47", None) == k.phone_key("030-8170947", None)
    assert k.phone_key("  ", "DE") is None


def test_phone_key_is_shown_in_international_form() -> None:
    key = k.phone_key("030 8170947", "DE")
    assert key is not None
    assert k.phone_display(key) == "+49 30 8170947"


@pytest.mark.parametrize(
    "spellings",
    [
        ["Anna.Berg@Example.COM", "anna.berg@example.com", " ANNA.BERG@EXAMPLE.COM "],
        ["info@bücher.de", "INFO@xn--bcher-kva.de", "info@BÜCHER.de"],
    ],
)
def test_one_address_written_in_other_case_has_one_key(spellings: list[str]) -> None:
    assert len({k.email_key(s) for s in spellings}) == 1


def test_email_key_agrees_with_email_validator() -> None:
    for address in ("Jürgen.Müller@Example.de", "x.y+tag@Sub.Example.co.uk", "a@xn--bcher-kva.de"):
        assert k.email_key(address) == k.full_email_key(address)
    assert k.email_key("anna@example.com") != k.email_key("anne@example.com")


@pytest.mark.parametrize(
    "names",
    [
        ["Alder Legal AG", "Alder Legal", "ALDER LEGAL GmbH", "Alder-Legal GmbH & Co. KG"],
        ["Brightline Dental Inc.", "Brightline Dental, Inc", "Brightline Dental LLC"],
        ["Fjord Logistics SARL", "Fjord Logistics S.A.R.L.", "Fjord Logistics Ltd."],
        ["Northwind Systems BV", "Northwind Systems B.V.", "Northwind Systems Limited"],
        ["Müller Bau GmbH", "Mueller Bau AG"],
    ],
)
def test_legal_forms_and_punctuation_do_not_count(names: list[str]) -> None:
    assert len({k.org_key(n) for n in names}) == 1


def test_different_companies_keep_apart() -> None:
    assert k.org_key("Alder Legal AG") != k.org_key("Alder Labs AG")
    assert k.website_key("https://www.Alder.ch/about") == k.website_key("alder.ch")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Jürgen Müller", "Juergen Mueller"),
        ("Doe, John", "John Doe"),
        ("Dr. Jürgen Müller", "Juergen Mueller"),
        ("Zoë Brontë", "Zoe Bronte"),
        ("Søren Kierkegård", "Soeren Kierkegard"),  # ø -> oe, as ö -> oe (README)
        ("Дмитрий Иванов", "Dmitriy Ivanov"),
        ("GROßMANN, Heike", "Heike Grossmann"),
    ],
)
def test_spellings_of_one_name_parse_and_fold_alike(a: str, b: str) -> None:
    ka, kb = k.name_key(a), k.name_key(b)
    assert (ka.first, ka.last) == (kb.first, kb.last)


@pytest.mark.parametrize(
    ("short", "full"),
    [("Bob", "Robert"), ("Peggy", "Margaret"), ("Bill", "William"), ("Jack", "John"),
     ("Betty", "Elizabeth"), ("Dick", "Richard")],
)  # fmt: skip
def test_nicknames_share_a_block_with_their_full_name(short: str, full: str) -> None:
    a = contact_keys_of(f"{short} Smith", None, None, None)
    b = contact_keys_of(f"{full} Smith", None, None, None)
    assert set(a.name_blocks()) & set(b.name_blocks())
    score, reasons = contact_pair_score(a, b, same_account=True, names=(a.name.full, b.name.full))
    assert score >= 90
    assert any("short form" in r for r in reasons)


def test_the_quick_split_agrees_with_nameparser() -> None:
    names = [
        "Anna Berg", "Anna-Lena Schmidt-Weber", "Jan van der Berg", "Prof. Dr. Ute Kahl",
        "Maria José García López", "O'Brien, Sean", "John Smith Jr.", "J. R. R. Tolkien",
        "Marie de la Tour", "Jean-Luc Picard", "Bob & Alice Miller",
    ]  # fmt: skip
    for name in names:
        parsed = HumanName(name)
        assert k.name_key(name) == k.NameKey(
            k.fold(parsed.first), k.fold(parsed.middle), k.fold(parsed.last)
        ), name


@pytest.mark.parametrize(
    ("a", "b", "alike"),
    [
        ("Jürgen Müller", "Juergen Mueller", True),
        ("Jürgen Müller", "Jurgen Muller", True),  # umlaut dropped, not transliterated
        ("J. Müller", "Jürgen Müller", True),  # initial
        ("Müller Jürgen", "Jürgen Müller", True),  # order swapped
        ("Katharina Schmidt", "Katarina Schmidt", True),
        ("Bea Larsen", "Ben Larsen", False),  # one letter, but another given name
        ("Anna Berg", "Anna Borgmann", False),
        ("Jan Peter Kahl", "Jan Michael Kahl", False),  # two different middle names
    ],
)
def test_names_alike_or_not(a: str, b: str, alike: bool) -> None:
    ka = contact_keys_of(a, None, None, None)
    kb = contact_keys_of(b, None, None, None)
    score, _ = contact_pair_score(ka, kb, same_account=True, names=(a, b))
    assert (score >= 75) is alike, score


def test_a_plain_international_number_keys_as_phonenumbers_parses_it() -> None:
    """The shortcut for plain "+CC ..." numbers (no parse) gives what the parse gives:
    every region's example numbers (fixed line, mobile), typed as people type them after
    the country code: bare, with the national form's trunk prefix ("+49 030 ...", "+7 8
    495 ...", "+1 1 415 ..."), grouped with spaces, dashes, dots or slashes."""
    kinds = (phonenumbers.PhoneNumberType.FIXED_LINE, phonenumbers.PhoneNumberType.MOBILE)
    checked = 0
    wrong = []
    for region in sorted(phonenumbers.SUPPORTED_REGIONS):
        for kind in kinds:
            example = phonenumbers.example_number_for_type(region, kind)
            if example is None:
                continue
            nsn = phonenumbers.national_significant_number(example)
            national = phonenumbers.format_number(example, phonenumbers.PhoneNumberFormat.NATIONAL)
            meta = phonenumbers.PhoneMetadata.metadata_for_region(region)
            trunks = {"", "0", "1", "8", (meta.national_prefix or "") if meta else ""}
            bodies = {nsn, "".join(c for c in national if c.isdigit())}
            bodies |= {trunk + nsn for trunk in trunks}
            for body in bodies:
                for sep in (" ", "-", ".", "/"):
                    typed = f"+{example.country_code} {body[:3]}{sep}{body[3:6]}{sep}{body[6:]}"
                    typed = typed.rstrip(sep)
                    checked += 1
                    if k.phone_key(typed, region) != k.parsed_phone_key(typed, region):
                        wrong.append(typed)
    assert checked > 2_000 and wrong == []
