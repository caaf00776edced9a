"""The set-based export and import: one package that mixes new, updated, unchanged and
conflicting records, on plain SQLite and on a real SQLCipher vault (whose newer SQLite
takes the ``jsonb_each`` path), with the batches and id chunks made tiny so that every
boundary is crossed; many imported clients searchable and with their due dates."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from nap_desktop.domain.enums import AgencyKind
from nap_desktop.domain.errors import NotFound
from nap_desktop.services.caseload_queries import CaseloadFilter
from nap_desktop.services.cases import PersonalInput
from nap_desktop.services.housing import PlacementInput
from nap_desktop.services.queries import QueryService
from nap_desktop.transfer import bulk_sql, derived, schema
from nap_desktop.transfer import package as pkg
from nap_desktop.transfer import records as rec
from nap_desktop.transfer.importer import Action
from tests.transfer.transfer_helpers import (
    Clock,
    Side,
    add_case,
    agencies,
    clock,
    pair,
    plain_side,
    vault_side,
)

__all__ = ["agencies", "clock"]  # fixtures

Make = Callable[..., Side]
ALL = [c.value for c in schema.IC]
#: Quotes, a backslash, accents and a character outside the BMP survive the JSON batches.
ODD = 'Qu"oted back\\slash Ñandú 🙂'


@pytest.fixture
def tiny_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(rec, "CHUNK", 3)
    monkeypatch.setattr(bulk_sql, "INSERT_BATCH", 2)


@pytest.fixture(params=["plain", "vault"])
def ab(request: pytest.FixtureRequest, tmp_path: Path, clock: Clock,
       monkeypatch: pytest.MonkeyPatch, tiny_batches: None) -> Iterator[tuple[Side, Side]]:
    if request.param == "plain":
        a = plain_side(tmp_path / "a.db", "Casa Esperanza", clock)
        b = plain_side(tmp_path / "b.db", "HSI Field Office", clock, AgencyKind.LE_FEDERAL)
    else:
        a = vault_side(tmp_path / "a", "Casa Esperanza", clock, monkeypatch)
        b = vault_side(tmp_path / "b", "HSI Field Office", clock, monkeypatch,
                       AgencyKind.LE_FEDERAL)
    try:
        pair(a, b)
        yield a, b
    finally:
        a.close()
        b.close()


def _edit(release_id: str) -> dict[str, Any]:
    return {"urgency": "priority", "referring_person": "", "external_case_number": "",
            "safety_notes": "x", "release_id": release_id}


def test_one_package_mixes_new_updated_unchanged_and_conflicts(ab: tuple[Side, Side]) -> None:
    a, b = ab
    to_b = a.partners[b.name].agency_id
    today = a.ctx.today()
    one = add_case(a, to_b, categories=ALL, canary=ODD)
    two = add_case(a, to_b, categories=ALL, canary="TWO")
    first = b.imports.import_package(a.exports.export(to_b))
    assert first.plan.count(Action.NEW) == 10 and first.plan.count(Action.CONFLICT) == 0
    got = b.cases.get_case(one["client"])
    assert got.client.personal.legal_name == f"Ana Ruiz {ODD}"
    assert got.notes[0].body == f"Case note {ODD}"
    assert got.referrals[0].safety_notes == f"Trafficker nearby {ODD}"
    assert got.client.personal.languages == ["Spanish"] and got.client.personal.interpreter_needed

    # both sides change referral one; only A changes referral and placement two; A adds a
    # case whose personal details are shared only in part
    a.referrals.update(one["referral"], services=["medical"], **_edit(one["release"]))
    b.referrals.update(one["referral"], services=["interpretation"], **_edit(one["release"]))
    a.referrals.transition(two["referral"], "sent")
    a.housing.add_assistance(two["placement"], kind="rent", amount_cents=10**12,
                             paid_on=today, note=ODD)
    three = add_case(a, to_b, categories=["identity"], canary="THREE")
    result = b.imports.import_package(a.exports.export(to_b))

    assert result.applied
    assert result.plan.counts == {"new": 3, "updated": 2, "unchanged": 7, "conflict": 1,
                                  "local_newer": 0, "stale": 0, "refused": 0}
    kept = b.cases.get_case(one["client"]).referrals[0]
    assert {s.value for s in kept.services} == {"interpretation"}  # never last-write-wins
    [conflict] = b.imports.conflicts()
    shown = b.imports.conflict(conflict.id)
    assert '"interpretation"' in shown.local_json and '"medical"' in shown.remote_json
    updated = b.cases.get_case(two["client"])
    assert updated.referrals[0].status.value == "sent"
    assert [h.to_status.value for h in updated.referrals[0].history][-1] == "sent"
    assert [(x.amount_cents, x.note) for x in updated.placements[0].ledger] == [(10**12, ODD)]
    new = b.cases.get_case(three["client"])
    assert new.client.personal.legal_name == "Ana Ruiz THREE"
    assert new.client.personal.location == "" and new.placements == [] and new.notes == []
    assert new.referrals[0].safety_notes == ""

    before = b.counts()
    again = b.imports.import_package(a.exports.export(to_b))  # a new package, nothing new in it
    assert again.plan.count(Action.NEW) == 0 and again.plan.count(Action.UPDATED) == 0
    assert again.plan.count(Action.CONFLICT) == 1  # still open: kept again, not applied
    after = b.counts()
    assert {k: after[k] - before[k] for k in before if after[k] != before[k]} == {
        "audit_events": 1, "transfer_imported_packages": 1, "transfer_conflicts": 1}


def test_an_update_keeps_withheld_fields_and_replaces_child_rows(ab: tuple[Side, Side]) -> None:
    a, b = ab
    to_b = a.partners[b.name].agency_id
    today = a.ctx.today()
    ids = add_case(a, to_b, categories=["identity", "housing"], canary="KEEP")
    a.housing.add_assistance(ids["placement"], kind="rent", amount_cents=100, paid_on=today)
    b.imports.import_package(a.exports.export(to_b))
    placement = b.cases.get_case(ids["client"]).placements[0]
    assert placement.safety_notes == "" and len(placement.ledger) == 1
    b.housing.update_placement(ids["placement"], PlacementInput(
        program_type="emergency_shelter", provider="Safe House", safety_notes="B's own note"))
    a.housing.add_assistance(ids["placement"], kind="deposit", amount_cents=250, paid_on=today)
    a.cases.update_client(ids["client"], PersonalInput(legal_name="Ana María Ruiz",
                                                       location="Somewhere new"))
    result = b.imports.import_package(a.exports.export(to_b))
    assert result.plan.count(Action.UPDATED) == 2 and result.plan.count(Action.CONFLICT) == 0
    case = b.cases.get_case(ids["client"])
    assert case.client.personal.legal_name == "Ana María Ruiz"
    assert case.client.personal.location == ""  # withheld: not shared, not overwritten
    assert case.placements[0].safety_notes == "B's own note"  # withheld inside the record
    assert sorted(x.amount_cents for x in case.placements[0].ledger) == [100, 250]
    assert case.placements[0].revision > placement.revision


def test_resolving_a_conflict_for_the_partner_writes_its_version(ab: tuple[Side, Side]) -> None:
    a, b = ab
    to_b = a.partners[b.name].agency_id
    ids = add_case(a, to_b, categories=ALL, canary="RESOLVE")
    b.imports.import_package(a.exports.export(to_b))
    # B shares identity with A too: otherwise B's own name is not A's to change at all
    b.releases.create(client_id=ids["client"], recipient_agency_id=b.partners[a.name].agency_id,
                      categories=ALL, purpose="Return", expires_on=b.ctx.today()
                      + timedelta(days=30), signed_on=b.ctx.today())
    a.cases.update_client(ids["client"], PersonalInput(legal_name="Zelda Quorum"))
    b.cases.update_client(ids["client"], PersonalInput(legal_name="Local Name"))
    b.imports.import_package(a.exports.export(to_b))
    [conflict] = b.imports.conflicts()
    b.imports.resolve_conflict(conflict.id, "remote")
    assert b.cases.get_case(ids["client"]).client.personal.legal_name == "Zelda Quorum"
    found = QueryService(b.ctx).caseload_page(CaseloadFilter(search="Zelda Quorum"))
    assert [r.client_id for r in found] == [ids["client"]]


def test_import_of_many_clients_refreshes_search_and_due_dates(agencies: Make,
                                                               tiny_batches: None) -> None:
    a, b = agencies("Casa Esperanza"), agencies("HSI Field Office", AgencyKind.LE_FEDERAL)
    pair(a, b)
    to_b = a.partners[b.name].agency_id
    today = a.ctx.today()
    clients: list[str] = []
    for i in range(23):
        ids = add_case(a, to_b, categories=["identity", "housing"], canary=f"Zorblat{i:02d}",
                       housing=False)
        clients.append(ids["client"])
        if i % 2 == 0:
            a.housing.add_placement(ids["client"], PlacementInput(
                program_type="emergency_shelter", provider="Safe House", start_date=today,
                expected_exit_date=today + timedelta(days=10 + i)), status="started")
    result = b.imports.import_package(a.exports.export(to_b))
    assert result.plan.count(Action.NEW) == 23 * 3 + 12

    queries = QueryService(b.ctx)
    found = queries.caseload_page(CaseloadFilter(search="Zorblat17"))
    assert [r.client_id for r in found] == [clients[17]]
    assert found[0].next_due is None
    due = queries.caseload_page(CaseloadFilter(search="Zorblat08"))
    assert [(r.next_due, r.next_due_label) for r in due] == [
        (today + timedelta(days=18), "housing_exit")]
    assert len(queries.caseload_page(CaseloadFilter(search="Zorblat"), limit=100)) == 23

    # an imported update of an existing client replaces its search row
    a.cases.update_client(clients[5], PersonalInput(legal_name="Quillon Varga"))
    b.imports.import_package(a.exports.export(to_b))
    assert [r.client_id for r in queries.caseload_page(CaseloadFilter(search="Quillon"))] == [
        clients[5]]
    assert queries.caseload_page(CaseloadFilter(search="Zorblat05")) == []


def test_export_of_a_referral_that_no_longer_exists_changes_nothing(agencies: Make) -> None:
    a, b = agencies("A"), agencies("B")
    pair(a, b)
    to_b = a.partners["B"].agency_id
    ids = add_case(a, to_b, categories=["identity"])
    before = a.counts()
    with pytest.raises(NotFound):
        a.exports.export(to_b, [ids["referral"], "00000000-0000-4000-8000-000000000000"])
    assert a.counts() == before


def test_sync_hash_read_off_a_frame_equals_the_encoded_one() -> None:
    tricky = ',"revision":7,"type":"x","data":{"id":"y"}'
    for env in (
        {"type": "note", "id": "n", "revision": 3, "base": None, "withheld": [],
         "data": {"client_id": "c", "referral_id": None, "created_at": "t", "body": tricky}},
        {"type": "referral", "id": "r", "revision": 12, "base": "ab" * 32,
         "withheld": ["safety"], "data": {"reason_text": tricky, "history": [{"at": tricky}]}},
        {"type": "client", "id": "c", "revision": 1, "base": None, "withheld": ["location"],
         "data": {"case_number": "NAP-26-00001", "personal": {"legal_name": tricky}}},
    ):
        assert rec.frame_sync_hash(pkg.canonical(env), env) == rec.sync_hash(env)


def test_a_failure_while_writing_leaves_the_vault_unchanged(
        ab: tuple[Side, Side], monkeypatch: pytest.MonkeyPatch) -> None:
    a, b = ab
    to_b = a.partners[b.name].agency_id
    add_case(a, to_b, categories=ALL, canary="FIRST")
    b.imports.import_package(a.exports.export(to_b))
    add_case(a, to_b, categories=ALL, canary="SECOND")
    data = a.exports.export(to_b)
    before = b.counts()

    def fail(*_args: object, **_kw: object) -> None:
        raise RuntimeError("disk full")

    with monkeypatch.context() as patched:
        patched.setattr(derived, "refresh", fail)  # after every record was written
        with pytest.raises(RuntimeError):
            b.imports.import_package(data)
    assert b.counts() == before
    assert b.imports.import_package(data).plan.count(Action.NEW) == 5
