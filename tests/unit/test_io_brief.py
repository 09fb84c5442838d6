"""The meeting brief: the right facts, nothing the user typed can inject markup, one page."""

from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import dataclass
from importlib.metadata import EntryPoint
from pathlib import Path

import pytest
from sqlalchemy import select

from circlesoftrust import brief_writers
from circlesoftrust.brief import Brief, build_brief
from circlesoftrust.brief_render import render_html, render_markdown, revenue_svg
from circlesoftrust.cli import main
from circlesoftrust.models import (
    Insight,
    InsightRelease,
    InsightShare,
    Perk,
    PerkGrant,
    Ring,
    Task,
)
from circlesoftrust.services import accounts, activity
from circlesoftrust.storage import Database
from circlesoftrust.vocabulary import DetailLevel, PerkKind, TaskSource
from tests.conftest import DEMO_DAY

DAY = dt.date(2026, 6, 15)
SCRIPT = "<script>alert('x')</script>"


def _ring_id(db: Database, name: str) -> int:
    with db.transaction() as session:
        ring_id = session.scalar(select(Ring.id).where(Ring.name == name))
    assert ring_id is not None
    return ring_id


@pytest.fixture
def account(db: Database) -> int:
    """An account in "Loyal customers" with one of everything the brief shows."""
    acc = accounts.create_account(db, "Alder Ltd", ring="Loyal customers", industry="Retail")
    accounts.add_contact(db, acc.id, "Una User", role="user", email="una@alder.example")
    accounts.add_contact(db, acc.id, "Dora Decider", role="decision_maker", title="CEO")
    accounts.add_contact(db, acc.id, "Cho Champion", role="champion", phone="+44 20 7946 0000")
    activity.log_touchpoint(db, acc.id, kind="meeting", contact="Dora Decider", on=DAY)
    activity.log_touchpoint(db, acc.id, kind="call", contact="Cho Champion", on="2026-05-02")
    activity.record_revenue(db, acc.id, 1000, on="2026-04-10", renewal_on="2027-04-10")
    activity.record_revenue(db, acc.id, 250.5, kind="upsell", on="2026-05-20")
    activity.record_revenue(db, acc.id, 800, on="2024-01-15")  # older than two years' chart
    activity.open_complaint(db, acc.id, note="Invoice sent twice", on="2026-06-01")
    loyal, inner, leads = (_ring_id(db, n) for n in ("Loyal customers", "Inner circle", "Leads"))
    with db.transaction() as session:
        session.add(Task(account_id=acc.id, title="Send proposal", due_on=DAY - dt.timedelta(3),
                         source=TaskSource.MANUAL))  # fmt: skip
        session.add(Task(account_id=acc.id, title="Done already", due_on=DAY,
                         done_on=DAY, source=TaskSource.MANUAL))  # fmt: skip
        council = Perk(name="Product council seat", kind=PerkKind.PRODUCT_COUNCIL, ring_id=inner)
        support = Perk(name="Priority support line", kind=PerkKind.PRIORITY_SUPPORT, ring_id=loyal)
        discount = Perk(name="Loyalty discount", kind=PerkKind.DISCOUNT, ring_id=leads)
        session.add_all([council, support, discount])
        session.flush()
        session.add(PerkGrant(perk_id=discount.id, account_id=acc.id, granted_on=DAY))
        for title, ring_id, release, shared in (
            ("Due and not shared", loyal, DAY - dt.timedelta(1), False),
            ("Already shared", loyal, DAY - dt.timedelta(5), True),
            ("Not released yet", loyal, DAY + dt.timedelta(1), False),
            ("Other ring only", inner, DAY - dt.timedelta(9), False),
        ):
            insight = Insight(title=title, full_text=f"{title}: all the detail", summary="short",
                              headline="head", published_on=DAY - dt.timedelta(20))  # fmt: skip
            session.add(insight)
            session.flush()
            session.add(InsightRelease(insight_id=insight.id, ring_id=ring_id, release_on=release,
                                       detail_level=DetailLevel.FULL))  # fmt: skip
            if shared:
                session.add(InsightShare(insight_id=insight.id, account_id=acc.id, shared_on=DAY,
                                         detail_level=DetailLevel.FULL))  # fmt: skip
    return acc.id


