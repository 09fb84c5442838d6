"""The main window's actions, declared once: text, shortcut, icon, tip, menu.

``build_actions(window, handlers)`` turns ``SPECS`` into QActions and connects each to
the handler of the same key; ``build_menus(menubar, actions, extra)`` lays them out in
the order of ``MENUS``. Adding a command means one line here and one handler — the
window's constructor does not grow. Undo / Redo come from the QUndoStack and are passed
in as ready-made actions; the import/export actions (``ui.transfer.io_actions``) are slotted in
at the "@io…" markers when that module is present.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QMenuBar, QToolBar, QWidget
from shiboken6 import isValid

from ui.common import theme
from ui.common.language import QT_TRANSLATE_NOOP
from ui.operations import Operations

Key = QKeySequence.StandardKey


# Texts built here rather than in SPECS, declared for lupdate.
_DECLARED = (
    QT_TRANSLATE_NOOP("Actions", "&Undo"),
    QT_TRANSLATE_NOOP("Actions", "&Redo"),
    QT_TRANSLATE_NOOP("Actions", "&Undo {what}"),
    QT_TRANSLATE_NOOP("Actions", "&Redo {what}"),
    QT_TRANSLATE_NOOP("Actions", "menu"),
)


def _t(text: str) -> str:
    """An action's or menu's text in the user's language (declared with QT_TRANSLATE_NOOP)."""
    return QCoreApplication.translate("Actions", text) if text else text


@dataclass(frozen=True)
class ActionSpec:
    key: str
    text: str
    shortcut: str | QKeySequence.StandardKey | tuple[str | QKeySequence.StandardKey, ...] | None = (
        None
    )
    icon: str | None = None
    tip: str = ""
    checkable: bool = False
    role: QAction.MenuRole = QAction.MenuRole.NoRole


