"""Reading a file the user wants to import: which kind it is and what it holds.

The parsing itself is done by :func:`.address_book.read_contacts` (vCard and CSV readers). This
module adds what the import needs around it:

* the kind of file (vCard, CSV, or our full JSON export) from its name or content;
* for CSV, whether the columns are a layout the readers recognise, or need a column
  mapping from the user (the app's mapping step, the CLI's ``--map``): reading such a
  file raises :class:`ColumnMappingNeeded`, which carries the headers for that step;
* our own CSV export recognised as such, and its formula-neutralising apostrophes
  (``'+49 30 …``) taken off before the values are checked (only there: in another
  program's file an apostrophe is the user's own).
"""

from __future__ import annotations

import csv
import io
import itertools
from collections.abc import Iterator, Mapping
from pathlib import Path

from circlesoftrust.errors import ValidationError
from circlesoftrust.gc_pause import gc_paused
from circlesoftrust.i18n import _
from circlesoftrust.io import csv_reader
from circlesoftrust.io.address_book import read_contacts
from circlesoftrust.io.contact_records import (
    CSV_TARGET_FIELDS,
    MAX_FILE_BYTES,
    VCARD_SUFFIXES,
    ColumnMappingNeeded,
    ContactFileError,
    ParseResult,
    decode_text,
)
from circlesoftrust.io.export import CSV_COLUMNS, CSV_IMPORT_MAP, undo_neutralise_cell
from circlesoftrust.io.files import read_whole_file

__all__ = [
    "CSV_TARGET_FIELDS",
    "OWN_CSV_FORMAT",
    "ColumnMappingNeeded",
    "CsvLayout",
    "csv_layout",
    "detect_kind",
    "guess_column_map",
    "inspect_csv",
    "parse_column_map",
    "read_import_file",
]

OWN_CSV_FORMAT = "csv-circlesoftrust"


def _read_bytes(path: Path) -> bytes:
    too_large = _("the file is too large to be an address book")
    return read_whole_file(path, path.name or str(path), MAX_FILE_BYTES, too_large)


def detect_kind(path: Path, data: bytes | None = None) -> str:
    """ "vcard", "csv" or "json": from the file name, else from the first bytes."""
    suffix = path.suffix.lower()
    if suffix in VCARD_SUFFIXES:
        return "vcard"
    if suffix == ".json":
        return "json"
    head = (data if data is not None else _read_bytes(path))[:512]
    try:
        text, _encoding = decode_text(head, path.name)
    except ContactFileError:
        return "csv"  # the CSV reader gives the clear error
    start = text.lstrip().upper()
    if start.startswith("BEGIN:VCARD"):
        return "vcard"
    if start.startswith("{"):
        return "json"
    return "csv"


class CsvLayout:
    """What the header row of a CSV file says about it, and the first row's values."""

    def __init__(self, headers: list[str], format: str | None, sample: list[str]) -> None:
        self.headers = headers
        self.format = format  # csv-google | csv-outlook | csv-simple | csv-circlesoftrust
        self.sample = sample  # the first data row (for the mapping step), may be short

    @property
    def recognised(self) -> bool:
        return self.format is not None


def csv_layout(headers: list[str]) -> str | None:
    """The layout of a CSV header row: our own export (:data:`OWN_CSV_FORMAT`), one the
    reader recognises (:func:`csv_reader.detect_csv_layout`), or None: needs a mapping."""
    if tuple(h.strip() for h in headers) == CSV_COLUMNS:
        return OWN_CSV_FORMAT
    return csv_reader.detect_csv_layout(headers)


def inspect_csv(path: Path) -> CsvLayout:
    """The header row, whether it is a known layout (else a column mapping is needed),
    and the first data row as an example of each column."""
    data = _read_bytes(path)
    headers = csv_reader.csv_headers(data, source=path.name)
    text, _encoding = decode_text(data[:65536], path.name)
    lines = text.splitlines()
    first = lines[0] if lines else ""
    counts = {d: first.count(d) for d in (",", ";", "\t")}
    delimiter = max(counts, key=lambda d: counts[d]) if any(counts.values()) else ","
    rows = list(itertools.islice(_csv_rows(text, path.name, delimiter), 2))
    sample = [cell.strip() for cell in rows[1]] if len(rows) > 1 else []
    return CsvLayout(headers, csv_layout(headers), sample)


