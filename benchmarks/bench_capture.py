"""Mail capture speed and memory: a generated Thunderbird-style mbox of 100,000 messages.

Three measurements, each in a fresh process (peak resident memory is per process):

* the floor: a bare parse of the same mbox with the standard library
  (``for message in mailbox.mbox(path)``, reading From/To/Cc/Date/Message-ID);
* the preview: :func:`plan_capture` (read headers, match contacts, work out threads);
* the import: the preview plus writing the touchpoints in one transaction.

Messages per second against the floor (goal: within 2x), and peak resident memory for a
quarter of the mbox and the whole of it (goal: flat in the input size: the input grows
4x, the memory should not).

    .venv/bin/python -m benchmarks.bench_capture [--messages 100000]

``--reminders DB`` measures instead the desktop reminders' check on a copy of DB (e.g. the
100,000-account bench database): the first check of a day, a check after a change (the
engine's at-risk pass each time) and what the window does when nothing changed since
its last check on the same day (no pass: nothing is read).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

_ACCOUNTS = 1000


def _write_mbox(path: Path, count: int, seed: int = 7) -> int:
    """A Thunderbird-like mbox: a third of the mail with contacts, list mail, bulk mail,
    threads, bodies of 1-8 KB and one in 500 with a 200 KB attachment."""
    rnd = random.Random(seed)
    body_line = b"Lorem ipsum dolor sit amet, consectetur adipiscing elit. " * 2 + b"\n"
    attachment = b"QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo=" * 76 + b"\n"
    size = 0
    with path.open("wb") as out:
        for n in range(count):
            account = rnd.randrange(_ACCOUNTS)
            contact = f"person{rnd.randrange(3)}@account{account}.example"
            roll = rnd.random()
            if roll < 0.33:
                sender, to = contact, "me@mycompany.example"
            elif roll < 0.5:
                sender, to = "me@mycompany.example", contact
            else:
                sender, to = f"someone{n % 5000}@elsewhere.example", "me@mycompany.example"
            extra = b""
            if roll > 0.9:
                extra = b"List-Id: <news.elsewhere.example>\n"
            elif roll > 0.85:
                extra = b"Precedence: bulk\n"
            refs = b""
            if n and rnd.random() < 0.3:
                refs = b"References: <m%d@bench.example>\nIn-Reply-To: <m%d@bench.example>\n" % (
                    n - 1,
                    n - 1,
                )
            day = 1 + n % 28
            head = (
                b"From - Mon Nov %02d 10:00:00 2026\nX-Mozilla-Status: 0001\n"
                b"X-Mozilla-Status2: 00000000\nReturn-Path: <%s>\n"
                b"Received: from mx.example by mx.mycompany.example; "
                b"Mon, %d Nov 2026 10:00:00 +0000\n"
                b"From: Person <%s>\nTo: <%s>\nSubject: Message %d\n"
                b"Date: Mon, %d Nov 2026 10:00:00 +0000\nMessage-ID: <m%d@bench.example>\n"
                b"MIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\n"
                % (day, sender.encode(), day, sender.encode(), to.encode(), n, day, n)
            ) + extra + refs + b"\n"  # fmt: skip
            body = body_line * rnd.randrange(8, 64)
            if n % 500 == 0:
                body += attachment * 35
            chunk = head + body + b"\n"
            out.write(chunk)
            size += len(chunk)
    return size


def _make_db(path: Path) -> None:
    from circlesoftrust.fast_insert import bulk_insert
    from circlesoftrust.io.capture_settings import update_capture_settings
    from circlesoftrust.models import Account, Contact, Ring
    from circlesoftrust.storage import open_database

    db = open_database(path)
    now = dt.datetime(2026, 1, 1)
    with db.transaction() as session:
        conn = session.connection()
        from sqlalchemy import select

        ring = conn.scalar(select(Ring.id).order_by(Ring.position.desc()).limit(1))
        bulk_insert(
            conn,
            Account.__table__,
            ("id", "name", "ring_id", "notes", "pinned", "needs_review", "created_at"),
            [(i + 1, f"Account {i}", ring, "", False, False, now) for i in range(_ACCOUNTS)],
        )
        bulk_insert(
            conn,
            Contact.__table__,
            ("account_id", "name", "role", "email", "notes", "created_at"),
            [
                (i + 1, f"Person {p} of {i}", "other", f"person{p}@account{i}.example", "", now)
                for i in range(_ACCOUNTS)
                for p in range(3)
            ],
        )
    update_capture_settings(db, {"own_addresses": ["me@mycompany.example"]})
    db.close()


def _child(mode: str, mbox: Path, db_path: Path) -> None:
    import mailbox

    from circlesoftrust.io.capture import CaptureOptions, apply_capture, plan_capture
    from circlesoftrust.io.capture_settings import get_capture_settings
    from circlesoftrust.storage import open_database

    # Imports done first: the clock measures reading the mail, not loading modules.
    start = time.perf_counter()
    cpu_start = time.process_time()
    result: dict[str, object] = {}
    if mode == "bare":
        count = 0
        for message in mailbox.mbox(mbox, create=False):
            _ = (message["From"], message["To"], message["Cc"], message["Date"])
            _ = message["Message-ID"]
            count += 1
        result["messages"] = count
    else:
        db = open_database(db_path)
        options = CaptureOptions.from_settings(
            get_capture_settings(db), since=dt.date(2026, 1, 1), until=dt.date(2026, 12, 31)
        )
        plan = plan_capture(db, mbox, options)
        result["messages"] = plan.items_read.get("messages", 0)
        result["touches"] = plan.touch_count
        result["plan_s"] = time.perf_counter() - start
        result["plan_cpu_s"] = time.process_time() - cpu_start
        if mode == "import":
            report = apply_capture(db, plan)
            result["written"] = report.written
        plan.close()
        db.close()
    result["seconds"] = time.perf_counter() - start
    result["cpu_s"] = time.process_time() - cpu_start  # the machine is shared: CPU beside wall
    result["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(result))


def _run(mode: str, mbox: Path, db: Path) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, "-m", "benchmarks.bench_capture", "--child", mode, str(mbox), str(db)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return dict(json.loads(out.splitlines()[-1]))


def _reminders(source: Path, day: dt.date) -> None:
    import shutil

    from circlesoftrust.reminders import collect_reminders
    from circlesoftrust.services import activity
    from circlesoftrust.storage import open_database

    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "reminders.sqlite"
        shutil.copyfile(source, copy)
        db = open_database(copy)
        rows = []
        for label in ("first check of the day", "the next check, nothing changed (core)",
                      "after one touchpoint was logged"):  # fmt: skip
            if label.startswith("after"):
                with db.transaction() as session:
                    from sqlalchemy import select

                    from circlesoftrust.models import Account

                    name = session.scalar(select(Account.name).order_by(Account.id).limit(1))
                activity.log_touchpoint(db, str(name), kind="call", on=day, direction="two_way")
            start, cpu = time.perf_counter(), time.process_time()
            notice = collect_reminders(db, day)
            rows.append((label, time.perf_counter() - start, time.process_time() - cpu,
                         len(notice.reminders) if notice else 0))  # fmt: skip
        db.close()
    for label, wall, cpu_s, told in rows:
        print(f"{label:45} {wall:6.2f} s wall  {cpu_s:6.2f} s CPU  told {told:,}")
    print("the window's check when nothing changed since its last one that day: no pass (0 s)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=100_000)
    parser.add_argument("--reminders", type=Path, metavar="DB", help="time reminder checks")
    parser.add_argument("--day", type=dt.date.fromisoformat, default=dt.date(2026, 6, 15))
    parser.add_argument("--child", nargs=3, metavar=("MODE", "MBOX", "DB"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child(args.child[0], Path(args.child[1]), Path(args.child[2]))
        return 0
    if args.reminders:
        _reminders(args.reminders, args.day)
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        quarter, whole = folder / "Quarter", folder / "Inbox"
        size_q = _write_mbox(quarter, args.messages // 4)
        size_w = _write_mbox(whole, args.messages)
        _make_db(folder / "base.sqlite")
        rows = []
        peaks: dict[str, list[float]] = {"bare": [], "plan": [], "import": []}
        writes = []
        for label, mbox, size in (("1/4", quarter, size_q), ("all", whole, size_w)):
            bare = _run("bare", mbox, folder / "unused")
            peaks["bare"].append(bare["peak_mb"])
            import shutil

            for mode in ("plan", "import"):
                db = folder / f"{mode}.sqlite"
                shutil.copyfile(folder / "base.sqlite", db)
                ours = _run(mode, mbox, db)
                peaks[mode].append(ours["peak_mb"])
                if mode == "import":
                    writes.append(
                        f"{label}: write step {ours['seconds'] - ours['plan_s']:.2f} s wall, "
                        f"{ours['cpu_s'] - ours['plan_cpu_s']:.2f} s CPU for "
                        f"{int(ours.get('written', 0)):,} touchpoints"
                    )
                rate, floor = ours["messages"] / ours["seconds"], bare["messages"] / bare["seconds"]
                rows.append(
                    (
                        f"{label} ({int(ours['messages']):,} msgs, {size / 2**20:,.0f} MB)",
                        mode,
                        f"{rate:,.0f}/s",
                        f"{floor:,.0f}/s",
                        f"{ours['seconds'] / bare['seconds']:.2f}x",
                        f"{ours['cpu_s']:,.2f} / {bare['cpu_s']:,.2f} s",
                        f"{ours['cpu_s'] / bare['cpu_s']:.2f}x",
                        f"{ours['peak_mb']:,.0f} MB",
                        f"{bare['peak_mb']:,.0f} MB",
                        f"{int(ours.get('touches', 0)):,}",
                    )
                )
    headers = ("input", "step", "ours", "bare parse", "wall vs bare", "CPU ours / bare",
               "CPU vs bare", "peak RSS", "bare peak RSS", "touchpoints")  # fmt: skip
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(headers)]
    print("  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)))
    print("  ".join("-" * w for w in widths))
    for row in rows:
        print("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)))
    print("goal: time within 2x the bare parse (wall and CPU, same run); peak memory flat")
    print("while the input grows 4x")
    growth = {k: v[1] - v[0] for k, v in peaks.items()}
    print(
        f"peak RSS growth 1/4 -> all: preview {growth['plan']:+.0f} MB, import "
        f"{growth['import']:+.0f} MB; bare parse (floor: mailbox's offset table) "
        f"{growth['bare']:+.0f} MB"
    )
    for line in writes:
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
