"""Address books as Dutch, German and French users export them (issue 14, point 4).

The fixtures in tests/fixtures/contacts/ carry the full column lists Outlook (desktop
and 365) and Google Contacts write in those languages, in the encodings they use
(Outlook desktop: Windows-1252; Outlook 365: UTF-8 with BOM), a UTF-16 vCard without a
byte-order mark, and a vCard 2.1 from a Polish phone that writes Windows-1250 bytes in
quoted-printable without a CHARSET.
"""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from circlesoftrust.io.address_book import read_contacts
from circlesoftrust.io.contact_records import ContactRecord, ParseResult
from circlesoftrust.io.csv_reader import csv_headers, detect_csv_layout, read_csv
from circlesoftrust.io.vcard_reader import read_vcard

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "contacts"


def people(result: ParseResult) -> dict[str, ContactRecord]:
    return {record.name: record for record in result.records}


# ----------------------------------------------------------------- Outlook, localised


def test_dutch_outlook_export_with_all_its_columns() -> None:
    result = read_contacts(FIXTURES / "outlook_nl_windows1252.csv")

    assert result.format == "csv-outlook"
    found = people(result)
    sanne = found["Sanne van Dijk"]
    assert sanne.organisation == "Bakkerij De Korenschoof B.V."
    assert sanne.title == "Directeur"  # "Functie" is the job title, "Titel" the prefix
    # "E-mailadres 2" / "E-mailadres 3" are read; the display-name columns are not
    assert sanne.emails == (
        "sanne@korenschoof.example",
        "s.vandijk@prive.example",
        "sanne.vd@gmail.example",
    )
    assert "+31 20 555 0134" in sanne.phones and "06 12345678" in sanne.phones
    assert "+31 20 555 0135" not in sanne.phones  # "Fax op werk" is a fax
    assert sanne.notes is not None and sanne.notes.startswith("Wil graag één keer")
    assert sanne.website == "https://korenschoof.example"
    # an Exchange-internal first address is skipped; "E-mailadres 2" is the address
    assert found["Dhr. Joost Smeets"].emails == ("joost@smeets-zonen.example",)


def test_german_outlook_export_with_numbered_e_mail_columns() -> None:
    result = read_contacts(FIXTURES / "outlook_de_windows1252.csv")

    assert result.format == "csv-outlook"
    jutta = people(result)["Frau Jutta Weiß"]
    assert jutta.organisation == "Müller & Söhne Maschinenbau GmbH"
    assert jutta.title == "Geschäftsführerin"
    assert jutta.emails == (
        "j.weiss@mueller-soehne.example",
        "jutta.weiss@web.example",  # "E-Mail 2: Adresse"
        "jw@mueller-soehne.example",  # "E-Mail 3: Adresse"
    )
    assert set(jutta.phones) == {"+49 89 1234560", "0171 2345678"}
    assert jutta.website == "www.mueller-soehne.example"
    klaus = people(result)["Klaus Groß"]
    assert klaus.phones == ("030 98765432", "030 98765433")


def test_french_outlook_365_export() -> None:
    result = read_contacts(FIXTURES / "outlook_fr_utf8_bom.csv")

    assert result.format == "csv-outlook"
    found = people(result)
    helene = found["Mme Hélène Lefèvre"]  # "Nom" beside "Prénom" is the family name
    assert helene.organisation == "Boulangerie Lefèvre SARL"
    assert helene.title == "Gérante"
    assert helene.emails == ("helene@lefevre.example", "h.lefevre@orange.example")
    assert set(helene.phones) == {"+33 1 42 68 53 00", "06 12 34 56 78"}
    assert helene.notes == "Préfère être contactée par téléphone."
    assert found["François Dubois"].phones == ("04 72 00 11 22",)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        (
            "nl_short_comma.csv",
            [
                ("Fleur de Vries", "Kaasmakerij Fleur", ("fleur@kaasmakerij.example",)),
                ("Pieter Jansen", "Jansen Logistiek", ("pieter@jansen-logistiek.example",)),
            ],
        ),
        (
            "de_short_semicolon.csv",  # Excel in Germany: semicolons, Windows-1252
            [
                ("Bärbel Schröder", "Schröder Druck KG", ("b.schroeder@druck.example",)),
                ("Uwe Köhler", "Köhler IT", ("uwe@koehler-it.example",)),
            ],
        ),
    ],
)
def test_short_localised_layouts_need_no_column_mapping(
    name: str, expected: list[tuple[str, str, tuple[str, ...]]]
) -> None:
    result = read_contacts(FIXTURES / name)

    assert [(r.name, r.organisation, r.emails) for r in result.records] == expected
    assert result.issues == ()


@pytest.mark.parametrize(
    ("header", "layout"),
    [
        ("Voornaam,Achternaam,Bedrijf,E-mailadres", "csv-outlook"),
        ("Vorname,Nachname,Firma,E-Mail-Adresse", "csv-outlook"),
        ("Prénom,Nom,Société,Adresse de messagerie", "csv-outlook"),
        ("Naam,E-mail,Telefoon,Bedrijf,Functie,Notities", "csv-simple"),
        ("Name;E-Mail;Telefon;Unternehmen;Rolle;Notizen", "csv-simple"),
        ("Nom;Courriel;Téléphone;Entreprise;Fonction", "csv-simple"),
        ("E-Mail-Adresse", "csv-simple"),
        # Outlook's English numbered columns stay known
        ("First Name,Last Name,E-mail Address,E-mail 2 Address,E-mail 3 Address", "csv-outlook"),
        ("Kundennummer,Umsatz,Bundesland", None),  # nothing to read: ask for a mapping
    ],
)
def test_detected_layouts(header: str, layout: str | None) -> None:
    headers = csv_headers(header.encode() + b"\r\n")
    assert detect_csv_layout(headers) == layout


