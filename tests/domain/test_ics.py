"""The iCalendar writer's line folding: a short line is written whole, a long one is
folded at 75 octets without splitting a UTF-8 character (RFC 5545 3.1)."""

from __future__ import annotations

import pytest

from nap_desktop.domain.ics import MAX_OCTETS, fold


def _fold_by_character(line: str) -> bytes:
    """The fold as first written, character by character: the reference."""
    out: list[bytes] = []
    current = b""
    for char in line:
        encoded = char.encode("utf-8")
        if len(current) + len(encoded) > MAX_OCTETS:
            out.append(current)
            current = b" "
        current += encoded
    out.append(current)
    return b"\r\n".join(out) + b"\r\n"


@pytest.mark.parametrize("line", [
    "", "END:VEVENT", "S" * 74, "S" * 75, "S" * 76, "S" * 300,
    "SUMMARY:" + "é" * 33 + "x",  # 75 octets, two-byte characters
    "SUMMARY:" + "é" * 34,  # 76 octets: folds before a whole character
    "SUMMARY:Plan review — NAP-26-00001 " + "漢" * 40,
])
def test_fold_matches_the_character_walk(line: str) -> None:
    folded = fold(line)
    assert folded == _fold_by_character(line)
    assert all(len(part) <= MAX_OCTETS for part in folded.split(b"\r\n"))
    assert folded.replace(b"\r\n ", b"").decode("utf-8") == line + "\r\n"
