"""Normalised keys: how two spellings of one phone, e-mail, organisation or person compare.

Each function is pure and cheap to call again (the hot ones are memoised per distinct
value: first names, last names, phone numbers and domains repeat a lot in a big book).

* Phones: E.164 through ``phonenumbers`` ("+49 30 8170947" and "030 8170947" with the
  default region DE are both ``+49308170947``); a number that cannot be read that way
  keeps only its digits, so it still matches its own other spellings.
* E-mail: ``email-validator``'s normalisation (Unicode NFC, IDNA domain, lower-case
  domain) and the local part in lower case too: no mail provider in use treats
  ``Anna.Berg`` and ``anna.berg`` as two mailboxes (decision in the README). The
  *mailbox* key goes further for the pass: a sub-address (``anna+crm@``) and, at Gmail,
  dots and ``googlemail.com`` reach the same mailbox.
* Organisations: the legal form (AG, GmbH, BV, LLC, Ltd, Inc., SARL ... from ``cleanco``'s
  maintained list of legal forms of many countries) and punctuation removed.
* People: the name's parts parsed (``nameparser``: "Doe, John", titles, suffixes,
  "van der Berg"), transliterated (German umlauts ü -> ue and Nordic ø -> oe, æ -> ae
  first, then ``anyascii`` for every other script), and first names with their nickname
  forms (``nicknames``: a hand-curated table of English given names, Bob -> Robert,
  Peggy -> Margaret; :mod:`.given_names`: German and Dutch short forms, Sepp -> Josef,
  Kees -> Cornelis).
"""

from __future__ import annotations

import functools
import locale
import re
import unicodedata
from dataclasses import dataclass

import phonenumbers
from anyascii import anyascii
from cleanco import prepare_default_terms
from cleanco.clean import remove_accents as _cleanco_fold
from email_validator import EmailNotValidError, validate_email
from nameparser import HumanName
from nameparser.config import CONSTANTS as _NAME_CONSTANTS
from nicknames import NickNamer

from circlesoftrust.duplicates import given_names

__all__ = [
    "PHONE_REGIONS",
    "NameKey",
    "default_phone_region",
    "email_key",
    "fold",
    "legal_form",
    "mailbox_key",
    "name_key",
    "nickname_of",
    "org_key",
    "phone_display",
    "phone_key",
    "skeleton",
    "website_key",
]

# German first (ü -> ue, as a German writes it without umlauts), and the Nordic letters
# the same way (ø -> oe, æ -> ae: Søren is Soeren in an address book without them);
# anyascii does the rest (é -> e, ı -> i, Cyrillic, Greek ...).
_GERMAN = str.maketrans(
    {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "ẞ": "ss", "ø": "oe", "æ": "ae"}
)
_NOT_ALNUM = re.compile(r"[^a-z0-9]+")
_REPEATS = re.compile(r"(.)\1+")
_DIGITS = re.compile(r"\D")
PHONE_REGIONS: frozenset[str] = frozenset(phonenumbers.SUPPORTED_REGIONS)


@functools.lru_cache(maxsize=200_000)
def fold(text: str) -> str:
    """Lower-case ASCII words separated by one space: "Jürgen  Müller-Lüd." ->
    "juergen mueller lued"."""
    if text.isascii():  # most names: no transliteration to do
        return " ".join(_NOT_ALNUM.sub(" ", text.lower()).split())
    lowered = unicodedata.normalize("NFC", text).lower().translate(_GERMAN)
    return " ".join(_NOT_ALNUM.sub(" ", anyascii(lowered).lower()).split())


_DIGRAPHS = (("sch", "s"), ("ph", "f"), ("th", "t"), ("ck", "k"), ("dt", "t"), ("tz", "s"))
_SOUND_CLASSES = str.maketrans("dbgcqzvwx", "tpkkksffk", "aeiouyh")


@functools.lru_cache(maxsize=200_000)
def skeleton(word: str) -> str:
    """A folded word's consonants by sound, doubles collapsed: "mueller", "muller" and
    "müller" are "mlr"; "schmidt" and "schmitt" "smt"; "katharina" and "katarina"
    "ktrn". Blocks spelling variants together (a cheap phonetic key)."""
    text = word.replace(" ", "")
    if not text:
        return ""
    for pair, sound in _DIGRAPHS:
        text = text.replace(pair, sound)
    head = text[0].translate(str.maketrans("dbgcqzvwx", "tpkkksffk"))
    return _REPEATS.sub(r"\1", head + text[1:].translate(_SOUND_CLASSES))


