"""The core's inner words speak the language too (issue 14): `check`'s rules and problems,
the reasons of duplicate pairs (also those stored by a check run in another language), the
"what" of an undo that is refused, and the sentences the core builds with values."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from circlesoftrust import i18n
from circlesoftrust import operations as ops
from circlesoftrust.cli import main
from circlesoftrust.duplicates import stored
from circlesoftrust.engine import suggestions as engine
from circlesoftrust.errors import ConflictError
from circlesoftrust.services import accounts, invariants, tasks
from circlesoftrust.storage import Database, open_database
from tests.conftest import DEMO_DAY


@pytest.fixture
def dbfile(tmp_path: Path, sqlite_template: Path) -> Path:
    path = tmp_path / "words.sqlite"
    shutil.copyfile(sqlite_template, path)
    return path


@pytest.mark.parametrize(
    ("lang", "rule", "english"),
    [
        ("de", "kein Account hat sich selbst empfohlen", "no account referred itself"),
        ("nl", "geen account heeft zichzelf aanbevolen", "no account referred itself"),
    ],
)
def test_check_names_its_rules_in_the_language(
    dbfile: Path, capsys: pytest.CaptureFixture[str], lang: str, rule: str, english: str
) -> None:
    assert main(["--lang", lang, "--db", str(dbfile), "check"]) == 0
    out = capsys.readouterr().out
    assert rule in out and english not in out
    assert "every account sits in an existing ring" not in out
    assert "foreign_key_check" in out  # SQLite's own pragma keeps its name


def test_a_broken_rule_says_its_problem_in_the_language(db: Database) -> None:
    """What a restore refuses with (the first problem of each rule) reads in German."""
    accounts.create_account(db, "Alder Labs")
    accounts.create_account(db, "Cedar Ltd")
    with db.transaction(write=True) as session:
        session.connection().exec_driver_sql("UPDATE accounts SET name = 'alder labs' WHERE id = 2")
    i18n.set_language("de")
    with db.engine.connect() as conn:
        problems = invariants.first_problems(conn)
    assert problems == [
        "2 Accounts heißen 'alder labs' (die Namen unterscheiden sich nur in der "
        "Groß-/Kleinschreibung) — die Regel: keine zwei Accounts tragen denselben Namen "
        "(ohne Rücksicht auf Groß-/Kleinschreibung)"
    ]


def test_duplicate_reasons_read_in_the_language_they_are_read_in(db: Database) -> None:
    """The check stores the pair once (here in English); a German user reads its reasons in
    German, inner words included ("same website", "same name without legal form")."""
    accounts.create_account(db, "Cedar Ltd", website="https://cedar.example")
    accounts.create_account(db, "Cedar GmbH", website="cedar.example")
    stored.check(db)
    i18n.set_language("de")
    (item,) = engine.suggest(db, on=DEMO_DAY, kinds=["duplicate"])
    assert "sind möglicherweise ein Unternehmen" in item.reason, item.reason
    assert "gleicher Name ohne Rechtsform und Satzzeichen" in item.reason
    assert "gleiche Website cedar.example" in item.reason
    for english in ("same website", "same name", "legal form"):
        assert english not in item.reason
    (pair,) = stored.review(db).pairs
    assert "gleiche Website cedar.example" in pair.reasons
    i18n.set_language("nl")
    (pair,) = stored.review(db).pairs
    assert "zelfde website cedar.example" in pair.reasons


def test_a_refused_undo_names_what_changed_in_the_language(db: Database) -> None:
    from circlesoftrust.services import rings

    acc = accounts.create_account(db, "Alder Labs", ring=3)
    tasks.add_checklist_item(db, 1, "Welcome call", due_after_days=2)
    done = ops.perform(db, "Move", lambda: rings.move_account(db, acc.id, 1, reason="why"))
    (task_id,) = [t.id for t in tasks.list_tasks(db)]
    tasks.complete_task(db, task_id)
    assert done.undo is not None
    i18n.set_language("de")
    with pytest.raises(ConflictError) as caught:
        ops.undo(db, done.undo)
    assert str(caught.value) == (
        "„Move“ lässt sich nicht rückgängig machen: eine Aufgabe wurde seitdem geändert "
        "oder entfernt"
    )


def test_a_refused_undo_names_every_kind_of_row_in_the_language() -> None:
    """Every table an action can write has its word (no English fallback built from the
    table's name)."""
    from circlesoftrust.models import Base

    english = ops.row_words()
    assert set(Base.metadata.tables) <= set(english)
    for lang in ("nl", "de"):
        i18n.set_language(lang)
        words = ops.row_words()
        assert all(words[t] != english[t] for t in english), (lang, words)


def test_the_import_summary_speaks_the_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "kontakte.csv"
    source.write_text("Vorname,Nachname,Firma\nAnna,Schmidt,Alder GmbH\n", encoding="utf-8")
    db = tmp_path / "de.sqlite"
    assert main(["--lang", "de", "--db", str(db), "import", str(source)]) == 0
    out = capsys.readouterr().out
    assert "1 angelegt" in out and "created" not in out, out


def test_a_german_markdown_brief_has_german_headers_and_clean_dates(db: Database) -> None:
    """Dates and amounts that start a line in German ("06.12.2026", "23.796 €") are kept
    from becoming a numbered list by escaping the dot (CommonMark), not the digit: "\\0"
    is no escape and showed as a backslash; the revenue table's header is German."""
    from circlesoftrust.brief import build_brief
    from circlesoftrust.brief_render import md, render_markdown

    assert md("06.12.2026") == "06\\.12.2026"
    assert md("1) first") == "1\\) first"
    assert md("- item") == "\\- item"
    account = accounts.create_account(db, "Alder Labs")
    i18n.set_language("de")
    text = render_markdown(build_brief(db, account.id, on=DEMO_DAY))
    assert "| Quartal | Umsatz |" in text, text
    assert "\\0" not in text and "\\1" not in text and "\\2" not in text


def test_cli_confirmations_name_kinds_and_dates_in_the_language(
    dbfile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`touch` and `revenue` confirm with the kind's word and the one date format, not a
    code ("renewal", "two_way") and an ISO date."""
    db = open_database(dbfile)
    accounts.create_account(db, "Alder Labs")
    db.close()
    args = ["--lang", "nl", "--db", str(dbfile)]
    assert main([*args, "revenue", "Alder Labs", "1200,50", "--kind", "renewal",
                 "--date", "2026-06-15"]) == 0  # fmt: skip
    assert main([*args, "touch", "Alder Labs", "--kind", "meeting", "--date", "2026-06-15"]) == 0
    out = capsys.readouterr().out
    assert "verlenging" in out and "renewal" not in out, out
    assert "afspraak" in out and "meeting" not in out and "two" not in out, out
    assert "15 jun 2026" in out and "2026-06-15" not in out, out


def test_the_import_names_skipped_lines_in_the_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Why lines were skipped reads in German; the JSON report keeps its English keys."""
    source = tmp_path / "kontakte.csv"
    source.write_text(
        "Vorname,Nachname,Firma,E-Mail-Adresse\n"
        "Anna,Schmidt,Alder GmbH,anna@alder.example\n"
        "Anna,Schmidt,Alder GmbH,anna@alder.example\n",
        encoding="utf-8",
    )
    db = tmp_path / "de.sqlite"
    assert main(["--lang", "de", "--db", str(db), "import", str(source)]) == 0
    out = capsys.readouterr().out
    assert "übersprungen 1: Duplikat eines früheren Eintrags in der Datei" in out, out
    assert main(["--lang", "de", "--db", str(db), "import", str(source), "--json"]) == 0
    report = capsys.readouterr().out
    assert "already in the database, nothing new" in report  # a key, not a sentence


def test_cli_people_names_roles_and_stages_in_the_language(
    dbfile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = open_database(dbfile)
    accounts.create_account(db, "Alder Labs")
    accounts.add_contact(db, "Alder Labs", "Anna Berg", role="decision_maker")
    db.close()
    args = ["--lang", "de", "--db", str(dbfile), "people"]
    assert main([*args, "--account", "Alder Labs"]) == 0
    assert main([*args, "--top", "3"]) == 0
    out = capsys.readouterr().out
    assert "Entscheider" in out and "decision_maker" not in out, out
    assert "unaware" not in out and "awareness" not in out, out


def _last_action(db: Database) -> str:
    from sqlalchemy import select

    from circlesoftrust.models import ActionLog

    with db.transaction() as session:
        return str(session.scalars(select(ActionLog.summary).order_by(ActionLog.id.desc())).first())


@pytest.mark.parametrize(
    ("lang", "account", "contact", "ring"),
    [
        (
            "de",
            "Alder Labs: Branche, Tags, Phase der Customer Journey geändert",
            "Jana Roth: Telefonnummer, Phase geändert",
            "Leads: Rhythmus, Schwelle, nur für Kunden geändert",
        ),
        (
            "nl",
            "Alder Labs: branche, tags, fase in de klantreis gewijzigd",
            "Jana Roth: telefoonnummer, fase gewijzigd",
            "Leads: ritme, drempel, alleen voor klanten gewijzigd",
        ),
    ],
)
def test_the_action_log_names_changed_fields_in_the_language(
    db: Database, lang: str, account: str, contact: str, ring: str
) -> None:
    from circlesoftrust.services import contacts, rings

    acc = accounts.create_account(db, "Alder Labs", ring=3)
    person = contacts.add_contact(db, acc.id, "Jana Roth")
    i18n.set_language(lang)
    accounts.update_account(db, acc.id, industry="Retail", tags=["vip"], journey_phase="usage")
    assert _last_action(db) == account
    contacts.update_contact(db, person.id, phone="+49 30 1234567", stage_override="building")
    assert _last_action(db) == contact
    rings.update_ring(db, "Leads", cadence_days=45, min_score=20, customers_only=True)
    assert _last_action(db) == ring
