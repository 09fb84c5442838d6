"""The account page: what it shows, and the keyboard-first touchpoint form."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from circlesoftrust.services import accounts as accounts_service
from circlesoftrust.services import activity
from ui.accounts.account_page import AccountPage
from ui.accounts.account_store import AccountStore

pytestmark = pytest.mark.gui


@pytest.fixture
def page(qtbot, loaded_store: AccountStore) -> AccountPage:
    widget = AccountPage(loaded_store)
    qtbot.addWidget(widget)
    widget.resize(700, 900)
    widget.show()
    return widget


def _show(qtbot, page: AccountPage, account_id: int) -> None:
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.show_account(account_id)


def _richest(store: AccountStore) -> int:
    return max(store.rows, key=lambda i: store.rows[i].revenue_12m_cents)


def _page_reads(monkeypatch: pytest.MonkeyPatch, page: AccountPage) -> list[object]:
    """The reads the page asks the door for from now on, as they are asked for."""
    asked: list[object] = []
    run_query = page.store.ops.run_query

    def watched(fn, on_done, **kwargs):
        if kwargs.get("owner") is page:
            asked.append(fn)
        return run_query(fn, on_done, **kwargs)

    monkeypatch.setattr(page.store.ops, "run_query", watched)
    return asked


def test_nothing_selected_shows_a_hint(page: AccountPage) -> None:
    assert page.stack.currentWidget() is page.empty
    assert "Select an account" in page.empty.title.text()


def test_shows_name_ring_buying_group_and_timeline(qtbot, page: AccountPage) -> None:
    store = page.store
    account_id = _richest(store)
    _show(qtbot, page, account_id)
    info = accounts_service.get_account(store.db, account_id)
    assert page.name_label.text() == info.name
    assert page.ring_chip.text() == info.ring_name
    contacts = accounts_service.list_contacts(store.db, account_id)
    assert page.members.rowCount() == len(contacts)
    names = {page.members.index(r, 0).data() for r in range(page.members.rowCount())}
    assert names == {c.name for c in contacts}
    assert page.timeline.rowCount() == len(activity.timeline(store.db, account_id, limit=200))
    assert page.form.contact.count() == len(contacts) + 1  # "no particular contact" first


def test_score_card_explains_the_score(qtbot, page: AccountPage) -> None:
    _show(qtbot, page, _richest(page.store))
    assert page.score_card.score_label.text().isdigit()
    assert page.score_card._rows  # one line per component, with its explanation


def test_models_pass_the_model_tester(qtbot, qtmodeltester, page: AccountPage) -> None:
    _show(qtbot, page, _richest(page.store))
    for model in (page.members, page.timeline, page.perks, page.insights, page.tasks):
        qtmodeltester.check(model, force_py=True)


def test_log_touchpoint_with_the_keyboard(qtbot, page: AccountPage) -> None:
    """Ctrl+T's target: kind, Tab, contact, Tab, … note, Enter."""
    store = page.store
    account_id = _richest(store)
    _show(qtbot, page, account_id)
    submitted: list[tuple[int, dict]] = []
    page.touchpointSubmitted.connect(lambda acc, values: submitted.append((acc, values)))
    page.start_touchpoint()
    assert page.tabs.currentIndex() == 1  # the timeline is in view
    qtbot.keyClicks(page.form.kind, "c")  # first letter picks "Call"
    assert page.form.kind.currentData() == "call"
    page.form.contact.setCurrentIndex(1)
    qtbot.keyClicks(page.form.note, "Asked about the renewal")
    qtbot.keyClick(page.form.note, Qt.Key.Key_Return)
    assert submitted == [
        (
            account_id,
            {
                "kind": "call",
                "direction": None,
                "contact": page.form.contact.itemData(1),
                "on": dt.date.today(),
                "note": "Asked about the renewal",
            },
        )
    ]


def test_buying_group_note_warns_about_a_single_thread(qtbot, page: AccountPage) -> None:
    store = page.store
    info = accounts_service.create_account(store.db, "Solo Ltd")
    accounts_service.add_contact(store.db, info.id, "Only Person", role="decision_maker")
    store.refresh_accounts([info.id])
    _show(qtbot, page, info.id)
    assert "Only one person" in page.group_note.text()


def test_an_archived_account_leaves_the_page(qtbot, page: AccountPage) -> None:
    store = page.store
    account_id = _richest(store)
    _show(qtbot, page, account_id)
    accounts_service.archive_account(store.db, account_id)
    store.refresh_accounts([account_id])
    qtbot.waitUntil(lambda: page.account_id is None, timeout=10_000)
    assert page.stack.currentWidget() is page.empty


