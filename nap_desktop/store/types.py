"""Column types: UTC timestamps stored as ISO-8601 text, and sets stored as sorted text."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import String
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator


class UTCDateTime(TypeDecorator[datetime]):
    """Aware datetimes in, aware UTC datetimes out; stored as "2026-11-23T18:04:05.123456Z".

    Text sorts chronologically because every value is UTC with a fixed width.
    """

    impl = String(32)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> str | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime: times must be timezone-aware")
        return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        # fromisoformat reads the stored "...T14:03:07.123456Z" about five times faster than
        # strptime (a case with 20 referrals reads ~350 of them); it is stricter than it
        # looks: a value without "Z" would come back naive, so the zone is set either way.
        parsed = datetime.fromisoformat(str(value))
        return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)


def utc_text(value: datetime) -> str:
    """The stored form of a timestamp, for raw SQL comparisons."""
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def join_set(values: set[str] | frozenset[str]) -> str:
    return ",".join(sorted(values))


def split_set(text: str) -> list[str]:
    return [v for v in text.split(",") if v]
