"""The accounts table: a lazy model over ids, sorted and filtered on the Python list."""

from __future__ import annotations

import math

import pytest
from PySide6.QtCore import QModelIndex, Qt

from circlesoftrust.services import accounts as accounts_service
from circlesoftrust.storage import Database, open_database
from tests.gui.conftest import ops_for
from ui.accounts.account_store import AccountStore
from ui.accounts.accounts_table import (
    BATCH,
    COL_LAST_TOUCH,
    COL_NAME,
    COL_REVENUE,
    COL_RING,
    COL_SCORE,
    AccountsPanel,
    AccountsTableModel,
)
from ui.common.workers import Workers

pytestmark = pytest.mark.gui


@pytest.fixture
def panel(qtbot, loaded_store: AccountStore) -> AccountsPanel:
    widget = AccountsPanel(loaded_store)
    qtbot.addWidget(widget)
    widget.model.reload()
    widget.resize(800, 500)
    widget.show()
    return widget


def _column(model: AccountsTableModel, col: int) -> list[str]:
    return [model.index(r, col).data() for r in range(model.rowCount())]


def test_model_passes_the_model_tester(qtmodeltester, loaded_store: AccountStore) -> None:
    model = AccountsTableModel(loaded_store)
    model.reload()
    qtmodeltester.check(model, force_py=True)
    model.sort(COL_REVENUE, Qt.SortOrder.DescendingOrder)
    model.set_query("a")
    qtmodeltester.check(model, force_py=True)


def test_rows_show_name_ring_score_revenue_last_touch(panel: AccountsPanel) -> None:
    model, store = panel.model, panel.store
    assert model.rowCount() == len(store.rows) == len(accounts_service.list_accounts(store.db))
    first = store.rows[model.account_id(0)]
    assert model.index(0, COL_NAME).data() == first.name
    assert model.index(0, COL_RING).data() == first.ring_name
    assert model.index(0, COL_RING).data(Qt.ItemDataRole.DecorationRole) is not None
    assert model.index(0, COL_REVENUE).data() == f"${first.revenue_12m_cents / 100:,.0f}"
    score = model.index(0, COL_SCORE).data()
    assert score == "—" or score.isdigit()
    assert panel.count_label.text() == f"{len(store.rows)} accounts"


def test_sort_on_any_column(panel: AccountsPanel) -> None:
    model, rows = panel.model, panel.store.rows
    panel.view.sortByColumn(COL_REVENUE, Qt.SortOrder.DescendingOrder)
    revenue = [rows[model.account_id(r)].revenue_12m_cents for r in range(model.rowCount())]
    assert revenue == sorted(revenue, reverse=True)
    panel.view.sortByColumn(COL_NAME, Qt.SortOrder.AscendingOrder)
    names = _column(model, COL_NAME)
    assert names == sorted(names, key=str.casefold)
    panel.view.sortByColumn(COL_LAST_TOUCH, Qt.SortOrder.AscendingOrder)
    touches = [rows[model.account_id(r)].last_touch_on for r in range(model.rowCount())]
    known = [t for t in touches if t is not None]
    assert known == sorted(known)
    panel.view.sortByColumn(COL_SCORE, Qt.SortOrder.DescendingOrder)  # works with or without
    panel.view.sortByColumn(COL_RING, Qt.SortOrder.AscendingOrder)
    rings = [rows[model.account_id(r)].ring_position for r in range(model.rowCount())]
    assert rings == sorted(rings)


def test_filter_as_you_type_on_name_and_tag(qtbot, panel: AccountsPanel) -> None:
    store = panel.store
    name = store.rows[store.order[0]].name
    word = name.split()[0].lower()
    qtbot.keyClicks(panel.filter_edit, word)
    shown = [store.rows[i].name.lower() for i in panel.model.visible_ids]
    assert shown and all(word in store.haystack(i) for i in panel.model.visible_ids)
    assert name.lower() in shown
    assert " of " in panel.count_label.text()
    panel.filter_edit.clear()
    assert panel.model.rowCount() == len(store.rows)


def test_filter_finds_accounts_by_a_contacts_email(qtbot, panel: AccountsPanel) -> None:
    store = panel.store
    account_id = store.order[-1]
    contact = accounts_service.list_contacts(store.db, account_id)[0]
    email = contact.email
    assert email and email.split("@")[0] not in store.haystack(account_id)
    needle = email.split("@")[0]
    panel.filter_edit.setText(needle)
    qtbot.waitUntil(lambda: account_id in panel.model.visible_ids, timeout=5000)


def test_no_match_shows_a_helpful_empty_state(qtbot, panel: AccountsPanel) -> None:
    panel.filter_edit.setText("zzqqxx-nothing")
    assert panel.stack.currentWidget() is panel.empty
    assert "Nothing matches" in panel.empty.title.text()
    qtbot.keyClick(panel, Qt.Key.Key_Escape)
    assert panel.filter_edit.text() == ""
    assert panel.stack.currentWidget() is panel.view


def test_selecting_a_row_reports_the_account(qtbot, panel: AccountsPanel) -> None:
    account_id = panel.model.account_id(3)
    with qtbot.waitSignal(panel.currentAccountChanged) as blocker:
        panel.view.selectRow(3)
    assert blocker.args == [account_id]
    panel.filter_edit.setText("zzqqxx")  # the filter hides it; the selection is kept
    assert panel.current_account() == account_id


