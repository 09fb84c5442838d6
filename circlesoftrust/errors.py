"""Errors a user can cause and understand. Each carries one clear line of text."""

from __future__ import annotations


class CotError(Exception):
    """Base of every error meant for the user (CLI prints it; the app shows it).

    ``section``: the part of the settings whose values the error is about ("rings",
    "scoring", "perks", "checklists"), set where a settings save refuses them, so a window
    can show the page that fixes it without reading the (translated) text."""

    section: str | None = None


class ValidationError(CotError):
    """A value the user gave is not acceptable; names the field. Nothing was written."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


class NotFoundError(CotError):
    """The thing the user named does not exist (or the name is ambiguous)."""


class ConflictError(CotError):
    """The change would break a rule of the data (duplicate name, ring in use...)."""


class DatabaseOpenError(CotError):
    """The database cannot be opened: not ours, damaged, too new, unreachable."""
