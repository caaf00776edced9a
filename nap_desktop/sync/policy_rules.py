"""THE table of who may write what in a team vault (``sync/policy.py`` applies it).

One row per synced table: the least role that may insert a row, change each column,
delete a row; the columns that must name the change set's author on insert (and never
change); the special rule, if any (``sync/policy_checks.py``), for what one table alone
cannot say (a note's text changes only as a correction; a referral's status only as the
state machine of ``domain/rules.py`` allows; an audit event only as its author's own).

It mirrors the services (``services/*.py``: each checks ``ctx.require(role)``); a test
(``tests/sync/test_policy_services.py``) runs every service action as each role, turns
what it wrote into row ops and checks this table allows exactly those, and
``tests/sync/test_policy_hostile.py`` forges what it forbids. A column absent from
``update`` never changes once recorded (its case, its agencies, who recorded it).
``docs/sync-format.md``, "Authority at apply".
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from nap_desktop.domain.enums import Role
from nap_desktop.domain.messages import N_

C, S, A = Role.CASEWORKER, Role.SUPERVISOR, Role.ADMIN

#: Bookkeeping every edit of a versioned record makes.
_VERSION = {"revision": C, "updated_at": C}
#: A void or a correction (``services/corrections.py``): who may is ``check="entry"``.
_VOID = {"voided_at": C, "voided_by": C, "void_reason": C}
#: A withheld field typed in here is known from then on (``take_entered``).
_NOT_RECEIVED = {"not_received": C, "not_received_from": C}
#: A client merge (supervisors, ``services/merges.py``) moves a case's records.
_MOVE = {"client_id": S}


@dataclass(frozen=True, slots=True)
class TableRule:
    """Who may write one table (roles are the least that may; None: nobody)."""

    what: str  #: the records, as a word in a sentence ("notes"), marked for translation
    insert: Role | None = None
    update: Mapping[str, Role] = field(default_factory=dict)
    delete: Role | None = None
    #: Columns that name the change set's author on insert (None only where
    #: ``partner_may_null``: a partner's record that arrived in a package).
    author_columns: tuple[str, ...] = ()
    #: The name of a rule in ``policy_checks.CHECKS`` run on every op of this table.
    check: str | None = None
    #: A more specific refusal code for changing one of the columns that never change.
    codes: Mapping[str, str] = field(default_factory=dict)
    #: An integer key two devices may both allocate offline: a row arriving with a key
    #: already used here is appended under the next one (``sync/rowops.py``), never a
    #: duplicate.
    rekeyed: bool = False
    #: Content-addressed rows (documents' contents): the same row inserted again (two
    #: devices added the same file) is allowed and changes nothing; other values under
    #: the same key are refused. Never updated or deleted.
    same_again: bool = False

    @property
    def append_only(self) -> bool:
        return not self.update and self.delete is None


#: The rules of issue #13's tables (their checks: ``sync/policy_services.py``).
_SERVICE_FIELDS = ("provided_on", "category", "provider", "provided_by_user_id",
                   "referral_id", "partner_agency_id", "mode", "minutes", "funding_source_id",
                   "status", "note")
_ISSUE_13: Mapping[str, TableRule] = {
    "funding_sources": TableRule(N_("funding sources"), insert=S, update={
        c: S for c in ("funder", "name", "award_number", "period_start", "period_end",
                       "active", "revision", "updated_at")}),
    "projects": TableRule(N_("projects"), insert=S, update={
        c: S for c in ("name", "hmis_project_type", "funding_source_id", "operating_start",
                       "operating_end", "coc_code", "geocode", "housing_type", "active",
                       "household_type", "unit_inventory", "bed_inventory",
                       "revision", "updated_at")}),
    "program_activities": TableRule(N_("program activities"), insert=S, update={
        c: S for c in ("kind", "held_on", "audience", "attendees", "minutes",
                       "funding_source_id", "note", "revision", "updated_at")}),
    "service_records": TableRule(N_("service records"), insert=C, update={
        **{c: C for c in _SERVICE_FIELDS}, **_VOID, **_VERSION, **_MOVE},
        author_columns=("author_user_id",), check="service_record"),
    "service_corrections": TableRule(N_("service corrections"), insert=S,
                                     author_columns=("by_user_id",)),
    "case_plans": TableRule(N_("case plans"), insert=C, delete=S, update={
        c: C for c in ("due_on", "completed_on", "last_reviewed_on", "next_review_on",
                       "author_user_id", "revision", "updated_at")} | _MOVE,
        check="case_record"),
    "plan_goals": TableRule(N_("case plan goals"), insert=C, update={
        c: C for c in ("domain", "description", "target_date", "status", "position",
                       "revision", "updated_at")} | _MOVE, check="case_record"),
    "safety_plans": TableRule(N_("safety plans"), insert=C, delete=S, update={
        c: C for c in ("contact_risk", "safe_contacts", "code_word", "safe_places",
                       "technology_safety", "emergency_numbers", "protective_order",
                       "reviewed_on", "revision", "updated_at")} | _MOVE,
        check="case_record"),
    "tasks": TableRule(N_("tasks"), insert=C, update={
        c: C for c in ("title", "due_on", "assigned_user_id", "status", "done_on",
                       "cancel_reason", "revision", "updated_at")} | _MOVE,
        author_columns=("created_by_user_id",), check="task"),
}

RULES: Mapping[str, TableRule] = {
    # --- who may use the vault: administrators only (grants verified in policy_checks)
    "users": TableRule(N_("users and roles"), insert=A,
                       update={"name": A, "display_name": A, "role": A, "active": A}),
    "user_grants": TableRule(N_("user grants"), insert=C, check="grant"),
    "settings": TableRule(N_("settings"), insert=C, update={"value": C}, check="setting"),
    "agencies": TableRule(N_("agencies"), insert=S, update={
        "name": S, "kind": S, "is_victim_service_provider": S, "contacts": S, **_VERSION},
        check="agency"),
    "transfer_agency_keys": TableRule(N_("the agency's exchange keys"), insert=C,
                                      update={"retired_at": A}, check="agency_keys"),
    "transfer_partner_cards": TableRule(N_("partner cards"), insert=A,
                                        update={"superseded": A}, rekeyed=True,
                                        author_columns=("verified_by",)),
    # --- cases
    "clients": TableRule(N_("cases"), insert=C, delete=S, update={
        "trafficking_type": C, "next_due_on": C, "next_due_label": C,
        "assigned_user_id": S, **_VERSION}, check="merged_away"),
    "client_personal": TableRule(N_("clients' personal details"), insert=C, delete=S, update={
        c: C for c in ("legal_name", "preferred_name", "date_of_birth", "is_minor",
                       "languages", "interpreter_needed", "contact_info",
                       "safe_contact_instructions", "location", "continued_presence",
                       "continued_presence_expires", "t_visa", "hhs_letter",
                       "not_received", "not_received_from", "gender", "race_ethnicity",
                       "sex", "citizenship", "referral_source")}, check="merged_away"),
    "case_assignments": TableRule(N_("case assignments"), insert=S, update=_MOVE,
                                  author_columns=("by_user_id",)),
    "client_merges": TableRule(N_("client merges"), insert=S,
                               update={"undone_at": S, "undone_by": S},
                               author_columns=("merged_by",), check="merge"),
    "notes": TableRule(N_("notes"), insert=C, update={
        "body": C, **_VOID, **_VERSION, **_MOVE}, author_columns=("author_user_id",),
        check="note"),
    "note_versions": TableRule(N_("earlier versions of notes"), insert=C,
                               author_columns=("replaced_by",), check="note_version"),
    # --- referrals and consent
    "referrals": TableRule(N_("referrals"), insert=C, update={
        "status": C, "status_changed_at": C, "outcome": C, "reason": C, "reason_text": C,
        "services": C, "urgency": C, "referring_person": C, "external_case_number": C,
        "safety_notes": C, "release_id": C, "assigned_user_id": S, **_NOT_RECEIVED,
        **_VERSION, **_MOVE}, check="referral",
        codes={"from_agency_id": "referral-moved", "to_agency_id": "referral-moved"}),
    "referral_status_changes": TableRule(N_("referral status changes"), insert=C,
                                         author_columns=("by_user_id",),
                                         check="status_change", rekeyed=True),
    "releases": TableRule(N_("releases of information"), insert=C, update={
        "status": C, "signed_on": C, "signed_by": C, "revoked_on": C, "confirmed_by": S,
        "confirmed_at": S, **_VERSION, **_MOVE}, check="release"),
    # --- housing and restitution
    "placements": TableRule(N_("placements"), insert=C, update={
        c: C for c in ("program_type", "provider", "funding_source", "status", "referred_on",
                       "start_date", "move_in_date", "expected_exit_date", "exit_date",
                       "exit_destination", "safety_notes", "not_received",
                       "not_received_from", "revision", "updated_at", "project_id")} | _MOVE),
    "assistance_entries": TableRule(N_("housing assistance entries"), insert=C,
                                    update=_VOID, check="entry"),
    "restitution_matters": TableRule(N_("restitution matters"), insert=C, update={
        "court": C, "docket_number": C, "defendant": C, "statute": C,
        "losses_claimed_cents": C, "ordered_cents": C, "closure": C, **_VERSION, **_MOVE},
        check="matter"),
    "restitution_steps": TableRule(N_("restitution steps"), insert=C, update={
        "status": C, "due_on": C, "completed_on": C, "note": C}),
    "restitution_money": TableRule(N_("restitution payments"), insert=C, update=_VOID,
                                   check="entry"),
    # --- exchange with partner agencies (the team's, so they travel)
    "transfer_imported_packages": TableRule(N_("imported packages"), insert=C),
    "transfer_sync_state": TableRule(N_("exchange records"), insert=C, update={
        c: C for c in ("local_revision", "remote_revision", "content_hash", "exchanged_at",
                       "received_hash", "received_revision", "received_fields",
                       "content_json", "received_json")}, delete=C),
    "transfer_conflicts": TableRule(N_("conflicts"), insert=C, update={
        "resolved_at": C, "resolution": C, "resolved_by": C}, check="conflict"),
    # --- documents (``services/documents.py``): added, voided, moved by a merge; their
    # contents are named by their bytes, so never changed (``sync/documents_check.py``
    # recomputes each new content's id from its bytes after it is applied)
    "documents": TableRule(N_("documents"), insert=C, update={**_VOID, **_VERSION, **_MOVE},
                           author_columns=("added_by",), check="document"),
    "document_contents": TableRule(N_("documents' contents"), insert=C, same_again=True),
    "document_chunks": TableRule(N_("documents' contents"), insert=C, same_again=True),
    # --- services, plans, tasks (issue #13; ``services/service_records.py``, ``plans.py``,
    # ``tasks.py``); funding, projects and activities are supervisors' (``funding.py``)
    **_ISSUE_13,
    # --- the audit log: only added to, each event its author's own (policy_checks)
    "audit_events": TableRule(N_("audit events"), insert=C, check="audit", rekeyed=True),
}

#: Never in a change set: each device keeps (or rebuilds) its own.
LOCAL_TABLES = frozenset({
    "case_search", "case_search_config", "case_search_content", "case_search_data",
    "case_search_docsize", "case_search_idx", "case_search_keys", "client_match_keys",
    "alembic_version", "sqlite_stat1", "sqlite_stat4",
    "referral_counts",  # the dashboard's counts, kept by triggers on each device (0020)
})
LOCAL_TABLE_PREFIXES = ("sync_",)

#: Settings anyone who may work a case writes (the next case number), those a supervisor
#: may change (``Workspace.set_setting``), and those no change set may hold at all.
CASEWORKER_SETTINGS = ("case_number_seq",)
#: Made once (at team init, or by the first document): anyone may add it while there is
#: none, nobody may change it (it names every content: ``store/documents.py``).
ONCE_SETTINGS = ("documents.content_key",)
FIXED_SETTINGS = ("vault_id", "demo_vault")
LOCAL_SETTINGS = ("audit_head", "audit_mode", "audit_verified:")

#: Control change sets and the least role that may send each.
CONTROLS: Mapping[str, Role] = {
    "device-approved": A,
    "device-removed": A,
    "key-rotation": A,
    "snapshot": A,
    "conflict-resolved": C,
}

#: Audit actions that mark a change set as applying a partner's package: its records may
#: carry the partner's authorship (an author column empty, ``origin_agency_id`` set).
IMPORT_ACTIONS = frozenset({"transfer.import", "transfer.conflict_resolve"})
