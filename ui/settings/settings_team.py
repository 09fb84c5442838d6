"""Settings → Team: the name the team sees for you, and who else works on this database.

On SQLite the user is the computer's login, on PostgreSQL the database role (or the name
chosen with ``--user``); what you record carries your name in the timeline, the brief and
the action log. Renaming is its own action (Rename, undoable from the window's history),
not part of the dialog's Save. So is Work as → Switch: who is at the keyboard when several
people share the database (remembered per database on this computer; ui.shell.team_user).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.common.dialogs import html_text
from ui.operations import Operations
from ui.settings.settings_common import SettingsSnapshot

if TYPE_CHECKING:
    from circlesoftrust.storage import Database
    from circlesoftrust.team import UserInfo


def _buddy(text: str, widget: QWidget, parent: QWidget) -> QLabel:
    """A row label whose mnemonic (Alt+letter) goes to ``widget`` (the row is a layout)."""
    label = QLabel(text, parent)
    label.setBuddy(widget)
    return label


def _team(db: Database) -> list[UserInfo]:
    from circlesoftrust.team import list_users

    return list_users(db)


class TeamPage(QWidget):
    """Signals:
    renamed(str): the current user's new name is saved.
    switched(str): the window now works as this person (Work as → Switch).
    """

    renamed = Signal(str)
    switched = Signal(str)

    def __init__(
        self, ops: Operations, source: SettingsSnapshot, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.source = source
        self.me = source.me
        self.name_edit = QLineEdit(self)
        self.name_edit.setAccessibleName(self.tr("Your name"))
        self.name_edit.setMaxLength(120)
        self.rename_button = QPushButton(self.tr("Re&name"), self)
        self.rename_button.setToolTip(self.tr("Save the name the team sees for you"))
        self.login_label = QLabel(self)
        self.login_label.setProperty("muted", True)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.team_label = QLabel(self)
        self.team_label.setWordWrap(True)
        intro = QLabel(
            self.tr(
                "What you record carries your name: in the timeline, the meeting brief and "
                "the history. Accounts can have an owner and tasks someone they are for; "
                "“Mine” in the accounts list and “My tasks” on Today show yours."
            ),
            self,
        )
        intro.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.name_edit, 1)
        row.addWidget(self.rename_button)
        # Who is at the keyboard (several people on one database role): see ui.shell.team_user.
        self.person_combo = QComboBox(self)
        self.person_combo.setAccessibleName(self.tr("Work as"))
        self.new_person_edit = QLineEdit(self)
        self.new_person_edit.setMaxLength(120)
        self.new_person_edit.setPlaceholderText(self.tr("your name, when you are new"))
        self.new_person_edit.setAccessibleName(self.tr("New person"))
        self.switch_button = QPushButton(self.tr("Switc&h"), self)
        self.switch_button.setToolTip(
            self.tr("Work as this person on this database, on this computer, from now on")
        )
        switch_row = QHBoxLayout()
        switch_row.addWidget(self.person_combo, 1)
        switch_row.addWidget(self.new_person_edit, 1)
        switch_row.addWidget(self.switch_button)
        form = QFormLayout()
        form.addRow(_buddy(self.tr("&Your name:"), self.name_edit, self), row)
        form.addRow("", self.login_label)
        form.addRow(_buddy(self.tr("&Work as:"), self.person_combo, self), switch_row)
        form.addRow("", self.note)
        form.addRow(self.tr("The team:"), self.team_label)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addStretch(1)
        self.rename_button.clicked.connect(self.rename)
        self.name_edit.returnPressed.connect(self.rename)
        self.switch_button.clicked.connect(self.switch)
        self.person_combo.currentIndexChanged.connect(self._update_switch)
        self.new_person_edit.textChanged.connect(self._update_switch)
        self._show_team(source.team)

    def _show_team(self, team: Sequence[UserInfo]) -> None:
        me = self.me
        self.name_edit.setText(me.name if me else "")
        self.name_edit.setEnabled(me is not None)
        self.rename_button.setEnabled(me is not None)
        if me is not None:
            self.login_label.setText(self.tr("Signed in as {login}").format(login=me.login))
        names = [
            html_text(u.name) + (" " + self.tr("(you)") if me and u.id == me.id else "")
            for u in team
        ]
        self.team_label.setText(", ".join(names) or self.tr("Only you so far."))
        self._fill_people(team)

    def _fill_people(self, team: Sequence[UserInfo]) -> None:
        from circlesoftrust.team import TeamChoice
        from ui.shell.team_user import fill_people

        fill_people(self.person_combo, TeamChoice(tuple(team), self.me.login if self.me else ""))
        self._update_switch()

    def _update_switch(self) -> None:
        from ui.shell.team_user import NEW

        data = self.person_combo.currentData()
        new = data == NEW
        self.new_person_edit.setEnabled(new)
        self.switch_button.setEnabled(
            self.new_person_edit.text().strip() != ""
            if new
            else data is not None and (self.me is None or data != self.me.login)
        )

    def switch(self) -> None:
        """Work as the chosen person (or add the new one); remembered on this computer."""
        from ui.shell import team_user

        data = self.person_combo.currentData()
        new_name = self.new_person_edit.text().strip()
        picked = (None, new_name) if data == team_user.NEW else (str(data), None)
        if picked == (None, "") or (picked[0] is not None and self.me and data == self.me.login):
            return

        def done(info: UserInfo) -> None:
            self.me = info
            self.new_person_edit.clear()
            self.note.setText(self.tr("You now work as {name}.").format(name=info.name))
            self.ops.run_query(_team, self._show_team, owner=self)
            self.switched.emit(info.name)

        def refused(exc: BaseException) -> None:
            text = str(exc)
            self.note.setText(
                self.tr("Not switched: {why}").format(why=text[:1].upper() + text[1:])
            )

        team_user.switch(self.ops, picked, done, refused, self)

    # (The dialog's Save asks every page; renaming is saved by its own button.)
    def load(self) -> None:
        """Show the team as the dialog's source has it (again after a reload)."""
        self._show_team(self.source.team)

    def is_dirty(self) -> bool:
        return False

    def problems(self) -> list[str]:
        return []

    def rename(self) -> None:
        name = self.name_edit.text().strip()
        if self.me is None or not name or name == self.me.name:
            return
        old = self.me.name

        def write(db: Database) -> tuple[UserInfo, list[UserInfo]]:
            from circlesoftrust.team import list_users, rename_me

            return rename_me(db, name), list_users(db)

        def done(result: tuple[UserInfo, list[UserInfo]]) -> None:
            self.me = result[0]
            self._show_team(result[1])
            self.note.setText(
                self.tr("Saved: the team sees you as {name}.").format(name=result[0].name)
            )
            self.renamed.emit(result[0].name)

        def refused(exc: BaseException) -> None:
            text = str(exc)
            self.note.setText(self.tr("Not renamed: {why}").format(why=text[:1].upper() + text[1:]))

        self.ops.run_op(
            self.tr("Rename {old} to {new}").format(old=old, new=name),
            write,
            done,
            on_failed=refused,
            owner=self,
        )
