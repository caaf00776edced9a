"""Team sync conflicts as the conflicts view shows them (issue #12): two team members
changed the same field of a record, offline or at the same time. Both versions are kept
(``sync/apply.py`` writes them into ``transfer_conflicts`` with ``source = 'team'``) until a
person chooses field by field. Looking at one shows case data, so each look is audited;
resolving is one unit of work, captured like any edit, so every device gets it.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, select, text

from nap_desktop.domain.enums import Role
from nap_desktop.domain.errors import NotFound
from nap_desktop.domain.merge import Merge
from nap_desktop.domain.messages import N_
from nap_desktop.services.base import ServiceContext
from nap_desktop.services.transfer.views import client_labels
from nap_desktop.store import models as m
from nap_desktop.store import transfer_models as tm
from nap_desktop.sync import conflicts as sync_conflicts
from nap_desktop.sync import rowops, tables
from nap_desktop.sync.device_keys import device_fingerprint
from nap_desktop.sync.devices import load_devices

#: The synced table -> the record type the field labels know.
RECORD_TYPES: Mapping[str, str] = {
    "clients": "client", "client_personal": "client", "referrals": "referral",
    "placements": "placement", "releases": "release", "restitution_matters": "restitution",
    "restitution_steps": "restitution", "agencies": "agency", "notes": "note",
    "case_assignments": "referral", "users": "user",
}


@dataclass(frozen=True, slots=True)
class Author:
    """Who made one version, and on which computer, as far as this vault knows."""

    #: Their full name ("" when the version's author is not known here).
    name: str
    #: The fingerprint of the computer it came from ("" when not known).
    device: str
    #: How many approved computers that person has (to say "one of their 2 computers").
    devices: int


@dataclass(frozen=True, slots=True)
class TeamConflictView:
    """One open team conflict, without case data beyond the case number."""

    id: str
    table: str
    record_type: str
    #: "fields" (both changed fields), "delete", "gone", "exists", "renamed", "constraint"
    kind: str
    case_number: str
    found_at: datetime
    #: The version kept for now (the earlier change in the team's order) and the later one.
    kept: Author
    later: Author


@dataclass(frozen=True, slots=True)
class TeamConflictComparison:
    view: TeamConflictView
    merge: Merge


class TeamConflictService:
    """``Workspace.team_conflicts``."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def conflicts(self) -> list[TeamConflictView]:
        """Open team conflicts, oldest first."""
        self.ctx.require(Role.CASEWORKER)
        with self.ctx.read() as s:
            rows = list(s.scalars(select(tm.ConflictRow).where(
                tm.ConflictRow.source == "team", tm.ConflictRow.resolved_at.is_(None))
                .order_by(tm.ConflictRow.created_at, tm.ConflictRow.id)))
            conn = s.connection()
            owners = {r.id: _client_of(conn, r.record_type, r.record_id) for r in rows}
            labels = client_labels(s, {c for c in owners.values() if c})
            people = _Authors(conn)
            return [TeamConflictView(
                id=r.id, table=r.record_type, record_type=RECORD_TYPES.get(r.record_type, ""),
                kind=json.loads(r.remote_json).get("kind", "fields"),
                case_number=labels[owners[r.id]].case_number if owners[r.id] in labels else "",
                found_at=r.created_at,
                kept=people.of(json.loads(r.local_json), None),
                later=people.of(json.loads(r.remote_json), r.partner_agency_id))
                for r in rows]

    def compare(self, conflict_id: str) -> TeamConflictComparison:
        """Both versions, field by field (audited: it shows case data)."""
        self.ctx.require(Role.CASEWORKER)
        with self.ctx.unit_of_work() as s:
            found = sync_conflicts.view(s, conflict_id)  # NotFound once resolved
            self.ctx.audit(s, "team.conflict_view", record_type=found.table,
                           record_id=found.record_id, detail=f"conflict {conflict_id}")
        view = next((c for c in self.conflicts() if c.id == conflict_id), None)
        if view is None:  # resolved by a sync in between
            raise NotFound(N_("That conflict no longer exists."))
        return TeamConflictComparison(view, found.merge)

    def resolve(self, conflict_id: str, picks: Mapping[str, str]) -> None:
        """Keep, per contested field, the value kept now ("here") or the later one
        ("partner"); fields only one side changed follow the merge."""
        user = self.ctx.require(Role.CASEWORKER)
        with self.ctx.unit_of_work() as s:
            found = sync_conflicts.resolve(s, conflict_id, picks, user_id=user.id,
                                           at=self.ctx.now())
            self.ctx.audit(s, "team.conflict_resolve", record_type=found.table,
                           record_id=found.record_id, detail=f"conflict {conflict_id}")


def _client_of(conn: Connection, table: str, record_id: str) -> str:
    """The client a synced row belongs to ("" if none or gone)."""
    if table in ("clients", "client_personal"):
        return record_id
    try:
        shape = tables.shape(conn, table)
        key = sync_conflicts._key(shape, record_id)
        row = rowops.read_row(conn, shape, key) or {}
    except Exception:  # a table this schema does not have: no case to name
        return ""
    value = row.get("client_id")
    return value if isinstance(value, str) else ""


class _Authors:
    """Names and computers, read once for a listing."""

    def __init__(self, conn: Connection) -> None:
        self.names = {r[0]: r[1] for r in conn.execute(
            select(m.UserRow.id, m.UserRow.display_name))}
        vault = conn.execute(text("SELECT vault_id FROM sync_state")).scalar()
        self.devices = load_devices(conn)
        self.fingerprints = {
            d.device_id: device_fingerprint(str(vault), d.device_id, d.signing_key, d.box_key)
            for d in self.devices.values()} if vault else {}

    def of(self, doc: Mapping[str, Any], fallback_user: str | None) -> Author:
        user = doc.get("by") or fallback_user or ""
        device = str(doc.get("device") or "")
        mine = [d for d in self.devices.values() if d.user_id == user and d.state == "approved"]
        if not device and len(mine) == 1:
            device = mine[0].device_id  # their only computer
        return Author(self.names.get(user, ""), self.fingerprints.get(device, ""), len(mine))
