"""A tiny file system of our own for full-disk and read-only cases: a tmpfs mounted in a
private user and mount namespace (``unshare -rm``), so no root and nothing outside the
child process is touched. Where the kernel or the container forbids that, the cases that
need it are skipped with the reason :func:`unavailable` gives.
"""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


@functools.cache
def unavailable() -> str | None:
    """Why a private tmpfs cannot be had here (None: it can)."""
    if sys.platform != "linux":
        return "private tmpfs mounts need Linux namespaces"
    if shutil.which("unshare") is None:
        return "the unshare tool (util-linux) is not installed"
    probe = subprocess.run(
        ["unshare", "-rm", "sh", "-c", "mount -t tmpfs -o size=64k tmpfs /mnt"],
        capture_output=True,
        text=True,
        check=False,
    )
    if probe.returncode != 0:
        return f"unprivileged user namespaces are not allowed here ({probe.stderr.strip()})"
    return None


def run_on_tmpfs(
    script: str, mount_point: Path, size_kb: int, *args: str, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    """Run the Python ``script`` with a fresh ``size_kb`` tmpfs mounted at ``mount_point``
    (its first argument; ``args`` follow). Inside, it may ``mount -o remount,ro`` it."""
    mount_point.mkdir(parents=True, exist_ok=True)
    command = f'mount -t tmpfs -o size={size_kb}k tmpfs "$1" && shift && exec "$@"'
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.run(
        [
            "unshare", "-rm", "sh", "-c", command, "sh", str(mount_point),
            sys.executable, "-c", script, str(mount_point), *args,
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=timeout,
        check=False,
    )  # fmt: skip
