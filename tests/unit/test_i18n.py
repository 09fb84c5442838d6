"""The core speaks the user's language (issue 14): choosing it, catalogues, the CLI's --lang."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from circlesoftrust import i18n
from circlesoftrust.cli import main
from circlesoftrust.errors import ValidationError
from circlesoftrust.services import accounts
from circlesoftrust.storage import open_database
from circlesoftrust.validation import required_text


def _message(fn, *args) -> str:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as caught:
        fn(*args)
    return str(caught.value)


@pytest.mark.parametrize(
    ("lang", "says"),
    [("en", "must not be empty"), ("nl", "mag niet leeg zijn"), ("de", "darf nicht leer sein")],
)
def test_validation_messages_follow_the_language(lang: str, says: str) -> None:
    assert i18n.set_language(lang) == lang
    assert _message(required_text, "name", "  ") == f"name: {says}"


def test_the_system_locale_chooses_the_language_and_the_formats(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(i18n.ENV_VAR)
    monkeypatch.setenv("LANG", "de_AT.UTF-8")
    assert i18n.set_language(None) == "de"
    assert str(i18n.format_locale()) == "de_AT"  # Austrian formats, German texts
    monkeypatch.setenv("LANG", "nl_NL.UTF-8")
    monkeypatch.setenv("LANGUAGE", "de_DE:nl")  # gettext's order: LANGUAGE first
    assert i18n.set_language(None) == "de"
    monkeypatch.setenv("LANGUAGE", "fr_FR")  # a language we have no catalogue for
    assert i18n.set_language(None) == "en"
    monkeypatch.delenv("LANGUAGE")
    monkeypatch.setenv("LANG", "C.UTF-8")
    assert i18n.set_language(None) == "en"


def test_an_unknown_language_is_refused_by_name() -> None:
    with pytest.raises(ValueError, match="'xx' is not a language"):
        i18n.set_language("xx")
    assert i18n.language() == "en"


def test_a_catalogue_without_its_compiled_file_is_read_from_its_source(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A wheel or a fresh clone without `make catalogues`: the .po is compiled in memory."""
    copy = tmp_path / "locale"
    shutil.copytree(i18n.LOCALE_DIR, copy, ignore=shutil.ignore_patterns("*.mo"))
    monkeypatch.setattr(i18n, "LOCALE_DIR", copy)
    assert not list(copy.rglob("*.mo"))
    i18n.set_language("nl")
    assert i18n._("must not be empty") == "mag niet leeg zijn"


@pytest.fixture
def dbfile(tmp_path: Path, sqlite_template: Path) -> Path:
    path = tmp_path / "cli.sqlite"
    shutil.copyfile(sqlite_template, path)
    db = open_database(path)
    accounts.create_account(db, "Alder Labs")
    db.close()
    return path


