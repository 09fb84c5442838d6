"""Small pieces shared by the exporters: the result they return and atomic writing."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from circlesoftrust.errors import ValidationError
from circlesoftrust.i18n import _
from circlesoftrust.live_files import in_use


@dataclass(frozen=True)
class ExportResult:
    """What an export wrote: the file, its format and how many entries of what."""

    path: str
    format: str  # vcard | csv | ics | json
    items: int  # cards, rows, calendar entries, or rows over all tables
    accounts: int


def write_atomically(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write ``data`` to a temporary file beside ``path``, then move it into place, so a
    failed or interrupted export never leaves a half-written file under the user's name."""
    target = Path(path)
    if in_use(target):  # replacing it would cut the open database out from under the app
        raise ValidationError(
            "file",
            _("{target} is the database that is open; choose another file to export to").format(
                target=target
            ),
        )
    tmp = target.with_name(f".{target.name}.partial")
    try:
        tmp.write_bytes(data)
        os.replace(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise ValidationError(
            "file",
            _("cannot write {target}: {value}").format(target=target, value=exc.strerror or exc),
        ) from None
    return target
