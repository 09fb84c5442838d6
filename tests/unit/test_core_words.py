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
        ("de", "kein Konto hat sich selbst empfohlen", "no account referred itself"),
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
        "2 Konten heißen 'alder labs' (die Namen unterscheiden sich nur in Groß-/Kleinschreibung)"
        " — die Regel: keine zwei Konten tragen denselben Namen (ohne Groß-/Kleinschreibung)"
    ]


def _two_toms(db: Database) -> None:
    accounts.create_account(db, "Cedar Ltd")
    accounts.add_contact(db, "Cedar Ltd", "Tom Berger", phone="+41 44 668 18 00")
    accounts.add_contact(db, "Cedar Ltd", "Thomas Berger", phone="044 668 18 00")


def test_duplicate_reasons_read_in_the_language_they_are_read_in(db: Database) -> None:
    """The check stores the pair once (here in English); a German user reads its reasons in
    German, inner words included ("same phone", "names … alike", "short form")."""
    _two_toms(db)
    stored.check(db)
    i18n.set_language("de")
    (item,) = engine.suggest(db, on=DEMO_DAY, kinds=["duplicate"])
    assert "könnten eine Person sein" in item.reason
    assert "gleiche Telefonnummer +41 44 668 18 00" in item.reason
    assert "Tom ist eine Kurzform von Thomas" in item.reason
    for english in ("same phone", "alike", "short form"):
        assert english not in item.reason
    (pair,) = stored.review(db).pairs
    assert "gleiche Telefonnummer +41 44 668 18 00" in pair.reasons
    i18n.set_language("nl")
    (pair,) = stored.review(db).pairs
    assert "zelfde telefoonnummer +41 44 668 18 00" in pair.reasons


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

    for lang in ("nl", "de"):
        i18n.set_language(lang)
        for table in Base.metadata.tables:
            word = ops.row_word(table)
            assert word and word == i18n.pgettext("undo conflict", ops.ROW_WORDS.get(table, ""))


def test_the_import_summary_speaks_the_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "kontakte.csv"
    source.write_text("Vorname,Nachname,Firma\nAnna,Schmidt,Alder GmbH\n", encoding="utf-8")
    db = tmp_path / "de.sqlite"
    assert main(["--lang", "de", "--db", str(db), "import", str(source)]) == 0
    out = capsys.readouterr().out
    assert "1 angelegt" in out and "created" not in out, out

