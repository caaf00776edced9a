"""What may leave the vault for one partner.

The gate (domain.md, "Rule for the app"): a client's personal details go into a package
only in the categories that an active, unexpired release *to that partner* covers, and
only releases our own users recorded or confirmed count (a partner's copy of a release
is information, never our consent). Whole
records of a withheld category (housing, restitution, notes) stay home; fields of a
withheld category inside a shared record (personal details, safety notes) are left out
and the record lists the category under ``withheld``. A supervisor override with a
written reason shares everything; the service checks the role and audits it. Fields
this vault received without a value (``not_received``) are ``left_out`` whatever the
releases say: we hold no value for them. The decision
itself is ``reports.redaction.plan_redaction``, shared with the partner PDF summary.

How a local row becomes a record (and how the importer sees its local copy) is
``transfer.records``; the rows are read there, a few set-based queries per table.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from types import SimpleNamespace
from typing import Any

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session as OrmSession

from nap_desktop.domain import entities as e
from nap_desktop.domain.enums import InfoCategory, TraffickingType
from nap_desktop.domain.errors import ValidationError
from nap_desktop.domain.messages import N_
from nap_desktop.reports.redaction import Audience, plan_redaction
from nap_desktop.store import mapping
from nap_desktop.store import models as m
from nap_desktop.transfer import checks, schema
from nap_desktop.transfer import records as rec
from nap_desktop.transfer.records import View

IC = InfoCategory
ALL_CATEGORIES = frozenset(InfoCategory)
#: Bound parameters per ``IN (...)`` list of :func:`load`.
CHUNK = 500


@dataclass(frozen=True, slots=True)
class IdMap:
    """Agency ids differ between vaults only for partners pinned onto an existing directory
    entry; every other id (UUID) is the same everywhere."""

    to_global_map: Mapping[str, str]

    def to_global(self, local_id: str) -> str:
        return self.to_global_map.get(local_id, local_id)

    def to_local(self, global_id: str) -> str:
        for local, glob in self.to_global_map.items():
            if glob == global_id:
                return local
        return global_id


@dataclass(frozen=True, slots=True)
class ClientDecision:
    client_id: str
    release_ids: list[str]
    shared: frozenset[InfoCategory]

    @property
    def withheld(self) -> frozenset[InfoCategory]:
        return ALL_CATEGORIES - self.shared


@dataclass(slots=True)
class GatedRecords:
    """The records for one package, each an envelope without its ``base`` yet."""

    records: list[dict[str, Any]] = field(default_factory=list)
    clients: list[ClientDecision] = field(default_factory=list)


def _day(value: str | None) -> date | None:
    return None if value is None else date.fromisoformat(rec.day(value) or "")


def _release(view: View, today: date) -> e.Release:
    """The domain release of a stored row (``store.mapping.release``)."""
    row = SimpleNamespace(**{**view, "signed_on": _day(view["signed_on"]),
                             "expires_on": _day(view["expires_on"]),
                             "revoked_on": _day(view["revoked_on"]),
                             "services_not_conditional": bool(view["services_not_conditional"])})
    return mapping.release(row, today)  # type: ignore[arg-type]


def decide(client: View, releases: Iterable[View], audience: Audience,
           today: date) -> ClientDecision:
    """Which categories of one client may go to the partner, and under which releases
    (``reports.redaction.plan_redaction``: the same rule as the partner PDF summary, which
    reads only the client's releases)."""
    stamp = checks.timestamp
    entity = e.Client(id=client["id"], case_number=client["case_number"],
                      trafficking_type=TraffickingType(client["trafficking_type"]),
                      personal=e.ClientPersonal(),
                      created_at=stamp(rec.stamp(client["created_at"]), "created_at"),
                      updated_at=stamp(rec.stamp(client["updated_at"]), "updated_at"),
                      revision=client["revision"])
    case = e.CaseRecord(client=entity, referrals=[],
                        releases=[_release(r, today) for r in releases], placements=[],
                        restitution=[], notes=[], agencies={}, users={})
    plan = plan_redaction(case, audience, today)
    return ClientDecision(client["id"], sorted(plan.release_ids), plan.shared)


def withheld_from(s: OrmSession, client_ids: Sequence[str], agency_id: str,
                  today: date) -> dict[str, frozenset[InfoCategory]]:
    """The categories our next export to ``agency_id`` would withhold, per client (the
    importer keeps our values for them: ``transfer.authority``)."""
    audience = Audience.for_partner(agency_id, "partner")
    by_client: dict[str, list[View]] = {}
    for release in rec.fetch(s, "release", "client_id", client_ids):
        by_client.setdefault(release["client_id"], []).append(release)
    return {c["id"]: decide(c, by_client.get(c["id"], []), audience, today).withheld
            for c in rec.rows_in(s, "clients", "id", client_ids)}


# --- releases a partner may see ------------------------------------------------------

#: Where a referral view keeps the release it cites when the partner may not see that one
#: (``release_id`` is then None, as the partner receives it).
HIDDEN_CITATION = "hidden_release_id"


def visible_to(release: Mapping[str, Any], partner: str) -> bool:
    """A release a partner may receive: one addressed to it, or its own record. Our
    releases to other agencies (what we tell the FBI, for a T visa) are none of its
    business, whatever referral cites them."""
    return release["recipient_agency_id"] == partner or \
        release.get("recorded_by_agency_id") == partner


def hide_citations(referrals: Sequence[View], releases: Mapping[str, Mapping[str, Any]],
                   partner: str) -> list[View]:
    """The referrals as ``partner`` sees them: one citing a release it may not see
    (``releases``: id -> row, those cited) cites none (the id stays here, under
    :data:`HIDDEN_CITATION`). Export and import see a referral the same way, so an echo
    of it compares unchanged and its ``null`` never blanks our citation."""
    def seen(view: View) -> View:
        cited = view["release_id"]
        if cited is None or (cited in releases and visible_to(releases[cited], partner)):
            return view
        return {**view, "release_id": None, HIDDEN_CITATION: cited}

    return [seen(view) for view in referrals]


def partner_view(s: OrmSession, referrals: Sequence[View], partner: str) -> list[View]:
    """:func:`hide_citations`, reading the cited releases."""
    cited = {r["release_id"] for r in referrals if r["release_id"]}
    releases = {r["id"]: r for r in rec.rows_in(s, "releases", "id", cited)}
    return hide_citations(referrals, releases, partner)


# --- selecting what goes ------------------------------------------------------------


def load(s: OrmSession, model: type[Any], column: str, values: Iterable[str],
         *options: Any) -> list[Any]:
    """ORM rows whose ``column`` is one of ``values``, a chunk of parameters at a time
    (for the services' small reads; the export itself reads through ``records``)."""
    out: list[Any] = []
    ordered = sorted(set(values))
    for i in range(0, len(ordered), CHUNK):
        out += s.scalars(select(model).options(*options)
                         .where(getattr(model, column).in_(ordered[i:i + CHUNK]))).all()
    return out


def _created(view: View) -> tuple[str, str]:
    return (view.get("created_at") or "", view["id"])


def _relayed(release: View, partner_local_id: str) -> bool:
    """A release another agency than the partner recorded and nobody here confirmed: that
    agency's record, never ours to pass on (it counts for nothing here either). What we
    send is our users' releases and the partner's own."""
    return release.get("recorded_by_agency_id") not in (None, partner_local_id) \
        and release.get("confirmed_by") is None


def gather(s: OrmSession, *, audience: Audience, referral_ids: Sequence[str] | None,
           ids: IdMap, today: date) -> GatedRecords:
    """Every record for the partner: the chosen referrals (default: all between us and the
    partner, never one between it and a third agency), their clients, releases (never
    one a third agency recorded), and what consent lets through."""
    assert audience.agency_id is not None
    partner_local_id = audience.agency_id
    us = s.scalar(select(m.AgencyRow.id).where(m.AgencyRow.is_self))
    if referral_ids is None:
        referrals = rec.fetch_where(s, "referral", lambda t: or_(
            and_(t.c.to_agency_id == partner_local_id, t.c.from_agency_id == us),
            and_(t.c.from_agency_id == partner_local_id, t.c.to_agency_id == us)))
    else:
        referrals = rec.fetch(s, "referral", "id", referral_ids)
        if any({r["from_agency_id"], r["to_agency_id"]} != {partner_local_id, us}
               for r in referrals):
            # A referral with another agency (say, an investigation number from the FBI)
            # is not this partner's business, whatever the client's releases say; one
            # between the partner and a third agency is not ours to pass on.
            raise ValidationError(
                N_(
                    "A package can only hold referrals between your agency and the partner it "
                    "is for. Leave out the others."
                ), field="referrals")
    referrals.sort(key=_created)
    client_ids = {r["client_id"] for r in referrals}
    clients = rec.fetch(s, "client", "id", client_ids)
    releases = [r for r in rec.fetch(s, "release", "client_id", client_ids)
                if not _relayed(r, partner_local_id)]
    by_client: dict[str, list[View]] = {}
    for rel in releases:
        by_client.setdefault(rel["client_id"], []).append(rel)
    out = GatedRecords()
    shared: dict[str, frozenset[InfoCategory]] = {}
    for client in sorted(clients, key=lambda c: c["id"]):
        decision = decide(client, by_client.get(client["id"], []), audience, today)
        out.clients.append(decision)
        shared[client["id"]] = decision.shared
    # Only the partner's releases: a referral citing another (our release to the task
    # force, say) goes citing none.
    sent_releases = [r for r in releases if visible_to(r, partner_local_id)]
    referrals = partner_view(s, referrals, partner_local_id)
    agency_ids = {a for r in referrals for a in (r["from_agency_id"], r["to_agency_id"])}
    agency_ids |= {r["recipient_agency_id"] for r in sent_releases}
    to_global = ids.to_global

    def add(kind: str, rows: Iterable[View]) -> None:
        category = schema.RECORD_CATEGORY[kind]
        for row in sorted(rows, key=_created):
            owner = row["id"] if kind == "client" else row.get("client_id")
            withheld = frozenset() if owner is None else ALL_CATEGORIES - shared[owner]
            if category is None or category not in withheld:
                # Fields that came here without a value are left out too: a blank we
                # never filled in must not reach anyone as if it were a value.
                out.records.append(rec.envelope(kind, row, withheld, to_global,
                                                rec.not_received(kind, row)))

    add("agency", rec.fetch(s, "agency", "id", agency_ids))
    add("client", clients)
    add("release", sent_releases)
    add("referral", referrals)
    wanted = [c for c in client_ids if IC.HOUSING in shared[c]]
    add("placement", rec.fetch(s, "placement", "client_id", wanted))
    wanted = [c for c in client_ids if IC.RESTITUTION in shared[c]]
    add("restitution", rec.fetch(s, "restitution", "client_id", wanted))
    sent_referrals = {r["id"] for r in referrals}
    wanted = [c for c in client_ids if IC.NOTES in shared[c]]
    add("note", [n for n in rec.fetch(s, "note", "client_id", wanted)
                 if n["referral_id"] is None or n["referral_id"] in sent_referrals])
    return out
