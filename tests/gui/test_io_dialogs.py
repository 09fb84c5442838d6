"""Import, export, backup/restore and meeting-brief dialogs, as a user drives them."""

from __future__ import annotations

import re
from pathlib import Path

import icalendar
import pytest
import vobject
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from circlesoftrust import backup
from circlesoftrust.brief import build_brief
from circlesoftrust.errors import CotError
from circlesoftrust.io import export
from circlesoftrust.services import accounts
from circlesoftrust.storage import Database, open_database
from tests.gui.conftest import ops_for
from tests.unit.io_support import row_counts
from ui.common import dialogs, file_pickers
from ui.common.workers import Workers
from ui.transfer import io_actions
from ui.transfer.brief_dialog import BriefExportDialog, BriefPrinter, print_brief
from ui.transfer.export_dialog import ExportDialog
from ui.transfer.import_dialog import ImportDialog

pytestmark = pytest.mark.gui

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "contacts"


def _pdf_pages(data: bytes) -> int:
    assert data.startswith(b"%PDF-")
    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", data))


def _open_import(qtbot, db: Database, path: Path, workers: Workers) -> ImportDialog:
    dialog = ImportDialog(ops_for(db, workers), path)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.ready, timeout=20_000):
        dialog.start()
    return dialog


# ------------------------------------------------------------------------------- import


def test_vcard_preview_then_import_then_again_nothing(
    qtbot, db: Database, workers: Workers, tmp_path: Path
) -> None:
    dialog = _open_import(qtbot, db, FIXTURES / "apple_30_iphone.vcf", workers)
    assert dialog.pages.currentWidget() is dialog.preview_page
    plan = dialog.plan
    assert plan is not None and plan.created > 0
    assert dialog.model.rowCount() == len(plan.records)
    assert dialog.summary.text().startswith(f"{plan.created} to create")
    assert row_counts(db)["contacts"] == 0, "the preview writes nothing"
    dialog.grab().save(str(tmp_path / "import_preview.png"))

    with (
        qtbot.waitSignal(dialog.ops.changed, timeout=20_000) as heard,
        qtbot.waitSignal(dialog.imported, timeout=20_000) as imported,
    ):
        dialog.import_button.click()
    assert heard.args[0].accounts or heard.args[0].everything, "every view hears the import"
    assert imported.args[0].created == plan.created
    assert row_counts(db)["contacts"] == plan.created
    assert dialog.pages.currentWidget() is dialog.done_page
    assert "before-import" in dialog.done_text.text()
    assert dialog.close_button.text() == "Close"

    again = _open_import(qtbot, db, FIXTURES / "apple_30_iphone.vcf", workers)
    assert again.plan is not None and again.plan.created == again.plan.merged == 0
    assert not again.import_button.isEnabled()
    assert again.import_button.text() == "Nothing to import"


def test_preview_filter_shows_the_skipped_cards_with_their_lines(
    qtbot, db: Database, workers: Workers
) -> None:
    dialog = _open_import(qtbot, db, FIXTURES / "malformed.vcf", workers)
    dialog.filter.setCurrentIndex(dialog.filter.findData("skip"))
    shown = [
        (dialog.proxy.index(r, 0).data(), dialog.proxy.index(r, 4).data())
        for r in range(dialog.proxy.rowCount())
    ]
    assert shown and all(isinstance(line, int) for line, _why in shown)
    assert any("END:VCARD" in why for _line, why in shown)
    assert "Problems in the file" in dialog.issues_title.text()
    assert "line " in dialog.issues.toPlainText()


