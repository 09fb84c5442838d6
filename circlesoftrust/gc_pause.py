"""A pause of the cyclic garbage collector for the big passes (engine and import)."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_gc_lock = threading.Lock()
_gc_pauses = 0
_gc_was_enabled = False


@contextmanager
def gc_paused() -> Iterator[None]:
    """Run a big pass without the cyclic garbage collector; it resumes afterwards.

    A pass over 100,000 accounts allocates hundreds of thousands of tuples, dicts and
    records, none of them in a reference cycle (reference counting frees them); the
    collector, started every 700 allocations, walks the growing heap again and again:
    0.25 s of a 2.1 s suggestion pass (measured on ``benchmarks/bench_engine.py``).
    Pauses nest and may overlap between threads: the collector resumes when the last one
    ends, and only if it was on before the first. Usable as a decorator too.

    What the pass made and still holds (the inbox of ~86,000 suggestions, the facts) is
    then moved to the oldest generation at once, without a walk (``freeze`` then
    ``unfreeze``, two list splices). Left in the youngest generation, the first allocation
    after the pause would walk all of it: 0.06 s of a new day's 1.1 s pass at 100,000
    accounts (sampled with py-spy), paid at the end of every pass. Cycles among those
    objects are still found, by the next full collection. Where the app switched the
    collector off (the window: ``ui/shell/collector.py`` collects on a timer and sets a
    big file's data aside with ``gc.freeze``), the pause neither resumes it nor touches
    what was set aside.
    """
    global _gc_pauses, _gc_was_enabled
    with _gc_lock:
        if _gc_pauses == 0:
            _gc_was_enabled = gc.isenabled()
            gc.disable()
        _gc_pauses += 1
    try:
        yield
    finally:
        with _gc_lock:
            _gc_pauses -= 1
            if _gc_pauses == 0 and _gc_was_enabled:
                gc.freeze()  # every tracked object to the permanent generation ...
                gc.unfreeze()  # ... and from there to the oldest one
                gc.enable()
