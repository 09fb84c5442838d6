"""The ring view: placement, filters, sizes, hover, click, drag-to-move, zoom."""

from __future__ import annotations

import math

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest

from tests.gui.conftest import ops_for
from ui.accounts import ring_layout as geo
from ui.accounts.account_store import AccountStore
from ui.accounts.ring_view import RingPanel

pytestmark = pytest.mark.gui


@pytest.fixture
def panel(qtbot, loaded_store: AccountStore) -> RingPanel:
    widget = RingPanel(loaded_store)
    qtbot.addWidget(widget)
    widget.resize(700, 600)
    widget.show()
    qtbot.waitExposed(widget)
    widget.reload()
    return widget


def _distance(panel: RingPanel, account_id: int) -> float:
    m = panel.scene.marker(account_id)
    return math.hypot(m.x, m.y)


def test_every_account_has_one_marker_inside_its_ring(panel: RingPanel) -> None:
    store = panel.store
    assert sorted(panel.scene.marker_ids()) == sorted(store.rows)
    for account_id, row in store.rows.items():
        inner, outer = geo.band(row.ring_position)
        assert inner <= _distance(panel, account_id) <= outer


def test_markers_do_not_pile_up_and_stay_put(qtbot, panel: RingPanel) -> None:
    by_ring: dict[int, list[tuple[float, float, float]]] = {}
    for account_id in panel.scene.marker_ids():
        m = panel.scene.marker(account_id)
        ring = panel.store.rows[account_id].ring_position
        by_ring.setdefault(ring, []).append((m.x, m.y, m.radius))
    for markers in by_ring.values():
        for i, (x1, y1, r1) in enumerate(markers):
            for x2, y2, r2 in markers[i + 1 :]:
                assert math.hypot(x1 - x2, y1 - y2) >= 0.9 * (r1 + r2)
    before = [panel.scene.marker(i) for i in panel.scene.marker_ids()]
    with qtbot.waitSignal(panel.store.loaded):  # a fresh read of the same data...
        panel.store.load()
    panel.redraw()  # ...places every marker the same way
    assert before == [panel.scene.marker(i) for i in panel.scene.marker_ids()]


def test_markers_are_coloured_by_ring_and_the_legend_counts_members(panel: RingPanel) -> None:
    store = panel.store
    for account_id in panel.scene.marker_ids():
        ring = store.ring(store.rows[account_id].ring_position)
        assert panel.scene.marker(account_id).colour == ring.colour
    labels = [label.text() for label in panel.view.legend._labels if label.isVisible()]
    for ring, text in zip(store.rings, labels, strict=True):
        members = sum(1 for r in store.rows.values() if r.ring_position == ring.position)
        assert ring.name in text and f"{members}" in text


def test_industry_filter_fades_the_others_and_updates_the_legend(panel: RingPanel) -> None:
    industry = panel.store.industries()[0]
    panel.industry_combo.setCurrentIndex(panel.industry_combo.findData(industry))
    for account_id in panel.scene.marker_ids():
        matches = panel.store.rows[account_id].industry == industry
        assert panel.scene.marker(account_id).faded != matches
    assert any(" of " in label.text() for label in panel.view.legend._labels)
    panel.industry_combo.setCurrentIndex(0)
    assert not any(panel.scene.marker(i).faded for i in panel.scene.marker_ids())


def test_marker_size_follows_revenue_or_score(panel: RingPanel) -> None:
    rows = panel.store.rows
    richest = max(rows, key=lambda i: rows[i].revenue_12m_cents)
    poorest = min(rows, key=lambda i: rows[i].revenue_12m_cents)
    assert panel.scene.marker(richest).radius > panel.scene.marker(poorest).radius
    if not panel.store.scores:
        pytest.skip("scores need the trust engine")
    panel.set_size_by("score")
    best = max(rows, key=lambda i: panel.store.score_of(i) or 0)
    worst = min(rows, key=lambda i: panel.store.score_of(i) or 0)
    assert panel.scene.marker(best).radius > panel.scene.marker(worst).radius


def _viewport_point(panel: RingPanel, account_id: int) -> QPoint:
    m = panel.scene.marker(account_id)
    return panel.view.mapFromScene(QPointF(m.x, m.y))


def test_hover_tooltip_names_the_account_with_score_and_revenue(panel: RingPanel) -> None:
    account_id = next(iter(panel.store.rows))
    assert panel.view.marker_at(_viewport_point(panel, account_id)) == account_id
    text = panel.view.tooltip(account_id)
    row = panel.store.rows[account_id]
    assert row.name.split()[0] in text
    assert "score" in text and "Revenue 12 m" in text


def test_clicking_a_marker_opens_the_account(qtbot, panel: RingPanel) -> None:
    account_id = max(panel.store.rows, key=lambda i: panel.scene.marker(i).radius)
    with qtbot.waitSignal(panel.accountClicked) as blocker:
        QTest.mouseClick(
            panel.view.viewport(), Qt.MouseButton.LeftButton, pos=_viewport_point(panel, account_id)
        )
    assert blocker.args == [account_id]


