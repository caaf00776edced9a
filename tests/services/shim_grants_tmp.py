"""Scratch shim (not committed): stand-ins for svc-core's unfinished bodies."""
from __future__ import annotations
import pytest
from nap_desktop.services.base import new_id
from nap_desktop.store import models as m
from nap_desktop.domain import services_entities as se
from nap_desktop.services import service_records, funding, cases

class _R:
    def __init__(self, id): self.id = id

def _add(self, client_id, data):
    now = self.ctx.now()
    with self.ctx.unit_of_work() as s:
        row = m.ServiceRecordRow(id=new_id(), revision=1, created_at=now, updated_at=now,
            client_id=client_id, referral_id=data.referral_id, provided_on=data.provided_on,
            category=str(data.category), provider=str(data.provider), mode="in_person",
            minutes=data.minutes, funding_source_id=data.funding_source_id,
            status=str(data.status), note="", author_user_id=None)
        s.add(row)
    return _R(row.id)

def _void(self, sid, reason):
    with self.ctx.unit_of_work() as s:
        s.get(m.ServiceRecordRow, sid).voided_at = self.ctx.now()

def _src(self, data, id=None):
    now = self.ctx.now()
    with self.ctx.unit_of_work() as s:
        row = m.FundingSourceRow(id=new_id(), revision=1, created_at=now, updated_at=now,
            funder=str(data.funder), name=data.name, award_number=data.award_number,
            period_start=None, period_end=None, active=True)
        s.add(row)
    return _R(row.id)

def _act(self, data, id=None):
    now = self.ctx.now()
    with self.ctx.unit_of_work() as s:
        s.add(m.ProgramActivityRow(id=new_id(), revision=1, created_at=now, updated_at=now,
            kind=data.kind, held_on=data.held_on, audience=data.audience,
            attendees=data.attendees, minutes=0, funding_source_id=None, note=""))
    return _R("x")

_orig = cases.CaseService.create_client
def _create(self, personal, **kw):
    c = _orig(self, personal, **kw)
    with self.ctx.unit_of_work() as s:
        p = s.get(m.ClientPersonalRow, c.id)
        p.gender = ",".join(sorted(personal.gender)); p.race_ethnicity = ",".join(sorted(personal.race_ethnicity))
        p.citizenship = personal.citizenship; p.sex = personal.sex
    return c

@pytest.fixture(autouse=True)
def _shim(monkeypatch):
    monkeypatch.setattr(service_records.ServiceRecordService, "add", _add)
    monkeypatch.setattr(service_records.ServiceRecordService, "void", _void)
    monkeypatch.setattr(funding.FundingService, "save_source", _src)
    monkeypatch.setattr(funding.FundingService, "save_activity", _act)
    monkeypatch.setattr(cases.CaseService, "create_client", _create)
