"""The words an action-log entry uses for the fields an edit changed ("Alder Labs: industry,
tags changed"), in the language of the user who made the change, like the rest of the entry."""

from __future__ import annotations

from collections.abc import Iterable

from circlesoftrust.i18n import pgettext


def _words() -> dict[str, str]:
    # Spelled out (not looked up by a variable) so the catalogue extraction finds each one.
    return {
        "name": pgettext("field", "name"),
        "industry": pgettext("field", "industry"),
        "website": pgettext("field", "website"),
        "notes": pgettext("field", "notes"),
        "tags": pgettext("field", "tags"),
        "pinned": pgettext("field", "pinned"),
        "needs review": pgettext("field", "needs review"),
        "journey phase": pgettext("field", "journey phase"),
        "owner": pgettext("field", "owner"),
        "role": pgettext("field", "role"),
        "title": pgettext("field", "title"),
        "email": pgettext("field", "e-mail"),
        "phone": pgettext("field", "phone"),
        "stage": pgettext("field", "stage"),
        "stage override": pgettext("field", "stage"),
        "colour": pgettext("field", "colour"),
        "cadence days": pgettext("field", "cadence"),
        "insight delay days": pgettext("field", "insight delay"),
        "detail level": pgettext("field", "detail level"),
        "min score": pgettext("field", "threshold"),
        "discussion open": pgettext("field", "open for discussion"),
        "customers only": pgettext("field", "customers only"),
        "description": pgettext("field", "description"),
    }


def changed_fields(codes: Iterable[str]) -> str:
    """The changed fields as a list in words; a field without a word yet keeps its code."""
    words = _words()
    return ", ".join(words.get(code.replace("_", " "), code.replace("_", " ")) for code in codes)
