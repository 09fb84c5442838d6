"""Address-book column names in Dutch, German and French, read as their English originals.

Outlook and Google write their CSV headers in the language of the user's Office or
Google account: a Dutch Outlook writes ``Voornaam,Achternaam,Bedrijf,E-mailadres``, a
German one ``Vorname,Nachname,Firma,E-Mail-Adresse``, a French one
``Prénom,Nom,Société,Adresse de messagerie``. :func:`english_headers` turns such a header
row into the English names the layouts in :mod:`.csv_reader` know (lower case), column by
column, so one set of layout rules serves every language.

The tables hold what those programs write (Outlook desktop 2013-365, Outlook.com, Google
Contacts) and the plain words people put over a hand-made list. Columns that hold
nothing we import (addresses, birthdays, fax numbers, display names of e-mail addresses)
are left as they are: the Outlook and Google layouts ignore what they do not read.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

__all__ = ["english_headers", "normalise_header"]


def normalise_header(header: str) -> str:
    """Casefolded, NFC, one space between words, no quotes or trailing colon."""
    text = unicodedata.normalize("NFC", header).strip().strip("\"'").casefold()
    text = text.replace("_", " ").replace("\u00a0", " ")
    return " ".join(text.split()).rstrip(":").strip()


# --- one column name -> the English Outlook / Google / plain name it stands for ---------

_OUTLOOK: dict[str, str] = {
    # Dutch (Outlook "Exporteren naar een bestand", Outlook.com)
    "titel": "title",
    "voornaam": "first name",
    "middelste naam": "middle name",
    "tweede voornaam": "middle name",
    "achternaam": "last name",
    "achtervoegsel": "suffix",
    "bedrijf": "company",
    "functie": "job title",
    "notities": "notes",
    "webpagina": "web page",
    "telefoon op werk": "business phone",
    "telefoon op werk 2": "business phone 2",
    "mobiele telefoon": "mobile phone",
    "telefoon thuis": "home phone",
    "telefoon thuis 2": "home phone 2",
    "andere telefoon": "other phone",
    "hoofdtelefoon": "primary phone",
    "hoofdtelefoon bedrijf": "company main phone",
    "telefoon bedrijf": "company main phone",
    "autotelefoon": "car phone",
    "telefoon assistent": "assistant's phone",
    "terugbellen": "callback",
    "pieper": "pager",
    "semafoon": "pager",
    "radiotelefoon": "radio phone",
    "teksttelefoon": "tty/tdd phone",
    # German
    "anrede": "title",
    "vorname": "first name",
    "weitere vornamen": "middle name",
    "zweiter vorname": "middle name",
    "nachname": "last name",
    "namenszusatz": "suffix",
    "firma": "company",
    "position": "job title",
    "notizen": "notes",
    "webseite": "web page",
    "webseite geschäftlich": "web page",
    "telefon geschäftlich": "business phone",
    "telefon geschäftlich 2": "business phone 2",
    "mobiltelefon": "mobile phone",
    "mobiltelefon 2": "mobile phone",
    "telefon privat": "home phone",
    "telefon privat 2": "home phone 2",
    "weiteres telefon": "other phone",
    "haupttelefon": "primary phone",
    "telefon firma": "company main phone",
    "autotelefon": "car phone",
    "telefon assistent": "assistant's phone",
    "rückmeldung": "callback",
    "funkruf": "pager",
    "mobilfunk": "radio phone",
    "telefon für hörbehinderte": "tty/tdd phone",
    # French
    "titre": "title",
    "prénom": "first name",
    "deuxième prénom": "middle name",
    "second prénom": "middle name",
    "suffixe": "suffix",
    "société": "company",
    "titre du poste": "job title",
    "fonction": "job title",
    "page web": "web page",
    "téléphone (bureau)": "business phone",
    "téléphone 2 (bureau)": "business phone 2",
    "tél. mobile": "mobile phone",
    "téléphone mobile": "mobile phone",
    "téléphone (domicile)": "home phone",
    "téléphone 2 (domicile)": "home phone 2",
    "téléphone (autre)": "other phone",
    "autre téléphone": "other phone",
    "téléphone principal": "primary phone",
    "téléphone société": "company main phone",
    "téléphone (voiture)": "car phone",
    "téléphone de l'assistant(e)": "assistant's phone",
    "rappel": "callback",
    "récepteur de radiomessagerie": "pager",
    "radiotéléphone": "radio phone",
    "téléphone tdd/tty": "tty/tdd phone",
    "rnis": "isdn",
}

# Plain headers of hand-made lists (mapped to the plain English word csv_reader knows).
_PLAIN: dict[str, str] = {
    # names
    "naam": "name",
    "volledige naam": "name",
    "weergavenaam": "display name",
    "contactpersoon": "contact",
    "vollständiger name": "name",
    "anzeigename": "display name",
    "kontakt": "contact",
    "ansprechpartner": "contact",
    "nom complet": "name",
    "nom d'affichage": "display name",
    "familienname": "last name",
    "nom de famille": "last name",
    # organisation
    "organisatie": "organisation",
    "bedrijfsnaam": "company name",
    "unternehmen": "company",
    "organisation": "organisation",
    "firmenname": "company name",
    "entreprise": "company",
    "organisme": "organisation",
    # role / title
    "rol": "role",
    "rolle": "role",
    "rôle": "role",
    "funktion": "position",
    "berufsbezeichnung": "job title",
    "poste": "position",
    # e-mail
    "e-mail": "email",
    "email": "email",
    "e-mailadres": "e-mail address",
    "emailadres": "e-mail address",
    "e-mail-adresse": "e-mail address",
    "emailadresse": "e-mail address",
    "e-mail adresse": "e-mail address",
    "adresse e-mail": "e-mail address",
    "adresse email": "e-mail address",
    "adresse électronique": "e-mail address",
    "adresse de messagerie": "e-mail address",
    "courriel": "email",
    "mél": "email",
    # phone
    "telefoon": "phone",
    "telefoonnummer": "phone number",
    "mobiel": "mobile",
    "mobiele nummer": "mobile",
    "gsm": "mobile",
    "telefon": "phone",
    "telefonnummer": "phone number",
    "mobil": "mobile",
    "handy": "mobile",
    "handynummer": "mobile",
    "téléphone": "phone",
    "numéro de téléphone": "phone number",
    "portable": "mobile",
    "mobile": "mobile",
    # notes, industry, website
    "opmerking": "note",
    "opmerkingen": "notes",
    "notitie": "note",
    "notiz": "note",
    "bemerkung": "comment",
    "bemerkungen": "comments",
    "kommentar": "comment",
    "remarque": "comment",
    "remarques": "comments",
    "commentaire": "comment",
    "commentaires": "comments",
    "branche": "industry",
    "sector": "industry",
    "sektor": "industry",
    "secteur": "industry",
    "secteur d'activité": "industry",
    "internetseite": "website",
    "site web": "website",
    "site internet": "website",
}

# Numbered e-mail columns: Outlook EN "E-mail 2 Address", DE "E-Mail 2: Adresse", NL
# "E-mailadres 2", FR "Adresse de messagerie 2"; after normalise_header.
_NUMBERED_EMAIL = re.compile(
    r"(?:e-?mail(?:-?adres(?:se)?)?|adresse de messagerie|adresse e-?mail|courriel)"
    r" ?(?P<n>[1-9])? ?:? ?(?:address|adresse|adres)?"
)
# Display names and types of those addresses are not addresses.
_EMAIL_NOT_ADDRESS = re.compile(r"type|typ|weergavenaam|angezeigter name|nom complet|display")

# Google's numbered groups, localised: "E-mail 1 - Waarde", "Telefon 2 - Wert",
# "Téléphone 1 - Valeur", "Organisatie 1 - Naam", "Organisation 1 - Titel".
_GOOGLE_KIND = {
    "e-mail": "e-mail",
    "e-mailadres": "e-mail",
    "e-mail-adresse": "e-mail",
    "email": "e-mail",
    "telefoon": "phone",
    "telefon": "phone",
    "téléphone": "phone",
    "phone": "phone",
    "website": "website",
    "webseite": "website",
    "site web": "website",
    "organisatie": "organization",
    "organisation": "organization",
    "organization": "organization",
}
_GOOGLE_PART = {
    "value": "value",
    "waarde": "value",
    "wert": "value",
    "valeur": "value",
    "type": "type",
    "typ": "type",
    "label": "label",
    "libellé": "label",
    "name": "name",
    "naam": "name",
    "nom": "name",
    "title": "title",
    "titel": "title",
    "titre": "title",
    "position": "title",
    "functie": "title",
    "fonction": "title",
}
_GOOGLE_NUMBERED = re.compile(r"(?P<kind>.+?) (?P<n>\d+) - (?P<part>.+)")

# Google Contacts' name columns (old and new layouts) in the three languages.
_GOOGLE_NAMES: dict[str, str] = {
    "naamvoorvoegsel": "name prefix",
    "naamachtervoegsel": "name suffix",
    "namenspräfix": "name prefix",
    "namenssuffix": "name suffix",
    "préfixe du nom": "name prefix",
    "suffixe du nom": "name suffix",
    "organisatienaam": "organization name",
    "organisationsname": "organization name",
    "nom de l'organisation": "organization name",
    "organisatietitel": "organization title",
    "organisationstitel": "organization title",
    "titre dans l'organisation": "organization title",
}


def _one(key: str, has_given_name: bool) -> str:
    if key in _OUTLOOK:
        return _OUTLOOK[key]
    if key in _GOOGLE_NAMES:
        return _GOOGLE_NAMES[key]
    if key == "nom":  # French: the family name beside "Prénom", else the whole name
        return "last name" if has_given_name else "name"
    numbered = _GOOGLE_NUMBERED.fullmatch(key)
    if numbered:
        kind = _GOOGLE_KIND.get(numbered["kind"])
        part = _GOOGLE_PART.get(numbered["part"])
        if kind and part:
            return f"{kind} {numbered['n']} - {part}"
        return key
    if not _EMAIL_NOT_ADDRESS.search(key):
        email = _NUMBERED_EMAIL.fullmatch(key)
        if email and key not in _PLAIN and key not in ("e-mail", "email"):
            number = email["n"]
            return f"e-mail {number} address" if number and number != "1" else "e-mail address"
    return _PLAIN.get(key, key)


def english_headers(headers: Sequence[str]) -> list[str]:
    """The header row with each name in English and lower case (unknown ones kept)."""
    keys = [normalise_header(header) for header in headers]
    has_given_name = any(
        _OUTLOOK.get(key) == "first name" or key in ("first name", "given name") for key in keys
    )
    return [_one(key, has_given_name) for key in keys]
