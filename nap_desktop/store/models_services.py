"""Tables of services delivered, funding, plans and tasks (issue #13, migration 0019).

Imported by ``store/models.py`` (same ``Base``): every table here lives in the encrypted
vault and is synced in team vaults (``sync/tables.py``). None of them ever goes to a
partner agency (``domain/consent.py``: ``NEVER_SHARED``). Enumerations are stored as
their stable string values (``domain/enums.py``).
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from nap_desktop.store.models import Base, Versioned, Voidable


class FundingSourceRow(Versioned, Base):
    """An award the agency reports on (VOCA, OVC, HUD CoC ...). Supervisors write."""

    __tablename__ = "funding_sources"
    funder: Mapped[str]  # Funder
    name: Mapped[str]
    award_number: Mapped[str] = mapped_column(default="")
    period_start: Mapped[date | None]
    period_end: Mapped[date | None]
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class ProjectRow(Versioned, Base):
    """A housing (or other) project as HMIS knows it; a placement with ``project_id`` is
    an HMIS enrollment in it."""

    __tablename__ = "projects"
    name: Mapped[str]
    hmis_project_type: Mapped[int] = mapped_column(Integer)  # HMIS 2.02.6
    funding_source_id: Mapped[str | None] = mapped_column(
        ForeignKey("funding_sources.id"), default=None)
    operating_start: Mapped[date]
    operating_end: Mapped[date | None]
    coc_code: Mapped[str] = mapped_column(default="")  # "XX-500"
    geocode: Mapped[str] = mapped_column(default="")  # six digits
    housing_type: Mapped[int | None] = mapped_column(Integer, default=None)  # HMIS 2.02.D
    #: Inventory (HMIS 2.07): None = not known (hmis writes no Inventory row then).
    household_type: Mapped[int | None] = mapped_column(Integer, default=None)  # 2.07.4
    unit_inventory: Mapped[int | None] = mapped_column(Integer, default=None)
    bed_inventory: Mapped[int | None] = mapped_column(Integer, default=None)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class ServiceRecordRow(Voidable, Versioned, Base):
    """One service delivered (or planned) to a client: an encounter."""

    __tablename__ = "service_records"
    client_id: Mapped[str] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"))
    #: The referral through which a partner provided it (provider "partner").
    referral_id: Mapped[str | None] = mapped_column(String(36), default=None)
    provided_on: Mapped[date]
    category: Mapped[str]  # ServiceCategory
    provider: Mapped[str]  # ServiceProvider
    provided_by_user_id: Mapped[str | None] = mapped_column(String(36), default=None)
    partner_agency_id: Mapped[str | None] = mapped_column(String(36), default=None)
    mode: Mapped[str]  # ServiceMode
    minutes: Mapped[int] = mapped_column(Integer, default=0)
    funding_source_id: Mapped[str | None] = mapped_column(String(36), default=None)
    status: Mapped[str]  # ServiceStatus
    note: Mapped[str] = mapped_column(Text, default="")
    author_user_id: Mapped[str | None] = mapped_column(String(36), default=None)
    __table_args__ = (
        Index("ix_service_records_client", "client_id", "provided_on"),
        Index("ix_service_records_date", "provided_on", "category"),
        Index("ix_service_records_status_date", "status", "provided_on"),
    )


class ServiceCorrectionRow(Base):
    """A supervisor's correction of a service record: append-only. ``before`` is a JSON
    object of the changed fields' previous values (stored values)."""

    __tablename__ = "service_corrections"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    service_id: Mapped[str] = mapped_column(
        ForeignKey("service_records.id", ondelete="CASCADE"))
    at: Mapped[datetime]
    by_user_id: Mapped[str | None] = mapped_column(String(36), default=None)
    reason: Mapped[str] = mapped_column(Text)
    before: Mapped[str] = mapped_column(Text)
    __table_args__ = (Index("ix_service_corrections_service", "service_id", "at"),)


class CasePlanRow(Versioned, Base):
    __tablename__ = "case_plans"
    client_id: Mapped[str] = mapped_column(
        ForeignKey("clients.id", ondelete="CASCADE"), unique=True)
    due_on: Mapped[date]
    completed_on: Mapped[date | None]
    last_reviewed_on: Mapped[date | None]
    next_review_on: Mapped[date | None]
    author_user_id: Mapped[str | None] = mapped_column(String(36), default=None)
    __table_args__ = (Index("ix_case_plans_review", "next_review_on"),)


class PlanGoalRow(Versioned, Base):
    __tablename__ = "plan_goals"
    client_id: Mapped[str] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"))
    domain: Mapped[str]  # PlanDomain
    description: Mapped[str] = mapped_column(Text)
    target_date: Mapped[date | None]
    status: Mapped[str]  # GoalStatus
    position: Mapped[int] = mapped_column(Integer, default=0)
    __table_args__ = (Index("ix_plan_goals_client", "client_id", "position"),)


class SafetyPlanRow(Versioned, Base):
    __tablename__ = "safety_plans"
    client_id: Mapped[str] = mapped_column(
        ForeignKey("clients.id", ondelete="CASCADE"), unique=True)
    contact_risk: Mapped[str] = mapped_column(default="unknown")  # ContactRisk
    safe_contacts: Mapped[str] = mapped_column(Text, default="")
    code_word: Mapped[str] = mapped_column(Text, default="")
    safe_places: Mapped[str] = mapped_column(Text, default="")
    technology_safety: Mapped[str] = mapped_column(Text, default="")
    emergency_numbers: Mapped[str] = mapped_column(Text, default="")
    protective_order: Mapped[str] = mapped_column(default="none")  # ProtectiveOrder
    reviewed_on: Mapped[date | None]


class TaskRow(Versioned, Base):
    """A manual task (derived tasks are computed, never stored)."""

    __tablename__ = "tasks"
    client_id: Mapped[str | None] = mapped_column(
        ForeignKey("clients.id", ondelete="CASCADE"), default=None)
    title: Mapped[str] = mapped_column(Text)
    due_on: Mapped[date]
    assigned_user_id: Mapped[str] = mapped_column(String(36))
    created_by_user_id: Mapped[str | None] = mapped_column(String(36), default=None)
    status: Mapped[str]  # TaskStatus
    done_on: Mapped[date | None]
    #: Why it was cancelled (may name the survivor: never in the audit detail).
    cancel_reason: Mapped[str] = mapped_column(Text, default="", server_default="")
    __table_args__ = (
        Index("ix_tasks_assigned_status_due", "assigned_user_id", "status", "due_on"),
        Index("ix_tasks_client", "client_id"),
    )


class ProgramActivityRow(Versioned, Base):
    """A TIMS program activity: a task-force meeting, a training, outreach."""

    __tablename__ = "program_activities"
    kind: Mapped[str]  # ActivityKind
    held_on: Mapped[date]
    audience: Mapped[str]  # ActivityAudience
    attendees: Mapped[int] = mapped_column(Integer, default=0)
    minutes: Mapped[int] = mapped_column(Integer, default=0)
    funding_source_id: Mapped[str | None] = mapped_column(String(36), default=None)
    note: Mapped[str] = mapped_column(Text, default="")
    __table_args__ = (Index("ix_program_activities_held", "held_on"),)
