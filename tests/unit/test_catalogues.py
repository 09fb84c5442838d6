"""The core's Dutch and German catalogues are complete (issue 14).

The texts are read from the code as ``make translations`` reads them (Babel's extractor);
every one of them must have a finished translation in nl and de. A new ``_("…")`` without
its translations fails here, naming it.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from babel.messages.extract import extract, extract_from_dir
from babel.messages.pofile import read_po

from circlesoftrust import i18n

PACKAGE = Path(i18n.__file__).resolve().parent
# The window's modules that print before Qt starts (the app's command line) use the core's
# catalogue too (the Makefile's CORE_TEXTS_IN_UI).
CORE_TEXTS_IN_UI = ("ui/shell/app.py", "ui/shell/qt_libraries.py")
FIELDS = re.compile(r"\{[^{}]*\}")


def _code_messages() -> set[str | tuple[str, ...]]:
    messages = [
        found[2] for found in extract_from_dir(str(PACKAGE), method_map=[("**.py", "python")])
    ]
    for name in CORE_TEXTS_IN_UI:
        with (PACKAGE.parent / name).open("rb") as fh:
            messages += [found[1] for found in extract("python", fh)]
    return {m if isinstance(m, str) else tuple(x for x in m if x) for m in messages}


@pytest.fixture(scope="module")
def code_messages() -> set[str | tuple[str, ...]]:
    return _code_messages()


@pytest.mark.parametrize("lang", ["nl", "de"])
def test_every_core_text_is_translated(lang: str, code_messages: set) -> None:  # type: ignore[type-arg]
    po = i18n.LOCALE_DIR / lang / "LC_MESSAGES" / f"{i18n.DOMAIN}.po"
    with po.open("rb") as fh:
        catalog = read_po(fh, locale=lang)
    translated = {}
    for m in catalog:
        if not m.id:
            continue
        key = m.id if isinstance(m.id, str) else tuple(m.id)
        strings = (m.string,) if isinstance(m.string, str) else tuple(m.string)
        if m.fuzzy or not all(s.strip() for s in strings):
            continue
        translated[key] = strings
    missing = sorted(str(k) for k in code_messages if k not in translated)
    assert not missing, f"{len(missing)} texts without a {lang} translation: {missing[:20]}"
    # A translation keeps the placeholders of its source ({name}, {n}…), or .format() fails.
    broken = [
        (key, s)
        for key, strings in translated.items()
        for s in strings
        if sorted(FIELDS.findall(s))
        != sorted(FIELDS.findall(key if isinstance(key, str) else key[-1]))
        and key in code_messages
    ]
    assert not broken, f"placeholders differ: {broken[:10]}"
