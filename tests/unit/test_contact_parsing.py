"""Reading address books (vCard, CSV) into contact records: what a user would see.

The fixtures in tests/fixtures/contacts/ are byte-for-byte what the named clients write
(line endings, encodings, folding, quoted-printable, grouping).
"""

from __future__ import annotations

import codecs
import contextlib
import random
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from circlesoftrust.io.address_book import read_contacts
from circlesoftrust.io.contact_records import (
    CSV_TARGET_FIELDS,
    ColumnMappingNeeded,
    ContactFileError,
    ContactRecord,
    ParseIssue,
    ParseResult,
)
from circlesoftrust.io.csv_reader import csv_headers, detect_csv_layout, read_csv
from circlesoftrust.io.vcard_reader import read_vcard
from circlesoftrust.vocabulary import ContactRole

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "contacts"


def fixture(name: str) -> Path:
    return FIXTURES / name


def by_name(result: ParseResult) -> dict[str, ContactRecord]:
    return {record.name: record for record in result.records}


def lines_and_names(result: ParseResult) -> list[tuple[int, str]]:
    return [(record.line, record.name) for record in result.records]


# ------------------------------------------------------------------------ vCard clients


def test_android_21_quoted_printable_utf8_with_soft_line_breaks() -> None:
    result = read_contacts(fixture("android_21_quoted_printable.vcf"))

    assert result.format == "vcard"
    assert result.issues == ()
    assert lines_and_names(result) == [
        (1, "Jürgen Müller"),
        (37, "张伟 (Zhang Wei) 北京大学客户关系"),  # QP soft break splits a character's bytes
        (45, "John Smith"),
    ]
    juergen = result.records[0]
    assert juergen.organisation == "Müller & Söhne GmbH"
    assert juergen.title == "Geschäftsführer"
    # the PREF address first, lower-cased; the fax number is not a phone to call
    assert juergen.emails == ("j.mueller@mueller-soehne.example", "juergen@example.de")
    assert juergen.phones == ("+49 170 1234567", "030 1234567")
    assert juergen.notes == (
        "Kennengelernt auf der Messe in Köln.\n"
        "Ruft lieber vormittags an; schreibt gern lange E-Mails über Projekte."
    )


def test_apple_30_grouped_properties_pref_and_folded_photo() -> None:
    result = read_contacts(fixture("apple_30_iphone.vcf"))

    assert result.issues == ()
    # the first card's base64 PHOTO folds over 44 lines; the next card starts at 66
    assert lines_and_names(result) == [
        (1, "Johnny Appleseed"),
        (66, "Orchard Supply Co."),
        (76, "Dr. Siobhán Maria O'Brien PhD"),
    ]
    johnny = result.records[0]
    assert johnny.organisation == "Apple Inc."  # ORG:Apple Inc.;Engineering
    assert johnny.title == "Engineering Manager"
    # item1.EMAIL;type=INTERNET;type=pref comes first although it is second in the card
    assert johnny.emails == ("johnny.appleseed@example.com", "johnny@work.example.com")
    assert johnny.phones == ("+1 (408) 555-0101", "(408) 555-0102", "+1 408 555 0103")
    assert johnny.notes == "Met at WWDC, wants the new insights first.\nPrefers mornings."
    assert johnny.website is None

    siobhan = result.records[2]
    assert siobhan.organisation == "Trinity College Dublin"
    assert siobhan.website == "https://tcd.example/~obrien"


def test_google_30_escaped_colon_in_url_and_duplicates() -> None:
    people = by_name(read_contacts(fixture("google_30.vcf")))

    priya = people["Priya Raman"]
    assert priya.line == 1
    assert priya.emails == ("priya.raman@raman-consulting.example", "priya@example.net")
    assert priya.phones == ("+91 98765 43210",)  # written twice, kept once
    assert priya.website == "http://raman-consulting.example"  # Google writes "http\://"
    assert priya.notes == "Met at SaaSBoomi, follow up in Q3."
    assert people["Tomás Ortega"].organisation == "Ortega y Hijos, S.L."
    assert people["Tomás Ortega"].line == 17


