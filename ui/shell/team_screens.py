"""Screenshots of the team and encryption screens (``ui.shell.screenshots`` calls this):

- ``conflict-dialog``: a save refused because someone else changed the account meanwhile;
- ``conflict-reloaded``: the form after "Reload and re-apply my changes";
- ``settings-conflict`` / ``settings-conflict-reloaded``: the same for Settings, with a
  clash (both changed one ring's description) shown;
- ``who-are-you``: a shared PostgreSQL database asks who is working (once per computer);
- ``settings-team``: Settings → Team, with Work as;
- ``password-dialog``: the password asked for at start-up, after a wrong try;
- ``encrypt-dialog``: File → Encryption → Encrypt Database… with the no-recovery warning;
- ``encrypted-window``: the window after the real conversion, reopened on the encrypted file;
- ``locked-window``: an encrypted file whose password was not given.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog

from ui.shell.main_window import MainWindow


def save_team_screens(
    app: Any,
    window: MainWindow,
    work: Path,
    save: Callable[[str, object | None], None],
    wait: Callable[[Callable[[], bool]], None],
) -> None:
    from circlesoftrust.services.accounts import AccountInfo, get_account
    from circlesoftrust.team import StaleEditError
    from ui.accounts.account_actions import account_values
    from ui.accounts.dialogs import AccountDialog
    from ui.common import conflicts
    from ui.shell.unlock import NewPasswordDialog, PasswordDialog

    window.show_page(0)
    account_id = window.current_account() or window.store.order[0]
    found: list[AccountInfo] = []
    window.ops.run_query(lambda db: get_account(db, account_id), found.append)
    wait(lambda: bool(found))
    info = found[0]

    # The form the user was editing, refused: who changed what and when.
    form = AccountDialog(lambda _v: None, account=info, parent=window)  # type: ignore[arg-type,return-value]
    form.show()
    form.shown = form.values()
    form.fields["website"].setText("https://www.example.com/partners")  # type: ignore[attr-defined]
    at = dt.datetime.now().replace(second=0, microsecond=0) - dt.timedelta(minutes=4)
    exc = StaleEditError(
        info.name, version=info.version + 1, by="Bob Baker", at=at,
        what=f"{info.name}: notes, tags changed",
    )  # fmt: skip
    box = conflicts.ConflictDialog(
        exc, [form.caption(k) for k in conflicts.changed_fields(form)], form
    )
    box.show()
    save("conflict-dialog", box)
    box.close()
    fresh = {**account_values(info), "notes": "Bob: met their new buyer at the fair.",
             "tags": ", ".join((*info.tags, "fair"))}  # fmt: skip
    mine = conflicts.changed_fields(form)
    form.fill(fresh)
    form.fill(mine)
    form.show_problem(
        "Reloaded with the changes of Bob Baker; yours are applied on top. Check and save.",
        note=True,
    )
    save("conflict-reloaded", form)
    form.reject()

    _settings_conflict(window, save, wait)
    _who_are_you(window, save)

    # Start-up: the password before anything of the file shows.
    locked = work / "clients.sqlite"
    asked = PasswordDialog(
        locked, parent=window, note="Wrong password — try again (the file is unchanged)."
    )
    asked.field.setText("••••••••")
    asked.show()
    save("password-dialog", asked)
    asked.reject()

    # File → Encryption → Encrypt Database…, then the real conversion and the reopen.
    db = window.db
    assert db is not None and db.path is not None
    path = db.path
    choose: list[bool] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, NewPasswordDialog):
            QTimer.singleShot(20, answer)
            return
        dialog.field.setText("correct horse battery staple")
        dialog.repeat.setText("correct horse battery staple")
        save("encrypt-dialog", dialog)
        choose.append(True)
        dialog.buttons.accepted.emit()

    QTimer.singleShot(0, answer)
    converted: list[object] = []
    window.encryption.converted.connect(converted.append)
    window.encryption.failed.connect(converted.append)
    loaded: list[bool] = []
    window.store.loaded.connect(lambda: loaded.append(True))
    window.commands["encrypt_database"].trigger()
    wait(lambda: bool(converted) and bool(loaded))
    wait(lambda: window.store.analysis_state not in ("idle", "loading", "kept"))
    save("encrypted-window", None)

    # An encrypted file whose password was not given.
    window.show_locked(str(path))
    save("locked-window", None)
    window.content.setCurrentIndex(0)


def _who_are_you(window: MainWindow, save: Callable[[str, object | None], None]) -> None:
    """The question on a shared PostgreSQL database (one role for the team)."""
    from circlesoftrust.team import TeamChoice, UserInfo
    from ui.shell.team_user import WhoAreYouDialog

    team = (UserInfo(1, "anna", "Anna Schmidt"), UserInfo(2, "bob", "Bob Baker"))
    dialog = WhoAreYouDialog(TeamChoice(team, "sales"), "sales@db.example.com:5432/clients", window)
    dialog.show()
    save("who-are-you", dialog)
    dialog.hide()
    dialog.deleteLater()


def _settings_conflict(
    window: MainWindow,
    save: Callable[[str, object | None], None],
    wait: Callable[[Callable[[], bool]], None],
) -> None:
    """Settings saved while Bob changed them: reloaded, the user's changes on top."""
    import threading

    from circlesoftrust.engine_settings import update_settings
    from circlesoftrust.services.rings import list_rings, update_ring
    from circlesoftrust.storage import open_database
    from ui.common import conflicts
    from ui.settings.settings_common import SettingsSnapshot, read_settings
    from ui.settings.settings_dialog import SettingsDialog

    sources: list[SettingsSnapshot] = []
    window.ops.run_query(read_settings, sources.append)
    wait(lambda: bool(sources))
    dialog = SettingsDialog(window.ops, sources[0], window)
    dialog.show()
    page = dialog.rings_page
    page.select(1)
    page.cadence_spin.setValue(21)
    page.select(2)
    page.description_edit.setText("First purchase this year")
    page.description_edit.textEdited.emit("First purchase this year")
    assert window.db is not None

    def bob() -> None:
        db = open_database(window.db.url, user="bob")  # type: ignore[union-attr]
        try:
            rings = list_rings(db)
            update_ring(db, rings[0].position, name="Inner circle (VIP)")
            update_ring(db, rings[2].position, description="Bought in the last 12 months")
            update_settings(db, {"hysteresis_points": 6})
        finally:
            db.close()

    thread = threading.Thread(target=bob)
    thread.start()
    thread.join()
    conflicts.answer = lambda box: save("settings-conflict", box) or box.RELOAD  # type: ignore[func-returns-value]
    reloaded: list[bool] = []
    dialog.reloaded.connect(lambda: reloaded.append(True))
    try:
        dialog.save()
        wait(lambda: bool(reloaded))
    finally:
        conflicts.answer = None
    page.select(1)
    save("settings-conflict-reloaded", dialog)
    dialog.tabs.setCurrentWidget(dialog.team_page)
    save("settings-team", dialog)
    QDialog.reject(dialog)
    dialog.deleteLater()


