"""No user-visible English left in the window's code (issue 14).

An AST pass over ``ui/``: every string literal that reads like words a user sees must go
through ``tr()`` / ``QCoreApplication.translate`` / ``QT_TRANSLATE_NOOP`` (or the core's ``_()``
for the texts printed before Qt starts). The catalogue tests (tests/gui/test_language.py,
tests/unit/test_catalogues.py) check that what is *wrapped* is translated; this one checks
that nothing user-visible is left *unwrapped*, so a new English label fails here, by name.

What is not a user's text is told apart by where it stands (the call it is passed to: an
object name, a style sheet, SQL, a date pattern, a programmer's error), plus a short
allow-list below, each entry with its reason.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "ui"

#: Calls that translate (or mark for translation) their text argument.
TRANSLATING = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP", "_", "N_", "ngettext"}

#: Calls whose string arguments are never shown as words to a user.
NOT_USER_TEXT = {
    # Qt plumbing: names, styles, properties, formats
    "setObjectName",
    "setStyleSheet",
    "setProperty",
    "setStyle",
    "setDisplayFormat",
    "setApplicationName",
    "setOrganizationName",
    "setDesktopFileName",
    "setCreator",
    "setApplicationDisplayName",  # the product's name, not translated
    # data and code
    "execute",
    "exec_driver_sql",
    "compile",
    "match",
    "fullmatch",
    "search",
    "sub",
    "startswith",
    "endswith",
    "replace",
    "split",
    "strip",
    "encode",
    "dumps",
    "get",
    "legend",  # matplotlib's legend(loc="upper left")
    # a programmer's errors and logs (never shown as a sentence to the user)
    "RuntimeError",
    "AssertionError",
    "KeyError",
    "TypeError",
    "LookupError",
    "TimeoutError",
    "NotImplementedError",
    "debug",
    "info",
    "warning",
    "exception",
    # QSettings keys are declared with a developer's description (ui/shell/prefs.py)
    "Pref",
}

#: Modules that are tools for developers, not the app: they stage screenshots with typed
#: example data (what a user would have typed) and parse their own command lines.
DEVELOPER_TOOLS = {
    "ui/shell/screenshots.py",
    "ui/shell/screenshots_lists.py",
    "ui/shell/team_screens.py",
    "ui/accounts/form_screens.py",
    "ui/capture/capture_screens.py",
}

#: (module, text): the few literals that read like words but are not a user's text.
ALLOWED = {
    # sample texts that only size a column (never drawn)
    ("ui/accounts/accounts_table.py", "Brightline Consulting"),
    ("ui/accounts/accounts_table.py", "Loyal customers"),
    # a key of the capture plan's counts, compared with, not shown
    ("ui/capture/capture_dialog.py", "not read"),
    # product and library names in About
    ("ui/shell/help.py", "Python"),
    ("ui/shell/help.py", "Qt"),
    ("ui/shell/help.py", "PySide6-Essentials"),  # a distribution's name
    ("ui/shell/desktop_entry.py", "Exec="),  # a key of the .desktop file
    ("ui/shell/help.py", "<h3>Circles of Trust "),
    ("ui/shell/prefs.py", "Circles of Trust"),  # QSettings' application name (a folder)
    ("ui/shell/qt_libraries.py", "Qt"),  # a path part of Qt's own plugins
    # the English form of a task note's "With <name>", recognised in notes written in English
    ("ui/accounts/fact_edits.py", "With "),
    # a key sequence name compared with Qt's (the shortcuts sheet)
    ("ui/shell/actions.py", "Del"),
    # JSON for installers (--startup-check), read by tools
    ("ui/shell/startup_check.py", "the database did not open in time"),
}

_PLACEHOLDER = re.compile(r"\{[^{}]*\}|%\(\w+\)[sdr]|%[sdr]|&\w+;|<[^>]*>")
_WORDS = re.compile(r"[A-Za-z]{2,}[^\n]*\s[A-Za-z]{2,}|\b[A-Z][a-z]{2,}\b")
_CSS_OR_MARKUP = re.compile(r"^[\s;:#<>/'\"=\w.-]*(style|href|border|color|padding|span|td)\b")


_KEYS = re.compile(r"^((Ctrl|Shift|Alt|Meta)\+)+\S+$")
_SQL_OR_STYLE = re.compile(
    r"^\s*(SELECT|PRAGMA|INSERT|UPDATE|DELETE|CREATE)\b|^\s*Q\w+[#.]?\w*\s*\{"
)
_CUT_TAG = re.compile(r"<\w+[^>]*$|^[^<]*>")  # a tag cut by an f-string's value


def _reads_like_words(text: str) -> bool:
    if _KEYS.match(text):
        return False  # a shortcut (shown in Qt's native, translated form)
    if _SQL_OR_STYLE.match(text):
        return False
    bare = _PLACEHOLDER.sub(" ", _CUT_TAG.sub(" ", text))
    if _CSS_OR_MARKUP.match(text) and not _WORDS.search(_PLACEHOLDER.sub("", text)):
        return False
    return bool(_WORDS.search(bare))


def _call_name(call: ast.Call) -> str:
    func = call.func
    if isinstance(func, ast.Attribute):
        return func.attr
    return func.id if isinstance(func, ast.Name) else ""


def _docstrings(tree: ast.AST) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            first = node.body[0] if node.body else None
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                found.add(id(first.value))
    return found


#: Qt calls whose text argument a user always reads: even one lower-case word ("on",
#: "never") passed straight to them is a text to translate.
SHOWN_AS_IS = {
    "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QToolButton",
    "QAction", "setText", "setToolTip", "setPlaceholderText", "setWindowTitle", "setTitle",
    "addItem", "addItems", "addTab", "insertTab", "setTabText", "showMessage",
    "setAccessibleName", "setStatusTip", "Column", "set_text", "show_message", "heading",
    "muted", "section_title",
}  # fmt: skip
_ANY_WORD = re.compile(r"[A-Za-z]{2,}")


def _shown_as_is(node: ast.AST, parents: dict[int, ast.AST]) -> bool:
    """A literal that is the first argument of a SHOWN_AS_IS call (its text; later ones are
    data or levels), or returned by a lambda passed to one (a table's Column)."""
    child, parent = node, parents.get(id(node))
    if isinstance(parent, ast.BoolOp | ast.IfExp):
        child, parent = parent, parents.get(id(parent))
    if isinstance(parent, ast.Lambda):
        parent = parents.get(id(parent))
        return isinstance(parent, ast.Call) and _call_name(parent) in SHOWN_AS_IS
    return (
        isinstance(parent, ast.Call)
        and _call_name(parent) in SHOWN_AS_IS
        and bool(parent.args)
        and parent.args[0] is child
    )


def untranslated(source: str, module: str) -> list[tuple[int, str]]:
    """(line, text) of every literal in ``source`` that reads like words but is not
    translated (see the module's doc for what is left out)."""
    tree = ast.parse(source)
    parents: dict[int, ast.AST] = {}
    for node in ast.walk(tree):
        for child in ast.iter_child_nodes(node):
            parents[id(child)] = node
    docstrings = _docstrings(tree)
    marked = {  # texts declared for lupdate in this module (a helper translates them later)
        arg.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and _call_name(node) in TRANSLATING
        for arg in node.args
        if isinstance(arg, ast.Constant) and isinstance(arg.value, str)
    }
    found = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Constant) and isinstance(node.value, str)):
            continue
        text = node.value
        if id(node) in docstrings or text in marked or (module, text) in ALLOWED:
            continue
        bare = _PLACEHOLDER.sub(" ", text)
        if not _reads_like_words(text) and not (
            _shown_as_is(node, parents) and _ANY_WORD.search(bare) and not _KEYS.match(text)
        ):
            continue
        if _excused(node, parents):
            continue
        found.append((node.lineno, text))
    return found