# Header words -> field, for pre-filling the mapping step (the user can change each).
_GUESSES: tuple[tuple[str, str], ...] = (
    ("first", "first_name"),
    ("given", "first_name"),
    ("vorname", "first_name"),
    ("prénom", "first_name"),
    ("last", "last_name"),
    ("family", "last_name"),
    ("surname", "last_name"),
    ("nachname", "last_name"),
    ("e-mail", "email"),
    ("email", "email"),
    ("mail", "email"),
    ("phone", "phone"),
    ("tel", "phone"),
    ("mobile", "phone"),
    ("handy", "phone"),
    ("company", "organisation"),
    ("organi", "organisation"),
    ("firma", "organisation"),
    ("account", "organisation"),
    ("employer", "organisation"),
    ("role", "role"),
    ("title", "title"),
    ("position", "title"),
    ("job", "title"),
    ("note", "notes"),
    ("comment", "notes"),
    ("industry", "industry"),
    ("sector", "industry"),
    ("branche", "industry"),
    ("web", "website"),
    ("url", "website"),
    ("name", "name"),
)


def guess_column_map(headers: list[str]) -> dict[str, str]:
    """A first guess of header -> field; each field goes to at most the first header that
    looks like it (emails and phones may take several)."""
    guessed: dict[str, str] = {}
    used: set[str] = set()
    for header in headers:
        key = header.strip().casefold()
        if not key:
            continue
        for word, target in _GUESSES:
            if word in key:
                if target in used and target not in ("email", "phone"):
                    break
                guessed[header] = target
                used.add(target)
                break
    if "name" in used and {"first_name", "last_name"} & used:
        guessed = {h: t for h, t in guessed.items() if t != "name"}
    return guessed


def parse_column_map(items: list[str]) -> dict[str, str]:
    """``["Header=field", ...]`` from the CLI's ``--map`` options, checked."""
    mapping: dict[str, str] = {}
    for item in items:
        header, sep, target = item.rpartition("=")
        header, target = header.strip(), target.strip().lower()
        if not sep or not header:
            raise ValidationError("map", _("{item!r} is not HEADER=FIELD").format(item=item))
        if target not in CSV_TARGET_FIELDS:
            raise ValidationError(
                "map",
                _("{target!r} is not a field ({items})").format(
                    target=target, items=", ".join(CSV_TARGET_FIELDS)
                ),
            )
        mapping[header] = target
    return mapping


def _csv_rows(text: str, source: str, delimiter: str = ",") -> Iterator[list[str]]:
    """The rows of CSV ``text``; a malformed one is a one-line error naming its line."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        yield from reader
    except csv.Error as error:
        reason = str(error)
        if "field limit" in reason:
            reason = "a cell is longer than 128 KB (often a quote that is never closed)"
        raise ContactFileError(source, f"line {reader.line_num}: {reason}") from None


def _undo_neutralisation(data: bytes, source: str) -> bytes:
    """Our own CSV export, cell by cell, with the formula-neutralising apostrophes taken
    off (``export.neutralise_cell``), so the values are checked as they were exported."""
    text, _encoding = decode_text(data, source)
    if "'" not in text:
        return data
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    for row in _csv_rows(text, source):
        writer.writerow([undo_neutralise_cell(cell) for cell in row])
    return out.getvalue().encode("utf-8")


def read_import_file(
    path: str | Path,
    *,
    format: str | None = None,
    column_map: Mapping[str, str] | None = None,
) -> ParseResult:
    """Read a vCard or CSV file for import. ``format``: "vcard", "csv" or None (detect).

    Raises :class:`ContactFileError` (one clear line) when the file cannot be read, and
    its subclass :class:`ColumnMappingNeeded` when a CSV file's columns need a mapping
    and none was given.
    """
    file = Path(path)
    data = _read_bytes(file)
    kind = format or detect_kind(file, data)
    if kind == "json":
        raise ContactFileError(file.name, _("it is a JSON export; restore it with restore_json"))
    if kind == "vcard":
        if column_map:
            raise ContactFileError(file.name, _("a column mapping applies to CSV files only"))
        with gc_paused():
            return read_contacts(file, format="vcard")
    if kind != "csv":
        raise ContactFileError(file.name, _("{kind!r} is not vcard, csv or json").format(kind=kind))
    own = False
    if not column_map:
        headers = csv_reader.csv_headers(data, source=file.name)
        if csv_layout(headers) == OWN_CSV_FORMAT:
            column_map, own = CSV_IMPORT_MAP, True
            data = _undo_neutralisation(data, file.name)
    try:
        with gc_paused():
            result = csv_reader.read_csv(data, column_map=column_map, source=file.name)
    except ValueError as exc:  # a bad mapping (no name column, unknown field)
        raise ContactFileError(file.name, str(exc)) from None
    if own:
        return ParseResult(result.records, result.issues, OWN_CSV_FORMAT)
    return result
