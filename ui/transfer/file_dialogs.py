"""What the dialogs that write a file in the background (export, meeting brief) share.

A file row (path and Choose…), a status line, Export and Cancel buttons, and one
background task at a time: the dialog cannot be closed while it runs.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.common.dialogs import show_error
from ui.common.language import QT_TRANSLATE_NOOP
from ui.common.workers import BackgroundTask


class WriteFileDialog(QDialog):
    """Base of a dialog that writes a file in the background.

    Subclasses define ``_choose_file`` and ``run_export``, set ``failed_action`` (how an
    error names what failed), and keep ``self.task``. ``ready`` is emitted when the task
    finished or failed (tests wait on it).
    """

    ready = Signal()
    failed_action = QT_TRANSLATE_NOOP("WriteFileDialog", "The export")
    task: BackgroundTask | None
    title: QWidget
    explanation: QWidget

    def _file_row(self, text: str = "") -> QHBoxLayout:
        """The File: line edit (``self.file_edit``) and its Choose… button."""
        self.file_edit = QLineEdit(text, self)
        self.file_edit.setAccessibleName(self.tr("File"))
        browse = QPushButton(self.tr("Choose…"), self)
        browse.clicked.connect(self._choose_file)
        row = QHBoxLayout()
        row.addWidget(self.file_edit, 1)
        row.addWidget(browse)
        return row

    def _lay_out(self, form: QFormLayout) -> None:
        """Title, explanation, ``form``, the status line and the Export/Cancel buttons."""
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.export_button = self.buttons.addButton(
            self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.explanation)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

    def _choose_file(self) -> None:
        raise NotImplementedError

    def _on_failed(self, exc: object) -> None:
        task, self.task = self.task, None
        self.export_button.setEnabled(True)
        self._say("")
        error = exc if isinstance(exc, BaseException) else RuntimeError(str(exc))
        show_error(
            self,
            error,
            action=QCoreApplication.translate("WriteFileDialog", self.failed_action),
            details=task.details if task else "",
        )
        self.ready.emit()

    def _say(self, text: str, *, error: bool = False) -> None:
        self.status.setStyleSheet("QLabel { color: #dc2626; font-weight: 600; }" if error else "")
        self.status.setText(text)

    def reject(self) -> None:
        if self.task is None:
            super().reject()