def _excused(node: ast.AST, parents: dict[int, ast.AST]) -> bool:
    """Inside a translating call, an assert's message, a type (a forward reference such as
    ``Callable[["Database"], object]``), or a call that takes no user text."""
    current = node
    first_call = True
    while id(current) in parents:
        child, current = current, parents[id(current)]
        if isinstance(current, ast.Assert):
            return True
        if isinstance(current, ast.Subscript) and child is current.slice:
            return True  # a type's parameters (or a key looked up, never shown)
        if isinstance(current, ast.AnnAssign | ast.arg) and child is current.annotation:
            return True
        if isinstance(current, ast.Call):
            name = _call_name(current)
            if name in TRANSLATING:
                return True
            if first_call and name in NOT_USER_TEXT:
                return True
            first_call = False
    return False


def _ui_modules() -> list[Path]:
    return [
        p for p in sorted(UI.rglob("*.py")) if p.relative_to(ROOT).as_posix() not in DEVELOPER_TOOLS
    ]


def test_every_user_visible_text_of_the_window_is_translatable() -> None:
    left = [
        f"{path.relative_to(ROOT).as_posix()}:{line}: {text!r}"
        for path in _ui_modules()
        for line, text in untranslated(
            path.read_text(encoding="utf-8"), path.relative_to(ROOT).as_posix()
        )
    ]
    assert not left, f"{len(left)} texts not wrapped in tr()/translate():\n" + "\n".join(left)


