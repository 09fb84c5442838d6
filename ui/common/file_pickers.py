"""File dialogs that never open the files they list.

Qt's own file dialog (the one Linux desktops get in-process) asks the MIME database for
each listed file's type and icon, which reads its first bytes: the open database, its
``-wal`` and its ``-shm`` included. Closing those descriptors drops every SQLite lock this
process holds on them (issue 12, point 1: after File → Open the app wrote without locks).
This dialog names types and icons from the file name alone. The macOS and Windows native
dialogs run out of process (and Windows locks belong to a handle), so they stay.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QFileInfo
from PySide6.QtGui import QAbstractFileIconProvider
from PySide6.QtWidgets import QFileDialog, QWidget

# Where Qt's file dialog runs inside our process and sniffs file contents.
IN_PROCESS = not sys.platform.startswith(("darwin", "win"))


class NameOnlyIcons(QAbstractFileIconProvider):
    """Icons and type names from the file name, never from its content."""

    def type(self, info: QFileInfo) -> str:
        if info.isDir():
            return QCoreApplication.translate("FilePickers", "Folder")
        suffix = info.suffix()
        if suffix:
            return QCoreApplication.translate("FilePickers", "{suffix} file").format(
                suffix=suffix.upper()
            )
        return QCoreApplication.translate("FilePickers", "File")


def make_dialog(
    parent: QWidget | None, title: str, start: str, filters: str, *, saving: bool
) -> QFileDialog:
    """The in-process dialog, configured not to read the files it lists."""
    dialog = QFileDialog(parent, title, start, filters)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    provider = NameOnlyIcons()
    dialog.setIconProvider(provider)
    dialog._name_only_icons = provider  # type: ignore[attr-defined]  # Qt keeps no reference
    if saving:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    else:
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    return dialog


def _ask(parent: QWidget | None, title: str, start: str, filters: str, *, saving: bool,
         confirm_overwrite: bool = True) -> str | None:  # fmt: skip
    if not IN_PROCESS:
        getter = QFileDialog.getSaveFileName if saving else QFileDialog.getOpenFileName
        options = QFileDialog.Option(0)
        if not confirm_overwrite:
            options |= QFileDialog.Option.DontConfirmOverwrite
        path, _ = getter(parent, title, start, filters, options=options)
        return path or None
    dialog = make_dialog(parent, title, start, filters, saving=saving)
    if not confirm_overwrite:
        dialog.setOption(QFileDialog.Option.DontConfirmOverwrite)
    if dialog.exec() != QFileDialog.DialogCode.Accepted:
        return None
    chosen = dialog.selectedFiles()
    return chosen[0] if chosen else None


def open_file_name(parent: QWidget | None, title: str, start: str, filters: str) -> str | None:
    """The existing file the user picked (None: cancelled)."""
    return _ask(parent, title, start, filters, saving=False)


def save_file_name(
    parent: QWidget | None, title: str, start: str, filters: str, *,
    confirm_overwrite: bool = True,
) -> str | None:  # fmt: skip
    """The file the user named to write (None: cancelled)."""
    return _ask(parent, title, start, filters, saving=True, confirm_overwrite=confirm_overwrite)
