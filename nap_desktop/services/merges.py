"""Merging two clients found to be one person, and undoing it.

A merge keeps one client (the survivor) and moves every record of the other under it:
releases, referrals (with their status history), placements (with their ledger),
restitution matters (with their steps and money) and notes. For each field where the two
differ the supervisor chooses whose value stays. The merged-away client's rows are
removed from the caseload but kept, whole, in the merge record (``client_merges``,
inside the encrypted vault), with the ids of what moved and the survivor's fields before
and after: undo puts the other client back exactly (same id, case number and revision)
and moves its records back. Audit events stay where they were written; the survivor's
history shows both (``CaseService.history``).

Transfer: a client our partners know (``transfer_sync_state``), or one whose records
they know, must stay the survivor: their next package names it by its id, which a
merged-away client no longer has. Such a merge is refused with the way round that works.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session as OrmSession

from nap_desktop.domain.enums import Role
from nap_desktop.domain.errors import NotFound, ValidationError
from nap_desktop.domain.messages import N_
from nap_desktop.services import validate as v
from nap_desktop.services.base import ServiceContext, get_or_404, new_id
from nap_desktop.store import indexing, match_index
from nap_desktop.store import models as m
from nap_desktop.store.types import utc_text

#: The tables whose rows hang off a client by ``client_id`` (a client row's delete would
#: cascade to them: each moves, and moves back on undo, assignments and their reasons too).
CHILD_TABLES = ("releases", "referrals", "placements", "restitution_matters", "notes",
                "case_assignments", "documents",
                # issue #13 (migration 0019)
                "service_records", "case_plans", "plan_goals", "safety_plans", "tasks")
#: Child tables with at most one row per client: when both cases have one, the survivor's
#: stays and the other's is kept in the merge record, back on undo (never lost).
ONE_PER_CLIENT = ("case_plans", "safety_plans")
#: The fields a person resolves: (table, column).
MERGE_FIELDS: tuple[tuple[str, str], ...] = (
    ("client_personal", "legal_name"), ("client_personal", "preferred_name"),
    ("client_personal", "date_of_birth"), ("client_personal", "is_minor"),
    ("client_personal", "languages"), ("client_personal", "interpreter_needed"),
    ("client_personal", "contact_info"), ("client_personal", "safe_contact_instructions"),
    ("client_personal", "location"), ("client_personal", "continued_presence"),
    ("client_personal", "continued_presence_expires"), ("client_personal", "t_visa"),
    ("client_personal", "hhs_letter"), ("clients", "trafficking_type"),
    ("clients", "assigned_user_id"),
)
_FIELD_TABLE = {f: t for t, f in MERGE_FIELDS}
_KEY = {"clients": "id", "client_personal": "client_id"}


@dataclass(frozen=True, slots=True)
class FieldDifference:
    """A field where the two clients differ (values only for the merge screen)."""

    field: str
    keep_value: Any
    other_value: Any


@dataclass(frozen=True, slots=True)
class MergeRecord:
    id: str
    keep_id: str
    other_id: str
    other_case_number: str
    merged_at: str
    reason: str
    undone: bool


# Table and column names below come from the fixed tuples above or from the tables' own
# columns (checked by _COLUMN), never from input: hence the S608 exemptions.
_COLUMN = re.compile(r"[a-z_]+")


def _row(s: OrmSession, table: str, client_id: str) -> dict[str, Any]:
    found = s.execute(text(f"SELECT * FROM {table} WHERE {_KEY[table]} = :c"),  # noqa: S608
                      {"c": client_id}).mappings().one_or_none()
    return dict(found) if found is not None else {}


def _snapshot(s: OrmSession, client_id: str) -> dict[str, dict[str, Any]]:
    return {t: _row(s, t, client_id) for t in _KEY}


def _partners_know(s: OrmSession, ids: list[str]) -> bool:
    found = s.execute(text("SELECT 1 FROM transfer_sync_state WHERE record_id IN "
                           "(SELECT value FROM json_each(:ids)) LIMIT 1"),
                      {"ids": json.dumps(ids)}).first()
    return found is not None


def _children(s: OrmSession, client_id: str) -> dict[str, list[str]]:
    return {t: list(s.execute(text(f"SELECT id FROM {t} WHERE client_id = :c ORDER BY id"),  # noqa: S608
                              {"c": client_id}).scalars()) for t in CHILD_TABLES}


def _one_per_client(s: OrmSession, keep_id: str,
                    moved: dict[str, list[str]]) -> dict[str, dict[str, Any]]:
    """Take out of ``moved`` (and of the vault) the other case's plan and safety plan
    where the survivor has its own: returned whole for the merge record."""
    aside: dict[str, dict[str, Any]] = {}
    for table in ONE_PER_CLIENT:
        if not moved.get(table):
            continue
        if s.execute(text(f"SELECT 1 FROM {table} WHERE client_id = :k"),  # noqa: S608
                     {"k": keep_id}).first() is None:
            continue
        row_id = moved.pop(table)[0]
        aside[table] = dict(s.execute(text(f"SELECT * FROM {table} WHERE id = :i"),  # noqa: S608
                                      {"i": row_id}).mappings().one())
        s.execute(text(f"DELETE FROM {table} WHERE id = :i"), {"i": row_id})  # noqa: S608
    return aside


def _followers(s: OrmSession, client_id: str, referral_ids: list[str]) -> list[str]:
    """The referrals of ``client_id`` that follow from any of ``referral_ids``, however
    far down the chain (a referral follows one of its own case: they move together)."""
    return list(s.execute(text(
        "WITH RECURSIVE chain(id) AS (SELECT value FROM json_each(:ids) UNION "
        "SELECT r.id FROM referrals r JOIN chain ON r.follows_id = chain.id "
        "WHERE r.client_id = :c) "
        "SELECT id FROM chain WHERE id NOT IN (SELECT value FROM json_each(:ids)) ORDER BY id"),
        {"ids": json.dumps(referral_ids), "c": client_id}).scalars())


def _one_worker(s: OrmSession, client_id: str) -> dict[str, Any]:
    """Give every referral of the case its worker (docs/assignment.md: a case is never
    half someone else's); return what undo needs: that worker and each one's before."""
    worker = s.execute(text("SELECT assigned_user_id FROM clients WHERE id = :c"),
                       {"c": client_id}).scalar()
    before: dict[str, str | None] = {
        str(r[0]): r[1] for r in s.execute(text(
            "SELECT id, assigned_user_id FROM referrals WHERE client_id = :c"), {"c": client_id})}
    if worker is not None:
        s.execute(text("UPDATE referrals SET assigned_user_id = :w WHERE client_id = :c"),
                  {"w": worker, "c": client_id})
    return {"to": worker, "before": before}


def _restore_workers(s: OrmSession, workers: Mapping[str, Any] | None) -> None:
    """Each referral back to the worker it had before the merge, unless assigned since."""
    if not workers or workers["to"] is None:
        return  # a merge recorded before workers were kept, or that changed none
    for referral_id, was in workers["before"].items():
        s.execute(text("UPDATE referrals SET assigned_user_id = :was WHERE id = :i AND "
                       "assigned_user_id = :to"),
                  {"was": was, "i": referral_id, "to": workers["to"]})


def _move(s: OrmSession, moved: Mapping[str, list[str]], to: str) -> None:
    for table, ids in moved.items():
        s.execute(text(f"UPDATE {table} SET client_id = :to "  # noqa: S608
                       "WHERE id IN (SELECT value FROM json_each(:ids))"),
                  {"to": to, "ids": json.dumps(ids)})


def _set_fields(s: OrmSession, client_id: str, values: Mapping[str, Any]) -> None:
    for field, value in values.items():
        table = _FIELD_TABLE[field]
        s.execute(text(f"UPDATE {table} SET {field} = :v WHERE {_KEY[table]} = :c"),  # noqa: S608
                  {"v": value, "c": client_id})


def _insert(s: OrmSession, table: str, row: Mapping[str, Any]) -> None:
    cols = list(row)
    if not all(_COLUMN.fullmatch(c) for c in cols):
        raise ValueError("unexpected column name in a merge record")
    s.execute(text(f"INSERT INTO {table} ({', '.join(cols)}) "  # noqa: S608
                   f"VALUES ({', '.join(':' + c for c in cols)})"), dict(row))


class MergeService:
    """Supervisors merge duplicate clients and undo merges."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def differences(self, keep_id: str, other_id: str) -> list[FieldDifference]:
        """The fields a merge of these two clients asks a person to choose."""
        self.ctx.require(Role.SUPERVISOR)
        with self.ctx.read() as s:
            get_or_404(s, m.ClientRow, keep_id, "client")
            get_or_404(s, m.ClientRow, other_id, "client")
            keep, other = _snapshot(s, keep_id), _snapshot(s, other_id)
        return [FieldDifference(f, keep[t].get(f), other[t].get(f)) for t, f in MERGE_FIELDS
                if keep[t].get(f) != other[t].get(f)]

    def merge(self, keep_id: str, other_id: str, *, reason: str,
              take_from_other: frozenset[str] = frozenset()) -> MergeRecord:
        """Merge ``other_id`` into ``keep_id``; ``take_from_other`` names the fields whose
        value comes from the other client (the rest keep the survivor's)."""
        actor = self.ctx.require(Role.SUPERVISOR)
        why = v.text(reason, field="reason", label=N_("Reason"), required=True)
        unknown = sorted(take_from_other - set(_FIELD_TABLE))
        if unknown:
            raise ValidationError(N_("“{name}” is not a field a merge can take."),
                                  field="fields", name=unknown[0])
        if keep_id == other_id:
            raise ValidationError(N_("A case cannot be merged with itself."), field="other")
        with self.ctx.unit_of_work() as s:
            keep = get_or_404(s, m.ClientRow, keep_id, "client")
            other = get_or_404(s, m.ClientRow, other_id, "client")
            moved = _children(s, other_id)
            self._check_partners(s, keep, other, moved)
            set_aside = _one_per_client(s, keep_id, moved)
            before = _snapshot(s, keep_id)
            other_rows = _snapshot(s, other_id)
            after = {f: other_rows[_FIELD_TABLE[f]].get(f) for f in sorted(take_from_other)}
            _move(s, moved, keep_id)
            _set_fields(s, keep_id, after)
            workers = _one_worker(s, keep_id)
            s.execute(text("DELETE FROM client_personal WHERE client_id = :c"), {"c": other_id})
            s.execute(text("DELETE FROM clients WHERE id = :c"), {"c": other_id})
            s.expire_all()
            keep = get_or_404(s, m.ClientRow, keep_id, "client")
            keep.revision += 1
            keep.updated_at = self.ctx.now()
            record = {"other": other_rows, "moved": moved, "after": after,
                      "set_aside": set_aside,
                      "before": {f: before[_FIELD_TABLE[f]].get(f) for f in after},
                      "workers": workers}
            merge_id = new_id()
            now = utc_text(self.ctx.now())
            _insert(s, "client_merges", {
                "id": merge_id, "keep_id": keep_id, "other_id": other_id,
                "other_case_number": other_rows["clients"]["case_number"], "merged_at": now,
                "merged_by": actor.id, "reason": why, "record": json.dumps(record),
                "undone_at": None, "undone_by": None})
            self._reindex(s, keep_id, other_id, gone=other_id)
            moved_n = sum(len(ids) for ids in moved.values())
            detail = f"merge {merge_id}: client {other_id} into {keep_id}; {moved_n} records"
            if after:
                detail += "; fields from the other: " + ", ".join(after)
            self.ctx.audit(s, "client.merge", record_type="client", record_id=keep_id,
                           detail=detail)
            self.ctx.audit(s, "client.merged_away", record_type="client", record_id=other_id,
                           detail=f"merge {merge_id}")
            return self._record(s, merge_id)

    def unmerge(self, merge_id: str) -> MergeRecord:
        """Undo a merge: the other client back as it was, its records back under it (with
        the referrals sent on since from its referrals, and their notes), the survivor's
        chosen fields back to their values before. Refused when already
        undone, when the survivor has since been merged away or has a later merge still in
        effect, when a field the merge set was edited since, or when partners have since
        been sent a record that would move."""
        self.ctx.require(Role.SUPERVISOR)
        with self.ctx.unit_of_work() as s:
            row = s.execute(text("SELECT * FROM client_merges WHERE id = :i"),
                            {"i": merge_id}).mappings().one_or_none()
            if row is None:
                raise NotFound(N_("No merge with that id."))
            record = json.loads(row["record"])
            keep_id, other_id = row["keep_id"], row["other_id"]
            # A referral sent on since from one that goes back goes back with it.
            followers = _followers(s, keep_id, record["moved"].get("referrals", []))
            self._check_undo(s, dict(row), record, followers)
            for table in ("clients", "client_personal"):
                _insert(s, table, record["other"][table])
            for table, aside in record.get("set_aside", {}).items():
                _insert(s, table, aside)
            _move(s, record["moved"], other_id)
            _move(s, {"referrals": followers}, other_id)
            # A note written since on a referral that goes back follows its referral.
            s.execute(text("UPDATE notes SET client_id = :o WHERE client_id = :k AND "
                           "referral_id IN (SELECT value FROM json_each(:ids))"),
                      {"o": other_id, "k": keep_id,
                       "ids": json.dumps(record["moved"].get("referrals", []) + followers)})
            _set_fields(s, keep_id, record["before"])
            _restore_workers(s, record.get("workers"))
            s.execute(text("UPDATE clients SET revision = revision + 1, updated_at = :t "
                           "WHERE id = :k"), {"t": utc_text(self.ctx.now()), "k": keep_id})
            s.execute(text("UPDATE client_merges SET undone_at = :t, undone_by = :u "
                           "WHERE id = :i"), {"t": utc_text(self.ctx.now()),
                                              "u": self.ctx.actor.user_id, "i": merge_id})
            self._reindex(s, keep_id, other_id)
            self.ctx.audit(s, "client.unmerge", record_type="client", record_id=keep_id,
                           detail=f"merge {merge_id}: client {other_id} restored")
            self.ctx.audit(s, "client.unmerge", record_type="client", record_id=other_id,
                           detail=f"merge {merge_id}")
            return self._record(s, merge_id)

    def merges(self, client_id: str | None = None) -> list[MergeRecord]:
        """Merges, newest first (of one survivor when ``client_id`` is given)."""
        self.ctx.require(Role.CASEWORKER)
        with self.ctx.read() as s:
            ids = s.execute(text("SELECT id FROM client_merges WHERE :c IS NULL OR keep_id = :c "
                                 "ORDER BY rowid DESC"), {"c": client_id}).scalars()
            return [self._record(s, i) for i in ids]

    def _record(self, s: OrmSession, merge_id: str) -> MergeRecord:
        r = s.execute(text("SELECT id, keep_id, other_id, other_case_number, merged_at, "
                           "reason, undone_at FROM client_merges WHERE id = :i"),
                      {"i": merge_id}).one()
        return MergeRecord(r[0], r[1], r[2], r[3], r[4], r[5], r[6] is not None)

    def _check_partners(self, s: OrmSession, keep: m.ClientRow, other: m.ClientRow,
                        moved: Mapping[str, list[str]]) -> None:
        other_known = _partners_know(s, [other.id, *[i for ids in moved.values() for i in ids]])
        if not other_known:
            return
        keep_known = _partners_know(s, [keep.id, *[i for ids in _children(s, keep.id).values()
                                                   for i in ids]])
        if keep_known:
            raise ValidationError(N_(
                "Both cases have been exchanged with partner agencies, so neither can be "
                "merged away: the partners’ next packages would no longer find it. Nothing "
                "was changed."), field="other")
        raise ValidationError(N_(
            "Case {case} has been exchanged with partner agencies, so it must be the case "
            "that stays: merge case {other} into it instead. Nothing was changed."),
            field="other", case=other.case_number, other=keep.case_number)

    def _check_undo(self, s: OrmSession, row: Mapping[str, Any],
                    record: Mapping[str, Any], followers: list[str]) -> None:
        if row["undone_at"] is not None:
            raise ValidationError(N_("This merge has already been undone."), field="merge")
        keep = s.get(m.ClientRow, row["keep_id"])
        if keep is None:
            raise ValidationError(N_(
                "The case kept by this merge has since been merged into another case: undo "
                "that merge first."), field="merge")
        later = s.execute(text(
            "SELECT 1 FROM client_merges WHERE keep_id = :k AND undone_at IS NULL AND "
            "rowid > (SELECT rowid FROM client_merges WHERE id = :i) LIMIT 1"),
            {"k": row["keep_id"], "i": row["id"]}).first()
        if later is not None:
            raise ValidationError(N_(
                "Case {case} has had another case merged into it since: undo the later "
                "merge first."), field="merge", case=keep.case_number)
        now = _snapshot(s, row["keep_id"])
        edited = [f for f, value in record["after"].items()
                  if now[_FIELD_TABLE[f]].get(f) != value]
        if edited:
            raise ValidationError(N_(
                "A field this merge set has been edited since ({fields}): undoing the merge "
                "would lose that edit. Set it back, or correct the case by hand."),
                field="merge", fields=", ".join(edited))
        moved = [i for ids in record["moved"].values() for i in ids] + followers
        if _partners_know(s, moved):
            raise ValidationError(N_(
                "Records of the merged case have since been sent to partner agencies under "
                "case {case}: moving them back would break the partners’ copies."),
                field="merge", case=keep.case_number)

    @staticmethod
    def _reindex(s: OrmSession, keep_id: str, other_id: str, gone: str | None = None) -> None:
        if gone is not None:
            s.execute(text(indexing.DELETE_ROWS_SQL + " = :c)"), {"c": gone})
            s.execute(text("DELETE FROM case_search_keys WHERE client_id = :c"), {"c": gone})
            match_index.forget(s, gone)
        for cid in (keep_id, other_id):
            if cid != gone:
                indexing.reindex_client(s, cid)
                indexing.refresh_due(s, cid)


__all__ = ["CHILD_TABLES", "MERGE_FIELDS", "FieldDifference", "MergeRecord", "MergeService"]