def test_the_scan_finds_each_kind_of_unwrapped_text() -> None:
    """The scan is not blind: labels, tips, f-strings, messages and tables are caught; the
    wrapped, the technical and the allowed are not."""
    source = """
from PySide6.QtWidgets import QLabel
ITEMS = ("Open complaints", "Perks")
class W:
    def build(self, name):
        QLabel("Recent feedback")
        self.button.setToolTip("Save the touchpoint (Enter)")
        self.status.setText(f"Wrote the brief of {name}")
        self.said.emit("Select a task first")
        self.ok.setText(self.tr("Save"))
        self.view.setObjectName("accountsTable")
        self.note.setStyleSheet("QLabel { color: red; }")
        self.edit.setDisplayFormat("dd MMM yyyy")
        head.addWidget(QLabel("on", self))
        Column("Last touch", lambda p: p.last_touch_on or "never")
        raise RuntimeError("no database is open")
"""
    found = {text for _line, text in untranslated(source, "ui/example.py")}
    assert found == {
        "Open complaints",
        "Perks",
        "Recent feedback",
        "Save the touchpoint (Enter)",
        "Wrote the brief of ",
        "Select a task first",
        "on",
        "Last touch",
        "never",
    }


# --- the core: texts it raises, prints and logs for a user -----------------------------------

CORE = ROOT / "circlesoftrust"
#: Calls whose argument at these positions / with these keywords is a sentence a user
#: reads (CLI output and help, errors, problems in a file, log and accept summaries).
#: Codes beside them (a ValidationError's field, an issue's line) are not.
CORE_SINKS: dict[str, tuple[tuple[int, ...] | str, tuple[str, ...]]] = {
    "print": ("all", ()),
    "print_result": ((2,), ()),
    "command": ((3,), ()),
    "_command": ((3,), ()),
    "group": ((2,), ()),
    "add_argument": ((), ("help",)),
    "add_parser": ((), ("help", "description")),
    "add_argument_group": ((0, 1), ("title", "description")),
    "add_subparsers": ((), ("title", "description", "help")),
    "ArgumentParser": ((), ("description", "epilog")),
    "ValidationError": ((1,), ("message",)),
    "ParseIssue": ((1,), ("message",)),
    "CaptureIssue": ((1,), ("message",)),
    "log_action": ((2,), ("summary",)),
    "_Outcome": ((0,), ("summary",)),
    "ContactFileError": ((1,), ("reason",)),
    "_Bad": ((0,), ()),
    "prompt": ((0,), ()),
    **{
        name: ((0,), ("message",))
        for name in [
            "CotError",
            "NotFoundError",
            "ConflictError",
            "DatabaseOpenError",
            "BackupError",
            "DamagedSourceError",
            "AlreadyDoneError",
            "FileInUseError",
            "PasswordNeededError",
            "WrongPasswordError",
            "EncryptionError",
            "SealedFileError",
            "CommandError",
            "StaleEditError",
            "NeedsConfirmation",
        ]
    },
}


