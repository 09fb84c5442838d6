"""Render the app's screens to PNG: ``python -m ui.shell.screenshots OUTDIR [--dark]``.

Builds the 60-account demo business (as of today) in a temporary folder, opens the real
main window on it and saves: the main window, an account page, the Today inbox, the
dashboard, insights and the settings dialog (plus dark-theme versions of the inbox and
the dashboard). Preferences go to the temporary folder too, so the user's own settings
and data are never touched. Run it offscreen: ``QT_QPA_PLATFORM=offscreen``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

WIDTH, HEIGHT = 1440, 900


def _wait(app: object, done: Callable[[], bool], timeout_ms: int = 60_000) -> None:
    """Process events until ``done()`` (or fail after the timeout)."""
    from PySide6.QtCore import QDeadlineTimer, QEventLoop, QThread

    deadline = QDeadlineTimer(timeout_ms)
    while not done():
        if deadline.hasExpired():
            raise TimeoutError("the screen did not finish loading")
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)  # type: ignore[attr-defined]
        QThread.msleep(10)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ui.shell.screenshots", description=__doc__)
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--accounts", type=int, default=60)
    parser.add_argument(
        "--size", default=f"{WIDTH}x{HEIGHT}", help="window size, e.g. 1366x768 (a laptop)"
    )
    parser.add_argument(
        "--lang", help="the window's language (en, nl, de): files get the suffix -LANG"
    )
    parser.add_argument(
        "--only-main", action="store_true", help="only the main window and the Today inbox"
    )
    args = parser.parse_args(argv)
    width, height = (int(v) for v in args.size.lower().split("x"))
    outdir: Path = args.outdir
    outdir.mkdir(parents=True, exist_ok=True)

    work = Path(tempfile.mkdtemp(prefix="cot-screens-"))
    os.environ["XDG_DATA_HOME"] = str(work / "data")
    os.environ["XDG_CONFIG_HOME"] = str(work / "config")
    os.environ.pop("CIRCLESOFTRUST_DB", None)

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QDialog, QScrollArea

    from circlesoftrust.demo import generate_demo
    from circlesoftrust.services.accounts import list_accounts
    from circlesoftrust.storage import open_database
    from ui.common import theme
    from ui.shell.app import create_application

    app, watcher = create_application([sys.argv[0]])
    from ui.common import language

    language.install(args.lang or "en")
    suffix = f"-{args.lang}" if args.lang else ""
    if (width, height) != (WIDTH, HEIGHT):
        suffix += f"-{width}x{height}"
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work / "qs"))
    watcher.apply("light")

    path = work / "demo.sqlite"
    db = open_database(path)
    generate_demo(db, accounts=args.accounts, seed=7, today=dt.date.today())
    # The account shown: the inner ring's biggest account (a rich page).
    inner = [a for a in list_accounts(db) if a.ring_position == 0]
    featured = max(inner, key=lambda a: a.revenue_12m_cents).id if inner else None
    db.close()

    from ui.settings.settings_common import SettingsSnapshot, read_settings
    from ui.settings.settings_dialog import SettingsDialog
    from ui.shell.main_window import MainWindow

    window = MainWindow(str(path), theme_watcher=watcher, open_now=False)
    window.resize(width, height)
    window.show()
    ready: list[bool] = []
    window.ready.connect(lambda: ready.append(True))
    window.open(str(path))
    _wait(app, lambda: bool(ready))
    store = window.store
    _wait(app, lambda: getattr(store, "analysis_state", "done") not in ("idle", "loading", "kept"))

    def save(name: str, widget: object | None = None) -> None:
        app.processEvents()
        target = widget or window
        target.grab().save(str(outdir / f"{name}{suffix}.png"))  # type: ignore[attr-defined]
        print(outdir / f"{name}{suffix}.png")

    def show_lazy(index: int, key: str, signal: str | None) -> object:
        window.show_page(index)
        lazy = window.lazy[key]
        _wait(app, lambda: lazy.page is not None)
        page = lazy.page
        if signal is not None:
            flag: list[bool] = []
            getattr(page, signal).connect(lambda *_: flag.append(True))
            page.refresh()  # type: ignore[union-attr]
            _wait(app, lambda: bool(flag))
        return page

    window.show_page(0)
    save("main-window")

    def save_inbox() -> None:
        today = show_lazy(1, "today", "loaded")
        save("inbox")
        # The detail under the list keeps its room whatever the reason's length: the
        # longest reason selected (cut, whole in its tip), then the shortest.
        for name, pick in (("inbox-long-reason", max), ("inbox-short-reason", min)):
            select_by_reason(today, pick)
            save(name)

    if args.only_main:
        save_inbox()
        window.close()
        if window.db is not None:
            window.db.close()
        return 0
    if featured is not None:
        shown: list[int] = []
        window.account_page.loaded.connect(shown.append)
        window.open_account(featured)
        _wait(app, lambda: featured in shown)
        save("account-page")
        from ui.accounts.form_screens import save_form_screens

        save_form_screens(window, save)

    save_inbox()
    show_lazy(3, "insights", "refreshed")
    save("insights")
    show_lazy(4, "dashboard", "loaded")
    save("dashboard")

    assert window.db is not None
    sources: list[SettingsSnapshot] = []
    window.ops.run_query(read_settings, sources.append)
    _wait(app, lambda: bool(sources))
    dialog = SettingsDialog(window.ops, sources[0], window)
    dialog.resize(1000, 660)
    dialog.show()
    dialog.tabs.setCurrentWidget(dialog.scoring_page)
    previewed: list[bool] = []
    dialog.scoring_page.previewed.connect(lambda: previewed.append(True))
    dialog.scoring_page.set_value("weight_revenue", 0.45)
    _wait(app, lambda: bool(previewed))
    save("settings", dialog)
    dialog.tabs.setCurrentWidget(dialog.rings_page)
    save("settings-rings", dialog)
    # Removing a ring in use (issue 18.5): where its accounts go, and what it touches.
    dialog.rings_page.select(3)
    dialog.rings_page.remove_current()
    _wait(app, lambda: dialog.rings_page.removal_dialog is not None)
    removal = dialog.rings_page.removal_dialog
    save("settings-remove-ring", removal)
    QDialog.reject(removal)  # type: ignore[arg-type]
    # The advice rules in words (Settings → Rules, issue 11).
    dialog.tabs.setCurrentWidget(dialog.rules_page)
    words = dialog.rules_page.advice_words
    if words is not None:
        scroll = dialog.rules_page.findChild(QScrollArea)
        if scroll is not None:
            app.processEvents()
            scroll.ensureWidgetVisible(words, 0, 40)
            scroll.verticalScrollBar().setValue(scroll.verticalScrollBar().value() + 180)
    save("settings-rules", dialog)
    QDialog.reject(dialog)  # (its own reject would ask about the staged change)

    # The Move dialog with its pin period (issue 11).
    from ui.accounts.dialogs import MoveDialog

    if featured is not None and featured in store.rows:
        row = store.rows[featured]
        move = MoveDialog(
            lambda _v: None,  # type: ignore[arg-type, return-value]
            account_name=row.name,
            current=row.ring_position,
            target=min(row.ring_position + 1, len(store.rings) - 1),
            rings=store.rings,
            parent=window,
        )
        move.set_usual_pin(90)
        move.show()
        save("move-dialog", move)
        move.done(0)

    from ui.shell.screenshots_lists import save_lists_screens

    save_lists_screens(app, window, save, lambda done: _wait(app, done))

    from ui.capture.capture_screens import save_capture_screens

    save_capture_screens(app, window, work, save, lambda done: _wait(app, done))

    from ui.duplicates.review import DuplicatesReview

    window.review_duplicates()  # (a new book: the review runs the duplicate check itself)
    review = window.findChild(DuplicatesReview)
    assert isinstance(review, DuplicatesReview)
    _wait(app, lambda: bool(review.pairs()))
    review.resize(min(980, width - 80), min(600, height - 100))
    save("duplicates-review", review)
    rows = [i for i, p in enumerate(review.pairs()) if p.kind == "contact" and p.same_account]
    review.table.selectRow(rows[0] if rows else 0)
    merge = review.merge_current()
    assert merge is not None
    _wait(app, lambda: merge.preview is not None)
    save("duplicates-merge", merge)
    merge.reject()
    review.close()
    # The manual's week: a Dutch Outlook export imported (the preview), and the manual.
    from ui.shell.help import show_manual
    from ui.transfer.import_dialog import ImportDialog

    book = work / "Contactpersonen.csv"
    book.write_bytes(
        (
            "Voornaam,Achternaam,Bedrijf,Functie,E-mailadres,Mobiele telefoon\r\n"
            "Sanne,van Dijk,Bakkerij De Korenschoof,Directeur,sanne@korenschoof.example,"
            "06 12345678\r\n"
            "Joost,Smeets,Smeets & Zonen,Inkoper,joost@smeets-zonen.example,\r\n"
            "Quentin,Tanaka,Alder Legal AG,Owner,quentin.tanaka@alder-legal.example,\r\n"
            ",,,,info@groenrijk.example,\r\n"
        ).encode("cp1252")
    )
    importer = ImportDialog(window.ops, book, window)
    importer.resize(1000, 620)
    previewed_import: list[bool] = []
    importer.ready.connect(lambda: previewed_import.append(True))
    importer.show()
    importer.start()
    _wait(app, lambda: bool(previewed_import))
    save("import-preview", importer)
    importer.reject()
    manual = show_manual(window)
    if manual is not None:
        manual.resize(980, 700)
        save("manual", manual)
        manual.close()

    from ui.shell.team_screens import save_team_screens

    save_team_screens(app, window, work, save, lambda done: _wait(app, done))

    watcher.apply("dark")
    theme.icon.cache_clear()
    # (the dashboard as the window holds it now: the team screens reopen the database,
    # which makes the lazy pages anew; the one grabbed earlier never loads again)
    show_lazy(4, "dashboard", "loaded")
    save("dashboard-dark")
    show_lazy(1, "today", "loaded")
    save("inbox-dark")

    window.close()
    if window.db is not None:
        window.db.close()
    return 0


def select_by_reason(today: object, pick: Callable[..., object]) -> None:
    """Make current the suggestion of Today's inbox whose reason is the longest (``max``)
    or the shortest (``min``)."""
    from ui.today.inbox import InboxView

    assert isinstance(today, InboxView)
    model = today.model
    rows = [
        model.index(row, 0, model.index(g, 0))
        for g in range(model.rowCount())
        for row in range(model.rowCount(model.index(g, 0)))
    ]
    if rows:
        index = pick(rows, key=lambda i: len(getattr(model.suggestion_at(i), "reason", "")))
        today.tree.setCurrentIndex(index)  # type: ignore[arg-type]
        today.tree.scrollTo(index)  # type: ignore[arg-type]


if __name__ == "__main__":
    sys.exit(main())
