"""Possible duplicate clients: how alike two people's names and birth dates are (pure).

:func:`score` compares a person (names, date of birth) with another and returns a
:class:`Match`: a score from 0 to 1 and the reasons, as codes the GUI and CLI word
("same phonetic name, birth date day/month swapped"). Names are compared token by token
after folding (``name_keys``), whatever the order of the tokens, legal name against
preferred name too; the date of birth counts for (same, day and month swapped, within a
year) or against (further apart) a match, and a missing one counts neither way.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from functools import lru_cache

from nap_desktop.domain.messages import N_
from nap_desktop.domain.name_keys import joined_variants, sound_keys, tokens

#: A candidate is worth showing from this score on (``bench/bench_duplicates.py`` and
#: ``tests/domain/test_duplicates.py`` measure precision and recall at it).
THRESHOLD = 0.55
_NAME_WEIGHT = 0.65


class Reason(StrEnum):
    SAME_NAME = "same_name"
    PHONETIC_NAME = "phonetic_name"
    SIMILAR_NAME = "similar_name"
    PARTIAL_NAME = "partial_name"
    SAME_DOB = "same_dob"
    DOB_SWAPPED = "dob_swapped"
    DOB_NEAR = "dob_near"
    DOB_MISSING = "dob_missing"


REASON_LABELS: dict[Reason, str] = {
    Reason.SAME_NAME: N_("same name"),
    Reason.PHONETIC_NAME: N_("same phonetic name"),
    Reason.SIMILAR_NAME: N_("similar name (a spelling slip)"),
    Reason.PARTIAL_NAME: N_("part of the name matches"),
    Reason.SAME_DOB: N_("same birth date"),
    Reason.DOB_SWAPPED: N_("birth date day/month swapped"),
    Reason.DOB_NEAR: N_("birth date within a year"),
    Reason.DOB_MISSING: N_("no birth date to compare"),
}


@dataclass(frozen=True, slots=True)
class Person:
    """What is compared: both names (either may be blank) and the date of birth."""

    legal_name: str
    preferred_name: str = ""
    date_of_birth: date | None = None


@dataclass(frozen=True, slots=True)
class Match:
    score: float
    reasons: tuple[Reason, ...]

    @property
    def likely(self) -> bool:
        return self.score >= THRESHOLD


def _edits(a: str, b: str) -> int:
    """Optimal string alignment distance (a swap of two neighbours is one edit)."""
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        prev2, prev = prev, cur
    return prev[-1]


@lru_cache(maxsize=1 << 16)
def token_similarity(a: str, b: str, *, slips: bool = True) -> float:
    """1 the same, 0.9 sounding alike, 0.8 one slip apart (two in a long name; not
    looked for when ``slips`` is false), 0.5 an initial, else 0."""
    if a == b:
        return 1.0
    if len(a) == 1 or len(b) == 1:
        return 0.5 if a[0] == b[0] else 0.0
    if sound_keys(a) & sound_keys(b):
        return 0.9
    # Short names one letter apart are often different names (Le/Ly, Yang/Wang).
    if slips and min(len(a), len(b)) >= 5 and _edits(a, b) <= (
            2 if min(len(a), len(b)) >= 8 else 1):
        return 0.8
    return 0.0


def _aligned(a: list[str], b: list[str], slips: bool) -> tuple[float, float]:
    """Greedy best pairing of tokens in any order: (score, weakest pairing used)."""
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    free = list(long_)
    total, weakest = 0.0, 1.0
    for tok in sorted(short, key=len, reverse=True):
        best, at = 0.0, -1
        for i, other in enumerate(free):
            sim = token_similarity(tok, other, slips=slips)
            if sim > best:
                best, at = sim, i
        if at >= 0:
            free.pop(at)
            weakest = min(weakest, best)
        total += best
    # A single shared token is weak evidence, however good a match.
    return total / max(2, len(short)), weakest


def name_score(a: str, b: str) -> tuple[float, float]:
    """How alike two names are (0..1) and the weakest token pairing that got there,
    over the joined/split readings of both."""
    ta, tb = tokens(a), tokens(b)
    if not ta or not tb:
        return 0.0, 0.0
    best = (0.0, 0.0)
    for va in joined_variants(ta):
        for vb in joined_variants(tb):
            # A slip inside two joined tokens is too loose ("levan"/"livan").
            plain = len(va) == len(ta) and len(vb) == len(tb)
            best = max(best, _aligned(va, vb, plain))
    return best


def _names(p: Person) -> list[str]:
    return [n for n in (p.legal_name, p.preferred_name) if n.strip()]


def _dob(a: date | None, b: date | None) -> tuple[float, Reason | None]:
    if a is None or b is None:
        return 0.0, Reason.DOB_MISSING
    if a == b:
        return 0.35, Reason.SAME_DOB
    if a.year == b.year and a.day == b.month and a.month == b.day:
        return 0.3, Reason.DOB_SWAPPED
    if abs((a - b).days) <= 366:
        return 0.15, Reason.DOB_NEAR
    return -0.4, None


def keys_needed(query_keys: int) -> int:
    """How many index keys a stored client must share with a name to be scored at all
    (or one, with a birth year within one of the person's): ``store/match_index.py``."""
    return min(2, query_keys)


def score(a: Person, b: Person) -> Match:
    """How likely ``a`` and ``b`` are one person, and why."""
    dob_part, dob_reason = _dob(a.date_of_birth, b.date_of_birth)
    if dob_part < 0:
        return Match(0.0, ())  # birth dates over a year apart: however alike the names
    name, weakest = max((name_score(x, y) for x in _names(a) for y in _names(b)),
                        default=(0.0, 0.0))
    if name == 0.0:
        return Match(0.0, ())
    if name < 1.0 and weakest >= 0.5 and name >= 0.75:
        kind = Reason.PHONETIC_NAME if weakest >= 0.9 else Reason.SIMILAR_NAME
    else:
        kind = Reason.SAME_NAME if name == 1.0 else Reason.PARTIAL_NAME
    if kind is Reason.PARTIAL_NAME and dob_part > 0:
        dob_part /= 2  # half a name and a near birth date: two common coincidences
    total = max(0.0, min(1.0, name * _NAME_WEIGHT + dob_part))
    reasons = (kind,) if dob_reason is None else (kind, dob_reason)
    return Match(round(total, 3), reasons)
