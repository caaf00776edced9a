"""Reporting periods people choose by name: the federal fiscal year (October to
September), its quarters (Q1 = October to December), the OVC TIMS half-years (July to
December, January to June) and the last twelve months. Plain dates, no Qt: the Insights
tab and the Grant reports dialog share them, and the tests check them alone."""

from __future__ import annotations

from datetime import date, timedelta

Period = tuple[date, date]


def fiscal_year_of(day: date) -> int:
    """The federal fiscal year ``day`` falls in (FY2026 runs 1 Oct 2025 – 30 Sep 2026)."""
    return day.year + 1 if day.month >= 10 else day.year


def fiscal_year(fy: int) -> Period:
    return date(fy - 1, 10, 1), date(fy, 9, 30)


def this_fiscal_year(today: date) -> Period:
    """From 1 October to today (the year so far; nothing after today can have happened)."""
    return fiscal_year(fiscal_year_of(today))[0], today


def last_fiscal_year(today: date) -> Period:
    return fiscal_year(fiscal_year_of(today) - 1)


def last_twelve_months(today: date) -> Period:
    """This month so far and the eleven before it (twelve months on a chart)."""
    months_back = today.year * 12 + today.month - 1 - 11
    return date(months_back // 12, months_back % 12 + 1, 1), today


def federal_quarter(fy: int, quarter: int) -> Period:
    """Quarter 1–4 of federal fiscal year ``fy`` (Q1 = October–December of ``fy - 1``)."""
    if quarter not in (1, 2, 3, 4):
        raise ValueError(quarter)
    starts = {1: (fy - 1, 10), 2: (fy, 1), 3: (fy, 4), 4: (fy, 7)}
    year, month = starts[quarter]
    start = date(year, month, 1)
    following = date(year + (month + 3 > 12), (month + 3 - 1) % 12 + 1, 1)
    return start, following - timedelta(days=1)


def quarter_of(day: date) -> tuple[int, int]:
    """(fiscal year, quarter) of ``day``."""
    return fiscal_year_of(day), {10: 1, 11: 1, 12: 1, 1: 2, 2: 2, 3: 2, 4: 3, 5: 3, 6: 3,
                                 7: 4, 8: 4, 9: 4}[day.month]


def last_whole_quarter(today: date) -> Period:
    """The last federal quarter that has ended (what a quarterly report is made for)."""
    fy, quarter = quarter_of(today)
    return federal_quarter(fy, quarter - 1) if quarter > 1 else federal_quarter(fy - 1, 4)


def tims_half(year: int, first_half: bool) -> Period:
    """TIMS half-years: January–June (``first_half``) or July–December of ``year``."""
    return (date(year, 1, 1), date(year, 6, 30)) if first_half else (
        date(year, 7, 1), date(year, 12, 31))


def last_whole_tims_half(today: date) -> Period:
    """The last TIMS reporting half-year that has ended."""
    return tims_half(today.year - 1, False) if today.month <= 6 else tims_half(today.year, True)
