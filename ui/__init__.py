"""The Circles of Trust desktop app: a thin PySide6 shell over ``circlesoftrust``.

Widgets never open a Session or write SQL. Every read and write goes through one door,
``ui.operations.Operations`` (``run_query`` / ``run_op``): the call runs off the UI thread
on the app's one task manager, writes land on the window's one undo history, and one
``changed(Changes, initiator)`` signal tells every view what to refresh.

Feature folders:

- ``shell``: the app's start, the main window, its actions, navigation, preferences and
  the database it has open.
- ``accounts``: the ring view, the accounts table, the account page and their dialogs,
  over ``account_store`` (the account list, scores and search index the views share).
- ``today``: the suggestion inbox. ``people``: the people to stay close to.
- ``insights``: writing, publishing and following insights. ``dashboard``: KPIs and
  charts. ``settings``: rings, perks, checklists and the score's rules.
- ``transfer``: import, export, backup and the meeting brief.
- ``common``: widgets, theme, background workers and dialogs shared by the others.
"""
