"""The trust engine: scores, people, placement, suggestions and KPIs (no Qt, no UI state).

Public API (stable; every function opens its own transaction and returns frozen records
with ids, never live ORM rows):

* :mod:`.scoring` — ``score_all(db, on=None) -> dict[int, AccountScore]``,
  ``score_account(db, account, on=None) -> AccountScore``, ``score_table(db, on=None)``
  (numbers only, fast). ``AccountScore`` has ``account_id``, ``account_name``, ``score``
  (0-100), ``components`` (``ScoreComponent(name, weight, value 0..1, points,
  explanation)``), ``current_ring_position`` / ``current_ring_name``,
  ``target_ring_position`` / ``target_ring_name``, ``is_customer``, ``pinned`` and
  ``placement`` (the placement rule in words).
* :mod:`.analysis` — ``analyse(db, on=None) -> Analysis``: every score (numbers) and the
  visible inbox from one read of the facts; ``Analysis.explain(account_id)`` gives the
  explained ``AccountScore`` on demand (what the desktop app loads after opening a file).
* :mod:`.people` — ``top_people(db, n=20, on=None) -> list[PersonRank]``,
  ``buying_group(db, account, on=None) -> BuyingGroup`` (contacts with role, stage, last
  touch; coverage per stage; single-thread risk; journey phase), ``journey_phase``,
  ``sync_journey_phases`` (stores derived phases on the accounts).
* :mod:`.what_if` — ``what_if(db, weights=None, thresholds=None, on=None) -> WhatIf``.
* :mod:`.suggestions` — ``suggest(db, on=None, kinds=None) -> list[Suggestion]``,
  ``snooze(db, id, until)``, ``dismiss(db, id)``, ``clear_decision(db, id)``,
  ``find_suggestion(db, id, on=None)``.
* :mod:`.accepting` — ``accept(db, suggestion_id, on=None, ...) -> AcceptResult``
  (``summary`` says what it did), ``undo_accept(db, result)``.
* :mod:`.kpis` — ``kpis(db, start=None, end=None) -> Kpis`` (overall, per ring, Pareto
  check, monthly series).
* :mod:`circlesoftrust.engine_settings` (below the services, which read it too) —
  ``get_settings(db)``, ``save_settings(db, settings=None, **changes)``,
  ``update_settings(db, changes)``, ``reset_settings(db, names=None)``, ``specs()``.

Conventions of this API:

* Every function also accepts ``on`` as ISO text (like the services); ``what_if`` and
  ``kpis`` take an ``on`` / ``start``/``end`` too, so tests and the CLI can fix the day.
* ``snooze`` and ``dismiss`` take ``on=`` (the day the suggestion is looked up on) and
  return a ``DecisionInfo``; ``accept`` takes keyword options (``note``, ``touch_kind``,
  ``direction``, ``nps``, ``resolution``) that matter for some kinds.
* ``AccountScore`` carries ``account_name`` and ``on``; ``move`` is a derived property.

Services the engine owns next to it: :mod:`circlesoftrust.services.perks`,
:mod:`circlesoftrust.services.insights`, :mod:`circlesoftrust.services.tasks`.
How it stays fast on 100,000 accounts: :mod:`.facts` (a few aggregate queries over
covering indexes, rows kept as plain tuples) and ``benchmarks/bench_engine.py``.
"""
