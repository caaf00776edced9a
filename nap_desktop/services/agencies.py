"""Partner agencies (and our own agency)."""

from __future__ import annotations

from sqlalchemy import func, select

from nap_desktop.domain import entities as e
from nap_desktop.domain.enums import AgencyKind, Role
from nap_desktop.domain.errors import ValidationError
from nap_desktop.domain.messages import N_
from nap_desktop.services import validate as v
from nap_desktop.services.base import ServiceContext, get_or_404, new_id
from nap_desktop.store import mapping
from nap_desktop.store import models as m


class AgencyService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def add_partner(
        self,
        *,
        name: str,
        kind: AgencyKind | str,
        contacts: str = "",
        is_victim_service_provider: bool | None = None,
        agency_id: str | None = None,
    ) -> e.Agency:
        """Add a partner agency to the directory (admins and supervisors)."""
        self.ctx.require(Role.SUPERVISOR)
        k = v.choice(AgencyKind, kind, field="kind", label=N_("Agency kind"))
        clean = v.text(name, field="name", label=N_("Agency name"), required=True)
        with self.ctx.unit_of_work() as s:
            clash = s.scalar(
                select(m.AgencyRow.id).where(func.lower(m.AgencyRow.name) == clean.lower())
            )
            if clash is not None:
                raise ValidationError(
                    N_("There is already an agency with that name."), field="name"
                )
            now = self.ctx.now()
            row = m.AgencyRow(
                id=agency_id or new_id(),
                name=clean,
                kind=k.value,
                is_victim_service_provider=(
                    k is AgencyKind.VICTIM_SERVICE_PROVIDER
                    if is_victim_service_provider is None
                    else is_victim_service_provider
                ),
                contacts=v.text(contacts, field="contacts", label=N_("Contacts"), limit=4000),
                is_self=False,
                created_at=now,
                updated_at=now,
                revision=1,
            )
            s.add(row)
            self.ctx.audit(s, "agency.add", record_type="agency", record_id=row.id)
            return mapping.agency(row)

    def update(
        self,
        agency_id: str,
        *,
        name: str,
        kind: AgencyKind | str,
        contacts: str,
        is_victim_service_provider: bool,
        expected_revision: int | None = None,
    ) -> e.Agency:
        self.ctx.require(Role.SUPERVISOR)
        with self.ctx.unit_of_work() as s:
            row = get_or_404(s, m.AgencyRow, agency_id, "agency")
            v.expect_revision(row.revision, expected_revision)
            row.name = v.text(name, field="name", label=N_("Agency name"), required=True)
            row.kind = v.choice(AgencyKind, kind, field="kind", label=N_("Agency kind")).value
            row.contacts = v.text(contacts, field="contacts", label=N_("Contacts"), limit=4000)
            row.is_victim_service_provider = is_victim_service_provider
            row.revision += 1
            row.updated_at = self.ctx.now()
            self.ctx.audit(s, "agency.update", record_type="agency", record_id=row.id)
            return mapping.agency(row)

    def list(self, *, include_self: bool = True) -> list[e.Agency]:
        with self.ctx.read() as s:
            q = select(m.AgencyRow).order_by(m.AgencyRow.is_self.desc(), m.AgencyRow.name)
            if not include_self:
                q = q.where(m.AgencyRow.is_self.is_(False))
            return [mapping.agency(r) for r in s.scalars(q)]

    def own(self) -> e.Agency:
        with self.ctx.read() as s:
            return mapping.agency(s.scalars(select(m.AgencyRow).where(m.AgencyRow.is_self)).one())

    def find(self, name_or_id: str) -> e.Agency:
        """Look a partner up by id or (case-insensitive) name, for the command line."""
        with self.ctx.read() as s:
            row = s.get(m.AgencyRow, name_or_id) or s.scalar(
                select(m.AgencyRow).where(func.lower(m.AgencyRow.name) == name_or_id.lower())
            )
            if row is None:
                raise ValidationError(
                    N_("No agency called “{name}”."), field="agency", name=name_or_id
                )
            return mapping.agency(row)
