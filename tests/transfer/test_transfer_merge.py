"""Field-level conflict merge between two agencies (``domain.merge`` through
``ImportService.conflict_merge`` / ``resolve_conflict(picks)``)."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from nap_desktop.domain.errors import StaleRecord
from nap_desktop.domain.merge import MissingPick, Outcome, UnknownPick
from nap_desktop.services import audit
from nap_desktop.services.cases import PersonalInput
from nap_desktop.store import transfer_models as tm
from nap_desktop.transfer.importer import Action
from tests.transfer.forge import edited, forge, records_in
from tests.transfer.transfer_helpers import (
    Clock,
    Side,
    add_case,
    agencies,
    clock,
    pair,
    to,
    vault_side,
)

__all__ = ["agencies", "clock"]  # fixtures

Make = Callable[..., Side]


def edit_referral(side: Side, referral_id: str, release_id: str, **changes: Any) -> None:
    current = {"services": ["legal", "housing"], "urgency": "routine", "referring_person": "",
               "external_case_number": "", "safety_notes": "Trafficker nearby",
               "release_id": release_id}
    side.referrals.update(referral_id, **{**current, **changes})


def referral_of(side: Side, client_id: str) -> Any:
    return side.cases.get_case(client_id).referrals[0]


def outcomes(side: Side, conflict_id: str) -> dict[str, tuple[Outcome, str]]:
    found = side.imports.conflict_merge(conflict_id).merge
    return {f.name: (f.outcome, f.reason) for f in found.fields}


def test_different_fields_merge_and_the_shared_one_waits_then_travels_back(
        tmp_path: Path, clock: Clock, monkeypatch: pytest.MonkeyPatch) -> None:
    """Two real encrypted vaults: each side changes other fields and both change the
    requested services; the result holds both sides' changes at both agencies."""
    a = vault_side(tmp_path / "a", "Casa Esperanza", clock, monkeypatch)
    b = vault_side(tmp_path / "b", "Shelter", clock, monkeypatch)
    try:
        pair(a, b)
        ids = add_case(a, to(a, b), categories=["identity", "safety"])
        assert b.imports.import_package(a.exports.export(to(a, b))).applied
        edit_referral(a, ids["referral"], ids["release"], external_case_number="FBI-77",
                      services=["medical"])
        edit_referral(b, ids["referral"], ids["release"], urgency="priority",
                      services=["education"])
        result = b.imports.import_package(a.exports.export(to(a, b)))
        assert result.plan.count(Action.CONFLICT) == 1
        [conflict] = b.imports.conflicts()
        shown = b.imports.conflict_merge(conflict.id)
        assert shown.merge.base_known and not shown.stale
        got = outcomes(b, conflict.id)
        assert got["external_case_number"][0] is Outcome.TAKEN
        assert got["urgency"][0] is Outcome.KEPT
        assert got["status"][0] is Outcome.UNCHANGED
        assert got["services"][0] is Outcome.PICK
        assert shown.merge.pending == ("services",)
        with pytest.raises(MissingPick):
            b.imports.resolve_conflict(conflict.id, {})
        with pytest.raises(UnknownPick):
            b.imports.resolve_conflict(conflict.id, {"services": "here", "urgency": "here"})
        assert referral_of(b, ids["client"]).external_case_number == ""  # nothing changed
        b.imports.resolve_conflict(conflict.id, {"services": "partner"})
        merged = referral_of(b, ids["client"])
        assert (merged.urgency.value, merged.external_case_number,
                {s.value for s in merged.services}) == ("priority", "FBI-77", {"medical"})
        assert b.imports.conflicts() == []
        with b.ctx.read() as s:
            [event] = [e for e in audit.events_for(s, [ids["referral"]])
                       if e.action == "transfer.conflict_resolve"]
        assert "external_case_number" in event.detail and "FBI-77" not in event.detail
        # the merged version goes back to the partner with the next export
        back = a.imports.import_package(b.exports.export(to(b, a)))
        assert back.plan.count(Action.UPDATED) >= 1 and back.plan.count(Action.CONFLICT) == 0
        there = referral_of(a, ids["client"])
        assert (there.urgency.value, there.external_case_number,
                {s.value for s in there.services}) == ("priority", "FBI-77", {"medical"})
    finally:
        a.close()
        b.close()


@pytest.fixture
def ab(agencies: Make) -> tuple[Side, Side]:
    a, b = agencies("FBI Victim Services"), agencies("Shelter")
    pair(a, b)
    return a, b


def personal(side: Side, client_id: str, **changes: Any) -> None:
    p = side.cases.get_case(client_id).client.personal
    side.cases.update_client(client_id, PersonalInput(**{
        "legal_name": p.legal_name, "preferred_name": p.preferred_name,
        "date_of_birth": p.date_of_birth, "languages": list(p.languages),
        "interpreter_needed": p.interpreter_needed, "contact_info": p.contact_info,
        "location": p.location, **changes}))


