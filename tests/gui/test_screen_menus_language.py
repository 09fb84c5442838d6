"""The Today inbox's and the account page's menus, tips and buttons in Dutch and German.

Their texts are written in base classes (``ui.today.inbox_actions.InboxActions``,
``ui.accounts.page_parts.AccountPageParts``) and in the list widget
(``ui.today.inbox_tree.InboxTree``): each tr() there must find its translation on the
screen a user has open. Menus and tips are not on the main screens that
test_language.py reads, so they are opened here.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QMenu, QWidget

from tests.conftest import DEMO_DAY
from tests.gui.conftest import ops_for
from tests.gui.test_language import _english_with_a_translation
from ui.accounts import page_parts
from ui.accounts.account_page import AccountPage
from ui.accounts.account_store import AccountStore
from ui.common import language
from ui.common.workers import Workers
from ui.today.inbox import InboxView

pytestmark = pytest.mark.gui


@pytest.fixture(params=["nl", "de"])
def lang(request: pytest.FixtureRequest) -> Iterator[str]:
    language.install(request.param)
    yield request.param
    language.install("en")


def _english_left(texts: list[str], lang: str) -> list[str]:
    assert all(texts), texts  # (nothing empty: every text was read)
    english = _english_with_a_translation(lang)
    return sorted(t for t in texts if t in english)


def test_the_inbox_actions_snooze_menu_and_tips_speak_the_language(
    qtbot, demo_db, workers: Workers, lang: str
) -> None:
    view = InboxView(ops_for(demo_db, workers), today=DEMO_DAY)
    qtbot.addWidget(view)
    menu = view.snooze_button.menu()
    assert menu is not None
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    texts += [view.accept_button.text(), view.dismiss_button.text(), view.open_button.text()]
    texts += [view.accept_action.text(), view.dismiss_action.text(), view.undo_action.text()]
    texts += [view.accept_action.toolTip(), view.dismiss_action.toolTip()]
    texts += [view.open_action.toolTip(), view.undo_action.toolTip()]
    texts += [view.undo_button.toolTip(), view.tree.accessibleName()]  # "Nothing to undo"
    assert not _english_left(texts, lang)


def test_the_account_pages_buttons_and_timeline_menu_speak_the_language(
    qtbot, lang: str, loaded_store: AccountStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    def quiet_menu(parent: QWidget) -> QMenu:
        menu = QMenu(parent)
        menu.exec = lambda *_args: None  # type: ignore[method-assign]  # (kept: menu_shown)
        return menu

    monkeypatch.setattr(page_parts, "QMenu", quiet_menu)
    page = AccountPage(loaded_store)
    qtbot.addWidget(page)
    page.resize(700, 900)
    page.show()
    store = page.store
    account_id = max(store.rows, key=lambda i: store.rows[i].revenue_12m_cents)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.show_account(account_id)
    page.show_tab("Timeline")
    view = page.timeline_view
    page._timeline_menu(view.visualRect(page.timeline.index(0, 1)).center())
    entry = page.selected_timeline_entry()
    assert entry is not None
    assert page.menu_shown is not None
    menu = [a.text() for a in page.menu_shown.actions()]
    # (the entry's title is filled in: the English pattern, filled, must not show)
    assert not {f"&Edit “{entry.title}”…", f"&Delete “{entry.title}”"} & set(menu)
    texts = list(menu)
    texts += [page.edit_button.text(), page.edit_button.toolTip()]
    texts += [page.move_button.text(), page.move_button.toolTip()]
    texts += [page.add_contact_button.text(), page.add_contact_button.toolTip()]
    texts += [page.edit_contact_button.text()]
    texts += [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert not _english_left(texts, lang)
