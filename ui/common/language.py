"""The window's language: Qt translators for our texts and Qt's own, and the default QLocale.

Texts in ``ui/`` go through ``self.tr("…")`` (QObject subclasses) or
``QCoreApplication.translate("Context", "…")``; ``pyside6-lupdate`` collects them into
``ui/translations/circlesoftrust_<lang>.ts`` (sources, in git; ``make translations``) and
``pyside6-lrelease`` compiles those to ``.qm`` (``make catalogues``, never committed). When a
``.qm`` is missing or older than its ``.ts`` — a fresh clone started without make, a wheel
built without the step — it is compiled once into the user's cache folder.

The language is chosen once at start (``--lang``, else the Settings choice, else the system
locale; see :func:`circlesoftrust.i18n.choose_language`); changing it in Settings takes
effect at the next start (every window part would have to re-read its texts otherwise).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from circlesoftrust import i18n


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` of a module-level table for lupdate; translate it where it is shown with
    ``QCoreApplication.translate(context, text)`` (typed: Qt's own returns ``object``)."""
    return text


TRANSLATIONS = Path(__file__).resolve().parent.parent / "translations"
_installed: list[QTranslator] = []


def ts_path(lang: str) -> Path:
    return TRANSLATIONS / f"circlesoftrust_{lang}.ts"


def qm_path(lang: str) -> Path | None:
    """The compiled translations of ``lang``: next to the ``.ts`` when fresh, else compiled
    into the cache folder now. None when there is nothing to load (English, no ``.ts``)."""
    ts = ts_path(lang)
    beside = ts.with_suffix(".qm")
    if beside.exists() and (not ts.exists() or beside.stat().st_mtime >= ts.stat().st_mtime):
        return beside
    if not ts.exists():
        return None
    from platformdirs import user_cache_path

    cached = user_cache_path("circlesoftrust") / "translations" / beside.name
    if cached.exists() and cached.stat().st_mtime >= ts.stat().st_mtime:
        return cached
    cached.parent.mkdir(parents=True, exist_ok=True)
    return cached if compile_ts(ts, cached) else None


def compile_ts(ts: Path, qm: Path) -> bool:
    """``pyside6-lrelease ts -qm qm`` with the lrelease that ships with PySide6."""
    tool = Path(sys.executable).with_name("pyside6-lrelease")
    command = [str(tool)] if tool.exists() else ["pyside6-lrelease"]
    try:
        done = subprocess.run(
            [*command, "-silent", str(ts), "-qm", str(qm)], capture_output=True, timeout=120
        )
    except (OSError, subprocess.TimeoutExpired):
        return False
    return done.returncode == 0 and qm.exists()


def install(requested: str | None = None) -> str:
    """Switch the core and the window to ``requested`` (None/"system": the system locale).

    Call once, after the QApplication exists and before any window is built. Returns the
    language in use. An unknown ``requested`` raises ValueError (``--lang xx``).
    """
    app = QCoreApplication.instance()
    assert app is not None, "create the QApplication first"
    lang = i18n.set_language(requested)
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    loc = i18n.format_locale()
    QLocale.setDefault(QLocale(f"{loc.language}_{loc.territory or ''}".rstrip("_")))
    if lang == i18n.SOURCE_LANGUAGE:
        return lang
    qt_own = QTranslator(app)
    # Qt's own texts: the buttons of standard dialogs, the context menus of text fields.
    if qt_own.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    path = qm_path(lang)
    ours = QTranslator(app)
    if path is not None and ours.load(str(path)):
        app.installTranslator(ours)
        _installed.append(ours)
    return lang
