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
from circlesoftrust.io.files import read_whole_file
from circlesoftrust.io.vcard_reader import read_vcard

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
    too_large = _("the file is too large to be an address book")
    data = read_whole_file(path, source, MAX_FILE_BYTES, too_large)
    if format is None:
        is_vcard = path.suffix.lower() in VCARD_SUFFIXES or _starts_like_vcard(data)
        format = "vcard" if is_vcard else "csv"
    if format == "vcard":
        if column_map:
            raise ValueError("a column mapping applies to CSV files, not to vCards")
        return read_vcard(data, source=source)
    return read_csv(data, column_map=column_map, source=source)
