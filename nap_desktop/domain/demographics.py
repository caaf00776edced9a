"""The reported client fields (issue #13): gender, race and ethnicity, sex, citizenship,
referral source. Each holds real answers or exactly ONE of "client doesn't know",
"client refused", "not collected" — never an answer and a no-answer together, never two
no-answers (HMIS counts them apart: data quality, APR Q6)."""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from nap_desktop.domain.enums import (
    DOESNT_KNOW,
    NOT_COLLECTED,
    REFUSED,
    Citizenship,
    Gender,
    RaceEthnicity,
    ReferralSource,
    Sex,
)
from nap_desktop.domain.errors import ValidationError
from nap_desktop.domain.messages import N_, Message

NO_ANSWER = frozenset({DOESNT_KNOW, REFUSED, NOT_COLLECTED})
#: field -> (vocabulary, several answers allowed, label)
FIELDS: dict[str, tuple[type[StrEnum], bool, str]] = {
    "gender": (Gender, True, N_("Gender")),
    "race_ethnicity": (RaceEthnicity, True, N_("Race and ethnicity")),
    "sex": (Sex, False, N_("Sex")),
    "citizenship": (Citizenship, False, N_("Citizenship")),
    "referral_source": (ReferralSource, False, N_("Referral source")),
}
EXCLUSIVE = N_("{label}: “doesn't know”, “refused” and “not collected” stand alone — "
               "remove the other choices, or that one.")
EMPTY = N_("{label}: choose at least one answer, or “not collected”.")
INVALID = N_("Choose a valid value for “{label}”.")


def check_set(name: str, values: Iterable[str]) -> frozenset[str]:
    """The stored values of a multi-answer field, or a ValidationError naming it."""
    vocab, _multi, label = FIELDS[name]
    chosen = frozenset(str(x) for x in values)
    if not chosen:
        raise ValidationError(EMPTY, field=name, label=Message(label))
    if any(x not in vocab._value2member_map_ for x in chosen):
        raise ValidationError(INVALID, field=name, label=Message(label))
    if chosen & NO_ANSWER and len(chosen) > 1:
        raise ValidationError(EXCLUSIVE, field=name, label=Message(label))
    return chosen


def check_one(name: str, value: str) -> str:
    """The stored value of a one-answer field, or a ValidationError naming it."""
    vocab, _multi, label = FIELDS[name]
    if str(value) not in vocab._value2member_map_:
        raise ValidationError(INVALID, field=name, label=Message(label))
    return str(value)


def is_no_answer(value: str) -> bool:
    return value in NO_ANSWER
