"""Reading message headers from mail files: mbox folders, .eml files, Outlook .msg files.

Framing is the standard library's (`mailbox.mbox` finds the messages of an mbox, such
as a Thunderbird folder; `email` parses headers) and `extract-msg` reads Outlook's .msg
files. Only headers are read — a body is never loaded, stored or looked at — so a 2 GB
mbox streams through in constant memory apart from mailbox's table of message offsets.

Each message becomes a plain :class:`MailMessage` (who, when, Message-ID, thread ids,
and why it is not a conversation if it is list or bulk mail, a draft, or deleted);
a message or file that cannot be read becomes one :class:`CaptureIssue`.
"""

from __future__ import annotations

import codecs
import datetime as dt
import email.header
import email.parser
import email.utils
import hashlib
import io
import mailbox
import re
from collections.abc import Iterator
from dataclasses import dataclass
from email.message import Message
from pathlib import Path
from typing import Any, BinaryIO

from circlesoftrust.i18n import N_, _
from circlesoftrust.io.calendar_reader import CaptureIssue, printable_reason, short_key

__all__ = [
    "MAX_HEADER_BYTES",
    "MailMessage",
    "ReadPosition",
    "read_eml",
    "read_mbox",
    "read_msg",
]

# A header block larger than this is not a real message's (a broken file, or a body
# without a blank line before it): the message is skipped, not read into memory.
MAX_HEADER_BYTES = 512 * 1024
_LINE_LIMIT = 64 * 1024

# Skip reasons (the report counts skipped messages by these).
LIST_MAIL = N_("mailing-list mail (List-Id)")
BULK_MAIL = N_("bulk mail (Precedence)")
AUTO_MAIL = N_("automatic mail (Auto-Submitted)")
NO_REPLY = N_("no-reply sender")
DRAFT = N_("draft, never sent")
DELETED = N_("deleted in Thunderbird (folder not yet compacted)")
SPAM = N_("marked as spam")

_NO_REPLY = re.compile(
    r"^(no[-_.]?reply|do[-_.]?not[-_.]?reply|donotreply|noreply|mailer[-_.]daemon|postmaster"
    r"|bounces?|notifications?|newsletter|mailer)([-+_.].*)?$",
    re.IGNORECASE,
)
_MESSAGE_ID = re.compile(r"<([^<>\s]+)>")
# Raw 8-bit bytes in a header (no RFC 2047 encoding) arrive as surrogate escapes.
_SURROGATE = re.compile("[\udc80-\udcff]")
# Thunderbird's flags on each message in its mbox: 0x0008 = expunged (deleted, waiting
# for the folder to be compacted).
_MOZILLA_EXPUNGED = 0x0008


@dataclass(frozen=True, slots=True)
class MailMessage:
    """The metadata of one message (no body)."""

    source_key: str  # "mail:<Message-ID>"
    message_id: str
    thread_ids: tuple[str, ...]  # References and In-Reply-To, oldest first
    on: dt.date | None
    sender: tuple[str, str] | None  # (address casefolded, display name)
    recipients: tuple[tuple[str, str], ...]  # To, Cc (and Bcc when a sent copy has it)
    subject: str
    skip: str | None  # why this is not a conversation (list mail...), else None
    where: str
    has_mail_headers: bool = True  # False: none of From/Sender/To/Cc/Date/Message-ID
    # Sent by the user's side without an address to tell (an Outlook item whose sender
    # is only an Exchange X.500 name).
    from_own_side: bool = False

    @property
    def thread_root(self) -> str:
        """The thread's first message: the oldest reference, else the message itself."""
        return self.thread_ids[0] if self.thread_ids else self.message_id


def _decode_8bit(raw: bytes) -> str:
    for codec in ("utf-8", "cp1252"):
        try:
            return raw.decode(codec)
        except UnicodeDecodeError:
            continue
    return raw.decode("latin-1")


def _text(value: Any) -> str:
    """A header's text with RFC 2047 words decoded; raw 8-bit bytes as UTF-8 or cp1252."""
    if value is None:
        return ""
    if isinstance(value, str) and "=?" not in value and not _SURROGATE.search(value):
        return " ".join(value.split())  # plain ASCII/UTF-8: the common case, kept cheap
    if isinstance(value, email.header.Header):
        parts = email.header.decode_header(value)
    else:
        text = str(value)
        if _SURROGATE.search(text):
            text = _decode_8bit(text.encode("ascii", "surrogateescape"))
        try:
            parts = email.header.decode_header(text)
        except (ValueError, LookupError, AssertionError):
            return " ".join(text.split())
    out: list[str] = []
    for chunk, charset in parts:
        if isinstance(chunk, str):
            out.append(chunk)
            continue
        if charset and charset != "unknown-8bit":
            try:
                out.append(chunk.decode(charset))
                continue
            except UnicodeDecodeError:  # mislabelled (Latin-1 sent as UTF-8...)
                pass
            except LookupError:  # a charset Python does not know
                pass
        out.append(_decode_8bit(chunk))
    return " ".join("".join(out).split())


