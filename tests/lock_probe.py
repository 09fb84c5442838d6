"""Which of SQLite's POSIX locks on a database are held — asked from another process.

A process never conflicts with its own locks, so the test process cannot see whether
its locks are still there; a child process can: it tries to take, without waiting, the
byte ranges SQLite locks (the main file's SHARED range, the -shm's "DMS" byte that every
WAL connection holds shared while it is open). Run as a script, it prints
``main=<held> shm=<held>``; :func:`locks_held` runs it.
"""

from __future__ import annotations

import fcntl
import os
import subprocess
import sys
from pathlib import Path

# From SQLite's os_unix.c: PENDING_BYTE 0x40000000, SHARED_FIRST = PENDING_BYTE + 2,
# SHARED_SIZE 510; the -shm's lock slots start at 120, the DMS byte is 128.
SHARED_FIRST = 0x40000002
SHARED_SIZE = 510
SHM_DMS = 128


def _held(path: str, start: int, length: int) -> bool:
    try:
        fd = os.open(path, os.O_RDWR)
    except FileNotFoundError:
        return False
    try:
        fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB, length, start, os.SEEK_SET)
    except OSError:
        return True
    finally:
        os.close(fd)  # drops only this (child) process's own locks
    return False


def locks_held(path: Path) -> dict[str, bool]:
    """{"main": ..., "shm": ...}: whether some process holds SQLite's locks on ``path``."""
    out = subprocess.run(
        [sys.executable, __file__, str(path)], check=True, capture_output=True, text=True
    ).stdout.split()
    return {k: v == "True" for k, v in (item.split("=") for item in out)}


if __name__ == "__main__":
    db = sys.argv[1]
    print(f"main={_held(db, SHARED_FIRST, SHARED_SIZE)} shm={_held(db + '-shm', SHM_DMS, 1)}")
