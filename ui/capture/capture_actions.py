"""The window's two capture commands: File → Import Mail and Calendar…, and
Edit → Mail and Calendar Settings… (their dialogs are in this folder, imported when first
used: they bring the core's readers, which start-up does without)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from ui.operations import Operations

if TYPE_CHECKING:
    from circlesoftrust.io.capture_settings import CaptureSettings
    from circlesoftrust.storage import Database
    from ui.capture.capture_dialog import CaptureImportDialog


def import_mail_and_calendar(
    parent: QWidget, ops: Operations, path: str | None = None
) -> CaptureImportDialog | None:
    """Open the import dialog (window-modal; the reading runs off the UI thread)."""
    from ui.capture.capture_dialog import CaptureImportDialog

    if ops.db is None:
        return None
    dialog = CaptureImportDialog(ops, parent, path=path)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    dialog.start()
    return dialog


def _settings(db: Database) -> CaptureSettings:
    from circlesoftrust.io.capture_settings import get_capture_settings

    return get_capture_settings(db)


def capture_settings(parent: QWidget, ops: Operations) -> None:
    """Read the settings off the UI thread, then show them in their dialog."""
    if ops.db is None:
        return

    def show(settings: CaptureSettings) -> None:
        from ui.capture.capture_settings_dialog import CaptureSettingsDialog

        dialog = CaptureSettingsDialog(ops, settings, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    action = QCoreApplication.translate("CaptureActions", "Reading the settings")
    ops.run_query(_settings, show, owner=parent, action=action)
