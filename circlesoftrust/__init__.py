"""Circles of Trust: the Qt-free core (domain, storage, rules, import/export, CLI)."""

# The one version of the product: pyproject.toml reads it (setuptools' dynamic version),
# `circlesoftrust --version` and `circlesoftrust-app --version` print it, About shows it.
__version__ = "0.1.0"