SPECS: tuple[ActionSpec, ...] = (
    # File
    ActionSpec(
        "new_database",
        QT_TRANSLATE_NOOP("Actions", "&New Database…"),
        "Ctrl+Shift+N",
        "new-database",
        QT_TRANSLATE_NOOP("Actions", "Create an empty database file and open it"),
    ),
    ActionSpec(
        "open_database",
        QT_TRANSLATE_NOOP("Actions", "&Open Database…"),
        Key.Open,
        "open",
        QT_TRANSLATE_NOOP("Actions", "Open another database file"),
    ),
    ActionSpec(
        "open_example",
        QT_TRANSLATE_NOOP("Actions", "Open the E&xample Business"),
        None,
        "rings",
        QT_TRANSLATE_NOOP(
            "Actions", "Open the example database with 60 accounts (your own data is untouched)"
        ),
    ),
    ActionSpec(
        "import_capture",
        QT_TRANSLATE_NOOP("Actions", "Import &Mail and Calendar…"),
        "Ctrl+Shift+M",
        "import",
        QT_TRANSLATE_NOOP(
            "Actions",
            "Log meetings and mails from calendar (.ics) and mail (mbox, .eml, .msg) files",
        ),
    ),
    ActionSpec(
        "encrypt_database",
        QT_TRANSLATE_NOOP("Actions", "&Encrypt Database…"),
        None,
        None,
        QT_TRANSLATE_NOOP("Actions", "Protect the file with a password"),
    ),
    ActionSpec(
        "decrypt_database",
        QT_TRANSLATE_NOOP("Actions", "&Decrypt Database…"),
        None,
        None,
        QT_TRANSLATE_NOOP("Actions", "Store the file without encryption"),
    ),
    ActionSpec(
        "change_password",
        QT_TRANSLATE_NOOP("Actions", "Change &Password…"),
        None,
        None,
        QT_TRANSLATE_NOOP("Actions", "Choose a new password for the file"),
    ),
    ActionSpec(
        "quit",
        QT_TRANSLATE_NOOP("Actions", "&Quit"),
        Key.Quit,
        "quit",
        QT_TRANSLATE_NOOP("Actions", "Close Circles of Trust"),
        role=QAction.MenuRole.QuitRole,
    ),
    # Edit
    ActionSpec(
        "find",
        QT_TRANSLATE_NOOP("Actions", "&Find Account…"),
        Key.Find,
        "search",
        QT_TRANSLATE_NOOP("Actions", "Filter the accounts as you type"),
    ),
    ActionSpec(
        "settings",
        QT_TRANSLATE_NOOP("Actions", "&Settings…"),
        ("Ctrl+,", Key.Preferences),
        "settings",
        QT_TRANSLATE_NOOP("Actions", "Rings, perks, checklists, score weights"),
        role=QAction.MenuRole.PreferencesRole,
    ),
    ActionSpec(
        "capture_settings",
        QT_TRANSLATE_NOOP("Actions", "&Mail and Calendar Settings…"),
        None,
        "settings",
        QT_TRANSLATE_NOOP(
            "Actions", "Your addresses, the watched folder, the calendar file, reminders"
        ),
    ),
    # View
    ActionSpec(
        "show_accounts",
        QT_TRANSLATE_NOOP("Actions", "&Accounts and Rings"),
        "Ctrl+1",
        "rings",
        QT_TRANSLATE_NOOP("Actions", "Rings, table and account page"),
    ),
    ActionSpec(
        "show_today",
        QT_TRANSLATE_NOOP("Actions", "&Today"),
        "Ctrl+2",
        "inbox",
        QT_TRANSLATE_NOOP("Actions", "Today's suggestions"),
    ),
    ActionSpec(
        "show_people",
        QT_TRANSLATE_NOOP("Actions", "&People"),
        "Ctrl+3",
        "people",
        QT_TRANSLATE_NOOP("Actions", "The people to stay close to"),
    ),
    ActionSpec(
        "show_insights",
        QT_TRANSLATE_NOOP("Actions", "&Insights"),
        "Ctrl+4",
        "insight",
        QT_TRANSLATE_NOOP("Actions", "Write, publish and share insights"),
    ),
    ActionSpec(
        "show_dashboard",
        QT_TRANSLATE_NOOP("Actions", "&Dashboard"),
        "Ctrl+5",
        "dashboard",
        QT_TRANSLATE_NOOP("Actions", "Revenue, Pareto, NPS, movements"),
    ),
    ActionSpec(
        "zoom_in",
        QT_TRANSLATE_NOOP("Actions", "Zoom I&n"),
        ("Ctrl++", "Ctrl+="),
        "zoom-in",
        QT_TRANSLATE_NOOP("Actions", "Zoom into the rings"),
    ),
    ActionSpec(
        "zoom_out",
        QT_TRANSLATE_NOOP("Actions", "Zoom &Out"),
        "Ctrl+-",
        "zoom-out",
        QT_TRANSLATE_NOOP("Actions", "Zoom out of the rings"),
    ),
    ActionSpec(
        "zoom_fit",
        QT_TRANSLATE_NOOP("Actions", "&Fit the Rings"),
        "Ctrl+0",
        "fit",
        QT_TRANSLATE_NOOP("Actions", "Show all rings"),
    ),
    ActionSpec(
        "show_archived",
        QT_TRANSLATE_NOOP("Actions", "Archi&ved Accounts…"),
        None,
        "archive",
        QT_TRANSLATE_NOOP("Actions", "The archived accounts; restore one with Enter"),
    ),
    ActionSpec(
        "size_by_score",
        QT_TRANSLATE_NOOP("Actions", "Marker Size by &Score"),
        None,
        None,
        QT_TRANSLATE_NOOP("Actions", "Size ring markers by trust score instead of revenue"),
        checkable=True,
    ),
    ActionSpec(
        "theme_system",
        QT_TRANSLATE_NOOP("Actions", "Follow the &System"),
        None,
        None,
        checkable=True,
    ),
    ActionSpec("theme_light", QT_TRANSLATE_NOOP("Actions", "&Light"), None, None, checkable=True),
    ActionSpec("theme_dark", QT_TRANSLATE_NOOP("Actions", "&Dark"), None, None, checkable=True),
    ActionSpec(
        "reload",
        QT_TRANSLATE_NOOP("Actions", "&Reload Data"),
        "Ctrl+R",
        "refresh",
        QT_TRANSLATE_NOOP("Actions", "Read everything from the database again"),
    ),
    ActionSpec(
        "reset_layout",
        QT_TRANSLATE_NOOP("Actions", "Reset &Layout"),
        None,
        None,
        QT_TRANSLATE_NOOP("Actions", "Restore the default window layout"),
    ),
    # Account
    ActionSpec(
        "new_account",
        QT_TRANSLATE_NOOP("Actions", "&New Account…"),
        Key.New,
        "account-add",
        QT_TRANSLATE_NOOP("Actions", "Create an account (Ctrl+N)"),
    ),
    ActionSpec(
        "edit_account",
        QT_TRANSLATE_NOOP("Actions", "&Edit Account…"),
        "Ctrl+E",
        "edit",
        QT_TRANSLATE_NOOP("Actions", "Edit the current account"),
    ),
    ActionSpec(
        "review_duplicates",
        QT_TRANSLATE_NOOP("Actions", "Review D&uplicates…"),
        None,
        None,
        QT_TRANSLATE_NOOP(
            "Actions",
            "Contacts and accounts that may be one: merge them or mark them as not the same",
        ),
    ),
    ActionSpec(
        "add_contact",
        QT_TRANSLATE_NOOP("Actions", "Add &Contact…"),
        "Ctrl+Shift+K",
        "contact-add",
        QT_TRANSLATE_NOOP("Actions", "Add a person to the current account's buying group"),
    ),
    ActionSpec(
        "log_touchpoint",
        QT_TRANSLATE_NOOP("Actions", "&Log Touchpoint"),
        "Ctrl+T",
        "touchpoint",
        QT_TRANSLATE_NOOP("Actions", "Kind, contact, note, Enter — done"),
    ),
    ActionSpec(
        "quick_capture",
        QT_TRANSLATE_NOOP("Actions", "&Quick Capture…"),
        "Ctrl+K",
        "touchpoint",
        QT_TRANSLATE_NOOP("Actions", "One line: “Alder Legal: call with Quentin yesterday”"),
    ),
    ActionSpec(
        "move_account",
        QT_TRANSLATE_NOOP("Actions", "&Move to Ring…"),
        "Ctrl+M",
        "move",
        QT_TRANSLATE_NOOP("Actions", "Move the current account to another ring"),
    ),
    ActionSpec(
        "pin_account",
        QT_TRANSLATE_NOOP("Actions", "P&in or Unpin the Ring…"),
        None,
        "move",
        QT_TRANSLATE_NOOP(
            "Actions",
            "Keep the current account in its ring (or let the advice place it again), "
            "with the reason",
        ),
    ),
    ActionSpec(
        "archive_account",
        QT_TRANSLATE_NOOP("Actions", "&Archive Account"),
        Key.Delete,
        "archive",
        QT_TRANSLATE_NOOP("Actions", "Archive the current account (Delete; undo with Ctrl+Z)"),
    ),
    ActionSpec(
        "delete_account",
        QT_TRANSLATE_NOOP("Actions", "&Delete Account Permanently…"),
        "Shift+Del",
        "delete",
        QT_TRANSLATE_NOOP("Actions", "Delete the account and its whole history"),
    ),
    # Account → Record (ui.accounts.fact_actions)
    ActionSpec(
        "record_revenue",
        QT_TRANSLATE_NOOP("Actions", "&Purchase or Revenue…"),
        "Ctrl+Shift+P",
        "dashboard",
        QT_TRANSLATE_NOOP("Actions", "Record a purchase, renewal, up-sell or cross-sell"),
    ),
    ActionSpec(
        "record_feedback",
        QT_TRANSLATE_NOOP("Actions", "&Feedback (NPS)…"),
        "Ctrl+Shift+F",
        "insight",
        QT_TRANSLATE_NOOP("Actions", "Record an NPS answer, its comment and the relational scores"),
    ),
    ActionSpec(
        "open_complaint",
        QT_TRANSLATE_NOOP("Actions", "&Open a Complaint…"),
        "Ctrl+Shift+C",
        "info",
        QT_TRANSLATE_NOOP("Actions", "Open a complaint for the current account"),
    ),
    ActionSpec(
        "resolve_complaint",
        QT_TRANSLATE_NOOP("Actions", "Re&solve a Complaint…"),
        "Ctrl+Shift+R",
        "info",
        QT_TRANSLATE_NOOP("Actions", "Resolve one of the account's open complaints"),
    ),
    ActionSpec(
        "record_referral",
        QT_TRANSLATE_NOOP("Actions", "&Referral…"),
        "Ctrl+Shift+L",
        "people",
        QT_TRANSLATE_NOOP("Actions", "The current account referred us to another account"),
    ),
    ActionSpec(
        "add_task",
        QT_TRANSLATE_NOOP("Actions", "Add a &Task…"),
        "Ctrl+Shift+T",
        "task",
        QT_TRANSLATE_NOOP(
            "Actions", "Add a task (title, due date, contact) to the current account"
        ),
    ),
    ActionSpec(
        "complete_task",
        QT_TRANSLATE_NOOP("Actions", "Complete the Tas&k"),
        "Ctrl+Shift+D",
        "task",
        QT_TRANSLATE_NOOP("Actions", "Mark the task selected in the Tasks tab done"),
    ),
    ActionSpec(
        "reopen_task",
        QT_TRANSLATE_NOOP("Actions", "R&eopen the Task"),
        None,
        "task",
        QT_TRANSLATE_NOOP("Actions", "Reopen the done task selected in the Tasks tab"),
    ),
    ActionSpec(
        "delete_task",
        QT_TRANSLATE_NOOP("Actions", "De&lete the Task"),
        None,
        "delete",
        QT_TRANSLATE_NOOP("Actions", "Delete the task selected in the Tasks tab"),
    ),
    ActionSpec(
        "edit_fact",
        QT_TRANSLATE_NOOP("Actions", "Ed&it the Selected Entry…"),
        "F2",
        "edit",
        QT_TRANSLATE_NOOP(
            "Actions",
            "Open the fact selected in the Timeline, Tasks, Perks or Complaints tab in its "
            "form, to correct it (Ctrl+Z takes the change back)",
        ),
    ),
    ActionSpec(
        "delete_fact",
        QT_TRANSLATE_NOOP("Actions", "Delete the Timeline E&ntry"),
        None,
        "delete",
        QT_TRANSLATE_NOOP(
            "Actions", "Delete the fact selected in the Timeline tab (Ctrl+Z brings it back)"
        ),
    ),
    ActionSpec(
        "grant_perk",
        QT_TRANSLATE_NOOP("Actions", "&Grant a Perk…"),
        "Ctrl+Shift+G",
        "perk",
        QT_TRANSLATE_NOOP("Actions", "Grant a perk offered to the account's ring"),
    ),
    ActionSpec(
        "redeem_perk",
        QT_TRANSLATE_NOOP("Actions", "Re&deem the Perk"),
        "Ctrl+Shift+U",
        "perk",
        QT_TRANSLATE_NOOP("Actions", "The client used the perk selected in the Perks tab"),
    ),
    ActionSpec(
        "set_perk_expiry",
        QT_TRANSLATE_NOOP("Actions", "Set the Perk's E&xpiry…"),
        None,
        "perk",
        QT_TRANSLATE_NOOP(
            "Actions", "Set or clear the last day of the perk selected in the Perks tab"
        ),
    ),
    ActionSpec(
        "withdraw_perk",
        QT_TRANSLATE_NOOP("Actions", "&Withdraw the Perk"),
        None,
        "perk",
        QT_TRANSLATE_NOOP("Actions", "Take back the perk selected in the Perks tab"),
    ),
    # Help
    ActionSpec(
        "shortcuts",
        QT_TRANSLATE_NOOP("Actions", "&Keyboard Shortcuts"),
        "F1",
        "keyboard",
        QT_TRANSLATE_NOOP("Actions", "The shortcuts of the main window"),
    ),
    ActionSpec(
        "about",
        QT_TRANSLATE_NOOP("Actions", "&About Circles of Trust"),
        None,
        "info",
        role=QAction.MenuRole.AboutRole,
    ),
    ActionSpec(
        "about_qt",
        QT_TRANSLATE_NOOP("Actions", "About &Qt"),
        None,
        None,
        role=QAction.MenuRole.AboutQtRole,
    ),
    ActionSpec(
        "manual",
        QT_TRANSLATE_NOOP("Actions", "&Manual"),
        None,
        "info",
        QT_TRANSLATE_NOOP("Actions", "A consultant's week with Circles of Trust"),
    ),
)