def test_outlook_21_windows_1252_bytes_and_quoted_printable_note() -> None:
    result = read_contacts(fixture("outlook_21_windows1252.vcf"))

    assert result.issues == ()  # the Exchange X.500 address is dropped without a fuss
    assert lines_and_names(result) == [(1, "Björn Größer"), (22, "Amélie Lefèvre")]
    bjoern, amelie = result.records
    assert bjoern.organisation == "Größer & Söhne KG"
    assert bjoern.title == "Vertriebsleiter"
    assert bjoern.emails == ("bjoern.groesser@groesser-soehne.example",)
    assert bjoern.phones == ("+49 (30) 1234567", "+49 (170) 7654321")
    assert bjoern.notes == (
        "Erster Kontakt auf der Messe in Köln.\nMag seinen Kaffee schwarz (kein Zucker)."
    )
    assert bjoern.website == "http://www.groesser-soehne.example"
    assert amelie.organisation == "Café Lumière"
    assert amelie.emails == ("amelie@cafe-lumiere.example",)


def test_thunderbird_40_pref_numbers_and_tel_uris() -> None:
    result = read_contacts(fixture("thunderbird_40.vcf"))

    assert result.issues == ()
    anna, kenji = result.records
    assert (anna.line, kenji.line) == (1, 17)
    assert anna.emails == ("anna.schmidt@example.org", "anna@home.example")
    assert anna.phones == ("+49 89 123456", "+49-171-2345678", "+49-89-123457 ext. 12")
    assert anna.organisation == "Example Research"
    assert anna.title == "Head of Research"
    assert anna.notes == "Prefers e-mail.\nCall only after 10:00; never on Fridays."
    assert anna.website == "https://example.org/anna"
    assert kenji.emails == ("first@example.com", "second@example.com")  # PREF=1 before 2
    assert kenji.phones == ("+81-90-1234-5678",)


def test_evolution_30_folded_note_title_and_role() -> None:
    result = read_contacts(fixture("evolution_30.vcf"))

    assert result.issues == ()
    ola, kari = result.records
    assert (ola.line, kari.line) == (1, 23)
    assert ola.name == "Ola Nordmann"
    assert ola.organisation == "Eksempel AS"
    assert (ola.title, ola.role) == ("Salgssjef", None)  # TITLE is the job title
    assert ola.emails == ("ola.nordmann@eksempel.example", "ola@privat.example")
    assert ola.phones == ("+47 912 34 567", "+47 22 12 34 56")
    assert ola.notes is not None
    assert ola.notes.startswith("Møtt på konferanse i Oslo. Ønsker kvartalsvise")
    # ROLE names none of our buying-group roles, and the job title is taken: kept here.
    assert ola.notes.endswith(
        "vil gjerne være med i kundepanelet neste år.\n\nRole: Kundeansvarlig"
    )
    assert (kari.title, kari.role) == ("Innkjøper", None)  # only ROLE given: the job title


def test_lf_line_endings_name_from_n_and_21_folding_keeps_the_space() -> None:
    result = read_contacts(fixture("linux_lf_mixed_versions.vcf"))

    assert result.issues == ()
    chinedu, ewa = result.records
    assert (chinedu.line, chinedu.name) == (1, "Chinedu Okafor")  # no FN, only N
    assert chinedu.organisation == "Lagos Freight Ltd"
    assert (ewa.line, ewa.name) == (7, "Ewa Kowalska")
    assert ewa.organisation == "Kowalska Consulting"


def test_line_endings_do_not_change_the_result() -> None:
    crlf = fixture("apple_30_iphone.vcf").read_bytes()
    lf = crlf.replace(b"\r\n", b"\n")
    old_mac = crlf.replace(b"\r\n", b"\r")

    assert read_vcard(lf) == read_vcard(crlf) == read_vcard(old_mac)


@pytest.mark.parametrize("name", ["utf16le_bom.vcf", "utf16be_bom.vcf"])
def test_utf16_with_bom(name: str) -> None:
    result = read_contacts(fixture(name))

    assert [(r.line, r.name, r.organisation, r.emails) for r in result.records] == [
        (1, "Łukasz Żółć", "Żabka Polska", ("lukasz@zabka.example",))
    ]