class _Headers:
    """A parsed header block, indexed once (``Message.get`` scans every header per call)."""

    def __init__(self, msg: Message) -> None:
        self.values: dict[str, list[Any]] = {}
        for name, value in msg.items():
            self.values.setdefault(name.lower(), []).append(value)

    def first(self, name: str) -> Any:
        found = self.values.get(name)
        return found[0] if found else None

    def all(self, name: str) -> list[Any]:
        return self.values.get(name, [])


# "Name <a@b>" or "a@b": most address headers; anything else goes to email.utils.
_SIMPLE_ADDRESS = re.compile(
    r"^\s*(?:([^<>@\",;:()\\]*?)\s*<([^<>\s@\",;:()]+@[^<>\s\",;:()]+)>|([^<>\s@\",;:()]+@[^<>\s\",;:()]+))\s*$"
)


def _parse_addresses(texts: list[str]) -> list[tuple[str, str]]:
    simple: list[tuple[str, str]] = []
    for text in texts:
        if '"' in text or "(" in text or ":" in text:
            break
        for part in text.split(","):
            if not part.strip():
                continue
            match = _SIMPLE_ADDRESS.match(part)
            if match is None:
                break
            simple.append((match[1] or "", match[2] or match[3]))
        else:
            continue
        break
    else:
        return simple
    return email.utils.getaddresses(texts)


def _structured(value: Any) -> str:
    """An address header's text with raw 8-bit bytes decoded, but its RFC 2047 words still
    encoded: they are decoded per display name after parsing, so a name that decodes to a
    comma, a quote or an address ("Berg, Anna", "bob@x via Portal") never becomes one."""
    if isinstance(value, email.header.Header):
        chunks = email.header.decode_header(value)
        return (
            " ".join(c if isinstance(c, str) else _decode_8bit(c) for c, _charset in chunks)
            .replace("\n", " ")
            .replace("\r", " ")
        )
    text = "" if value is None else str(value)
    if _SURROGATE.search(text):
        text = _decode_8bit(text.encode("ascii", "surrogateescape"))
    return text.replace("\n", " ").replace("\r", " ")


def _addresses(headers: _Headers, *names: str) -> list[tuple[str, str]]:
    raw = [_structured(v) for name in names for v in headers.all(name)]
    found: list[tuple[str, str]] = []
    for display, address in _parse_addresses(raw):
        address = address.strip().strip("<>").casefold()
        if "@" in address and " " not in address:
            found.append((address, _text(display) if "=?" in display else display.strip()))
    return found


def _ids(value: Any) -> list[str]:
    return _MESSAGE_ID.findall(_text(value))


def _date(headers: _Headers) -> dt.date | None:
    date = headers.first("date")
    for candidate in (date, *headers.all("received")):
        text = _text(candidate)
        if candidate is not date:
            text = text.rpartition(";")[2]  # a Received line ends with its date
        if not text.strip():
            continue
        try:
            when = email.utils.parsedate_to_datetime(text.strip())
        except (TypeError, ValueError, IndexError, OverflowError):
            continue
        if when.tzinfo is not None:
            when = when.astimezone()  # the user's local day
        return when.date()
    return None


def _skip_reason(msg: _Headers, sender: tuple[str, str] | None) -> str | None:
    status = _text(msg.first("x-mozilla-status")).strip()
    if status:
        try:
            if int(status, 16) & _MOZILLA_EXPUNGED:
                return DELETED
        except ValueError:
            pass
    if msg.first("x-mozilla-draft-info") is not None:
        return DRAFT
    # A Gmail Takeout mbox holds spam too (label "Spam"); filters set X-Spam-Flag.
    labels = {p.strip().casefold() for p in _text(msg.first("x-gmail-labels")).split(",")}
    if "spam" in labels or _text(msg.first("x-spam-flag")).strip().casefold() == "yes":
        return SPAM
    if msg.first("list-id") is not None or msg.first("list-unsubscribe") is not None:
        return LIST_MAIL
    if _text(msg.first("precedence")).strip().casefold() in {"bulk", "list", "junk"}:
        return BULK_MAIL
    auto = _text(msg.first("auto-submitted")).strip().casefold()
    if auto and auto != "no":
        return AUTO_MAIL
    if sender is not None and _NO_REPLY.match(sender[0].partition("@")[0]):
        return NO_REPLY
    return None


