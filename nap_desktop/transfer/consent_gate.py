"""What may leave the vault for one partner, and the records as they travel.

The gate (domain.md, "Rule for the app"): a client's personal details go into a package
only in the categories that an active, unexpired release *to that partner* covers. Whole
records of a withheld category (housing, restitution, notes) stay home; fields of a
withheld category inside a shared record (personal details, safety notes) are left out
and the record lists the category under ``withheld``. A supervisor override with a
written reason shares everything; the service checks the role and audits it. The decision
itself is ``reports.redaction.plan_redaction``, shared with the partner PDF summary.

``record_view`` is also how the importer sees a local row, so that a record and its
local copy can be compared byte for byte.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import selectinload

from nap_desktop.domain.entities import CaseRecord
from nap_desktop.domain.enums import InfoCategory
from nap_desktop.reports.redaction import Audience, plan_redaction
from nap_desktop.services import mapping
from nap_desktop.store import models as m
from nap_desktop.store.types import split_set, utc_text
from nap_desktop.transfer import package as pkg

IC = InfoCategory
ALL_CATEGORIES = frozenset(InfoCategory)
CHUNK = 500
Row = Any  # one of the mapped rows of store.models


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


def decide(client: m.ClientRow, releases: Iterable[m.ReleaseRow], audience: Audience,
           today: date) -> ClientDecision:
    """Which categories of one client may go to the partner, and under which releases
    (``reports.redaction.plan_redaction``: the same rule as the partner PDF summary)."""
    case = CaseRecord(client=mapping.client(client), referrals=[],
                      releases=[mapping.release(r, today) for r in releases], placements=[],
                      restitution=[], notes=[], agencies={}, users={})
    plan = plan_redaction(case, audience, today)
    return ClientDecision(client.id, sorted(plan.release_ids), plan.shared)


# --- row -> record ----------------------------------------------------------------


def _d(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def _personal(row: m.ClientPersonalRow | None, withheld: frozenset[InfoCategory]) -> dict[str, Any]:
    p = row or m.ClientPersonalRow(legal_name="", preferred_name="", is_minor=False,
                                   languages="", interpreter_needed=False, contact_info="",
                                   safe_contact_instructions="", location="",
                                   continued_presence="none", t_visa="none", hhs_letter="none")
    full: dict[str, Any] = {
        "legal_name": p.legal_name, "preferred_name": p.preferred_name,
        "date_of_birth": _d(p.date_of_birth), "is_minor": bool(p.is_minor),
        "contact_info": p.contact_info, "safe_contact_instructions": p.safe_contact_instructions,
        "location": p.location, "languages": split_set(p.languages),
        "interpreter_needed": bool(p.interpreter_needed),
        "continued_presence": p.continued_presence,
        "continued_presence_expires": _d(p.continued_presence_expires),
        "t_visa": p.t_visa, "hhs_letter": p.hhs_letter,
    }
    return {f: full[f] for cat, names in pkg.PERSONAL_FIELDS.items() if cat not in withheld
            for f in names}


def record_data(kind: str, row: Row, withheld: frozenset[InfoCategory],
                ids: IdMap) -> dict[str, Any]:
    """The ``data`` of a record in the package's (global) id space."""
    stamps = {"created_at": utc_text(row.created_at), "updated_at": utc_text(row.updated_at)} \
        if kind not in ("agency", "note") else {}
    if kind == "agency":
        data: dict[str, Any] = {"name": row.name, "kind": row.kind,
                                "is_victim_service_provider": bool(row.is_victim_service_provider)}
    elif kind == "client":
        data = {"case_number": row.case_number, "trafficking_type": row.trafficking_type,
                "personal": _personal(row.personal, withheld)}
    elif kind == "release":
        data = {"client_id": row.client_id, "recipient_agency_id": ids.to_global(
                    row.recipient_agency_id), "categories": sorted(split_set(row.categories)),
                "purpose": row.purpose, "signed_by": row.signed_by,
                "form_language": row.form_language, "signed_on": _d(row.signed_on),
                "expires_on": _d(row.expires_on), "status": row.status,
                "revoked_on": _d(row.revoked_on), "exception_basis": row.exception_basis,
                "services_not_conditional": bool(row.services_not_conditional)}
    elif kind == "referral":
        data = {"client_id": row.client_id, "from_agency_id": ids.to_global(row.from_agency_id),
                "to_agency_id": ids.to_global(row.to_agency_id), "direction": row.direction,
                "referring_person": row.referring_person,
                "external_case_number": row.external_case_number,
                "services": sorted(split_set(row.services)), "urgency": row.urgency,
                "safety_notes": row.safety_notes, "release_id": row.release_id,
                "status": row.status, "status_changed_at": utc_text(row.status_changed_at),
                "outcome": row.outcome, "reason": row.reason, "reason_text": row.reason_text,
                "history": [{"from_status": h.from_status, "to_status": h.to_status,
                             "at": utc_text(h.at), "reason": h.reason,
                             "reason_text": h.reason_text} for h in row.history]}
    elif kind == "placement":
        data = {"client_id": row.client_id, "program_type": row.program_type,
                "provider": row.provider, "funding_source": row.funding_source,
                "status": row.status, "referred_on": _d(row.referred_on),
                "start_date": _d(row.start_date), "move_in_date": _d(row.move_in_date),
                "expected_exit_date": _d(row.expected_exit_date), "exit_date": _d(row.exit_date),
                "exit_destination": row.exit_destination, "safety_notes": row.safety_notes,
                "ledger": [{"id": a.id, "kind": a.kind, "amount_cents": a.amount_cents,
                            "paid_on": _d(a.paid_on), "note": a.note}
                           for a in sorted(row.ledger, key=lambda a: (a.paid_on, a.id))]}
    elif kind == "restitution":
        data = {"client_id": row.client_id, "court": row.court,
                "docket_number": row.docket_number, "defendant": row.defendant,
                "statute": row.statute, "losses_claimed_cents": row.losses_claimed_cents,
                "ordered_cents": row.ordered_cents, "closure": row.closure,
                "steps": [{"id": x.id, "position": x.position, "kind": x.kind,
                           "status": x.status, "due_on": _d(x.due_on),
                           "completed_on": _d(x.completed_on), "note": x.note}
                          for x in sorted(row.steps, key=lambda x: (x.position, x.id))],
                "money": [{"id": x.id, "kind": x.kind, "amount_cents": x.amount_cents,
                           "on": _d(x.on), "note": x.note}
                          for x in sorted(row.money, key=lambda x: (x.on, x.id))]}
    else:
        data = {"client_id": row.client_id, "referral_id": row.referral_id,
                "created_at": utc_text(row.created_at), "body": row.body}
    if IC.SAFETY in withheld and kind in ("referral", "placement"):
        data.pop("safety_notes")
    return {**data, **stamps}


