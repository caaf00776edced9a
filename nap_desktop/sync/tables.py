"""Which tables of the vault sync between a team's desktops, and how.

Every table of the schema is in exactly one of :data:`SYNCED` or :data:`LOCAL` (a test
checks it against a fresh vault, so a new table needs a decision here: one line). The
columns come from the live schema (``PRAGMA table_info``), so a migration that adds a
column needs nothing here.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection


@dataclass(frozen=True, slots=True)
class TableSpec:
    """How one synced table is captured and applied.

    ``append_only``: rows are only ever added (ledger entries, history, audit): a row
    never conflicts with another, and an integer key two devices both used is re-keyed
    (the later one in log order gets the next free number). ``local_where``: a SQL
    condition on the row (``r.``) that keeps it out of sync (local settings keys).
    ``renamable``: a unique column whose value two devices may both have allocated
    offline (case numbers): the later one in log order gets a suffix and a conflict row
    says so. ``counter_prefix``: rows of ``settings`` whose key starts with it are
    counters: two offline increments merge to the larger, never a conflict.
    ``incidental``: see the field.
    """

    name: str
    append_only: bool = False
    local_where: str = ""
    renamable: str = ""
    counter_prefix: str = ""
    #: Columns that do not make a repeated insert a different row (when this device
    #: first stored a content): the same content added on two devices is one row, the
    #: earlier in log order kept.
    incidental: frozenset[str] = frozenset()


#: Synced tables, parents before children (the order a snapshot or a dump walks them).
SYNCED: tuple[TableSpec, ...] = (
    TableSpec("settings", local_where="r.key IN ('audit_head', 'audit_mode') "
                                      "OR r.key LIKE 'audit_verified%'",
              counter_prefix="case_number_seq"),
    TableSpec("agencies"),
    TableSpec("users"),
    TableSpec("user_grants", append_only=True),
    TableSpec("clients", renamable="case_number"),
    TableSpec("client_personal"),
    TableSpec("releases"),
    TableSpec("referrals"),
    TableSpec("referral_status_changes", append_only=True),
    TableSpec("placements"),
    TableSpec("assistance_entries", append_only=True),
    TableSpec("restitution_matters"),
    TableSpec("restitution_steps"),
    TableSpec("restitution_money", append_only=True),
    TableSpec("notes", append_only=True),
    TableSpec("note_versions", append_only=True),
    TableSpec("case_assignments", append_only=True),
    TableSpec("client_merges"),
    TableSpec("audit_events", append_only=True),
    # Documents: the team shares the caseload, files included. Contents are named by a
    # keyed HMAC of their bytes (the key is a synced setting, made at team init): the
    # same file added on two devices is one content. Chunks come before the content row
    # that names their count, and both before the documents that use them, so a split
    # transaction's last part completes the content (``sync/documents_check.py``).
    TableSpec("document_chunks"),
    TableSpec("document_contents", incidental=frozenset({"created_at"})),
    TableSpec("documents"),
    # Issue #13: services delivered, funding, plans, tasks (sync/policy_rules.py rules).
    TableSpec("funding_sources"),
    TableSpec("projects"),
    TableSpec("service_records"),
    TableSpec("service_corrections", append_only=True),
    TableSpec("case_plans"),
    TableSpec("plan_goals"),
    TableSpec("safety_plans"),
    TableSpec("tasks"),
    TableSpec("program_activities"),
    # Partner exchange is the agency's, not one desktop's: the identity it signs with,
    # the partners it pinned, what it imported (so a package is not imported twice by
    # two team members), what it last exchanged per record, and partner conflicts.
    TableSpec("transfer_agency_keys"),
    TableSpec("transfer_partner_cards", append_only=True),
    TableSpec("transfer_imported_packages", append_only=True),
    TableSpec("transfer_sync_state"),
    TableSpec("transfer_conflicts"),
)

#: Never synced, and why.
LOCAL: Mapping[str, str] = {
    "alembic_version": "each device migrates its own schema",
    "sqlite_stat1": "planner statistics of this file",
    "sqlite_sequence": "SQLite's own autoincrement counters",
    "case_search": "full-text index: derived, rebuilt by the receiver for applied rows",
    "case_search_config": "part of the full-text index",
    "case_search_content": "part of the full-text index",
    "case_search_data": "part of the full-text index",
    "case_search_docsize": "part of the full-text index",
    "case_search_idx": "part of the full-text index",
    "case_search_keys": "derived from clients, rebuilt by the receiver",
    "client_match_keys": "duplicate-match index: derived, rebuilt by the receiver",
    "referral_counts": "referrals per status and worker: derived, kept by triggers",
    "sync_state": "this device's place in the log",
    "sync_flags": "this device's capture switch",
    "sync_journal": "the current transaction's captured rows",
    "sync_outbox": "this device's unpushed change sets",
    "sync_rows": "this replica's row revisions",
    "sync_refused": "derived from the log, the same on every device",
    "sync_log": "the log hash after each seq this replica applied",
    "sync_held": "parts of a split transaction waiting for their last part",
    "sync_devices": "derived from the log's control change sets",
    "sync_secrets": "this device's private keys and the epochs' data keys",
}

BY_NAME: Mapping[str, TableSpec] = {spec.name: spec for spec in SYNCED}
ORDER: Mapping[str, int] = {spec.name: i for i, spec in enumerate(SYNCED)}


@dataclass(frozen=True, slots=True)
class Shape:
    """A table's columns as the live schema has them."""

    name: str
    columns: tuple[str, ...]
    pk: tuple[str, ...]
    blobs: frozenset[str]
    integer_pk: bool

    def key_of(self, row: Mapping[str, Any]) -> dict[str, Any]:
        return {c: row[c] for c in self.pk}


def shape(conn: Connection, table: str) -> Shape:
    """The columns, primary key and BLOB columns of ``table`` (``PRAGMA table_info``)."""
    info = conn.exec_driver_sql(f"PRAGMA table_info('{table}')").all()
    if not info:
        raise KeyError(table)
    columns = tuple(str(r[1]) for r in info)
    pk = tuple(str(r[1]) for r in sorted((r for r in info if r[5]), key=lambda r: r[5]))
    blobs = frozenset(str(r[1]) for r in info if str(r[2]).upper() == "BLOB")
    integer_pk = len(pk) == 1 and any(
        str(r[1]) == pk[0] and str(r[2]).upper() == "INTEGER" for r in info)
    return Shape(table, columns, pk or ("rowid",), blobs, integer_pk)


def shapes(conn: Connection) -> dict[str, Shape]:
    """The shapes of every synced table present in this schema."""
    present = {str(r[0]) for r in conn.exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type = 'table'")}
    return {spec.name: shape(conn, spec.name) for spec in SYNCED if spec.name in present}