def test_french_nom_alone_is_the_whole_name() -> None:
    result = read_csv("Nom;Courriel\r\nAmélie Martin;amelie@martin.example\r\n".encode())
    assert [(r.name, r.emails) for r in result.records] == [
        ("Amélie Martin", ("amelie@martin.example",))
    ]


def test_english_outlook_second_and_third_addresses() -> None:
    data = (
        b"First Name,Last Name,Company,E-mail Address,E-mail 2 Address,E-mail 3 Address\r\n"
        b"Ada,Lovelace,Analytical Engines,,ada@engines.example,ada@home.example\r\n"
    )
    (ada,) = read_csv(data).records
    assert ada.emails == ("ada@engines.example", "ada@home.example")


# ------------------------------------------------------------------ Google, localised


def test_google_export_from_a_dutch_account() -> None:
    result = read_contacts(FIXTURES / "google_nl.csv")

    assert result.format == "csv-google"
    (eva,) = result.records
    assert (eva.name, eva.organisation, eva.title) == ("Eva Bakker", "Bakker Advies", "Adviseur")
    assert eva.emails == ("eva@bakker-advies.example", "eva.bakker@ziggo.example")
    assert eva.phones == ("+31 6 98765432",)  # the "Werkfax" number is left out


def test_google_export_from_a_german_account() -> None:
    result = read_contacts(FIXTURES / "google_de.csv")

    assert result.format == "csv-google"
    (lena,) = result.records
    assert lena.name == "Dr. Lena Zimmermann"
    assert (lena.organisation, lena.title) == ("Zimmermann Consulting GmbH", "Partnerin")
    assert lena.emails == ("lena@zimmermann-consulting.example",)
    assert lena.phones == ("0151 1234567",)


# ------------------------------------------------------------------ addresses only


def test_a_list_of_addresses_under_one_header_imports_them_for_review() -> None:
    result = read_contacts(FIXTURES / "newsletter_emails_nl.csv")

    assert [(r.line, r.name, r.needs_review) for r in result.records] == [
        (2, "anne@voorbeeld.example", True),
        (3, "bram@tuin.example", True),
    ]
    assert [issue.line for issue in result.issues if issue.skipped] == [5]  # not an address


def test_a_bare_list_of_addresses_without_a_header() -> None:
    result = read_contacts(FIXTURES / "addresses_only.txt")

    assert result.format == "csv-addresses"
    assert [(r.name, r.emails, r.needs_review) for r in result.records] == [
        ("kees@molenaar.example", ("kees@molenaar.example",), True),
        ("maria.santos@bakery.example", ("maria.santos@bakery.example",), True),
        ("Tom Peeters", ("tom@peeters.example",), False),  # the display name names him
    ]


# ------------------------------------------------------------------------- vCards


@pytest.mark.parametrize("name", ["utf16le_no_bom.vcf", "utf16be_no_bom.vcf"])
def test_utf16_vcard_without_a_byte_order_mark(name: str) -> None:
    data = (FIXTURES / name).read_bytes()
    assert not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))

    result = read_contacts(FIXTURES / name)

    assert [(r.name, r.organisation) for r in result.records] == [
        ("Agnieszka Wiśniewska", "Łódź Żegluga Sp. z o.o."),
        ("Νίκος Ζαχαρίου", None),
    ]
    assert result.records[0].emails == ("agnieszka@zegluga.example",)


def test_utf16_csv_without_a_byte_order_mark_with_non_latin_names() -> None:
    text = "Name,E-mail,Company\r\n王小明,xiaoming@example.cn,北京贸易有限公司\r\n"
    for encoding in ("utf-16-le", "utf-16-be"):
        (record,) = read_csv(text.encode(encoding)).records
        assert (record.name, record.organisation) == ("王小明", "北京贸易有限公司")


def test_polish_vcard_21_without_charset_is_detected_not_read_as_latin_1() -> None:
    result = read_contacts(FIXTURES / "polish_21_windows1250_no_charset.vcf")

    assert [(r.name, r.organisation) for r in result.records] == [
        ("Paweł Iksiński", "Hurtownia Spożywcza Iksiński"),
        ("Małgorzata Wiśniewska", "Zakład Stolarski Źrebię"),
        ("Grzegorz Łukaszewicz", "Spółdzielnia Mleczarska"),
    ]
    assert result.records[1].notes == "Żona prezesa; przypomnieć o zamówieniu."
    assert "Iksiñski" not in str(result)


def test_a_declared_charset_and_utf8_still_win_over_detection() -> None:
    card = (
        b"BEGIN:VCARD\r\nVERSION:2.1\r\n"
        b"N;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:Mu=F1oz;Jos=E9;;;\r\n"
        b"NOTE;ENCODING=QUOTED-PRINTABLE:Caf=C3=A9 con le=C3=B1a\r\n"
        b"END:VCARD\r\n"
    )
    (record,) = read_vcard(card).records
    assert record.name == "José Muñoz"
    assert record.notes == "Café con leña"
