"""The dashboard: KPI tiles and five matplotlib charts for a period the user picks.

matplotlib costs ~0.3 s to import, so this module does not import it: the chart canvases
are created the first time the dashboard is shown. KPIs are computed off the UI thread;
charts redraw with ``draw_idle`` in the palette's colours (ring colours for rings).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QEvent, Qt, Signal, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from circlesoftrust.operations import Changes
from ui.common import formats
from ui.common.banner import Banner
from ui.common.formats import money_short
from ui.common.language import QT_TRANSLATE_NOOP
from ui.common.widgets import heading, muted
from ui.dashboard.dashboard_data import DashboardData, load_dashboard
from ui.operations import Operations
from ui.shell.page_loading import LoadingView, busy_bar

PERIODS = (
    (QT_TRANSLATE_NOOP("Dashboard", "Last 3 months"), 91),
    (QT_TRANSLATE_NOOP("Dashboard", "Last 6 months"), 182),
    (QT_TRANSLATE_NOOP("Dashboard", "Last 12 months"), 365),
    (QT_TRANSLATE_NOOP("Dashboard", "Last 2 years"), 730),
    (QT_TRANSLATE_NOOP("Dashboard", "This year"), -1),
    (QT_TRANSLATE_NOOP("Dashboard", "Custom"), 0),
)
DEFAULT_PERIOD = 2
CHARTS = ("revenue", "pareto", "nps", "movements", "engagement")


class KpiTile(QFrame):
    """A figure with its caption, e.g. "€ 412k" over "revenue in the period"."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.value = heading("–", self, scale=1.5)
        self.default_caption = caption
        self.caption = muted(caption, self)
        self.caption.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(2)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        line = self.caption.fontMetrics().lineSpacing()
        self.setFixedHeight(self.value.sizeHint().height() + 2 * line + 22)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

    def set_value(self, text: str, tooltip: str = "", caption: str | None = None) -> None:
        """Show ``text``; ``caption`` replaces the usual caption (e.g. why there is no figure)."""
        self.value.setText(text)
        self.caption.setText(self.default_caption if caption is None else caption)
        self.setToolTip(tooltip)


@dataclass
class _Chart:
    figure: Any
    canvas: Any
    axes: Any


