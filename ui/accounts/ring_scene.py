"""The ring view's scene: ring bands, the marker layer, the selection halo, the drop zone.

All markers live in ONE graphics item, :class:`MarkerLayer`, that keeps plain arrays
(centres, radii, colour groups) and paints them in a tight loop, one brush per ring. Ten
thousand ``QGraphicsEllipseItem``s cost four PySide calls each per redraw (position,
size, brush, pen) — measured ≈ 100 ms for 10k markers before a pixel was painted; the
arrays cost ≈ 10 ms. Hit-testing for hover, click and drag uses a uniform grid over the
centres instead of per-item shapes.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsScene,
    QStyleOptionGraphicsItem,
    QWidget,
)

from ui.accounts import ring_layout as geo
from ui.accounts.account_store import AccountStore
from ui.common import theme

ALL = ""
OUTLINE_LIMIT = 3000  # above this many markers, outlines are invisible anyway: skip them


@dataclass(frozen=True)
class Marker:
    """Where one account's marker is drawn (scene units) and how."""

    account_id: int
    x: float
    y: float
    radius: float
    colour: str
    faded: bool


class MarkerLayer(QGraphicsItem):
    """Every account's marker, painted from arrays; ``hidden`` ones are skipped."""

    def __init__(self) -> None:
        super().__init__()
        self.ids: list[int] = []
        self.centres: list[QPointF] = []
        self.radii: list[float] = []
        self.groups: list[tuple[QBrush, QPen | None, list[int]]] = []  # brush, pen, indices
        self.index_of: dict[int, int] = {}
        self.hidden: set[int] = set()
        self._grid: dict[tuple[int, int], list[int]] | None = {}
        self._cell = 40.0
        self._extent = QRectF(-600, -600, 1200, 1200)
        self.setZValue(2)
        # Painted once into a pixmap of the view (what is on screen) and reused while only
        # other items change: hovering, the selection halo and the drop zone repainted all
        # 100,000 markers on every move before (≈ 1 s of UI thread per repaint at 100k).
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def boundingRect(self) -> QRectF:
        return self._extent

    def paint(
        self, painter: QPainter, _option: QStyleOptionGraphicsItem, _widget: QWidget | None = None
    ) -> None:
        centres, radii, hidden = self.centres, self.radii, self.hidden
        draw = painter.drawEllipse
        for brush, pen, indices in self.groups:
            painter.setBrush(brush)
            painter.setPen(pen if pen is not None else Qt.PenStyle.NoPen)
            if hidden:
                for i in indices:
                    if i not in hidden:
                        r = radii[i]
                        draw(centres[i], r, r)
            else:
                for i in indices:
                    r = radii[i]
                    draw(centres[i], r, r)

    def set_positions(
        self, ids: list[int], xs: list[float], ys: list[float], extent: QRectF, cell: float
    ) -> None:
        """Where the markers are (changes only when accounts come, go or change ring)."""
        self.prepareGeometryChange()
        self.ids = ids
        self.centres = list(map(QPointF, xs, ys))
        self.index_of = dict(zip(ids, range(len(ids)), strict=True))
        self._extent = extent
        self._cell = max(4.0, cell)
        self._grid = None  # built on the first hover or click, not on the start-up path
        self.update()  # (the cached picture is stale)

    def _hit_grid(self) -> dict[tuple[int, int], list[int]]:
        """Marker indices by grid cell (100k markers: ≈ 0.15 s, so made when first needed)."""
        if self._grid is None:
            cell = self._cell
            grid: dict[tuple[int, int], list[int]] = {}
            for i, c in enumerate(self.centres):
                grid.setdefault((int(c.x() // cell), int(c.y() // cell)), []).append(i)
            self._grid = grid
        return self._grid

    def set_style(
        self, radii: list[float], groups: list[tuple[QBrush, QPen | None, list[int]]]
    ) -> None:
        """Sizes and colour groups (change with the size toggle and the filters)."""
        self.radii = radii
        self.groups = groups
        self.update()

    def at(self, point: QPointF, slack: float = 0.0) -> int | None:
        """The account whose marker covers ``point`` (the nearest one if several)."""
        x, y, cell = point.x(), point.y(), self._cell
        cx, cy = int(x // cell), int(y // cell)
        best, best_d = None, math.inf
        grid = self._hit_grid()
        for gx in (cx - 1, cx, cx + 1):
            for gy in (cy - 1, cy, cy + 1):
                for i in grid.get((gx, gy), ()):
                    c = self.centres[i]
                    d = math.hypot(c.x() - x, c.y() - y)
                    if d <= self.radii[i] + slack and d < best_d and i not in self.hidden:
                        best, best_d = i, d
        return None if best is None else self.ids[best]


class RingScene(QGraphicsScene):
    """Bands, the marker layer, the halo and the drop zone; ``rebuild()`` lays them out."""

    def __init__(self, store: AccountStore, parent: Any = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        self.layer = MarkerLayer()
        self.addItem(self.layer)
        self._bands: list[QGraphicsPathItem] = []
        self.legend: list[tuple[str, str, int, int]] = []  # name, colour, shown, members
        self.size_by = "revenue"
        self.industry = ALL
        self.tag = ALL
        self.last_rebuild_ms = 0.0
        self._layout_key: object = None
        self._ring_of: dict[int, int] = {}
        self._scale = 1.0  # the marker scale of the last rebuild
        self._revenue_top: int | None = None  # its revenue for "full size" (None: no revenue)
        self._faded: set[int] = set()
        self.halo = QGraphicsEllipseItem()
        self.halo.setZValue(5)
        self.halo.setBrush(Qt.BrushStyle.NoBrush)
        self.halo.setVisible(False)
        self.addItem(self.halo)
        self.ghost = QGraphicsEllipseItem()  # the marker being dragged
        self.ghost.setZValue(10)
        self.ghost.setVisible(False)
        self.addItem(self.ghost)
        self.drop_zone = QGraphicsPathItem()
        self.drop_zone.setZValue(0.5)
        self.drop_zone.setPen(Qt.PenStyle.NoPen)
        self.drop_zone.setVisible(False)
        self.addItem(self.drop_zone)
        self._selected: int | None = None

    # --- reading ------------------------------------------------------------------------

    def marker(self, account_id: int) -> Marker | None:
        i = self.layer.index_of.get(account_id)
        if i is None:
            return None
        c = self.layer.centres[i]
        ring = self.store.ring(self._ring_of.get(account_id, 0))
        colour = QColor(ring.colour if ring else "#888888").name()
        return Marker(
            account_id, c.x(), c.y(), self.layer.radii[i], colour, account_id in self._faded
        )

    def marker_ids(self) -> list[int]:
        return list(self.layer.ids)

    def matches(self, account_id: int) -> bool:
        if self.industry and (self.store.rows[account_id].industry or "") != self.industry:
            return False
        return not self.tag or self.tag in self.store.tags.get(account_id, ())

    # --- layout -------------------------------------------------------------------------

    def rebuild(self) -> None:
        """Lay out and style every marker; positions are reused while membership holds."""
        started = time.perf_counter()
        store = self.store
        n_rings = max(1, len(store.rings))
        members: list[list[int]] = [[] for _ in range(n_rings)]
        for account_id, row in store.rows.items():
            members[min(max(row.ring_position, 0), n_rings - 1)].append(account_id)
        for ids in members:
            ids.sort()
        scale = geo.marker_scale([len(m) for m in members])
        key = (scale, tuple(tuple(m) for m in members))
        if key != self._layout_key:
            self._place(members, scale)
            self._layout_key = key
        self._scale = scale
        self._style(members, scale)
        self._build_bands(n_rings, theme.palette_is_dark(), members)
        self._place_halo()
        self.last_rebuild_ms = (time.perf_counter() - started) * 1000

    def _place(self, members: list[list[int]], scale: float) -> None:
        margin = geo.MAX_RADIUS * scale
        ids: list[int] = []
        xs: list[float] = []
        ys: list[float] = []
        ring_of: dict[int, int] = {}
        for position, ring_ids in enumerate(members):
            ring_xs, ring_ys = geo.spiral(position, len(ring_ids), margin)
            ids += ring_ids
            xs += ring_xs
            ys += ring_ys
            ring_of.update(dict.fromkeys(ring_ids, position))
        extent = len(members) * geo.BAND + 24
        rect = QRectF(-extent, -extent, 2 * extent, 2 * extent)
        self.layer.set_positions(ids, xs, ys, rect, 2 * geo.MAX_RADIUS * scale)
        self._ring_of = ring_of
        self.setSceneRect(rect)

    def _style(self, members: list[list[int]], scale: float) -> None:
        store, ids = self.store, self.layer.ids
        weights = self._weights()
        lo, span = geo.MIN_RADIUS * scale, (geo.MAX_RADIUS - geo.MIN_RADIUS) * scale
        radii = [lo + span * weights.get(i, 0.3) for i in ids]
        total = len(ids)
        outline = None
        if total <= OUTLINE_LIMIT:
            outline = QPen(QApplication.palette().color(QPalette.ColorRole.Base), 1.2 * scale)
        filtering = bool(self.industry or self.tag)
        faded_groups, shown_groups = [], []
        self._faded = set()
        start = 0
        for position, ring_ids in enumerate(members):
            ring = store.ring(position)
            colour = QColor(ring.colour if ring else "#888888")
            faded_colour = QColor(colour)
            faded_colour.setAlpha(45)
            indices = range(start, start + len(ring_ids))
            start += len(ring_ids)
            if filtering:
                shown = [i for i in indices if self.matches(ids[i])]
                faded = sorted(set(indices) - set(shown))
                self._faded.update(ids[i] for i in faded)
            else:
                shown, faded = list(indices), []
            faded_groups.append((QBrush(faded_colour), None, faded))
            shown_groups.append((QBrush(colour), outline, shown))
        # Faded markers first, so the ones that match the filter are painted on top.
        self.layer.set_style(radii, faded_groups + shown_groups)

    def _weights(self) -> dict[int, float]:
        store = self.store
        self._revenue_top = None
        if self.size_by == "score" and store.scores:
            return {i: min(1.0, max(0.0, (store.score_of(i) or 0) / 100)) for i in store.rows}
        revenues = sorted(r.revenue_12m_cents for r in store.rows.values())
        if not revenues or revenues[-1] <= 0:
            return {}
        # The 95th percentile sets "full size", so one giant does not shrink everyone.
        top = max(1, revenues[min(len(revenues) - 1, int(len(revenues) * 0.95))])
        self._revenue_top = top
        return {
            i: math.sqrt(min(1.0, max(0, r.revenue_12m_cents) / top)) for i, r in store.rows.items()
        }

    def update_accounts(self, ids: list[int]) -> bool:
        """Resize these accounts' markers in place (a logged touch, a new score), without
        laying out and styling all of them again (0.1–0.4 s on the UI thread at 10,000
        accounts, measured). False when the whole scene must be rebuilt instead: an account
        moved ring, came or went, or a filter is on. The "full size" of the revenue scale
        stays as the last rebuild set it."""
        layer, store = self.layer, self.store
        if self.industry or self.tag or self._layout_key is None or not layer.radii:
            return False
        last = max(0, len(store.rings) - 1)
        found: list[tuple[int, int]] = []
        for account_id in ids:
            row = store.rows.get(account_id)
            index = layer.index_of.get(account_id)
            if row is None or index is None:
                return False
            if self._ring_of.get(account_id) != min(max(row.ring_position, 0), last):
                return False
            found.append((account_id, index))
        scale = self._scale
        lo, span = geo.MIN_RADIUS * scale, (geo.MAX_RADIUS - geo.MIN_RADIUS) * scale
        by_score = self.size_by == "score" and bool(store.scores)
        for account_id, index in found:
            if by_score:
                weight = min(1.0, max(0.0, (store.score_of(account_id) or 0) / 100))
            elif self._revenue_top is not None:
                cents = store.rows[account_id].revenue_12m_cents
                weight = math.sqrt(min(1.0, max(0, cents) / self._revenue_top))
            else:
                weight = 0.3
            layer.radii[index] = lo + span * weight
        layer.update()
        return True

    def _build_bands(self, n_rings: int, dark: bool, members: list[list[int]]) -> None:
        while len(self._bands) < n_rings:
            band = QGraphicsPathItem()
            band.setZValue(0)
            self.addItem(band)
            self._bands.append(band)
        while len(self._bands) > n_rings:
            self.removeItem(self._bands.pop())
        filtering = bool(self.industry or self.tag)
        self.legend = []
        for position, band in enumerate(self._bands):
            ring = self.store.ring(position)
            colour = QColor(ring.colour if ring else "#888888")
            inner, outer = geo.band(position)
            path = QPainterPath()
            path.addEllipse(QPointF(0, 0), outer, outer)
            if inner > 0:
                path.addEllipse(QPointF(0, 0), inner, inner)
            band.setPath(path)
            fill = QColor(colour)
            fill.setAlpha(46 if dark else 26)
            band.setBrush(fill)
            edge = QColor(colour)
            edge.setAlpha(170)
            band.setPen(QPen(edge, 0))  # cosmetic hairline
            band.setToolTip(f"{ring.name}: {ring.description}" if ring else "")
            ids = members[position]
            shown = sum(1 for i in ids if self.matches(i)) if filtering else len(ids)
            name = ring.name if ring else self.tr("Ring {n}").format(n=position)
            self.legend.append((name, colour.name(), shown, len(ids)))

    # --- selection and drag feedback ----------------------------------------------------

    @property
    def selected_account(self) -> int | None:
        return self._selected

    def select(self, account_id: int | None) -> None:
        self._selected = account_id
        self._place_halo()

    def _place_halo(self) -> None:
        m = self.marker(self._selected) if self._selected is not None else None
        if m is None:
            self.halo.setVisible(False)
            return
        r = m.radius + 4
        self.halo.setRect(-r, -r, 2 * r, 2 * r)
        self.halo.setPos(m.x, m.y)
        self.halo.setPen(QPen(QApplication.palette().color(QPalette.ColorRole.Highlight), 2.5))
        self.halo.setVisible(True)

    def start_drag(self, account_id: int) -> None:
        m = self.marker(account_id)
        if m is None:
            return
        self.layer.hidden = {self.layer.index_of[account_id]}
        self.ghost.setRect(-m.radius, -m.radius, 2 * m.radius, 2 * m.radius)
        self.ghost.setBrush(QColor(m.colour))
        self.ghost.setPen(QPen(QApplication.palette().color(QPalette.ColorRole.Highlight), 2))
        self.ghost.setPos(m.x, m.y)
        self.ghost.setVisible(True)
        self.layer.update()

    def drag_to(self, point: QPointF) -> None:
        self.ghost.setPos(point)

    def end_drag(self) -> None:
        self.ghost.setVisible(False)
        self.layer.hidden = set()
        self.layer.update()
        self.show_drop_zone(None)

    def show_drop_zone(self, position: int | None) -> None:
        if position is None:
            self.drop_zone.setVisible(False)
            return
        inner, outer = geo.band(position)
        path = QPainterPath()
        path.addEllipse(QPointF(0, 0), outer, outer)
        if inner > 0:
            path.addEllipse(QPointF(0, 0), inner, inner)
        self.drop_zone.setPath(path)
        colour = QColor(QApplication.palette().color(QPalette.ColorRole.Highlight))
        colour.setAlpha(60)
        self.drop_zone.setBrush(colour)
        self.drop_zone.setVisible(True)
