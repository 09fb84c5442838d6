"""Text that is safe to store, print and export: no control characters.

A name such as ``Mallory ESC]0;OWNED BEL`` would retitle the user's terminal when printed,
and a NUL byte makes our own exports unreadable to our own import. Control characters
have no place in names, notes or any other text we keep, so they are taken out on the way
in (the import report says so), and anything printed as plain text shows them visibly.
Standard library only.
"""

from __future__ import annotations

import re

# C0 controls and DEL and the C1 range (U+0080-U+009F: 8-bit CSI, OSC...). Tab, line
# feed and carriage return are text layout and stay (names fold them to spaces anyway).
# Also the bidirectional embeddings, overrides and isolates (U+202A-U+202E,
# U+2066-U+2069): they make a list or a terminal show text in another order than it is
# stored ("Invoice<RLO>fdp.exe" reads as "Invoiceexe.pdf"). Right-to-left text needs none
# of them (the marks U+200E/U+200F/U+061C, which reorder nothing, stay).
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
# How spreadsheets start a formula (OWASP "CSV injection"); our exports neutralise these.
FORMULA_STARTS = ("=", "+", "-", "@")


def has_controls(text: str) -> bool:
    return _CONTROLS.search(text) is not None


def without_controls(text: str) -> str:
    """``text`` with its control characters removed (tab and line breaks kept)."""
    return _CONTROLS.sub("", text) if _CONTROLS.search(text) else text


def _visible(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x20 else f"\\u{code:04x}"


def visible_controls(text: str) -> str:
    """Control characters spelt out (``\\x1b``, ``\\u009b``) for a terminal to show, not obey."""
    return _CONTROLS.sub(_visible, text) if _CONTROLS.search(text) else text


def looks_like_formula(text: str) -> bool:
    """True for text a spreadsheet would run as a formula (``=HYPERLINK(...)``)."""
    stripped = text.lstrip()
    return len(stripped) > 1 and stripped.startswith(FORMULA_STARTS) and not stripped[1].isspace()
