"""Services delivered to a client (issue #13): add, update, correct, void, list.

One method = one user action = one transaction with its audit event. Authority: any
caseworker on a case they may edit (assigned to them or to nobody; supervisors any case)
adds a record; its author edits it for ``EDIT_WINDOW_DAYS`` (7) days after its creation;
after that only a supervisor corrects it, with a reason, keeping the previous values in
``service_corrections`` (append-only). Audit details hold ids, the category, the status
and minutes, never the note or a reason (they may name the survivor).
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from nap_desktop.domain import date_rules
from nap_desktop.domain import services_entities as se
from nap_desktop.domain.entities import User
from nap_desktop.domain.enums import (
    Role,
    ServiceCategory,
    ServiceMode,
    ServiceProvider,
    ServiceStatus,
)
from nap_desktop.domain.errors import NotFound, PermissionDenied, ValidationError
from nap_desktop.domain.fields import MEDIUM_TEXT
from nap_desktop.domain.messages import N_, Message
from nap_desktop.domain.rules import role_at_least
from nap_desktop.services import validate as v
from nap_desktop.services.base import ServiceContext, new_id
from nap_desktop.services.case_access import may_change, user_name
from nap_desktop.store import models as m

NOTE_LIMIT = MEDIUM_TEXT
SERVICE_GONE = N_("That service record no longer exists.")
VOIDED = N_("This service record is voided: it cannot be changed.")
NOT_AUTHOR = N_("Only {author}, who recorded this service, can edit it; a supervisor can "
                "correct it. Nothing was changed.")
WINDOW_CLOSED = N_("This service was recorded more than 7 days ago ({day}): only a "
                   "supervisor can correct it now, with a reason. Nothing was changed.")
MINUTES_RANGE = N_("Minutes must be a whole number from 0 to 1,440 (a day).")
NEEDS_REFERRAL = N_("A service by a partner agency needs the referral of this client to "
                    "that agency: choose the referral. Nothing was saved.")
NOT_THIS_CASE = N_("That referral is not one of this case: choose a referral of this "
                   "client. Nothing was saved.")
NO_PARTNER = N_("That referral does not involve a partner agency: a service through it "
                "is our own staff's.")
NO_SUCH_USER = N_("Choose an active user as the person who provided the service.")
NO_SUCH_FUNDING = N_("That funding source no longer exists: choose another.")
NOTHING_CHANGED = N_("The correction changes nothing: change a value, or cancel.")
#: The fields a service record's form sets (and a correction may change).
FIELDS = ("provided_on", "category", "provider", "provided_by_user_id", "referral_id",
          "partner_agency_id", "mode", "minutes", "funding_source_id", "status", "note")


def check_input(data: se.ServiceInput, today: date) -> dict[str, Any]:
    """The stored values of ``data`` (the checks that need no database), or a
    ValidationError naming the field."""
    category = v.choice(ServiceCategory, data.category, field="category", label=N_("Service"))
    provider = v.choice(ServiceProvider, data.provider, field="provider",
                        label=N_("Provided by"))
    mode = v.choice(ServiceMode, data.mode, field="mode", label=N_("Mode"))
    status = v.choice(ServiceStatus, data.status, field="status", label=N_("Status"))
    if not isinstance(data.provided_on, date):
        raise ValidationError(N_("{label} is required."), field="provided_on",
                              label=Message(N_("Service date")))
    v.day(data.provided_on, field="provided_on", label=N_("Service date"))
    if status is not ServiceStatus.PLANNED:
        date_rules.check_dates("service", {"provided_on": data.provided_on}, today)
    minutes = data.minutes
    if isinstance(minutes, bool) or not isinstance(minutes, int) \
            or not 0 <= minutes <= se.MAX_MINUTES:
        raise ValidationError(MINUTES_RANGE, field="minutes")
    note = v.text(data.note, field="note", label=N_("Note"), limit=NOTE_LIMIT)
    return {"provided_on": data.provided_on, "category": category.value,
            "provider": provider.value, "provided_by_user_id": data.provided_by_user_id,
            "referral_id": data.referral_id, "partner_agency_id": None, "mode": mode.value,
            "minutes": minutes, "funding_source_id": data.funding_source_id or None,
            "status": status.value, "note": note}


def _resolve(s: OrmSession, client_id: str, values: dict[str, Any], default_user: str) -> None:
    """Check the references of ``values`` against the vault and fill the partner; a staff
    service without a provider is ``default_user``'s (the author's)."""
    if values["funding_source_id"] is not None and \
            s.get(m.FundingSourceRow, values["funding_source_id"]) is None:
        raise ValidationError(NO_SUCH_FUNDING, field="funding_source_id")
    referral = None
    if values["referral_id"] is not None:
        referral = s.get(m.ReferralRow, values["referral_id"])
        if referral is None or referral.client_id != client_id:
            raise ValidationError(NOT_THIS_CASE, field="referral_id")
    if values["provider"] == ServiceProvider.PARTNER.value:
        if referral is None:
            raise ValidationError(NEEDS_REFERRAL, field="referral_id")
        values["partner_agency_id"] = _partner_of(s, referral)
        values["provided_by_user_id"] = None
        return
    user_id = values["provided_by_user_id"] or default_user
    user = s.get(m.UserRow, user_id)
    if user is None or not user.active:
        raise ValidationError(NO_SUCH_USER, field="provided_by_user_id")
    values["provided_by_user_id"] = user_id


def _partner_of(s: OrmSession, referral: m.ReferralRow) -> str:
    """The agency of the referral that is not ours (we referred to them, or they to us)."""
    ours = s.scalars(select(m.AgencyRow.id).where(m.AgencyRow.is_self)).first()
    other = referral.to_agency_id if referral.from_agency_id == ours else referral.from_agency_id
    if other == ours:
        raise ValidationError(NO_PARTNER, field="referral_id")
    return other


class ServiceRecordService:
    """Reached as ``Workspace.services``."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def add(self, client_id: str, data: se.ServiceInput) -> se.ServiceRecord:
        """Record a service for the client. A partner-provided service needs
        ``data.referral_id``: a referral of this client to (or from) that partner. Raises
        ValidationError (field named) or PermissionDenied; stores nothing then."""
        me = self.ctx.require(Role.CASEWORKER)
        values = check_input(data, self.ctx.today())
        now = self.ctx.now()
        with self.ctx.unit_of_work() as s:
            may_change(s, me, client_id)
            _resolve(s, client_id, values, me.id)
            row = m.ServiceRecordRow(id=new_id(), client_id=client_id, created_at=now,
                                     updated_at=now, revision=1, author_user_id=me.id,
                                     **values)
            s.add(row)
            s.flush()
            self.ctx.audit(s, "service.add", record_type="service", record_id=row.id,
                           detail=_detail(row))
            return self._entity(s, row)

    def update(self, service_id: str, data: se.ServiceInput, *,
               expected_revision: int) -> se.ServiceRecord:
        """Change a record: its author, within 7 days of its creation (then a supervisor's
        :meth:`correct`). A stale ``expected_revision`` raises StaleRecord."""
        me = self.ctx.require(Role.CASEWORKER)
        values = check_input(data, self.ctx.today())
        with self.ctx.unit_of_work() as s:
            row = self._live(s, service_id)
            self._author_in_window(s, row, me)
            may_change(s, me, row.client_id)
            v.expect_revision(row.revision, expected_revision)
            _resolve(s, row.client_id, values, row.provided_by_user_id or me.id)
            changed = self._apply(row, values)
            self.ctx.audit(s, "service.update", record_type="service", record_id=row.id,
                           detail="changed: " + ", ".join(changed) if changed else "")
            return self._entity(s, row)

    def correct(self, service_id: str, data: se.ServiceInput, *,
                reason: str) -> se.ServiceRecord:
        """A supervisor's correction (the way to change a record after its 7 days): the
        changed fields' previous values are kept with the reason
        (``service_corrections``, append-only)."""
        me = self.ctx.require(Role.SUPERVISOR)
        why = v.text(reason, field="reason", label=N_("Reason"), required=True,
                     limit=MEDIUM_TEXT)
        values = check_input(data, self.ctx.today())
        with self.ctx.unit_of_work() as s:
            row = self._live(s, service_id)
            _resolve(s, row.client_id, values,
                     row.provided_by_user_id or row.author_user_id or me.id)
            before = {k: _stored(getattr(row, k)) for k in FIELDS
                      if getattr(row, k) != values[k]}
            if not before:
                raise ValidationError(NOTHING_CHANGED, field="reason")
            self._apply(row, values)
            s.add(m.ServiceCorrectionRow(id=new_id(), service_id=row.id, at=self.ctx.now(),
                                         by_user_id=me.id, reason=why,
                                         before=json.dumps(before, sort_keys=True)))
            self.ctx.audit(s, "service.correct", record_type="service", record_id=row.id,
                           detail="changed: " + ", ".join(sorted(before)))
            return self._entity(s, row)

    def void(self, service_id: str, reason: str) -> None:
        """Void a record (it stays, out of every count): its author within 7 days, else a
        supervisor. A reason is required."""
        me = self.ctx.require(Role.CASEWORKER)
        why = v.text(reason, field="reason", label=N_("Reason"), required=True,
                     limit=MEDIUM_TEXT)
        with self.ctx.unit_of_work() as s:
            row = self._live(s, service_id)
            if not role_at_least(me.role, Role.SUPERVISOR):
                self._author_in_window(s, row, me)
                may_change(s, me, row.client_id)
            now = self.ctx.now()
            row.voided_at, row.voided_by, row.void_reason = now, me.id, why
            row.revision += 1
            row.updated_at = now
            self.ctx.audit(s, "service.void", record_type="service", record_id=row.id,
                           detail=row.category)

    def list_for_client(self, client_id: str) -> list[se.ServiceRecord]:
        """The client's services, newest first (voided ones included, marked)."""
        self.ctx.require(Role.CASEWORKER)
        with self.ctx.read() as s:
            rows = s.scalars(select(m.ServiceRecordRow)
                             .where(m.ServiceRecordRow.client_id == client_id)
                             .order_by(m.ServiceRecordRow.provided_on.desc(),
                                       m.ServiceRecordRow.created_at.desc()))
            return [self._entity(s, r) for r in rows]

    def get(self, service_id: str) -> se.ServiceRecord:
        """One record (NotFound when it does not exist)."""
        self.ctx.require(Role.CASEWORKER)
        with self.ctx.read() as s:
            row = s.get(m.ServiceRecordRow, service_id)
            if row is None:
                raise NotFound(SERVICE_GONE)
            return self._entity(s, row)

    def corrections(self, service_id: str) -> list[se.ServiceCorrection]:
        """The record's corrections, oldest first."""
        self.ctx.require(Role.CASEWORKER)
        with self.ctx.read() as s:
            rows = s.scalars(select(m.ServiceCorrectionRow)
                             .where(m.ServiceCorrectionRow.service_id == service_id)
                             .order_by(m.ServiceCorrectionRow.at))
            return [se.ServiceCorrection(
                id=r.id, service_id=r.service_id, at=r.at, by_user_id=r.by_user_id,
                by_name=str(user_name(s, r.by_user_id)), reason=r.reason,
                before=json.loads(r.before)) for r in rows]

    # --- helpers ------------------------------------------------------------------

    def _live(self, s: OrmSession, service_id: str) -> m.ServiceRecordRow:
        row = s.get(m.ServiceRecordRow, service_id)
        if row is None:
            raise NotFound(SERVICE_GONE)
        if row.voided_at is not None:
            raise ValidationError(VOIDED, field="reason")
        return row

    def _author_in_window(self, s: OrmSession, row: m.ServiceRecordRow, me: User) -> None:
        """Its author, no later than 7 days after it was recorded."""
        if row.author_user_id != me.id:
            raise PermissionDenied(NOT_AUTHOR, author=user_name(s, row.author_user_id))
        if self.ctx.now() - row.created_at > timedelta(days=se.EDIT_WINDOW_DAYS):
            raise PermissionDenied(WINDOW_CLOSED, day=date_rules.day_words(
                row.created_at.date()))

    def _apply(self, row: m.ServiceRecordRow, values: dict[str, Any]) -> list[str]:
        changed = [k for k in FIELDS if getattr(row, k) != values[k]]
        for k in changed:
            setattr(row, k, values[k])
        if changed:
            row.revision += 1
            row.updated_at = self.ctx.now()
        return changed

    def _entity(self, s: OrmSession, row: m.ServiceRecordRow) -> se.ServiceRecord:
        return to_entity(s, row)