def test_the_header_shows_the_phase_in_force_and_says_when_set_by_hand(
    qtbot, page: AccountPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The phase set by hand holds until the next contact (issue 11, point 5); the page says
    so, and shows the derived phase (not the stale stored one) after that contact."""
    store = page.store
    info = accounts_service.create_account(store.db, "Phase Ltd")
    yesterday = dt.date.today() - dt.timedelta(days=1)
    monkeypatch.setattr(accounts_service, "today", lambda: yesterday)
    accounts_service.update_account(store.db, info.id, journey_phase="usage")
    monkeypatch.undo()
    store.refresh_accounts([info.id])
    _show(qtbot, page, info.id)
    assert "Usage (set by hand)" in page.meta_label.text()
    assert "kept until the next contact or purchase" in page.meta_label.toolTip()
    activity.log_touchpoint(store.db, info.id, kind="call", direction="two_way")
    store.refresh_accounts([info.id])
    _show(qtbot, page, info.id)
    assert "set by hand" not in page.meta_label.text()
    assert "Research" in page.meta_label.text()
    assert "replaced by the contact of" in page.meta_label.toolTip()


def test_the_score_reads_one_whole_number_on_the_card_and_in_the_table(
    qtbot, page: AccountPage
) -> None:
    """One score precision (issue 18.5): whole points, cut as the engine's reasons cut them
    (64.5 reads 64 on the card, in the table and in "trust score 64 …")."""
    from ui.accounts.accounts_table import COL_SCORE, AccountsTableModel

    store = page.store
    scored = [i for i in store.rows if store.scores.value(i) is not None]
    account_id = max(scored, key=lambda i: (store.scores.value(i) or 0.0) % 1)
    value = store.scores.value(account_id)
    assert value is not None and value % 1 >= 0.5  # where rounding and cutting differ
    _show(qtbot, page, account_id)
    assert page.score_card.score_label.text() == str(int(value))
    model = AccountsTableModel(store)
    model.reload()
    row = next(r for r in range(model.rowCount()) if model.account_id(r) == account_id)
    assert model.index(row, COL_SCORE).data() == str(int(value))


def test_a_change_to_the_account_shown_keeps_the_widths_its_columns_have(
    qtbot, page: AccountPage
) -> None:
    """A touchpoint logged on the account shown reads the page again; the columns keep the
    widths the user gave them (sizing every list again to its contents reset them, and took
    a third of the window's longest stall after a log at 100,000 accounts). Another account
    is sized to its own contents."""
    store = page.store
    account_id = _richest(store)
    _show(qtbot, page, account_id)
    page.start_touchpoint()  # the timeline in view
    timeline, members = (
        page.timeline_view.horizontalHeader(),
        page.members_view.horizontalHeader(),
    )
    timeline.resizeSection(0, timeline.sectionSize(0) + 37)
    members.resizeSection(0, members.sectionSize(0) + 23)
    widths = (timeline.sectionSize(0), timeline.sectionSize(1), members.sectionSize(0))
    before = page.timeline.rowCount()

    def log(db) -> object:
        return activity.log_touchpoint(db, account_id, kind="call", note="Asked about the renewal")

    with qtbot.waitSignal(page.loaded, timeout=10_000):
        store.ops.run_op("Log call", log, lambda _info: None)

    assert page.timeline.rowCount() == min(before + 1, 200)
    assert page.timeline.index(0, 2).data() == "Asked about the renewal"
    assert (timeline.sectionSize(0), timeline.sectionSize(1), members.sectionSize(0)) == widths

    other = next(i for i in store.order if i != account_id and store.rows[i].contacts)
    _show(qtbot, page, other)
    assert timeline.sectionSize(0) != widths[0]


def test_a_change_while_the_page_is_hidden_is_read_when_it_shows_again(
    qtbot, page: AccountPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With another page in front (Today, after a log), a change to the account shown is
    read when the page comes back: reading and refilling it beside Today's update made
    the window's longest stall after a log at 100,000 accounts (measured)."""
    store = page.store
    account_id = _richest(store)
    _show(qtbot, page, account_id)
    before = page.timeline.rowCount()
    asked = _page_reads(monkeypatch, page)
    updated: list[int] = []
    store.accountsUpdated.connect(updated.extend)  # (after the page's own slot)
    page.hide()

    def log(db) -> object:
        return activity.log_touchpoint(db, account_id, kind="call", note="Said while away")

    store.ops.run_op("Log call", log, lambda _info: None)
    qtbot.waitUntil(lambda: account_id in updated, timeout=10_000)
    assert asked == []  # nothing read for a page no one sees

    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.show()
    assert len(asked) == 1
    assert page.timeline.rowCount() == min(before + 1, 200)
    assert page.timeline.index(0, 2).data() == "Said while away"


def test_a_change_to_the_account_shown_is_read_once_the_window_has_shown_it(
    qtbot, page: AccountPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The page reads its account again a turn after the store says it changed, when the
    window has painted the change in the table and the rings: read at once, a worker's
    Python shared the interpreter with that paint and stretched it (at 100,000 accounts,
    measured). Changes in a row give one read."""
    store = page.store
    account_id = _richest(store)
    _show(qtbot, page, account_id)
    asked = _page_reads(monkeypatch, page)
    store.accountsUpdated.emit([account_id])
    store.accountsUpdated.emit([account_id])
    assert asked == []  # (not within the store's signal)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        pass
    assert len(asked) == 1
