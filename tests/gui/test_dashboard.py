"""The dashboard: charts with data for the chosen period, in the palette's colours."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from matplotlib.colors import to_hex
from PySide6.QtWidgets import QApplication

from circlesoftrust.services.rings import list_rings
from circlesoftrust.storage import Database
from tests.conftest import DEMO_DAY
from tests.gui.conftest import ops_for
from tests.gui.test_inbox import until_loaded
from ui.common import theme
from ui.common.workers import Workers
from ui.dashboard.charts import ChartTheme
from ui.dashboard.dashboard import PERIODS, DashboardView
from ui.dashboard.dashboard_data import pareto_curve

pytestmark = pytest.mark.gui
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def dashboard(qtbot, demo_db: Database, workers: Workers) -> DashboardView:
    view = DashboardView(ops_for(demo_db, workers), today=DEMO_DAY)
    qtbot.addWidget(view)
    view.resize(1280, 820)
    until_loaded(qtbot, view, view.show)  # the first show computes the KPIs
    return view


def test_importing_the_app_does_not_import_matplotlib() -> None:
    code = (
        "import sys; import ui.shell.main_window, ui.dashboard.dashboard, ui.today.inbox, "
        "ui.insights.insights_view, ui.settings.settings_dialog; "
        "print('matplotlib' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""},
    )  # fmt: skip
    assert out.stdout.strip() == "False", out.stderr


def test_charts_have_data_for_every_ring(dashboard: DashboardView, demo_db) -> None:
    rings = list_rings(demo_db)
    revenue = dashboard.axes("revenue")
    assert len(revenue.patches) == len(rings)
    assert [to_hex(p.get_facecolor()) for p in revenue.patches] == [r.colour for r in rings]
    assert revenue.get_xticklabels()[0].get_text() == "Inner\ncircle"
    assert len(dashboard.axes("nps").patches) == len(rings)
    assert len(dashboard.axes("engagement").patches) == len(rings)
    data = dashboard.data()
    assert data is not None and data.revenue[0] == max(data.revenue) > 0
    months = len(data.months)
    assert len(dashboard.axes("movements").patches) == 2 * months
    pareto = dashboard.axes("pareto")
    curve = pareto.get_lines()[0]
    assert len(curve.get_xdata()) == len(data.pareto_x) + 1  # plus the origin
    assert data.pareto_mark is not None and 0 < data.pareto_mark < 0.5
    assert dashboard.tiles["revenue"].value.text() != "–"
    assert dashboard.tiles["pareto"].value.text().endswith("%")


def test_period_picker_recomputes(qtbot, dashboard: DashboardView) -> None:
    three_months = next(i for i, (name, _) in enumerate(PERIODS) if name == "Last 3 months")
    until_loaded(qtbot, dashboard, lambda: dashboard.period_combo.setCurrentIndex(three_months))
    start, end = dashboard.period()
    assert end == DEMO_DAY and (end - start).days == 90
    assert dashboard.data().start == start
    assert len(dashboard.data().months) == 4  # Mar..Jun


def test_dark_theme_repaints_readably(qtbot, dashboard: DashboardView) -> None:
    dark = theme.build_palette(dark=True)
    QApplication.instance().setPalette(dark)
    qtbot.waitUntil(
        lambda: (
            to_hex(dashboard.axes("revenue").get_facecolor())
            == dark.color(dark.ColorRole.Base).name()
        )
    )
    expected = ChartTheme.from_palette(dark)
    ax = dashboard.axes("nps")
    assert [to_hex(t.get_color()) for t in ax.texts][:1] == [expected.foreground]  # labels
    assert to_hex(ax.get_yticklabels()[0].get_color()) == expected.muted


def test_pareto_curve_helper() -> None:
    xs, ys, mark = pareto_curve([80, 10, 5, 5, 0])
    assert xs == [0.2, 0.4, 0.6, 0.8, 1.0]
    assert ys[0] == 0.8 and ys[-1] == 1.0
    assert mark == 0.2
    assert pareto_curve([0, 0]) == ([], [], None)


@pytest.mark.parametrize("years", [1, 2])
def test_the_pareto_tile_and_curve_tell_the_same_period(demo_db: Database, years: int) -> None:
    """'Last 2 years': the tile said 18 % while the curve drew 12 months (20 %)."""
    import datetime as dt
    from concurrent.futures import ThreadPoolExecutor

    from ui.dashboard.dashboard_data import load_dashboard

    start = DEMO_DAY - dt.timedelta(days=365 * years)
    with ThreadPoolExecutor(1) as pool:  # (as the dashboard reads it: off the UI thread)
        data = pool.submit(load_dashboard, demo_db, start, DEMO_DAY).result()
    assert data.pareto_share is not None and data.pareto_mark is not None
    assert data.pareto_mark == pytest.approx(data.pareto_share)


def test_retention_says_in_words_why_it_has_no_figure(qtbot, dashboard: DashboardView) -> None:
    """Issue 18.5: retention showed "–". Over 2 years the demo's records begin inside the
    period, so nobody was a customer when it began: the tile says so."""
    tile = dashboard.tiles["retention"]
    assert tile.value.text().endswith("%")  # 12 months: a figure, explained
    assert "customers retained" in tile.toolTip() and "Of the customers" in tile.toolTip()
    two_years = next(i for i, (name, _) in enumerate(PERIODS) if name == "Last 2 years")
    until_loaded(qtbot, dashboard, lambda: dashboard.period_combo.setCurrentIndex(two_years))
    assert tile.value.text() == "no figure"
    assert tile.caption.text().startswith("retention: the records begin ")
    assert "choose a later start" in tile.toolTip()


def test_engagement_tells_the_rings_apart(dashboard: DashboardView) -> None:
    """Issue 18.5: engagement was 100 % in four of five rings. In touch within the ring's
    cadence differs from ring to ring; the ring without a cadence says so."""
    data = dashboard.data()
    assert data is not None
    rates = [r for r in data.engagement if r is not None]
    assert len(rates) == 4 and len(set(rates)) >= 3 and max(rates) < 1.0
    assert data.engagement[-1] is None  # Audience: no regular follow-up
    labels = [t.get_text() for t in dashboard.axes("engagement").texts]
    assert labels[-1] == "no cadence"
    assert "within the ring's follow-up cadence" in dashboard._charts["engagement"].canvas.toolTip()
