"""Funding sources, projects and program activities (issue #13): supervisors write,
everyone reads; HMIS codes and dates checked with specific messages."""

from __future__ import annotations

from datetime import date

import pytest

from nap_desktop.domain import services_entities as se
from nap_desktop.domain.enums import Funder
from nap_desktop.domain.errors import NotFound, PermissionDenied, ValidationError
from nap_desktop.i18n import render
from nap_desktop.services.cases import PersonalInput
from nap_desktop.services.funding import FundingService
from nap_desktop.services.housing import PlacementInput
from nap_desktop.store import models as m
from tests.services.conftest import Services

VOCA = se.FundingSourceInput(funder="voca", name="VOCA 2026", award_number="2026-V2-GX-0001",
                             period_start=date(2025, 10, 1), period_end=date(2026, 9, 30))


def _project(**kw: object) -> se.ProjectInput:
    base: dict[str, object] = {"name": "Casa Segura", "hmis_project_type": 2,
                               "operating_start": date(2024, 1, 1), "coc_code": "TX-500",
                               "geocode": "481234"}
    base.update(kw)
    return se.ProjectInput(**base)  # type: ignore[arg-type]


def test_supervisors_write_funding_and_everyone_reads(svc: Services) -> None:
    funding = FundingService(svc.ctx)
    with pytest.raises(PermissionDenied):
        funding.save_source(VOCA)
    svc.act_as("sofia")
    saved = funding.save_source(VOCA)
    changed = funding.save_source(se.FundingSourceInput(funder="voca", name="VOCA 2026",
                                                        active=False), id=saved.id)
    assert changed.revision == saved.revision + 1 and not changed.active
    svc.act_as("ana")
    assert [f.funder for f in funding.sources()] == [Funder.VOCA]
    assert funding.sources(active_only=True) == []
    with pytest.raises(PermissionDenied):
        funding.save_project(_project())


def test_an_award_that_ends_before_it_starts_is_refused(svc: Services) -> None:
    svc.act_as("sofia")
    with pytest.raises(ValidationError) as refused:
        FundingService(svc.ctx).save_source(se.FundingSourceInput(
            funder="voca", name="x", period_start=date(2026, 1, 2),
            period_end=date(2026, 1, 1)))
    assert render(refused.value) == ("The award period ends (1 Jan 2026) before it starts "
                                     "(2 Jan 2026).")


@pytest.mark.parametrize(("change", "field"), [
    ({"hmis_project_type": 5}, "hmis_project_type"),
    ({"housing_type": 9}, "housing_type"),
    ({"household_type": 2}, "household_type"),
    ({"coc_code": "TX500"}, "coc_code"),
    ({"geocode": "12345"}, "geocode"),
    ({"bed_inventory": -1}, "bed_inventory"),
    ({"operating_end": date(2023, 1, 1)}, "operating_end"),
    ({"name": " "}, "name"),
])
def test_a_project_with_a_bad_hmis_value_is_refused(svc: Services, change: dict[str, object],
                                                    field: str) -> None:
    svc.act_as("sofia")
    with pytest.raises(ValidationError) as refused:
        FundingService(svc.ctx).save_project(_project(**change))
    assert refused.value.field == field


def test_a_placement_becomes_an_enrollment_of_a_project(svc: Services) -> None:
    funding = FundingService(svc.ctx)
    svc.act_as("sofia")
    source = funding.save_source(VOCA)
    project = funding.save_project(_project(funding_source_id=source.id, bed_inventory=12,
                                            household_type=1))
    assert project.bed_inventory == 12 and project.funding_source_id == source.id
    svc.act_as("ana")
    client = svc.cases.create_client(PersonalInput(legal_name="Rosa"))
    place = svc.housing.add_placement(client.id, PlacementInput(
        program_type="transitional_housing", provider="Casa Segura"))
    funding.link_placement(place.id, project.id)
    with svc.ctx.read() as s:
        row = s.get(m.PlacementRow, place.id)
        assert row is not None and row.project_id == project.id
    with pytest.raises(NotFound):
        funding.link_placement(place.id, "no-such-project")


def test_program_activities_are_listed_by_period(svc: Services) -> None:
    funding = FundingService(svc.ctx)
    svc.act_as("sofia")
    funding.save_activity(se.ActivityInput(kind="training", held_on=date(2026, 8, 1),
                                           audience="law_enforcement", attendees=35,
                                           minutes=120))
    funding.save_activity(se.ActivityInput(kind="task_force_meeting",
                                           held_on=date(2026, 10, 2), audience="other",
                                           attendees=12, minutes=90))
    with pytest.raises(ValidationError, match="is in the future"):
        funding.save_activity(se.ActivityInput(kind="outreach", held_on=date(2026, 12, 1),
                                               audience="community"))
    with pytest.raises(ValidationError, match="Attendees must be a whole number"):
        funding.save_activity(se.ActivityInput(kind="outreach", held_on=date(2026, 11, 1),
                                               audience="community", attendees=-3))
    svc.act_as("ana")
    found = funding.activities(date(2026, 7, 1), date(2026, 9, 30))
    assert [(a.kind.value, a.attendees) for a in found] == [("training", 35)]