def test_unknown_csv_goes_through_the_column_mapping(
    qtbot, db: Database, workers: Workers, tmp_path: Path
) -> None:
    path = tmp_path / "crm.csv"
    path.write_text(
        # "Zuname" (Austrian for the family name) is no column name of a known layout; with
        # "Nachname" this is a German Outlook-style file and needs no mapping (issue 14).
        "Kunde;Vorname;Zuname;Firma;Mail;Position;Rolle im Einkauf\n"
        "1;Ada;Lovelace;Engines Ltd;ada@engines.example;Einkäuferin;Finance\n",
        encoding="cp1252",
    )
    dialog = _open_import(qtbot, db, path, workers)
    page = dialog.mapping_page
    assert dialog.pages.currentWidget() is page
    assert page.combos["Vorname"].currentData() == "first_name"
    assert page.combos["Mail"].currentData() == "email"
    assert page.combos["Position"].currentData() == "title"
    examples = [page.grid.itemAtPosition(row, 1).widget().text() for row in range(7)]
    assert examples[:3] == ["1", "Ada", "Lovelace"], "the first row shows what each column holds"
    dialog.grab().save(str(tmp_path / "import_mapping.png"))

    for combo in page.combos.values():  # nothing chosen: the name is missing
        combo.setCurrentIndex(0)
    dialog.next_button.click()
    assert "name" in page.problem.text() and dialog.pages.currentWidget() is page

    page.combos["Vorname"].setCurrentIndex(page.combos["Vorname"].findData("first_name"))
    page.combos["Zuname"].setCurrentIndex(page.combos["Zuname"].findData("last_name"))
    page.combos["Firma"].setCurrentIndex(page.combos["Firma"].findData("organisation"))
    page.combos["Position"].setCurrentIndex(page.combos["Position"].findData("title"))
    role = page.combos["Rolle im Einkauf"]
    role.setCurrentIndex(role.findData("role"))
    with qtbot.waitSignal(dialog.ready, timeout=20_000):
        dialog.next_button.click()
    assert dialog.plan is not None
    assert [(r.name, r.account, r.action) for r in dialog.plan.records] == [
        ("Ada Lovelace", "Engines Ltd", "create")
    ]
    assert dialog.back_button.isVisible()
    with qtbot.waitSignal(dialog.imported, timeout=20_000):
        dialog.import_button.click()
    (ada,) = accounts.list_contacts(db, "Engines Ltd")
    assert (ada.title, ada.role) == ("Einkäuferin", "finance")


def test_an_unreadable_file_shows_one_clear_error_and_writes_nothing(
    qtbot, db: Database, workers: Workers, tmp_path: Path, shown_errors
) -> None:
    path = tmp_path / "empty.vcf"
    path.write_bytes(b"")
    before = row_counts(db)
    dialog = ImportDialog(ops_for(db, workers), path)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.ready, timeout=20_000):
        dialog.start()
    (error, action), *_ = shown_errors
    assert isinstance(error, CotError) and "empty.vcf" in str(error) and "empty" in str(error)
    assert "Importing empty.vcf" in action
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert row_counts(db) == before


def test_a_json_export_is_restored_through_the_same_dialog(
    qtbot, demo_db: Database, workers: Workers, tmp_path: Path
) -> None:
    export.export_json(demo_db, tmp_path / "all.json")
    target = open_database(tmp_path / "empty.sqlite")
    try:
        dialog = _open_import(qtbot, target, tmp_path / "all.json", workers)
        assert dialog.restore_preview is not None
        assert "60 accounts" in dialog.summary.text()
        assert dialog.import_button.text() == "Restore"
        with qtbot.waitSignal(dialog.imported, timeout=20_000):
            dialog.import_button.click()
        assert row_counts(target)["accounts"] == 60
    finally:
        target.close()


# ------------------------------------------------------------------------------- export


@pytest.mark.parametrize("what", ["vcard", "csv", "ics", "json"])
def test_export_dialog_writes_a_file_other_programs_read(
    qtbot, demo_db: Database, workers: Workers, tmp_path: Path, what: str
) -> None:
    dialog = ExportDialog(demo_db, what, account=(3, "Three"), workers=workers)
    qtbot.addWidget(dialog)
    dialog.show()
    target = tmp_path / f"out.{what}"
    dialog.file_edit.setText(str(target))
    if what != "json":
        dialog.one_account.setChecked(True)
    if what == "vcard":
        dialog.version.setCurrentIndex(dialog.version.findData("3.0"))
    with qtbot.waitSignal(dialog.exported, timeout=20_000) as done:
        dialog.export_button.click()
    assert done.args[0].path == str(target) and "Wrote" in dialog.status.text()
    dialog.grab().save(str(tmp_path / f"export_{what}.png"))
    data = target.read_bytes()
    if what == "vcard":
        cards = list(vobject.readComponents(data.decode("utf-8")))
        assert len(cards) == len(accounts.list_contacts(demo_db, 3))
        assert {c.version.value for c in cards} == {"3.0"}
    elif what == "ics":
        cal = icalendar.Calendar.from_ical(data)
        assert all(ev["SUMMARY"] for ev in cal.walk("VEVENT"))
    elif what == "csv":
        assert data.startswith(b"\xef\xbb\xbfAccount,Ring,")
    else:
        assert b'"format":"circlesoftrust-export"' in data