def test_dragging_a_marker_into_another_ring_asks_to_move_it(qtbot, panel: RingPanel) -> None:
    store = panel.store
    account_id = next(i for i, r in store.rows.items() if r.ring_position == 3)
    start = _viewport_point(panel, account_id)
    inner, outer = geo.band(1)
    target = panel.view.mapFromScene((inner + outer) / 2, 0)
    viewport = panel.view.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    for k in range(1, 11):  # a user's drag is a series of moves
        point = start + (target - start) * (k / 10)
        QTest.mouseMove(viewport, point)
    assert panel.scene.drop_zone.isVisible()
    assert panel.scene.ghost.isVisible()  # the marker follows the mouse
    with qtbot.waitSignal(panel.moveRequested) as blocker:
        QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=target)
    assert blocker.args == [account_id, 1]
    assert not panel.scene.drop_zone.isVisible() and not panel.scene.ghost.isVisible()
    assert _distance(panel, account_id) > geo.band(2)[1]  # it snaps back until moved


def test_zoom_in_out_and_fit(panel: RingPanel) -> None:
    view = panel.view
    fitted = view.transform().m11()
    view.zoom(2.0)
    assert view.transform().m11() == pytest.approx(fitted * 2.0)
    assert not view.auto_fit
    view.zoom(0.001)  # clamped: never smaller than half the fitted size
    assert view.transform().m11() == pytest.approx(fitted * 0.5, rel=0.03)
    view.fit()
    assert view.transform().m11() == pytest.approx(fitted)


def test_selection_halo_follows_the_open_account(panel: RingPanel) -> None:
    account_id = next(iter(panel.store.rows))
    panel.select(account_id)
    assert panel.scene.halo.isVisible()
    m = panel.scene.marker(account_id)
    assert (panel.scene.halo.pos().x(), panel.scene.halo.pos().y()) == (m.x, m.y)
    panel.select(None)
    assert not panel.scene.halo.isVisible()


def test_empty_database_shows_a_helpful_note(qtbot, db, workers) -> None:
    store = AccountStore(ops_for(db, workers))
    panel = RingPanel(store)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(store.loaded):
        store.load()
    assert panel.stack.currentWidget() is panel.empty
    assert "empty" in panel.empty.title.text()


def test_redraw_of_2000_markers_is_quick(qtbot, big_db_path, workers) -> None:
    from circlesoftrust.storage import open_database

    db = open_database(big_db_path)
    store = AccountStore(ops_for(db, workers))
    panel = RingPanel(store)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(store.loaded, timeout=20_000):
        store.load()
    panel.redraw()
    assert len(panel.scene.marker_ids()) == len(store.rows) > 1900
    panel.set_size_by("score" if store.scores else "revenue")
    panel.redraw()
    assert panel.scene.last_rebuild_ms < 200  # generous: the benchmark holds the real budget
    store.cancel()
    workers.shutdown()
    db.close()


def test_tag_filter_offers_the_tags_and_fades_the_rest(qtbot, panel: RingPanel) -> None:
    store = panel.store
    qtbot.waitUntil(lambda: store.tags_known, timeout=10_000)
    assert panel.tag_combo.isEnabled()
    tag = store.all_tags()[0]
    panel.tag_combo.setCurrentIndex(panel.tag_combo.findData(tag))
    for account_id in panel.scene.marker_ids():
        assert panel.scene.marker(account_id).faded != (tag in store.tags[account_id])


def test_a_sale_grows_its_marker_and_a_move_takes_it_to_the_new_ring(
    qtbot, panel: RingPanel
) -> None:
    import datetime as dt

    from circlesoftrust.services import activity, rings

    store = panel.store
    ops = store.ops
    panel.set_size_by("revenue")
    small = min(store.rows, key=lambda i: store.rows[i].revenue_12m_cents)
    before = panel.scene.marker(small)
    view = panel.view
    spot = view.mapFromScene(QPointF(before.x, before.y))
    area = (spot.x() - 20, spot.y() - 20, 40, 40)
    picture_before = view.viewport().grab().copy(*area).toImage()
    with qtbot.waitSignal(store.accountsUpdated, timeout=20_000):
        ops.run_op(
            "Record a sale",
            lambda db: activity.record_revenue(db, small, "90000", on=dt.date.today()),
        )
    grown = panel.scene.marker(small)
    assert grown.radius > before.radius and (grown.x, grown.y) == (before.x, before.y)
    qtbot.waitUntil(
        lambda: view.viewport().grab().copy(*area).toImage() != picture_before, timeout=5_000
    )  # the bigger marker is painted, not a cached picture of the old one

    ring = store.rows[small].ring_position
    other = 0 if ring != 0 else 1
    with qtbot.waitSignal(store.accountsUpdated, timeout=20_000):
        ops.run_op("Move", lambda db: rings.move_account(db, small, other, reason="test"))
    qtbot.waitUntil(lambda: store.rows[small].ring_position == other, timeout=20_000)
    inner, outer = geo.band(other)
    assert inner <= _distance(panel, small) <= outer