def test_rows_load_lazily_in_batches(qtbot, qtmodeltester, big_db_path, workers) -> None:
    db = open_database(big_db_path)
    store = AccountStore(ops_for(db, workers))
    with qtbot.waitSignal(store.loaded, timeout=20_000):
        store.load()
    model = AccountsTableModel(store)
    model.reload()
    assert len(model.visible_ids) == len(store.rows) > BATCH
    assert model.rowCount() == BATCH
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 2 * BATCH
    last = store.order[-1]
    model.ensure_exposed(model.row_of(last))
    assert model.rowCount() > model.row_of(last)
    qtmodeltester.check(model, force_py=True)
    store.cancel()
    workers.shutdown()
    db.close()


def test_filter_narrows_and_widens_as_you_type_and_follows_renames(qtbot, panel) -> None:
    store, model = panel.store, panel.model
    qtbot.keyClicks(panel.filter_edit, "a")
    wide = list(model.visible_ids)
    qtbot.keyClicks(panel.filter_edit, "l")
    narrow = list(model.visible_ids)
    assert set(narrow) <= set(wide)
    assert narrow == [i for i in wide if "al" in store.haystack(i)]
    qtbot.keyClick(panel.filter_edit, Qt.Key.Key_Backspace)
    assert model.visible_ids == wide
    account_id = store.order[3]
    accounts_service.update_account(store.db, account_id, name="Quokka Quilts Ltd")
    # The views are told once the account is read again and rescored (one update).
    with qtbot.waitSignal(store.accountsUpdated, timeout=10_000):
        store.refresh_accounts([account_id])
    assert store.rows[account_id].name == "Quokka Quilts Ltd"
    panel.filter_edit.setText("quokka")
    assert model.visible_ids == [account_id]


def test_search_index_is_built_in_the_background_after_loading(qtbot, panel) -> None:
    store = panel.store
    store._rebuild_index()  # as right after a load
    with qtbot.waitSignal(store.indexReady, timeout=10_000):
        store.prepare_index()
    assert store._haystack is not None and len(store._haystack) == len(store.rows)
    panel.filter_edit.setText(store.rows[store.order[0]].name)
    assert store.order[0] in panel.model.visible_ids


def test_score_tooltips_explain_on_demand_what_score_account_says(qtbot, loaded_store) -> None:
    from circlesoftrust.engine.scoring import score_account

    store = loaded_store
    assert store.analysis_state == "ready"
    account_id = next(iter(store.rows))
    # The number is there at once; the pass kept no facts to explain it with.
    assert store.score_of(account_id) is not None and store.scores.get(account_id) is None
    model = AccountsTableModel(store)
    model.reload()
    row = next(r for r in range(model.rowCount()) if model.account_id(r) == account_id)
    index = model.index(row, COL_SCORE)
    # Hovering asks for the explanation (read off the UI thread); the tooltip says so.
    with qtbot.waitSignal(store.scoreExplained, timeout=10_000) as blocker:
        first = model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert blocker.args == [account_id]
    assert str(store.score_of(account_id)) in first and "\n" not in first
    # The explanation is the one the engine gives for that account alone.
    explained = store.scores.get(account_id)
    assert explained == score_account(store.db, account_id)
    assert store.score_of(account_id) == math.floor(explained.score)  # whole points, cut
    tip = model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert all(c.explanation in tip for c in explained.components)
    store.scores.pop(account_id)
    assert store.scores.get(account_id) is None and store.score_of(account_id) is None
    assert store.scores  # the others still have theirs
    for other in list(store.rows):
        store.scores.pop(other)
    assert not store.scores  # no score left: "Size: score" has nothing to show


def test_the_next_start_shows_the_last_pass_until_todays_is_done(
    qtbot, demo_db: Database, workers: Workers
) -> None:
    from circlesoftrust import last_pass

    first = AccountStore(ops_for(demo_db, workers))
    with qtbot.waitSignal(first.loaded, timeout=20_000):
        first.load()
    qtbot.waitUntil(lambda: first.analysis_state == "ready", timeout=30_000)
    scores = {i: first.score_of(i) for i in first.order}
    actions = dict(first.next_action)
    kept = last_pass.cache_file(demo_db.display_name())
    qtbot.waitUntil(kept.exists, timeout=20_000)  # kept off the UI thread

    # The next start: the kept numbers and next actions show before today's pass is done.
    again = AccountStore(ops_for(demo_db, workers))
    seen: list[tuple[str, dict[int, int | None], dict[int, object]]] = []
    again.analysisLoaded.connect(
        lambda: seen.append(
            (again.analysis_state, {i: again.score_of(i) for i in scores}, again.next_action)
        )
    )
    again.load()
    qtbot.waitUntil(lambda: again.analysis_state == "ready", timeout=30_000)
    assert [state for state, _s, _a in seen] == ["kept", "ready"]
    assert seen[0][1] == scores and seen[0][2] == actions
    assert again.kept_day is None and again.score_of(again.order[0]) is not None
