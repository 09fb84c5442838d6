"""Normalised keys: how two spellings of one phone, e-mail, organisation or person compare.

Each function is pure and cheap to call again (the hot ones are memoised per distinct
value: first names, last names, phone numbers and domains repeat a lot in a big book).

* Phones: E.164 through ``phonenumbers`` ("+49 30 8170947" and "030 8170947" with the
  default region DE are both ``+49308170947``); a number that cannot be read that way
  keeps only its digits, so it still matches its own other spellings.
* E-mail: ``email-validator``'s normalisation (Unicode NFC, IDNA domain, lower-case
  domain) and the local part in lower case too: no mail provider in use treats
  ``Anna.Berg`` and ``anna.berg`` as two mailboxes (decision in the README).
* Organisations: the legal form (AG, GmbH, BV, LLC, Ltd, Inc., SARL ... from ``cleanco``'s
  maintained list of legal forms of many countries) and punctuation removed.
* People: the name's parts parsed (``nameparser``: "Doe, John", titles, suffixes,
  "van der Berg"), transliterated (German umlauts ü -> ue first, then ``anyascii`` for
  every other script), and first names with their nickname forms (``nicknames``: a
  hand-curated table of English given names, Bob -> Robert, Peggy -> Margaret).
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

__all__ = [
    "PHONE_REGIONS",
    "NameKey",
    "default_phone_region",
    "email_key",
    "fold",
    "name_key",
    "org_key",
    "phone_display",
    "phone_key",
    "skeleton",
    "website_key",
]

# German first (ü -> ue, as a German writes it without umlauts); anyascii does the rest
# (é -> e, ø -> o, Cyrillic, Greek ...).
_GERMAN = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "ẞ": "ss"})
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


@functools.lru_cache(maxsize=200_000)
def phone_key(raw: str | None, region: str | None) -> str | None:
    """The number in E.164 (``+49308170947``), or its digits when it is not a number
    ``phonenumbers`` can place (a national number with no default region); None when empty."""
    if not raw or not raw.strip():
        return None
    text = raw.strip()
    try:
        number = phonenumbers.parse(text, region)
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
_FORM_SIZES = sorted(_LEGAL_FORMS, reverse=True)
_PUNCT = re.compile(r"[.,\-]")


@functools.lru_cache(maxsize=200_000)
def org_key(name: str) -> str:
    """An organisation's name without its legal form and punctuation: "Alder Legal AG",
    "ALDER LEGAL" and "Alder-Legal GmbH & Co. KG" are all "alder legal"."""
    words = [w for w in name.split() if any(c.isalnum() for c in w)]
    # Compared as cleanco normalises its terms; the words kept are folded as written.
    parts = [_form_token(w) for w in words]
    # Forms stack ("GmbH & Co. KG", "Holding B.V."): strip from the end until none is
    # left; the first word always stays (a company called "Holding").
    stripped = True
    while stripped:
        stripped = False
        for size in _FORM_SIZES:
            if len(parts) > size and tuple(parts[-size:]) in _LEGAL_FORMS[size]:
                del parts[-size:]
                del words[-size:]
                stripped = True
                break
    return fold(" ".join(words)) or fold(name)


@functools.lru_cache(maxsize=50_000)
def _form_token(word: str) -> str:
    return _PUNCT.sub("", word.lower() if word.isascii() else _cleanco_fold(word))


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


@functools.lru_cache(maxsize=50_000)
def full_forms(first: str) -> tuple[str, ...]:
    """A folded first name and the full names it may be short for: "bob" -> ("bob",
    "robert"); Bob and Robert (and Rob) then share the block "robert"."""
    if len(first) <= 1:
        return (first,)
    return (first, *sorted({fold(c) for c in _NICKNAMES.canonicals_of(first)} - {first}))


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
