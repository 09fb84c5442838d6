"""The core's language: gettext catalogues (Babel) and the locale that formats numbers and dates.

Write every text a user reads through ``_()`` (or ``ngettext`` for counts); a text built at
import time (a module-level table) is marked with ``N_()`` and translated where it is shown
with ``_()``::

    from circlesoftrust.i18n import _, ngettext
    raise ValidationError(field, _("{value!r} is not an amount").format(value=value))
    ngettext("{n} account", "{n} accounts", n).format(n=n)

Never build a sentence from translated pieces, and never put an f-string inside ``_()``:
the extractor (``pybabel extract``, config in ``babel.cfg``) reads the literal. JSON keys and
kind codes are not translated.

The catalogues live in ``circlesoftrust/locale/<lang>/LC_MESSAGES/circlesoftrust.po`` (the
sources, in git); ``make catalogues`` compiles them to ``.mo`` (never committed). When a
``.mo`` is missing or older than its ``.po`` (a wheel built without the step, a fresh
checkout), the ``.po`` is compiled in memory with Babel instead: slower, never wrong.

The language: ``set_language("nl")`` (``--lang``, the app's Settings), else the system
locale (``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES``, ``LANG``); English when the system asks
for a language we have no catalogue for. Formats follow the *format locale*: the system
locale when it speaks the chosen language (``nl_BE`` stays Belgian), else the language's
own (``nl`` → Dutch formats).
"""

from __future__ import annotations

import argparse
import gettext
import json
import os
import threading
from collections.abc import Sequence
from pathlib import Path

from babel import Locale, UnknownLocaleError

DOMAIN = "circlesoftrust"
LOCALE_DIR = Path(__file__).resolve().parent / "locale"
#: The languages the app speaks; English is the source language (no catalogue).
LANGUAGES: dict[str, str] = {"en": "English", "nl": "Nederlands", "de": "Deutsch"}
SOURCE_LANGUAGE = "en"
#: Set by ``--lang`` for a whole process (the CLI passes it down to child processes too).
ENV_VAR = "CIRCLESOFTRUST_LANG"

_lock = threading.Lock()
_language = SOURCE_LANGUAGE
_format_locale = Locale.parse("en_US")
_translations: gettext.NullTranslations = gettext.NullTranslations()


def N_(message: str) -> str:
    """Mark ``message`` for extraction without translating it now (tables built at import)."""
    return message


def _(message: str) -> str:
    """``message`` in the current language (itself when there is no translation)."""
    return _translations.gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """The form of a counted text for ``n`` in the current language."""
    return _translations.ngettext(singular, plural, n)


def pgettext(context: str, message: str) -> str:
    """``message`` in the current language, told apart by ``context`` (same English word)."""
    return _translations.pgettext(context, message)


# argparse's own texts ("usage:", "options", "error:", "invalid choice"...): argparse reads
# them through the module-level gettext functions it imported (its `_` and `ngettext`), so
# pointing those at our catalogue translates the parser's words in the CLI and the app's
# `--help` (the stdlib ships no catalogue of its own). Marked here for the extractor; the
# programmer errors argparse raises while a parser is built are left out.
ARGPARSE_TEXTS = (
    N_("usage: "),
    N_("positional arguments"),
    N_("options"),
    N_("show this help message and exit"),
    N_("%(prog)s: error: %(message)s\n"),
    N_("argument %(argument_name)s: %(message)s"),
    N_("unrecognized arguments: %s"),
    N_("the following arguments are required: %s"),
    N_("one of the arguments %s is required"),
    N_("not allowed with argument %s"),
    N_("ignored explicit argument %r"),
    N_("expected one argument"),
    N_("expected at most one argument"),
    N_("expected at least one argument"),
    N_("ambiguous option: %(option)s could match %(matches)s"),
    N_("unexpected option string: %s"),
    N_("invalid %(type)s value: %(value)r"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("unknown parser %(parser_name)r (choices: %(choices)s)"),
    N_("can't open '%(filename)s': %(error)s"),
)


def _argparse_ngettext(singular: str, plural: str, n: int) -> str:
    return ngettext(singular, plural, n)


def _argparse_plurals(n: int) -> str:  # pragma: no cover - marks argparse's counted text
    return ngettext("expected %s argument", "expected %s arguments", n)


class Phrase(str):
    """A text in the current language that keeps its English source and values, so a copy
    stored in the database (:func:`phrases_json`) reads in the language of whoever reads
    it later (:func:`phrases_from_json`), not in the one of the run that wrote it.

    Mark the source for the extractor: ``Phrase(N_("same phone {phone}"), phone=p)``.
    Values must be JSON's (text, numbers)."""

    source: str
    values: dict[str, object]

    def __new__(cls, source: str, **values: object) -> Phrase:
        phrase = super().__new__(cls, _(source).format(**values))
        phrase.source = source
        phrase.values = values
        return phrase

    def __reduce__(self) -> tuple[object, ...]:  # a worker process sends them back whole
        return (_phrase, (self.source, self.values))


def _phrase(source: str, values: dict[str, object]) -> Phrase:
    return Phrase(source, **values)


def phrases_json(texts: Sequence[str]) -> str:
    """``texts`` as JSON: a :class:`Phrase` as its source and values, other texts as they are."""
    return json.dumps(
        [{"text": t.source, "values": t.values} if isinstance(t, Phrase) else t for t in texts],
        ensure_ascii=False,
    )


def phrases_from_json(stored: str) -> tuple[str, ...]:
    """What :func:`phrases_json` stored, in the current language (plain texts stored before
    as they are)."""
    return tuple(
        Phrase(item["text"], **item["values"]) if isinstance(item, dict) else str(item)
        for item in json.loads(stored)
    )


def language() -> str:
    """The language code in use: ``en``, ``nl`` or ``de``."""
    return _language


def format_locale() -> Locale:
    """The Babel locale that formats numbers, money and dates (see the module's doc)."""
    return _format_locale


def system_locale() -> Locale | None:
    """The locale the system asks for, or None (C/POSIX, unset, unknown).

    Read from ``LANGUAGE`` (its first entry), ``LC_ALL``, ``LC_MESSAGES``, ``LANG`` — in
    gettext's order. Not ``LC_CTYPE``: Python sets it to C.UTF-8 itself when the system's
    locale is not installed (PEP 538), which would hide ``LANG``.
    """
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "").split(":")[0].split(".")[0].split("@")[0]
        if not value or value in ("C", "POSIX"):
            continue
        try:
            return Locale.parse(value)
        except (UnknownLocaleError, ValueError):
            continue
    return None