def _stored(value: Any) -> Any:
    """A stored value as JSON can hold it (dates as ISO text)."""
    return value.isoformat() if isinstance(value, date) else value


def _detail(row: m.ServiceRecordRow) -> str:
    return f"{row.category} {row.status} {row.minutes} min"


def to_entity(s: OrmSession, row: m.ServiceRecordRow) -> se.ServiceRecord:
    """A service record as the services return it (names looked up)."""
    client = s.get(m.ClientRow, row.client_id)
    if row.provider == ServiceProvider.PARTNER.value and row.partner_agency_id:
        agency = s.get(m.AgencyRow, row.partner_agency_id)
        by = agency.name if agency is not None else ""
    else:
        by = str(user_name(s, row.provided_by_user_id))
    corrected = s.scalars(select(m.ServiceCorrectionRow.id).where(
        m.ServiceCorrectionRow.service_id == row.id).limit(1)).first() is not None
    return se.ServiceRecord(
        id=row.id, client_id=row.client_id, case_number=client.case_number if client else "",
        provided_on=row.provided_on, category=ServiceCategory(row.category),
        provider=ServiceProvider(row.provider), provided_by_user_id=row.provided_by_user_id,
        provided_by_name=by, referral_id=row.referral_id,
        partner_agency_id=row.partner_agency_id, mode=ServiceMode(row.mode),
        minutes=row.minutes, funding_source_id=row.funding_source_id,
        status=ServiceStatus(row.status), note=row.note, author_user_id=row.author_user_id,
        created_at=row.created_at, updated_at=row.updated_at, revision=row.revision,
        voided_at=row.voided_at, void_reason=row.void_reason, corrected=corrected)
