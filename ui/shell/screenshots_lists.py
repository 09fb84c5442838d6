"""Issue 18's list screens for ``ui.shell.screenshots``: quick capture (a clear line and an
unclear one), People (everyone, with e-mail and phone) and the Archived view, on the demo.

The Today inbox (with its tasks pane) and Settings (with the accounts the what-if would
move) are saved by the main script.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ui.shell.main_window import MainWindow


def save_lists_screens(
    app: Any,
    window: MainWindow,
    save: Callable[..., None],
    wait: Callable[[Callable[[], bool]], None],
) -> None:
    from circlesoftrust.storage import Database
    from ui.accounts.archived_dialog import show_archived
    from ui.people.people_view import EVERYONE

    # A real account and person of the demo, so the line reads as a user would type it.
    found: list[tuple[str, str]] = []

    def read(db: Database) -> tuple[str, str]:
        from circlesoftrust.services.accounts import list_accounts, list_contacts

        for account in sorted(list_accounts(db), key=lambda a: a.id):
            contacts = list_contacts(db, account.id)
            if contacts:
                return account.name, contacts[0].name
        raise LookupError("the demo has no account with a contact")

    window.ops.run_query(read, found.append)
    wait(lambda: bool(found))
    account, person = found[0]
    short = " ".join(account.split()[:2])

    window.show_page(0)
    dialog = window.quick_capture.open()
    understood: list[object] = []
    dialog.understood.connect(understood.append)
    dialog.line.setText(f"{short}: call with {person} yesterday, renewal talk")
    dialog.read_now()
    wait(lambda: bool(understood))
    save("quick-capture", dialog)
    understood.clear()
    dialog.line.setText(f"{short.split()[0]}: purchase 500")
    dialog.read_now()
    wait(lambda: bool(understood))
    save("quick-capture-question", dialog)
    dialog.close()

    people = window.people_view
    window.show_page(2)
    loaded: list[bool] = []
    people.loaded.connect(lambda: loaded.append(True))
    people.set_mode(EVERYONE)
    wait(lambda: bool(loaded))
    save("people")

    # One account archived (on the temporary demo) so the view shows a row.
    archived: list[object] = []

    def archive(db: Database) -> object:
        from circlesoftrust.services.accounts import archive_account

        return archive_account(db, account)

    window.ops.run_op("Archive for the screenshot", archive, archived.append)
    wait(lambda: bool(archived))
    view = show_archived(window, window.ops, window.say)
    wait(lambda: view.model.rowCount() > 0)
    save("archived", view)
    view.close()
    window.show_page(0)
