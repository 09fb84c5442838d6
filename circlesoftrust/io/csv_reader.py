"""Read CSV address books into :class:`ContactRecord` values.

Recognised without help: Google Contacts exports (the older "Given Name / Family Name"
layout and the newer "First Name / Last Name" one), Outlook exports (English headers)
and a simple file whose headers are all plain words like ``name,email,phone,company,
role``; :func:`detect_csv_layout` tells which of these a header row is. Anything else
needs a column mapping (header -> one of CSV_TARGET_FIELDS), which the caller gets from
the user: :func:`read_csv` raises :class:`ColumnMappingNeeded` with the headers.
"""

from __future__ import annotations

import csv
import io
import itertools
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field

from circlesoftrust import validation
from circlesoftrust.errors import ValidationError
from circlesoftrust.i18n import _
from circlesoftrust.io.contact_records import (
    CSV_TARGET_FIELDS,
    UNRANKED,
    ColumnMappingNeeded,
    ContactFileError,
    ContactRecord,
    ParseIssue,
    ParseResult,
    RecordDraft,
    decode_text,
    join_name,
)
from circlesoftrust.io.header_names import english_headers

__all__ = ["ColumnMappingNeeded", "csv_headers", "detect_csv_layout", "read_csv"]


@dataclass
class _Plan:
    """Which columns (by index) feed which part of a record."""

    format: str
    full_name: list[int] = field(default_factory=list)  # first non-empty wins
    name_parts: list[int] = field(default_factory=list)  # joined in this order
    organisation: list[int] = field(default_factory=list)
    title: list[int] = field(default_factory=list)  # job title
    role: list[int] = field(default_factory=list)  # buying-group role (or a title)
    # (value column, label column or None); a label starting with "*" marks the
    # preferred value (Google), a label containing "fax" drops a phone number
    emails: list[tuple[int, int | None]] = field(default_factory=list)
    phones: list[tuple[int, int | None]] = field(default_factory=list)
    notes: list[int] = field(default_factory=list)  # all joined
    industry: list[int] = field(default_factory=list)
    website: list[int] = field(default_factory=list)


# ------------------------------------------------------------------------ layouts


def _index(headers: Sequence[str]) -> dict[str, int]:
    """Lower-cased header -> first column with it."""
    found: dict[str, int] = {}
    for i, header in enumerate(headers):
        found.setdefault(header.strip().lower(), i)
    return found


def _columns(index: Mapping[str, int], *names: str) -> list[int]:
    return [index[name] for name in names if name in index]


_GOOGLE_VALUE = re.compile(r"(e-mail|phone|website) (\d+) - value")


def _google_plan(headers: Sequence[str]) -> _Plan | None:
    index = _index(headers)
    numbered: dict[str, list[tuple[int, int, int | None]]] = {
        "e-mail": [],
        "phone": [],
        "website": [],
    }
    for key, column in index.items():
        match = _GOOGLE_VALUE.fullmatch(key)
        if match:
            kind, number = match.group(1), int(match.group(2))
            label = index.get(f"{kind} {number} - type", index.get(f"{kind} {number} - label"))
            numbered[kind].append((number, column, label))
    has_name = any(key in index for key in ("name", "given name", "first name"))
    if not has_name or not (numbered["e-mail"] or numbered["phone"]):
        return None
    organisations = sorted(
        (int(m.group(1)), column)
        for key, column in index.items()
        if (m := re.fullmatch(r"organization (\d+) - name", key))
    )
    titles = sorted(
        (int(m.group(1)), column)
        for key, column in index.items()
        if (m := re.fullmatch(r"organization (\d+) - title", key))
    )
    return _Plan(
        format="csv-google",
        full_name=_columns(index, "name"),
        name_parts=_columns(
            index,
            "name prefix",
            "given name",
            "first name",
            "additional name",
            "middle name",
            "family name",
            "last name",
            "name suffix",
        ),
        organisation=[c for _, c in organisations] + _columns(index, "organization name"),
        title=[c for _, c in titles] + _columns(index, "organization title"),
        emails=[(column, label) for _, column, label in sorted(numbered["e-mail"])],
        phones=[(column, label) for _, column, label in sorted(numbered["phone"])],
        notes=_columns(index, "notes"),
        website=[column for _, column, _label in sorted(numbered["website"])],
    )


