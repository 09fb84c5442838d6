"""Python's cycle collector in the window: on the UI thread only, and kept off the big,
long-lived data of a big file.

* **Only on the UI thread.** The collector runs in whichever thread allocates, and
  freeing a Qt object in a pool thread crashes. Automatic collection is off; a timer
  collects on the UI thread every few seconds (as Anki does).
* **Not over what a big file's pass brought.** At 100,000 accounts a pass brings
  ≈ 250,000 objects the collector tracks (named tuples stay tracked for good) and the
  window holds ≈ 580,000 in all. Each timed collection walked them all: ≈ 230 ms of the
  UI thread every 5 s, 0.4–1 s on a busy machine (measured). Once a big pass has been
  read (and once a big file's accounts are), what is alive is moved out of the
  collector's sight (:func:`set_aside`, ``gc.freeze``): later collections walk only what
  was made since. Objects set aside are still freed as soon as nothing refers to them
  (reference counting: the pass a new one replaces goes as before). Only reference
  cycles among them that are, or later become, garbage wait until the database is closed
  (:func:`thaw`), when the next collection walks everything once more.

Below :data:`SET_ASIDE_FROM` accounts nothing is set aside: collecting everything is
brief there. A timed collection that comes while a pass's answer is being read (many
objects made since the last one) waits for the next turn, once: it walked the answer
read so far, ≈ 35 ms of the UI thread (measured).

:func:`hand_over_often` also makes the interpreter's threads take turns every
millisecond (:data:`SWITCH_INTERVAL_S`) instead of every 5: while workers read or free
in Python, the UI thread waited up to 5 ms for its turn on each call into Python (a
paint makes hundreds), and short stalls grew to 50–130 ms (measured).
"""

from __future__ import annotations

import gc
import sys

from PySide6.QtCore import QObject, QTimer

#: The UI thread collects this often.
COLLECT_EVERY_MS = 5000

#: From this many accounts, a pass's answer and the accounts read are set aside (the
#: same size from which the pass runs in a child process: ``store_pass``).
SET_ASIDE_FROM = 3000

#: More objects than this made since the last collection: a pass's answer is arriving.
ARRIVING = 50_000

#: How long a thread runs Python before it hands the interpreter over, when another
#: thread waits for it.
SWITCH_INTERVAL_S = 0.001

_TIMER = "collect-garbage-on-the-ui-thread"
_waited = False


def collect_on_ui_thread(parent: QObject, interval_ms: int = COLLECT_EVERY_MS) -> QTimer:
    """Switch automatic collection off and collect on a timer of ``parent``'s thread (the
    UI thread); once per application, however often it is asked."""
    gc.disable()
    existing = parent.findChild(QTimer, _TIMER)
    if existing is not None:
        return existing
    timer = QTimer(parent)
    timer.setObjectName(_TIMER)
    timer.setInterval(interval_ms)
    timer.timeout.connect(collect)
    timer.start()
    return timer


def collect() -> None:
    """The timed collection (see the module's doc): put off once while an answer arrives."""
    global _waited
    if gc.get_count()[0] > ARRIVING and not _waited:
        _waited = True
        return
    _waited = False
    gc.collect()


def hand_over_often() -> None:
    """Threads take turns with the interpreter every :data:`SWITCH_INTERVAL_S`."""
    sys.setswitchinterval(SWITCH_INTERVAL_S)


def set_aside(accounts: int) -> bool:
    """Move everything alive now out of the collector's sight when the file has at least
    :data:`SET_ASIDE_FROM` accounts (any thread; it takes no time). True if it did."""
    if accounts < SET_ASIDE_FROM:
        return False
    gc.freeze()
    return True


def thaw() -> None:
    """Let the collector see everything again (the database was closed or replaced: the
    next collection finds the cycles of what it held)."""
    gc.unfreeze()
