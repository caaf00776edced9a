"""SQLAlchemy 2 typed mappings of the vault's tables.

Rows never leave the store: services convert them to ``nap_desktop.domain.entities``.
Every record that can travel between agencies has a UUID primary key and a revision.
Enumerations are stored as their stable string values; sets as sorted comma lists.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, ClassVar

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from nap_desktop.store.types import UTCDateTime


class Base(DeclarativeBase):
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        datetime: UTCDateTime(),
        str: String(),
        date: Date(),
    }


class Versioned:
    """Columns every transferable record has."""

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    revision: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]


class Voidable:
    """A void (corrections, migration 0013): the row stays, out of every total. A row
    received in a package names the agency that recorded it (``origin_agency_id``; None:
    recorded here): only that agency may void or correct it."""

    voided_at: Mapped[datetime | None] = mapped_column(default=None)
    voided_by: Mapped[str | None] = mapped_column(String(36), default=None)
    void_reason: Mapped[str] = mapped_column(Text, default="", server_default="")
    origin_agency_id: Mapped[str | None] = mapped_column(String(36), default=None)


class Setting(Base):
    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(primary_key=True)
    value: Mapped[str]


class AgencyRow(Versioned, Base):
    __tablename__ = "agencies"
    name: Mapped[str]
    kind: Mapped[str]
    is_victim_service_provider: Mapped[bool] = mapped_column(Boolean, default=False)
    contacts: Mapped[str] = mapped_column(Text, default="")
    is_self: Mapped[bool] = mapped_column(Boolean, default=False)


class UserRow(Base):
    __tablename__ = "users"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(unique=True)
    display_name: Mapped[str]
    role: Mapped[str]
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime]


class ClientRow(Versioned, Base):
    __tablename__ = "clients"
    case_number: Mapped[str] = mapped_column(unique=True)
    trafficking_type: Mapped[str]
    assigned_user_id: Mapped[str | None] = mapped_column(ForeignKey("users.id"))
    # Denormalised "what is due next" so the caseload can sort and filter in SQL.
    next_due_on: Mapped[date | None]
    next_due_label: Mapped[str] = mapped_column(default="")
    personal: Mapped[ClientPersonalRow] = relationship(
        back_populates="client", uselist=False, cascade="all, delete-orphan"
    )
    __table_args__ = (Index("ix_clients_next_due_id", "next_due_on", "id"),
                      # 0019: "My tasks" walks a worker's cases in intake order
                      Index("ix_clients_assigned_id", "assigned_user_id", "created_at", "id"),
                      # 0021: the team's tasks walk every case in intake order
                      Index("ix_clients_created", "created_at", "id"))


class ClientPersonalRow(Base):
    """Personally identifying details, one row per client, apart from the case number."""

    __tablename__ = "client_personal"
    client_id: Mapped[str] = mapped_column(
        ForeignKey("clients.id", ondelete="CASCADE"), primary_key=True
    )
    legal_name: Mapped[str] = mapped_column(default="")
    preferred_name: Mapped[str] = mapped_column(default="")
    date_of_birth: Mapped[date | None]
    is_minor: Mapped[bool] = mapped_column(Boolean, default=False)
    languages: Mapped[str] = mapped_column(default="")
    interpreter_needed: Mapped[bool] = mapped_column(Boolean, default=False)
    contact_info: Mapped[str] = mapped_column(Text, default="")
    safe_contact_instructions: Mapped[str] = mapped_column(Text, default="")
    location: Mapped[str] = mapped_column(Text, default="")
    continued_presence: Mapped[str] = mapped_column(default="none")
    continued_presence_expires: Mapped[date | None]
    t_visa: Mapped[str] = mapped_column(default="none")
    hhs_letter: Mapped[str] = mapped_column(default="none")
    not_received: Mapped[str] = mapped_column(default="", server_default="")  # NotReceivedColumns
    not_received_from: Mapped[str | None] = mapped_column(String(36), default=None)
    # Reported client fields (migration 0019; enums in domain/enums.py, sets as comma lists).
    gender: Mapped[str] = mapped_column(default="not_collected", server_default="not_collected")
    race_ethnicity: Mapped[str] = mapped_column(default="not_collected",
                                                server_default="not_collected")
    sex: Mapped[str] = mapped_column(default="not_collected", server_default="not_collected")
    citizenship: Mapped[str] = mapped_column(default="not_collected",
                                             server_default="not_collected")
    referral_source: Mapped[str] = mapped_column(default="not_collected",
                                                 server_default="not_collected")
    client: Mapped[ClientRow] = relationship(back_populates="personal")


class ReleaseRow(Versioned, Base):
    __tablename__ = "releases"
    client_id: Mapped[str] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"))
    recipient_agency_id: Mapped[str] = mapped_column(ForeignKey("agencies.id"))
    categories: Mapped[str]
    purpose: Mapped[str] = mapped_column(Text)
    signed_by: Mapped[str]
    form_language: Mapped[str]
    signed_on: Mapped[date | None]
    expires_on: Mapped[date]
    status: Mapped[str]
    revoked_on: Mapped[date | None]
    exception_basis: Mapped[str] = mapped_column(Text, default="")
    services_not_conditional: Mapped[bool] = mapped_column(Boolean, default=True)
    #: Provenance (migration 0010): NULL when one of our users recorded it; else the
    #: partner whose package brought it, which counts for our consent only once one of
    #: our users confirmed it (``confirmed_by``, ``confirmed_at``).
    recorded_by_agency_id: Mapped[str | None] = mapped_column(String(36), default=None)
    confirmed_by: Mapped[str | None] = mapped_column(String(36), default=None)
    confirmed_at: Mapped[datetime | None] = mapped_column(default=None)
    __table_args__ = (
        Index("ix_releases_client", "client_id"),
        Index("ix_releases_expiry_client", "status", "expires_on", "client_id"),
    )


class NotReceivedColumns:
    """Fields of a record that arrived from a partner without a value (withheld for lack of
    a release, or never held by the sender): a sorted comma list of package field names
    and the sending agency. They are never sent on as if blank; entering a value here
    takes a field off the list. Migration 0008."""

    not_received: Mapped[str] = mapped_column(default="", server_default="")
    not_received_from: Mapped[str | None] = mapped_column(String(36), default=None)


class ReferralRow(NotReceivedColumns, Versioned, Base):
    __tablename__ = "referrals"
    client_id: Mapped[str] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"))
    from_agency_id: Mapped[str] = mapped_column(ForeignKey("agencies.id"))
    to_agency_id: Mapped[str] = mapped_column(ForeignKey("agencies.id"))
    direction: Mapped[str]
    referring_person: Mapped[str] = mapped_column(default="")
    external_case_number: Mapped[str] = mapped_column(default="")
    services: Mapped[str] = mapped_column(default="")
    urgency: Mapped[str]
    safety_notes: Mapped[str] = mapped_column(Text, default="")
    release_id: Mapped[str | None] = mapped_column(ForeignKey("releases.id"))
    status: Mapped[str]
    status_changed_at: Mapped[datetime]
    outcome: Mapped[str | None]
    reason: Mapped[str | None]
    reason_text: Mapped[str] = mapped_column(Text, default="")
    assigned_user_id: Mapped[str | None] = mapped_column(ForeignKey("users.id"))
    #: The referral of the same case this one follows from (received from the FBI, then
    #: sent on to a shelter). Local: it never travels in a package (0012).
    follows_id: Mapped[str | None] = mapped_column(String(36), default=None)
    history: Mapped[list[StatusChangeRow]] = relationship(
        order_by="StatusChangeRow.seq", cascade="all, delete-orphan"
    )
    __table_args__ = (
        Index("ix_referrals_status_updated_id", "status", "updated_at", "id"),
        Index(
            "ix_referrals_walk", "updated_at", "id", "client_id", "from_agency_id", "to_agency_id"
        ),
        Index("ix_referrals_client_updated_id", "client_id", "updated_at", "id"),
        Index("ix_referrals_to", "to_agency_id"),
        Index("ix_referrals_from", "from_agency_id"),
        Index("ix_referrals_assigned_updated_id", "assigned_user_id", "updated_at", "id"),
        Index("ix_referrals_client_status", "client_id", "status"),  # 0019: open cases
    )


class StatusChangeRow(Base):
    __tablename__ = "referral_status_changes"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    referral_id: Mapped[str] = mapped_column(ForeignKey("referrals.id", ondelete="CASCADE"))
    from_status: Mapped[str | None]
    to_status: Mapped[str]
    at: Mapped[datetime]
    by_user_id: Mapped[str | None] = mapped_column(ForeignKey("users.id"))
    reason: Mapped[str | None]
    reason_text: Mapped[str] = mapped_column(Text, default="")
    __table_args__ = (Index("ix_status_changes_referral", "referral_id"),)


class PlacementRow(NotReceivedColumns, Versioned, Base):
    __tablename__ = "placements"
    client_id: Mapped[str] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"))
    program_type: Mapped[str]
    provider: Mapped[str]
    funding_source: Mapped[str] = mapped_column(default="")
    status: Mapped[str]
    referred_on: Mapped[date | None]
    start_date: Mapped[date | None]
    move_in_date: Mapped[date | None]
    expected_exit_date: Mapped[date | None]
    exit_date: Mapped[date | None]
    exit_destination: Mapped[str | None]
    safety_notes: Mapped[str] = mapped_column(Text, default="")
    #: The HMIS project this placement is an enrollment of (migration 0019; local).
    project_id: Mapped[str | None] = mapped_column(String(36), default=None)
    ledger: Mapped[list[AssistanceRow]] = relationship(
        order_by="AssistanceRow.paid_on", cascade="all, delete-orphan"
    )
    __table_args__ = (Index("ix_placements_client", "client_id"),
                      # 0019: housing move-ins and exits due (derived tasks)
                      Index("ix_placements_status_start", "status", "start_date"),
                      Index("ix_placements_status_exit", "status", "expected_exit_date"))


class AssistanceRow(Voidable, Base):
    __tablename__ = "assistance_entries"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    placement_id: Mapped[str] = mapped_column(ForeignKey("placements.id", ondelete="CASCADE"))
    kind: Mapped[str]
    amount_cents: Mapped[int] = mapped_column(Integer)
    paid_on: Mapped[date]
    note: Mapped[str] = mapped_column(Text, default="")
    #: The entry this one corrects (voided by the same correction).
    corrects_id: Mapped[str | None] = mapped_column(String(36), default=None)
    __table_args__ = (Index("ix_assistance_placement", "placement_id"),)


class RestitutionMatterRow(Versioned, Base):
    __tablename__ = "restitution_matters"
    client_id: Mapped[str] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"))
    court: Mapped[str]
    docket_number: Mapped[str]
    defendant: Mapped[str] = mapped_column(default="")
    statute: Mapped[str] = mapped_column(default="")
    losses_claimed_cents: Mapped[int] = mapped_column(Integer, default=0)
    ordered_cents: Mapped[int] = mapped_column(Integer, default=0)
    closure: Mapped[str | None]
    steps: Mapped[list[RestitutionStepRow]] = relationship(
        order_by="RestitutionStepRow.position", cascade="all, delete-orphan"
    )
    money: Mapped[list[MoneyEventRow]] = relationship(
        order_by="MoneyEventRow.on", cascade="all, delete-orphan"
    )
    __table_args__ = (Index("ix_restitution_client", "client_id"),)


class RestitutionStepRow(Base):
    __tablename__ = "restitution_steps"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    matter_id: Mapped[str] = mapped_column(ForeignKey("restitution_matters.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str]
    status: Mapped[str]
    due_on: Mapped[date | None]
    completed_on: Mapped[date | None]
    note: Mapped[str] = mapped_column(Text, default="")
    __table_args__ = (
        Index("ix_steps_matter", "matter_id"),
        Index("ix_steps_due", "status", "due_on"),
    )


class MoneyEventRow(Voidable, Base):
    __tablename__ = "restitution_money"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    matter_id: Mapped[str] = mapped_column(ForeignKey("restitution_matters.id", ondelete="CASCADE"))
    kind: Mapped[str]
    amount_cents: Mapped[int] = mapped_column(Integer)
    on: Mapped[date]
    note: Mapped[str] = mapped_column(Text, default="")
    #: The entry this one corrects (voided by the same correction).
    corrects_id: Mapped[str | None] = mapped_column(String(36), default=None)
    __table_args__ = (Index("ix_money_matter", "matter_id"),)


class NoteRow(Voidable, Versioned, Base):
    __tablename__ = "notes"
    client_id: Mapped[str] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"))
    referral_id: Mapped[str | None] = mapped_column(ForeignKey("referrals.id"))
    author_user_id: Mapped[str | None] = mapped_column(ForeignKey("users.id"))
    body: Mapped[str] = mapped_column(Text)
    __table_args__ = (Index("ix_notes_client", "client_id"),)


class NoteVersionRow(Base):
    """A note's text before a correction (the note row holds the current text)."""

    __tablename__ = "note_versions"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    note_id: Mapped[str] = mapped_column(ForeignKey("notes.id", ondelete="CASCADE"))
    version: Mapped[int] = mapped_column(Integer)
    body: Mapped[str] = mapped_column(Text)
    replaced_at: Mapped[datetime]
    replaced_by: Mapped[str | None] = mapped_column(String(36), default=None)
    reason: Mapped[str] = mapped_column(Text, default="", server_default="")
    __table_args__ = (Index("ix_note_versions_note", "note_id", "version"),)


