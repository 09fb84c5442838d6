"""The ring view: concentric rings with one marker per account (scene in ``ring_scene``).

Tooltips, clicks and drags are handled once, here in the view, by looking the point up
in the marker layer's grid — no per-marker items, shapes or tooltips.

Interaction: hover for name, ring, score and revenue; click opens the account; drag a
marker into another ring to move the account (the shell asks for a reason first); wheel
or Ctrl+plus/minus zooms, dragging the background pans, Ctrl+0 fits.
"""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPalette,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFrame,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from ui.accounts import ring_layout as geo
from ui.accounts.account_store import AccountStore
from ui.accounts.accounts_model import ago
from ui.accounts.ring_scene import ALL, RingScene
from ui.common import formats, theme
from ui.common.dialogs import html_text
from ui.common.formats import money
from ui.common.widgets import EmptyPanel, muted


class RingView(QGraphicsView):
    """Zoom, pan, hover, click and drag-to-move for the ring scene.

    Signals:
        accountClicked(int): a marker was clicked.
        contextMenuRequested(int, QPoint): right-click on a marker (global position).
        moveRequested(int, int): a marker was dropped on ring position (account id, ring).
    """

    accountClicked = Signal(int)
    moveRequested = Signal(int, int)
    contextMenuRequested = Signal(int, QPoint)

    def __init__(self, scene: RingScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.ring_scene = scene
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.FullViewportUpdate)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontSavePainterState)
        self.setFrameShape(QGraphicsView.Shape.NoFrame)
        self.setMouseTracking(True)
        self.setAccessibleName(self.tr("Ring view"))
        self.auto_fit = True
        self.legend = RingLegend(self)
        self.legend.move(8, 8)
        self._press: tuple[int, QPointF, QPointF] | None = None  # id, press point, centre
        self._dragging = False

    def marker_at(self, pos: Any) -> int | None:
        """The account under a viewport position (a few pixels of slack for tiny markers)."""
        slack = 3 / max(self.transform().m11(), 1e-6)
        return self.ring_scene.layer.at(self.mapToScene(pos), slack)

    # --- zoom ---------------------------------------------------------------------------

    def fit(self) -> None:
        self.auto_fit = True
        rect = self.ring_scene.sceneRect()
        if rect.isValid():
            self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)

    def zoom(self, factor: float) -> None:
        current = self.transform().m11()
        fit = self._fit_scale()
        target = min(max(current * factor, fit * 0.5), fit * 40)
        if target != current:
            self.auto_fit = False
            self.scale(target / current, target / current)

    def _fit_scale(self) -> float:
        rect = self.ring_scene.sceneRect()
        if not rect.isValid() or rect.width() <= 0:
            return 1.0
        view = self.viewport().rect()
        return min(view.width() / rect.width(), view.height() / rect.height())

    def wheelEvent(self, event: QWheelEvent) -> None:
        self.zoom(1.0015 ** event.angleDelta().y())
        event.accept()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.auto_fit:
            self.fit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom(1.25)
        elif key == Qt.Key.Key_Minus:
            self.zoom(0.8)
        elif key == Qt.Key.Key_0:
            self.fit()
        else:
            super().keyPressEvent(event)

    # --- hover, click, drag -------------------------------------------------------------

    def viewportEvent(self, event: QEvent) -> bool:
        # Tooltips arrive at the viewport: a marker's own words come before those of the
        # ring band under it (which named the ring: "Audience: Newsletter, blog, …").
        if event.type() == QEvent.Type.ToolTip:
            pos = event.pos()  # type: ignore[attr-defined]
            account_id = self.marker_at(pos)
            if account_id is not None:
                QToolTip.showText(event.globalPos(), self.tooltip(account_id), self)  # type: ignore[attr-defined]
                return True
        return super().viewportEvent(event)  # (between markers: the ring's description)

    def tooltip(self, account_id: int) -> str:
        store = self.ring_scene.store
        row = store.rows.get(account_id)
        if row is None:
            return ""
        score = store.score_of(account_id)
        lines = [
            f"<b>{html_text(row.name)}</b>",
            self.tr("{ring} · score {score}").format(
                ring=html_text(row.ring_name), score=score if score is not None else "—"
            ),
            self.tr("Revenue 12 m: {money}").format(money=money(row.revenue_12m_cents)),
            self.tr("Last touch: {ago}").format(ago=ago(row.last_touch_on)),
        ]
        return "<br>".join(lines)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            account_id = self.marker_at(event.position().toPoint())
            marker = self.ring_scene.marker(account_id) if account_id is not None else None
            if marker is not None:
                here = self.mapToScene(event.position().toPoint())
                self._press = (marker.account_id, here, QPointF(marker.x, marker.y))
                self._dragging = False
                event.accept()
                return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is not None:
            account_id, start, origin = self._press
            here = self.mapToScene(event.position().toPoint())
            if not self._dragging:
                moved = (self.mapFromScene(here) - self.mapFromScene(start)).manhattanLength()
                self._dragging = moved >= QApplication.startDragDistance()
                if self._dragging:
                    self.ring_scene.start_drag(account_id)
                    self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            if self._dragging:
                self.ring_scene.drag_to(origin + (here - start))
                self.ring_scene.show_drop_zone(self._ring_under(here))
            event.accept()
            return
        super().mouseMoveEvent(event)
        if event.buttons() == Qt.MouseButton.NoButton:
            over = self.marker_at(event.position().toPoint()) is not None
            self.viewport().setCursor(
                Qt.CursorShape.PointingHandCursor if over else Qt.CursorShape.OpenHandCursor
            )

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._press is not None and event.button() == Qt.MouseButton.LeftButton:
            account_id, _start, _origin = self._press
            self._press = None
            here = self.mapToScene(event.position().toPoint())
            self.ring_scene.end_drag()  # the real move happens after the reason dialog
            self.viewport().setCursor(Qt.CursorShape.PointingHandCursor)
            if self._dragging:
                self._dragging = False
                target = self._ring_under(here)
                row = self.ring_scene.store.rows.get(account_id)
                if target is not None and row is not None and target != row.ring_position:
                    self.moveRequested.emit(account_id, target)
            else:
                self.accountClicked.emit(account_id)
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        """Right-click on a marker (or the menu key: the selected account) offers the
        account's commands, as the table's context menu does."""
        if event.reason() == QContextMenuEvent.Reason.Mouse:
            account_id = self.marker_at(event.pos())
        else:
            account_id = self.ring_scene.selected_account
        if account_id is None:
            event.ignore()
            return
        self.contextMenuRequested.emit(account_id, event.globalPos())
        event.accept()

    def _ring_under(self, point: QPointF) -> int | None:
        return geo.ring_at(
            math.hypot(point.x(), point.y()), max(1, len(self.ring_scene.store.rings))
        )


