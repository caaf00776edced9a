"""The accepted span of dates and times, and local display of any stored time."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from nap_desktop.domain import moments

TOKYO = timezone(timedelta(hours=9))
LOS_ANGELES = timezone(timedelta(hours=-8))
FAR_FUTURE = datetime(9999, 12, 31, 23, 59, 59, 999999, tzinfo=UTC)
FAR_PAST = datetime(1, 1, 1, tzinfo=UTC)


@pytest.mark.parametrize(("value", "inside"), [
    (date(1900, 1, 1), True), (date(2200, 12, 31), True), (date(1899, 12, 31), False),
    (date(2201, 1, 1), False), (date(1, 1, 1), False), (date(9999, 12, 31), False),
    (datetime(2200, 12, 31, 23, 59, tzinfo=UTC), True), (FAR_FUTURE, False),
    (datetime(2201, 1, 1, 5, tzinfo=TOKYO), True),  # 2200-12-31 20:00 UTC
])
def test_the_span(value: date, inside: bool) -> None:
    assert moments.date_in_bounds(value) is inside


@pytest.mark.parametrize(("moment", "zone", "shown"), [
    (FAR_FUTURE, TOKYO, "9999-12-31 23:59 UTC"), (FAR_FUTURE, LOS_ANGELES, "9999-12-31 15:59"),
    (FAR_PAST, LOS_ANGELES, "0001-01-01 00:00 UTC"), (FAR_PAST, TOKYO, "0001-01-01 09:00"),
    (datetime(2026, 11, 23, 15, 0), TOKYO, "2026-11-24 00:00"),  # naive counts as UTC
])
def test_any_stored_time_is_shown(moment: datetime, zone: timezone, shown: str) -> None:
    assert moments.short_local(moment, zone) == shown


def test_years_keep_four_digits() -> None:
    assert moments.iso_day(date(1, 2, 3)) == "0001-02-03"
