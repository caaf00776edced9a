"""Hashing names for HashStatus 4 ("SHA-256 (RHY)"), as the HMIS CSV specification does.

The specification (carried over from the RHY hashing rules) hashes the Soundex code of a
name, not the name: two spellings that sound alike give the same hash, so records can
be matched without the name. Green River's exporter does the same
(``Digest::SHA256.hexdigest(Soundex.new(name).soundex)``, drivers/hmis_csv_twenty_twenty_four/
.../exporter/client/overrides.rb). A Soundex code has only a few thousand values: the hash
hides the spelling, not the person (docs/grant-reports.md, section "HMIS").
"""

from __future__ import annotations

import hashlib
import unicodedata

_CODES = {
    **dict.fromkeys("BFPV", "1"),
    **dict.fromkeys("CGJKQSXZ", "2"),
    **dict.fromkeys("DT", "3"),
    "L": "4",
    **dict.fromkeys("MN", "5"),
    "R": "6",
}


def _letters(name: str) -> str:
    """The name's letters A-Z, upper case, accents removed (José -> JOSE)."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    return "".join(ch for ch in plain.upper() if "A" <= ch <= "Z")


def soundex(name: str) -> str:
    """American Soundex (the letter, then three digits; H and W do not separate two
    letters of the same code, vowels do). "" for a name without a Latin letter."""
    letters = _letters(name)
    if not letters:
        return ""
    digits = []
    last = _CODES.get(letters[0], "")
    for ch in letters[1:]:
        code = _CODES.get(ch, "")
        if code and code != last:
            digits.append(code)
        if ch not in "HW":
            last = code
    return (letters[0] + "".join(digits) + "000")[:4]


def hash_name(name: str) -> str:
    """SHA-256 (64 lower-case hex characters) of the name's Soundex code; "" stays ""."""
    code = soundex(name)
    if not code:
        return ""
    return hashlib.sha256(code.encode("ascii")).hexdigest()
