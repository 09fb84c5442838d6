"""The neutral result of reading an address book, and helpers shared by the readers.

vCard and CSV readers both turn a file into :class:`ContactRecord` values plus
:class:`ParseIssue` notes about what they had to leave out. Nothing here knows about
the database or Qt: the import service decides what to do with the records. (They do
know the buying-group roles of :class:`~circlesoftrust.models.ContactRole`: a vCard
``ROLE`` or a CSV "role" column that names one is read as that role.)
"""

from __future__ import annotations

import codecs
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from circlesoftrust import validation
from circlesoftrust.errors import CotError, ValidationError
from circlesoftrust.i18n import _
from circlesoftrust.plain_text import has_controls, looks_like_formula, without_controls
from circlesoftrust.vocabulary import ContactRole

__all__ = [
    "CSV_TARGET_FIELDS",
    "UNRANKED",
    "ColumnMappingNeeded",
    "ContactFileError",
    "ContactRecord",
    "ParseIssue",
    "ParseResult",
    "RecordDraft",
    "contact_role",
    "decode_text",
]

# Fields a CSV column can be mapped to (the column-mapping dialog offers these).
CSV_TARGET_FIELDS = (
    "name",
    "first_name",
    "last_name",
    "organisation",
    "title",
    "role",
    "email",
    "phone",
    "notes",
    "industry",
    "website",
)


@dataclass(frozen=True, slots=True)
class ContactRecord:
    """One person read from an address book, ready to be matched and imported."""

    line: int  # 1-based line in the source file where the card/row starts
    name: str  # full display name, never empty
    organisation: str | None
    title: str | None  # job title (vCard TITLE, CSV "Job Title"), as written
    role: ContactRole | None  # buying-group role, when a ROLE / "role" value names one
    emails: tuple[str, ...]  # lower-cased, de-duplicated, preferred first
    phones: tuple[str, ...]  # as written (minus "tel:"), de-duplicated, preferred first
    notes: str | None
    industry: str | None = None
    website: str | None = None
    # No name in the file: the record is named after its e-mail address, and the
    # account it lands in is marked "needs review".
    needs_review: bool = False


@dataclass(frozen=True, slots=True)
class ParseIssue:
    """Something in the file that was left out or changed, in plain words."""

    line: int
    message: str
    skipped: bool = False  # the card or row this is about was left out entirely


@dataclass(frozen=True, slots=True)
class ParseResult:
    records: tuple[ContactRecord, ...]
    issues: tuple[ParseIssue, ...]
    # "vcard" | "csv-google" | "csv-outlook" | "csv-simple" | "csv-mapped" | "csv-addresses"
    format: str


