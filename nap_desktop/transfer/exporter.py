"""Build, sign and seal a package for one partner (inside the caller's transaction)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from nap_desktop.domain.entities import Agency
from nap_desktop.domain.errors import NotFound
from nap_desktop.domain.messages import N_
from nap_desktop.domain.text_rules import without_nul
from nap_desktop.reports.redaction import Audience
from nap_desktop.store.transfer_models import AgencyKeyRow, PartnerCardRow, SyncStateRow
from nap_desktop.store.types import utc_text
from nap_desktop.transfer import age, identity, schema
from nap_desktop.transfer import documents as docs
from nap_desktop.transfer import package as pkg
from nap_desktop.transfer import records as rec
from nap_desktop.transfer.bulk_sql import write_sync_state
from nap_desktop.transfer.consent_gate import IdMap, gather
from nap_desktop.transfer.errors import PackageTooLarge
from nap_desktop.transfer.records import frame_sync_hash


@dataclass(frozen=True, slots=True)
class ExportOutcome:
    data: bytes
    export_id: str
    record_count: int  # every record in the package, agency entries included
    client_count: int
    #: category -> number of clients for whom it was withheld
    withheld: dict[str, int]
    #: what a person counts (and the partner's import preview shows): no agency entries
    case_record_count: int = 0
    referral_count: int = 0
    #: documents in the package (format version 2; none: a version 1 package)
    document_count: int = 0


#: (type, id), our revision, sync hash, the record as sent (the next merge's base)
SentState = tuple[tuple[str, str], int, str, str]


def build_package(
    s: OrmSession,
    *,
    me: Agency,
    keys: AgencyKeyRow,
    partner: PartnerCardRow,
    partner_card: identity.Card,
    ids: IdMap,
    referral_ids: Sequence[str] | None,
    override_reason: str | None,
    export_id: str,
    today: date,
    now: datetime,
) -> ExportOutcome:
    """Gather what consent allows, frame and sign it, encrypt it to the partner's pinned
    recipients, and record what was sent in the sync state."""
    audience = Audience.for_partner(partner.local_agency_id, partner_card.agency_name,
                                    override_reason)
    gated = gather(s, audience=audience, referral_ids=referral_ids, ids=ids, today=today)
    if referral_ids is not None and set(referral_ids) - {
            env["id"] for env in gated.records if env["type"] == "referral"}:
        raise NotFound(N_("One of the chosen referrals no longer exists."))
    doc_entries, doc_rows = docs.select_documents(s, gated)  # sizes capped before reading
    states = _states(s, partner.local_agency_id)
    frames: list[bytes] = []
    entries: list[dict[str, Any]] = []
    sent: list[SentState] = []
    for index, env in enumerate(gated.records):
        env["data"] = without_nul(env["data"])  # saved before input refused NUL
        key = (env["type"], env["id"])
        state = states.get(key) if env["type"] != "agency" else None
        env["base"] = state.base if state is not None else None
        if state is not None and state.received_fields:
            leave_out_echoes(env, state.received_fields)
        entry = {"type": env["type"], "id": env["id"], "revision": env["revision"]}
        schema.check_record(env, entry, f"record {index + 1}")  # never send what a partner
        frame = pkg.canonical(env)  # must refuse
        entry["sha256"] = pkg.sha256_hex(frame)
        frames.append(frame)
        entries.append(entry)
        if env["type"] != "agency":
            sent.append((key, env["revision"], frame_sync_hash(frame, env),
                         frame.decode("utf-8")))
    contents = docs.contents_of(s, doc_entries, doc_rows) if doc_entries else None
    manifest = {
        "format": "napx", "export_id": export_id,
        # Without documents, the previous version: a partner not yet upgraded reads it.
        "format_version": pkg.FORMAT_VERSION if contents is not None else pkg.PLAIN_VERSION,
        "created_at": utc_text(now),
        "sender": {"agency_id": me.id, "agency_name": me.name,
                   "signing_key_sha256": identity.signing_key_digest(keys.signing_public)},
        "recipient": {"agency_id": partner.agency_id, "agency_name": partner_card.agency_name,
                      "key_fingerprint": partner.key_fingerprint},
        "override_reason": audience.override_reason,
        "clients": [{"client_id": c.client_id, "release_ids": c.release_ids,
                     "shared": sorted(x.value for x in c.shared),
                     "withheld": sorted(x.value for x in c.withheld)} for c in gated.clients],
        "records": entries,
        **({"documents": doc_entries} if contents is not None else {}),
    }
    pkg.check_manifest(manifest)  # as the partner will
    manifest_bytes = pkg.canonical(manifest)
    signature = identity.signing_key(keys).sign(pkg.signature_input(manifest_bytes))
    sealed = age.encrypt(pkg.build_container(manifest_bytes, signature, frames, contents),
                         partner_card.recipients)
    if len(sealed) > pkg.MAX_PACKAGE_BYTES:
        raise PackageTooLarge(
            N_("This export is too large for one package: choose fewer referrals.")
        )
    _remember(s, sent, states, partner.local_agency_id, now)
    withheld = Counter(x.value for c in gated.clients for x in c.withheld)
    kinds = Counter(env["type"] for env in gated.records)
    return ExportOutcome(data=sealed, export_id=export_id, record_count=len(frames),
                         client_count=len(gated.clients), withheld=dict(withheld),
                         case_record_count=len(frames) - kinds["agency"],
                         referral_count=kinds["referral"], document_count=len(doc_entries))



@dataclass(frozen=True, slots=True)
class _State:
    local_revision: int
    content_hash: str  # what was last exchanged, either way
    received_hash: str | None  # what the partner last sent us (None: nothing since 0008)
    received_fields: str  # fingerprints of the values it last sent (rec.fingerprints)
    has_content: bool = True  # the content of ``content_hash`` is kept (since 0014)

    @property
    def base(self) -> str:
        """The version the partner is known to hold: its own last one, which it cannot
        have lost; what we sent may never have arrived (a package lost, or not imported
        yet), and a base the partner never saw would make its next change a conflict."""
        return self.received_hash or self.content_hash


def _states(s: OrmSession, partner_local_id: str) -> dict[tuple[str, str], _State]:
    """(type, id) -> what was last exchanged with the partner."""
    t = SyncStateRow.__table__
    return {(kind, rid): _State(revision, digest, received, fields or "", bool(content))
            for kind, rid, revision, digest, received, fields, content in s.execute(
                select(t.c.record_type, t.c.record_id, t.c.local_revision, t.c.content_hash,
                       t.c.received_hash, t.c.received_fields,
                       t.c.content_json.is_not(None))
                .where(t.c.partner_agency_id == partner_local_id))}


def leave_out_echoes(env: dict[str, Any], received_fields: str) -> None:
    """Leave out of ``env`` the withholdable fields whose value is still the one the
    partner itself last sent us. Sending it back tells the partner nothing, and when the
    partner has changed it since and withheld it from us (a release that lapsed), our
    old copy would come back as if it were news and overwrite the newer value."""
    kind = env["type"]
    echoes = rec.echoes(kind, env["data"], received_fields)
    if not echoes:
        return
    holder = env["data"]["personal"] if kind == "client" else env["data"]
    for name in echoes:
        del holder[name]
    env["left_out"] = sorted(echoes | set(env.get("left_out", ())))


def _remember(s: OrmSession, sent: list[SentState], states: dict[tuple[str, str], _State],
              partner_local_id: str, now: datetime) -> None:
    """What we sent becomes what was last exchanged of each record (one upsert); what was
    last received from the partner stays. A record sent again as it was last exchanged
    keeps its row as it is."""
    at = utc_text(now)
    rows = [{"partner_agency_id": partner_local_id, "record_type": key[0], "record_id": key[1],
             "local_revision": revision, "remote_revision": 0, "content_hash": digest,
             "exchanged_at": at, "content_json": content}
            for key, revision, digest, content in sent
            if _differs(states.get(key), revision, digest)]
    write_sync_state(s, rows, keep_remote_revision=True)


def _differs(state: _State | None, revision: int, digest: str) -> bool:
    return state is None or not state.has_content or \
        (state.local_revision, state.content_hash) != (revision, digest)