def test_a_client_conflict_compares_personal_fields_and_a_birth_date_is_a_pick(
        ab: tuple[Side, Side]) -> None:
    a, b = ab
    ids = add_case(a, to(a, b), categories=["identity", "demographics", "safety"])
    b.imports.import_package(a.exports.export(to(a, b)))
    # B shares the same with A (else B's own changes are withheld from A)
    b.releases.create(client_id=ids["client"], recipient_agency_id=to(b, a),
                      categories=["identity", "demographics"], purpose="Coordinate",
                      expires_on=b.ctx.today().replace(year=2027), signed_on=b.ctx.today())
    personal(a, ids["client"], preferred_name="Anita", date_of_birth=date(1999, 4, 2))
    personal(b, ids["client"], legal_name="Ana María Ruiz")
    b.imports.import_package(a.exports.export(to(a, b)))
    [conflict] = b.imports.conflicts()
    got = outcomes(b, conflict.id)
    assert got["personal.preferred_name"][0] is Outcome.TAKEN
    assert got["personal.legal_name"][0] is Outcome.KEPT
    # only the partner changed it, yet a person reviews a birth date
    assert got["personal.date_of_birth"] == (Outcome.PICK, "review")
    assert got["personal.location"][0] is Outcome.NOT_SENT  # withheld from us
    pending = b.imports.conflict_merge(conflict.id).merge.pending
    b.imports.resolve_conflict(conflict.id, dict.fromkeys(pending, "here"))
    p = b.cases.get_case(ids["client"]).client.personal
    assert (p.legal_name, p.preferred_name, p.date_of_birth) == (
        "Ana María Ruiz", "Anita", None)
    assert p.location == ""  # never sent: ours stays


def test_a_signed_package_changing_a_field_it_may_not_decide_is_not_taken(
        ab: tuple[Side, Side]) -> None:
    """Hostile: the partner holds valid keys and signs a client version that changes a
    location our consent withholds from it and a birth date, while both sides changed
    the name. Neither the location nor the birth date is taken by itself; nor is a
    withheld value inside a conflict stored before the rules narrowed it."""
    a, b = ab
    ids = add_case(b, to(b, a), categories=["identity", "demographics"])  # B's client
    sent = b.exports.export(to(b, a))
    a.imports.import_package(sent)
    [ours_sent] = [r for r in records_in(sent, a) if r["type"] == "client"]
    personal(b, ids["client"], legal_name="Ana B")

    def change(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
        out = [r for r in records if r["type"] != "client"]
        forged = edited(ours_sent)
        forged["data"]["personal"].update(legal_name="Ana A", date_of_birth="1990-01-01",
                                          location="999 Forged Road")
        forged["withheld"] = [c for c in forged["withheld"] if c != "location"]
        return [forged, *out]
    forged = forge(a.exports.export(to(a, b)), sender=a, receiver=b, edit=change)
    assert b.imports.import_package(forged).plan.count(Action.CONFLICT) == 1
    [conflict] = b.imports.conflicts()
    assert b.imports.conflict_merge(conflict.id).merge.base_known
    got = outcomes(b, conflict.id)
    assert got["personal.location"][0] is Outcome.NOT_SENT  # narrowed at import
    assert got["personal.date_of_birth"] == (Outcome.PICK, "review")
    assert got["personal.legal_name"][0] is Outcome.PICK
    with b.ctx.unit_of_work() as s:  # as a conflict stored before the rules
        row = s.get(tm.ConflictRow, conflict.id)
        assert row is not None
        env = json.loads(row.remote_json)
        env["data"]["personal"]["location"] = "999 Forged Road"
        env["left_out"] = [f for f in env.get("left_out", []) if f != "location"]
        row.remote_json = json.dumps(env)
    assert outcomes(b, conflict.id)["personal.location"] == (Outcome.GUARDED, "withheld")
    pending = b.imports.conflict_merge(conflict.id).merge.pending
    picks = {name: "here" for name in pending} | {"personal.legal_name": "partner"}
    b.imports.resolve_conflict(conflict.id, picks)
    p = b.cases.get_case(ids["client"]).client.personal
    assert (p.legal_name, p.location, p.date_of_birth) == ("Ana A", "12 Hidden Lane", None)


def test_an_old_conflict_without_a_base_says_so_and_still_resolves(
        ab: tuple[Side, Side]) -> None:
    a, b = ab
    ids = add_case(a, to(a, b), categories=["identity", "safety"])
    b.imports.import_package(a.exports.export(to(a, b)))
    edit_referral(a, ids["referral"], ids["release"], external_case_number="FBI-77")
    edit_referral(b, ids["referral"], ids["release"], urgency="priority")
    b.imports.import_package(a.exports.export(to(a, b)))
    [conflict] = b.imports.conflicts()
    with b.ctx.unit_of_work() as s:
        row = s.get(tm.ConflictRow, conflict.id)
        assert row is not None and row.base_json is not None
        row.base_json = None  # as stored before migration 0014
    found = b.imports.conflict_merge(conflict.id).merge
    assert not found.base_known
    assert set(found.pending) == {"urgency", "external_case_number"}
    b.imports.resolve_conflict(conflict.id, {"urgency": "here",
                                             "external_case_number": "partner"})
    merged = referral_of(b, ids["client"])
    assert (merged.urgency.value, merged.external_case_number) == ("priority", "FBI-77")


def test_a_merge_is_refused_when_the_record_changed_here_since(ab: tuple[Side, Side]) -> None:
    a, b = ab
    ids = add_case(a, to(a, b), categories=["identity", "safety"])
    b.imports.import_package(a.exports.export(to(a, b)))
    edit_referral(a, ids["referral"], ids["release"], external_case_number="FBI-77")
    edit_referral(b, ids["referral"], ids["release"], urgency="priority")
    b.imports.import_package(a.exports.export(to(a, b)))
    [conflict] = b.imports.conflicts()
    edit_referral(b, ids["referral"], ids["release"], urgency="emergency")
    assert b.imports.conflict_merge(conflict.id).stale
    with pytest.raises(StaleRecord):
        b.imports.resolve_conflict(conflict.id, {})