def core_untranslated(source: str) -> list[tuple[int, str]]:
    """(line, text) of every literal sentence passed straight to a CORE_SINKS call."""
    found = []
    for call in ast.walk(ast.parse(source)):
        if not isinstance(call, ast.Call) or _call_name(call) not in CORE_SINKS:
            continue
        positions, keywords = CORE_SINKS[_call_name(call)]
        args = [a for i, a in enumerate(call.args) if positions == "all" or i in positions]
        args += [k.value for k in call.keywords if k.arg in keywords]
        for arg in args:
            for value in (arg.body, arg.orelse) if isinstance(arg, ast.IfExp) else (arg,):
                if isinstance(value, ast.JoinedStr):
                    text = "".join(
                        v.value if isinstance(v, ast.Constant) else "{}" for v in value.values
                    )
                elif isinstance(value, ast.Constant) and isinstance(value.value, str):
                    text = value.value
                else:
                    continue
                if _reads_like_words(text):
                    found.append((value.lineno, text))
    return found


def test_every_sentence_the_core_shows_a_user_is_translatable() -> None:
    left = [
        f"{path.relative_to(ROOT).as_posix()}:{line}: {text!r}"
        for path in sorted(CORE.rglob("*.py"))
        if "migrations" not in path.parts
        for line, text in core_untranslated(path.read_text(encoding="utf-8"))
    ]
    assert not left, f"{len(left)} core texts not wrapped in _():\n" + "\n".join(left)


def test_the_core_scan_finds_unwrapped_errors_prints_and_help() -> None:
    source = """
def run(args, path):
    p.add_argument("--db", help="SQLite file or URL")
    print(f"Backed up {path}")
    raise BackupError(f"{path} is empty")
    raise ValidationError("amount", "must not be empty")
    raise BackupError(_("{path} is empty").format(path=path))
    print(json.dumps(data))
"""
    assert {text for _line, text in core_untranslated(source)} == {
        "SQLite file or URL",
        "Backed up {}",
        "{} is empty",
        "must not be empty",
    }


# --- the core: sentences built with values, wherever they go --------------------------------

#: Calls whose f-string arguments are never a user's words: SQL and a programmer's errors.
NOT_CORE_TEXT = NOT_USER_TEXT | {"text", "literal_column", "ValueError", "_Migration"}

#: (module, f-string with its values as {}): the few that read like words but are not a
#: user's text, each with its reason.
CORE_FSTRINGS_ALLOWED = {
    # SQL fragments
    ("circlesoftrust/engine/fact_queries.py", "CAST(julianday({}) - 1721424.5 AS INTEGER)"),
    ("circlesoftrust/engine/sqlbits.py", "{} IN (SELECT value FROM json_each({}))"),
    # a command line the user types (the same in every language)
    ("circlesoftrust/engine/accepting.py", "circlesoftrust merge {} {}"),
    # the product's name in the brief's footer (markup around it, no words to translate)
    ("circlesoftrust/brief_render.py", '<p class="foot">Circles of Trust · {} · '),
    # an English column name of Outlook's export, matched, not shown
    ("circlesoftrust/io/header_names.py", "e-mail {} address"),
}