def test_export_into_a_missing_folder_says_so(
    qtbot, demo_db: Database, workers: Workers, tmp_path: Path
) -> None:
    dialog = ExportDialog(demo_db, "csv", workers=workers)
    qtbot.addWidget(dialog)
    dialog.file_edit.setText(str(tmp_path / "no" / "such" / "out.csv"))
    dialog.export_button.click()
    assert "does not exist" in dialog.status.text()
    assert dialog.task is None


def test_the_json_export_says_it_is_plain_text_and_can_protect_it_with_a_password(
    qtbot, demo_db: Database, workers: Workers, tmp_path: Path
) -> None:
    """Issue 15.4 in the window: the full export warns before it is written, and a
    password (typed twice) seals it; the import dialog then asks for that password."""
    dialog = ExportDialog(demo_db, "json", workers=workers)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "plain text" in dialog.plain_warning.text()
    assert dialog.plain_warning.isVisible()
    assert not dialog.password.isEnabled()  # until the user asks for protection
    target = tmp_path / "sealed.json"
    dialog.file_edit.setText(str(target))
    dialog.protect.setChecked(True)
    dialog.password.setText("export secret")
    dialog.repeat.setText("export secreT")
    dialog.export_button.click()
    assert "differ" in dialog.status.text() and dialog.task is None and not target.exists()
    dialog.repeat.setText("export secret")
    with qtbot.waitSignal(dialog.exported, timeout=20_000):
        dialog.export_button.click()
    assert "password" in dialog.status.text()
    data = target.read_bytes()
    assert b'"format":"circlesoftrust-sealed"' in data
    name = accounts.list_accounts(demo_db)[0].name
    assert name.encode() not in data

    from tests.gui.conftest import answer_dialog
    from ui.shell.unlock import PasswordDialog

    tries: list[str] = []

    def type_password(box: QDialog) -> None:
        assert isinstance(box, PasswordDialog) and not box.remember.isVisible()

        def after(ok: bool) -> None:
            if not ok:
                tries.append(box.error_label.text())
                box.field.setText("export secret")
                box.ok_button.click()  # type: ignore[attr-defined]

        box.checked.connect(after)
        box.field.setText("not it")
        box.ok_button.click()  # type: ignore[attr-defined]

    empty = open_database(tmp_path / "empty.sqlite")
    try:
        restore = ImportDialog(ops_for(empty, workers), target)
        qtbot.addWidget(restore)
        restore.show()
        with qtbot.waitSignal(restore.ready, timeout=30_000):
            answer_dialog(qtbot, restore.start, type_password, timeout=30_000)
        assert tries and "password" in tries[0].lower()
        assert "60 accounts" in restore.summary.text()
        with qtbot.waitSignal(restore.imported, timeout=20_000):
            restore.import_button.click()
        assert row_counts(empty)["accounts"] == 60
    finally:
        empty.close()


# -------------------------------------------------------------------------------- brief


def test_brief_export_dialog_writes_a_one_page_pdf_and_markdown(
    qtbot, demo_db: Database, workers: Workers, tmp_path: Path
) -> None:
    name = accounts.get_account(demo_db, 1).name
    dialog = BriefExportDialog(demo_db, (1, name), workers=workers)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.paper.setCurrentIndex(dialog.paper.findData("letter"))
    dialog.file_edit.setText(str(tmp_path / "brief.pdf"))
    with qtbot.waitSignal(dialog.written, timeout=30_000) as written:
        dialog.export_button.click()
    assert "(one page, LETTER)" in written.args[0]
    assert _pdf_pages((tmp_path / "brief.pdf").read_bytes()) == 1
    dialog.grab().save(str(tmp_path / "brief_export.png"))

    dialog.format.setCurrentIndex(dialog.format.findData("md"))
    assert dialog.file_edit.text().endswith("brief.md") and not dialog.paper.isEnabled()
    with qtbot.waitSignal(dialog.written, timeout=30_000):
        dialog.export_button.click()
    assert (tmp_path / "brief.md").read_text(encoding="utf-8").startswith("# Meeting brief: ")


def test_printing_the_brief_fits_one_page(qtbot, demo_db: Database, tmp_path: Path) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    assert print_brief(build_brief(demo_db, 1), printer) == 1
    assert _pdf_pages((tmp_path / "printed.pdf").read_bytes()) == 1