class CaseAssignmentRow(Base):
    """One (re)assignment of a case (migration 0016). Local: never in a package. The
    reason may name the survivor: it lives here, never in the audit detail."""

    __tablename__ = "case_assignments"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    client_id: Mapped[str] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"))
    to_user_id: Mapped[str] = mapped_column(ForeignKey("users.id"))
    from_user_id: Mapped[str | None] = mapped_column(ForeignKey("users.id"))
    by_user_id: Mapped[str | None] = mapped_column(ForeignKey("users.id"))
    at: Mapped[datetime]
    reason: Mapped[str] = mapped_column(Text)
    __table_args__ = (Index("ix_case_assignments_client", "client_id"),)


class DocumentRow(Voidable, Versioned, Base):
    """A document on a case (migration 0018, issue #14): what it is and what it is
    attached to; its bytes are a :class:`DocumentContentRow` (shared by every document
    with the same bytes). Voided, never deleted. ``added_by`` is None for a document
    received from a partner (``origin_agency_id`` names them)."""

    __tablename__ = "documents"
    client_id: Mapped[str] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"))
    attached_type: Mapped[str]  # DocumentAttachment
    attached_id: Mapped[str] = mapped_column(String(36))
    kind: Mapped[str]  # DocumentKind
    title: Mapped[str] = mapped_column(Text)
    doc_date: Mapped[date | None]
    media_type: Mapped[str]  # from the bytes: application/pdf, image/png, image/jpeg
    size: Mapped[int] = mapped_column(Integer)
    pages: Mapped[int] = mapped_column(Integer, default=1)
    content_id: Mapped[str] = mapped_column(String(64))
    added_by: Mapped[str | None] = mapped_column(String(36), default=None)
    #: RemovedMetadata codes, a sorted comma list ("" : nothing was removed).
    metadata_removed: Mapped[str] = mapped_column(default="", server_default="")
    __table_args__ = (
        Index("ix_documents_client", "client_id", "created_at"),
        Index("ix_documents_attached", "attached_type", "attached_id"),
        Index("ix_documents_content", "content_id"),
    )