@pytest.mark.pg
def test_brief_gathers_every_section(db: Database, account: int) -> None:
    brief = build_brief(db, account, on=DAY)

    assert (brief.name, brief.ring_name, brief.industry) == (
        "Alder Ltd",
        "Loyal customers",
        "Retail",
    )
    assert [(c.name, c.role, c.last_touch) for c in brief.buying_group] == [
        ("Dora Decider", "Decision maker", DAY),
        ("Cho Champion", "Champion", dt.date(2026, 5, 2)),
        ("Una User", "User", None),
    ]
    assert brief.buying_group[0].title == "CEO"
    assert brief.timeline[0].on == DAY and brief.timeline[0].kind == "touchpoint"
    assert [q.label for q in brief.revenue] == [
        "2024 Q3", "2024 Q4", "2025 Q1", "2025 Q2", "2025 Q3", "2025 Q4", "2026 Q1", "2026 Q2",
    ]  # fmt: skip
    assert brief.revenue[-1].cents == 125_050 and sum(q.cents for q in brief.revenue) == 125_050
    assert brief.revenue_12m_cents == 125_050 and brief.revenue_total_cents == 205_050
    assert brief.renewal_on == dt.date(2027, 4, 10)
    assert [c.detail for c in brief.complaints] == ["Invoice sent twice"]
    assert [(t.title, t.overdue) for t in brief.tasks] == [("Send proposal", True)]
    assert [(p.name, p.granted) for p in brief.perks] == [
        ("Loyalty discount", True),
        ("Priority support line", False),  # offered to its ring and the rings inside it
    ]
    assert [(i.title, i.text) for i in brief.insights] == [
        ("Due and not shared", "Due and not shared: all the detail")
    ]
    assert brief.talking_points, "talking points from suggestions (or the brief's own facts)"


def test_brief_renders_html_and_markdown(db: Database, account: int) -> None:
    brief = build_brief(db, account, on=DAY)
    page = render_html(brief)
    assert page.startswith("<!DOCTYPE html>") and "<style>" in page and "<svg" in page
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:|//|file:)""", page), "self-contained"
    assert "<script" not in page and "<link" not in page
    for text in ("Alder Ltd", "Dora Decider", "Due and not shared", "Invoice sent twice",
                 "Priority support line", "Send proposal", "Loyal customers"):  # fmt: skip
        assert text in page
        assert text in render_markdown(brief)
    qt_page = render_html(brief, for_qt=True)
    assert "<svg" not in qt_page and 'src="cot-brief:revenue-chart"' in qt_page


@pytest.mark.pg
def test_everything_the_user_typed_is_escaped(db: Database) -> None:
    acc = accounts.create_account(db, f"Evil {SCRIPT} Ltd", ring="Inner circle",
                                  industry=SCRIPT, notes=f"note {SCRIPT}")  # fmt: skip
    accounts.add_contact(db, acc.id, f"Mal {SCRIPT}", title=SCRIPT)
    activity.open_complaint(db, acc.id, note=f"{SCRIPT} <img src=x onerror=alert(1)>")
    activity.log_touchpoint(db, acc.id, kind="call", note=f"said {SCRIPT}")
    with db.transaction() as session:
        session.add(Task(account_id=acc.id, title=SCRIPT, due_on=DAY, source=TaskSource.MANUAL))
    brief = build_brief(db, acc.id, on=DAY)

    for page in (render_html(brief), render_html(brief, for_qt=True)):
        assert "<script" not in page and "<img src=x" not in page
        assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in page
    markdown = render_markdown(brief)
    assert "<script" not in markdown and "&lt;script&gt;" in markdown


def test_revenue_chart_is_plain_svg() -> None:
    from circlesoftrust.brief import QuarterRevenue

    svg = revenue_svg((QuarterRevenue("2026 Q1", 0), QuarterRevenue("2026 Q2", 150_000)), "#123456")
    assert svg.startswith("<svg") and svg.endswith("</svg>")
    assert svg.count("<rect") == 1 and 'fill="#123456"' in svg and "$1,500" in svg
    odd = revenue_svg((QuarterRevenue("2026 Q2", 100),), "red; onload=alert(1)")
    assert 'fill="#64748b"' in odd and "onload" not in odd  # a bad colour is replaced


