"""Start the desktop app: ``circlesoftrust-app`` / ``python main.py [--db PATH_OR_URL] [--demo]``.

Sets up the QApplication (names for QSettings, Fusion style, a readable font, the light
or dark palette following the system or the user's choice, the app icon), shows the
window at once and opens the database in the background. Any error that escapes to the
event loop is shown in a dialog instead of killing the app with a traceback.

Start-up order (measured; see ``benchmarks/bench_startup.py``): before Qt is even
imported, a thread takes the *first look* at the database file (rings and account names,
standard library only: :mod:`circlesoftrust.first_look`); the window paints with it; the
real open — SQLAlchemy, the models, checks, upgrades — runs in the background and its
figures replace the look. Qt is imported inside the functions below so that the look
starts first.
"""

from __future__ import annotations

import argparse
import os
import sys
import threading
import traceback
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from circlesoftrust import __version__, i18n
from circlesoftrust.database_file import ENV_VAR, demo_db_path
from circlesoftrust.first_look import FirstLook, first_look
from circlesoftrust.i18n import N_, _

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from circlesoftrust.last_pass import LastPass
    from ui.common import theme
    from ui.shell.main_window import MainWindow

# The command line is read before Qt starts: its texts are the core's (gettext, `_`), in
# the language of --lang, else $CIRCLESOFTRUST_LANG or the system's (the Settings choice is
# read once Qt runs). pybabel reads this file too (`make translations`).
USAGE = N_("Circles of Trust: an account manager built on concentric trust rings.")


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        i18n.set_language(i18n.requested_language(args))
    except ValueError:  # --lang xx: said once the window starts; the help stays readable
        i18n.set_language(None)
    parser = argparse.ArgumentParser(prog="circlesoftrust-app", description=_(USAGE))
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        help=_(
            "SQLite file or SQLAlchemy URL (default: ${env_var}, else the user-data file)"
        ).format(env_var=ENV_VAR),
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help=_("open the example business (its own file; generated on first start)"),
    )
    parser.add_argument(
        "--theme", choices=("system", "light", "dark"), help=_("colour theme for this session")
    )
    parser.add_argument(
        "--reset-layout", action="store_true", help=_("forget window and column sizes")
    )
    parser.add_argument(
        "--lang",
        metavar="LANG",
        help=_(
            "language of the window: en, nl or de (default: the Settings choice, else the system's)"
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"%(prog)s {__version__}",
        help=_("print the version"),
    )
    parser.add_argument(
        "--install-desktop-entry",
        action="store_true",
        help=_("add Circles of Trust to this user's application menu (Linux) and exit"),
    )
    parser.add_argument(
        "--startup-check",
        action="store_true",
        help=_(
            "start, open the database, print what was found (version, icons, database) "
            "as JSON and exit: for installers and packaging tests"
        ),
    )
    known, _qt_args = parser.parse_known_args(argv)
    return known


def create_application(
    argv: Sequence[str] | None = None,
) -> tuple[QApplication, theme.ThemeWatcher]:
    """The QApplication with names, style, font, palette and icon (reused by tests)."""
    from PySide6.QtWidgets import QApplication

    from ui.common import theme
    from ui.shell import prefs

    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(list(argv) if argv is not None else sys.argv[:1])
    app.setOrganizationName(prefs.ORGANISATION)
    app.setApplicationName(prefs.APPLICATION)
    app.setApplicationDisplayName("Circles of Trust")
    app.setDesktopFileName("circlesoftrust")
    app.setStyle("Fusion")  # the same look everywhere; the palettes below are tuned for it
    theme.setup_font(app)
    watcher = theme.ThemeWatcher(app)
    app.setWindowIcon(theme.app_icon())
    return app, watcher


def _install_excepthook() -> None:
    """Show unexpected errors in a dialog (Qt would otherwise print and carry on)."""

    from PySide6.QtWidgets import QApplication

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        details = "".join(traceback.format_exception(kind, exc, tb))
        if sys.__stderr__ is not None:
            sys.__stderr__.write(details)
        if isinstance(exc, KeyboardInterrupt):
            QApplication.quit()
            return
        from ui.common.dialogs import show_error

        show_error(QApplication.activeWindow(), exc, details=details)

    sys.excepthook = hook


class FirstLookReader(threading.Thread):
    """Takes the first look at a database file while Qt loads (sqlite3 releases the GIL).

    An encrypted file (``locked``) is looked at with ``password``, else with the password
    this computer's keyring keeps for it (``password`` is then set when it opens the file).
    """

    def __init__(
        self, location: str | None, *, locked: Path | None = None, password: str | None = None
    ) -> None:
        super().__init__(name="first-look", daemon=True)
        self.location = location
        self.locked = locked
        self.password = password
        self.look: FirstLook | None = None
        self.looked = threading.Event()  # the look is taken (the kept pass may follow)
        # The last pass kept for the file (plain files only: an encrypted one has none).
        self.kept: LastPass | None = None

    def run(self) -> None:
        try:
            self._look()
        finally:
            self.looked.set()
        if self.locked is None and self.look is not None:
            # The last pass's scores and next actions, to show with the names (read
            # while the window is built; before, from the opened file: ≈ 1 s later).
            from circlesoftrust import last_pass

            self.kept = last_pass.load(str(self.look.path))

    def _look(self) -> None:
        if self.locked is None:
            self.look = first_look(self.location)
            return
        from circlesoftrust import encryption
        from circlesoftrust.cli.passwords import remembered
        from circlesoftrust.errors import CotError

        password = self.password or remembered(self.locked)
        try:
            if password and self.password is None:
                encryption.open_key(self.locked, password)  # a kept one may be outdated
            self.password = password
            if password:
                key = encryption.key_for_file(self.locked, password)
                self.look = first_look(self.location, key)
        except (CotError, OSError, ValueError):
            self.password = None  # asked for in the dialog

    def result(self) -> FirstLook | None:
        """The first look (waits for it; not for the kept pass read after it)."""
        self.looked.wait()
        return self.look

    def kept_pass(self) -> tuple[bool, LastPass | None]:
        """Whether reading is done, and the last pass kept for the looked-at file."""
        return not self.is_alive(), self.kept


def launch(argv: Sequence[str] | None = None) -> tuple[QApplication, MainWindow]:
    """Everything ``main`` does before the event loop; the window is built, not shown.

    The start-up benchmark runs exactly this (``benchmarks/bench_startup.py``).
    """
    args = parse_args(sys.argv[1:] if argv is None else argv)
    # --demo opens the example file (or fills --db with the example if that is empty).
    location = args.db if args.demo else args.db or os.environ.get(ENV_VAR) or None
    target = location or (str(demo_db_path()) if args.demo else None)
    locked = _locked_file(target)
    reader = FirstLookReader(target, locked=locked)
    reader.start()

    from ui.common import theme
    from ui.shell import prefs
    from ui.shell.collector import collect_on_ui_thread, hand_over_often

    app, watcher = create_application(sys.argv[:1] if argv is None else ["circlesoftrust-app"])
    from ui.common import language

    try:
        language.install(args.lang or prefs.get("language"))
    except ValueError as exc:  # --lang xx: say so, carry on in the system's language
        if sys.__stderr__ is not None:
            sys.__stderr__.write(f"circlesoftrust-app: --lang: {exc}\n")
        language.install(None)
    mode = args.theme or prefs.get("theme")
    watcher.apply(mode if mode in theme.THEMES else "system")
    if args.reset_layout:
        prefs.clear_state()
    _install_excepthook()
    collect_on_ui_thread(app)
    hand_over_often()

    from ui.shell.main_window import MainWindow  # after the palette, so icons take its colours

    password: str | None = None
    if locked is not None:
        # Encrypted: the password before the first look (the keyring's, else asked for).
        reader.join()
        password = reader.password
        if password is None:
            from ui.shell.unlock import ask_password

            password = ask_password(locked)
            if password is None:  # cancelled: the window opens with nothing open
                window = MainWindow(location, demo=args.demo, theme_watcher=watcher, open_now=False)
                window.show_locked(location, demo=args.demo)
                return app, window
            reader = FirstLookReader(target, locked=locked, password=password)
            reader.start()  # the key is stretched already (cached): the look is quick
    window = MainWindow(
        location,
        demo=args.demo,
        theme_watcher=watcher,
        first_look=reader.result,
        kept_pass=reader.kept_pass,
        password=password,
    )
    return app, window


def _locked_file(location: str | None) -> Path | None:
    """An encrypted file whose password the window must find (keyring or dialog)."""
    from circlesoftrust.encryption import PASSWORD_ENV_VAR, looks_encrypted
    from circlesoftrust.first_look import local_file

    path = local_file(location)
    if path is None or os.environ.get(PASSWORD_ENV_VAR):
        return None
    return path if looks_encrypted(path) else None


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    args = parse_args(args_list)
    if args.install_desktop_entry:
        from ui.shell import desktop_entry

        for path in desktop_entry.install():
            print(f"wrote {path}")
        return 0
    from ui.shell.qt_libraries import missing_xcb_message

    problem = missing_xcb_message(argv=args_list)
    if problem is not None:  # Qt would abort with a message that names other libraries
        print(problem, file=sys.stderr)
        return 1
    app, window = launch(argv)
    window.show()
    if args.startup_check:
        from ui.shell.startup_check import report_when_open

        report_when_open(window)
    return app.exec()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