def test_the_cli_speaks_dutch_with_lang_and_reads_a_decimal_comma(
    dbfile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(
        ["--lang", "nl", "--db", str(dbfile), "revenue", "Alder Labs", "12,50x", "--kind", "new"]
    )
    err = capsys.readouterr().err
    assert code == 1
    assert "'12,50x' is geen bedrag (schrijf 1.200,50)" in err
    assert (
        main(
            ["--lang", "nl", "--db", str(dbfile), "revenue", "Alder Labs", "12,50", "--kind", "new"]
        )
        == 0
    )
    assert "€\u00a012,50" in capsys.readouterr().out  # EUR: the default for a Dutch user


def test_the_cli_refuses_an_unknown_language_in_one_line(
    dbfile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--lang", "xx", "--db", str(dbfile), "rings"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "'xx' is not a language" in err


def test_json_keys_and_kind_codes_stay_english(
    dbfile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(
        [
            "--lang",
            "de",
            "--db",
            str(dbfile),
            "revenue",
            "Alder Labs",
            "1.200,50",
            "--kind",
            "renewal",
            "--json",
        ]
    )
    out = capsys.readouterr().out
    assert code == 0
    assert '"amount_cents": 120050' in out and '"renewal"' in out


def test_the_database_currency_is_shown_with_its_symbol(
    dbfile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(dbfile), "revenue", "Alder Labs", "1200.50", "--kind", "new"]) == 0
    assert "$1,200.50" in capsys.readouterr().out  # en_US: dollars until the file chooses
    from circlesoftrust.currency import set_database_currency

    db = open_database(dbfile)
    set_database_currency(db, "chf")
    db.close()
    assert main(["--db", str(dbfile), "revenue", "Alder Labs", "10", "--kind", "new"]) == 0
    assert "CHF\u00a010.00" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("lang", "usage", "options", "command_help"),
    [
        ("nl", "gebruik:", "opties:", "een lege database vullen met een voorbeeldbedrijf"),
        ("de", "Aufruf:", "Optionen:", "eine leere Datenbank mit einem Beispielunternehmen füllen"),
    ],
)
def test_the_cli_help_is_translated_with_argparse_s_own_words(
    capsys: pytest.CaptureFixture[str], lang: str, usage: str, options: str, command_help: str
) -> None:
    """argparse's "usage:"/"options" and every command's help, not only our messages."""
    assert main(["--lang", lang, "--help"]) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert out.startswith(usage) and options in out and command_help in out
    assert "fill an empty database" not in out and "show this help message" not in out


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("nl", "circlesoftrust: fout: onbekende argumenten: --bogus (zie --help)"),
        ("de", "circlesoftrust: Fehler: unbekannte Argumente: --bogus (siehe --help)"),
    ],
)
def test_a_usage_error_of_the_cli_is_one_translated_line(
    dbfile: Path, capsys: pytest.CaptureFixture[str], lang: str, said: str
) -> None:
    assert main(["--lang", lang, "--db", str(dbfile), "rings", "--bogus"]) == 2
    assert capsys.readouterr().err.strip() == said


def test_errors_of_backup_and_import_speak_the_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Errors raised deep in the core (backup, reading a contacts file) reach the user
    translated, through the CLI's one line."""
    from circlesoftrust import backup

    missing = tmp_path / "nowhere.sqlite"
    i18n.set_language("de")
    with pytest.raises(backup.BackupError) as caught:
        backup.verify_backup(missing)
    assert str(caught.value) == f"{missing} existiert nicht oder ist keine Datei"
    empty = tmp_path / "leeg.csv"
    empty.write_bytes(b"")
    db = tmp_path / "nl.sqlite"
    assert main(["--lang", "nl", "--db", str(db), "import", str(empty)]) == 1
    err = capsys.readouterr().err
    assert "het bestand is leeg" in err and "file is empty" not in err


def test_the_account_timeline_reads_in_the_language(dbfile: Path) -> None:
    from circlesoftrust.services import activity

    db = open_database(dbfile)
    try:
        account = accounts.list_accounts(db)[0].id
        activity.log_touchpoint(db, account, kind="meeting", note="Koffie")
        i18n.set_language("de")
        titles = [e.title for e in activity.timeline(db, account)]
    finally:
        db.close()
    assert any(t.startswith("Termin (beidseitig)") for t in titles), titles


def test_a_new_database_names_its_default_rings_in_the_user_s_language(tmp_path: Path) -> None:
    """The rings are the first words on the main window: a Dutch user's new file gets Dutch
    names; they are data from then on (an English run does not rename them back)."""
    from circlesoftrust.services import rings

    i18n.set_language("nl")
    db = open_database(tmp_path / "nieuw.sqlite")
    try:
        names = [r.name for r in rings.list_rings(db)]
    finally:
        db.close()
    assert names == ["Binnenste cirkel", "Trouwe klanten", "Nieuwe klanten", "Leads", "Publiek"]
    i18n.set_language("en")
    db = open_database(tmp_path / "nieuw.sqlite")
    try:
        assert [r.name for r in rings.list_rings(db)] == names
    finally:
        db.close()
