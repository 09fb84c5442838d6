"""Money, numbers and dates are formatted by the one helper (issue 14).

Scans every module of ``circlesoftrust/`` and ``ui/`` for formatting done by hand where a
user reads it: thousands separators in format specs (``f"{x:,.2f}"`` — a Dutch or German
reader writes 1.234,50), date formats in f-strings or ``strftime`` (``f"{day:%d %b}"``), and
amounts divided out of cents for display. Machine formats (file-name stamps, iCalendar) are
listed below with the reason they are not for people.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HELPER = {
    Path("circlesoftrust/formats.py"),
    # Scripts that write example files (calendars, mail) for the screenshots: data, not text.
    Path("ui/capture/capture_screens.py"),
}
# strftime for machines: file names of backups and copies, iCalendar's own date-time format.
MACHINE_STRFTIME = {
    Path("circlesoftrust/storage.py"),
    Path("circlesoftrust/backup.py"),
    Path("circlesoftrust/io/calendar_reader.py"),
}
_DATE_SPEC = re.compile(r"%[aAbBdHmMyYp]")


def _sources() -> list[Path]:
    files = [*(ROOT / "circlesoftrust").rglob("*.py"), *(ROOT / "ui").rglob("*.py")]
    return sorted(p for p in files if "migrations" not in p.parts)


def _spec_text(spec: ast.JoinedStr | None) -> str:
    if spec is None:
        return ""
    return "".join(v.value for v in spec.values if isinstance(v, ast.Constant))


def ad_hoc_formatting(path: Path) -> list[str]:
    """Where ``path`` formats money, numbers or dates by hand (``file:line: what``)."""
    rel = path.relative_to(ROOT)
    if rel in HELPER:
        return []
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.FormattedValue):
            spec = _spec_text(node.format_spec)  # type: ignore[arg-type]
            if "," in spec:
                found.append(f"{rel}:{node.lineno}: thousands by hand ({{…:{spec}}})")
            if _DATE_SPEC.search(spec):
                found.append(f"{rel}:{node.lineno}: a date format by hand ({{…:{spec}}})")
            if (
                isinstance(node.value, ast.BinOp)
                and isinstance(node.value.op, ast.Div)
                and isinstance(node.value.right, ast.Constant)
                and node.value.right.value == 100
            ):
                found.append(f"{rel}:{node.lineno}: cents shown by hand (use formats.money)")
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "strftime"
            and rel not in MACHINE_STRFTIME
        ):
            found.append(f"{rel}:{node.lineno}: strftime (use formats.date / formats.month)")
    return found


def test_money_numbers_and_dates_go_through_the_one_helper() -> None:
    found = [line for path in _sources() for line in ad_hoc_formatting(path)]
    assert not found, "format through circlesoftrust.formats:\n" + "\n".join(found)


def test_the_scan_finds_formatting_by_hand(tmp_path: Path) -> None:
    """The scan itself works: each kind of hand formatting is caught."""
    sample = ROOT / "ui" / "_scan_sample.py"
    sample.write_text(
        "import datetime as dt\n"
        "cents = 1\nday = dt.date.today()\n"
        'a = f"{cents / 100:,.2f}"\n'
        'b = f"{day:%d %b %Y}"\n'
        'c = day.strftime("%d.%m.%Y")\n',
        encoding="utf-8",
    )
    try:
        found = ad_hoc_formatting(sample)
    finally:
        sample.unlink()
    assert len(found) == 4, found  # thousands, cents, date spec, strftime


# ISO dates the window writes for machines, not people: a backup's suggested file name.
MACHINE_ISO = {Path("ui/transfer/io_actions.py")}


def iso_dates_shown(path: Path) -> list[str]:
    """Where a window module shows a day as ISO (``day.isoformat()``) or gives a date
    editor a fixed format (``setDisplayFormat("yyyy-MM-dd")``) instead of the locale's."""
    rel = path.relative_to(ROOT)
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if (  # f"expires {grant.expires_on}": a day put in a text as it prints (ISO)
            isinstance(node, ast.FormattedValue)
            and isinstance(node.value, ast.Attribute)
            and node.value.attr.endswith(("_on", "_at"))
        ):
            found.append(f"{rel}:{node.lineno}: a date in an f-string (use formats.date)")
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
            continue
        if node.func.attr == "isoformat" and rel not in MACHINE_ISO:
            found.append(f"{rel}:{node.lineno}: isoformat() (use formats.date)")
        if node.func.attr == "setDisplayFormat" and any(
            isinstance(arg, ast.Constant) for arg in node.args
        ):
            found.append(f"{rel}:{node.lineno}: a fixed date format (use formats.date_pattern)")
    return found


def test_the_window_shows_dates_in_the_one_format() -> None:
    """Issue 18.5: one date format across the app: forms, labels and tips included."""
    window = sorted((ROOT / "ui").rglob("*.py"))
    found = [line for path in window for line in iso_dates_shown(path)]
    assert not found, "show dates through ui.common.formats:\n" + "\n".join(found)
