"""Engine settings: declared once with type and default, stored as JSON in `settings`."""

from __future__ import annotations

import dataclasses

import pytest
from sqlalchemy import select

import circlesoftrust.engine_settings as es
from circlesoftrust.errors import ValidationError
from circlesoftrust.models import Setting
from circlesoftrust.storage import Database

pytestmark = pytest.mark.pg  # also on PostgreSQL when CIRCLESOFTRUST_TEST_PG_URL is set


def stored(db: Database) -> dict[str, str]:
    with db.transaction() as session:
        return dict(session.execute(select(Setting.key, Setting.value)).all())


def test_defaults_without_anything_stored(db: Database) -> None:
    assert es.get_settings(db) == es.EngineSettings()
    assert not {k for k in stored(db) if k.startswith("engine.")}


def test_saved_values_round_trip_and_defaults_are_not_stored(db: Database) -> None:
    saved = es.save_settings(db, hysteresis_points=7.5, satisfaction_after_days="30")
    assert saved.hysteresis_points == 7.5 and saved.satisfaction_after_days == 30
    assert es.get_settings(db) == saved
    assert stored(db)["engine.hysteresis_points"] == "7.5"
    es.save_settings(db, hysteresis_points=5.0)
    assert "engine.hysteresis_points" not in stored(db)
    whole = dataclasses.replace(es.get_settings(db), weight_friction=0.1)
    assert es.save_settings(db, whole).weight_friction == 0.1


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"hysteresis_points": 31}, "hysteresis_points"),
        ({"satisfaction_after_days": 2.5}, "satisfaction_after_days"),
        ({"weight_revenue": "lots"}, "weight_revenue"),
        ({"charm": 1}, "charm"),
        (
            {
                "weight_revenue": 0,
                "weight_loyalty": 0,
                "weight_engagement": 0,
                "weight_advocacy": 0,
            },
            "weight",
        ),
        ({"stage_building_two_way": 9}, "stage_building_two_way"),
    ],
)
def test_bad_values_are_refused_naming_the_setting(
    db: Database, changes: dict[str, object], field: str
) -> None:
    with pytest.raises(ValidationError) as info:
        es.update_settings(db, changes)
    assert info.value.field == field
    assert es.get_settings(db) == es.EngineSettings()


def test_a_broken_stored_value_reads_as_the_default(db: Database) -> None:
    with db.transaction() as session:
        session.add(Setting(key="engine.hysteresis_points", value="not json"))
        session.add(Setting(key="engine.renewal_within_days", value="9999"))
    assert es.get_settings(db) == es.EngineSettings()


def test_reset_and_specs(db: Database) -> None:
    es.save_settings(db, hysteresis_points=9, renewal_within_days=30)
    assert es.reset_settings(db, ("hysteresis_points",)).renewal_within_days == 30
    assert es.reset_settings(db) == es.EngineSettings()
    specs = {s.name: s for s in es.specs()}
    assert specs["weight_revenue"].default == 0.3 and specs["weight_revenue"].type == "float"
    assert specs["perk_grant_days"].type == "int" and specs["perk_grant_days"].label
    with pytest.raises(ValidationError):
        es.reset_settings(db, ("charm",))
