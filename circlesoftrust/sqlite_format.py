"""Is every page of a SQLite database somewhere on disk? Read from the file format itself.

SQLite keeps a WAL database in two files: the main file and the ``-wal`` log, which holds
the pages written since the last checkpoint. A checkpoint copies them into the main file
in page order — page 1, with the header's new page count, first — so a checkpoint cut
short (a kill, a full disk, or just another process caught in the middle of one) leaves a
main file shorter than its header says, while the missing pages sit safely in the log.
Such a database is intact: the next connection reads those pages from the log.

So a database is short of pages only when some page up to its size is neither in the main
file nor in a committed frame of the log (https://www.sqlite.org/fileformat2.html, "The
Database Header" and "The Write-Ahead Log"). Standard library only; the files are read
only when no connection of this process has them open (:mod:`live_files`).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from circlesoftrust.live_files import read_unless_in_use

HEADER_SIZE = 100
WAL_MAGIC = (0x377F0682, 0x377F0683)
WAL_HEADER_SIZE = 32
WAL_FRAME_HEADER_SIZE = 24


@dataclass(frozen=True)
class Header:
    page_size: int
    page_count: int | None  # None: the in-header size is not valid (an old writer)


def parse_header(header: bytes) -> Header | None:
    """The page size and page count a database header records (None: too short)."""
    if len(header) < HEADER_SIZE:
        return None
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    page_count = int.from_bytes(header[28:32], "big")
    valid = header[92:96] == header[24:28] and page_count > 0
    return Header(page_size, page_count if valid else None)


@dataclass(frozen=True)
class WalPages:
    database_pages: int  # the database's size after the log's last commit
    pages: frozenset[int]  # the pages committed frames hold


def _read_wal(fh: BinaryIO) -> WalPages | None:
    head = fh.read(WAL_HEADER_SIZE)
    if len(head) < WAL_HEADER_SIZE or int.from_bytes(head[0:4], "big") not in WAL_MAGIC:
        return None
    page_size = int.from_bytes(head[8:12], "big")
    if page_size < 512 or page_size > 65536 or page_size & (page_size - 1):
        return None
    salts = head[16:24]
    committed: set[int] = set()
    pending: set[int] = set()
    size = 0
    offset = WAL_HEADER_SIZE
    while True:
        fh.seek(offset)
        frame = fh.read(WAL_FRAME_HEADER_SIZE)
        if len(frame) < WAL_FRAME_HEADER_SIZE or frame[8:16] != salts:
            break  # the end of the log, or frames left over from an earlier log
        pending.add(int.from_bytes(frame[0:4], "big"))
        commit_size = int.from_bytes(frame[4:8], "big")
        if commit_size:  # a commit frame: every frame so far belongs to a transaction
            committed |= pending
            pending.clear()
            size = commit_size
        offset += WAL_FRAME_HEADER_SIZE + page_size
    return WalPages(size, frozenset(committed)) if size else None


def wal_pages(path: Path) -> WalPages | None:
    """What the ``-wal`` beside ``path`` holds (None: no log, an empty or reset one, or one
    open in this process)."""
    wal = path.with_name(path.name + "-wal")
    try:
        if not wal.is_file() or wal.stat().st_size <= WAL_HEADER_SIZE:
            return None
        return read_unless_in_use(wal, _read_wal)
    except OSError:
        return None


def missing_pages(path: Path, header: bytes) -> int:
    """How many pages of the database at ``path`` are on disk nowhere (0: all present).

    ``header`` is the main file's first 100 bytes. The log is read only when the main file
    is shorter than its header says, so the usual open reads 100 bytes and one ``stat``.
    """
    parsed = parse_header(header)
    if parsed is None:
        return 1
    in_main = os.stat(path).st_size // parsed.page_size
    if parsed.page_count is None or in_main >= parsed.page_count:
        return 0
    log = wal_pages(path)
    if log is None:
        return parsed.page_count - in_main
    return sum(1 for page in range(in_main + 1, log.database_pages + 1) if page not in log.pages)
