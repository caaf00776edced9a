"""Documents in a package (format version 2, issue #14): which go, and how they come in.

A document is a scan: nothing in it can be redacted, so it goes to a partner only when the
client's decision for that partner (``consent_gate.decide``: an active release to it, or a
supervisor's override) shares EVERY category the document's kind and the record it is
attached to may show (``domain.consent.document_categories``); and only with the record it
is attached to, and never when voided or received from another agency (we do not relay a
third party's evidence; the sender holds its own). Its content travels after the records,
its entry (metadata, SHA-256, size) in the signed manifest.

Coming in, nothing is written before every document passed: its content matches the
manifest's hash and size, is a PDF, PNG or JPEG of the media type declared (photo metadata
is stripped again, as for a document added here), its client is carried by the package,
the categories it needs were shared by the sender for that client, and the record it is
attached to belongs to that client here or in the package. A document already here is not
stored twice (same id: skipped; same bytes: one content).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from nap_desktop.domain import consent
from nap_desktop.domain.doc_formats import check_document
from nap_desktop.domain.enums import DocumentAttachment, InfoCategory
from nap_desktop.domain.errors import ValidationError
from nap_desktop.domain.messages import N_, Message
from nap_desktop.store import documents as blobs
from nap_desktop.store import models as m
from nap_desktop.store.types import join_set, utc_text
from nap_desktop.transfer import checks
from nap_desktop.transfer import package as pkg
from nap_desktop.transfer.consent_gate import GatedRecords, load
from nap_desktop.transfer.errors import PackageDamaged, PackageTooLarge, SchemaViolation

#: The package record type of each attachment (a client's own documents: "client").
RECORD_TYPE: Mapping[str, str] = {
    "client": "client", "release": "release", "referral": "referral",
    "placement": "placement", "restitution_matter": "restitution"}
_ROWS: Mapping[str, type[m.ReleaseRow | m.ReferralRow | m.PlacementRow
                         | m.RestitutionMatterRow]] = {
    "release": m.ReleaseRow, "referral": m.ReferralRow, "placement": m.PlacementRow,
    "restitution_matter": m.RestitutionMatterRow}

NOT_COVERED = N_(
    "The package holds a document that its sender's releases do not allow it to share; "
    "nothing was imported. Ask the sender to check the release.")
NOT_CARRIED = N_(
    "The package holds a document for a client it does not carry; nothing was imported.")
LYING = N_(
    "A document in the package is not what its manifest says ({problem}); nothing was "
    "imported.")
WRONG_PLACE = N_(
    "A document in the package is attached to a record of another client, or to none; "
    "nothing was imported.")
ID_TAKEN = N_(
    "A document in the package reuses the id of another document in your vault; nothing "
    "was imported.")


# --- export -------------------------------------------------------------------------


def select_documents(s: OrmSession, gated: GatedRecords
                     ) -> tuple[list[dict[str, Any]], list[m.DocumentRow]]:
    """The manifest entries and rows of the documents that may go with ``gated``. Their
    sizes are summed before any content is read: too much is refused first."""
    shared = {c.client_id: c.shared for c in gated.clients}
    carried = {(env["type"], env["id"]) for env in gated.records}
    rows = sorted((row for row in load(s, m.DocumentRow, "client_id", shared)
                   if row.voided_at is None and row.origin_agency_id is None),
                  key=lambda row: (row.created_at, row.id))
    chosen = [row for row in rows
              if consent.shares(shared[row.client_id],
                                consent.document_categories(row.kind, row.attached_type))
              and (RECORD_TYPE[row.attached_type], _attached_id(row)) in carried]
    if len(chosen) > pkg.MAX_DOCUMENTS or \
            sum(row.size for row in chosen) > pkg.MAX_PACKAGE_BYTES - 16 * 1024 * 1024:
        raise PackageTooLarge(N_(
            "The documents of this export are too large for one package: choose fewer "
            "referrals."))
    return [_entry(row) for row in chosen], list(chosen)


def _attached_id(row: m.DocumentRow) -> str:
    """A case's own document is attached to its client as it is now (a merge moves the
    document to the client kept, and leaves ``attached_id`` naming the one merged away)."""
    return row.client_id if row.attached_type == "client" else row.attached_id


def _entry(row: m.DocumentRow) -> dict[str, Any]:
    return {"id": row.id, "client_id": row.client_id, "attached_type": row.attached_type,
            "attached_id": _attached_id(row), "kind": row.kind, "title": row.title,
            "doc_date": row.doc_date.isoformat() if row.doc_date else None,
            "media_type": row.media_type, "size": row.size, "pages": row.pages,
            "sha256": "", "added_at": utc_text(row.created_at)}


def contents_of(s: OrmSession, entries: list[dict[str, Any]], rows: Sequence[m.DocumentRow]
                ) -> list[bytes]:
    """The contents of the chosen documents, their hashes written into ``entries``."""
    out: list[bytes] = []
    for entry, row in zip(entries, rows, strict=True):
        data = blobs.read_content(s, row.content_id)
        entry["sha256"] = pkg.sha256_hex(data)
        out.append(data)
    return out


# --- import: what needs no database -----------------------------------------------------


@dataclass(frozen=True, slots=True)
class Incoming:
    """A document that passed every check that needs no database."""

    entry: dict[str, Any]
    data: bytes  #: the content to store (photo metadata stripped again)
    media_type: str
    pages: int
    removed: str  #: RemovedMetadata codes, a comma list


def check_incoming(manifest: Mapping[str, Any], contents: Sequence[bytes],
                   records: Sequence[Mapping[str, Any]]) -> list[Incoming]:
    """Each document against its manifest entry, its client and the sender's consent."""
    entries = manifest.get("documents", [])
    if len(entries) != len(contents):
        raise PackageDamaged(N_(
            "The package holds a different number of documents than its manifest lists."))
    if len({e["id"] for e in entries}) != len(entries):
        raise SchemaViolation(N_("The package lists a document twice; nothing was imported."))
    shared = {c["client_id"]: frozenset(InfoCategory(x) for x in c["shared"])
              for c in manifest["clients"]}
    clients = {r["id"] for r in records if r["type"] == "client"}
    return [_incoming(entry, data, shared, clients)
            for entry, data in zip(entries, contents, strict=True)]