# Outlook's phone columns, the likeliest number to reach the person first; faxes left out.
_OUTLOOK_PHONES = (
    "primary phone",
    "mobile phone",
    "business phone",
    "business phone 2",
    "company main phone",
    "home phone",
    "home phone 2",
    "other phone",
    "assistant's phone",
    "car phone",
    "callback",
    "isdn",
    "pager",
    "radio phone",
    "telex",
    "tty/tdd phone",
)


def _outlook_plan(headers: Sequence[str]) -> _Plan | None:
    index = _index(headers)
    markers = ("e-mail address", "company", "job title", "business phone", "mobile phone")
    if not ("first name" in index and "last name" in index and any(m in index for m in markers)):
        return None
    return _Plan(
        format="csv-outlook",
        # Outlook's "Title" is the name prefix (Mr., Dr.), its "Job Title" the job title.
        name_parts=_columns(index, "title", "first name", "middle name", "last name", "suffix"),
        organisation=_columns(index, "company"),
        title=_columns(index, "job title"),
        emails=[
            (c, None)
            for c in _columns(index, "e-mail address", "e-mail 2 address", "e-mail 3 address")
        ],
        phones=[(c, None) for c in _columns(index, *_OUTLOOK_PHONES)],
        notes=_columns(index, "notes"),
        website=_columns(index, "web page"),
    )


# Plain header words auto-mapped when *every* header of a file is one of them.
_SIMPLE_HEADERS: dict[str, str] = {
    **dict.fromkeys(("name", "full name", "display name", "contact", "contact name"), "name"),
    **dict.fromkeys(("first name", "given name", "firstname", "first"), "first_name"),
    **dict.fromkeys(("last name", "family name", "surname", "lastname", "last"), "last_name"),
    **dict.fromkeys(
        ("company", "organisation", "organization", "org", "account", "company name"),
        "organisation",
    ),
    **dict.fromkeys(("title", "job title", "position"), "title"),
    **dict.fromkeys(("role", "buying role", "contact role"), "role"),
    **dict.fromkeys(("email", "e-mail", "email address", "e-mail address", "mail"), "email"),
    **dict.fromkeys(("phone", "telephone", "tel", "mobile", "phone number", "cell"), "phone"),
    **dict.fromkeys(("notes", "note", "comments", "comment"), "notes"),
    **dict.fromkeys(("industry", "sector"), "industry"),
    **dict.fromkeys(("website", "web site", "web page", "web", "url", "homepage"), "website"),
}


def _fields_plan(format: str, fields: Sequence[str | None]) -> _Plan:
    """A plan from one target field (or None) per column, in column order."""
    plan = _Plan(format=format)
    parts: dict[str, list[int]] = {"first_name": [], "last_name": []}
    for column, target in enumerate(fields):
        if target == "name":
            plan.full_name.append(column)
        elif target in parts:
            parts[target].append(column)
        elif target == "organisation":
            plan.organisation.append(column)
        elif target == "title":
            plan.title.append(column)
        elif target == "role":
            plan.role.append(column)
        elif target == "email":
            plan.emails.append((column, None))
        elif target == "phone":
            plan.phones.append((column, None))
        elif target == "notes":
            plan.notes.append(column)
        elif target == "industry":
            plan.industry.append(column)
        elif target == "website":
            plan.website.append(column)
    plan.name_parts = parts["first_name"] + parts["last_name"]
    return plan


def _simple_plan(headers: Sequence[str]) -> _Plan | None:
    keys = [header.strip().lower() for header in headers]
    if not all(key in _SIMPLE_HEADERS for key in keys if key):
        return None
    fields = [_SIMPLE_HEADERS.get(key) for key in keys]
    # A list of addresses alone is read too: each becomes a contact that needs review.
    if not {"name", "first_name", "last_name", "email"} & set(fields):
        return None
    return _fields_plan("csv-simple", fields)


def _detect_plan(headers: Sequence[str]) -> _Plan | None:
    # Dutch, German and French exports are read as their English originals, column by
    # column (positions unchanged).
    english = english_headers(headers)
    return _google_plan(english) or _outlook_plan(english) or _simple_plan(english)


def _address_list_plan(row: Sequence[str]) -> _Plan | None:
    """A file of bare e-mail addresses, without a header row (mailing-list exports)."""
    cells = [cell.strip() for cell in row]
    if not any(cells) or not all(_looks_like_address(cell) for cell in cells if cell):
        return None
    return _Plan(format="csv-addresses", emails=[(i, None) for i, c in enumerate(cells) if c])


