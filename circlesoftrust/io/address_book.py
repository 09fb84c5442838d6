"""Read an address book file, vCard or CSV, into contact records (nothing is written).

The entry point above the two readers (:mod:`.vcard_reader`, :mod:`.csv_reader`); the
record types they share live in :mod:`.contact_records`.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from circlesoftrust.i18n import _
from circlesoftrust.io.contact_records import (
    MAX_FILE_BYTES,
    VCARD_SUFFIXES,
    ContactFileError,
    ParseResult,
    decode_text,
)
from circlesoftrust.io.csv_reader import read_csv
from circlesoftrust.io.vcard_reader import read_vcard
from circlesoftrust.live_files import NOT_AN_IMPORT_FILE, read_unless_in_use

__all__ = ["read_contacts"]


def _starts_like_vcard(data: bytes) -> bool:
    head = data[:512]
    try:
        text, _encoding = decode_text(head, "")
    except ContactFileError:
        return False
    return text.lstrip().upper().startswith("BEGIN:VCARD")


def read_contacts(
    path: Path,
    *,
    format: str | None = None,
    column_map: Mapping[str, str] | None = None,
) -> ParseResult:
    """Read an address book file: vCard or CSV.

    ``format`` is "vcard", "csv" or None to decide from the name (.vcf/.vcard) or the
    content (starts with BEGIN:VCARD). Raises :class:`ContactFileError` when the file
    cannot be read at all; everything smaller is a :class:`ParseIssue` in the result.
    """
    if format not in (None, "vcard", "csv"):
        raise ValueError(f"unknown contact file format {format!r} (use 'vcard' or 'csv')")
    source = path.name or str(path)
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise ContactFileError(source, _("the file is too large to be an address book"))
        data = read_unless_in_use(path, lambda fh: fh.read())
    except OSError as error:
        raise ContactFileError(source, error.strerror or str(error)) from None
    if data is None:  # reading it would drop the open database's locks
        raise ContactFileError(source, NOT_AN_IMPORT_FILE)
    if format is None:
        is_vcard = path.suffix.lower() in VCARD_SUFFIXES or _starts_like_vcard(data)
        format = "vcard" if is_vcard else "csv"
    if format == "vcard":
        if column_map:
            raise ValueError("a column mapping applies to CSV files, not to vCards")
        return read_vcard(data, source=source)
    return read_csv(data, column_map=column_map, source=source)
