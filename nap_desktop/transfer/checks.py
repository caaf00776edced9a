"""The schema checks a ``.napx`` package is held to: small combinators over JSON values.

Each check takes ``(value, path)``, returns the value (or its parsed form) and raises
:class:`SchemaViolation` naming the place (``path``) when the value is not what the
package format allows. ``transfer.package`` builds the manifest schema and
``transfer.schema`` the record schemas from them.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Mapping
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Any

from nap_desktop.domain import enums as en
from nap_desktop.domain import moments
from nap_desktop.domain.messages import N_, Message
from nap_desktop.domain.text_rules import SHORT_TEXT, TextProblem, text_problem
from nap_desktop.transfer.errors import SchemaViolation

Check = Callable[[Any, Any], Any]  # (value, Path) -> value

UUID_RE = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
HEX64_RE = re.compile(r"[0-9a-f]{64}")
TS_RE = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z")
DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}")
SHORT, LONG = SHORT_TEXT, 20_000


#: Where a value sits, for messages: a text, or (parent, key or index) built as the
#: checks descend and spelled out only when one fails.
Path = str | tuple[Any, str | int]


def where(path: Path) -> str:
    parts: list[str] = []
    while isinstance(path, tuple):
        path, key = path
        parts.append(f".{key}" if isinstance(key, str) else f"[{key}]")
    return path + "".join(reversed(parts))


def fail(path: Path, template: str, **args: object) -> SchemaViolation:
    """``template``: a whole sentence naming the place as ``{where}`` (no glued words)."""
    return SchemaViolation(template, where=where(path), **args)


def text(limit: int = SHORT, *, required: bool = False) -> Check:
    """Text as the vault's input takes it (``domain.text_rules``): short text has no
    control characters at all; long text no NUL; none a lone surrogate."""

    def check(value: Any, path: Path) -> str:
        if not isinstance(value, str):
            raise fail(
                path, N_("The package is not valid: {where} must be text; nothing was imported.")
            )
        if len(value) > limit or (required and not value.strip()):
            raise fail(
                path,
                N_("The package is not valid: {where} has a wrong length; nothing was imported."),
            )
        problem = text_problem(value, limit)
        if problem is TextProblem.SURROGATE:
            raise fail(
                path,
                N_(
                    "The package is not valid: {where} contains an invalid character; nothing was"
                    " imported."
                ),
            )
        if problem is not None:
            raise fail(
                path,
                N_(
                    "The package is not valid: {where} contains control characters; nothing was "
                    "imported."
                ),
            )
        return value
    return check


def pattern(regex: re.Pattern[str], what: str | Message) -> Check:
    """Text matching ``regex``; ``what`` says what it must be (a word, or a literal code)."""
    def check(value: Any, path: Path) -> str:
        if not isinstance(value, str) or regex.fullmatch(value) is None:
            raise fail(
                path,
                N_("The package is not valid: {where} must be {what}; nothing was imported."),
                what=what,
            )
        return value
    return check


uuid = pattern(UUID_RE, Message(N_("an id")))
hex64 = pattern(HEX64_RE, Message(N_("a SHA-256 digest")))


def integer(lo: int, hi: int) -> Check:
    def check(value: Any, path: Path) -> int:
        if isinstance(value, bool) or not isinstance(value, int) or not lo <= value <= hi:
            raise fail(
                path,
                N_(
                    "The package is not valid: {where} must be a whole number from {lo} to "
                    "{hi}; nothing was imported."
                ),
                lo=lo,
                hi=hi,
            )
        return value
    return check


def boolean(value: Any, path: Path) -> bool:
    if not isinstance(value, bool):
        raise fail(
            path,
            N_("The package is not valid: {where} must be true or false; nothing was imported."),
        )
    return value


def day(value: Any, path: Path) -> date:
    """A date within the accepted span (domain.moments): nothing else is stored."""
    if not isinstance(value, str) or DATE_RE.fullmatch(value) is None:
        raise fail(
            path, N_("The package is not valid: {where} must be a date; nothing was imported.")
        )
    try:
        parsed = date.fromisoformat(value)
    except ValueError:
        raise fail(
            path, N_("The package is not valid: {where} must be a date; nothing was imported.")
        ) from None
    if not moments.date_in_bounds(parsed):
        raise fail(
            path,
            N_(
                "The package is not valid: {where} must be a date between {first} and "
                "{last}; nothing was imported."
            ),
            first=moments.EARLIEST,
            last=moments.LATEST,
        )
    return parsed


def timestamp(value: Any, path: Path) -> datetime:
    """A UTC time within the accepted span (domain.moments)."""
    return datetime.fromisoformat(utc_time(value, path)[:-1]).replace(tzinfo=UTC)


def utc_time(value: Any, path: Path) -> str:
    """A schema check of a UTC time (as :func:`timestamp`; the text is what is kept)."""
    if not isinstance(value, str) or TS_RE.fullmatch(value) is None:
        raise fail(
            path, N_("The package is not valid: {where} must be a UTC time; nothing was imported.")
        )
    try:
        parsed = datetime.fromisoformat(value[:-1])
    except ValueError:
        raise fail(
            path, N_("The package is not valid: {where} must be a UTC time; nothing was imported.")
        ) from None
    if not moments.date_in_bounds(parsed.date()):
        raise fail(
            path,
            N_(
                "The package is not valid: {where} must be a time between {first} and "
                "{last}; nothing was imported."
            ),
            first=moments.EARLIEST,
            last=moments.LATEST,
        )
    return value


def choice(enum: type[StrEnum]) -> Check:
    def check(value: Any, path: Path) -> str:
        if not isinstance(value, str) or value not in enum._value2member_map_:
            raise fail(
                path,
                N_(
                    "The package is not valid: {where} has a value outside its list; nothing was "
                    "imported."
                ),
            )
        return value
    return check


def optional(inner: Check) -> Check:
    def check(value: Any, path: Path) -> Any:
        return None if value is None else inner(value, path)
    return check


def items(inner: Check, limit: int, *, sorted_unique: bool = False) -> Check:
    """A list of at most ``limit`` items, each checked (returned as given)."""
    def check(value: Any, path: Path) -> list[Any]:
        if type(value) is not list or len(value) > limit:
            raise fail(
                path,
                N_(
                    "The package is not valid: {where} must be a list of at most {limit} "
                    "items; nothing was imported."
                ),
                limit=limit,
            )
        for i, v in enumerate(value):
            inner(v, (path, i))
        if sorted_unique and any(a >= b for a, b in itertools.pairwise(value)):
            raise fail(
                path,
                N_(
                    "The package is not valid: {where} must be sorted without repeats; nothing "
                    "was imported."
                ),
            )
        return value
    return check


def obj(fields: Mapping[str, Check], optional_keys: frozenset[str] = frozenset()) -> Check:
    """An object with exactly these keys (``optional_keys`` may be absent), each value
    checked; returned as given."""
    required = frozenset(fields) - optional_keys
    allowed = frozenset(fields)

    def check(value: Any, path: Path) -> dict[str, Any]:
        if type(value) is not dict:
            raise fail(
                path,
                N_("The package is not valid: {where} must be an object; nothing was imported."),
            )
        keys = value.keys()
        if not (keys >= required and keys <= allowed):
            raise fail(
                path,
                N_(
                    "The package is not valid: {where} has missing or unknown fields; nothing was"
                    " imported."
                ),
            )
        for k, v in value.items():
            fields[k](v, (path, k))
        return value
    return check


def categories(limit: int = len(en.InfoCategory)) -> Check:
    return items(choice(en.InfoCategory), limit, sorted_unique=True)
