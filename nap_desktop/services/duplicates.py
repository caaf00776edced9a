"""Possible duplicate clients: at intake, for one case, and across the caseload.

Names come back only when asked for (``show_names``), and then every client shown is
recorded as viewed (``client.view``), as the referral list records a view; in discreet
mode the caller asks for none, and gets case numbers and reasons only.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select

from nap_desktop.domain import duplicates as dup
from nap_desktop.domain.enums import Role
from nap_desktop.domain.name_keys import index_keys
from nap_desktop.services.base import ServiceContext, get_or_404
from nap_desktop.store import match_index
from nap_desktop.store import models as m

#: How many candidates a check shows at most (the likeliest).
SHOWN = 10


@dataclass(frozen=True, slots=True)
class Candidate:
    """A client that may be the same person. ``legal_name``, ``preferred_name`` and
    ``date_of_birth`` are None unless names were asked for."""

    client_id: str
    case_number: str
    score: float
    reasons: tuple[dup.Reason, ...]
    legal_name: str | None = None
    preferred_name: str | None = None
    date_of_birth: date | None = None


@dataclass(frozen=True, slots=True)
class Pair:
    first: Candidate
    second: Candidate
    score: float
    reasons: tuple[dup.Reason, ...]


def _day(value: Any) -> date | None:
    if value is None or value == "":
        return None
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def _candidate(row: tuple[str, str, str, str, Any], match: dup.Match,
               show_names: bool) -> Candidate:
    cid, number, legal, preferred, dob = row
    if not show_names:
        return Candidate(cid, number, match.score, match.reasons)
    return Candidate(cid, number, match.score, match.reasons, legal, preferred, _day(dob))


def _person(row: tuple[str, str, str, str, Any]) -> dup.Person:
    return dup.Person(row[2] or "", row[3] or "", _day(row[4]))


class DuplicateService:
    """Find clients that may be the same person."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def check(self, person: dup.Person, *, exclude: str | None = None,
              show_names: bool = False) -> list[Candidate]:
        """The likeliest clients for a person being entered (the intake check)."""
        self.ctx.require(Role.CASEWORKER)
        keys = index_keys(person.legal_name, person.preferred_name)
        if not keys:
            return []
        year = person.date_of_birth.year if person.date_of_birth else None
        with self.ctx.read() as s:
            ids = match_index.lookup(s, keys, year, dup.keys_needed(len(keys)))
            rows = match_index.people(s, [i for i in ids if i != exclude])
        scored = [(dup.score(person, _person(r)), r) for r in rows]
        found = sorted(((mt, r) for mt, r in scored if mt.likely),
                       key=lambda x: (-x[0].score, x[1][1]))[:SHOWN]
        out = [_candidate(r, mt, show_names) for mt, r in found]
        if show_names and out:
            self._record_views([c.client_id for c in out])
        return out

    def client_id_for(self, case_number: str) -> str | None:
        """The client with this case number (None: no such case)."""
        self.ctx.require(Role.CASEWORKER)
        with self.ctx.read() as s:
            return s.scalar(select(m.ClientRow.id).where(
                m.ClientRow.case_number == case_number.strip().upper()))

    def for_case(self, client_id: str, *, show_names: bool = False) -> list[Candidate]:
        """Possible duplicates of a client already in the vault."""
        self.ctx.require(Role.CASEWORKER)
        with self.ctx.read() as s:
            get_or_404(s, m.ClientRow, client_id, "client")
            rows = match_index.people(s, [client_id])
        if not rows:
            return []
        return self.check(_person(rows[0]), exclude=client_id, show_names=show_names)

    def caseload_pairs(self, *, show_names: bool = False, limit: int = 200) -> list[Pair]:
        """Supervisors: the likeliest pairs across the whole caseload."""
        self.ctx.require(Role.SUPERVISOR)
        with self.ctx.read() as s:
            candidates = match_index.pairs(s)
            wanted = sorted({c for pair in candidates for c in pair})
            rows = {r[0]: r for r in match_index.people(s, wanted)}
        out: list[Pair] = []
        for a, b in candidates:
            if a not in rows or b not in rows:
                continue
            match = dup.score(_person(rows[a]), _person(rows[b]))
            if match.likely:
                out.append(Pair(_candidate(rows[a], match, show_names),
                                _candidate(rows[b], match, show_names),
                                match.score, match.reasons))
        out.sort(key=lambda p: (-p.score, p.first.case_number, p.second.case_number))
        out = out[:limit]
        if show_names and out:
            self._record_views([c.client_id for p in out for c in (p.first, p.second)])
        return out

    def _record_views(self, client_ids: list[str]) -> None:
        with self.ctx.unit_of_work() as s:
            for client_id in dict.fromkeys(client_ids):
                self.ctx.audit(s, "client.view", record_type="client", record_id=client_id,
                               detail="possible duplicates")
