"""Read vCard 2.1, 3.0 and 4.0 address books into :class:`ContactRecord` values.

vobject does the content-line grammar: ``vobject.base.parseLine`` splits a line into
group, name, parameters (quoted values included) and value, and ``splitFields`` splits
escaped structured values (N, ORG). We do not call ``vobject.readComponents``/``readOne``:

* Speed. ``readOne`` takes about 0.45 ms for a 16-line card (2,200 cards/s: 22 s for a
  50,000-card file) because it builds a ``ContentLine`` object per line and runs every
  property's behaviour, which base64-decodes or unescapes character by character every
  photo. We read nine property names; other lines (photos above all) are never parsed.
  That reads 10,000-15,000 cards/s.
* Robustness. ``readComponents`` raises at the first broken card and the cards after it
  are lost; here a broken line or card becomes a :class:`ParseIssue` with its line
  number and the other cards are kept. Its line regex also backtracks exponentially on
  some broken parameter lists (see ``_HEAD``).
* Quoted-printable. vobject decodes it in ``ContentLine.__init__``, which raises
  ``LookupError``/``UnicodeDecodeError`` (not vobject errors) for an unknown ``CHARSET``
  or mis-encoded bytes, and its ``allowQP`` line reader numbers the first line 0 and the
  line after a blank line one too low. So soft line breaks are joined here while
  unfolding, and each value is decoded with its ``CHARSET`` (falling back to UTF-8, then
  to the charset charset-normalizer detects for the file's undeclared bytes) after
  vobject has parsed the line.

Unfolding itself is the one-rule part of the grammar: a physical line starting with a
space or tab continues the previous line (RFC 6350 3.2, RFC 2425 5.8.1, vCard 2.1 2.1.3);
unlike vobject we keep that space in 2.1 cards, where folding happens at existing space.
"""

from __future__ import annotations

import binascii
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import NamedTuple

import charset_normalizer
from vobject.base import (  # type: ignore[import-untyped, unused-ignore]
    ParseError as VObjectParseError,
)
from vobject.base import parseLine
from vobject.vcard import splitFields  # type: ignore[import-untyped, unused-ignore]

from circlesoftrust.i18n import _
from circlesoftrust.io.contact_records import (
    UNRANKED,
    ContactFileError,
    ContactRecord,
    ParseIssue,
    ParseResult,
    RecordDraft,
    decode_text,
    join_name,
)

__all__ = ["read_vcard"]

# The only properties we read; every other line of a card is skipped unparsed.
_WANTED = frozenset({"FN", "N", "ORG", "TITLE", "ROLE", "EMAIL", "TEL", "NOTE", "URL"})


def _physical_lines(text: str) -> list[str]:
    # Not str.splitlines(): that also breaks on form feeds, U+2028 and friends inside
    # values, which would split a property in two.
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def _logical_lines(text: str) -> Iterator[tuple[int, str]]:
    """Yield ``(first physical line number, unfolded line)``; blank lines are dropped."""
    upper = text.upper()
    has_qp = "QUOTED-PRINTABLE" in upper
    has_base64 = "BASE64" in upper
    parts: list[str] = []
    start = 0
    qp = base64 = False
    # vCard 2.1 folds like RFC 822, before existing white space, so unfolding keeps the
    # space ("Kowalska\r\n Consulting" is "Kowalska Consulting"); 3.0 and 4.0 insert the
    # space, and unfolding removes it. VERSION comes right after BEGIN in every client.
    keep = 1
    for number, line in enumerate(_physical_lines(text), 1):
        if parts:
            if qp and parts[-1].endswith("="):
                # Quoted-printable soft line break (Android, Outlook): the value goes on
                # with this whole line, leading spaces included.
                parts[-1] = parts[-1][:-1]
                parts.append(line)
                continue
            if line[:1] in (" ", "\t"):
                parts.append(line[keep:])
                continue
            if base64 and line.strip() and ":" not in line:
                # vCard 2.1 base64 (old Nokia/Outlook photos) may continue unindented
                # until a blank line; base64 has no colon, a new property does.
                parts.append(line)
                continue
            yield start, "".join(parts)
            parts = []
        if not line.strip():
            continue
        line = line.lstrip()
        parts = [line]
        start = number
        if line[0] in "vV" and line[:8].upper() == "VERSION:":
            keep = 0 if line[8:].strip() == "2.1" else 1
        if has_qp or has_base64:
            head = line.split(":", 1)[0].upper()
            qp = has_qp and "QUOTED-PRINTABLE" in head
            base64 = has_base64 and "BASE64" in head
    if parts:
        yield start, "".join(parts)


