"""The command line's usage error, below every CLI module (they all raise it)."""


class CommandError(Exception):
    """A usage problem found by a command handler (printed as one line, exit 1)."""
