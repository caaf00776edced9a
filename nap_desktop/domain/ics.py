"""A minimal iCalendar (RFC 5545) writer for all-day task dates.

Deterministic: the same events give the same bytes (no clock read: DTSTAMP is given by
the caller, from the data). Lines end in CRLF and are folded at 75 octets without
splitting a UTF-8 character; text is escaped (backslash, semicolon, comma, newline).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

MAX_OCTETS = 75


@dataclass(frozen=True, slots=True)
class AllDayEvent:
    uid: str
    on: date
    summary: str
    stamp: date  # DTSTAMP (at 00:00:00Z of this day): fixed from the data


def escape(text: str) -> str:
    """TEXT value escaping (RFC 5545 3.3.11)."""
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n"))


def fold(line: str) -> bytes:
    """One content line as CRLF-terminated octets, folded at 75 octets (3.1)."""
    whole = line.encode("utf-8")
    if len(whole) <= MAX_OCTETS:  # nearly every line: no folding, no per-character walk
        return whole + b"\r\n"
    out: list[bytes] = []
    current = b""
    limit = MAX_OCTETS
    for char in line:
        encoded = char.encode("utf-8")
        if len(current) + len(encoded) > limit:
            out.append(current)
            current = b" "
            limit = MAX_OCTETS  # the leading space counts towards the next 75
        current += encoded
    out.append(current)
    return b"\r\n".join(out) + b"\r\n"


@lru_cache(maxsize=4096)
def _day(value: date) -> str:
    """``YYYYMMDD`` (cached: a calendar of thousands of events has a few hundred days)."""
    return f"{value:%Y%m%d}"


def calendar(events: Iterable[AllDayEvent], *, prodid: str = "-//NAP Desktop//Tasks//EN",
             name: str = "") -> bytes:
    """A VCALENDAR of all-day events, in the order given."""
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{prodid}", "CALSCALE:GREGORIAN",
             "METHOD:PUBLISH"]
    if name:
        lines.append(f"X-WR-CALNAME:{escape(name)}")
    for event in events:
        lines += ["BEGIN:VEVENT", f"UID:{event.uid}",
                  f"DTSTAMP:{_day(event.stamp)}T000000Z",
                  f"DTSTART;VALUE=DATE:{_day(event.on)}",
                  f"DTEND;VALUE=DATE:{_day(event.on + timedelta(days=1))}",
                  f"SUMMARY:{escape(event.summary)}", "TRANSP:TRANSPARENT", "END:VEVENT"]
    lines.append("END:VCALENDAR")
    return b"".join(fold(line) for line in lines)
