"""The order rules of every date a caseworker enters, written once as a table.

Each rule says that one date may not come before another (or, for a few, not on the
same day either), or that a date of something that has happened may not lie after today.
The message names the rule and both dates ("The expected exit (3 Mar 2026) is before the
project start (5 Mar 2026).") and the field it concerns, so that a form shows it beside
that field. The services check a record with :func:`check_dates` before saving it, so the
desktop, the command line and imports all meet the same rules; a partner's package is
checked with :func:`order_problems` (the order rules only: "today" differs across time
zones and a partner's record of the past is not ours to re-date). ``docs/date-rules.md``
is this table in words.

Dates set by the clock, not by a person (a referral's status changes, a note's time, an
audit event's time) need no rule: they are stored in UTC and shown in local time.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from nap_desktop.domain.errors import ValidationError
from nap_desktop.domain.messages import N_, Message

#: Stands for the local calendar date when the check runs.
TODAY = "today"
#: Stands for the earliest plausible date of birth: :data:`OLDEST_YEARS` before today.
OLDEST = "oldest"
#: No survivor is older than this; an earlier date of birth is a slip of the keyboard.
OLDEST_YEARS = 120

_MONTHS = (
    N_("{day} Jan {year}"), N_("{day} Feb {year}"), N_("{day} Mar {year}"),
    N_("{day} Apr {year}"), N_("{day} May {year}"), N_("{day} Jun {year}"),
    N_("{day} Jul {year}"), N_("{day} Aug {year}"), N_("{day} Sep {year}"),
    N_("{day} Oct {year}"), N_("{day} Nov {year}"), N_("{day} Dec {year}"),
)


def day_words(value: date) -> Message:
    """A date as the forms show it ("3 Mar 2026"), the month translated where shown."""
    return Message(_MONTHS[value.month - 1], day=value.day, year=f"{value.year:04d}")


@dataclass(frozen=True, slots=True)
class DateRule:
    """``later`` may not come before ``earlier`` (nor on the same day, when ``strict``).
    Either side may be :data:`TODAY` or :data:`OLDEST`; the message is about ``field``."""

    record: str
    earlier: str
    later: str
    template: str
    strict: bool = False

    @property
    def field(self) -> str:
        """The field the message is shown beside: the one a person would correct."""
        name = self.earlier if self.later in (TODAY, OLDEST) else self.later
        return name.rpartition(".")[2]  # a step's date is its form's "completed_on"

    @property
    def about_today(self) -> bool:
        return TODAY in (self.earlier, self.later) or OLDEST in (self.earlier, self.later)

    def broken(self, earlier: date, later: date) -> bool:
        return later <= earlier if self.strict else later < earlier


_P, _R, _S, _C = "placement", "release", "restitution", "client"
_L, _M = "placement.ledger", "restitution.money"

#: Every rule, by record. Step dates of a restitution matter are named
#: ``<step kind>.completed_on`` (see :func:`step_values`).
RULES: tuple[DateRule, ...] = (
    DateRule(_P, "referred_on", "start_date",
             N_("The project start ({later}) is before the referral date ({earlier}).")),
    DateRule(_P, "start_date", "move_in_date",
             N_("The move-in date ({later}) is before the project start ({earlier}).")),
    DateRule(_P, "start_date", "expected_exit_date",
             N_("The expected exit ({later}) is before the project start ({earlier}).")),
    DateRule(_P, "referred_on", "expected_exit_date",
             N_("The expected exit ({later}) is before the referral date ({earlier}).")),
    DateRule(_P, "start_date", "exit_date",
             N_("The exit date ({later}) is before the project start ({earlier}).")),
    DateRule(_P, "move_in_date", "exit_date",
             N_("The exit date ({later}) is before the move-in date ({earlier}).")),
    DateRule(_P, "referred_on", TODAY,
             N_("The referral date ({earlier}) is in the future (today is {later}).")),
    DateRule(_P, "move_in_date", TODAY,
             N_("The move-in date ({earlier}) is in the future (today is {later}).")),
    DateRule(_P, "exit_date", TODAY,
             N_("The exit date ({earlier}) is in the future (today is {later}).")),
    DateRule(_L, "paid_on", TODAY,
             N_("The date paid ({earlier}) is in the future (today is {later}).")),
    DateRule(_R, "signed_on", TODAY,
             N_("The date signed ({earlier}) is in the future (today is {later}).")),
    DateRule(_R, "signed_on", "expires_on",
             N_("The expiry date ({later}) must be after the date signed ({earlier})."),
             strict=True),
    DateRule(_R, "signed_on", "revoked_on",
             N_("The revocation date ({later}) is before the date signed ({earlier}).")),
    DateRule(_R, "revoked_on", TODAY,
             N_("The revocation date ({earlier}) is in the future (today is {later}).")),
    DateRule(_S, "sentencing.completed_on", "order_entered.completed_on",
             N_("The restitution order ({later}) is entered before the sentencing hearing "
                "({earlier}).")),
    DateRule(_S, "completed_on", TODAY,
             N_("The completion date ({earlier}) is in the future (today is {later}).")),
    DateRule(_M, "on", TODAY,
             N_("The date of the payment ({earlier}) is in the future (today is {later}).")),
    DateRule(_C, "date_of_birth", TODAY,
             N_("The date of birth ({earlier}) is in the future (today is {later}).")),
    DateRule(_C, OLDEST, "date_of_birth",
             N_("The date of birth ({later}) is more than 120 years ago: check the year.")),
    DateRule(_C, "date_of_birth", "continued_presence_expires",
             N_("The Continued Presence expiry ({later}) is before the date of birth "
                "({earlier}).")),
    # Issue #13. A service that happened (delivered, declined, no-show) is not in the
    # future; a planned one may be (the service checks this rule only for the former).
    DateRule("service", "provided_on", TODAY,
             N_("The service date ({earlier}) is in the future (today is {later}): record "
                "it as planned.")),
    DateRule("activity", "held_on", TODAY,
             N_("The activity date ({earlier}) is in the future (today is {later}).")),
    DateRule("funding_source", "period_start", "period_end",
             N_("The award period ends ({later}) before it starts ({earlier}).")),
    DateRule("project", "operating_start", "operating_end",
             N_("The project's operating end ({later}) is before its start ({earlier}).")),
)


def rules_for(record: str) -> tuple[DateRule, ...]:
    """The rules of one kind of record (``placement``, ``release``...)."""
    return tuple(rule for rule in RULES if rule.record == record)


def _oldest(today: date) -> date:
    try:
        return today.replace(year=today.year - OLDEST_YEARS)
    except ValueError:  # 29 February
        return today.replace(year=today.year - OLDEST_YEARS, day=28)


def _value(values: Mapping[str, date | None], key: str, today: date) -> date | None:
    if key == TODAY:
        return today
    if key == OLDEST:
        return _oldest(today)
    found = values.get(key)
    return found if isinstance(found, date) else None


def problem(rule: DateRule, values: Mapping[str, date | None],
            today: date) -> ValidationError | None:
    """The error for ``rule`` on these values, or None (a missing date breaks no rule)."""
    earlier, later = _value(values, rule.earlier, today), _value(values, rule.later, today)
    if earlier is None or later is None or not rule.broken(earlier, later):
        return None
    return ValidationError(rule.template, field=rule.field, earlier=day_words(earlier),
                           later=day_words(later))


def check_dates(record: str, values: Mapping[str, date | None], today: date, *,
                only: Iterable[str] | None = None) -> None:
    """Raise the first broken rule of ``record`` as a :class:`ValidationError` naming it.
    ``only``: check just the rules about these fields (a form that saves a few)."""
    keys = None if only is None else frozenset(only)
    for rule in rules_for(record):
        if keys is not None and not keys & {rule.earlier, rule.later}:
            continue
        error = problem(rule, values, today)
        if error is not None:
            raise error


def order_problems(record: str, values: Mapping[str, date | None]) -> list[ValidationError]:
    """The broken order rules of a record from elsewhere (rules about today left out)."""
    found = (problem(rule, values, _ANY_DAY) for rule in rules_for(record)
             if not rule.about_today)
    return [error for error in found if error is not None]


_ANY_DAY = date(2000, 1, 1)  # order rules never read it


def step_values(steps: Iterable[tuple[str, date | None]]) -> dict[str, date | None]:
    """A restitution matter's step dates as the rules name them: (kind, completed on)
    pairs -> ``{"sentencing.completed_on": ...}``."""
    return {f"{kind}.completed_on": completed for kind, completed in steps}
