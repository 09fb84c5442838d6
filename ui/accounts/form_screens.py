"""The fact forms for ``ui.shell.screenshots``: every form of the account page, opened on
the demo business's featured account, filled as a user would, grabbed, closed (nothing
is written: their submit is never called)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ui.shell.main_window import MainWindow


def save_form_screens(window: MainWindow, save: Callable[[str, object], None]) -> None:
    from PySide6.QtWidgets import QCheckBox

    from ui.accounts.fact_dialogs import (
        ComplaintDialog,
        ExpiryDialog,
        FeedbackDialog,
        GrantDialog,
        PinDialog,
        ReferralDialog,
        RevenueDialog,
        TaskDialog,
    )
    from ui.common.dialogs import FormDialog

    data = window.account_page.data
    if data is None:
        return
    name, members = data.account.name, data.buying_group

    def nothing(_values: dict[str, Any]) -> Any:
        raise AssertionError("a screenshot form is never submitted")

    def shot(key: str, dialog: FormDialog, **typed: str) -> None:
        for field, text in typed.items():
            widget = dialog.fields[field]
            set_text = getattr(widget, "setPlainText", None) or getattr(widget, "setText", None)
            if hasattr(widget, "setCurrentText") and hasattr(widget, "isEditable"):
                widget.setCurrentText(text)
            elif set_text is not None:
                set_text(text)
        dialog.adjustSize()
        dialog.show()
        save(f"form-{key}", dialog)
        dialog.reject()

    parent = window
    purchase = RevenueDialog(nothing, account_name=name, parent=parent)
    for box in purchase.findChildren(QCheckBox):
        box.setChecked(True)  # (the optional renewal date: a tick box, then the date)
    shot("purchase", purchase, amount="12,000", note="Signed at the meeting")
    shot("feedback", FeedbackDialog(nothing, account_name=name, members=members, parent=parent),
         comment="Happy with the new contact person")  # fmt: skip
    shot("complaint", ComplaintDialog(nothing, account_name=name, members=members, parent=parent),
         note="The March delivery came two weeks late")  # fmt: skip
    others = sorted(r.name for r in window.store.rows.values() if r.id != data.account.id)
    referral = ReferralDialog(
        nothing, account_name=name, members=members, others=others,
        new_ring=window.store.rings[-1].name if window.store.rings else "", parent=parent,
    )  # fmt: skip
    shot("referral-new-account", referral, to_account="Birch Bakery BV", note="Her cousin's shop")
    shot("task", TaskDialog(nothing, account_name=name, members=members, parent=parent),
         title="Send the renewal offer")  # fmt: skip
    offered = [p for p in data.perks if p.status == "eligible"]
    if offered:
        shot("perk-grant", GrantDialog(nothing, account_name=name, offered=offered, parent=parent))
    granted = next((p for p in data.perks if p.grant_id is not None), None)
    if granted is not None:
        expiry = ExpiryDialog(
            nothing, account_name=name, perk_name=granted.name,
            expires_on=granted.expires_on or dt.date.today(), parent=parent,
        )  # fmt: skip
        shot("perk-expiry", expiry)
    info = data.account
    pin = PinDialog(
        nothing, account_name=name, ring_name=info.ring_name, pinned=False, pinned_until=None,
        reason=None, default_days=90, parent=parent,
    )  # fmt: skip
    shot("pin", pin, reason="Key partner for the pilot")