# ------------------------------------------------------------------------------- phones


def default_phone_region() -> str | None:
    """The region national numbers are read in when no setting says: the locale's country."""
    for value in (locale.getlocale()[0], locale.setlocale(locale.LC_CTYPE, None)):
        if value and "_" in value:
            region = value.split("_", 1)[1][:2].upper()
            if region in phonenumbers.SUPPORTED_REGIONS:
                return region
    return None


# "+49 30 8170947", "+1 415-555-2671": international, digits and plain separators only.
_PLAIN_INTERNATIONAL = re.compile(r"\+[0-9][0-9 ./-]{6,24}")


@functools.lru_cache(maxsize=1_000)
def _keeps_its_digits(country_code: int) -> bool:
    """Whether ``phonenumbers`` writes a number of this country code in E.164 with the
    digits typed after the code, as long as they do not start with 0: true where no
    region of the code strips anything but a leading 0 (Germany, the Netherlands, Italy
    ...); false where a trunk prefix or a rewrite rule applies (NANP's 1, Russia's 8,
    Argentina's 15, Mexico's 01 ...)."""
    regions = phonenumbers.COUNTRY_CODE_TO_REGION_CODE.get(country_code, ())
    if not regions:
        return False
    for region in regions:
        meta = phonenumbers.PhoneMetadata.metadata_for_region_or_calling_code(country_code, region)
        if meta is None:
            return False
        prefix, parsing = meta.national_prefix, meta.national_prefix_for_parsing
        if not ((parsing is None and prefix in (None, "0")) or parsing == prefix == "0"):
            return False
    return True


def _plain_e164(text: str) -> str | None:
    """The E.164 key of a plain international number without parsing it (a parse costs
    20 µs; a first check parses 475,000 of them at 100k accounts), or None when only
    ``phonenumbers`` can tell (a trunk 0 or "(0)", an extension, letters, a country
    whose numbers it rewrites). tests/unit/test_duplicate_keys.py checks it gives what
    the parse gives, for every country code."""
    if not _PLAIN_INTERNATIONAL.fullmatch(text):
        return None
    digits = _DIGITS.sub("", text)
    for size in (1, 2, 3):
        code = int(digits[:size])
        if code in phonenumbers.COUNTRY_CODE_TO_REGION_CODE:
            national = digits[size:]
            if len(national) < 4 or national.startswith("0") or not _keeps_its_digits(code):
                return None
            return "+" + digits
    return None


@functools.lru_cache(maxsize=200_000)
def phone_key(raw: str | None, region: str | None) -> str | None:
    """The number in E.164 (``+49308170947``), or its digits when it is not a number
    ``phonenumbers`` can place (a national number with no default region); None when empty."""
    if not raw or not raw.strip():
        return None
    text = raw.strip()
    plain = _plain_e164(text)
    if plain is not None:
        return plain
    return parsed_phone_key(text, region)


def parsed_phone_key(text: str, region: str | None) -> str | None:
    """:func:`phone_key` by a full ``phonenumbers`` parse (``text`` trimmed)."""
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        number = None
    if (number is None or not phonenumbers.is_possible_number(number)) and text.startswith("00"):
        # "0049 30 ..." typed in a region whose international prefix is not 00 (US: 011),
        # or with no region: 00 is the prefix of most of the world.
        try:
            number = phonenumbers.parse("+" + text[2:], None)
        except phonenumbers.NumberParseException:
            number = None
    if number is not None and phonenumbers.is_possible_number(number):
        e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        if number.extension:
            e164 += f"x{number.extension}"
        return e164
    digits = _DIGITS.sub("", text)
    if len(digits) < 3:
        return None
    return ("+" if text.startswith("+") else "") + digits