def envelope(kind: str, row: Row, withheld: frozenset[InfoCategory], ids: IdMap) -> dict[str, Any]:
    applicable = withheld & pkg.FIELD_CATEGORIES.get(kind, frozenset())
    return {"type": kind, "id": row.id, "revision": int(getattr(row, "revision", 1)),
            "withheld": sorted(c.value for c in applicable),
            "data": record_data(kind, row, applicable, ids)}


def sync_hash(env: Mapping[str, Any]) -> str:
    """Digest of a record's shared content: what both sides compare to detect changes.
    The case number is left out: each vault numbers its own cases."""
    data = {k: v for k, v in env["data"].items() if k != "case_number"}
    return pkg.sha256_hex(pkg.canonical({"type": env["type"], "id": env["id"],
                                         "withheld": env["withheld"], "data": data}))


# --- selecting what goes ------------------------------------------------------------


def _chunks(values: Sequence[str]) -> Iterable[list[str]]:
    for i in range(0, len(values), CHUNK):
        yield list(values[i:i + CHUNK])


def load(s: OrmSession, model: type[Any], column: str, values: Iterable[str],
         *options: Any) -> list[Any]:
    """Rows whose ``column`` is one of ``values``, a chunk of parameters at a time."""
    out: list[Any] = []
    for part in _chunks(sorted(set(values))):
        out += s.scalars(select(model).options(*options)
                         .where(getattr(model, column).in_(part))).all()
    return out


def gather(s: OrmSession, *, audience: Audience, referral_ids: Sequence[str] | None,
           ids: IdMap, today: date) -> GatedRecords:
    """Every record for the partner: the chosen referrals (default: all to or from the
    partner), their clients, releases, and what consent lets through."""
    assert audience.agency_id is not None
    partner_local_id = audience.agency_id
    if referral_ids is None:
        referrals = s.scalars(select(m.ReferralRow).options(selectinload(m.ReferralRow.history))
                              .where(or_(m.ReferralRow.to_agency_id == partner_local_id,
                                         m.ReferralRow.from_agency_id == partner_local_id))
                              .order_by(m.ReferralRow.created_at, m.ReferralRow.id)).all()
    else:
        referrals = sorted(load(s, m.ReferralRow, "id", referral_ids,
                                selectinload(m.ReferralRow.history)),
                           key=lambda r: (r.created_at, r.id))
    client_ids = sorted({r.client_id for r in referrals})
    clients = load(s, m.ClientRow, "id", client_ids, selectinload(m.ClientRow.personal))
    releases = load(s, m.ReleaseRow, "client_id", client_ids)
    by_client: dict[str, list[m.ReleaseRow]] = {}
    for rel in releases:
        by_client.setdefault(rel.client_id, []).append(rel)
    out = GatedRecords()
    shared: dict[str, frozenset[InfoCategory]] = {}
    for client in sorted(clients, key=lambda c: c.id):
        decision = decide(client, by_client.get(client.id, []), audience, today)
        out.clients.append(decision)
        shared[client.id] = decision.shared
    cited = {r.release_id for r in referrals if r.release_id}
    sent_releases = [r for r in releases
                     if r.recipient_agency_id == partner_local_id or r.id in cited]
    agency_ids = {a for r in referrals for a in (r.from_agency_id, r.to_agency_id)}
    agency_ids |= {r.recipient_agency_id for r in sent_releases}
    agencies = load(s, m.AgencyRow, "id", agency_ids)

    def add(kind: str, rows: Iterable[Row]) -> None:
        for row in sorted(rows, key=lambda r: (str(getattr(r, "created_at", "")), r.id)):
            owner = row.id if kind == "client" else getattr(row, "client_id", None)
            withheld = frozenset() if owner is None else ALL_CATEGORIES - shared[owner]
            category = pkg.RECORD_CATEGORY[kind]
            if category is None or category not in withheld:
                out.records.append(envelope(kind, row, withheld, ids))

    add("agency", agencies)
    add("client", clients)
    add("release", sent_releases)
    add("referral", referrals)
    add("placement", load(s, m.PlacementRow, "client_id", client_ids,
                          selectinload(m.PlacementRow.ledger)))
    add("restitution", load(s, m.RestitutionMatterRow, "client_id", client_ids,
                            selectinload(m.RestitutionMatterRow.steps),
                            selectinload(m.RestitutionMatterRow.money)))
    sent_referrals = {r.id for r in referrals}
    add("note", [n for n in load(s, m.NoteRow, "client_id", client_ids)
                 if n.referral_id is None or n.referral_id in sent_referrals])
    return out
