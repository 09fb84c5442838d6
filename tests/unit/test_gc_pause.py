"""The garbage-collector pause of the big passes nests, and always restores the collector."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from circlesoftrust.gc_pause import gc_paused


@pytest.fixture
def collector_on() -> Iterator[None]:
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


@pytest.mark.usefixtures("collector_on")
def test_the_collector_resumes_after_the_outermost_pause() -> None:
    with gc_paused():
        assert not gc.isenabled()
        with gc_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the outer pass is still running
    assert gc.isenabled()


@pytest.mark.usefixtures("collector_on")
def test_the_collector_resumes_after_an_error() -> None:
    with pytest.raises(RuntimeError), gc_paused():
        raise RuntimeError("boom")
    assert gc.isenabled()


@pytest.mark.usefixtures("collector_on")
def test_a_collector_switched_off_by_the_app_stays_off() -> None:
    """... and what the app set aside (the window freezes a big file's data) stays so."""
    gc.disable()
    set_aside = [[n] for n in range(100)]
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        with gc_paused():
            pass
        assert not gc.isenabled()
        assert gc.get_freeze_count() == frozen >= len(set_aside)
    finally:
        gc.unfreeze()


@pytest.mark.usefixtures("collector_on")
def test_the_pause_decorates_a_function() -> None:
    @gc_paused()
    def during() -> bool:
        return gc.isenabled()

    assert during() is False
    assert gc.isenabled()


@pytest.mark.usefixtures("collector_on")
def test_what_a_pass_made_is_not_walked_again_by_the_next_young_collection() -> None:
    """A pass's result (tens of thousands of records) goes to the oldest generation: the
    young collections that follow every few hundred allocations do not walk it."""
    with gc_paused():
        made = [[n] for n in range(1000)]  # lists: tracked by the collector
    assert gc.get_count()[0] < 100  # no pending young collection over the pass's objects
    oldest = {id(o) for o in gc.get_objects(generation=2)}
    assert all(id(item) in oldest for item in made)
    assert not any(item is made[0] for item in gc.get_objects(generation=0))