@functools.lru_cache(maxsize=20_000)
def phone_display(key: str) -> str:
    """An E.164 key in international form for reasons ("+49 30 8170947"); cached: the
    pass words every shared phone, and parsing one costs 50 µs."""
    if not key.startswith("+"):
        return key
    try:
        number = phonenumbers.parse(key.split("x", 1)[0], None)
    except phonenumbers.NumberParseException:
        return key
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


# ------------------------------------------------------------------------------- e-mail


@functools.lru_cache(maxsize=200_000)
def _domain_key(domain: str) -> str:
    try:
        return validate_email(f"x@{domain}", check_deliverability=False).ascii_domain.lower()
    except EmailNotValidError:
        return domain.lower()


def email_key(raw: str | None) -> str | None:
    """The address as compared: normalised by ``email-validator``, all lower case; an
    address it refuses is compared by its trimmed lower-case text."""
    if not raw or not raw.strip():
        return None
    text = raw.strip()
    local, at, domain = text.rpartition("@")
    if not at or not local:
        return text.lower()
    # The domain (IDNA, case) is what email-validator normalises; checked once per domain.
    return f"{unicodedata.normalize('NFC', local).lower()}@{_domain_key(domain)}"


_GMAIL = frozenset({"gmail.com", "googlemail.com"})


def mailbox_key(raw: str | None) -> str | None:
    """The mailbox an address reaches, for finding duplicates: :func:`email_key` without
    a sub-address ("anna+crm@" is "anna@": Gmail, Outlook, iCloud, Fastmail and most
    company servers deliver it there) and, at Gmail, without dots and with
    googlemail.com as gmail.com. Never used to merge on import (that takes the address)."""
    key = email_key(raw)
    if key is None or "@" not in key:
        return key
    local, _, domain = key.rpartition("@")
    base = local.split("+", 1)[0] or local
    if domain in _GMAIL:
        domain = "gmail.com"
        base = base.replace(".", "") or base
    return f"{base}@{domain}"


def full_email_key(raw: str) -> str | None:
    """The same key through one full ``validate_email`` call (used in tests as the
    reference for :func:`email_key`'s per-domain shortcut)."""
    try:
        valid = validate_email(raw.strip(), check_deliverability=False)
    except EmailNotValidError:
        return None
    return f"{valid.local_part.lower()}@{valid.ascii_domain.lower()}"


# -------------------------------------------------------------------------- organisations


# cleanco's legal forms as token tuples by length: looked up from the end of a name in a
# set (cleanco's own basename() walks its whole list for every name: 0.3 ms a name, 30 s
# for 100,000 accounts).
_LEGAL_FORMS: dict[int, frozenset[tuple[str, ...]]] = {}
for _size, _parts in prepare_default_terms():
    _LEGAL_FORMS[_size] = _LEGAL_FORMS.get(_size, frozenset()) | {tuple(_parts)}
# The same forms written without spaces and dots ("S.à r.l." = "sarl", "Pty. Ltd." =
# "ptyltd"), and forms cleanco's list lacks (German e.K., UG (haftungsbeschränkt),
# Austrian GesmbH, PartG mbB, KGaA, Dutch VOF, Belgian BVBA/SPRL, Nordic ApS/Oyj ...).
_JOINED_FORMS: frozenset[str] = frozenset(
    {"".join(parts) for forms in _LEGAL_FORMS.values() for parts in forms}
    | {
        "ek", "ekfm", "ekfr", "ug", "ughaftungsbeschrankt", "ughaftungsbeschraenkt", "gesmbh",
        "gmbh", "partg", "partgmbb", "kgaa", "ohg", "gbr", "eg", "ev", "se", "sa", "sas",
        "sasu", "eurl", "sarl", "sl", "slu", "sau", "srl", "snc", "spa", "vof", "cv", "bvba",
        "sprl", "nv", "bv", "llp", "lp", "cic", "llc", "pllc", "corp", "inc", "incorporated",
        "ltd", "limited", "plc", "ptyltd", "pty", "co", "company", "coltd", "aps", "ab",
        "asa", "as", "oy", "oyj", "kft", "zrt", "sro", "spzoo", "doo", "ag", "kg", "gmbhcokg",
        "agcokg", "secokg", "ugcokg", "gmbhcoohg", "ltdcokg",
    }
)  # fmt: skip
_MAX_FORM_WORDS = 4
# Forms written before the name in their countries (OOO Romashka, PT Maju, SIA Baltic,
# AB Volvo).
_LEADING_FORMS = frozenset(
    {"ooo", "oao", "zao", "pao", "ao", "pt", "sia", "uab", "too", "tov", "ab"}
)
# Joining words a company writes either way ("Nut & Bolt" / "Nut and Bolt"); "&" has no
# letters and is dropped with the punctuation.
_JOINING_WORDS = frozenset({"and", "und", "et", "en"})


