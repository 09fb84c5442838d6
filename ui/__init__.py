"""The Circles of Trust desktop app: a thin PySide6 shell over ``circlesoftrust``.

Widgets never open a Session or write SQL; they call the service functions, which run
one short transaction each and return frozen dataclasses. Slow work (opening or scoring a
big database, generating the example business) runs on ``ui.common.workers`` off the UI thread.

Module map (one per feature area):

- ``app``: QApplication set-up, the first look at the file and ``main()``; ``lazy``:
  services imported on first use (nothing before the first paint loads SQLAlchemy);
  ``theme``: palettes and SVG icons;
  ``prefs``: user preferences and UI state in QSettings, each declared once.
- ``main_window``: the shell; ``actions``: the action registry that fills its menus;
  ``database_loader``: opening a database (and the example business) in the background.
- ``account_store``: the account list, scores and search index shared by the views.
- ``ring_view``, ``accounts_table`` (+ its model, ``accounts_model``), ``account_page``
  (+ ``account_sections``),
  ``people_view``: the main screens; ``dialogs`` and ``undo``: edits and their undo.
- ``backend``: the one door to optional services (trust engine, perks, insights, tasks)
  that degrades gracefully while they are missing.
- Written by the second UI engineer and loaded lazily: ``inbox``, ``insights_view``,
  ``dashboard``, ``settings_dialog``; by the import/export engineer: ``io_actions``.
"""
