"""The meeting brief from the app: Export… (PDF, HTML, Markdown) and Print….

The brief's facts are gathered off the UI thread (``circlesoftrust.brief``); the page is
laid out by ``ui.transfer.brief_pdf`` (Qt's text engine) for the PDF and the printer.
"""

from __future__ import annotations

import functools
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Signal
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QWidget

from circlesoftrust.brief import Brief, build_brief
from circlesoftrust.brief_render import render_html, render_markdown
from circlesoftrust.io.files import write_atomically
from circlesoftrust.storage import Database
from ui.common import file_pickers
from ui.common.dialogs import show_error
from ui.common.language import QT_TRANSLATE_NOOP
from ui.common.widgets import heading, muted
from ui.common.workers import BackgroundTask, Job, Workers
from ui.transfer.export_dialog import default_folder
from ui.transfer.file_dialogs import WriteFileDialog

_FORMATS = (("pdf", QT_TRANSLATE_NOOP("BriefExportDialog", "PDF (one page to print)")),
            ("html", QT_TRANSLATE_NOOP("BriefExportDialog", "Web page (HTML)")),
            ("md", QT_TRANSLATE_NOOP("BriefExportDialog", "Markdown (notes, e-mail)")))  # fmt: skip
_SUFFIX = {"pdf": ".pdf", "html": ".html", "md": ".md"}


def default_paper() -> str:
    """Letter where the locale measures in inches (US), A4 everywhere else."""
    imperial = QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
    return "letter" if imperial else "a4"


def _safe_name(name: str) -> str:
    cleaned = "".join(ch if ch.isalnum() or ch in " -_" else " " for ch in name)
    return "-".join(cleaned.split())[:60] or "account"


def write_brief(brief: Brief, path: Path, fmt: str, paper: str) -> str:
    """Write the brief; returns what was written, in words (for the dialog)."""
    if fmt == "pdf":
        from ui.transfer.brief_pdf import write_pdf

        result = write_pdf(brief, path, paper=paper)
        pages = (
            QCoreApplication.translate("BriefExportDialog", "one page")
            if result.pages == 1
            else QCoreApplication.translate("BriefExportDialog", "{n} pages").format(n=result.pages)
        )
        return QCoreApplication.translate(
            "BriefExportDialog", "Wrote the brief of {name} to {path} ({pages}, {paper})."
        ).format(name=brief.name, path=result.path, pages=pages, paper=paper.upper())
    text = render_html(brief) if fmt == "html" else render_markdown(brief)
    write_atomically(path, text.encode("utf-8"))
    return QCoreApplication.translate(
        "BriefExportDialog", "Wrote the brief of {name} to {path}."
    ).format(name=brief.name, path=path)


def print_brief(brief: Brief, printer: QPrinter) -> int:
    """Lay the brief out on the printer's page (fitted to one page) and print it."""
    from ui.transfer.brief_pdf import fit_to_page

    doc, _scale = fit_to_page(brief, printer)
    doc.print_(printer)
    return doc.pageCount()


def _build_job(db: Database, account_id: int, _job: Job) -> Brief:
    return build_brief(db, account_id)


