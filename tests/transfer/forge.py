"""A hostile partner's workshop: take a real package, rewrite its records, and sign and
seal it again with the partner's own (valid, pinned) keys, as that partner could."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from nap_desktop.services.base import new_id
from nap_desktop.transfer import package as pkg
from nap_desktop.transfer import records as rec
from nap_desktop.transfer import schema
from tests.transfer.transfer_helpers import Side, manifest_of, open_plain, reseal

Record = dict[str, Any]
Edit = Callable[[list[Record]], list[Record]]


def records_in(data: bytes, receiver: Side) -> list[Record]:
    """The records of a package, as the receiver decrypts them."""
    return [json.loads(frame) for frame in open_plain(data, receiver).records]


def forge(data: bytes, *, sender: Side, receiver: Side, edit: Edit) -> bytes:
    """``data`` (sent by ``sender`` to ``receiver``) with its records rewritten by
    ``edit``, under a new export id, a manifest to match, signed with ``sender``'s key."""
    container = open_plain(data, receiver)
    manifest = manifest_of(container)
    records = edit([json.loads(frame) for frame in container.records])
    frames = [pkg.canonical(r) for r in records]
    manifest["export_id"] = new_id()
    manifest["records"] = [{"type": r["type"], "id": r["id"], "revision": r["revision"],
                            "sha256": pkg.sha256_hex(f)} for r, f in zip(records, frames,
                                                                        strict=True)]
    listed = {c["client_id"] for c in manifest["clients"]}
    manifest["clients"] = sorted(
        [*manifest["clients"], *({"client_id": r["id"], "release_ids": [], "shared": [],
                                  "withheld": []} for r in records
                                 if r["type"] == "client" and r["id"] not in listed)],
        key=lambda c: c["client_id"])
    return reseal(manifest, frames, signer=sender, receiver=receiver)


def edited(record: Record, **data: Any) -> Record:
    """A later version of ``record`` (revision + 1, base = the version it came from)
    with ``data`` changed: what a partner's honest edit would look like."""
    out = json.loads(json.dumps(record))
    out["base"] = rec.sync_hash(record)
    out["revision"] = record["revision"] + 1
    out["data"].update(data)
    return out


def new_release(*, client_id: str, recipient: str, today: date,
                categories: list[str] | None = None) -> Record:
    """A release of information, as a partner would record one."""
    stamp = "2026-11-23T15:00:00.000000Z"
    return {"type": "release", "id": new_id(), "revision": 1, "base": None, "withheld": [],
            "data": {"client_id": client_id, "recipient_agency_id": recipient,
                     "categories": sorted(categories or [c.value for c in schema.IC]),
                     "purpose": "Coordinate", "signed_by": "survivor",
                     "form_language": "English", "signed_on": today.isoformat(),
                     "expires_on": (today + timedelta(days=300)).isoformat(),
                     "status": "active", "revoked_on": None, "exception_basis": "",
                     "services_not_conditional": True, "created_at": stamp,
                     "updated_at": stamp}}


def new_referral(*, client_id: str, from_agency: str, to_agency: str,
                 release_id: str | None) -> Record:
    stamp = "2026-11-23T15:00:00.000000Z"
    return {"type": "referral", "id": new_id(), "revision": 1, "base": None, "withheld": [],
            "data": {"client_id": client_id, "from_agency_id": from_agency,
                     "to_agency_id": to_agency, "direction": "between_providers",
                     "referring_person": "", "external_case_number": "", "services": ["legal"],
                     "urgency": "routine", "safety_notes": "", "release_id": release_id,
                     "status": "sent", "status_changed_at": stamp, "outcome": None,
                     "reason": None, "reason_text": "", "created_at": stamp,
                     "updated_at": stamp, "history": []}}


def agency_record(side: Side) -> Record:
    """``side``'s own agency entry, as its packages carry it."""
    agency = side.ctx.actor.agency
    assert agency is not None
    return {"type": "agency", "id": side.me, "revision": 1, "base": None, "withheld": [],
            "data": {"name": agency.name, "kind": agency.kind.value,
                     "is_victim_service_provider": agency.is_victim_service_provider}}
