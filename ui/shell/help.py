"""Help → Manual (docs/manual.md, rendered in the app) and Help → About.

The manual is Markdown with screenshots beside it; Qt's text browser renders Markdown
itself (CommonMark with GitHub's tables), so no converter is needed, and its links to
other files open in the system's browser. Where the manual is: in a checkout ``docs/``
next to ``ui/``; installed from the wheel ``<prefix>/share/circlesoftrust/docs/`` (the
wheel's data files); in the PyInstaller bundle ``docs/`` inside the bundle.
"""

from __future__ import annotations

import importlib.metadata
import platform
import sqlite3
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from circlesoftrust import __version__, i18n
from circlesoftrust.database_file import user_data_dir
from ui.common import theme
from ui.common.dialogs import html_text

MANUAL = "manual.md"

# The libraries whose versions About names (distribution names).
LIBRARIES = (
    "PySide6-Essentials",
    "SQLAlchemy",
    "alembic",
    "matplotlib",
    "platformdirs",
    "vobject",
    "icalendar",
    "charset-normalizer",
    "psycopg",
    "sqlcipher3",
)


def manual_path() -> Path | None:
    """Where the manual is in this installation, in the app's language (docs/manual.nl.md)
    when it is translated, else docs/manual.md (None if that is missing too)."""
    here = Path(__file__).resolve()
    folders = [
        here.parents[2] / "docs",  # a checkout: <repo>/ui/shell/help.py
        Path(sys.prefix) / "share" / "circlesoftrust" / "docs",  # the wheel
    ]
    bundle = getattr(sys, "_MEIPASS", None)  # PyInstaller's folder
    if bundle:
        folders.insert(0, Path(bundle) / "docs")
    names = [MANUAL]
    if i18n.language() != i18n.SOURCE_LANGUAGE:
        names.insert(0, MANUAL.replace(".md", f".{i18n.language()}.md"))
    for folder in folders:  # the first installation that has a manual at all
        found = next((folder / n for n in names if (folder / n).is_file()), None)
        if found is not None:
            return found
    return None


class ManualBrowser(QTextBrowser):
    """Shows the manual's screenshots at most ``IMAGE_WIDTH`` wide (they are taken at
    1440 px: at full size every one would need a horizontal scroll bar)."""

    IMAGE_WIDTH = 820

    def loadResource(self, kind: int, name: QUrl | str) -> object:
        loaded = super().loadResource(kind, name)
        if kind == QTextDocument.ResourceType.ImageResource.value:
            image = loaded if isinstance(loaded, QImage) else QImage.fromData(loaded)
            if not image.isNull() and image.width() > self.IMAGE_WIDTH:
                return image.scaledToWidth(
                    self.IMAGE_WIDTH, Qt.TransformationMode.SmoothTransformation
                )
            return image
        return loaded


class ManualDialog(QDialog):
    """The user manual, rendered; links to other files and web pages open outside."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Circles of Trust — Manual"))
        self.setWindowIcon(theme.app_icon())
        self.browser = ManualBrowser(self)
        self.browser.setOpenLinks(False)  # in-page anchors below, the rest outside
        self.browser.anchorClicked.connect(self._open_link)
        self.browser.setSource(
            QUrl.fromLocalFile(str(path)), QTextDocument.ResourceType.MarkdownResource
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(900, 680)

    def _open_link(self, url: QUrl) -> None:
        target = self.browser.source().resolved(url)
        if url.hasFragment() and target.path() == self.browser.source().path():
            self.show_heading(url.fragment())
        else:
            QDesktopServices.openUrl(target)

    def show_heading(self, anchor: str) -> bool:
        """Scroll to the heading a Markdown link (``#monday-morning-…``) names. Qt's
        Markdown reader makes no anchors of headings, so they are found by their slug
        (GitHub's: lower case, spaces to hyphens, punctuation dropped)."""
        block = self.browser.document().begin()
        while block.isValid():
            if block.blockFormat().headingLevel() and _slug(block.text()) == anchor:
                cursor = QTextCursor(block)
                self.browser.setTextCursor(cursor)
                bar = self.browser.verticalScrollBar()
                bar.setValue(bar.maximum())  # then back: the heading ends up on top
                self.browser.ensureCursorVisible()
                return True
            block = block.next()
        return False


def _slug(heading: str) -> str:
    kept = "".join(c for c in heading.strip().lower() if c.isalnum() or c in " -_")
    return kept.replace(" ", "-")


def show_manual(parent: QWidget | None) -> ManualDialog | None:
    path = manual_path()
    if path is None:
        QMessageBox.information(
            parent,
            QCoreApplication.translate("Help", "Manual"),
            QCoreApplication.translate(
                "Help", "The manual (docs/manual.md) is not part of this installation."
            ),
        )
        return None
    dialog = ManualDialog(path, parent)
    dialog.show()
    return dialog


def library_versions() -> list[tuple[str, str]]:
    found = [("Python", platform.python_version()), ("SQLite", sqlite3.sqlite_version)]
    for name in LIBRARIES:
        try:
            found.append((name, importlib.metadata.version(name)))
        except importlib.metadata.PackageNotFoundError:
            continue  # an optional extra that is not installed
    from PySide6 import QtCore

    found.append(("Qt", QtCore.qVersion()))
    return found


def about_facts(database: str | None) -> list[tuple[str, str]]:
    """What About shows: version, database, data folder, then the libraries."""
    data = user_data_dir()
    return [
        (QCoreApplication.translate("Help", "Version"), __version__),
        (
            QCoreApplication.translate("Help", "Database"),
            database or QCoreApplication.translate("Help", "none open"),
        ),
        (QCoreApplication.translate("Help", "Data folder"), str(data)),
        (QCoreApplication.translate("Help", "Backups"), str(_backups_of(database, data))),
        (QCoreApplication.translate("Help", "System"), f"{platform.system()} {platform.release()}"),
        *library_versions(),
    ]


def _backups_of(database: str | None, data: Path) -> Path:
    if database and "://" not in database:
        return Path(database).expanduser().resolve().parent / "backups"
    return data / "backups"


class AboutDialog(QDialog):
    def __init__(self, database: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Circles of Trust"))
        self.facts = about_facts(database)
        icon = QLabel(self)
        icon.setPixmap(theme.app_icon().pixmap(72, 72))
        text = QLabel(
            f"<h3>Circles of Trust {html_text(__version__)}</h3><p>"
            + html_text(
                self.tr(
                    "An offline account manager built on concentric trust rings: serve "
                    "your inner circle best, then grow outwards."
                )
            )
            + "</p>",
            self,
        )
        text.setWordWrap(True)
        # One row per fact in a form (a wrapped label with a table is sized too short).
        form = QFormLayout()
        for label, value in self.facts:
            shown = QLabel(value, self)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            shown.setWordWrap(True)
            form.addRow(QLabel(label, self), shown)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(icon)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)


def show_about(parent: QWidget | None, database: str | None) -> None:
    AboutDialog(database, parent).exec()
