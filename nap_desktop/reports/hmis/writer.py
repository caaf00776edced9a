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
from collections.abc import Iterable, Mapping
from datetime import UTC, date, datetime
from decimal import Decimal

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
    text = _LINE_BREAKS.sub(" ", str(value)).strip()
    text = neutralise(text)
    return text[:limit] if limit else text


def format_cell(value: Cell, kind: str) -> str:
    """``value`` written as the spec's type ``kind`` says (``S50``, ``I``, ``D``, ``T``,
    ``M``). None and "" are an empty cell."""
    if value is None or value == "":
        return ""
    if kind == "I":
        if isinstance(value, bool):
            return "1" if value else "0"
        if not isinstance(value, int):
            raise TypeError(f"integer column given {type(value).__name__}")
        return str(value)
    if kind == "D":
        if isinstance(value, datetime) or not isinstance(value, date):
            raise TypeError(f"date column given {type(value).__name__}")
        return value.isoformat()
    if kind == "T":
        if not isinstance(value, datetime):
            raise TypeError(f"date-time column given {type(value).__name__}")
        if value.tzinfo is not None:
            value = value.astimezone(UTC)
        return value.strftime("%Y-%m-%d %H:%M:%S")
    if kind == "M":
        return f"{Decimal(str(value)):.2f}"
    if isinstance(value, Hashed):
        return str(value)
    return string_cell(value, int(kind[1:]) if len(kind) > 1 else None)


def render_file(columns: tuple[Column, ...], rows: Iterable[Row]) -> bytes:
    """The file's bytes: header row, then ``rows`` sorted by their first column (the
    record's id), so the same rows always give the same bytes. A key that is not a
    column of this file is a mistake in a mapper and raises ValueError."""
    names = [name for name, _kind, _required in columns]
    known = set(names)
    lines = []
    for row in rows:
        unknown = set(row) - known
        if unknown:
            raise ValueError(f"not columns of this file: {sorted(unknown)}")
        lines.append([format_cell(row.get(name), kind) for name, kind, _req in columns])
    lines.sort()
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    writer.writerow(names)
    writer.writerows(lines)
    return buffer.getvalue().encode("utf-8")
