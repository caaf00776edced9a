"""The one rule for text the vault stores and a transfer package carries.

Input (``services/validate.py``) and the package schema (``transfer/checks.py``) both ask
:func:`text_problem`, so nothing can be saved that a later export would refuse to send.
Short text (a name, a number: at most :data:`SHORT_TEXT` characters) is one line: no
control characters at all. Long text (notes, safety notes, purposes) keeps its line
breaks and tabs but never a NUL. No text holds a lone surrogate: it cannot be written as
UTF-8, so neither the vault nor a package could store it.
"""

from __future__ import annotations

import re
from enum import StrEnum
from typing import Any

#: Text up to this many characters is short (one line).
SHORT_TEXT = 200

_CONTROL = re.compile("[\x00-\x1f]")
_SURROGATE = re.compile("[\ud800-\udfff]")


class TextProblem(StrEnum):
    CONTROL = "control"  # a line break, tab or other control character in short text
    NUL = "nul"  # a NUL character in long text
    SURROGATE = "surrogate"  # half of a UTF-16 pair: not a character at all


def is_short(limit: int) -> bool:
    """Whether a field of at most ``limit`` characters is short (one line) text."""
    return limit <= SHORT_TEXT


def has_lone_surrogate(value: str) -> bool:
    """Whether ``value`` holds half of a UTF-16 pair (how Python keeps bytes that were
    not UTF-8 in an argument, a file name or an environment variable)."""
    return _SURROGATE.search(value) is not None


def text_problem(value: str, limit: int) -> TextProblem | None:
    """What makes ``value`` unfit for a field of at most ``limit`` characters (its length
    aside), or None when it may be stored and sent."""
    if has_lone_surrogate(value):
        return TextProblem.SURROGATE
    if is_short(limit):
        return TextProblem.CONTROL if _CONTROL.search(value) is not None else None
    return TextProblem.NUL if "\x00" in value else None


def without_nul(value: Any) -> Any:
    """``value`` with every NUL removed from the text inside it (dicts and lists walked).

    For the export of text saved before the rule held at input: a NUL carries nothing a
    reader could see, and refusing the record would fail every later export to the
    partner. Short text never held one (input refused control characters there)."""
    if isinstance(value, str):
        return value.replace("\x00", "") if "\x00" in value else value
    if isinstance(value, dict):
        return {k: without_nul(v) for k, v in value.items()}
    if isinstance(value, list):
        return [without_nul(v) for v in value]
    return value