def test_cli_brief_formats(
    demo_db: Database, db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", db_url, "brief", "1", "--format", "md"]) == 0
    assert capsys.readouterr().out.startswith("# Meeting brief: ")
    assert main(["--db", db_url, "brief", "1", "-o", str(tmp_path / "b.html")]) == 0
    assert (tmp_path / "b.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert main(["--db", db_url, "brief", "1", "--format", "pdf"]) == 1
    assert "needs a file" in capsys.readouterr().err
    assert main(["--db", db_url, "brief", "no such account"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("circlesoftrust: error: no account named") and err.count("\n") == 1


@dataclass(frozen=True)
class _Written:
    path: str
    pages: int
    paper: str


def _plain_writer(brief: Brief, path: str | os.PathLike[str], *, paper: str) -> _Written:
    """A stand-in for an installed writer: the account's name and the paper, as text."""
    Path(path).write_text(f"{brief.name} on {paper}\n", encoding="utf-8")
    return _Written(str(path), 1, paper)


def _install_writers(monkeypatch: pytest.MonkeyPatch, **targets: str) -> None:
    """Pretend the installed brief writers are ``targets`` (format -> "module:function")."""
    points = {n: EntryPoint(n, v, brief_writers.GROUP) for n, v in targets.items()}
    monkeypatch.setattr(brief_writers, "_registered", lambda: points)


def test_the_cli_writes_a_brief_with_the_writer_an_add_on_registers(
    demo_db: Database, db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    _install_writers(monkeypatch, txt=f"{__name__}:_plain_writer")
    target = tmp_path / "b.txt"
    assert main(["--db", db_url, "brief", "1", "-o", str(target), "--paper", "letter"]) == 0
    name = build_brief(demo_db, 1).name
    assert target.read_text(encoding="utf-8") == f"{name} on letter\n"
    assert f"Wrote the brief of {name} to {target} (1 page, letter)." in capsys.readouterr().out
    assert main(["--db", db_url, "brief", "1", "--format", "txt"]) == 1
    assert "a TXT brief needs a file" in capsys.readouterr().err


def test_a_pdf_brief_without_its_writer_says_so_in_one_line(
    demo_db: Database, db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    target = tmp_path / "b.pdf"
    _install_writers(monkeypatch, pdf="no_such_module_for_briefs:write_pdf")  # Qt missing
    assert main(["--db", db_url, "brief", "1", "-o", str(target)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("circlesoftrust: error: pdf briefs need the desktop app's libraries")
    assert err.count("\n") == 1 and not target.exists()
    _install_writers(monkeypatch)  # a core without the desktop app: no writer at all
    assert main(["--db", db_url, "brief", "1", "-o", str(target)]) == 1
    err = capsys.readouterr().err
    assert "no writer for pdf briefs is installed" in err and err.count("\n") == 1
    assert not target.exists()


@pytest.mark.pg
def test_brief_uses_the_engine_for_score_stages_and_talking_points(
    demo_db: Database,
) -> None:
    brief = build_brief(demo_db, 1, on=DEMO_DAY)
    assert brief.score is not None and 0 <= brief.score <= 100
    assert [line.name for line in brief.score_lines] == [
        "Revenue", "Loyalty", "Engagement", "Advocacy", "Friction",
    ]  # fmt: skip
    assert all(line.explanation for line in brief.score_lines)
    assert brief.score_summary
    assert all(c.stage for c in brief.buying_group)


def test_talking_points_read_only_the_accounts_own_suggestions(
    demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from circlesoftrust.brief import CLIENT_SUGGESTIONS
    from circlesoftrust.engine import suggestions

    everyone = suggestions.suggest(demo_db, DEMO_DAY)
    busiest = max(
        {s.account_id for s in everyone if s.account_id is not None},
        key=lambda acc: sum(1 for s in everyone if s.account_id == acc),
    )
    calls: list[object] = []
    real = suggestions.generate

    def spy(*args: object, **kwargs: object) -> object:
        calls.append(kwargs.get("ids"))
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(suggestions, "generate", spy)
    brief = build_brief(demo_db, busiest, on=DEMO_DAY)
    assert calls == [[busiest]], "one account's facts, not every account's"
    own = [s for s in everyone if s.account_id == busiest and s.reason]
    assert own
    # The client-facing ones are talking points; internal ones (ring moves...) never are.
    client = [s.reason for s in own if s.kind in CLIENT_SUGGESTIONS]
    assert [p for p in brief.talking_points if p in {s.reason for s in own}] == client[
        : len([p for p in brief.talking_points if p in client])
    ]
    assert not {s.reason for s in own if s.kind not in CLIENT_SUGGESTIONS} & set(
        brief.talking_points
    )


def test_brief_of_an_archived_account_says_why_there_is_no_score(
    db: Database, account: int
) -> None:
    accounts.archive_account(db, account)
    brief = build_brief(db, account, on=DAY)
    assert brief.score is None and "archived" in brief.score_summary
    assert brief.buying_group  # everything else is still there
