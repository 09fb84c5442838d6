"""Defects found by using the window (issue 18, point 5), each driven as a user meets it:
a laptop screen, the keyboard, a hover, the dark theme, an undo, a file dialog."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QContextMenuEvent, QHelpEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QStyle,
    QStyleOptionComboBox,
    QToolTip,
    QWidget,
)

from circlesoftrust.services import activity
from circlesoftrust.storage import Database
from tests.gui.conftest import answer_dialog
from tests.gui.test_main_window import _open, _wait_page
from ui.accounts.accounts_model import COL_REVENUE
from ui.common import theme
from ui.common.formats import money
from ui.shell.main_window import MainWindow

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot, demo_db: Database) -> MainWindow:
    location = str(demo_db.path)
    demo_db.close()
    opened = _open(qtbot, location)
    qtbot.waitUntil(lambda: opened.store.figures_known, timeout=20_000)  # revenue is read
    return opened


def _show(qtbot, window: MainWindow, account_id: int) -> None:
    window.open_account(account_id)
    _wait_page(qtbot, window, account_id)


def _richest(window: MainWindow) -> int:
    """The inner ring's biggest account: the longest score explanations."""
    assert window.store.figures_known
    rows = window.store.rows.values()
    return max((r for r in rows if r.ring_position == 0), key=lambda r: r.revenue_12m_cents).id