@functools.lru_cache(maxsize=200_000)
def org_key(name: str) -> str:
    return _org_parts(name)[0]


@functools.lru_cache(maxsize=50_000)
def legal_form(name: str) -> str:
    """The legal form an organisation's name ends with, without dots and spaces: "B.V."
    and "BV" are both "bv", "GmbH & Co. KG" is "gmbhcokg"; "" when it has none. Two names
    with the same :func:`org_key` and the same form are one company written two ways."""
    return _org_parts(name)[1]


def _org_parts(name: str) -> tuple[str, str]:
    """An organisation's name without its legal form, punctuation and a leading "The":
    "Alder Legal AG", "ALDER LEGAL", "The Alder Legal" and "Alder-Legal GmbH & Co. KG"
    are all "alder legal"."""
    words = [w for w in name.split() if any(c.isalnum() for c in w)]
    # Compared as cleanco normalises its terms; the words kept are folded as written.
    parts = [_form_token(w) for w in words]
    if len(parts) > 1 and parts[-1] == "the" and words[-2].endswith(","):
        del parts[-1], words[-1]  # "Grove Group, The"
    if len(parts) > 1 and parts[0] == "the":
        del parts[0], words[0]
    forms: list[str] = []
    if len(parts) > 1 and parts[0] in _LEADING_FORMS:
        forms.append(parts[0])
        del parts[0], words[0]
    # Forms stack ("GmbH & Co. KG", "Holding B.V."): strip from the end until none is
    # left; the first word always stays (a company called "Holding").
    stripped = True
    while stripped:
        stripped = False
        for size in range(min(_MAX_FORM_WORDS, len(parts) - 1), 0, -1):
            tail = parts[-size:]
            if tuple(tail) in _LEGAL_FORMS.get(size, ()) or "".join(tail) in _JOINED_FORMS:
                forms.append("".join(tail))
                del parts[-size:]
                del words[-size:]
                stripped = True
                break
    kept = [w for i, (w, p) in enumerate(zip(words, parts, strict=True))
            if not (0 < i < len(parts) - 1 and p in _JOINING_WORDS)]  # fmt: skip
    return fold(" ".join(kept)) or fold(name), "".join(reversed(forms))


@functools.lru_cache(maxsize=50_000)
def _form_token(word: str) -> str:
    return _NOT_WORD.sub("", word.lower() if word.isascii() else _cleanco_fold(word.lower()))


_NOT_WORD = re.compile(r"[\W_]+")


def website_key(raw: str | None) -> str | None:
    """A website's host without scheme and "www.": "https://www.Alder.ch/about" -> "alder.ch"."""
    if not raw or not raw.strip():
        return None
    text = raw.strip().lower()
    text = re.sub(r"^[a-z][a-z0-9+.-]*://", "", text)
    host = re.split(r"[/?#:]", text, maxsplit=1)[0]
    host = host.removeprefix("www.")
    return host or None


# ------------------------------------------------------------------------------- people

_NICKNAMES = NickNamer()
_SPECIAL_WORDS = frozenset(
    w.lower()
    for group in (
        _NAME_CONSTANTS.titles,
        _NAME_CONSTANTS.suffix_acronyms,
        _NAME_CONSTANTS.suffix_not_acronyms,
        _NAME_CONSTANTS.prefixes,
        _NAME_CONSTANTS.conjunctions,
    )
    for w in group
)
_SIMPLE_TOKEN = re.compile(r"^[^\W\d_][\w'’-]*$")