class DocumentContentRow(Base):
    """The bytes of a document, once per distinct content: ``content_id`` is a keyed
    HMAC-SHA256 of the bytes (``store/documents.py``), never a plain hash."""

    __tablename__ = "document_contents"
    content_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(Integer)
    chunks: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime]


class DocumentChunkRow(Base):
    """One piece (at most 1 MiB) of a content. Self-contained on purpose (no foreign key):
    team sync can carry one chunk per change set and write it before its content row."""

    __tablename__ = "document_chunks"
    content_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    n: Mapped[int] = mapped_column(Integer, primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class AuditRow(Base):
    """Append-only, hash-chained. ``detail`` never holds survivor data."""

    __tablename__ = "audit_events"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime]
    user_id: Mapped[str | None]
    action: Mapped[str]
    record_type: Mapped[str] = mapped_column(default="")
    record_id: Mapped[str | None]
    detail: Mapped[str] = mapped_column(Text, default="")
    prev_hash: Mapped[str]
    hash: Mapped[str]
    #: Who signed the event (a user id or "recovery"); empty on events from before 0011.
    signer: Mapped[str] = mapped_column(default="", server_default="")
    signature: Mapped[str] = mapped_column(default="", server_default="")
    __table_args__ = (Index("ix_audit_record", "record_id"),)


class GrantRow(Base):
    """One signed user grant (``services/grants.py``): ``body`` is canonical JSON."""

    __tablename__ = "user_grants"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    body: Mapped[str] = mapped_column(Text)
    signature: Mapped[str]


# Issue #13 (migration 0019): services, funding, plans, tasks. Imported here so that every
# user of ``models`` (and ``Base.metadata``) knows the tables.
from nap_desktop.store.models_services import (  # noqa: E402
    CasePlanRow,
    FundingSourceRow,
    PlanGoalRow,
    ProgramActivityRow,
    ProjectRow,
    SafetyPlanRow,
    ServiceCorrectionRow,
    ServiceRecordRow,
    TaskRow,
)

__all__ = ["CasePlanRow", "FundingSourceRow", "PlanGoalRow", "ProgramActivityRow",
           "ProjectRow", "SafetyPlanRow", "ServiceCorrectionRow", "ServiceRecordRow",
           "TaskRow"]
