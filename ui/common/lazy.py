"""Service modules imported on first use, so the window paints before SQLAlchemy loads.

``accounts_service = lazy_module("circlesoftrust.services.accounts")`` behaves like the
module for attribute access (``accounts_service.list_accounts(...)``) but imports it only
then. The services pull in SQLAlchemy and the models (≈ 0.35 s); the start-up path needs
none of them before the first paint (``circlesoftrust.first_look`` reads the account
list with the standard library), and by the time a user acts, the background open of the
database has imported them. ``tests/gui/test_startup.py`` keeps it so.
"""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import Any


class LazyModule:
    """A stand-in for a module, imported by the first attribute read (thread-safe: the
    import system's own lock serialises a first use from two threads)."""

    def __init__(self, name: str) -> None:
        self._name = name
        self._module: ModuleType | None = None

    def __getattr__(self, attr: str) -> Any:
        module = self._module
        if module is None:
            module = importlib.import_module(self._name)
            self._module = module
        return getattr(module, attr)

    def __repr__(self) -> str:
        state = "loaded" if self._module is not None else "not loaded yet"
        return f"<lazy module {self._name!r} ({state})>"


def lazy_module(name: str) -> Any:
    """``name`` as a :class:`LazyModule` (typed ``Any``: it stands in for the module)."""
    return LazyModule(name)