def test_several_cards_in_one_file_from_different_clients() -> None:
    data = b"".join(
        fixture(name).read_bytes()
        for name in ("google_30.vcf", "thunderbird_40.vcf", "evolution_30.vcf")
    )

    result = read_vcard(data)

    assert [r.name for r in result.records] == [
        "Priya Raman",
        "Tomás Ortega",
        "Anna Schmidt",
        "Kenji Watanabe",
        "Ola Nordmann",
        "Kari Hansen",
    ]
    assert [r.line for r in result.records] == [1, 17, 27, 43, 52, 74]


# ---------------------------------------------------------------------- broken vCards


def test_malformed_cards_become_issues_and_the_good_ones_are_kept() -> None:
    result = read_contacts(fixture("malformed.vcf"))

    assert lines_and_names(result) == [
        (1, "Good Person"),
        (7, "info@nameless.example"),  # no name: kept under its address, for review
        (12, "Broken Fold"),
        (24, "After The Unclosed"),
    ]
    assert [r.needs_review for r in result.records] == [False, True, False, False]
    broken = result.records[2]
    assert broken.emails == ("broken@example.com",)
    assert broken.notes == "a note whose folded continuation"
    assert result.issues == (
        ParseIssue(6, "1 line outside BEGIN:VCARD … END:VCARD ignored"),
        ParseIssue(
            7, "card has no name; imported as 'info@nameless.example' and marked for review"
        ),
        ParseIssue(16, "2 unreadable lines left out, the first: 'lost its leading space'"),
        ParseIssue(17, "'not-an-address' is not an e-mail address; left out"),
        ParseIssue(21, "card has no END:VCARD before the next card; skipped", skipped=True),
        ParseIssue(
            28, "card is not closed (no END:VCARD; is the file cut short?); skipped", skipped=True
        ),
    )


