"""Input checks shared by the services. Messages are for the person filling the form."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from enum import StrEnum
from typing import TypeVar

from nap_desktop.domain import moments
from nap_desktop.domain.errors import StaleRecord, ValidationError
from nap_desktop.domain.fields import LONG_TEXT, Field
from nap_desktop.domain.messages import N_, NP_, Message
from nap_desktop.domain.text_rules import SHORT_TEXT, TextProblem, text_problem

E = TypeVar("E", bound=StrEnum)

MAX_SHORT = SHORT_TEXT
MAX_LONG = LONG_TEXT


def text(
    value: str, *, field: str, label: str, required: bool = False, limit: int = MAX_SHORT,
    spec: Field | None = None,
) -> str:
    """Trim, require and bound a text field, and hold it to the rule a transfer package
    holds it to (``domain.text_rules``): what is saved can always be exported. With
    ``spec`` (a field of ``domain.fields``) the limit is the registry's, the one the
    package schema reads."""
    if spec is not None:
        limit = spec.max_length or MAX_SHORT
    if not isinstance(value, str):
        raise ValidationError(N_("{label} must be text."), field=field, label=Message(label))
    cleaned = value.strip()
    if required and not cleaned:
        raise ValidationError(N_("{label} is required."), field=field, label=Message(label))
    if len(cleaned) > limit:
        raise ValidationError(N_("{label} is too long (at most {limit} characters)."),
                              field=field, label=Message(label), limit=limit)
    problem = text_problem(cleaned, limit)
    if problem is TextProblem.CONTROL:
        raise ValidationError(N_("{label} cannot contain line breaks or tabs."), field=field,
                              label=Message(label))
    if problem is TextProblem.NUL:
        raise ValidationError(
            N_(
                "{label} contains an invisible null character (often pasted from another "
                "program): remove it and try again. Nothing was saved."
            ),
            field=field,
            label=Message(label),
        )
    if problem is TextProblem.SURROGATE:
        raise ValidationError(
            N_(
                "{label} contains a broken character (half of a symbol or emoji): retype it "
                "and try again. Nothing was saved."
            ),
            field=field,
            label=Message(label),
        )
    return cleaned


def text_list(values: Iterable[str], *, field: str, label: str, item_label: str,
              spec: Field) -> list[str]:
    """A list of short texts (a client's languages): each item as :func:`text`, blanks and
    repeats dropped, at most as many as the registry allows (a package carries no more)."""
    cleaned = [text(x, field=field, label=item_label, limit=spec.max_length or MAX_SHORT)
               for x in values]
    kept = list(dict.fromkeys(x for x in cleaned if x))
    if spec.max_items is not None and len(kept) > spec.max_items:
        raise ValidationError(
            NP_("{label}: enter at most {n} item.", "{label}: enter at most {n} items."),
            field=field, label=Message(label), n=spec.max_items,
        )
    return kept


def choice(enum: type[E], value: str | E, *, field: str, label: str) -> E:
    try:
        return enum(value)
    except ValueError:
        raise ValidationError(
            N_("Choose a valid value for “{label}”."), field=field, label=Message(label)
        ) from None


def choices(enum: type[E], values: Iterable[str | E], *, field: str, label: str) -> frozenset[E]:
    return frozenset(choice(enum, v, field=field, label=label) for v in values)


def expect_revision(current: int, expected: int | None) -> None:
    """Optimistic concurrency: an edit made against an old revision is refused, not merged."""
    if expected is not None and expected != current:
        raise StaleRecord()


# --- dates (issue #10: bounded on input, as on import) ----------------------------------


def day(value: date | None, *, field: str, label: str) -> None:
    """Refuse a date a person entered outside the span the app accepts
    (``domain.moments``: the same bound as a transfer package's dates). None passes."""
    if value is not None and not moments.date_in_bounds(value):
        raise ValidationError(
            N_("{label} must be between {first} and {last}."),
            field=field,
            label=Message(label),
            first=moments.EARLIEST,
            last=moments.LATEST,
        )