def test_print_action_asks_the_print_dialog_then_prints(
    qtbot, demo_db: Database, workers: Workers, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def accept(dialog: QPrintDialog) -> int:
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / "printed.pdf"))
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    parent = QWidget()
    qtbot.addWidget(parent)
    job = BriefPrinter(parent, demo_db, 1, workers)
    with qtbot.waitSignal(job.task.finished, timeout=30_000):
        pass
    assert job.pages == 1
    assert _pdf_pages((tmp_path / "printed.pdf").read_bytes()) == 1


# ------------------------------------------------------------------------------ actions


@pytest.fixture
def window(qtbot, workers: Workers) -> QWidget:
    parent = QWidget()
    qtbot.addWidget(parent)
    return parent


def test_actions_have_the_keys_the_menus_name(
    window: QWidget, demo_db: Database, workers: Workers
) -> None:
    actions = io_actions.create_io_actions(window, ops_for(demo_db, workers), lambda: (1, "One"))
    assert set(actions) == {
        "import", "export_vcard", "export_csv", "export_ics", "export_json", "backup",
        "restore", "brief_print", "brief_export",
    }  # fmt: skip
    assert all(a.text() and a.statusTip() for a in actions.values())
    assert actions["brief_print"].shortcut().toString() == "Ctrl+P"


def test_brief_without_an_open_account_explains_why(
    window: QWidget, demo_db: Database, shown_errors, workers: Workers
) -> None:
    actions = io_actions.create_io_actions(window, ops_for(demo_db, workers), lambda: None)
    actions["brief_export"].trigger()
    (error, _action), *_ = shown_errors
    assert "open an account first" in str(error)


def test_backup_then_restore_through_the_actions(
    qtbot,
    window: QWidget,
    db_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    workers: Workers,
) -> None:
    db = open_database(db_url)
    accounts.create_account(db, "Kept Ltd")
    notices: list[tuple[str, str]] = []
    monkeypatch.setattr(
        io_actions, "notice_sink", lambda title, text: notices.append((title, text))
    )
    reopened: list[str] = []
    _io, actions = io_actions.build_io_actions(
        window, ops_for(db, workers), lambda: None, reopened.append
    )
    target = tmp_path / "saved" / "copy.sqlite"
    monkeypatch.setattr(file_pickers, "save_file_name", lambda *a, **k: str(target))
    actions["backup"].trigger()
    qtbot.waitUntil(lambda: bool(notices), timeout=20_000)
    assert notices[-1][0] == "Backup made" and backup.verify_backup(target).accounts == 1

    accounts.create_account(db, "Added after the backup Ltd")
    asked: list[str] = []

    def confirm(parent, title, text, informative, ok):  # type: ignore[no-untyped-def]
        asked.append(f"{text}\n{informative}")
        return True

    monkeypatch.setattr(dialogs, "confirm", confirm)
    monkeypatch.setattr(file_pickers, "open_file_name", lambda *a, **k: str(target))
    actions["restore"].trigger()
    qtbot.waitUntil(lambda: bool(reopened), timeout=20_000)  # checked, copied, reopened
    assert "replaces everything" in asked[0] and str(db.path) in asked[0]
    assert notices[-1][0] == "Backup restored" and "Kept Ltd" not in notices[-1][1]
    assert reopened == [str(db.path)], "the window opens the restored file again"
    again = open_database(db_url)
    try:
        assert [a.name for a in accounts.list_accounts(again)] == ["Kept Ltd"]
    finally:
        again.close()
    kept = list((Path(db_url).parent / "backups").glob("*-before-restore-*.sqlite"))
    assert kept and backup.verify_backup(kept[0]).accounts == 2


def test_restore_refuses_a_bad_file_before_asking(
    qtbot,
    window: QWidget,
    db: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    shown_errors,
    workers: Workers,
) -> None:
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"not a database at all")
    monkeypatch.setattr(file_pickers, "open_file_name", lambda *a, **k: str(bad))
    monkeypatch.setattr(dialogs, "confirm", lambda *a: pytest.fail("asked for a bad backup"))
    actions = io_actions.create_io_actions(window, ops_for(db, workers), lambda: None)
    actions["restore"].trigger()
    qtbot.waitUntil(lambda: bool(shown_errors), timeout=20_000)  # checked off the UI thread
    (error, action), *_ = shown_errors
    assert "not a backup" in str(error) and action.startswith("Restore from backup")
