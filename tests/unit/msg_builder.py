"""Builds Outlook .msg files (OLE compound documents in the MS-OXMSG layout) for tests.

Outlook writes a message as streams of MAPI properties: strings in ``__substg1.0_*``
streams (UTF-16), fixed-size values (times, recipient types) in a
``__properties_version1.0`` stream, one storage per recipient. extract-msg's own OLE
writer lays out the compound file; this module only names the streams as Outlook does.
"""

from __future__ import annotations

import datetime as dt
import struct
from pathlib import Path

from extract_msg.ole_writer import OleWriter

_EPOCH = dt.datetime(1601, 1, 1, tzinfo=dt.UTC)


def _filetime(when: dt.datetime) -> int:
    return int((when - _EPOCH).total_seconds() * 10_000_000)


def _text(tag: int) -> str:
    return f"__substg1.0_{tag:04X}001F"


def _fixed(tag: int, ptype: int, value: bytes) -> bytes:
    # property tag, flags (readable|writable), value padded to 8 bytes
    return struct.pack("<IIQ", (tag << 16) | ptype, 6, 0)[:8] + value.ljust(8, b"\0")


def build_msg(
    path: Path,
    *,
    subject: str,
    sender: tuple[str, str] | tuple[str, str, str | None],
    to: list[tuple[str, str]] | list[tuple[str, str, str | None]],
    cc: list[tuple[str, str]] | list[tuple[str, str, str | None]] = (),  # type: ignore[assignment]
    sent: dt.datetime,
    message_id: str | None,
    headers: str | None = None,
    in_reply_to: str | None = None,
) -> Path:
    """Write one e-mail as Outlook saves it (``headers``: the transport headers of a
    received mail; a sent item has none).

    A person is ``(name, address)``, or for someone of the user's Exchange organisation
    ``(name, X.500 address, SMTP address or None)``: Outlook then keeps the X.500 address
    (``/o=ExchangeLabs/ou=…/cn=Recipients/cn=…``, address type ``EX``) and the SMTP one
    only when it knew it."""
    writer = OleWriter()
    x500 = len(sender) == 3
    smtp = sender[2] if len(sender) == 3 else sender[1]
    strings = {
        0x001A: "IPM.Note",
        0x0037: subject,
        0x0C1A: sender[0],
        0x0C1E: "EX" if x500 else "SMTP",  # PR_SENDER_ADDRTYPE
        0x0C1F: sender[1],  # PR_SENDER_EMAIL_ADDRESS
        0x0064: "EX" if x500 else "SMTP",
        0x0065: sender[1],  # PR_SENT_REPRESENTING_EMAIL_ADDRESS
        0x0042: sender[0],
        0x0E04: "; ".join(r[0] for r in to),
        0x0E03: "; ".join(r[0] for r in cc),
    }
    if smtp:
        strings[0x5D01] = smtp  # PR_SENDER_SMTP_ADDRESS
    if in_reply_to:  # what a sent item keeps of its thread (it has no transport headers)
        strings[0x1042] = f"<{in_reply_to}>"  # PR_IN_REPLY_TO_ID
        strings[0x1039] = f"<{in_reply_to}>"  # PR_INTERNET_REFERENCES
    if message_id:
        strings[0x1035] = f"<{message_id}>"
    if headers:
        strings[0x007D] = headers
    for tag, value in strings.items():
        writer.addEntry(_text(tag), value.encode("utf-16-le"))
    stamp = struct.pack("<Q", _filetime(sent))
    props = b"\0" * 32
    props += _fixed(0x0039, 0x0040, stamp)  # PR_CLIENT_SUBMIT_TIME
    props += _fixed(0x0E06, 0x0040, stamp)  # PR_MESSAGE_DELIVERY_TIME
    writer.addEntry("__properties_version1.0", props)
    writer.addEntry("__nameid_version1.0", storage=True)
    writer.addEntry("__nameid_version1.0/__substg1.0_00020102", b"")
    writer.addEntry("__nameid_version1.0/__substg1.0_00030102", b"")
    writer.addEntry("__nameid_version1.0/__substg1.0_00040102", b"")
    recipients = [(1, r) for r in to] + [(2, r) for r in cc]
    for number, (kind, person) in enumerate(recipients):
        folder = f"__recip_version1.0_#{number:08X}"
        writer.addEntry(folder, storage=True)
        name, address = person[0], person[1]
        known = person[2] if len(person) == 3 else address
        fields = {0x3001: name, 0x3003: address, 0x3002: "EX" if len(person) == 3 else "SMTP"}
        if known:
            fields[0x39FE] = known  # PR_SMTP_ADDRESS
        for tag, value in fields.items():
            writer.addEntry(f"{folder}/{_text(tag)}", value.encode("utf-16-le"))
        rprops = b"\0" * 8 + _fixed(0x0C15, 0x0003, struct.pack("<I", kind))
        writer.addEntry(f"{folder}/__properties_version1.0", rprops)
    writer.write(str(path))
    return path