RECORD_MENU = (
    "record_revenue",
    "record_feedback",
    "open_complaint",
    "resolve_complaint",
    "record_referral",
    "-",
    "add_task",
    "complete_task",
    "reopen_task",
    "delete_task",
    "-",
    "edit_fact",
    "delete_fact",
    "-",
    "grant_perk",
    "redeem_perk",
    "set_perk_expiry",
    "withdraw_perk",
)

# "-" is a separator; "@undo"/"@redo" the stack's actions; "@io:<key>" an io action;
# (title, [...]) a submenu.
MENUS: tuple[tuple[str, tuple[object, ...]], ...] = (
    (
        QT_TRANSLATE_NOOP("Actions", "&File"),
        (
            "new_database",
            "open_database",
            "open_example",
            "@recent",
            "-",
            "@io:import",
            "import_capture",
            (
                QT_TRANSLATE_NOOP("Actions", "&Export"),
                ("@io:export_vcard", "@io:export_csv", "@io:export_ics", "@io:export_json"),
            ),
            "-",
            "@io:backup",
            "@io:restore",
            (
                QT_TRANSLATE_NOOP("Actions", "En&cryption"),
                ("encrypt_database", "decrypt_database", "change_password"),
            ),
            "-",
            "quit",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Actions", "&Edit"),
        ("@undo", "@redo", "-", "find", "-", "settings", "capture_settings"),
    ),
    (
        QT_TRANSLATE_NOOP("Actions", "&View"),
        (
            "show_accounts",
            "show_today",
            "show_people",
            "show_insights",
            "show_dashboard",
            "show_archived",
            "-",
            "zoom_in",
            "zoom_out",
            "zoom_fit",
            "size_by_score",
            "-",
            (QT_TRANSLATE_NOOP("Actions", "T&heme"), ("theme_system", "theme_light", "theme_dark")),
            "-",
            "reload",
            "reset_layout",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Actions", "&Account"),
        (
            "new_account",
            "edit_account",
            "add_contact",
            "log_touchpoint",
            "quick_capture",
            "move_account",
            "pin_account",
            (QT_TRANSLATE_NOOP("Actions", "&Record"), RECORD_MENU),
            "-",
            "review_duplicates",
            "-",
            "@io:brief_print",
            "@io:brief_export",
            "-",
            "archive_account",
            "delete_account",
        ),
    ),
    (QT_TRANSLATE_NOOP("Actions", "&Help"), ("manual", "shortcuts", "-", "about", "about_qt")),
)

# Actions that need an open account.
ACCOUNT_ACTIONS = (
    "edit_account",
    "add_contact",
    "log_touchpoint",
    "move_account",
    "pin_account",
    "archive_account",
    "delete_account",
    *(key for key in RECORD_MENU if key != "-"),
)
TOOLBAR = ("new_account", "log_touchpoint", "move_account", "-", "@undo", "@redo", "-", "settings")


def add_submenu(
    menu: QMenu, title: str, keys: tuple[str, ...], actions: Mapping[str, QAction]
) -> QMenu:
    """``title``'s submenu of these actions ("-" a separator), e.g. in a context menu."""
    menu.addSeparator()
    sub = menu.addMenu(title)
    for key in keys:
        if key == "-":
            sub.addSeparator()
        else:
            sub.addAction(actions[key])
    return sub


def _sequences(shortcut: object) -> list[QKeySequence]:
    if shortcut is None:
        return []
    items = shortcut if isinstance(shortcut, tuple) else (shortcut,)
    out: list[QKeySequence] = []
    for item in items:
        if isinstance(item, QKeySequence.StandardKey):
            out.extend(QKeySequence.keyBindings(item))
        else:
            out.append(QKeySequence(str(item)))
    # Keep the order, drop duplicates and platform bindings that are empty.
    seen: list[QKeySequence] = []
    for seq in out:
        if not seq.isEmpty() and seq not in seen:
            seen.append(seq)
    return seen


def build_actions(
    window: QWidget, handlers: Mapping[str, Callable[[], object]]
) -> dict[str, QAction]:
    """One QAction per spec, connected to ``handlers[key]`` (every spec needs one)."""
    missing = [spec.key for spec in SPECS if spec.key not in handlers]
    if missing:
        raise KeyError(f"actions without a handler: {', '.join(missing)}")
    actions: dict[str, QAction] = {}
    for spec in SPECS:
        action = QAction(_t(spec.text), window)
        action.setObjectName(spec.key)
        if spec.icon:
            theme.bind_icon(action, spec.icon)
        keys = _sequences(spec.shortcut)
        if keys:
            action.setShortcuts(keys)
        tip = _t(spec.tip) or _t(spec.text).replace("&", "").rstrip("…")
        if keys:
            tip = f"{tip} ({keys[0].toString(QKeySequence.SequenceFormat.NativeText)})"
        action.setToolTip(tip)
        action.setStatusTip(_t(spec.tip))
        action.setCheckable(spec.checkable)
        action.setMenuRole(spec.role)
        handler = handlers[spec.key]
        if spec.checkable:
            action.triggered.connect(lambda _checked=False, h=handler: h())
        else:
            action.triggered.connect(lambda _checked=False, h=handler: h())
        window.addAction(action)  # shortcuts work even with the menu bar hidden
        actions[spec.key] = action
    group = QActionGroup(window)
    for key in ("theme_system", "theme_light", "theme_dark"):
        group.addAction(actions[key])
    return actions


class Menus:
    """The menus built from ``MENUS``, with slots kept for actions that come later.

    The import/export actions are created after the window is on screen (their modules
    cost ~0.3 s to import); until then an invisible placeholder holds each one's place.
    """

    def __init__(self) -> None:
        self.menus: dict[str, QMenu] = {}
        self._slots: dict[str, tuple[QMenu, QAction]] = {}

    def __getitem__(self, title: str) -> QMenu:
        return self.menus[title]

    def install(self, extra: Mapping[str, QAction]) -> None:
        """Put late actions where their placeholders are."""
        for key, action in extra.items():
            slot = self._slots.pop(key, None)
            if slot is None:
                continue
            menu, placeholder = slot
            menu.insertAction(placeholder, action)
            menu.removeAction(placeholder)
            _show_if_filled(menu)


def _show_if_filled(menu: QMenu) -> None:
    filled = any(a.isVisible() and not a.isSeparator() for a in menu.actions())
    menu.menuAction().setVisible(filled)


def build_menus(
    menubar: QMenuBar,
    actions: Mapping[str, QAction],
    extra: Mapping[str, QAction],
    recent_menu: QMenu | None = None,
) -> Menus:
    """Menus in the order of ``MENUS``; "@io:…" items missing from ``extra`` get a slot."""
    built = Menus()

    def fill(menu: QMenu, items: tuple[object, ...]) -> None:
        menu.setSeparatorsCollapsible(True)  # no doubled separators around empty slots
        for item in items:
            if item == "-":
                menu.addSeparator()
            elif isinstance(item, tuple):
                title, sub_items = item
                sub = QMenu(_t(str(title)), menu)
                fill(sub, sub_items)
                menu.addMenu(sub)
                _show_if_filled(sub)
            elif item == "@recent":
                if recent_menu is not None:
                    menu.addMenu(recent_menu)
            elif isinstance(item, str) and item.startswith("@"):
                key = item[4:] if item.startswith("@io:") else item[1:]
                action = extra.get(key)
                if action is None:
                    placeholder = QAction(menu)
                    placeholder.setVisible(False)
                    menu.addAction(placeholder)
                    built._slots[key] = (menu, placeholder)
                else:
                    menu.addAction(action)
            else:
                menu.addAction(actions[str(item)])

    for title, items in MENUS:
        menu = menubar.addMenu(_t(title))
        fill(menu, items)
        built.menus[title.replace("&", "")] = menu
    return built


def shortcut_rows(
    actions: Mapping[str, QAction], extra: Mapping[str, QAction] | None = None
) -> list[tuple[str, str]]:
    """(command, keys) for the Keyboard Shortcuts sheet, in menu order: every command."""
    named: list[tuple[str, QAction | None]] = [(_t(s.text), actions.get(s.key)) for s in SPECS]
    names = {"undo": _t("&Undo"), "redo": _t("&Redo")}
    for key, extra_action in (extra or {}).items():
        named.append((names.get(key, extra_action.text()), extra_action))
    rows = []
    for text, action in named:
        if action is None:
            continue
        # Leave out media-key bindings ("Open", "Find" keys) that StandardKey adds.
        keys = [
            s.toString(QKeySequence.SequenceFormat.NativeText)
            for s in action.shortcuts()
            if "+" in s.toString() or s.toString()[1:].isdigit() or s.toString() == "Del"
        ]
        # Every command is listed; one reached only from a menu says so.
        rows.append((text.replace("&", "").rstrip("…"), ", ".join(keys) or _t("menu")))
    return rows


def build_toolbar(window: QMainWindow, actions: Mapping[str, QAction],
                  extra: Mapping[str, QAction]) -> QToolBar:  # fmt: skip
    """The main toolbar, in the order of ``TOOLBAR``."""
    bar = QToolBar(QCoreApplication.translate("Actions", "Main toolbar"), window)
    bar.setObjectName("mainToolbar")
    bar.setMovable(False)
    bar.setIconSize(theme.icon_size())
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    for key in TOOLBAR:
        if key == "-":
            bar.addSeparator()
        elif key.startswith("@"):
            bar.addAction(extra[key[1:]])
        else:
            bar.addAction(actions[key])
    window.addToolBar(bar)
    return bar


def undo_actions(window: QWidget, ops: Operations) -> tuple[QAction, QAction]:
    """Undo / Redo of the window's one history, with the platform's shortcuts (and Ctrl+Y).

    The texts name the entry ("Undo Log call with Alder Labs"); the core does the work
    off the UI thread (``Operations.undo`` / ``redo``)."""
    stack = ops.undo_stack
    undo = QAction(_t("&Undo"), window)
    undo.setShortcuts(_sequences(Key.Undo))
    theme.bind_icon(undo, "undo")
    redo = QAction(_t("&Redo"), window)
    redo.setShortcuts(_sequences((Key.Redo, "Ctrl+Y")))
    theme.bind_icon(redo, "redo")
    undo.triggered.connect(ops.undo)
    redo.triggered.connect(ops.redo)

    def update() -> None:
        if not (isValid(stack) and isValid(undo) and isValid(redo)):
            return  # the window is being taken down
        idle = not ops.busy
        undo.setEnabled(idle and stack.canUndo())
        redo.setEnabled(idle and stack.canRedo())
        undo_text, redo_text = stack.undoText(), stack.redoText()
        undo.setText(_reads_on(_t("&Undo {what}"), undo_text) if undo_text else _t("&Undo"))
        redo.setText(_reads_on(_t("&Redo {what}"), redo_text) if redo_text else _t("&Redo"))

    stack.indexChanged.connect(update)
    stack.cleanChanged.connect(update)
    ops.busyChanged.connect(update)
    update()
    return undo, redo


def _reads_on(pattern: str, what: str) -> str:
    """ "Undo edit contact Jane Doe": where the language's pattern reads on into the entry's
    text (English; no colon), the entry's first word, a verb, is not capitalised."""
    reads_on = pattern.endswith(" {what}") and not pattern.endswith(": {what}")
    if reads_on and what[:1].isupper() and not what[1:2].isupper():
        what = what[:1].lower() + what[1:]
    return pattern.format(what=what)