def message_from_headers(msg: Message, where: str) -> MailMessage:
    """The metadata of a parsed header block (shared by mbox, .eml and .msg)."""
    headers = _Headers(msg)
    senders = _addresses(headers, "from") or _addresses(headers, "sender")
    sender = senders[0] if senders else None
    recipients = tuple(_addresses(headers, "to", "cc", "bcc"))
    own_ids = _ids(headers.first("message-id"))
    refs = _ids(headers.first("references"))
    for parent in _ids(headers.first("in-reply-to")):
        if parent not in refs:
            refs.append(parent)
    day = _date(headers)
    subject = _text(headers.first("subject"))
    if own_ids:
        message_id = own_ids[0]
    else:
        # No Message-ID (some drafts and old clients): its date, sender, recipients and
        # subject stand in, so a re-import still finds it.
        who = [sender[0] if sender else "", *(r[0] for r in recipients)]
        basis = "|".join([_text(headers.first("date")), *who, subject])
        digest = hashlib.sha256(basis.encode("utf-8", "surrogatepass")).hexdigest()[:40]
        message_id = f"no-id-{digest}"
    return MailMessage(
        source_key=short_key("mail", message_id),
        message_id=message_id,
        thread_ids=tuple(refs),
        on=day,
        sender=sender,
        recipients=recipients,
        subject=subject,
        skip=_skip_reason(headers, sender),
        where=where,
        has_mail_headers=any(name in headers.values for name in _MAIL_HEADERS),
    )


_MAIL_HEADERS = ("from", "sender", "to", "cc", "bcc", "date", "message-id", "subject")


def _read_header_block(stream: BinaryIO) -> bytes | None:
    """The header lines up to the first blank line; None when they are not a real header
    block (too long: a body without a blank line, a 100 MB line...)."""
    lines: list[bytes] = []
    size = 0
    while True:
        line = stream.readline(_LINE_LIMIT)
        if not line or line in (b"\n", b"\r\n"):
            break
        size += len(line)
        if size > MAX_HEADER_BYTES or (len(line) == _LINE_LIMIT and not line.endswith(b"\n")):
            return None
        lines.append(line)
    return b"".join(lines)


_PARSER = email.parser.BytesHeaderParser()


def _from_stream(stream: BinaryIO, where: str) -> MailMessage | CaptureIssue:
    block = _read_header_block(stream)
    if block is None:
        return CaptureIssue(where, _("the message's headers are not readable (too long); skipped"))
    if not block.strip():
        return CaptureIssue(where, _("the message has no headers; skipped"))
    try:
        return message_from_headers(_PARSER.parsebytes(block), where)
    except Exception as exc:  # one malformed message never stops the rest
        reason = printable_reason(exc)
        return CaptureIssue(
            where, _("the message cannot be read ({reason}); skipped").format(reason=reason)
        )


@dataclass(frozen=True, slots=True)
class ReadPosition:
    """How far into an mbox file the reader is (bytes): progress inside a big file."""

    offset: int


POSITION_EVERY = 500  # messages


def read_mbox(
    path: Path, *, name: str | None = None, positions: bool = False
) -> Iterator[MailMessage | CaptureIssue | ReadPosition]:
    """Every message of an mbox file (Thunderbird, Apple Mail export, mutt...); with
    ``positions``, a :class:`ReadPosition` every 500 messages too."""
    source = name or path.name
    try:
        box = mailbox.mbox(path, create=False)
        try:
            for number, key in enumerate(box.iterkeys(), start=1):
                if positions and number % POSITION_EVERY == 0:
                    # mailbox keeps each message's (start, stop) offsets in its table
                    yield ReadPosition(int(getattr(box, "_toc", {}).get(key, (0,))[0]))
                stream = box.get_file(key)
                try:
                    yield _from_stream(stream, f"{source}, message {number}")  # type: ignore[arg-type]
                finally:
                    stream.close()
        finally:
            box.close()  # also when the reader stops early (a cancelled preview)
    except (OSError, mailbox.Error) as exc:
        reason = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
        yield CaptureIssue(source, _("cannot read the mail folder: {reason}").format(reason=reason))


def read_eml(path: Path, *, name: str | None = None) -> Iterator[MailMessage | CaptureIssue]:
    """One message saved as a file (.eml: RFC 5322, as mail programs save a message; or
    Apple Mail's .emlx, the same after a first line that gives its length)."""
    source = name or path.name
    try:
        with path.open("rb") as stream:
            start = 0
            if path.name.lower().endswith(".emlx"):
                first = stream.readline(32)
                start = len(first) if first.strip().isdigit() else 0
            stream.seek(start)
            head = stream.read(4096)
            stream.seek(start)
            if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
                # Saved as UTF-16 (Notepad and some Windows tools): only the headers count.
                text = stream.read(4 * MAX_HEADER_BYTES).decode("utf-16", "replace")
                item = _from_stream(io.BytesIO(text.encode("utf-8")), source)
            elif b"\0" in head:
                item = CaptureIssue(source, _("not an e-mail message (binary content); not read"))
            else:
                item = _from_stream(stream, source)
            if isinstance(item, MailMessage) and not item.has_mail_headers:
                item = CaptureIssue(source, _("not an e-mail message (no mail headers); not read"))
            yield item
    except OSError as exc:
        yield CaptureIssue(
            source, _("cannot read the file: {value}").format(value=exc.strerror or exc)
        )