def _looks_like_address(text: str) -> bool:
    if text.endswith(">") and "<" in text:  # "Jane Doe <jane@example.com>"
        text = text[text.rfind("<") + 1 : -1]
    try:
        validation.email(text)
    except ValidationError:
        return False
    return True


def detect_csv_layout(headers: Sequence[str]) -> str | None:
    """The address-book layout a CSV header row is, or None if it needs a column mapping.

    "csv-google" (Google Contacts, old and new), "csv-outlook" (Outlook) or "csv-simple"
    (every header a plain word such as name, email, company, role), with headers in
    English, Dutch, German or French (:mod:`.header_names`).
    """
    plan = _detect_plan(headers)
    return plan.format if plan is not None else None


def _mapped_plan(headers: Sequence[str], column_map: Mapping[str, str], source: str) -> _Plan:
    unknown = sorted({target for target in column_map.values()} - set(CSV_TARGET_FIELDS))
    if unknown:
        raise ValueError(
            f"column mapping targets {', '.join(map(repr, unknown))} are not among "
            f"{', '.join(CSV_TARGET_FIELDS)}"
        )
    if not {"name", "first_name", "last_name"} & set(column_map.values()):
        raise ValueError("the column mapping needs a name column (name, first_name or last_name)")
    stripped = [header.strip() for header in headers]
    folded = [header.casefold() for header in stripped]
    fields: list[str | None] = [None] * len(headers)
    missing: list[str] = []
    for header, target in column_map.items():
        key = header.strip()
        if key in stripped:
            columns = [i for i, h in enumerate(stripped) if h == key]
        else:
            columns = [i for i, h in enumerate(folded) if h == key.casefold()]
        if not columns:
            missing.append(header)
        for column in columns:
            fields[column] = target
    if missing:
        names = ", ".join(repr(header) for header in missing)
        raise ContactFileError(
            source, _("it has no column {names} (named in the column mapping)").format(names=names)
        )
    return _fields_plan("csv-mapped", fields)


# ------------------------------------------------------------------------- reading


_FIRST_LINE = re.compile(r"[^\r\n]*")


def _sniff_delimiter(text: str) -> str:
    """Comma, semicolon (Excel in much of Europe) or tab: the one the header row uses most.

    Counting on the header row is deterministic, unlike ``csv.Sniffer``, which guesses
    from a sample and sometimes picks a letter or a space.
    """
    header = _FIRST_LINE.match(text.lstrip("\r\n"), 0, 65536)
    counts = {",": 0, ";": 0, "\t": 0}
    quoted = False
    for char in header.group() if header else "":
        if char == '"':
            quoted = not quoted
        elif not quoted and char in counts:
            counts[char] += 1
    best = max(counts.values())
    return next(d for d, n in counts.items() if n == best) if best else ","


def _rows(text: str, source: str) -> Iterator[tuple[int, list[str]]]:
    """Yield ``(physical line where the row starts, cells)``; blank lines skipped."""
    delimiter = _sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    previous = 0
    try:
        for row in reader:
            start, previous = previous + 1, reader.line_num
            if "".join(row).strip():  # not blank (cheaper than any() over a generator)
                yield start, row
    except csv.Error as error:
        reason = str(error)
        if "field limit" in reason:
            reason = "a cell is longer than 128 KB (often a quote that is never closed)"
        raise ContactFileError(source, f"line {previous + 1}: {reason}") from None


def csv_headers(data: bytes, *, source: str = "<data>") -> list[str]:
    """The header row (stripped), for a column-mapping dialog."""
    text, _encoding = decode_text(data, source)
    for _line, row in _rows(text, source):
        return [cell.strip() for cell in row]
    raise ContactFileError(source, _("the file is empty"))


def _first(row: Sequence[str], columns: Sequence[int]) -> str | None:
    for column in columns:
        value = row[column].strip()
        if value:
            return value
    return None


# Google joins several values in one cell with " ::: "; people type "a@x.org; b@y.org".
_EMAIL_SPLIT = re.compile(r":::|[,;]")