def _shown_text_fits(combo: QComboBox) -> bool:
    """The combo's current text is drawn whole, or elided with the whole text as tooltip."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    text = combo.currentText()
    if combo.fontMetrics().horizontalAdvance(text) <= field.width():
        return True
    return combo.toolTip() == text


@pytest.mark.parametrize("size", [(1366, 768), (1280, 720)])
def test_the_account_page_is_whole_on_a_laptop_screen(
    qtbot, window: MainWindow, size: tuple[int, int]
) -> None:
    window.resize(*size)
    account_id = _richest(window)
    _show(qtbot, window, account_id)
    qtbot.waitUntil(lambda: window.store.analysis_state == "ready", timeout=20_000)
    page = window.account_page
    page._on_analysis()  # (the explained score, as once the analysis arrives)
    card = page.score_card

    def lines() -> list[QLabel]:
        return [w for w in card.findChildren(QLabel) if w.isVisible() and w.text()]

    def squeezed() -> list[str]:  # wrapped explanations without the height their lines need
        return [
            w.text() for w in lines() if w.wordWrap() and w.height() < w.heightForWidth(w.width())
        ]

    # (once the layout has settled: a few passes of the event loop, as on screen)
    qtbot.waitUntil(lambda: len(lines()) >= 10, timeout=3000)
    qtbot.waitUntil(lambda: not squeezed(), timeout=3000)
    boxes = [(w, w.geometry().translated(w.parentWidget().mapTo(card, QPoint()))) for w in lines()]
    for i, (a, ra) in enumerate(boxes):
        for b, rb in boxes[i + 1 :]:
            assert not ra.intersects(rb), f"{a.text()!r} overlaps {b.text()!r}"
    # Every tab of the page is on screen (Tasks and Complaints too), not behind arrows.
    bar = page.tabs.tabBar()
    for index in range(bar.count()):
        assert bar.tabRect(index).right() <= bar.width(), bar.tabText(index)
    # The touchpoint form's choices read whole (or elided, with the whole text as tip).
    for combo in page.form.findChildren(QComboBox):
        for index in range(combo.count()):
            combo.setCurrentIndex(index)
            assert _shown_text_fits(combo), combo.currentText()


def test_the_documented_keyboard_flow_logs_a_touchpoint(qtbot, window: MainWindow) -> None:
    """F1: Ctrl+T, the kind's first letter, Tab, the contact's first letters, Tab, the
    note, Enter."""
    account_id = _richest(window)
    _show(qtbot, window, account_id)
    page = window.account_page
    form = page.form
    members = page.data.buying_group
    contact = next(  # someone whose first letters name them alone
        m for m in members if sum(o.name.startswith(m.name[:4]) for o in members) == 1
    )
    window.commands["log_touchpoint"].trigger()  # Ctrl+T
    assert form.kind.hasFocus()
    qtbot.keyClick(form.kind, "c")
    assert form.kind.currentData() == "call"
    qtbot.keyClick(form.kind, "c")  # "c" again is still a call, not "Complaint"
    assert form.kind.currentData() == "call"
    qtbot.keyClick(form.kind, Qt.Key.Key_Tab)
    assert form.contact.hasFocus()
    qtbot.keyClicks(form.contact, contact.name[:4])
    assert form.contact.currentData() == contact.contact_id
    qtbot.keyClick(form.contact, Qt.Key.Key_Tab)
    assert form.note.hasFocus()
    qtbot.keyClicks(form.note, "Budget talk")
    before = len(activity.timeline(window.store.db, account_id))
    qtbot.keyClick(form.note, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: len(activity.timeline(window.store.db, account_id)) == before + 1, timeout=10_000
    )
    latest = activity.timeline(window.store.db, account_id, limit=1)[0]
    assert latest.detail == "Budget talk" and latest.title.startswith("Call")
    assert contact.name in latest.title


def test_a_fact_kind_is_reached_by_its_first_letters_and_not_kept(
    qtbot, window: MainWindow
) -> None:
    first, second = window.store.order[0], window.store.order[1]
    _show(qtbot, window, first)
    form = window.account_page.form
    window.commands["log_touchpoint"].trigger()
    qtbot.keyClicks(form.kind, "co")  # typed together: "co…" is Complaint
    assert form.kind.currentData() == "complaint"
    _show(qtbot, window, second)
    assert form.kind.currentData() == "meeting"  # the next account starts afresh


def _mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&])", text)
    return found.group(1).casefold() if found else None


def _menus(menu: QMenu) -> list[QMenu]:
    out = [menu]
    for action in menu.actions():
        if action.menu() is not None:
            out.extend(_menus(action.menu()))
    return out


def test_no_two_commands_share_a_shortcut_or_a_menu_letter(qtbot, window: MainWindow) -> None:
    window.install_io_actions()
    for index in range(window.pages.count()):  # every screen made, with its own keys
        window.show_page(index)
    for lazy in window.lazy.values():
        qtbot.waitUntil(lambda lazy=lazy: lazy.page is not None, timeout=20_000)
    owners: dict[str, list[str]] = {}
    for action in window.findChildren(QAction):
        for seq in action.shortcuts():
            owners.setdefault(seq.toString(), []).append(action.text() or action.objectName())
    for shortcut in window.findChildren(QShortcut):
        bound = shortcut.keys()
        for seq in bound:
            owners.setdefault(seq.toString(), []).append(f"shortcut {shortcut.parent()}")
    shared = {key: who for key, who in owners.items() if len(set(who)) > 1 or len(who) > 1}
    assert not shared, shared
    bar = window.menuBar()
    tops = [a.text() for a in bar.actions() if a.isVisible()]
    letters = [_mnemonic(t) for t in tops]
    assert len(letters) == len(set(letters)), tops
    for top in bar.actions():
        for menu in _menus(top.menu()):
            texts = [a.text() for a in menu.actions() if a.isVisible() and not a.isSeparator()]
            letters = [m for m in map(_mnemonic, texts) if m]
            assert len(letters) == len(set(letters)), (menu.title(), texts)


def test_ctrl_n_in_insights_is_not_ambiguous(qtbot, window: MainWindow) -> None:
    window.commands["show_insights"].trigger()
    lazy = window.lazy["insights"]
    qtbot.waitUntil(lambda: lazy.page is not None, timeout=20_000)
    keys = QKeySequence(QKeySequence.StandardKey.New)
    users = [a for a in window.findChildren(QAction) if keys in a.shortcuts()]
    users += [s for s in window.findChildren(QShortcut) if keys in list(s.keys())]
    assert len(users) == 1


def test_hovering_a_marker_names_the_account_not_the_ring(qtbot, window: MainWindow) -> None:
    view = window.ring_panel.view
    store = window.store
    account_id = next(i for i, r in store.rows.items() if r.ring_position == 4)
    marker = window.ring_panel.scene.marker(account_id)
    point = view.mapFromScene(marker.x, marker.y)
    viewport = view.viewport()
    event = QHelpEvent(QEvent.Type.ToolTip, point, viewport.mapToGlobal(point))
    QApplication.sendEvent(viewport, event)
    qtbot.waitUntil(QToolTip.isVisible, timeout=5000)
    text = QToolTip.text()
    QToolTip.hideText()
    assert store.rows[account_id].name in text.replace("&amp;", "&")
    assert "score" in text and "Revenue 12 m" in text
    assert "Newsletter" not in text


def test_the_ring_legend_turns_dark_with_the_theme(qtbot, window: MainWindow) -> None:
    legend = window.ring_panel.view.legend
    try:
        QApplication.setPalette(theme.build_palette(dark=True))
        window._on_theme_changed()  # (as the theme watcher calls it)
        QApplication.processEvents()
        found = re.search(r"rgba\((\d+),(\d+),(\d+)", legend.styleSheet())
        assert found is not None
        background = QApplication.palette().color(QApplication.palette().ColorRole.Window)
        background.setRgb(*(int(v) for v in found.groups()))
        text = next(w for w in legend.findChildren(QLabel) if w.isVisible())
        fg = text.palette().color(text.foregroundRole())
        assert background.lightness() < 100
        assert abs(fg.lightness() - background.lightness()) > 100
    finally:
        QApplication.setPalette(theme.build_palette(dark=False))


def test_undoing_an_archive_brings_the_revenue_back(qtbot, window: MainWindow) -> None:
    store = window.store
    account_id = _richest(window)
    revenue = store.rows[account_id].revenue_12m_cents
    assert revenue > 0
    _show(qtbot, window, account_id)
    window.commands["archive_account"].trigger()
    qtbot.waitUntil(lambda: account_id not in store.rows, timeout=10_000)
    qtbot.waitUntil(window.undo_action.isEnabled, timeout=10_000)
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: account_id in store.rows, timeout=10_000)
    qtbot.waitUntil(lambda: not window.ops.busy, timeout=10_000)
    assert store.rows[account_id].revenue_12m_cents == revenue
    model = window.accounts_panel.model
    row = model.row_of(account_id)
    assert row is not None
    shown = model.index(row, COL_REVENUE).data()
    assert shown == money(revenue) != money(0)  # what the table reads, without Ctrl+R


def test_export_folder_falls_back_to_home_when_documents_is_missing(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from ui.transfer.export_dialog import default_folder

    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.delenv("XDG_DOCUMENTS_DIR", raising=False)
    assert default_folder() == home
    (home / "Documents").mkdir()
    assert default_folder() == home / "Documents"


def test_moving_a_non_customer_into_a_customer_ring_asks_and_explains(
    qtbot, window: MainWindow
) -> None:
    store = window.store
    account_id = next(
        i
        for i, r in store.rows.items()
        if r.ring_position >= 3 and activity.purchase_count(store.db, i) == 0
    )
    answers: list[str] = []

    def answer(button: str) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, lambda: answer(button))
            return
        answers.append(box.text())
        wanted = next(b for b in box.buttons() if b.text().replace("&", "") == button)
        wanted.click()

    def fill(dialog: QDialog) -> None:
        ring = dialog.fields["ring"]  # type: ignore[attr-defined]
        ring.setCurrentIndex(ring.findData(0))
        qtbot.waitUntil(dialog.ring_note.isVisible, timeout=5000)  # type: ignore[attr-defined]
        assert "customers only" in dialog.ring_note.text()  # type: ignore[attr-defined]
        dialog.fields["reason"].setCurrentText("Strategic partner")  # type: ignore[attr-defined]
        QTimer.singleShot(0, lambda: answer("Cancel"))
        dialog.buttons.accepted.emit()  # type: ignore[attr-defined]
        assert answers and dialog.isVisible()  # asked; the form keeps what was typed
        assert dialog.fields["reason"].currentText() == "Strategic partner"  # type: ignore[attr-defined]
        QTimer.singleShot(0, lambda: answer("Move anyway"))
        dialog.buttons.accepted.emit()  # type: ignore[attr-defined]

    answer_dialog(qtbot, lambda: window.account_actions.move_account(account_id), fill)
    qtbot.waitUntil(lambda: store.rows[account_id].ring_position == 0, timeout=10_000)
    assert len(answers) == 2


def test_a_ring_marker_offers_the_account_menu_with_record(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui.shell import actions as registry
    from ui.shell import main_window

    shown: list[QMenu] = []

    class Menu(QMenu):
        def exec(self, *_args: object) -> None:  # type: ignore[override]
            shown.append(self)

    def build(parent: QWidget, items: list[QAction | None]) -> QMenu:
        menu = Menu(parent)
        for action in items:
            menu.addAction(action) if action is not None else menu.addSeparator()
        return menu

    monkeypatch.setattr(main_window, "build_context_menu", build)
    view = window.ring_panel.view
    account_id = next(i for i, r in window.store.rows.items() if r.ring_position == 2)
    marker = window.ring_panel.scene.marker(account_id)
    point = view.mapFromScene(marker.x, marker.y)
    viewport = view.viewport()
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point, viewport.mapToGlobal(point))
    QApplication.sendEvent(viewport, event)
    assert shown, "no context menu on the marker"
    assert window.current_account() == account_id  # the commands act on this account
    record = next(a.menu() for a in shown[0].actions() if a.menu() is not None)
    keys = [k for k in registry.RECORD_MENU if k != "-"]
    assert [a.objectName() for a in record.actions() if not a.isSeparator()] == keys
    assert "move_account" in [a.objectName() for a in shown[0].actions()]


def test_the_score_card_is_laid_out_when_it_is_shown(qtbot, window: MainWindow) -> None:
    """No pass of the event loop between new explanations and what is painted."""
    window.resize(1366, 768)
    _show(qtbot, window, _richest(window))
    qtbot.waitUntil(lambda: window.store.analysis_state == "ready", timeout=20_000)
    page = window.account_page
    page._on_analysis()
    card = page.score_card
    lines = [w for w in card.findChildren(QLabel) if not w.isHidden() and w.text()]
    tops = sorted(w.geometry().top() for w in lines if w.wordWrap())
    assert len(set(tops)) == len(tops), "explanation lines share a row"


def test_a_long_timeline_note_wraps_instead_of_being_cut(qtbot, window: MainWindow) -> None:
    window.resize(1366, 768)
    account_id = _richest(window)
    note = (
        "Talked through next year's budget: they want the analytics add-on, a second "
        "training day in March and a quote for the Rotterdam office before the board meets."
    )
    activity.log_touchpoint(window.store.db, account_id, kind="call", note=note)
    _show(qtbot, window, account_id)
    page = window.account_page
    page.show_tab("Timeline")
    view, model = page.timeline_view, page.timeline
    row = next(r for r in range(model.rowCount()) if model.record(r).detail == note)
    cell = view.visualRect(model.index(row, 2))
    qtbot.waitUntil(lambda: view.visualRect(model.index(row, 2)).width() > 0, timeout=5000)
    width = view.fontMetrics().horizontalAdvance(note)
    assert cell.right() <= view.viewport().width() + 1  # no sideways scrolling to read it
    lines = view.rowHeight(row) // view.fontMetrics().lineSpacing()
    assert lines * cell.width() >= width, "the note is cut"


@pytest.mark.parametrize("size", [(1366, 768), (1280, 720)])
def test_the_accounts_table_fits_its_pane_on_a_laptop_screen(
    qtbot, window: MainWindow, size: tuple[int, int]
) -> None:
    """Issue 18.5: at 1366×768 the table was wider than its pane, and "Last touch" was cut
    mid-date at the pane's edge. Its columns now fit the pane; a long name is elided (its
    whole text is the tip), never cut by the edge."""
    window.resize(*size)
    window.show_page(0)
    view = window.accounts_panel.view
    header = view.horizontalHeader()

    def fits() -> bool:
        return header.length() <= view.viewport().width()

    qtbot.waitUntil(lambda: view.viewport().width() > 0, timeout=3000)
    qtbot.waitUntil(fits, timeout=3000)
    qtbot.waitUntil(lambda: not view.horizontalScrollBar().isVisible(), timeout=3000)
    # The short columns keep their whole text: score, revenue, last touch.
    from ui.accounts.accounts_model import COL_LAST_TOUCH, COL_REVENUE, COL_SCORE

    fm = view.fontMetrics()
    model = view.model()
    for col in (COL_SCORE, COL_REVENUE, COL_LAST_TOUCH):
        widest = max(
            fm.horizontalAdvance(str(model.index(r, col).data() or ""))
            for r in range(min(model.rowCount(), 50))
        )
        assert header.sectionSize(col) >= widest, col
    # Every column's title reads whole ("Next action" read "ext actio", cut on both sides).
    from ui.accounts.accounts_model import COL_NEXT

    header_fm = header.fontMetrics()
    for col in range(COL_NEXT + 1):
        title = str(model.headerData(col, Qt.Orientation.Horizontal) or "")
        assert header.sectionSize(col) >= header_fm.horizontalAdvance(title) + 8, title
    # A name that had to give way is elided, and its whole text is at hand as the tip.
    from ui.accounts.accounts_model import COL_NAME
    from ui.common.table_models import ElidedTextTips

    delegate = view.itemDelegate()
    assert isinstance(delegate, ElidedTextTips)
    cut = [
        delegate.cut_text(view, model.index(r, COL_NAME)) for r in range(min(model.rowCount(), 8))
    ]
    assert any(cut), "at this size some names are elided"
    assert all(c is None or c == model.index(r, COL_NAME).data() for r, c in enumerate(cut))
