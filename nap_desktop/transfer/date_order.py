"""A partner's record whose dates are out of order is refused, with the rule it breaks.

The same order rules as on entry (``domain.date_rules``; the rules about "today" are left
out: a partner's clock and time zone are not ours). Refused rather than accepted and
flagged, because a package is all or nothing and what we import we can send on: a record
that our own forms would refuse to save could neither be edited here without first being
corrected nor be sent to a third agency as it stands; the sender's NAP Desktop refuses to
save such dates since this version, so only a record saved by an earlier version, or a
forged package, carries them. The message names the record and the rule, so the sender
knows what to correct before sending the package again.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from nap_desktop.domain import date_rules
from nap_desktop.domain.errors import ValidationError
from nap_desktop.domain.messages import N_
from nap_desktop.transfer.checks import fail

#: Package record type -> the rules' record name.
_RECORDS = {"placement": "placement", "release": "release", "client": "client",
            "restitution": "restitution"}


def _day(value: Any) -> date | None:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def _values(kind: str, data: Mapping[str, Any]) -> dict[str, date | None]:
    if kind == "restitution":
        steps = data.get("steps") or []
        return date_rules.step_values(
            (str(step.get("kind", "")), _day(step.get("completed_on")))
            for step in steps if isinstance(step, Mapping))
    if kind == "client":
        personal = data.get("personal")
        data = personal if isinstance(personal, Mapping) else {}
    return {key: _day(value) for key, value in data.items()}


def broken_rules(kind: str, data: Mapping[str, Any]) -> list[ValidationError]:
    """The order rules a record of ``kind`` (its package ``data``) breaks, in rule order."""
    record = _RECORDS.get(kind)
    return [] if record is None else date_rules.order_problems(record, _values(kind, data))


def check_date_order(kind: str, data: Mapping[str, Any], path: str) -> None:
    """Refuse (``SchemaViolation``) a record of ``kind`` whose dates break an order rule."""
    broken = broken_rules(kind, data)
    if broken:
        rule = broken[0].translatable
        raise fail(
            f"{path}.data",
            N_(
                "The package is not valid: in {where} {rule} Nothing was imported; ask the "
                "sender to correct the dates and send the package again."
            ),
            rule=rule,
        )