class ContactFileError(CotError):
    """The whole file cannot be read. ``str(error)`` names the file and says why."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(_("Cannot import {source}: {reason}").format(source=source, reason=reason))
        self.source = source
        self.reason = reason


class ColumnMappingNeeded(ContactFileError):
    """A CSV file whose columns are not a layout the reader knows (see
    :func:`circlesoftrust.io.csv_reader.detect_csv_layout`): the user has to say which
    column holds what. ``headers`` is the header row, ``sample`` the first data row (may
    be shorter or empty), both stripped, for the column-mapping step."""

    def __init__(
        self, source: str, reason: str, headers: Sequence[str], sample: Sequence[str] = ()
    ) -> None:
        super().__init__(source, reason)
        self.headers = tuple(headers)
        self.sample = tuple(sample)


# --------------------------------------------------------------------------- decoding

_BOMS: tuple[tuple[bytes, str], ...] = (
    # UTF-32 first: its little-endian BOM starts with the UTF-16 one.
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# C0 controls that a text address book does not contain. Tab, LF, CR are text; Office
# writes VT (Shift+Enter) and FF into notes.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f]")


def _utf16_without_bom(data: bytes) -> str | None:
    """Some Windows tools write UTF-16 without a BOM. An address book is mostly ASCII
    (``BEGIN:VCARD``, property names, header words, e-mail addresses), so most high
    bytes of its start are zero, and almost no low byte is; names in Polish, Greek or
    Chinese put non-zero high bytes between them. The start must also decode."""
    sample = data[:512]
    sample = sample[: len(sample) - len(sample) % 2]
    if len(sample) < 8:
        return None
    even, odd = sample[0::2], sample[1::2]
    for encoding, high, low in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if high.count(0) * 2 >= len(high) and low.count(0) * 20 <= len(low):
            try:
                # A surrogate half cut at the sample's end is not an error.
                sample.decode(encoding, errors="strict")
            except UnicodeDecodeError as error:
                if error.start < len(sample) - 2:
                    continue
            return encoding
    return None


def decode_text(data: bytes, source: str) -> tuple[str, str]:
    """Decode an address book file; return ``(text, encoding name)``.

    The choice is deterministic, in this order: a byte-order mark decides; ASCII-looking
    UTF-16 without a BOM; valid UTF-8; otherwise Windows-1252 (what Outlook and Excel
    write on Western Windows). Raises :class:`ContactFileError` for an empty file or one
    that is evidently binary.
    """
    if not data.strip():
        raise ContactFileError(source, _("the file is empty"))
    encoding: str | None = None
    body = data
    for bom, name in _BOMS:
        if data.startswith(bom):
            encoding, body = name, data[len(bom) :]
            break
    if encoding is None:
        encoding = _utf16_without_bom(data)
    if encoding is not None:
        # A BOM is a promise; a broken byte here and there should not lose the file.
        text = body.decode(encoding, errors="replace")
    else:
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            # Five cp1252 bytes are undefined; "replace" keeps decoding total.
            text, encoding = data.decode("cp1252", errors="replace"), "cp1252"
    sample = text[:65536]
    if "\x00" in text or len(_CONTROL.findall(sample)) > max(32, len(sample) // 50):
        raise ContactFileError(source, _("it is binary data, not a vCard or CSV address book"))
    if not text.strip():
        raise ContactFileError(source, _("the file is empty"))
    return text, encoding


# ------------------------------------------------------------------- record building


def clean_text(value: str | None) -> str | None:
    """Strip; ``None`` for nothing. Line breaks normalised to ``\\n``."""
    if value is None:
        return None
    text = value.replace("\r\n", "\n").replace("\r", "\n").strip()
    return text or None


def one_line(value: str | None) -> str:
    """Collapse all whitespace runs (names, organisations) to single spaces."""
    return " ".join(value.split()) if value else ""


def join_name(*parts: str | None) -> str:
    """Join name parts (prefix, given, middle, family, suffix), skipping empty ones."""
    return one_line(" ".join(part for part in parts if part and part.strip()))


@functools.lru_cache(maxsize=1024)
def contact_role(text: str | None) -> ContactRole | None:
    """The buying-group role a text names, or None.

    Tolerant of case, spaces and hyphens: "Decision maker", "decision-maker",
    "DECISION_MAKER" and "Finance" all name a role; "Head of Buying" does not. Cached: an
    address book repeats the same few values thousands of times.
    """
    if not text:
        return None
    try:
        return validation.choice(ContactRole, one_line(text), "role")
    except ValidationError:
        return None


UNRANKED = 101  # preference rank of a value nobody marked; vCard 4.0 PREF is 1..100


@dataclass
class RecordDraft:
    """Collects what a reader found for one card or row; :meth:`finish` validates it.

    ``title`` is the job title as written; ``role`` the text of a ROLE property or a
    "role" column: when it names a buying-group role (:func:`contact_role`) it becomes
    the record's role, otherwise it is kept as the job title (or, if the card has one
    already, in the notes, so nothing typed is lost).

    Emails and phones carry a preference rank (lower first; vCard 4.0 ``PREF=1`` is
    1, a 2.1/3.0 ``PREF`` type is 1 too, unranked values 101) so the preferred address
    comes first while the rest keep file order.
    """

    line: int
    name: str = ""
    organisation: str | None = None
    title: str | None = None
    role: str | None = None
    industry: str | None = None
    website: str | None = None
    # (rank, order found, value as written, line) and the notes, in file order
    emails: list[tuple[int, int, str, int]] = field(default_factory=list)
    phones: list[tuple[int, int, str, int]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def add_email(self, value: str, *, rank: int = UNRANKED, line: int | None = None) -> None:
        self.emails.append((rank, len(self.emails), value, line or self.line))

    def add_phone(self, value: str, *, rank: int = UNRANKED, line: int | None = None) -> None:
        self.phones.append((rank, len(self.phones), value, line or self.line))

    def add_note(self, value: str | None) -> None:
        text = clean_text(value)
        if text:
            self.notes.append(text)

    def _remove_controls(self, issues: list[ParseIssue]) -> None:
        """Take control characters (terminal escapes, NUL...) out, and say so."""
        cleaned = []
        for label in ("name", "organisation", "title", "role", "industry", "website"):
            value = getattr(self, label)
            if value and has_controls(value):
                setattr(self, label, without_controls(value))
                cleaned.append(label)
        if any(has_controls(note) for note in self.notes):
            self.notes = [without_controls(note) for note in self.notes]
            cleaned.append("notes")
        for values in (self.emails, self.phones):
            values[:] = [(r, o, without_controls(v), n) for r, o, v, n in values]
        if cleaned:
            issues.append(
                ParseIssue(
                    self.line,
                    _("control characters removed from {items}").format(items=", ".join(cleaned)),
                )
            )

    def finish(self, kind: str, issues: list[ParseIssue]) -> ContactRecord | None:
        """Return the record, or ``None`` (with an issue) when it has no usable name.

        ``kind`` is "card" or "row", used in messages.
        """
        self._remove_controls(issues)
        name = one_line(self.name)
        if name and looks_like_formula(name):
            issues.append(
                ParseIssue(
                    self.line,
                    _(
                        "the name {name!r} starts like a spreadsheet formula; imported as text "
                        "— check it"
                    ).format(name=name),
                )
            )
        emails = _unique_emails(self.emails, issues)
        needs_review = False
        if not name and emails:
            # An address without a name (a mailing list, an export of addresses only):
            # kept, named after the address, for the user to review.
            name, needs_review = emails[0], True
            issues.append(
                ParseIssue(
                    self.line,
                    (
                        _("card has no name; imported as {name!r} and marked for review")
                        if kind == "card"
                        else _("row has no name; imported as {name!r} and marked for review")
                    ).format(name=name),
                )
            )
        if not name:
            found = [one_line(self.organisation), *[one_line(e[2]) for e in self.emails[:1]]]
            hint = ", ".join(part for part in found if part)
            what = _("card has no name (FN or N)") if kind == "card" else _("row has no name")
            said = _("{what}; skipped").format(what=what)
            issues.append(
                ParseIssue(self.line, said + (f" ({hint})" if hint else ""), skipped=True)
            )
            return None
        phones = _unique_phones(self.phones, issues)
        title = one_line(self.title) or None
        role_text = one_line(self.role) or None
        role = contact_role(role_text)
        if role is None and role_text is not None:
            # Not one of our roles ("Kundeansvarlig"): a job title, or kept in the notes.
            if title is None:
                title = role_text
            elif role_text.casefold() != title.casefold():
                self.add_note(_("Role: {role_text}").format(role_text=role_text))
        notes = "\n\n".join(self.notes) or None
        return ContactRecord(
            line=self.line,
            name=name,
            organisation=one_line(self.organisation) or None,
            title=title,
            role=role,
            emails=emails,
            phones=phones,
            notes=notes,
            industry=one_line(self.industry) or None,
            website=one_line(self.website) or None,
            needs_review=needs_review,
        )


def _sorted_values(found: Sequence[tuple[int, int, str, int]]) -> list[tuple[str, int]]:
    ordered = sorted(found) if len(found) > 1 else found
    return [(value, line) for _rank, _order, value, line in ordered]


def _unique_emails(
    found: Sequence[tuple[int, int, str, int]], issues: list[ParseIssue]
) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for raw, line in _sorted_values(found):
        text = raw.strip()
        if text.endswith(">") and "<" in text:  # "Jane Doe <jane@example.com>"
            text = text[text.rfind("<") + 1 : -1]
        if text[:7].lower() == "mailto:":
            text = text[7:]
        text = text.strip().lower()
        if not text or text in seen or text.startswith("/o="):
            continue  # "/o=..." is an Exchange-internal (X.500) address, not an e-mail one
        try:
            validation.email(text)
        except ValidationError:
            issues.append(
                ParseIssue(
                    line,
                    _("{strip!r} is not an e-mail address; left out").format(strip=raw.strip()),
                )
            )
            continue
        seen[text] = None
    return tuple(seen)


_TEL_EXTENSION = re.compile(r";\s*ext=", re.IGNORECASE)
_NOT_DIGIT = re.compile(r"\D")


def normalise_phone(raw: str) -> str:
    """``tel:`` URIs (vCard 4.0) become the number as people write it."""
    text = raw.strip()
    if text[:4].lower() == "tel:":
        text = _TEL_EXTENSION.sub(" ext. ", text[4:])
        text = text.split(";", 1)[0]  # other URI parameters (phone-context...) are noise
    return one_line(text)


def _unique_phones(
    found: Sequence[tuple[int, int, str, int]], issues: list[ParseIssue]
) -> tuple[str, ...]:
    seen: dict[str, str] = {}  # digits (with a leading "+") -> as written
    for raw, line in _sorted_values(found):
        text = normalise_phone(raw)
        if not text:
            continue
        try:
            validation.phone(text)
        except ValidationError:
            issues.append(
                ParseIssue(
                    line, _("{strip!r} is not a phone number; left out").format(strip=raw.strip())
                )
            )
            continue
        key = ("+" if text.startswith("+") else "") + _NOT_DIGIT.sub("", text)
        seen.setdefault(key, text)
    return tuple(seen.values())


# ---------------------------------------------------------------- limits of a file

# Far above any real address book (50,000 cards without photos are ~30 MB); stops a
# mis-picked disk image from being read into memory.
MAX_FILE_BYTES = 512 * 1024 * 1024
VCARD_SUFFIXES = (".vcf", ".vcard")
