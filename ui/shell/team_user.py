"""Who is working, when several people share one database (issue 13).

On PostgreSQL a team often shares one database role, so the role does not say who is at
the keyboard. The first time this computer opens such a database, the window asks "Who
are you?": pick yourself from the team or add your name (the role's name is offered).
The choice is remembered per database on this computer (QSettings, never the database)
and applied at every later start without asking. Settings → Team switches it any time,
on PostgreSQL and SQLite alike. What is recorded from then on carries the chosen name;
"Mine", snoozes and dismissals are that person's.

``CIRCLESOFTRUST_USER`` (or the CLI's ``--user``) still wins: then nothing is asked.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ui.common.dialogs import html_text
from ui.operations import Operations
from ui.shell import prefs

if TYPE_CHECKING:
    from circlesoftrust.storage import Database
    from circlesoftrust.team import TeamChoice, UserInfo

# (The core's team module is imported when a database is open: the window's first paint
# must not wait for SQLAlchemy.)

NEW = "\x00new"  # the combo's "someone new" entry (no login can be this)


def _key(db: Database) -> str:
    where = db.url.render_as_string(hide_password=True)
    return "team_user/" + hashlib.sha256(where.encode()).hexdigest()[:24]


def remembered(db: Database) -> str | None:
    """The login chosen for ``db`` on this computer, if any."""
    value = prefs.settings().value(_key(db), "")
    return str(value) or None


def remember(db: Database, login: str) -> None:
    prefs.settings().setValue(_key(db), login)


def fill_people(combo: QComboBox, choice: TeamChoice) -> None:
    """The team, then "Someone new…"; the current (or default) login selected."""
    combo.blockSignals(True)
    combo.clear()
    for user in choice.team:
        text = user.name if user.name == user.login else f"{user.name} ({user.login})"
        combo.addItem(text, user.login)
    combo.addItem(QCoreApplication.translate("TeamUser", "Someone new…"), NEW)
    index = combo.findData(choice.default_login)
    combo.setCurrentIndex(index if index >= 0 else combo.count() - 1)
    combo.blockSignals(False)


class WhoAreYouDialog(QDialog):
    """Pick yourself or add your name. ``picked()``: (login, None) or (None, new name)."""

    def __init__(self, choice: TeamChoice, where: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Who are you?"))
        self.setMinimumWidth(460)
        text = QLabel(
            self.tr(
                "Several people can work on <b>{where}</b>. Choose yourself, or add your "
                "name: what you record carries it, and “Mine”, snoozes and dismissals are "
                "yours. This computer remembers the choice for this database; Settings → "
                "Team changes it."
            ).format(where=html_text(where)),
            self,
        )
        text.setWordWrap(True)
        self.combo = QComboBox(self)
        fill_people(self.combo, choice)
        self.combo.setAccessibleName(self.tr("Who you are"))
        self.name_edit = QLineEdit(self)
        self.name_edit.setMaxLength(120)
        self.name_edit.setAccessibleName(self.tr("Your name"))
        if choice.default_login not in {u.login for u in choice.team}:
            self.name_edit.setText(choice.default_login)
        form = QFormLayout()
        form.addRow(self.tr("&I am:"), self.combo)
        form.addRow(self.tr("&New name:"), self.name_edit)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("QLabel { color: #dc2626; font-weight: 600; }")
        self.error_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        self.buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.combo.currentIndexChanged.connect(self._update)
        self.name_edit.textChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        new = self.combo.currentData() == NEW
        self.name_edit.setEnabled(new)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not new or bool(self.name_edit.text().strip()))

    def refused(self, why: str) -> None:
        """The choice was refused (e.g. a new name already on the team): say so, ask again."""
        self.error_label.setText(why[:1].upper() + why[1:])
        self.error_label.show()

    def picked(self) -> tuple[str | None, str | None]:
        if self.combo.currentData() == NEW:
            return None, self.name_edit.text().strip()
        return str(self.combo.currentData()), None

    def reject(self) -> None:
        """No Cancel: without a choice the app would record the shared role's name."""


# Tests (and screenshots) may answer here instead of the user.
answer: Callable[[WhoAreYouDialog], None] | None = None


def switch(
    ops: Operations,
    picked: tuple[str | None, str | None],
    done: Callable[[UserInfo], None],
    failed: Callable[[BaseException], None],
    owner: QObject,
) -> None:
    """Work as the picked person (or add the new name) off the UI thread; then remember
    it for this database and let every view read again ("Mine", the inbox)."""
    from circlesoftrust.team import join_team, work_as

    login, new_name = picked
    db = ops.require_db()

    def chosen(info: UserInfo) -> None:
        remember(db, info.login)
        ops.announce_everything()
        done(info)

    if new_name is not None:
        label = QCoreApplication.translate("TeamUser", "Add {name} to the team").format(
            name=new_name
        )
        ops.run_op(label, lambda d: join_team(d, new_name), chosen, on_failed=failed, owner=owner)
    else:
        assert login is not None
        ops.run_query(lambda d: work_as(d, login), chosen, on_failed=failed, owner=owner)


class TeamUser(QObject):
    """Applies the remembered choice when a database opens, or asks for one.

    Signals: chosen(str): the name of the person now working (after a choice)."""

    chosen = Signal(str)

    def __init__(self, ops: Operations, parent: QWidget) -> None:
        super().__init__(parent)
        self.ops = ops
        self.window = parent
        self.dialog: WhoAreYouDialog | None = None

    def database_opened(self, db: Database, where: str) -> None:
        from circlesoftrust.models import USER_ENV_VAR
        from circlesoftrust.team import team_choice

        if db.user or os.environ.get(USER_ENV_VAR, "").strip():
            return  # named on the command line or in the environment
        login = remembered(db)
        if login:
            db.user = login  # (no I/O: read at the start of each transaction)
            return
        if db.is_sqlite:
            return  # one person per computer login: the OS user
        self.ops.run_query(
            team_choice, lambda choice: self._ask(db, choice, where), owner=self.window
        )

    def _ask(self, db: Database, choice: TeamChoice, where: str) -> None:
        if self.ops.db is not db:
            return  # another database was opened meanwhile
        dialog = WhoAreYouDialog(choice, where, self.window)
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._take(dialog))
        if answer is not None:
            answer(dialog)
        else:
            dialog.open()  # window-modal, and the window goes on loading behind it

    def _take(self, dialog: WhoAreYouDialog) -> None:
        def failed(exc: BaseException) -> None:
            dialog.refused(str(exc))  # (e.g. a new name already on the team: pick them)
            if answer is not None:
                answer(dialog)
            else:
                dialog.open()

        switch(
            self.ops,
            dialog.picked(),
            lambda info: self.chosen.emit(info.name),
            failed,
            self,
        )
