"""Issue 18.5: the Shift+A accept dialog drew a spin box over "Open complai…" and a field over
follow-ups; Tab went into hidden widgets, and the typed resolution was lost. Each kind's
dialog now shows only its own fields, in the form, in Tab order, and what is typed is
what accepting carries out."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QLabel, QLineEdit, QWidget

from circlesoftrust.engine.suggestion_types import Suggestion
from ui.today.inbox_dialogs import AcceptDialog

pytestmark = pytest.mark.gui

REASON = (
    "Open complaint since 12 days: “The March delivery came two weeks late and the invoice "
    "was wrong too” — raised by Quentin Blake, the champion"
)


def _suggestion(kind: str) -> Suggestion:
    return Suggestion(
        id=f"{kind}:acc:1", kind=kind, account_id=1, account_name="Alder Legal",
        contact_id=None, contact_name=None, ring_position=1, target_ring_position=None,
        reason=REASON, action="Resolve the complaint, or a task to follow it up",
        priority=1, due_on=dt.date.today(), fingerprint="x", ref_id=7, accounts=1,
    )  # fmt: skip


def _inputs(dialog: AcceptDialog) -> list[QWidget]:
    kinds = (QLineEdit, QAbstractSpinBox, QComboBox)
    return [
        w
        for w in dialog.findChildren(QWidget)
        if isinstance(w, kinds)
        and w.isVisibleTo(dialog)
        and not isinstance(w.parentWidget(), kinds)  # (a spin box's or combo's own line)
    ]


def _rect(widget: QWidget, dialog: QWidget) -> QRect:
    return QRect(widget.mapTo(dialog, widget.rect().topLeft()), widget.size())


@pytest.mark.parametrize(
    ("kind", "fields"),
    [("complaint", 2), ("follow_up", 2), ("satisfaction_check", 2), ("promote", 1)],
)
def test_only_the_kinds_fields_show_and_none_covers_the_text(qtbot, kind: str, fields: int) -> None:
    dialog = AcceptDialog(_suggestion(kind))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    inputs = _inputs(dialog)
    assert len(inputs) == fields  # the note, and the kind's own field (if any)
    intro = next(
        lbl for lbl in dialog.findChildren(QLabel) if lbl.text().startswith("Open complaint")
    )
    for widget in inputs:
        assert not _rect(widget, dialog).intersects(_rect(intro, dialog)), widget
        for other in inputs:
            if other is not widget:
                assert not _rect(widget, dialog).intersects(_rect(other, dialog))


def test_a_resolution_typed_with_the_keyboard_is_carried_out(qtbot) -> None:
    dialog = AcceptDialog(_suggestion("complaint"))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    dialog.note_edit.setFocus()
    qtbot.keyClicks(dialog.note_edit, "Called Quentin")
    qtbot.keyClick(dialog.note_edit, Qt.Key.Key_Tab)
    focused = dialog.focusWidget()
    assert focused is dialog.resolution_edit  # Tab goes to the next shown field
    qtbot.keyClicks(focused, "Credit note sent")
    qtbot.keyClick(focused, Qt.Key.Key_Return)  # Enter accepts
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.options() == {"note": "Called Quentin", "resolution": "Credit note sent"}
