"""Opening a database off the UI thread, and creating the example business in it.

``open_task(workers, location, demo=...)`` opens (creating or upgrading) the database in
the background; with ``demo`` it also fills an empty file with the 60-account example,
reporting each step and stopping cleanly on Cancel (the generator's transaction is rolled
back, the file stays empty). The result is an :class:`Opened`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from circlesoftrust.database_file import demo_db_path, demo_db_paths
from circlesoftrust.errors import ConflictError, CotError
from ui.common import file_pickers
from ui.common.language import QT_TRANSLATE_NOOP
from ui.common.workers import BackgroundTask, Job, Workers
from ui.shell import prefs

if TYPE_CHECKING:
    from circlesoftrust.storage import Database

DEMO_STEPS = (  # (the demo's progress steps; shown translated)
    QT_TRANSLATE_NOOP("database_loader", "accounts"),
    QT_TRANSLATE_NOOP("database_loader", "contacts"),
    QT_TRANSLATE_NOOP("database_loader", "touchpoints"),
    QT_TRANSLATE_NOOP("database_loader", "revenue"),
    QT_TRANSLATE_NOOP("database_loader", "referrals, feedback, complaints"),
    QT_TRANSLATE_NOOP("database_loader", "perks, insights, tasks"),
)


@dataclass(frozen=True)
class Opened:
    db: Database
    location: str
    is_demo: bool
    generated: bool
    password: str | None = None  # (an encrypted file's, when the window was given it)


def demo_location() -> str:
    return str(demo_db_path())


def describe(location: str | None) -> str:
    if not location:
        return QCoreApplication.translate("DatabaseLoader", "your database")
    if "://" in location:
        return location.split("@")[-1]
    return Path(location).name


def open_task(
    workers: Workers, location: str | None, *, demo: bool = False, password: str | None = None
) -> BackgroundTask:
    """Open ``location`` in the background (None: the user's default, or with ``demo`` the
    example file); with ``demo`` an empty database is filled with the example business.
    ``password`` opens an encrypted file."""
    target = location or (demo_location() if demo else None)

    def work(job: Job) -> Opened:
        # Imported here, off the UI thread: SQLAlchemy and the models load while the
        # window already shows the first look (see circlesoftrust.first_look).
        from circlesoftrust.storage import open_database

        job.progress(
            QCoreApplication.translate("database_loader", "Opening {describe}…").format(
                describe=describe(target)
            )
        )
        db = open_database(target, password=password)
        generated = False
        try:
            if demo:
                generated = _fill_demo(db, job)
            from circlesoftrust.currency import use_database_currency

            use_database_currency(db)  # money shows this database's currency from now on
        except BaseException:
            db.close()
            raise
        return Opened(db, db.display_name(), demo, generated, password)

    title = (
        QCoreApplication.translate("database_loader", "Preparing the example business")
        if demo
        else QCoreApplication.translate("database_loader", "Opening {name}").format(
            name=describe(target)
        )
    )
    return workers.start(work, title=title, cancellable=True)


def daily_backup_task(workers: Workers, path: Path) -> BackgroundTask:
    """The first start of a day keeps a rotated backup copy, in the background once the
    accounts are on screen (copying a big file must not delay the first paint)."""
    from circlesoftrust.backup import daily_backup_if_due

    def work(job: Job) -> Path | None:
        try:
            return daily_backup_if_due(path)
        except (OSError, CotError) as exc:  # a full disk must not stop the user's work
            logging.getLogger(__name__).warning("daily backup failed: %s", exc)
            return None

    return workers.start(work, title="")


def _fill_demo(db: Database, job: Job) -> bool:
    """Generate the example if the file is empty; False when it already holds data."""
    from circlesoftrust.demo import DEFAULT_ACCOUNTS, generate_demo

    def step(name: str) -> None:
        done = DEMO_STEPS.index(name) if name in DEMO_STEPS else 0
        job.progress(
            QCoreApplication.translate(
                "database_loader", "Creating the example business: {name}…"
            ).format(name=QCoreApplication.translate("database_loader", name)),
            done + 1,
            len(DEMO_STEPS) + 1,
        )

    try:
        generate_demo(db, accounts=DEFAULT_ACCOUNTS, progress=step)
    except ConflictError:
        return False  # already has accounts: just open it
    return True


# --- choosing a file ------------------------------------------------------------------------

FILE_FILTER = QT_TRANSLATE_NOOP(
    "DatabaseLoader", "Circles of Trust database (*.sqlite *.db);;All files (*)"
)


def ask_open_path(parent: QWidget, current: str | None) -> str | None:
    start = str(Path(current).parent) if current and "://" not in current else ""
    return file_pickers.open_file_name(
        parent,
        QCoreApplication.translate("DatabaseLoader", "Open database"),
        start,
        QCoreApplication.translate("DatabaseLoader", FILE_FILTER),
    )


def ask_new_path(parent: QWidget) -> str | None:
    """A new, empty file to create (an existing one is not overwritten)."""
    path = file_pickers.save_file_name(
        parent,
        QCoreApplication.translate("DatabaseLoader", "New database"),
        QCoreApplication.translate("DatabaseLoader", "clients.sqlite"),
        QCoreApplication.translate("DatabaseLoader", FILE_FILTER),
        confirm_overwrite=False,
    )
    if not path:
        return None
    if not Path(path).suffix:
        path += ".sqlite"
    if Path(path).exists() and Path(path).stat().st_size > 0:
        QMessageBox.information(
            parent,
            QCoreApplication.translate("database_loader", "New database"),
            QCoreApplication.translate(
                "database_loader", "{name} already exists. Use File → Open Database… to open it."
            ).format(name=Path(path).name),
        )
        return None
    return path


def fill_recent_menu(menu: QMenu, open_fn: Callable[..., object]) -> None:
    """File → Open Recent, newest first; the example business is named as such."""
    menu.clear()
    for location in prefs.get("recent_databases"):
        is_demo = location in {str(p) for p in demo_db_paths()}
        action = menu.addAction(
            QCoreApplication.translate("database_loader", "Example business")
            if is_demo
            else describe(location)
        )
        action.setToolTip(location)
        action.setStatusTip(location)
        action.triggered.connect(lambda _=False, loc=location, d=is_demo: open_fn(loc, demo=d))
    if not menu.actions():
        menu.addAction(
            QCoreApplication.translate("database_loader", "No recent databases")
        ).setEnabled(False)