class RingLegend(QFrame):
    """The rings' names and member counts, over the view's top-left corner (never zoomed)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("ringLegend")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, False)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(8, 6, 10, 6)
        self._layout.setSpacing(2)
        self._labels: list[QLabel] = []

    def set_rings(self, rows: list[tuple[str, str, int, int]]) -> None:
        while len(self._labels) < len(rows):
            label = QLabel(self)
            label.setTextFormat(Qt.TextFormat.RichText)
            self._layout.addWidget(label)
            self._labels.append(label)
        for label, row in zip(self._labels, rows, strict=False):
            name, colour, shown, total = row
            count = (
                self.tr("{shown} of {total}").format(
                    shown=formats.number(shown), total=formats.number(total)
                )
                if shown != total
                else formats.number(total)
            )
            label.setText(
                f"<span style='color:{colour}; font-size:14pt'>●</span>&nbsp;"
                f"{html_text(name)} <span style='opacity:0.7'>&nbsp;{count}</span>"
            )
            label.setAccessibleName(
                self.tr("{name}: {count} accounts").format(name=name, count=count)
            )
            label.show()
        for label in self._labels[len(rows) :]:
            label.hide()
        self._restyle()
        self.adjustSize()

    def _restyle(self) -> None:
        # The application's palette, not the widget's: on a theme switch the window is
        # redrawn before the new palette has reached this widget (it stayed light).
        window = QApplication.palette().color(QPalette.ColorRole.Window)
        sheet = (
            f"QFrame#ringLegend {{ background: rgba({window.red()},{window.green()},"
            f"{window.blue()},215); border-radius: 6px; }}"
        )
        if sheet != self.styleSheet():
            self.setStyleSheet(sheet)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._restyle()


class RingPanel(QWidget):
    """The ring view with its small toolbar: industry and tag filters, size toggle, zoom.

    Signals:
        accountClicked(int): a marker was clicked (open the account).
        moveRequested(int, int): drag-and-drop asks to move an account to a ring position.
        contextMenuRequested(int, QPoint): right-click on a marker (global position).
        sizeByChanged(str): the user switched marker size between "revenue" and "score".
    """

    accountClicked = Signal(int)
    moveRequested = Signal(int, int)
    contextMenuRequested = Signal(int, QPoint)
    sizeByChanged = Signal(str)

    def __init__(self, store: AccountStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.scene = RingScene(store, self)
        self.view = RingView(self.scene, self)
        self._figures_shown = False  # revenue was known at the last reload
        self._build()
        self._fill_combo(self.industry_combo, self.tr("All industries"), [])
        self._fill_combo(self.tag_combo, self.tr("All tags"), [])
        self._connect_signals()
        self._show_state()

    def _build(self) -> None:
        self.industry_combo = QComboBox(self)
        self.industry_combo.setAccessibleName(self.tr("Filter rings by industry"))
        self.industry_combo.setToolTip(self.tr("Show only accounts of this industry"))
        self.industry_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.tag_combo = QComboBox(self)
        self.tag_combo.setAccessibleName(self.tr("Filter rings by tag"))
        self.tag_combo.setToolTip(self.tr("Show only accounts with this tag"))
        self.tag_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.size_combo = QComboBox(self)
        self.size_combo.addItem(self.tr("Size: revenue"), "revenue")
        self.size_combo.addItem(self.tr("Size: score"), "score")
        self.size_combo.setAccessibleName(self.tr("Marker size"))
        self.size_combo.setToolTip(self.tr("What the size of a marker shows"))
        buttons = []
        for name, tip, slot in (
            ("zoom-out", self.tr("Zoom out (Ctrl+-)"), lambda: self.view.zoom(0.8)),
            ("zoom-in", self.tr("Zoom in (Ctrl++)"), lambda: self.view.zoom(1.25)),
            ("fit", self.tr("Fit the rings (Ctrl+0)"), self.view.fit),
        ):
            button = QToolButton(self)
            theme.bind_icon(button, name)
            button.setToolTip(tip)
            button.setAutoRaise(True)
            button.clicked.connect(slot)
            buttons.append(button)
        bar = QHBoxLayout()
        bar.setContentsMargins(6, 6, 6, 0)
        bar.setSpacing(6)
        bar.addWidget(self.industry_combo)
        bar.addWidget(self.tag_combo)
        bar.addWidget(self.size_combo)
        bar.addStretch(1)
        for button in buttons:
            bar.addWidget(button)
        # Muted, not disabled: a disabled label's grey is unreadable on the dark theme.
        self.hint = muted(self.tr("Drag a marker to another ring to move the account"), self)
        self.hint.setWordWrap(False)
        self.empty = EmptyPanel(self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.hint, 0, Qt.AlignmentFlag.AlignHCenter)

    def _connect_signals(self) -> None:
        self.view.accountClicked.connect(self.accountClicked)
        self.view.moveRequested.connect(self.moveRequested)
        self.view.contextMenuRequested.connect(self.contextMenuRequested)
        self.industry_combo.currentIndexChanged.connect(self._on_filters)
        self.tag_combo.currentIndexChanged.connect(self._on_filters)
        self.size_combo.currentIndexChanged.connect(self._on_size)
        self.store.loadStarted.connect(self._show_state)
        self.store.listed.connect(self.reload)
        self.store.loaded.connect(self._on_figures)
        self.store.membershipChanged.connect(self.reload)
        self.store.accountsUpdated.connect(self._on_accounts_updated)
        self.store.analysisLoaded.connect(self._on_analysis)
        self.store.tagsLoaded.connect(self._on_tags)

    def reload(self) -> None:
        """New data: refill the filter lists, then redraw."""
        self._fill_combo(self.industry_combo, self.tr("All industries"), self.store.industries())
        self._fill_combo(self.tag_combo, self.tr("All tags"), self.store.all_tags())
        self.tag_combo.setEnabled(self.store.tags_known and self.tag_combo.count() > 1)
        if not self.store.tags_known:
            self.tag_combo.setToolTip(
                self.tr("Tags are shown once the tag index service is available")
            )
        self._figures_shown = self.store.figures_known
        self.redraw()
        self._show_state()

    def _on_figures(self) -> None:
        """Revenue arrived after the names (marker sizes follow it)."""
        if not self._figures_shown:
            self._figures_shown = True
            self.redraw()

    def _on_tags(self) -> None:
        self._fill_combo(self.tag_combo, self.tr("All tags"), self.store.all_tags())
        self.tag_combo.setEnabled(self.tag_combo.count() > 1)
        self.tag_combo.setToolTip(self.tr("Show only accounts with this tag"))

    def _on_accounts_updated(self, ids: list[int]) -> None:
        if self.scene.update_accounts(ids):
            self.view.viewport().update()  # (resized in place: same rings, same members)
        else:
            self.redraw()

    def redraw(self) -> None:
        self.scene.rebuild()
        self.view.legend.set_rings(self.scene.legend)
        if self.view.auto_fit:
            self.view.fit()
        self.view.viewport().update()

    def _on_analysis(self) -> None:
        has_scores = bool(self.store.scores)
        model = self.size_combo.model()
        item = model.item(1) if hasattr(model, "item") else None
        if item is not None:
            item.setEnabled(has_scores)
        if self.scene.size_by == "score":
            self.redraw()

    def _fill_combo(self, combo: QComboBox, all_text: str, values: list[str]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(all_text, ALL)
        for value in values:
            combo.addItem(value, value)
        index = combo.findData(current) if current else 0
        combo.setCurrentIndex(max(0, index))
        combo.blockSignals(False)

    def _on_filters(self) -> None:
        self.scene.industry = self.industry_combo.currentData() or ALL
        self.scene.tag = self.tag_combo.currentData() or ALL
        self.redraw()

    def _on_size(self) -> None:
        self.set_size_by(self.size_combo.currentData())
        self.sizeByChanged.emit(self.scene.size_by)

    def set_size_by(self, what: str) -> None:
        what = "score" if what == "score" else "revenue"
        index = self.size_combo.findData(what)
        if self.size_combo.currentIndex() != index:
            self.size_combo.blockSignals(True)
            self.size_combo.setCurrentIndex(index)
            self.size_combo.blockSignals(False)
        if what != self.scene.size_by:
            self.scene.size_by = what
            self.redraw()

    def select(self, account_id: int | None) -> None:
        self.scene.select(account_id)

    def _show_state(self) -> None:
        if not self.store.is_loaded:
            self.empty.set_text(
                self.tr("Reading accounts…"),
                self.tr("The rings appear as soon as the accounts are read."),
            )
            self.stack.setCurrentWidget(self.empty)
        elif not self.store.rows:
            self.empty.set_text(
                self.tr("Your rings are empty"),
                self.tr(
                    "Every account you add starts in the outer ring; work inside-out from there."
                ),
            )
            self.stack.setCurrentWidget(self.empty)
        else:
            self.stack.setCurrentWidget(self.view)
            if self.view.auto_fit:
                self.view.fit()
        self.hint.setVisible(self.stack.currentWidget() is self.view)
