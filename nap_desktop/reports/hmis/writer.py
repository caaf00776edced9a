"""One HMIS CSV file as bytes: the spec's header row, then the rows in a fixed order.

How a cell is written follows its column's type in the spec data (spec_2024/spec_2026):
integers without decimals, dates ``YYYY-MM-DD``, date-times ``YYYY-MM-DD HH:MM:SS`` (UTC),
money with two decimals, strings cut to the spec's length. Python's csv module quotes a
cell only when it must (a comma, a quote, a line break); UTF-8 without a byte-order mark,
lines end CRLF (RFC 4180).

Two decisions (docs/grant-reports.md, section "HMIS"):
- A line break inside a string becomes a space: importers read these files line by line.
- CSV injection: a string cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a
  carriage return gets a leading apostrophe, so a spreadsheet shows it as text instead of
  running it as a formula (OWASP's advice). Only string columns: ids, codes, dates and
  amounts are written by us and never start with those characters, and their types stay
  exactly as the spec says.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterable, Mapping
from datetime import UTC, date, datetime
from decimal import Decimal
from functools import lru_cache

from nap_desktop.reports.hmis.spec_2024 import Column


class Hashed(str):
    """A hashed name (64 hex characters): written whole. The spec's S50 for names predates
    SHA-256 (a SHA-1 hash has 40); cut to 50 it would match nothing. Green River's
    exporter writes all 64 too."""

    __slots__ = ()


Cell = str | int | bool | date | datetime | Decimal | None
Row = Mapping[str, Cell]

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_LINE_BREAKS = re.compile(r"[\r\n\x0b\x0c\x85\u2028\u2029]+")


def neutralise(text: str) -> str:
    """A string cell a spreadsheet will not run as a formula."""
    return "'" + text if text.startswith(_FORMULA_START) else text


def string_cell(value: object, limit: int | None) -> str:
    """A string column's cell: one line, no formula, at most ``limit`` characters."""
    text = str(value)
    if not text.isalnum():  # ids and codes (most cells) need none of this
        text = neutralise(_LINE_BREAKS.sub(" ", text).strip())
    return text[:limit] if limit else text


def _integer(value: Cell) -> str:
    if type(value) is int:
        return str(value)
    if isinstance(value, bool):
        return "1" if value else "0"
    raise TypeError(f"integer column given {type(value).__name__}")


def _date(value: Cell) -> str:
    if isinstance(value, datetime) or not isinstance(value, date):
        raise TypeError(f"date column given {type(value).__name__}")
    return value.isoformat()


@lru_cache(maxsize=4096)  # rows share their time stamps (created = updated, bulk inserts)
def _datetime(value: datetime) -> str:
    if value.tzinfo is not None:
        value = value.astimezone(UTC)
    return value.strftime("%Y-%m-%d %H:%M:%S")


def _date_time(value: Cell) -> str:
    if not isinstance(value, datetime):
        raise TypeError(f"date-time column given {type(value).__name__}")
    return _datetime(value)


def _money(value: Cell) -> str:
    return f"{Decimal(str(value)):.2f}"


def _string(limit: int | None) -> Callable[[Cell], str]:
    def cell(value: Cell) -> str:
        if type(value) is str and value.isalnum():  # an id or a code: most cells
            return value[:limit] if limit else value
        return str(value) if isinstance(value, Hashed) else string_cell(value, limit)
    return cell


def formatter(kind: str) -> Callable[[Cell], str]:
    """How a column of the spec's type ``kind`` (``S50``, ``I``, ``D``, ``T``, ``M``) is
    written (None and "" are handled before: an empty cell)."""
    fixed = {"I": _integer, "D": _date, "T": _date_time, "M": _money}
    return fixed.get(kind) or _string(int(kind[1:]) if len(kind) > 1 else None)


def format_cell(value: Cell, kind: str) -> str:
    """``value`` written as the spec's type ``kind`` says. None and "" are an empty cell."""
    if value is None or value == "":
        return ""
    return formatter(kind)(value)


def render_file(columns: tuple[Column, ...], rows: Iterable[Row]) -> bytes:
    """The file's bytes: header row, then ``rows`` sorted by their first column (the
    record's id), so the same rows always give the same bytes. A key that is not a
    column of this file is a mistake in a mapper and raises ValueError."""
    names = [name for name, _kind, _required in columns]
    # A row names a few of its file's columns (Enrollment has 71): fill only those.
    slots = {name: (i, formatter(kind)) for i, (name, kind, _req) in enumerate(columns)}
    width = len(columns)
    lines = []
    for row in rows:
        cells = [""] * width
        for key, value in row.items():
            slot = slots.get(key)
            if slot is None:
                raise ValueError(f"not columns of this file: {sorted(set(row) - set(slots))}")
            if value is not None and value != "":
                cells[slot[0]] = slot[1](value)
        lines.append(cells)
    lines.sort()
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    writer.writerow(names)
    writer.writerows(lines)
    return buffer.getvalue().encode("utf-8")
