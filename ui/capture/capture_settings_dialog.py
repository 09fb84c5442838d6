"""Edit → Mail and Calendar Settings…: the settings of calendar and mail capture.

The user's own addresses, titles and subjects in notes, the watched folder, the calendar
file kept up to date (and how far ahead, with which reminder), and desktop reminders.
One save is one operation of the door (one transaction, undoable); the values are checked
by :mod:`circlesoftrust.io.capture_settings`, which refuses a wrong one by name.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from circlesoftrust.io.capture_settings import CaptureSettings, update_capture_settings
from circlesoftrust.storage import Database
from ui.common import file_pickers
from ui.common.dialogs import FormDialog, Pending
from ui.common.language import QT_TRANSLATE_NOOP
from ui.common.widgets import muted
from ui.operations import Operations

ICS_FILTER = QT_TRANSLATE_NOOP("CaptureSettingsDialog", "iCalendar (*.ics);;All files (*)")


class CaptureSettingsDialog(FormDialog):
    """The capture settings; OK saves them through the door."""

    def __init__(self, ops: Operations, settings: CaptureSettings, parent: QWidget | None) -> None:
        self.ops = ops
        super().__init__(self.tr("Mail and Calendar Settings"), self._save, parent)
        self.setMinimumWidth(620)
        s = settings
        self.own = QLineEdit(", ".join(s.own_addresses), self)
        self.own.setPlaceholderText(self.tr("me@example.com, me@work.example"))
        self.add("own_addresses", self.tr("My e-mail addresses:"), self.own)
        self.keep_titles = QCheckBox(self.tr("Keep meeting titles in the notes"), self)
        self.keep_titles.setChecked(s.keep_titles)
        self.add("keep_titles", "", self.keep_titles)
        self.keep_subjects = QCheckBox(self.tr("Keep mail subjects in the notes"), self)
        self.keep_subjects.setChecked(s.keep_subjects)
        self.add("keep_subjects", "", self.keep_subjects)
        self.watched = QLineEdit(s.watched_folder, self)
        self.watched.setPlaceholderText(self.tr("None: nothing is picked up by itself"))
        self._path_row("watched_folder", self.tr("Watched folder:"), self.watched, folder=True)
        self.form.addRow(
            "",
            muted(
                self.tr(
                    "Calendar and mail files dropped in this folder are logged when the app "
                    "starts and while it runs; a notice says what was logged, with Undo."
                ),
                self,
            ),
        )
        self.calendar = QLineEdit(s.calendar_file, self)
        self.calendar.setPlaceholderText(self.tr("None: no calendar file is kept"))
        self._path_row("calendar_file", self.tr("Calendar file:"), self.calendar, folder=False)
        self.form.addRow(
            "",
            muted(
                self.tr(
                    "Tasks and follow-ups, rewritten after every change: subscribe to this "
                    "file in Thunderbird, Apple Calendar or Outlook."
                ),
                self,
            ),
        )
        self.days = QSpinBox(self)
        self.days.setRange(0, 3660)
        self.days.setValue(s.calendar_days)
        self.days.setSuffix(self.tr(" days ahead"))
        self.add("calendar_days", self.tr("Follow-ups:"), self.days)
        self.alarm = QComboBox(self)
        # Reminder choices of the calendar file: minutes after the start of the due day.
        for minutes, text in (
            (None, self.tr("No reminders")),
            (480, self.tr("08:00 on the day")),
            (540, self.tr("09:00 on the day")),
            (720, self.tr("12:00 on the day")),
            (-360, self.tr("18:00 the day before")),
        ):
            self.alarm.addItem(text, minutes)
        index = self.alarm.findData(s.alarm_minutes)
        if index < 0:  # a value set from the command line
            self.alarm.addItem(self.tr("{n} minutes after the day starts").format(
                n=s.alarm_minutes), s.alarm_minutes)  # fmt: skip
            index = self.alarm.count() - 1
        self.alarm.setCurrentIndex(index)
        self.add("alarm_minutes", self.tr("Calendar reminder:"), self.alarm)
        self.todos = QCheckBox(self.tr("Tasks as to-dos instead of all-day events"), self)
        self.todos.setChecked(s.calendar_todos)
        self.add("calendar_todos", "", self.todos)
        self.reminders = QCheckBox(
            self.tr("Desktop notifications for due tasks and accounts at risk"), self
        )
        self.reminders.setChecked(s.desktop_reminders)
        self.add("desktop_reminders", self.tr("Reminders:"), self.reminders)

    def _path_row(self, key: str, caption: str, edit: QLineEdit, *, folder: bool) -> None:
        row = QWidget(self)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(edit, 1)
        browse = QPushButton(self.tr("Choose…"), row)
        layout.addWidget(browse)
        browse.clicked.connect(lambda: self._browse(edit, folder=folder))
        edit.setAccessibleName(caption.rstrip(":"))
        self.fields[key] = edit
        self.form.addRow(caption, row)

    def _browse(self, edit: QLineEdit, *, folder: bool) -> None:
        start = edit.text().strip() or str(Path.home())
        if folder:
            dialog = file_pickers.make_dialog(self, self.tr("Watched folder"), start, "",
                                              saving=False)  # fmt: skip
            dialog.setFileMode(QFileDialog.FileMode.Directory)
            dialog.setOption(QFileDialog.Option.ShowDirsOnly)
            if dialog.exec() == QFileDialog.DialogCode.Accepted and dialog.selectedFiles():
                edit.setText(dialog.selectedFiles()[0])
            return
        path = file_pickers.save_file_name(
            self, self.tr("Calendar file"), start, self.tr(ICS_FILTER), confirm_overwrite=False
        )
        if path:
            edit.setText(path)

    def values(self) -> dict[str, Any]:
        out = super().values()
        out["calendar_days"] = self.days.value()
        return out

    def _save(self, values: dict[str, Any]) -> Pending:
        def save(db: Database) -> CaptureSettings:
            return update_capture_settings(db, values)

        return self.ops.run_op(
            self.tr("Change mail and calendar settings"), save, on_failed=self.refused,
            owner=self,
        )  # fmt: skip