def _marker(line: str) -> str | None:
    """Tell a card's own BEGIN:VCARD / END:VCARD line ("BEGIN" / "END") from others."""
    compact = "".join(line.split()).upper()
    if compact == "BEGIN:VCARD":
        return "BEGIN"
    if compact == "END:VCARD":
        return "END"
    return None


def _property_name(line: str) -> str | None:
    """The upper-cased property name without its group, or None if there is no colon."""
    colon = line.find(":")
    if colon < 0:
        return None
    semi = line.find(";", 0, colon)
    head = line[: semi if semi >= 0 else colon]
    return head[head.rfind(".") + 1 :].strip().upper()


class _Params(NamedTuple):
    types: frozenset[str]
    rank: int
    quoted_printable: bool
    charset: str


_NO_PARAMS = _Params(frozenset(), UNRANKED, False, "")


def _read_params(params: list[list[str]]) -> _Params:
    if not params:
        return _NO_PARAMS
    types: set[str] = set()
    rank = UNRANKED
    quoted_printable = False
    charset = ""
    for param in params:
        key = param[0].upper()
        if len(param) == 1:  # vCard 2.1 bare parameters: CELL, PREF, QUOTED-PRINTABLE
            types.add(key.lower())
        elif key == "TYPE":
            for value in param[1:]:
                types.update(value.lower().replace(" ", "").split(","))
        elif key == "PREF":  # vCard 4.0: 1 is the most preferred
            try:
                rank = min(rank, max(1, min(100, int(param[1]))))
            except ValueError:
                rank = 1
        elif key == "ENCODING":
            quoted_printable |= param[1].upper() == "QUOTED-PRINTABLE"
        elif key == "CHARSET":
            charset = param[1].strip()
    if "pref" in types:
        rank = 1
    quoted_printable |= "quoted-printable" in types
    return _Params(frozenset(types), rank, quoted_printable, charset)


# The head of a content line, "[group.]NAME[;PARAM[=value][,value]...]...:", in the same
# grammar as vobject's line regex, but with possessive quantifiers. vobject's pattern nests
# optional repeats, so a line it cannot match (say a parameter with a stray quote after a
# dozen "a=," pieces) backtracks exponentially: 4 s for 12 pieces, hours for 20. Lines this
# rejects are unreadable; lines it accepts vobject matches on its first try.
_VALUE_PIECE = r'(?:"[^"]*+"|[^";:,]*+)'
_HEAD = re.compile(
    r"(?:[A-Za-z0-9_-]++\.)?+[A-Za-z0-9_-]++"
    r"(?:;(?=[;:]))?+"
    rf"(?:;[A-Za-z0-9_-]++(?:[=,]{_VALUE_PIECE})*+)*+"
    r":"
)


# Parameters a content line may have before it is read as garbage (real cards: < 10).
MAX_PARAMETERS = 100


def _split_line(line: str, number: int) -> tuple[list[list[str]], str] | None:
    """Parameters and raw value of a content line, or None if it breaks the grammar."""
    head = _HEAD.match(line)
    if head is None:
        return None
    if ";" not in head.group():
        # Half the lines have no parameters; vobject's regex would only say the same.
        return [], line[head.end() :]
    if head.group().count(";") > MAX_PARAMETERS:
        # vobject keeps every parameter as lists of strings (~390 bytes of memory per
        # byte of ";a=b;a=b..."); no real card has more than a handful.
        return None
    try:
        _name, params, value, _group = parseLine(line, number)
    except VObjectParseError:
        return None
    return params, value


def _qp_bytes(value: str, codec: str) -> tuple[bytes, str]:
    """The bytes a quoted-printable value stands for, and the codec it was encoded with.

    Anything can be in CHARSET: unknown names (LookupError), binary codecs such as
    "base64" (LookupError on str.encode), "undefined" or "idna" (UnicodeError).
    """
    try:
        # A raw (unencoded) character round-trips through the declared charset unchanged.
        return binascii.a2b_qp(value.encode(codec, errors="replace")), codec
    except (LookupError, ValueError):
        return binascii.a2b_qp(value.encode("utf-8", errors="replace")), "utf-8"