def normalise_language(code: str | None) -> str | None:
    """``"nl_NL.UTF-8"`` / ``"de-AT"`` / ``"NL"`` → ``"nl"`` / ``"de"``; None if not ours."""
    if not code:
        return None
    base = code.strip().replace("-", "_").split(".")[0].split("@")[0].split("_")[0].lower()
    return base if base in LANGUAGES else None


def choose_language(requested: str | None = None) -> str:
    """The language to use: the request (``--lang``/Settings), ``$CIRCLESOFTRUST_LANG``,
    the system locale, else English. ``"system"`` or an empty request means "no request"."""
    for candidate in (requested, os.environ.get(ENV_VAR)):
        if candidate and candidate != "system":
            chosen = normalise_language(candidate)
            if chosen is None:
                raise ValueError(
                    f"{candidate!r} is not a language of this app "
                    f"(choose one of: {', '.join(LANGUAGES)})"
                )
            return chosen
    found = system_locale()
    return normalise_language(found.language if found else None) or SOURCE_LANGUAGE


def _format_locale_for(lang: str) -> Locale:
    found = system_locale()
    if found is not None and found.language == lang and found.territory:
        return found
    if lang == SOURCE_LANGUAGE:
        return Locale.parse("en_US")
    return Locale.parse(lang)  # Babel fills in the likely territory (nl → nl_NL)


def load_translations(lang: str) -> gettext.NullTranslations:
    """The compiled catalogue of ``lang`` (the ``.mo``; the ``.po`` compiled in memory when
    the ``.mo`` is missing or stale); the source texts for English."""
    if lang == SOURCE_LANGUAGE:
        return gettext.NullTranslations()
    folder = LOCALE_DIR / lang / "LC_MESSAGES"
    po, mo = folder / f"{DOMAIN}.po", folder / f"{DOMAIN}.mo"
    if mo.exists() and (not po.exists() or mo.stat().st_mtime >= po.stat().st_mtime):
        with mo.open("rb") as fh:
            return gettext.GNUTranslations(fh)
    if not po.exists():
        return gettext.NullTranslations()
    return _compile_in_memory(po)


def _compile_in_memory(po: Path) -> gettext.NullTranslations:
    import io

    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    with po.open("rb") as fh:
        catalog = read_po(fh)
    buffer = io.BytesIO()
    write_mo(buffer, catalog)
    buffer.seek(0)
    return gettext.GNUTranslations(buffer)


def set_language(requested: str | None = None) -> str:
    """Switch the core's texts and formats to ``requested`` (see :func:`choose_language`).

    Returns the language now in use. Raises ValueError for a language we do not have.
    """
    global _language, _format_locale, _translations
    lang = choose_language(requested)
    translations = load_translations(lang)
    with _lock:
        _language = lang
        _format_locale = _format_locale_for(lang)
        _translations = translations
    # argparse's words (see ARGPARSE_TEXTS) in the same language.
    argparse._ = _  # type: ignore[attr-defined]
    argparse.ngettext = _argparse_ngettext  # type: ignore[attr-defined]
    return lang


def requested_language(argv: Sequence[str]) -> str | None:
    """``--lang nl`` / ``--lang=nl`` in a command line, read before its parser is built (so
    that the parser's help and messages speak that language too); None if not given."""
    for i, arg in enumerate(argv):
        if arg == "--":
            break
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--lang="):
            return arg.removeprefix("--lang=")
    return None


def compile_catalogue(po: Path, mo: Path) -> None:
    """Compile ``po`` to ``mo`` (``make catalogues``: ``python -m circlesoftrust.i18n PO MO``)."""
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    with po.open("rb") as fh:
        catalog = read_po(fh)
    with mo.open("wb") as out:
        write_mo(out, catalog)


if __name__ == "__main__":  # pragma: no cover - the Makefile's step
    import sys

    compile_catalogue(Path(sys.argv[1]), Path(sys.argv[2]))
