"""The window in Dutch and German (issue 14): complete Qt catalogues, labels, the Settings page."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt

from circlesoftrust import formats, i18n
from circlesoftrust.currency import database_currency
from tests.gui.test_settings_dialog import make_dialog, save
from ui.common import language
from ui.operations import Operations
from ui.shell import prefs

pytestmark = pytest.mark.gui
ROOT = Path(__file__).resolve().parents[2]


def _messages(ts: Path) -> list[ET.Element]:
    return list(ET.parse(ts).getroot().iter("message"))


@pytest.mark.parametrize("lang", ["nl", "de"])
def test_every_window_text_is_translated(lang: str, tmp_path: Path) -> None:
    """lupdate over ui/ finds no text the catalogue lacks, and none is unfinished."""
    ts = language.ts_path(lang)
    fresh = tmp_path / ts.name
    shutil.copyfile(ts, fresh)
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    done = subprocess.run(
        [str(lupdate), "-silent", "-extensions", "py", "-locations", "none", "-no-obsolete",
         str(ROOT / "ui"), "-ts", str(fresh)],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    unfinished = [
        m.findtext("source")
        for m in _messages(fresh)
        if (t := m.find("translation")) is not None
        and (t.get("type") == "unfinished" or not (t.text or "").strip())
    ]
    assert not unfinished, f"{len(unfinished)} untranslated in {ts.name}: {unfinished[:20]}"
    assert len(_messages(fresh)) == len(_messages(ts)), "run `make translations`"


@pytest.fixture
def dutch() -> Iterator[None]:
    language.install("nl")
    yield
    language.install("en")


@pytest.fixture
def german() -> Iterator[None]:
    language.install("de")
    yield
    language.install("en")


def test_the_settings_dialog_speaks_dutch(qtbot, dutch: None, demo_ops: Operations) -> None:
    dialog = make_dialog(qtbot, demo_ops)
    tabs = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert "&Taal && geld" in tabs
    assert QLocale().firstDayOfWeek().name == "Monday"
    assert "€" in dialog.language_page.example.text()  # a Dutch user gets euros by default


def test_the_settings_dialog_speaks_german(qtbot, german: None, demo_ops: Operations) -> None:
    dialog = make_dialog(qtbot, demo_ops)
    tabs = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert "&Sprache && Geld" in tabs


def test_the_currency_is_saved_for_the_database_and_the_language_for_the_computer(
    qtbot, demo_ops: Operations, demo_db
) -> None:
    dialog = make_dialog(qtbot, demo_ops)
    page = dialog.language_page
    page.currency.setCurrentIndex(page.currency.findData("CHF"))
    page.language.setCurrentIndex(page.language.findData("de"))
    assert page.restart_note.isVisibleTo(page)
    assert save(qtbot, dialog)
    assert database_currency(demo_db) == "CHF"
    assert formats.currency() == "CHF" and formats.money(1000).startswith("CHF")
    assert prefs.get("language") == "de"
    assert i18n.language() == "en"  # at the next start, not now


def test_a_missing_compiled_catalogue_is_built_on_first_use(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A fresh clone started without make: the .qm is compiled into the cache once."""
    folder = tmp_path / "translations"
    folder.mkdir()
    shutil.copyfile(language.ts_path("nl"), folder / "circlesoftrust_nl.ts")
    monkeypatch.setattr(language, "TRANSLATIONS", folder)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    built = language.qm_path("nl")
    assert built is not None and built.exists() and built.is_relative_to(tmp_path / "cache")


@pytest.mark.parametrize(
    ("lang", "menus", "nav", "money_sign"),
    [
        ("nl", ["&Bestand", "&Bewerken", "&Beeld", "&Account", "&Help"], "Vandaag", "€"),
        ("de", ["&Datei", "&Bearbeiten", "&Ansicht", "&Account", "&Hilfe"], "Heute", "€"),
    ],
)
def test_the_main_window_starts_in_the_chosen_language(
    qtbot, demo_db, lang: str, menus: list[str], nav: str, money_sign: str
) -> None:
    """As `main.py --lang nl` starts it: menus, navigation, table headers, money, dates."""
    from tests.gui.test_main_window import _open
    from ui.accounts.accounts_model import COL_REVENUE

    location = str(demo_db.path)
    demo_db.close()
    language.install(lang)
    try:
        window = _open(qtbot, location)
        titles = [a.text() for a in window.menuBar().actions()]
        assert titles[: len(menus)] == menus
        assert window.nav.item(1).text() == nav
        model = window.accounts_panel.model
        qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=30_000)
        header = model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        assert header == "Naam" if lang == "nl" else header == "Name"
        qtbot.waitUntil(
            lambda: model.index(0, COL_REVENUE).data() not in (None, "", "…"), timeout=30_000
        )
        assert money_sign in model.index(0, COL_REVENUE).data()  # EUR: a Dutch/German default
        window.close()
    finally:
        language.install("en")


def test_the_app_s_help_speaks_german(capsys: pytest.CaptureFixture[str]) -> None:
    """`circlesoftrust-app --lang de --help`: read before Qt starts, in the core's catalogue."""
    from ui.shell.app import parse_args

    with pytest.raises(SystemExit):
        parse_args(["--lang", "de", "--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert out.startswith("Aufruf: circlesoftrust-app")
    assert "das Beispielunternehmen öffnen" in out and "diese Hilfe anzeigen" in out
