"""Passphrase policy (after the CJIS Security Policy 5.9.2 / NIST SP 800-63B memorised-secret
rules: length over composition, no common or context-specific secrets) and a strength score
for the meter in the first-run wizard."""

from __future__ import annotations

import math
import unicodedata

from nap_desktop.domain.errors import ValidationError
from nap_desktop.domain.messages import N_

MIN_LENGTH = 12
MAX_LENGTH = 256

# The most common choices seen in breach lists, and words specific to this context.
_COMMON = frozenset(
    """password passw0rd 123456789012 qwertyuiopas iloveyou1234 letmein12345 welcome12345
    changeme1234 administrator trafficking nap-desktop napdesktop shelter12345 caseworker12
    supervisor12 password1234 password123! qwerty123456 abc123456789""".split()
)


def _normalised(passphrase: str) -> str:
    return unicodedata.normalize("NFC", passphrase)


def check_passphrase(passphrase: str, *, user_name: str = "", agency_name: str = "") -> None:
    """Raise ValidationError with a plain reason if the passphrase is not acceptable."""
    text = _normalised(passphrase)
    if len(text) < MIN_LENGTH:
        raise ValidationError(
            N_("Use at least {n} characters. A few unrelated words are easy to remember."),
            field="passphrase",
            n=MIN_LENGTH,
        )
    if len(text) > MAX_LENGTH:
        raise ValidationError(
            N_("Use at most {n} characters."), field="passphrase", n=MAX_LENGTH
        )
    lowered = text.casefold()
    if len(set(lowered)) < 4:
        raise ValidationError(N_("Use more different characters."), field="passphrase")
    if lowered in _COMMON or lowered.rstrip("0123456789!") in _COMMON:
        raise ValidationError(N_("That passphrase is too common."), field="passphrase")
    for context in (user_name, agency_name):
        if context and len(context) >= 4 and context.casefold() in lowered:
            raise ValidationError(
                N_("Don't use your user name or the agency name in the passphrase."),
                field="passphrase",
            )


def strength_bits(passphrase: str) -> float:
    """A rough entropy estimate for the meter: character-class pool size times length,
    discounted for repeats. It is a guide for the person, not a security guarantee."""
    text = _normalised(passphrase)
    if not text:
        return 0.0
    pool = 0
    pool += 26 if any(c.islower() for c in text) else 0
    pool += 26 if any(c.isupper() for c in text) else 0
    pool += 10 if any(c.isdigit() for c in text) else 0
    pool += 33 if any(not c.isalnum() and c.isascii() for c in text) else 0
    pool += 100 if any(not c.isascii() for c in text) else 0
    distinct = len(set(text))
    effective_length = min(len(text), distinct * 2)
    return effective_length * math.log2(max(pool, 2))


def strength_label(bits: float) -> str:
    """One of: "too weak", "weak", "fair", "strong", "very strong"."""
    if bits < 40:
        return "too weak"
    if bits < 60:
        return "weak"
    if bits < 80:
        return "fair"
    if bits < 110:
        return "strong"
    return "very strong"
