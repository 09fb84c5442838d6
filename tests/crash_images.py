"""Database files as a crash leaves them, made for real (a child process that dies).

``committed_in_log`` runs a child that adds accounts with automatic checkpoints turned
off and then dies without closing (``os._exit``, like a kill -9): its commits exist only
in the ``-wal``. ``cut_checkpoint`` then does to the main file what a checkpoint cut
short does: SQLite copies the log's pages in page order, page 1 (with the new page count
in its header) first, so after page 1 the main file claims pages it does not have yet.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

CHILD = """
import os, sys
from sqlalchemy import event
from circlesoftrust.services import accounts
from circlesoftrust.storage import open_database
db = open_database(sys.argv[1])
db.engine.dispose()
event.listen(db.engine, "connect", lambda c, _r: c.execute("PRAGMA wal_autocheckpoint=0"))
for i in range(int(sys.argv[2])):
    accounts.create_account(db, f"Crash Test {i:05d}", notes="x" * 400)
os._exit(0)  # no close, no checkpoint: what a kill leaves behind
"""


def committed_in_log(path: Path, accounts: int) -> None:
    """Add ``accounts`` accounts to the (existing) database at ``path`` and die."""
    subprocess.run([sys.executable, "-c", CHILD, str(path), str(accounts)], check=True)


def wal_frames(path: Path) -> list[tuple[int, bytes]]:
    """(page number, page) of each frame of the current log, in order."""
    data = Path(f"{path}-wal").read_bytes()
    page_size = int.from_bytes(data[8:12], "big")
    salts = data[16:24]
    frames = []
    offset = 32
    while offset + 24 + page_size <= len(data) and data[offset + 8 : offset + 16] == salts:
        page_no = int.from_bytes(data[offset : offset + 4], "big")
        frames.append((page_no, data[offset + 24 : offset + 24 + page_size]))
        offset += 24 + page_size
    return frames


def cut_checkpoint(path: Path, pages_copied: int = 1) -> None:
    """Copy the log's newest versions of its lowest ``pages_copied`` pages into the main
    file, as a checkpoint does before it is interrupted."""
    newest: dict[int, bytes] = {}
    for page_no, page in wal_frames(path):
        newest[page_no] = page
    with path.open("r+b") as fh:
        for page_no in sorted(newest)[:pages_copied]:
            page = newest[page_no]
            fh.seek((page_no - 1) * len(page))
            fh.write(page)
