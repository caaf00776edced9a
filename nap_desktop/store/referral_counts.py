"""Referrals per (status, assigned worker), kept by triggers (migration 0020) for the
dashboard: a few dozen rows instead of a walk of every referral.

The triggers live in the vault file, so every writer keeps the counts (the desktop, an
import, a team sync's apply, a restored snapshot, which is the file itself). The counts
are still derived data: the dashboard trusts them only while all three triggers exist
(:func:`kept`), and ``nap check`` compares them with the referrals and rebuilds them if
they differ (:func:`drifted`, :func:`rebuild`).
"""

from __future__ import annotations

from typing import Any, Protocol

from sqlalchemy import text

#: The triggers' names, in name order.
TRIGGERS = ("referral_counts_d", "referral_counts_i", "referral_counts_u")
_KEPT = "SELECT status, assigned_user_id, n FROM referral_counts WHERE n != 0"
_REAL = (
    "SELECT status, coalesce(assigned_user_id, ''), count(*) FROM referrals "
    "GROUP BY status, coalesce(assigned_user_id, '')"
)


class Executor(Protocol):
    """A session or a connection."""

    def execute(self, statement: Any, parameters: Any = None, /) -> Any: ...


def kept(db: Executor) -> bool:
    """Are all three triggers there? (A later table rebuild would drop them.)"""
    found = db.execute(text(
        "SELECT group_concat(name) FROM (SELECT name FROM sqlite_master WHERE type = "
        "'trigger' AND name LIKE 'referral_counts_%' ORDER BY name)")).scalar()
    return bool(found == ",".join(TRIGGERS))


def drifted(db: Executor) -> bool:
    """Do the kept counts differ from the referrals' (a full read of the referrals)?"""
    kept_rows = {(str(s), str(a)): int(n) for s, a, n in db.execute(text(_KEPT))}
    real_rows = {(str(s), str(a)): int(n) for s, a, n in db.execute(text(_REAL))}
    return kept_rows != real_rows


def rebuild(db: Executor) -> None:
    """Count the referrals anew (inside the caller's transaction)."""
    db.execute(text("DELETE FROM referral_counts"))
    db.execute(text("INSERT INTO referral_counts (status, assigned_user_id, n) " + _REAL))


__all__ = ["TRIGGERS", "drifted", "kept", "rebuild"]