def _draft(line: int, row: Sequence[str], plan: _Plan) -> RecordDraft:
    name = _first(row, plan.full_name) or join_name(*(row[c] for c in plan.name_parts))
    draft = RecordDraft(
        line,
        name=name,
        organisation=_first(row, plan.organisation),
        title=_first(row, plan.title),
        role=_first(row, plan.role),
        industry=_first(row, plan.industry),
        website=_first(row, plan.website),
    )
    for column, label_column in plan.emails:
        label = row[label_column] if label_column is not None else ""
        rank = 1 if label.startswith("*") else UNRANKED
        for value in _EMAIL_SPLIT.split(row[column]):
            if value.strip():
                draft.add_email(value, rank=rank)
    for column, label_column in plan.phones:
        label = row[label_column] if label_column is not None else ""
        if "fax" in label.lower():
            continue
        rank = 1 if label.startswith("*") else UNRANKED
        for value in row[column].split(":::"):  # Google puts several values in one cell
            if value.strip():
                draft.add_phone(value, rank=rank)
    for column in plan.notes:
        draft.add_note(row[column])
    return draft


def _address_draft(
    line: int, cell: str, records: list[ContactRecord], issues: list[ParseIssue]
) -> None:
    """One contact per address of a bare list; "Jane Doe <jane@example.com>" names it."""
    text = cell.strip()
    if not text:
        return
    draft = RecordDraft(line)
    if text.endswith(">") and "<" in text:
        draft.name = text[: text.rfind("<")].strip().strip('"').strip()
    draft.add_email(text)
    record = draft.finish("row", issues)
    if record is not None:
        records.append(record)


def _unrecognised(headers: Sequence[str]) -> str:
    english = english_headers(headers)
    names = [
        h.strip() for h, e in zip(headers, english, strict=True) if e and e not in _SIMPLE_HEADERS
    ]
    shown = [repr(name if len(name) <= 30 else name[:27] + "...") for name in names[:6]]
    more = _(" and {value} more").format(value=len(names) - 6) if len(names) > 6 else ""
    return ", ".join(shown) + more


def read_csv(
    data: bytes, *, column_map: Mapping[str, str] | None = None, source: str = "<data>"
) -> ParseResult:
    """Parse a CSV address book.

    Without ``column_map`` the layout must be recognisable (:func:`detect_csv_layout`);
    otherwise :class:`ColumnMappingNeeded` names the unrecognised headers and carries
    the header row and the first data row. ``column_map``
    maps header -> field of CSV_TARGET_FIELDS; several headers may map to "email" or
    "phone". A bad ``column_map`` (unknown field, no name column) raises ValueError.
    """
    text, _encoding = decode_text(data, source)
    rows = _rows(text, source)
    header_row = next(rows, None)
    if header_row is None:
        raise ContactFileError(source, _("the file is empty"))
    headers = header_row[1]
    first_data: list[tuple[int, list[str]]] = []
    if column_map:
        plan = _mapped_plan(headers, column_map, source)
    elif (addresses := _address_list_plan(headers)) is not None:
        plan, first_data = addresses, [header_row]
    else:
        found = _detect_plan(headers)
        if found is None:
            try:
                first_row = next(rows, None)
            except ContactFileError:  # the mapping is still what the user has to choose
                first_row = None
            raise ColumnMappingNeeded(
                source,
                _(
                    "its columns are not a known address book layout ({unrecognised}); "
                    "choose which column holds what with a column mapping"
                ).format(unrecognised=_unrecognised(headers)),
                headers=[header.strip() for header in headers],
                sample=[cell.strip() for cell in first_row[1]] if first_row else (),
            )
        plan = found

    width = len(headers)
    records: list[ContactRecord] = []
    issues: list[ParseIssue] = []
    if plan.format == "csv-addresses":
        for line, row in itertools.chain(first_data, rows):
            for cell in row:
                _address_draft(line, cell, records, issues)
        return ParseResult(tuple(records), tuple(issues), plan.format)
    for line, row in rows:
        if len(row) != width:
            first = next((cell.strip() for cell in row if cell.strip()), "")
            preview = first if len(first) <= 40 else first[:37] + "..."
            issues.append(
                ParseIssue(
                    line,
                    _(
                        "row has {n} cells but the header has {width}; skipped (starts with "
                        "{preview!r})"
                    ).format(n=len(row), width=width, preview=preview),
                    skipped=True,
                )
            )
            continue
        record = _draft(line, row, plan).finish("row", issues)
        if record is not None:
            records.append(record)
    return ParseResult(tuple(records), tuple(issues), plan.format)