def test_truncated_single_card_is_an_issue_not_an_error() -> None:
    result = read_vcard(b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Half a Card\r\nEMAIL:half@exa")

    assert result.records == ()
    assert result.issues == (
        ParseIssue(
            1, "card is not closed (no END:VCARD; is the file cut short?); skipped", skipped=True
        ),
    )


def test_unknown_charset_and_bad_quoted_printable_do_not_lose_the_card() -> None:
    data = (
        b"BEGIN:VCARD\r\nVERSION:2.1\r\n"
        b"FN;CHARSET=X-NOT-A-CHARSET;ENCODING=QUOTED-PRINTABLE:Ren=C3=A9 Dubois\r\n"
        b"ORG;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Caf=E9 =ZZ Ltd\r\n"
        b"PHOTO;ENCODING=BASE64;JPEG:not base64 at all!!\r\n"
        b"END:VCARD\r\n"
    )

    result = read_vcard(data)

    assert result.issues == ()
    assert result.records[0].name == "René Dubois"  # unknown charset: UTF-8
    assert result.records[0].organisation == "Café =ZZ Ltd"  # not UTF-8: Windows-1252


def test_vcard_21_agent_card_inside_a_card_is_not_a_contact() -> None:
    data = (
        b"BEGIN:VCARD\r\nVERSION:2.1\r\nN:Boss;Big\r\nAGENT:\r\n"
        b"BEGIN:VCARD\r\nVERSION:2.1\r\nN:Assistant;Able\r\nEND:VCARD\r\n"
        b"TEL;WORK:+1 555 0100\r\nEND:VCARD\r\n"
    )

    result = read_vcard(data)

    assert [(r.line, r.name, r.phones) for r in result.records] == [
        (1, "Big Boss", ("+1 555 0100",))
    ]
    assert result.issues == ()


def test_line_that_would_make_vobject_backtrack_for_hours_is_quick() -> None:
    # vobject's line regex needs exponential time to reject this (4 s at 12 pieces)
    hostile = "TEL;" + "a=," * 40 + '"' + ":+1 555 0100"
    data = f"BEGIN:VCARD\r\nFN:Ann Example\r\n{hostile}\r\nEND:VCARD\r\n".encode()

    started = time.perf_counter()
    result = read_vcard(data)

    assert time.perf_counter() - started < 5.0  # milliseconds in fact; hours unguarded
    assert [r.name for r in result.records] == ["Ann Example"]
    assert result.issues[0].line == 3
    assert result.issues[0].message.startswith("unreadable line left out")


def test_file_without_any_card_is_a_file_error() -> None:
    with pytest.raises(ContactFileError, match=r"notes\.vcf.*no vCard found"):
        read_vcard(b"Just some notes\r\nabout people\r\n", source="notes.vcf")


# ----------------------------------------------------------------------------- CSV


def test_google_legacy_csv_utf16() -> None:
    result = read_contacts(fixture("google_legacy_utf16le.csv"))

    assert result.format == "csv-google"
    assert lines_and_names(result) == [
        (2, "Margaret Hamilton"),
        (4, "Rear Admiral Grace Brewster Hopper"),  # the row above has a two-line note
        (5, "hello@onlyacompany.example"),  # no name: kept under its address, for review
    ]
    margaret, grace, company = result.records
    assert company.organisation == "Only A Company Inc"
    assert company.needs_review
    assert margaret.organisation == "Hamilton Technologies"
    assert margaret.title == "CEO"
    # "* Home" marks the preferred address; " ::: " separates values in one cell
    assert margaret.emails == (
        "margaret@home.example",
        "maggie@home.example",
        "m.hamilton@hamilton-tech.example",
    )
    assert margaret.phones == ("+1 617-555-0110",)  # the "Work Fax" is left out
    assert margaret.notes == "Apollo guidance software.\nAsk about the referral programme."
    assert margaret.website == "https://hamilton-tech.example"
    assert grace.phones == ("(202) 555-0123", "(202) 555-0124")
    assert result.issues == (
        ParseIssue(
            5, "row has no name; imported as 'hello@onlyacompany.example' and marked for review"
        ),
    )


def test_google_2024_csv() -> None:
    result = read_contacts(fixture("google_2024.csv"))

    assert result.format == "csv-google"
    assert result.issues == ()
    ada, soren = result.records
    assert (ada.line, ada.name) == (2, "Ada Lovelace")
    assert ada.organisation == "Analytical Engines Ltd"
    assert ada.title == "Chief Analyst"
    assert ada.emails == ("ada@engines.example", "ada@lovelace.example")
    assert ada.phones == ("+44 20 7946 0018",)
    assert ada.notes == "Inner circle candidate"
    assert ada.website == "https://engines.example"
    assert (soren.line, soren.name) == (3, "Søren Aabye Kierkegaard")


def test_outlook_csv_windows_1252_with_multiline_notes() -> None:
    result = read_contacts(fixture("outlook_windows1252.csv"))

    assert result.format == "csv-outlook"
    assert result.issues == ()  # the Exchange-internal address is not reported
    francois, zoe = result.records
    assert (francois.line, zoe.line) == (2, 5)  # François' notes span lines 2-4
    assert francois.name == "Mr. François Dupré"  # Outlook's "Title" is the prefix...
    assert francois.title == "Directeur des achats"  # ...and "Job Title" the job title
    assert francois.role is None
    assert francois.organisation == "Société Générale d'Études"
    assert francois.emails == ("francois.dupre@sge.example",)
    assert francois.phones == ("+33 6 12 34 56 78", "+33 1 23 45 67 89")  # mobile first, no fax
    assert francois.notes == "Rencontré au salon à Lyon.\nSuivi prévu en mars.\n« Client fidèle »"
    assert francois.website == "www.sge.example"
    assert zoe.name == "Zoë Ødegård"
    assert zoe.emails == ("zoe@fjord.example",)
    assert zoe.phones == ("+47 22 00 00 00", "+47 900 00 000")  # "Primary Phone" first


def test_outlook_365_csv_utf8_with_bom() -> None:
    result = read_contacts(fixture("outlook_365_utf8_bom.csv"))

    assert result.format == "csv-outlook"  # the BOM does not hide the first header
    assert [(r.line, r.name, r.organisation, r.title) for r in result.records] == [
        (2, "Mei Chen", "Lotus Advisory 莲花", "Partner")
    ]


def test_simple_layout_with_semicolons_is_auto_mapped() -> None:
    result = read_contacts(fixture("simple_semicolon.csv"))

    assert result.format == "csv-simple"
    assert result.issues == ()
    lena, paul = result.records
    # "Einkauf" in the "role" column is none of our roles: it is kept as the job title.
    assert (lena.line, lena.name, lena.organisation, lena.title, lena.role) == (
        2,
        "Lena Fischer",
        "Fischer Logistik",
        "Einkauf",
        None,
    )
    assert lena.phones == ("+49 40 123456",)
    assert paul.emails == ("paul@weber.example", "p.weber@home.example")


def test_simple_layout_address_with_display_name_and_leading_blank_lines() -> None:
    data = b"\r\n\r\nname;email\r\nJane Doe;Jane Doe <Jane@Example.com>\r\n"

    result = read_csv(data)

    assert [(r.line, r.name, r.emails) for r in result.records] == [
        (4, "Jane Doe", ("jane@example.com",))
    ]


def test_unrecognised_layout_asks_for_a_column_mapping() -> None:
    with pytest.raises(ColumnMappingNeeded) as caught:
        read_contacts(fixture("unknown_layout.csv"))

    message = str(caught.value)
    assert "unknown_layout.csv" in message
    assert "'Kundennummer'" in message and "'Umsatz'" in message
    assert "column mapping" in message
    # What the mapping step shows: every header, and the first row as an example.
    assert caught.value.headers == ("Kundennummer", "Anrede", "Vorname", "Nachname", "Umsatz")
    assert caught.value.sample == ("1001", "Herr", "Max", "Mustermann", "1200")
    assert isinstance(caught.value, ContactFileError)  # callers that only report it


@pytest.mark.parametrize(
    ("name", "layout"),
    [
        ("google_2024.csv", "csv-google"),
        ("google_legacy_utf16le.csv", "csv-google"),
        ("outlook_365_utf8_bom.csv", "csv-outlook"),
        ("outlook_windows1252.csv", "csv-outlook"),
        ("simple_semicolon.csv", "csv-simple"),
        ("malformed_rows.csv", "csv-simple"),
        ("unknown_layout.csv", None),
        ("crm_export.tsv", None),
    ],
)
def test_detect_csv_layout_from_the_header_row(name: str, layout: str | None) -> None:
    headers = csv_headers(fixture(name).read_bytes())

    assert detect_csv_layout(headers) == layout
    if layout is None:
        with pytest.raises(ColumnMappingNeeded):
            read_csv(fixture(name).read_bytes())
    else:
        assert read_csv(fixture(name).read_bytes()).format == layout


def test_header_only_csv_in_an_unknown_layout_has_no_sample() -> None:
    with pytest.raises(ColumnMappingNeeded) as caught:
        read_csv(b"Kunde;Mail\r\n")

    assert (caught.value.headers, caught.value.sample) == (("Kunde", "Mail"), ())


def test_vcard_title_and_role_are_kept_apart() -> None:
    cards = [
        ("TITLE:CFO", "ROLE:Decision maker", "CFO", ContactRole.DECISION_MAKER, None),
        ("TITLE:Head of IT", "ROLE:decision-maker", "Head of IT", ContactRole.DECISION_MAKER, None),
        ("", "ROLE:FINANCE", None, ContactRole.FINANCE, None),
        ("TITLE:Finance", "", "Finance", None, None),  # a job title stays a job title
        ("", "ROLE:Programmer", "Programmer", None, None),
        ("TITLE:Lead", "ROLE:Programmer", "Lead", None, "Role: Programmer"),
        ("TITLE:Gatekeeper", "ROLE:gatekeeper", "Gatekeeper", ContactRole.GATEKEEPER, None),
    ]
    data = "".join(
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:P{i}\r\n{title}\r\n{role}\r\nEND:VCARD\r\n"
        for i, (title, role, *_) in enumerate(cards)
    ).encode()

    result = read_vcard(data)

    assert result.issues == ()
    assert [(r.title, r.role, r.notes) for r in result.records] == [
        (title, role, notes) for _t, _r, title, role, notes in cards
    ]


def test_csv_title_and_role_columns_are_kept_apart() -> None:
    data = (
        b"name,company,job title,role\r\n"
        b"Ann,A Ltd,CFO,Finance\r\n"
        b"Bob,A Ltd,Head of Buying,Decision Maker\r\n"
        b"Cy,A Ltd,,Champion\r\n"
        b"Di,A Ltd,Engineer,\r\n"
        b"Ed,A Ltd,,Einkauf\r\n"
    )

    result = read_csv(data)

    assert result.format == "csv-simple"
    assert [(r.name, r.title, r.role) for r in result.records] == [
        ("Ann", "CFO", ContactRole.FINANCE),
        ("Bob", "Head of Buying", ContactRole.DECISION_MAKER),
        ("Cy", None, ContactRole.CHAMPION),
        ("Di", "Engineer", None),
        ("Ed", "Einkauf", None),  # not one of our roles: kept as the job title
    ]


def test_custom_tsv_with_a_column_mapping() -> None:
    path = fixture("crm_export.tsv")
    assert csv_headers(path.read_bytes()) == [
        "Full Name",
        "Work Email",
        "Private Email",
        "Mobile",
        "Employer",
        "Position",
        "Sector",
        "Homepage",
        "Remarks",
    ]
    with pytest.raises(ContactFileError, match=r"'Work Email'.*column mapping"):
        read_contacts(path)

    result = read_contacts(
        path,
        column_map={
            "Full Name": "name",
            "Private Email": "email",
            "Work Email": "email",
            "Mobile": "phone",
            "Employer": "organisation",
            "Position": "title",
            "Sector": "industry",
            "Homepage": "website",
            "Remarks": "notes",
        },
    )

    assert result.format == "csv-mapped"
    assert result.records == (
        ContactRecord(
            line=2,
            name="Ingrid Bergman",
            organisation="Film AB",
            title="Producer",
            role=None,
            emails=("ingrid@film.example", "ingrid.b@home.example"),  # column order
            phones=("+46 70 123 45 67",),
            notes="Met in Stockholm",
            industry="Media",
            website="https://film.example",
        ),
        ContactRecord(
            line=3,
            name="nobody@film.example",
            organisation="Film AB",
            title=None,
            role=None,
            emails=("nobody@film.example",),
            phones=(),
            notes=None,
            needs_review=True,
        ),
    )
    assert result.issues == (
        ParseIssue(3, "row has no name; imported as 'nobody@film.example' and marked for review"),
    )


def test_column_mapping_with_first_and_last_name() -> None:
    data = b"Vorname,Nachname,Mail\r\nMax,Mustermann,max@example.de\r\n"

    mapping = {"Vorname": "first_name", "Nachname": "last_name", "Mail": "email"}

    result = read_csv(data, column_map=mapping)

    assert [(r.line, r.name, r.emails) for r in result.records] == [
        (2, "Max Mustermann", ("max@example.de",))
    ]


def test_bad_column_mappings() -> None:
    data = fixture("crm_export.tsv").read_bytes()

    with pytest.raises(ValueError, match="'surname'"):
        read_csv(data, column_map={"Full Name": "surname"})
    with pytest.raises(ValueError, match="name column"):
        read_csv(data, column_map={"Work Email": "email"})
    with pytest.raises(ContactFileError, match="'Nickname'"):
        read_csv(data, column_map={"Full Name": "name", "Nickname": "notes"}, source="crm.tsv")
    assert "industry" in CSV_TARGET_FIELDS


def test_malformed_rows_are_reported_with_their_lines() -> None:
    result = read_contacts(fixture("malformed_rows.csv"))

    assert lines_and_names(result) == [
        (2, "Good Row"),
        (6, "Multi Line Name"),  # a quoted name over two lines
        (8, "nameless@example.com"),  # no name: kept under its address, for review
        (9, "Bad Mail"),
        (10, "Last Row"),
    ]
    assert result.records[1].organisation == 'Acme "Quoted"'
    assert result.issues == (
        ParseIssue(
            3, "row has 2 cells but the header has 5; skipped (starts with 'Too Few')", skipped=True
        ),
        ParseIssue(
            5,
            "row has 6 cells but the header has 5; skipped (starts with 'Too Many')",
            skipped=True,
        ),
        ParseIssue(8, "row has no name; imported as 'nameless@example.com' and marked for review"),
        ParseIssue(9, "'not an address' is not an e-mail address; left out"),
        ParseIssue(9, "'12' is not a phone number; left out"),
    )


def test_utf16_without_bom_and_windows_1252_fallback() -> None:
    text = "name,email,company\r\nJosé Müller,jose@example.com,Café Größe\r\n"

    for data in (text.encode("utf-16-le"), text.encode("cp1252"), text.encode("utf-8")):
        result = read_csv(data)
        assert [(r.name, r.organisation) for r in result.records] == [("José Müller", "Café Größe")]


# ------------------------------------------------------------------ whole-file errors


@pytest.mark.parametrize("suffix", [".vcf", ".csv", ".txt"])
@pytest.mark.parametrize("content", [b"", b"   \r\n\r\n", codecs.BOM_UTF8])
def test_empty_file(tmp_path: Path, suffix: str, content: bytes) -> None:
    path = tmp_path / f"contacts{suffix}"
    path.write_bytes(content)

    with pytest.raises(ContactFileError, match=rf"contacts\{suffix}: the file is empty"):
        read_contacts(path)


@pytest.mark.parametrize("suffix", [".vcf", ".csv"])
def test_ten_megabytes_of_random_junk(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"junk{suffix}"
    path.write_bytes(random.Random(7).randbytes(10 * 1024 * 1024))

    with pytest.raises(ContactFileError, match="binary data"):
        read_contacts(path)


@pytest.mark.parametrize("fmt", ["vcard", "csv"])
def test_binary_file_with_text_start(tmp_path: Path, fmt: str) -> None:
    path = tmp_path / "photo.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 10)

    with pytest.raises(ContactFileError, match=r"photo\.png: it is binary data"):
        read_contacts(path, format=fmt)


def test_printable_junk(tmp_path: Path) -> None:
    rng = random.Random(11)
    junk = "".join(rng.choice("abc xyz,;\"'=:\n") for _ in range(2_000_000)).encode()
    path = tmp_path / "junk.txt"
    path.write_bytes(junk)

    with pytest.raises(ContactFileError, match="no vCard found"):
        read_contacts(path, format="vcard")
    with pytest.raises(ContactFileError, match="column mapping"):
        read_contacts(path, format="csv")


def test_csv_quote_never_closed() -> None:
    data = b'name,email\r\nAnn,ann@example.com\r\n"Bob,bob@example.com\r\n' + b"x" * 200_000

    with pytest.raises(ContactFileError, match=r"line 3: a cell .*quote that is never closed"):
        read_csv(data, source="people.csv")


def test_missing_file_names_the_file(tmp_path: Path) -> None:
    with pytest.raises(ContactFileError, match=r"Cannot import gone\.vcf: No such file"):
        read_contacts(tmp_path / "gone.vcf")


def test_format_detection(tmp_path: Path) -> None:
    vcard_as_txt = tmp_path / "export.txt"
    vcard_as_txt.write_bytes(codecs.BOM_UTF8 + b"\r\nBEGIN:VCARD\r\nFN:A B\r\nEND:VCARD\r\n")
    csv_as_txt = tmp_path / "list.txt"
    csv_as_txt.write_bytes(b"name,email\r\nA B,a@b.example\r\n")

    assert read_contacts(vcard_as_txt).format == "vcard"
    assert read_contacts(csv_as_txt).format == "csv-simple"
    with pytest.raises(ValueError, match="unknown contact file format"):
        read_contacts(csv_as_txt, format="xlsx")


# ------------------------------------------------- nothing but ContactFileError escapes

_VCARD_LINES = st.sampled_from(
    [
        "BEGIN:VCARD",
        "END:VCARD",
        "VERSION:2.1",
        "VERSION:3.0",
        "FN:Ann Example",
        "N:Example;Ann;;;",
        "N;ENCODING=QUOTED-PRINTABLE;CHARSET=bogus:=C3=",
        "NOTE;QUOTED-PRINTABLE:soft=",
        "EMAIL;PREF=x:ann@example.com",
        "TEL;VALUE=uri:tel:",
        'TEL;TYPE="open:1',
        "TEL;" + "a=," * 30 + '"' + ":1",
        "ORG:\\",
        "PHOTO;ENCODING=BASE64;JPEG:AAAA",
        " folded",
        "",
        ":",
        "AGENT:",
    ]
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(_VCARD_LINES, st.text(max_size=20)), max_size=30), st.booleans())
def test_any_vcard_like_text_gives_a_result_or_a_file_error(lines: list[str], crlf: bool) -> None:
    data = ("\r\n" if crlf else "\n").join(lines).encode("utf-8", "surrogatepass")
    try:
        result = read_vcard(data)
    except ContactFileError:
        return
    assert all(record.name for record in result.records)
    assert all(issue.line >= 1 for issue in result.issues)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=400))
def test_any_bytes_give_a_result_or_a_file_error(data: bytes) -> None:
    for read in (read_vcard, read_csv):
        with contextlib.suppress(ContactFileError):
            read(data)