def core_fstrings(source: str, module: str) -> list[tuple[int, str]]:
    """(line, text) of every f-string in ``source`` that reads like words and is neither
    inside a translating call nor passed to SQL or a programmer's error. (A sentence built
    with values is a user's text wherever it goes: a CLI line, an error, a task title, a
    desktop notification; the sinks above only see those passed straight to a call.)"""
    tree = ast.parse(source)
    parents: dict[int, ast.AST] = {}
    for node in ast.walk(tree):
        for child in ast.iter_child_nodes(node):
            parents[id(child)] = node
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.JoinedStr):
            continue
        text = "".join(v.value if isinstance(v, ast.Constant) else "{}" for v in node.values)
        if not _reads_like_words(text) or (module, text) in CORE_FSTRINGS_ALLOWED:
            continue
        if not re.search(r"[a-z]", _PLACEHOLDER.sub("", text)):
            continue  # only capitals: SQL ("{} INDEXED BY {}"), never a sentence
        current: ast.AST = node
        excused = False
        while id(current) in parents:
            current = parents[id(current)]
            if isinstance(current, ast.Call) and (
                _call_name(current) in TRANSLATING or _call_name(current) in NOT_CORE_TEXT
            ):
                excused = True
                break
        if not excused:
            found.append((node.lineno, text))
    return found


def core_fstrings_untranslated() -> list[str]:
    return [
        f"{path.relative_to(ROOT).as_posix()}:{line}: {text!r}"
        for path in sorted(CORE.rglob("*.py"))
        if "migrations" not in path.parts
        for line, text in core_fstrings(
            path.read_text(encoding="utf-8"), path.relative_to(ROOT).as_posix()
        )
    ]


def test_no_sentence_the_core_builds_with_values_is_left_in_english() -> None:
    left = core_fstrings_untranslated()
    assert not left, f"{len(left)} core sentences not built through _():\n" + "\n".join(left)


def test_the_core_fstring_scan_finds_sentences_wherever_they_go() -> None:
    source = """
def run(name, n, path):
    title = f"Win back {name}: call them"
    parts.append(f"{n} tasks due")
    reasons.append(f"same phone {name}")
    ok = _("{name} is at risk").format(name=name)
    raise ValueError(f"unknown kind {name}")
    conn.execute(text(f"SELECT id FROM {name} WHERE x IS NULL"))
    index = f"{name} INDEXED BY {n}"
    key = f"{name}:{n}"
"""
    assert {text for _line, text in core_fstrings(source, "circlesoftrust/x.py")} == {
        "Win back {}: call them",
        "{} tasks due",
        "same phone {}",
    }


def _texts_in_fstring_calls(tree: ast.AST) -> list[tuple[int, str]]:
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            for call in ast.walk(node):
                if (
                    isinstance(call, ast.Call)
                    and _call_name(call) in {"_", "ngettext", "N_"}
                    and call.args
                    and isinstance(call.args[0], ast.Constant)
                ):
                    found.append((call.lineno, call.args[0].value))
    return found


def _texts_seen_by_the_extractor(tree: ast.AST) -> set[str]:
    inside = {id(c) for n in ast.walk(tree) if isinstance(n, ast.JoinedStr) for c in ast.walk(n)}
    return {
        call.args[0].value
        for call in ast.walk(tree)
        if isinstance(call, ast.Call)
        and id(call) not in inside
        and _call_name(call) in {"_", "ngettext", "N_", "pgettext"}
        and call.args
        and isinstance(call.args[0], ast.Constant)
    }


def test_texts_translated_inside_f_strings_reach_the_catalogue() -> None:
    """``pybabel extract`` on Python 3.11 does not read calls inside an f-string: a
    ``f"<h2>{_('Revenue')}</h2>"`` is translated only if the text is also marked where the
    extractor sees it (the German brief showed "Meeting brief", "overdue"… in English)."""
    trees = {
        path.relative_to(ROOT).as_posix(): ast.parse(path.read_text(encoding="utf-8"))
        for path in sorted(CORE.rglob("*.py"))
        if "migrations" not in path.parts
    }
    seen = set().union(*(_texts_seen_by_the_extractor(tree) for tree in trees.values()))
    left = [
        f"{module}:{line}: {text!r}"
        for module, tree in trees.items()
        for line, text in _texts_in_fstring_calls(tree)
        if text not in seen
    ]
    assert not left, "texts only inside f-strings (unseen by pybabel):\n" + "\n".join(left)
