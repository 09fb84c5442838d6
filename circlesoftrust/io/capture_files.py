"""Which files are calendars and which are mail, in a file or a folder (a Thunderbird
profile, a folder of exports), and the items read from each: the readers of
:mod:`.calendar_reader` and :mod:`.mail_reader`, chosen by name and first bytes."""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Iterator
from pathlib import Path

from circlesoftrust.errors import ValidationError
from circlesoftrust.i18n import _
from circlesoftrust.io.calendar_reader import CaptureIssue, Meeting, read_calendar
from circlesoftrust.io.mail_reader import MailMessage, ReadPosition, read_eml, read_mbox, read_msg
from circlesoftrust.live_files import in_use, read_unless_in_use

__all__ = ["CALENDAR", "MAIL", "find_capture_files", "looks_like_capture_file", "read_items"]

CALENDAR, MAIL = "calendar", "mail"

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_CALENDAR_SUFFIXES = {".ics", ".ical", ".icalendar", ".ifb", ".vcs"}
_MAIL_SUFFIXES = {".eml", ".emlx", ".msg", ".mbox", ".mbx"}  # .emlx: Apple Mail's store
# Thunderbird keeps these beside its mbox folders; never mail.
_NOT_MAIL_SUFFIXES = {".msf", ".dat", ".json", ".sqlite", ".html", ".js", ".txt", ".wdseml"}


def looks_like_capture_file(path: Path) -> str | None:
    """``calendar``, ``mail`` or None (not a calendar or mail file), by name and content."""
    suffix = path.suffix.lower()
    if suffix in _NOT_MAIL_SUFFIXES or path.name.startswith(".") or not path.is_file():
        return None  # (is_file: a named pipe would block the read below for ever)
    try:
        # (never the open database or its side files: reading them would drop its locks)
        head = read_unless_in_use(path, lambda stream: stream.read(512))
    except OSError:
        return None
    if head is None:
        return None
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n").upper()
    if suffix in _CALENDAR_SUFFIXES or text.startswith(b"BEGIN:VCALENDAR"):
        return CALENDAR
    if suffix in _MAIL_SUFFIXES or head.startswith(_OLE_MAGIC) or head.startswith(b"From "):
        return MAIL
    # One message per file without a mail extension (Thunderbird's maildir store, mutt's
    # and Dovecot's cur/new folders): it starts with a header a message starts with.
    if _MESSAGE_START.match(head):
        return MAIL
    return None


# The first header of a stored message (delivery adds Return-Path / Received / Delivered-To;
# Thunderbird its X-Mozilla-Status); a saved one may start with From:/Date:/Message-ID.
_MESSAGE_START = re.compile(
    rb"(?i)(return-path|received|delivered-to|x-mozilla-status|x-account-key|message-id"
    rb"|from|date|mime-version|x-original-to|dkim-signature|arc-seal|x-gm-thrid"
    rb"|x-apple-[a-z-]+|x-uid|status|x-keywords):[ \t]*\S[^\r\n]*\r?\n[A-Za-z0-9-]+:"
)


def find_capture_files(root: Path, kind: str | None = None) -> tuple[list[Path], int]:
    """Calendar and mail files under ``root`` (or ``root`` itself), sorted; and how many
    other files were passed over (Thunderbird's .msf indexes, anything else)."""
    if root.is_file():
        found = looks_like_capture_file(root)
        if found is not None and kind is not None and kind != found:
            # One file named, of the other kind than asked: the user's slip, said at once.
            words = (
                _("{file} is a calendar file, not mail")
                if found == CALENDAR
                else _("{file} is a mail file, not a calendar")
            )
            raise ValidationError("kind", words.format(file=root.name))
        return ([root] if found else []), (0 if found else 1)
    if not root.is_dir():
        raise ValidationError("file", _("{root}: no such file or folder").format(root=root))
    files: list[Path] = []
    other = 0
    for folder, dirs, names in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and not d.endswith(".mozmsgs"))
        if {"cur", "new", "tmp"} <= set(dirs):  # a maildir: tmp holds mail being delivered
            dirs.remove("tmp")
        for name in sorted(names):
            path = Path(folder, name)
            found = looks_like_capture_file(path)
            if found is None:
                other += 1
            elif kind in (None, found):
                files.append(path)
    return files, other


def read_items(
    path: Path, root: Path, since: dt.date, until: dt.date, *, positions: bool = False
) -> Iterator[Meeting | MailMessage | CaptureIssue | ReadPosition]:
    """Every meeting (occurrences within [since, until]) or message of one file (and,
    with ``positions``, how far into a big mail folder the reader is)."""
    name = path.name if path == root else str(path.relative_to(root))
    found = looks_like_capture_file(path)
    if found is None and in_use(path):  # the open database: never read here
        return
    if found == CALENDAR:
        yield from read_calendar(path, since, until, name=name)
        return
    with path.open("rb") as stream:
        head = stream.read(4096)
    # An Outlook .msg is an OLE file; one that is not (cut, or junk) gets extract-msg's word.
    if head.startswith(_OLE_MAGIC) or (path.suffix.lower() == ".msg" and b"\0" in head):
        yield from read_msg(path, name=name)
    elif head.startswith(b"From "):
        yield from read_mbox(path, name=name, positions=positions)
    else:
        yield from read_eml(path, name=name)