class DashboardView(LoadingView):
    """KPIs and charts for a period.

    Signals:
        loaded(): fresh KPIs are drawn.
        loadFailed(str): computing the KPIs failed (the banner says why).
    """

    loaded = Signal()
    loadFailed = Signal(str)

    def __init__(
        self, ops: Operations, parent: QWidget | None = None, *, today: dt.date | None = None
    ) -> None:
        super().__init__(ops, parent)
        self._today = today
        self._charts: dict[str, _Chart] = {}
        self._stale = True
        self._data: DashboardData | None = None
        self._build()
        self.period_combo.setCurrentIndex(DEFAULT_PERIOD)
        self._connect_signals()
        self._apply_period(DEFAULT_PERIOD)

    # --- construction ------------------------------------------------------------------

    def _build(self) -> None:
        self.title = heading(self.tr("Dashboard"), self)
        self.period_combo = QComboBox(self)
        self.period_combo.addItems(
            [QCoreApplication.translate("Dashboard", name) for name, _days in PERIODS]
        )
        self.period_combo.setAccessibleName(self.tr("Period"))
        self.start_edit = QDateEdit(self)
        self.end_edit = QDateEdit(self)
        for edit, name in ((self.start_edit, self.tr("From")), (self.end_edit, self.tr("To"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(formats.date_pattern())  # the app's one date format
            edit.setAccessibleName(name)
        self.busy = busy_bar(self)

        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addStretch(1)
        head.addWidget(self.busy)
        head.addWidget(QLabel(self.tr("Period:"), self))
        head.addWidget(self.period_combo)
        head.addWidget(QLabel(self.tr("from"), self))
        head.addWidget(self.start_edit)
        head.addWidget(QLabel(self.tr("to"), self))
        head.addWidget(self.end_edit)

        self.banner = Banner(self)
        self.tiles = {
            "revenue": KpiTile(self.tr("revenue in the period"), self),
            "pareto": KpiTile(self.tr("of accounts make 80% of revenue"), self),
            "nps": KpiTile(self.tr("net promoter score"), self),
            "retention": KpiTile(self.tr("customers retained"), self),
            "ror": KpiTile(self.tr("return on relationship"), self),
            "referrals": KpiTile(self.tr("referrals given"), self),
        }
        tiles = QHBoxLayout()
        for tile in self.tiles.values():
            tiles.addWidget(tile)

        self.chart_area = QWidget(self)
        self.chart_grid = QGridLayout(self.chart_area)
        self.chart_grid.setContentsMargins(0, 0, 0, 0)
        self.chart_grid.setSpacing(10)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.chart_area)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(head)
        layout.addWidget(self.banner)
        layout.addLayout(tiles)
        layout.addWidget(scroll, 1)

    def _connect_signals(self) -> None:
        self.period_combo.currentIndexChanged.connect(self._apply_period)
        self.start_edit.dateChanged.connect(self._on_dates_edited)
        self.end_edit.dateChanged.connect(self._on_dates_edited)

    def _ensure_charts(self) -> None:
        """Create the canvases (and import matplotlib) the first time they are needed."""
        if self._charts:
            return
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure

        spots = {
            "revenue": (0, 0, 1, 1),
            "pareto": (0, 1, 1, 1),
            "nps": (0, 2, 1, 1),
            "movements": (1, 0, 1, 2),
            "engagement": (1, 2, 1, 1),
        }
        for name in CHARTS:
            figure = Figure(figsize=(4.2, 3.0), dpi=100, layout="constrained")
            canvas = FigureCanvasQTAgg(figure)  # type: ignore[no-untyped-call]  # (matplotlib)
            canvas.setMinimumSize(300, 250)
            canvas.setObjectName(f"chart_{name}")
            canvas.setAccessibleName(self.tr("{name} chart").format(name=name))
            axes = figure.add_subplot(111)
            self._charts[name] = _Chart(figure, canvas, axes)
            self.chart_grid.addWidget(canvas, *spots[name])

    # --- public API --------------------------------------------------------------------

    def today(self) -> dt.date:
        return self._today or dt.date.today()

    def set_today(self, day: dt.date | None) -> None:
        self._today = day
        self._apply_period(self.period_combo.currentIndex())

    def period(self) -> tuple[dt.date, dt.date]:
        return self.start_edit.date().toPython(), self.end_edit.date().toPython()  # type: ignore[return-value]

    def set_period(self, start: dt.date, end: dt.date) -> None:
        """Show a custom period."""
        self.period_combo.blockSignals(True)
        self.period_combo.setCurrentIndex(len(PERIODS) - 1)
        self.period_combo.blockSignals(False)
        self._set_dates(start, end)
        self.refresh()

    def axes(self, name: str) -> Any:
        """The matplotlib Axes of one chart (for tests and the screenshot script)."""
        self._ensure_charts()
        return self._charts[name].axes

    def data(self) -> DashboardData | None:
        return self._data

    @Slot()
    def concerns(self, changes: Changes) -> bool:
        """Figures move with any fact; a change of only tasks or suggestions does not."""
        return changes.touches_accounts() or changes.perks

    def refresh(self) -> None:
        """Recompute the KPIs (in the background) if the dashboard is on screen."""
        self._stale = True
        if not self.isVisible():
            return  # shown later: showEvent refreshes
        self._stale = False
        self._ensure_charts()
        start, end = self.period()
        if start > end:
            self.banner.show_message(self.tr("The period starts after it ends."), "error")
            return
        self.banner.hide()
        self._start_load(lambda db: load_dashboard(db, start, end), self.tr("Computing KPIs"))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        # A theme switch repaints the charts in the new palette, without recomputing.
        if event.type() == QEvent.Type.PaletteChange and self._data is not None and self._charts:
            self._draw(self._data)

    # --- period ------------------------------------------------------------------------

    def _set_dates(self, start: dt.date, end: dt.date) -> None:
        for edit, day in ((self.start_edit, start), (self.end_edit, end)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)

    @Slot(int)
    def _apply_period(self, index: int) -> None:
        days = PERIODS[index][1]
        end = self.today()
        if days == 0:
            return  # custom: the user edits the dates
        start = dt.date(end.year, 1, 1) if days < 0 else end - dt.timedelta(days=days - 1)
        self._set_dates(start, end)
        self.refresh()

    @Slot()
    def _on_dates_edited(self) -> None:
        self.period_combo.blockSignals(True)
        self.period_combo.setCurrentIndex(len(PERIODS) - 1)
        self.period_combo.blockSignals(False)
        self.refresh()

    # --- drawing -----------------------------------------------------------------------

    @Slot(object)
    def _on_failed(self, exc: object) -> None:
        self.banner.show_message(
            self.tr("Could not compute the KPIs: {exc}").format(exc=exc), "error"
        )
        self.loadFailed.emit(str(exc))

    @Slot(object)
    def _on_loaded(self, data: DashboardData) -> None:
        self._data = data
        self._fill_tiles(data)
        self._draw(data)
        self.loaded.emit()

    def _draw(self, data: DashboardData) -> None:
        from ui.dashboard import charts

        theme = charts.ChartTheme.from_palette(self.palette())
        names = [r.name for r in data.rings]
        colours = [r.colour for r in data.rings]
        ax = self._charts
        charts.draw_revenue(ax["revenue"].axes, theme, names, colours, data.revenue,
                            data.revenue_share)  # fmt: skip
        charts.draw_pareto(
            ax["pareto"].axes,
            theme,
            data.pareto_x,
            data.pareto_y,
            data.pareto_mark,
            self.tr("Pareto curve ({start} to {end})").format(
                start=formats.date(data.start), end=formats.date(data.end)
            ),
        )
        charts.draw_nps(ax["nps"].axes, theme, names, colours, data.nps, data.nps_overall)
        charts.draw_movements(ax["movements"].axes, theme, data.months, data.moves_in,
                              data.moves_out)  # fmt: skip
        charts.draw_engagement(ax["engagement"].axes, theme, names, colours, data.engagement)
        self._charts["engagement"].canvas.setToolTip(self._engagement_words(data))
        for chart in self._charts.values():
            chart.figure.set_facecolor(theme.background)
            chart.canvas.draw_idle()

    def _fill_tiles(self, data: DashboardData) -> None:
        t = self.tiles
        t["revenue"].set_value(money_short(data.revenue_total))
        if data.pareto_share is not None and data.pareto_accounts:
            t["pareto"].set_value(
                formats.percent(data.pareto_share),
                self.tr(
                    "{n} accounts make 80% of the period's revenue; "
                    "{inner} of them sit in the inner ring."
                ).format(n=data.pareto_accounts, inner=data.pareto_inner),
            )
        else:
            t["pareto"].set_value("–", self.tr("No revenue in this period"))
        t["nps"].set_value(
            "–"
            if data.nps_overall is None
            else f"{'+' if data.nps_overall > 0 else ''}{formats.number(round(data.nps_overall))}"
        )
        self._fill_retention(data)
        ror = data.return_on_relationship
        t["ror"].set_value(
            "–" if ror is None else formats.number(ror, digits=0 if ror >= 100 else 1) + "×",
            self.tr(
                "Relationship revenue (renewals, up-sells, cross-sells, referred accounts) "
                "divided by the cost of the perks granted in the period."
            ),
        )
        t["referrals"].set_value(str(data.referrals))

    def _fill_retention(self, data: DashboardData) -> None:
        """Retention over the period, or in words why it cannot be computed (docs/rules.md)."""
        tile = self.tiles["retention"]
        start, end = formats.date(data.start), formats.date(data.end)
        before = formats.date(data.start - dt.timedelta(days=365))
        eve = formats.date(data.start - dt.timedelta(days=1))
        definition = self.tr(
            "Of the customers when the period began (a purchase from {before} to {eve}), the "
            "share still customers at its end (a purchase in the 12 months up to {end})."
        ).format(before=before, eve=eve, end=end)
        if data.retention is not None:
            tile.set_value(
                formats.percent(data.retention),
                self.tr("{kept} of {base} customers retained.").format(
                    kept=data.retained, base=data.retention_base
                )
                + " "
                + definition,
            )
            return
        if data.first_purchase is None:
            why = self.tr("no purchase recorded yet")
        elif data.first_purchase >= data.start:
            why = self.tr("the records begin {day}").format(day=formats.date(data.first_purchase))
        else:
            why = self.tr("no customer before {start}").format(start=start)
        tile.set_value(
            self.tr("no figure"),
            definition
            + " "
            + self.tr(
                "Nobody had bought in the 12 months before the period began, so there is "
                "nobody to retain yet: choose a later start."
            ),
            caption=self.tr("retention: {why}").format(why=why),
        )

    def _engagement_words(self, data: DashboardData) -> str:
        overall = (
            self.tr("no ring has a cadence")
            if data.engagement_overall is None
            else formats.percent(data.engagement_overall)
        )
        return self.tr(
            "Engagement: the share of a ring's accounts in touch within the ring's follow-up "
            "cadence on {end} (their last contact at most that many days before). Contact is "
            "what Settings → Rules & days counts: a two-way touch, and as set an inbound touch, a "
            "purchase, feedback, a complaint or a referral. Overall: {overall}."
        ).format(end=formats.date(data.end), overall=overall)
