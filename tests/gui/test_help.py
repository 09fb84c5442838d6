"""Help → Manual and Help → About (issue 14, point 6)."""

from __future__ import annotations

import importlib.metadata
import re
from pathlib import Path

import pytest
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication, QDialog, QLabel

from circlesoftrust import __version__
from circlesoftrust.database_file import user_data_dir
from circlesoftrust.storage import Database
from tests.gui.conftest import answer_dialog
from ui.shell import help as help_window
from ui.shell.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
MANUAL = ROOT / "docs" / "manual.md"


@pytest.fixture
def window(qtbot, demo_db: Database) -> MainWindow:
    location = str(demo_db.path)
    demo_db.close()
    window = MainWindow(location, open_now=False)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.ready, timeout=30_000):
        window.open(location)
    return window


def _top_dialog(kind: type) -> object:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
    assert found, f"no {kind.__name__} is shown"
    return found[-1]


def test_help_manual_opens_the_manual_with_its_screenshots(qtbot, window: MainWindow) -> None:
    window.commands["manual"].trigger()
    dialog = _top_dialog(help_window.ManualDialog)
    assert isinstance(dialog, help_window.ManualDialog)
    text = dialog.browser.toPlainText()
    for step in ("set up the rings", "import contacts", "work Today", "prepare a meeting",
                 "publish an insight"):  # fmt: skip
        assert step.lower() in text.lower()
    # Every screenshot the manual shows exists and is loaded by the browser.
    images = re.findall(r"!\[[^]]*\]\(([^)]+)\)", MANUAL.read_text(encoding="utf-8"))
    assert len(images) >= 5
    # The table of contents leads to its headings (Qt makes no anchors of Markdown headings).
    anchors = re.findall(r"\]\(#([a-z0-9-]+)\)", MANUAL.read_text(encoding="utf-8"))
    assert len(anchors) >= 5
    for anchor in anchors:
        assert dialog.show_heading(anchor), anchor
    assert dialog.browser.verticalScrollBar().value() > 0
    document = dialog.browser.document()
    for image in images:
        assert (MANUAL.parent / image).is_file(), image
        url = dialog.browser.source().resolved(image)  # type: ignore[arg-type]
        loaded = document.resource(QTextDocument.ResourceType.ImageResource, url)
        assert loaded is not None and not loaded.isNull(), image
    dialog.close()


def test_about_shows_version_database_data_folder_and_libraries(qtbot, window: MainWindow) -> None:
    shown: list[str] = []

    def read(dialog: QDialog) -> None:
        assert isinstance(dialog, help_window.AboutDialog)
        shown.append(" ".join(label.text() for label in dialog.findChildren(QLabel)))
        dialog.reject()

    answer_dialog(qtbot, window.commands["about"].trigger, read)
    (text,) = shown
    assert __version__ in text
    assert str(window.location) in text
    assert str(user_data_dir()) in text
    assert importlib.metadata.version("SQLAlchemy") in text
    assert importlib.metadata.version("PySide6-Essentials") in text


def test_the_manual_is_found_where_it_is_installed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert help_window.manual_path() == MANUAL  # a checkout
    bundle = tmp_path / "bundle" / "docs"
    bundle.mkdir(parents=True)
    (bundle / "manual.md").write_text("# Manual\n")
    monkeypatch.setattr("sys._MEIPASS", str(tmp_path / "bundle"), raising=False)
    assert help_window.manual_path() == bundle / "manual.md"


@pytest.mark.parametrize(
    ("lang", "steps"),
    [
        ("nl", ("de cirkels inrichten", "contactpersonen importeren", "vandaag afwerken",
                "een gesprek voorbereiden", "een inzicht publiceren")),
        ("de", ("die kreise einrichten", "ansprechpartner importieren", "heute abarbeiten",
                "ein gespräch vorbereiten", "eine erkenntnis veröffentlichen")),
    ],
)  # fmt: skip
def test_help_manual_opens_the_manual_in_the_app_s_language(
    qtbot, window: MainWindow, lang: str, steps: tuple[str, ...]
) -> None:
    """A Dutch or German user reads the manual in their language, with its screenshots in
    that language where they exist; its table of contents leads to its headings."""
    from ui.common import language

    language.install(lang)
    try:
        assert help_window.manual_path() == ROOT / "docs" / f"manual.{lang}.md"
        window.commands["manual"].trigger()
        dialog = _top_dialog(help_window.ManualDialog)
        assert isinstance(dialog, help_window.ManualDialog)
        text = dialog.browser.toPlainText().lower()
        for step in steps:
            assert step in text, step
        source = (ROOT / "docs" / f"manual.{lang}.md").read_text(encoding="utf-8")
        images = re.findall(r"!\[[^]]*\]\(([^)]+)\)", source)
        assert len(images) >= 5
        for image in images:
            assert (ROOT / "docs" / image).is_file(), image
            localised = image.replace(".png", f"-{lang}.png")
            assert image.endswith(f"-{lang}.png") or not (ROOT / "docs" / localised).is_file()
        anchors = re.findall(r"\]\(#([^)]+)\)", source)
        assert len(anchors) >= 5
        for anchor in anchors:
            assert dialog.show_heading(anchor), anchor
    finally:
        language.install("en")


def test_the_manual_falls_back_to_english_without_a_translation(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from circlesoftrust import i18n

    bundle = tmp_path / "bundle" / "docs"
    bundle.mkdir(parents=True)
    (bundle / "manual.md").write_text("# Manual\n")
    monkeypatch.setattr("sys._MEIPASS", str(tmp_path / "bundle"), raising=False)
    i18n.set_language("de")
    assert help_window.manual_path() == bundle / "manual.md"
    (bundle / "manual.de.md").write_text("# Handbuch\n")
    assert help_window.manual_path() == bundle / "manual.de.md"
