"""Issue #13 and partner packages: the reported client fields travel only under the
demographics category, round-trip between vaults and are left out while "not collected"
(so a client without them is encoded as before); a package from the previous version
(without them) still imports; a hostile partner cannot smuggle an answer mixed with
"refused"; and services delivered, plans, safety plans and tasks never leave the vault."""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

import pytest

import nap_desktop.transfer.errors as te
from nap_desktop.domain import consent
from nap_desktop.domain import services_entities as se
from nap_desktop.domain.enums import AgencyKind
from nap_desktop.i18n import render
from nap_desktop.services.cases import PersonalInput
from nap_desktop.services.plans import PlanService
from nap_desktop.services.service_records import ServiceRecordService
from nap_desktop.services.tasks import TaskService
from nap_desktop.transfer import age
from tests.transfer.forge import Record, forge, records_in
from tests.transfer.transfer_helpers import Side, agencies, clock, pair, to

__all__ = ["agencies", "clock"]  # fixtures

REPORTED = {"gender": ["transgender", "woman"], "race_ethnicity": ["asian"], "sex": "female",
            "citizenship": "foreign_national", "referral_source": "hotline"}


@pytest.fixture
def ab(agencies: Any) -> tuple[Side, Side]:
    a = agencies("Casa Esperanza")
    b = agencies("Harbor Housing", AgencyKind.HOUSING)
    pair(a, b)
    return a, b


def _case(a: Side, partner: str, categories: list[str], **personal: Any) -> str:
    today = a.ctx.today()
    client = a.cases.create_client(PersonalInput(legal_name="Ana Ruiz", **personal))
    release = a.releases.create(client_id=client.id, recipient_agency_id=partner,
                                categories=categories, purpose="Housing",
                                expires_on=today + timedelta(days=90), signed_on=today)
    referral = a.referrals.create(client_id=client.id, from_agency_id=a.me,
                                  to_agency_id=partner, direction="between_providers",
                                  services=["housing"], release_id=release.id)
    a.referrals.transition(referral.id, "sent")
    return client.id


def _reported(**over: Any) -> dict[str, Any]:
    out: dict[str, Any] = {k: frozenset(v) if isinstance(v, list) else v
                           for k, v in REPORTED.items()}
    out.update(over)
    return out


def _client_record(data: bytes, b: Side) -> Record:
    return next(r for r in records_in(data, b) if r["type"] == "client")


def test_the_reported_fields_round_trip_under_demographics(ab: tuple[Side, Side]) -> None:
    a, b = ab
    client = _case(a, to(a, b), ["identity", "demographics", "housing"], **_reported())
    data = a.exports.export(to(a, b))
    personal = _client_record(data, b)["data"]["personal"]
    assert {k: personal[k] for k in REPORTED} == REPORTED
    assert b.imports.import_package(data).applied
    got = b.cases.get_case(client).client.personal
    assert {g.value for g in got.gender} == {"transgender", "woman"}
    assert (got.sex.value, got.citizenship.value, got.referral_source.value) == (
        "female", "foreign_national", "hotline")


def test_without_demographics_none_of_them_travels(ab: tuple[Side, Side]) -> None:
    a, b = ab
    client = _case(a, to(a, b), ["identity", "housing"], **_reported())
    data = a.exports.export(to(a, b))
    plain = age.decrypt(data, b.identities())
    for value in (b"transgender", b"foreign_national", b"hotline", b'"asian"'):
        assert value not in plain
    assert "demographics" in _client_record(data, b)["withheld"]
    assert b.imports.import_package(data).applied
    got = b.cases.get_case(client).client
    assert got.personal.citizenship.value == "not_collected"
    assert "gender" in got.not_received and "citizenship" in got.not_received


def test_a_client_not_collected_is_encoded_as_before_the_fields(ab: tuple[Side, Side]) -> None:
    a, b = ab
    _case(a, to(a, b), ["identity", "demographics"])
    personal = _client_record(a.exports.export(to(a, b)), b)["data"]["personal"]
    assert not set(REPORTED) & set(personal)
    assert {"languages", "interpreter_needed"} <= set(personal)


def test_a_package_from_the_previous_version_still_imports(ab: tuple[Side, Side]) -> None:
    """What a sender of the previous release writes: personal details without the five
    fields (demographics shared), signed with its real keys."""
    a, b = ab
    client = _case(a, to(a, b), ["identity", "demographics"], **_reported())
    b.cases.create_client(PersonalInput(legal_name="Someone Else"))

    def previous(records: list[Record]) -> list[Record]:
        for r in records:
            if r["type"] == "client":
                for key in REPORTED:
                    r["data"]["personal"].pop(key, None)
        return records

    old = forge(a.exports.export(to(a, b)), sender=a, receiver=b, edit=previous)
    assert b.imports.import_package(old).applied
    got = b.cases.get_case(client).client.personal
    assert got.legal_name == "Ana Ruiz"
    assert {g.value for g in got.gender} == {"not_collected"}
    assert got.referral_source.value == "not_collected"


@pytest.mark.parametrize("bad", [["refused", "woman"], [], ["not_collected", "refused"],
                                 ["woman", "wizard"]])
def test_a_partner_cannot_smuggle_a_mixed_or_unknown_answer(ab: tuple[Side, Side],
                                                           bad: list[str]) -> None:
    a, b = ab
    _case(a, to(a, b), ["identity", "demographics"], **_reported())

    def mixed(records: list[Record]) -> list[Record]:
        for r in records:
            if r["type"] == "client":
                r["data"]["personal"]["gender"] = bad
        return records

    forged = forge(a.exports.export(to(a, b)), sender=a, receiver=b, edit=mixed)
    before = b.counts()
    with pytest.raises(te.TransferError) as refused:
        b.imports.import_package(forged)
    assert b.counts() == before
    if bad and bad[0] != "woman":
        assert "mixes an answer" in render(refused.value)


def test_services_plans_safety_plans_and_tasks_never_leave_the_vault(
        ab: tuple[Side, Side]) -> None:
    a, b = ab
    every = [c.value for c in consent.IC]
    client = _case(a, to(a, b), every, **_reported())
    canary = "Canary-Quokka"
    ServiceRecordService(a.ctx).add(client, se.ServiceInput(
        provided_on=a.ctx.today(), category="accompaniment_court", note=f"{canary} service"))
    plans = PlanService(a.ctx)
    plans.save_goal(client, se.GoalInput(domain="safety", description=f"{canary} goal"))
    plans.save_safety_plan(client, se.SafetyPlanInput(code_word=f"{canary} word",
                                                      safe_places=f"{canary} place"))
    TaskService(a.ctx).add(se.TaskInput(title=f"{canary} task", due_on=a.ctx.today(),
                                        client_id=client))
    data = a.exports.export(to(a, b))
    plain = age.decrypt(data, b.identities())
    assert canary.encode() not in plain
    kinds = {r["type"] for r in records_in(data, b)}
    assert kinds <= {"agency", "client", "release", "referral", "placement", "restitution",
                     "note"}
    assert not kinds & consent.NEVER_SHARED
    assert b"accompaniment_court" not in plain and b"code_word" not in plain


def test_the_never_shared_table_is_what_the_package_builder_refuses() -> None:
    from nap_desktop.transfer import records as rec

    with pytest.raises(ValueError, match="never leave the vault"):
        rec.record_data("service_record", {}, frozenset(), str)
    assert json.dumps(sorted(consent.NEVER_SHARED))  # documented, non-empty
    assert {"service_record", "safety_plan", "task", "case_plan"} <= consent.NEVER_SHARED