def read_msg(path: Path, *, name: str | None = None) -> Iterator[MailMessage | CaptureIssue]:
    """One Outlook message (.msg), read with extract-msg: headers and recipients only."""
    import extract_msg

    source = name or path.name
    try:
        msg = extract_msg.openMsg(str(path), delayAttachments=True)
    except Exception as exc:  # extract-msg raises its own errors and OSError on bad files
        reason = printable_reason(exc)
        yield CaptureIssue(
            source, _("not a readable Outlook message ({reason}); not read").format(reason=reason)
        )
        return
    try:
        yield _from_msg(msg, source)
    except Exception as exc:
        reason = printable_reason(exc)
        yield CaptureIssue(
            source,
            _("the Outlook message cannot be read ({reason}); skipped").format(reason=reason),
        )
    finally:
        msg.close()


def _from_msg(msg: Any, source: str) -> MailMessage | CaptureIssue:
    header = getattr(msg, "header", None)
    if not isinstance(header, Message):
        return CaptureIssue(source, _("not an e-mail (an Outlook item of another kind); skipped"))
    base = message_from_headers(header, source)
    sender = base.sender
    if sender is None or "@" not in sender[0]:
        found = _addresses_text(str(getattr(msg, "sender", "") or ""))
        sender = found[0] if found else None
    if sender is None:
        # Outlook keeps an Exchange sender (the user, a colleague) as an X.500 name; the
        # SMTP address may still be in one of these (sender, sent-representing).
        name = str(_stream(msg, "0C1A") or _stream(msg, "0042") or "").strip()
        for tag in ("5D01", "5D02", "0C1F", "0065"):
            address = str(_stream(msg, tag) or "").strip().casefold()
            if "@" in address and " " not in address and not address.startswith("/"):
                sender = (address, name)
                break
    # No SMTP address at all and an Exchange (EX) sender: someone of the user's own
    # organisation (the user, mostly: a sent item) -- the user's side of the mail.
    own_side = sender is None and any(
        str(_stream(msg, tag) or "").upper() == "EX" for tag in ("0C1E", "0064")
    )
    thread_ids = base.thread_ids
    if not thread_ids:
        # A sent item has no transport headers: its thread is in PR_INTERNET_REFERENCES
        # and PR_IN_REPLY_TO_ID.
        refs = _MESSAGE_ID.findall(str(_stream(msg, "1039") or ""))
        for parent in _MESSAGE_ID.findall(str(_stream(msg, "1042") or "")):
            if parent not in refs:
                refs.append(parent)
        thread_ids = tuple(refs)
    recipients: list[tuple[str, str]] = []
    for recipient in getattr(msg, "recipients", []) or []:
        address = str(getattr(recipient, "email", "") or "").strip().casefold()
        if "@" in address and " " not in address:
            recipients.append((address, str(getattr(recipient, "name", "") or "").strip()))
    day = base.on
    if day is None and isinstance(getattr(msg, "date", None), dt.datetime):
        when = msg.date
        day = (when.astimezone() if when.tzinfo is not None else when).date()
    message_id = base.message_id
    own = _MESSAGE_ID.findall(str(getattr(msg, "messageId", "") or ""))
    if message_id.startswith("no-id-") and own:
        message_id = own[0]
    return MailMessage(
        source_key=short_key("mail", message_id),
        message_id=message_id,
        thread_ids=thread_ids,
        on=day,
        sender=sender,
        recipients=tuple(recipients) or base.recipients,
        subject=base.subject or str(getattr(msg, "subject", "") or ""),
        skip=base.skip if sender is None else (base.skip or _no_reply(sender)),
        where=source,
        from_own_side=own_side,
    )


def _stream(msg: Any, tag: str) -> str | None:
    """A string property of an Outlook message (``tag``: its 4 hex digits)."""
    try:
        value = msg.getStringStream(f"__substg1.0_{tag}")
    except Exception:  # a damaged stream reads as absent
        return None
    return value if isinstance(value, str) else None


def _no_reply(sender: tuple[str, str]) -> str | None:
    return NO_REPLY if _NO_REPLY.match(sender[0].partition("@")[0]) else None


def _addresses_text(text: str) -> list[tuple[str, str]]:
    return [
        (a.strip().casefold(), d.strip())
        for d, a in email.utils.getaddresses([text])
        if "@" in a and " " not in a.strip()
    ]