def _decode_quoted_printable(value: str, charset: str, undeclared: str) -> str:
    """Decode a quoted-printable value in its CHARSET.

    Without a CHARSET (vCard 2.1 says ASCII; phones write their own code page) the bytes
    are UTF-8 when they decode as UTF-8, else ``undeclared``: the charset detected for the
    whole file's undeclared bytes (:func:`_undeclared_charset`).
    """
    raw, codec = _qp_bytes(value, charset or "utf-8")
    for candidate in dict.fromkeys((codec, "utf-8", undeclared)):
        try:
            return raw.decode(candidate)
        except (LookupError, ValueError):
            continue
    return raw.decode("cp1252", errors="replace")


# The code pages phones and desktop address books of Europe wrote before UTF-8 (Windows
# and ISO twins) and the common East Asian ones; the detector chooses among these only.
_UNDECLARED_CANDIDATES = [
    "cp1250",
    "cp1251",
    "cp1252",
    "cp1253",
    "cp1254",
    "cp1257",
    "iso8859_2",
    "koi8_r",
    "shift_jis",
    "gb18030",
    "big5",
    "euc_kr",
]


def _undeclared_charset(text: str) -> str:
    """The charset of the quoted-printable values that declare none and are not UTF-8.

    A Polish phone writes ``N;ENCODING=QUOTED-PRINTABLE:Iksi=F1ski`` in Windows-1250
    (ń); read as Latin-1 it would be "Iksiñski". One value is too short to tell, so
    every such value of the file is handed to charset-normalizer at once (a maintained
    detector that scores the decodings of a sample by how much they look like language
    text). Windows-1252 when nothing is undeclared or the detector has no answer.
    """
    sample = bytearray()
    for number, line in _logical_lines(text):
        head = line.split(":", 1)[0].upper()
        if "QUOTED-PRINTABLE" not in head or "CHARSET" in head:
            continue
        parsed = _split_line(line, number)
        if parsed is None:
            continue
        raw, _codec = _qp_bytes(parsed[1], "utf-8")
        try:
            raw.decode("utf-8")
        except UnicodeDecodeError:
            sample += raw + b"\n"
    if not sample:
        return "cp1252"
    best = charset_normalizer.from_bytes(bytes(sample), cp_isolation=_UNDECLARED_CANDIDATES).best()
    return best.encoding if best is not None else "cp1252"


def _guard_trailing_backslash(value: str) -> str:
    # vobject's unescaper turns a lone backslash at the very end into "\eof".
    if value.endswith("\\") and (len(value) - len(value.rstrip("\\"))) % 2:
        return value + "\\"
    return value


# Same rules as vobject's stringToTextValues (escapable: \ ; , n N "; any other escape is
# kept as written) but one regex pass instead of a Python loop per character, which costs
# ~0.15 us per character: 0.3 s per 50,000 one-line notes, seconds for long notes.
_ESCAPE = re.compile(r'\\([\\;,nN"])')


