"""The meeting brief as a PDF: Qt's text engine lays it out on one page (a4 or letter)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from circlesoftrust import brief_writers
from circlesoftrust.brief import build_brief
from circlesoftrust.cli import main
from circlesoftrust.models import Contact
from circlesoftrust.services import accounts, activity
from circlesoftrust.storage import Database
from tests.conftest import DEMO_DAY


def _pdf_pages(data: bytes) -> int:
    """Pages of a PDF as a reader counts them: the page objects in the file."""
    assert data.startswith(b"%PDF-")
    pages = len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", data))
    count = re.search(rb"/Type\s*/Pages\b.*?/Count\s+(\d+)", data, re.DOTALL)
    assert count and int(count.group(1)) == pages
    return pages


def _media_box(data: bytes) -> tuple[float, float]:
    box = re.search(rb"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]", data)
    assert box
    return float(box.group(1)), float(box.group(2))


@pytest.mark.parametrize(("paper", "size"), [("a4", (595, 842)), ("letter", (612, 792))])
def test_pdf_brief_of_a_typical_demo_account_is_one_page(
    qapp: object, demo_db: Database, tmp_path: Path, paper: str, size: tuple[int, int]
) -> None:
    from ui.transfer.brief_pdf import write_pdf

    brief = build_brief(demo_db, 1, on=DEMO_DAY)
    result = write_pdf(brief, tmp_path / "brief.pdf", paper=paper)
    data = (tmp_path / "brief.pdf").read_bytes()
    assert result.pages == 1 and _pdf_pages(data) == 1 and result.scale == 1.0
    width, height = _media_box(data)
    assert (round(width), round(height)) == size


def test_pdf_of_the_busiest_demo_account_still_fits_one_page(
    qapp: object, demo_db: Database, tmp_path: Path
) -> None:
    from ui.transfer.brief_pdf import write_pdf

    with demo_db.transaction() as session:
        busiest = session.scalar(
            select(Contact.account_id)
            .group_by(Contact.account_id)
            .order_by(func.count().desc(), Contact.account_id)
            .limit(1)
        )
    assert busiest is not None
    for n in range(4):
        activity.open_complaint(demo_db, busiest, note=f"Complaint {n}: " + "long words " * 12)
    accounts.update_account(demo_db, busiest, notes="Prefers Tuesdays. " * 15)
    brief = build_brief(demo_db, busiest, on=DEMO_DAY)
    assert len(brief.buying_group) >= 10
    result = write_pdf(brief, tmp_path / "busy.pdf")
    assert result.pages == 1 and _pdf_pages((tmp_path / "busy.pdf").read_bytes()) == 1


def test_cli_writes_a_pdf_brief(
    qapp: object, demo_db: Database, db_url: str, tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    assert main(["--db", db_url, "brief", "1", "-o", str(tmp_path / "b.pdf"), "--paper",
                 "letter"]) == 0  # fmt: skip
    assert "(1 page, letter)" in capsys.readouterr().out
    assert _pdf_pages((tmp_path / "b.pdf").read_bytes()) == 1


def test_only_the_pdf_path_loads_qt(demo_db: Database, db_url: str, tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from circlesoftrust.cli import main\n"
        f"assert main(['--db', {db_url!r}, 'brief', '1', '-o', {str(tmp_path / 'b.md')!r}]) == 0\n"
        f"assert main(['--db', {db_url!r}, 'export', 'ics', '-o', {str(tmp_path / 'f.ics')!r}])"
        " == 0\n"
        "assert 'PySide6' not in sys.modules, 'Qt was loaded'\n"
        f"assert main(['--db', {db_url!r}, 'brief', '1', '-o', {str(tmp_path / 'b.pdf')!r}]) == 0\n"
        "assert 'PySide6' in sys.modules\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "b.pdf").read_bytes().startswith(b"%PDF")


def test_the_desktop_app_registers_its_pdf_writer_for_the_core() -> None:
    from ui.transfer.brief_pdf import write_pdf

    assert "pdf" in brief_writers.installed_formats()
    writer = brief_writers.load_writer("pdf")
    # The installed package's door (`circlesoftrust_ui:write_brief_pdf`) hands on to it.
    assert (
        writer.__module__ == "circlesoftrust_ui" and write_pdf.__name__ in writer.__code__.co_names
    )