def _incoming(entry: dict[str, Any], data: bytes, shared: Mapping[str, frozenset[InfoCategory]],
              clients: set[str]) -> Incoming:
    if len(data) != entry["size"]:
        raise SchemaViolation(LYING, problem=Message(N_("its size")))
    if pkg.sha256_hex(data) != entry["sha256"]:
        raise PackageDamaged(N_("The package {part} does not match its manifest hash."),
                             part=f"document {entry['id']}")
    if entry["client_id"] not in clients or entry["client_id"] not in shared:
        raise SchemaViolation(NOT_CARRIED)
    if not consent.shares(shared[entry["client_id"]],
                          consent.document_categories(entry["kind"], entry["attached_type"])):
        raise SchemaViolation(NOT_COVERED)
    if entry["attached_type"] == DocumentAttachment.CLIENT and \
            entry["attached_id"] != entry["client_id"]:
        raise SchemaViolation(WRONG_PLACE)
    try:
        checked = check_document(data)
    except ValidationError:
        raise SchemaViolation(LYING, problem=Message(N_("its content"))) from None
    if checked.media_type != entry["media_type"]:
        raise SchemaViolation(LYING, problem=Message(N_("its type")))
    checks.timestamp(entry["added_at"], "added_at")
    return Incoming(entry, checked.data, checked.media_type, checked.pages,
                    join_set({r.value for r in checked.removed}))


# --- import: against the vault ---------------------------------------------------------


def plan_documents(s: OrmSession, incoming: Sequence[Incoming],
                   records: Sequence[Mapping[str, Any]], sender: str) -> list[Incoming]:
    """The documents new here, after checking where each is attached (in the package or
    in the vault, on the same client) and that no id is taken by another document."""
    in_package = {(r["type"], r["id"]): r["data"].get("client_id", r["id"]) for r in records}
    known = {row.id: row for row in load(s, m.DocumentRow, "id",
                                          [d.entry["id"] for d in incoming])}
    new: list[Incoming] = []
    for doc in incoming:
        entry = doc.entry
        if not _attached_here(s, entry, in_package):
            raise SchemaViolation(WRONG_PLACE)
        mine = known.get(entry["id"])
        if mine is None:
            new.append(doc)
        elif (mine.client_id, mine.origin_agency_id) != (entry["client_id"], sender):
            raise SchemaViolation(ID_TAKEN)
    return new


def _attached_here(s: OrmSession, entry: Mapping[str, Any],
                   in_package: Mapping[tuple[str, str], str]) -> bool:
    kind = entry["attached_type"]
    key = (RECORD_TYPE[kind], entry["attached_id"])
    if key in in_package:
        return bool(in_package[key] == entry["client_id"])
    if kind == "client":
        return False  # the client itself is always in the package (check_incoming)
    model = _ROWS[kind]
    owner = s.scalar(select(model.client_id).where(model.id == entry["attached_id"]))
    return bool(owner == entry["client_id"])


def write_documents(s: OrmSession, new: Sequence[Incoming], sender: str, now: datetime) -> None:
    """Store the new documents (the caller's transaction commits all or nothing)."""
    for doc in new:
        e = doc.entry
        cid, _already = blobs.put_content(s, doc.data, now)
        s.add(m.DocumentRow(
            id=e["id"], revision=1, created_at=checks.timestamp(e["added_at"], "added_at"),
            updated_at=now, client_id=e["client_id"], attached_type=e["attached_type"],
            attached_id=e["attached_id"], kind=e["kind"], title=e["title"],
            doc_date=checks.day(e["doc_date"], "doc_date") if e["doc_date"] else None,
            media_type=doc.media_type, size=len(doc.data), pages=doc.pages, content_id=cid,
            added_by=None, metadata_removed=doc.removed, origin_agency_id=sender))
    s.flush()
