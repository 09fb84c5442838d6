"""When someone else saved the record a form shows: say who changed what and when, then
reload it and re-apply the user's own changes, or discard them.

A form (``ui.common.dialogs.FormDialog``) remembers the values it showed (``shown``) and
the record's version (``version``). A save against an older version is refused by the
core (``team.StaleEditError``: nothing written). :func:`resolve` then asks the user:

- **Reload and re-apply my changes**: the record is read again (off the UI thread), the
  form shows the other person's values, the fields the user changed get the user's values
  back on top, and the form stays open on the new version — the user checks and saves.
- **Discard mine**: the form closes; the other person's version stands.
- **Keep editing**: nothing happens; what the user typed stays in the form.

Nothing the user typed is lost without their say-so, and nothing is overwritten silently.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from circlesoftrust.team import StaleEditError
from ui.common import formats
from ui.common.dialogs import html_text

Reloader = Callable[[Callable[[dict[str, Any], int], None]], object]


class Resolvable(Protocol):
    """What :func:`resolve` needs of a form."""

    shown: dict[str, Any]
    version: int | None
    reloader: Reloader | None

    def values(self) -> dict[str, Any]: ...

    def fill(self, values: dict[str, Any]) -> None: ...

    def caption(self, key: str) -> str: ...

    def show_problem(self, text: str, field: str | None = None, *, note: bool = False) -> None: ...

    def reject(self) -> None: ...


def changed_fields(form: Resolvable) -> dict[str, Any]:
    """The user's own changes: the fields whose value differs from what the form showed."""
    return {k: v for k, v in form.values().items() if form.shown.get(k) != v}


def describe(exc: StaleEditError) -> str:
    """ "Alder Labs was changed by bob at 14:05 (notes, tags changed)", as rich text."""
    who = exc.by or QCoreApplication.translate("Conflicts", "someone else")
    when = ""
    if exc.at is not None:
        at = exc.at if exc.at.tzinfo is None else exc.at.astimezone()
        same_day = at.date() == dt.date.today()
        time = formats.time(at) if same_day else formats.date_time(at)
        when = QCoreApplication.translate("Conflicts", " at {time}").format(time=time)
    text = QCoreApplication.translate(
        "Conflicts", "<b>{what}</b> was changed by <b>{who}</b>{when} after you opened it"
    ).format(what=html_text(exc.label), who=html_text(who), when=when)
    if exc.what:
        text += f" ({html_text(exc.what)})"
    return text + "."


class ConflictDialog(QDialog):
    """The choice after a refused save (see the module's docstring).

    ``choice`` is RELOAD, DISCARD or KEEP once it closes."""

    RELOAD, DISCARD, KEEP = "reload", "discard", "keep"

    def __init__(self, exc: StaleEditError, mine: list[str], parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Changed by someone else"))
        self.setMinimumWidth(480)
        self.choice = self.KEEP
        yours = ", ".join(mine) if mine else self.tr("none")
        self.text = QLabel(
            describe(exc)
            + "<br><br>"
            + self.tr("Nothing was saved. Your changes are still in the form: {fields}.").format(
                fields=html_text(yours)
            ),
            self,
        )
        self.text.setWordWrap(True)
        buttons = QDialogButtonBox(self)
        self.reload_button = buttons.addButton(
            self.tr("&Reload and re-apply my changes"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.discard_button = buttons.addButton(
            self.tr("&Discard mine"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.keep_button = buttons.addButton(
            self.tr("&Keep editing"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.reload_button.setDefault(True)
        self.reload_button.clicked.connect(lambda: self._choose(self.RELOAD))
        self.discard_button.clicked.connect(lambda: self._choose(self.DISCARD))
        self.keep_button.clicked.connect(lambda: self._choose(self.KEEP))
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()


# Tests (and screenshots) may answer here instead of the modal dialog.
answer: Callable[[ConflictDialog], str] | None = None


def ask(exc: StaleEditError, mine: list[str], parent: QWidget | None) -> str:
    dialog = ConflictDialog(exc, mine, parent)
    try:
        if answer is not None:
            return answer(dialog)
        dialog.exec()
        return dialog.choice
    finally:
        dialog.deleteLater()


def resolve(form: Resolvable, exc: StaleEditError, *, parent: QWidget | None = None) -> None:
    """Ask what to do with the user's changes after ``exc`` refused them; do it.

    ``parent``: the conflict dialog's parent when ``form`` is not itself a widget."""
    mine = changed_fields(form)
    owner = form if isinstance(form, QWidget) else parent
    choice = ask(exc, [form.caption(k) for k in mine], owner)
    if choice == ConflictDialog.DISCARD:
        form.reject()
        return
    if choice != ConflictDialog.RELOAD or form.reloader is None:
        why = str(exc)[:1].upper() + str(exc)[1:]
        form.show_problem(
            QCoreApplication.translate("Conflicts", "Not saved: {why}").format(why=why)
        )
        return

    def reloaded(fresh: dict[str, Any], version: int) -> None:
        theirs = {k for k, v in fresh.items() if form.shown.get(k) != v}
        both = [form.caption(k) for k in mine if k in theirs and fresh.get(k) != mine[k]]
        form.fill(fresh)
        form.fill(mine)
        form.shown = fresh
        form.version = version
        who = exc.by or QCoreApplication.translate("Conflicts", "the other person")
        note = QCoreApplication.translate(
            "Conflicts", "Reloaded with the changes of {who}; yours are applied on top."
        ).format(who=who)
        if both:
            note += " " + QCoreApplication.translate(
                "Conflicts", "You both changed {fields}: yours is kept."
            ).format(fields=", ".join(both))
        check = QCoreApplication.translate("Conflicts", "Check and save.")
        form.show_problem(f"{note} {check}", note=True)

    form.reloader(reloaded)
