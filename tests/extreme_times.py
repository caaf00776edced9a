"""Extreme stored dates and times, written straight into a vault as an older version's
import could have (before packages were bounded), and a local time zone to show them in."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import text

from nap_desktop.services.workspace import Workspace

FAR_FUTURE = "9999-12-31T23:59:59.999999Z"
FAR_PAST = "0001-01-01T00:00:00.000000Z"
#: (stored time, stored date) of each extreme
EXTREMES = {"future": (FAR_FUTURE, "9999-12-31"), "past": (FAR_PAST, "0001-01-01")}
#: Ahead of UTC (9999-12-31 23:59 UTC is year 10000 there) and behind it (0001-01-01
#: 00:00 UTC is year 0 there): each overflows at one end.
ZONES = ("Asia/Tokyo", "America/Los_Angeles")


@contextmanager
def local_zone(name: str) -> Iterator[None]:
    """Run with the process's local time zone set to ``name``."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = name
    time.tzset()
    try:
        yield
    finally:
        if before is None:
            os.environ.pop("TZ", None)
        else:
            os.environ["TZ"] = before
        time.tzset()


def stamp(ws: Workspace, client_id: str, moment: str, day: str) -> None:
    """Every time of the client's referrals, history and notes becomes ``moment``; every
    due date of its restitution steps and its next due date become ``day``."""
    values = {"c": client_id, "t": moment, "d": day}
    statements = [
        "UPDATE referrals SET created_at=:t, updated_at=:t, status_changed_at=:t "
        "WHERE client_id=:c",
        "UPDATE referral_status_changes SET at=:t WHERE referral_id IN "
        "(SELECT id FROM referrals WHERE client_id=:c)",
        "UPDATE notes SET created_at=:t, updated_at=:t WHERE client_id=:c",
        "UPDATE clients SET updated_at=:t, next_due_on=:d WHERE id=:c",
        "UPDATE restitution_steps SET due_on=:d WHERE matter_id IN "
        "(SELECT id FROM restitution_matters WHERE client_id=:c)",
        "UPDATE releases SET expires_on=:d WHERE client_id=:c",
    ]
    with ws.ctx.unit_of_work() as s:
        for statement in statements:
            s.execute(text(statement), values)