class BriefExportDialog(WriteFileDialog):
    """Export the open account's meeting brief as PDF, HTML or Markdown.

    Signals:
        written(str): the file was written (the text says where).
        ready(): the export finished or failed (tests wait on it).
    """

    written = Signal(str)
    failed_action = QT_TRANSLATE_NOOP("WriteFileDialog", "The brief")

    def __init__(
        self,
        db: Database,
        account: tuple[int, str],
        parent: QWidget | None = None,
        *,
        workers: Workers,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.account = account
        self.workers = workers  # the window's one task manager
        self.task: BackgroundTask | None = None
        self.setWindowTitle(QCoreApplication.translate("BriefPrinter", "Export meeting brief"))
        self.setMinimumWidth(520)
        self.title = heading(
            QCoreApplication.translate("BriefPrinter", "Meeting brief: {value}").format(
                value=account[1]
            ),
            self,
            scale=1.15,
        )
        self.explanation = muted(
            QCoreApplication.translate(
                "BriefPrinter",
                "Ring, score and why, the buying group, recent timeline, revenue, "
                "open "
                "complaints and tasks, perks, insights to "
                "share and talking points — on one page.",
            ),
            self,
        )
        self.format = QComboBox(self)
        for key, label in _FORMATS:
            self.format.addItem(self.tr(label), key)
        self.paper = QComboBox(self)
        self.paper.addItem("A4", "a4")
        self.paper.addItem(QCoreApplication.translate("BriefPrinter", "Letter"), "letter")
        self.paper.setCurrentIndex(self.paper.findData(default_paper()))
        row = self._file_row()
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("BriefPrinter", "Format:"), self.format)
        form.addRow(QCoreApplication.translate("BriefPrinter", "Paper:"), self.paper)
        form.addRow(QCoreApplication.translate("BriefPrinter", "File:"), row)
        self._lay_out(form)
        self._connect_signals()
        self._on_format()

    def _connect_signals(self) -> None:
        self.format.currentIndexChanged.connect(self._on_format)
        self.export_button.clicked.connect(self.run_export)
        self.close_button.clicked.connect(self.reject)

    def _on_format(self) -> None:
        fmt = str(self.format.currentData())
        self.paper.setEnabled(fmt == "pdf")
        current = self.file_edit.text().strip()
        if not current:
            current = str(default_folder() / f"brief-{_safe_name(self.account[1])}.pdf")
        self.file_edit.setText(str(Path(current).with_suffix(_SUFFIX[fmt])))

    def _choose_file(self) -> None:
        fmt = str(self.format.currentData())
        path = file_pickers.save_file_name(
            self, self.tr("Export meeting brief"), self.file_edit.text(), f"*{_SUFFIX[fmt]}"
        )
        if path:
            self.file_edit.setText(path)

    def run_export(self) -> None:
        path = Path(self.file_edit.text().strip()).expanduser()
        if not self.file_edit.text().strip() or not path.parent.is_dir():
            self._say(
                QCoreApplication.translate(
                    "BriefPrinter", "The folder {parent} does not exist."
                ).format(parent=path.parent),
                error=True,
            )
            return
        self.export_button.setEnabled(False)
        self._say(QCoreApplication.translate("BriefPrinter", "Gathering the brief…"))
        task = self.workers.start(
            functools.partial(_build_job, self.db, self.account[0]),
            title=QCoreApplication.translate("BriefPrinter", "Meeting brief"),
        )
        task.tag = (path, str(self.format.currentData()), str(self.paper.currentData()))
        task.succeeded.connect(self._on_built)
        task.failed.connect(self._on_failed)
        self.task = task

    def _on_built(self, brief: object) -> None:
        task, self.task = self.task, None
        assert isinstance(brief, Brief) and task is not None
        path, fmt, paper = task.tag
        self.export_button.setEnabled(True)
        try:  # the PDF is laid out by Qt: here, in the UI thread (it takes a moment only)
            text = write_brief(brief, path, fmt, paper)
        except Exception as exc:
            self._say("")
            show_error(
                self, exc, action=QCoreApplication.translate("BriefPrinter", "Exporting the brief")
            )
            self.ready.emit()
            return
        self._say(text)
        self.close_button.setText(QCoreApplication.translate("BriefPrinter", "Close"))
        self.written.emit(text)
        self.ready.emit()


class BriefPrinter:
    """Print… : gather the brief in the background, then the print dialog, then print.

    ``printed`` is called with the page count (tests replace the dialog's answer).
    """

    def __init__(self, parent: QWidget, db: Database, account_id: int, workers: Workers) -> None:
        self.parent = parent
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        paper = (
            QPageSize.PageSizeId.Letter if default_paper() == "letter" else QPageSize.PageSizeId.A4
        )
        self.printer.setPageSize(QPageSize(paper))
        self.printer.setPageOrientation(QPageLayout.Orientation.Portrait)
        self.pages = 0
        self.task = workers.start(
            functools.partial(_build_job, db, account_id),
            title=QCoreApplication.translate("BriefPrinter", "Preparing the brief"),
        )
        self.task.succeeded.connect(self._on_built)
        self.task.failed.connect(self._on_failed)

    def _on_built(self, brief: object) -> None:
        assert isinstance(brief, Brief)
        dialog = QPrintDialog(self.printer, self.parent)
        dialog.setWindowTitle(
            QCoreApplication.translate("BriefPrinter", "Print the meeting brief of {name}").format(
                name=brief.name
            )
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            self.pages = print_brief(brief, self.printer)
        except Exception as exc:
            show_error(
                self.parent,
                exc,
                action=QCoreApplication.translate("BriefPrinter", "Printing the brief"),
            )

    def _on_failed(self, exc: object) -> None:
        error = exc if isinstance(exc, BaseException) else RuntimeError(str(exc))
        show_error(
            self.parent,
            error,
            action=QCoreApplication.translate("BriefPrinter", "The brief"),
            details=self.task.details,
        )