def main(argv: list[str] | None = None) -> int:
    """``python -m ui.shell.team_screens OUTDIR [--size 1366x768]``: only these screens."""
    import argparse
    import os
    import sys
    import tempfile

    parser = argparse.ArgumentParser(prog="python -m ui.shell.team_screens")
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--size", default="1440x900")
    args = parser.parse_args(argv)
    width, height = (int(v) for v in args.size.lower().split("x"))
    suffix = "" if (width, height) == (1440, 900) else f"-{width}x{height}"
    outdir: Path = args.outdir
    outdir.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="cot-team-screens-"))
    os.environ["XDG_DATA_HOME"] = str(work / "data")
    os.environ["XDG_CONFIG_HOME"] = str(work / "config")
    os.environ["XDG_CACHE_HOME"] = str(work / "cache")
    for name in ("CIRCLESOFTRUST_DB", "CIRCLESOFTRUST_PASSWORD"):
        os.environ.pop(name, None)

    from PySide6.QtCore import QSettings

    from circlesoftrust.demo import generate_demo
    from circlesoftrust.storage import open_database
    from ui.shell.app import create_application
    from ui.shell.screenshots import _wait

    app, watcher = create_application([sys.argv[0]])
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work / "qs"))
    watcher.apply("light")
    path = work / "clients.sqlite"
    db = open_database(path)
    generate_demo(db, accounts=60, seed=7, today=dt.date.today())
    db.close()
    window = MainWindow(str(path), theme_watcher=watcher, open_now=False)
    window.resize(width, height)
    window.show()
    ready: list[bool] = []
    window.ready.connect(lambda: ready.append(True))
    window.open(str(path))
    _wait(app, lambda: bool(ready))
    _wait(app, lambda: window.store.analysis_state not in ("idle", "loading", "kept"))
    window.open_account(window.store.order[0])

    def save(name: str, widget: object | None = None) -> None:
        app.processEvents()
        target = widget or window
        file = outdir / f"{name}{suffix}.png"
        target.grab().save(str(file))  # type: ignore[attr-defined]
        print(file)

    save_team_screens(app, window, work, save, lambda done: _wait(app, done))
    window.close()
    return 0


if __name__ == "__main__":
    import sys

    sys.exit(main())