def _split_name(raw: str) -> tuple[str, str, str]:
    """(first, middle, last) as written. A plain "Given Family" name is split on spaces
    (what ``nameparser`` would do, ~100x cheaper); anything with a comma, a title, a
    suffix, a particle or an initial goes through ``nameparser``."""
    tokens = raw.split()
    if (
        2 <= len(tokens) <= 4
        and "," not in raw
        and all(_SIMPLE_TOKEN.match(t) and t.lower() not in _SPECIAL_WORDS for t in tokens)
    ):
        return tokens[0], " ".join(tokens[1:-1]), tokens[-1]
    parsed = HumanName(raw)
    first, middle, last = parsed.first, parsed.middle, parsed.last
    if not first and not last:
        return raw, "", ""
    return first, middle, last


@functools.lru_cache(maxsize=50_000)
def first_forms(first: str) -> frozenset[str]:
    """A folded first name with the full names it may be short for and the short forms
    it has: "bob" -> {"bob", "robert", "rob", ...}; the same set for every spelling in it."""
    forms = {first}
    if len(first) > 1:
        canon = _NICKNAMES.canonicals_of(first)
        forms |= {fold(c) for c in canon}
        if not canon:
            forms |= {fold(n) for n in _NICKNAMES.nicknames_of(first)}
    return frozenset(forms)


def _local_short_forms() -> dict[str, frozenset[str]]:
    fulls: dict[str, set[str]] = {}
    for full, short in given_names.pairs():
        fulls.setdefault(fold(short), set()).add(fold(full))
    return {short: frozenset(names) for short, names in fulls.items()}


# German and Dutch short forms -> the full names they stand for ("sepp" -> {"josef"}).
_LOCAL_FULLS = _local_short_forms()


@functools.lru_cache(maxsize=50_000)
def full_forms(first: str) -> tuple[str, ...]:
    """A folded first name and the full names it may be short for: "bob" -> ("bob",
    "robert"); Bob and Robert (and Rob) then share the block "robert"; "kees" ->
    ("kees", "cornelis")."""
    if len(first) <= 1:
        return (first,)
    fulls = {fold(c) for c in _NICKNAMES.canonicals_of(first)} | _LOCAL_FULLS.get(first, set())
    return (first, *sorted(fulls - {first}))


@functools.lru_cache(maxsize=100_000)
def nickname_of(a: str, b: str) -> bool:
    """Whether two folded first names are one name: English short forms through their
    full name (Bob, Rob, Robert), German and Dutch ones only with the full name itself
    (Kees / Cornelis; Jan and Hans are both Johannes, but two people)."""
    if a == b or len(a) <= 1 or len(b) <= 1:
        return False
    if first_forms(a) & first_forms(b):
        return True
    return b in _LOCAL_FULLS.get(a, ()) or a in _LOCAL_FULLS.get(b, ())


# Particles of family names (van, der, de, von, zu, du, di, ...): "von Mises" and "Mises"
# share a block. Words that are part of the name itself (Mac, St, San) are not particles.
_PARTICLES = frozenset(w.lower().rstrip("'’-") for w in _NAME_CONSTANTS.prefixes) - {
    "mac",
    "mc",
    "san",
    "santa",
    "st",
    "ste",
    "bin",
    "bint",
    "ibn",
    "abu",
}


@functools.lru_cache(maxsize=100_000)
def family_words(last: str) -> tuple[str, ...]:
    """A folded family name's own words without particles: "van der berg" -> ("berg",),
    "mueller luedenscheidt" -> ("mueller", "luedenscheidt"); () for one plain word."""
    words = last.split()
    if len(words) < 2:
        return ()
    return tuple(w for w in words if w not in _PARTICLES)


@dataclass(frozen=True, slots=True)
class NameKey:
    """A person's name, parsed and folded. ``first`` may be an initial ("j")."""

    first: str
    middle: str
    last: str

    @property
    def full(self) -> str:
        return " ".join(p for p in (self.first, self.middle, self.last) if p)

    @property
    def initial(self) -> str:
        return self.first[:1]

    @property
    def is_initial(self) -> bool:
        return len(self.first) == 1


@functools.lru_cache(maxsize=200_000)
def name_key(raw: str) -> NameKey:
    """A person's name parsed ("Doe, John" -> first "john", last "doe") and folded."""
    first, middle, last = _split_name(" ".join(raw.split()))
    return NameKey(fold(first), fold(middle), fold(last))