def _text(value: str) -> str:
    """Unescape a text value (``\\n``, ``\\,``, ``\\;``, ``\\\\``)."""
    if "\\" not in value:
        return value
    return _ESCAPE.sub(lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def _fields(value: str, join: str) -> list[str]:
    """Split a structured value (N, ORG) on unescaped ``;``.

    A component may hold a comma-separated list (``N:Doe;John;Paul,George;;``); its
    items are joined with ``join``.
    """
    if "\\" not in value:
        return [join.join(part.split(",")) for part in value.split(";")]
    parts: list[str | list[str]] = splitFields(_guard_trailing_backslash(value))
    return [part if isinstance(part, str) else join.join(part) for part in parts]


@dataclass
class _Card:
    start: int
    draft: RecordDraft
    bad_lines: list[tuple[int, str]] = field(default_factory=list)
    structured_name: list[str] | None = None
    title: str = ""
    role: str = ""
    previous_property: str = ""
    nested: int = 0  # depth of vCard 2.1 AGENT cards embedded in this one


def _add_property(card: _Card, name: str, line: str, number: int, undeclared: str) -> None:
    parsed = _split_line(line, number)
    if parsed is None:
        card.bad_lines.append((number, line))
        return
    raw_params, value = parsed
    params = _read_params(raw_params)
    if params.quoted_printable:
        value = _decode_quoted_printable(value, params.charset, undeclared)
    draft = card.draft
    if name == "FN":
        if not draft.name.strip():
            draft.name = _text(value)
    elif name == "N":
        if card.structured_name is None:
            card.structured_name = _fields(value, " ")
    elif name == "ORG":
        if draft.organisation is None:
            draft.organisation = _fields(value, ", ")[0].strip() or None
    elif name == "TITLE":
        card.title = card.title or _text(value).strip()
    elif name == "ROLE":
        card.role = card.role or _text(value).strip()
    elif name == "EMAIL":
        draft.add_email(_text(value), rank=params.rank, line=number)
    elif name == "TEL":
        if "fax" not in params.types:
            draft.add_phone(_text(value), rank=params.rank, line=number)
    elif name == "NOTE":
        draft.add_note(_text(value))
    elif name == "URL" and not draft.website:
        # Google writes "http\://"; a colon needs no escape in any vCard version.
        draft.website = _text(value).replace("\\:", ":").strip() or None


def _finish_card(card: _Card, records: list[ContactRecord], issues: list[ParseIssue]) -> None:
    if card.bad_lines:
        first, text = card.bad_lines[0]
        preview = text if len(text) <= 60 else text[:57] + "..."
        if len(card.bad_lines) == 1:
            message = _("unreadable line left out: {preview!r}").format(preview=preview)
        else:
            message = _("{len} unreadable lines left out, the first: {preview!r}").format(
                len=len(card.bad_lines), preview=preview
            )
        issues.append(ParseIssue(first, message))
    draft = card.draft
    # TITLE is the job title; ROLE becomes the buying-group role when it names one
    # (RecordDraft.finish decides, and keeps any other ROLE text).
    draft.title = card.title or None
    draft.role = card.role or None
    if not draft.name.strip() and card.structured_name:
        family, given, additional, prefix, suffix = (card.structured_name + [""] * 5)[:5]
        draft.name = join_name(prefix, given, additional, family, suffix)
    record = draft.finish("card", issues)
    if record is not None:
        records.append(record)


def read_vcard(data: bytes, *, source: str = "<data>") -> ParseResult:
    """Parse a vCard file (any number of cards, versions 2.1/3.0/4.0 mixed).

    A card that is broken (no name, no END:VCARD) becomes a :class:`ParseIssue` and the
    other cards are still read. Raises :class:`ContactFileError` when the data is empty,
    binary or contains no ``BEGIN:VCARD`` at all.
    """
    text, _encoding = decode_text(data, source)
    undeclared = _undeclared_charset(text) if "QUOTED-PRINTABLE" in text.upper() else "cp1252"
    records: list[ContactRecord] = []
    issues: list[ParseIssue] = []
    card: _Card | None = None
    cards_seen = 0
    stray: list[int] = []  # lines outside any card

    for number, line in _logical_lines(text):
        name = _property_name(line)
        marker = _marker(line) if name == "BEGIN" or name == "END" else None
        if card is None:
            if marker == "BEGIN":
                card = _Card(number, RecordDraft(number))
                cards_seen += 1
            else:
                stray.append(number)
        elif marker == "BEGIN":
            if card.previous_property == "AGENT" or card.nested:
                card.nested += 1  # vCard 2.1 AGENT: a card embedded in this one
                continue
            issues.append(
                ParseIssue(
                    card.start,
                    _("card has no END:VCARD before the next card; skipped"),
                    skipped=True,
                )
            )
            card = _Card(number, RecordDraft(number))
            cards_seen += 1
        elif marker == "END":
            if card.nested:
                card.nested -= 1
            else:
                _finish_card(card, records, issues)
                card = None
        elif card.nested:
            continue
        elif name is None:
            card.bad_lines.append((number, line))
        else:
            card.previous_property = name
            if name in _WANTED:
                _add_property(card, name, line, number, undeclared)

    if card is not None:
        issues.append(
            ParseIssue(
                card.start,
                _("card is not closed (no END:VCARD; is the file cut short?); skipped"),
                skipped=True,
            )
        )
    if not cards_seen:
        raise ContactFileError(source, _("no vCard found in it (no BEGIN:VCARD line)"))
    if stray:
        count = len(stray)
        what = "line outside BEGIN:VCARD … END:VCARD" if count == 1 else "lines outside cards"
        issues.append(ParseIssue(stray[0], f"{count} {what} ignored"))
    issues.sort(key=lambda issue: issue.line)
    return ParseResult(tuple(records), tuple(issues), "vcard")
