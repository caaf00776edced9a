"""Dates and times: the span the app accepts, and stored UTC times shown in local time.

Every date and time a person enters or a package carries lies between :data:`EARLIEST`
and :data:`LATEST` (both days included). A case spans decades, not centuries: a year
such as 9999 is a slip of the keyboard or a hostile package, and at the edge of what
Python can represent a zone's offset carries it past year 9999 (or before year 1), so
converting it to local time fails.

Values stored before these bounds existed may still lie outside them. The display
helpers below show any stored value, never raise: a time whose local form cannot be
represented is shown in UTC and says so.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, tzinfo

EARLIEST = date(1900, 1, 1)
LATEST = date(2200, 12, 31)


def date_in_bounds(value: date) -> bool:
    """Whether a date (or the UTC day of an aware time) lies in the accepted span."""
    if isinstance(value, datetime):
        value = utc(value).date()
    return EARLIEST <= value <= LATEST


def utc(moment: datetime) -> datetime:
    """An aware UTC time (a naive one counts as UTC, as stored times are)."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def local(moment: datetime, tz: tzinfo | None = None) -> datetime:
    """``moment`` in ``tz`` (None: the computer's zone), or in UTC when that cannot be
    represented (a zone's offset would carry it past 9999-12-31 or before 0001-01-01;
    some platforms cannot convert times before 1970). Never raises."""
    return shown_local(moment, tz)[0]


def shown_local(moment: datetime, tz: tzinfo | None = None) -> tuple[datetime, bool]:
    """(``moment`` to show, whether it is in UTC because ``tz`` cannot represent it)."""
    aware = moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
    try:
        return aware.astimezone(tz), False
    except (OverflowError, OSError, ValueError):
        pass
    try:
        return aware.astimezone(UTC), True
    except (OverflowError, OSError, ValueError):
        return aware, True  # already in a zone at the very edge: shown as it is


def iso_day(value: date) -> str:
    """YYYY-MM-DD, the year always four digits (strftime's %Y drops zeros on some
    platforms: year 1 would print as "1")."""
    return f"{value.year:04d}-{value.month:02d}-{value.day:02d}"


def short_local(moment: datetime, tz: tzinfo | None = None) -> str:
    """"2026-11-23 14:05" in local time; "9999-12-31 23:59 UTC" when local time cannot
    represent it."""
    shown, fell_back = shown_local(moment, tz)
    # (The caseload formats a page of these at a time: strftime is the quick way.)
    text = shown.strftime("%Y-%m-%d %H:%M") if shown.year >= 1000 else \
        f"{iso_day(shown.date())} {shown:%H:%M}"
    return f"{text} UTC" if fell_back else text
