"""Red team on issue #11's merged surfaces, as a hostile partner holding valid pinned keys:
the field-level merge, side-aware status in a conflict, picks of fields no one waits on."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest

from nap_desktop.domain.enums import AgencyKind
from nap_desktop.domain.errors import StaleRecord, ValidationError
from nap_desktop.domain.merge import Outcome, UnknownPick
from nap_desktop.services.caseload_sql import CaseloadFilter
from nap_desktop.services.corrections import CorrectionService, EntryInput, MatterDetails
from nap_desktop.services.housing import PlacementInput
from nap_desktop.services.queries import QueryService
from nap_desktop.transfer import age
from nap_desktop.transfer.errors import SchemaViolation
from nap_desktop.transfer.importer import Action
from tests.transfer.forge import edited, forge, records_in
from tests.transfer.test_referral_sides_import import sent
from tests.transfer.test_transfer_corrections import DAY
from tests.transfer.test_transfer_corrections import _case as _corr_case
from tests.transfer.test_transfer_corrections import _send as _corr_send
from tests.transfer.test_transfer_dates_and_assignment import shared_case
from tests.transfer.test_transfer_merge import personal
from tests.transfer.transfer_helpers import Side, add_case, agencies, clock, pair, to

__all__ = ["agencies", "clock", "sent"]  # fixtures

Make = Callable[..., Side]


@pytest.fixture
def ab(agencies: Make) -> tuple[Side, Side]:
    a, b = agencies("FBI Victim Services"), agencies("Shelter")
    pair(a, b)
    return a, b


def _release_back(b: Side, a: Side, client_id: str, categories: list[str]) -> None:
    today = b.ctx.today()
    b.releases.create(client_id=client_id, recipient_agency_id=to(b, a), categories=categories,
                      purpose="Coordinate", expires_on=today + timedelta(days=180),
                      signed_on=today)


def _ref(side: Side, client_id: str, referral_id: str) -> Any:
    return next(r for r in side.cases.get_case(client_id).referrals if r.id == referral_id)


def _update(side: Side, client_id: str, referral_id: str, **changes: Any) -> None:
    ref = _ref(side, client_id, referral_id)
    side.referrals.update(referral_id, **{
        "services": [s.value for s in ref.services], "urgency": ref.urgency.value,
        "referring_person": ref.referring_person,
        "external_case_number": ref.external_case_number, "safety_notes": ref.safety_notes,
        "release_id": ref.release_id, **changes})


def test_a_withheld_service_we_added_is_not_explained_as_the_partners_change(
        ab: tuple[Side, Side]) -> None:
    """We add a requested service whose category the partner may not see (immigration);
    the partner changes the urgency. The conflict must not say the partner made "the
    same change" to the services (it never saw them): ours was the only change."""
    a, b = ab
    ids = add_case(a, to(a, b), categories=["identity", "safety"])  # housing withheld
    assert b.imports.import_package(a.exports.export(to(a, b))).applied
    _release_back(b, a, ids["client"], ["identity", "safety"])
    _update(a, ids["client"], ids["referral"], services=["legal", "housing", "immigration"])
    _update(b, ids["client"], ids["referral"], urgency="priority")
    result = a.imports.import_package(b.exports.export(to(b, a)))
    assert result.plan.count(Action.CONFLICT) == 1
    [conflict] = a.imports.conflicts()
    got = {f.name: f for f in a.imports.conflict_merge(conflict.id).merge.fields}
    assert got["urgency"].outcome is Outcome.TAKEN
    assert got["services"].outcome is Outcome.UNCHANGED  # not "both made the same change"
    a.imports.resolve_conflict(conflict.id, {})
    ref = _ref(a, ids["client"], ids["referral"])
    assert ref.urgency.value == "priority"
    assert {s.value for s in ref.services} == {"legal", "housing", "immigration"}


def test_a_pick_for_a_guarded_field_is_refused_and_changes_nothing(
        ab: tuple[Side, Side]) -> None:
    """A forged client version changes the birth date (a pick) and a withheld location;
    a pick naming the location (or an invented field) is refused, nothing applied."""
    a, b = ab
    ids = add_case(b, to(b, a), categories=["identity", "demographics"])
    sent = b.exports.export(to(b, a))
    a.imports.import_package(sent)
    [client] = [r for r in records_in(sent, a) if r["type"] == "client"]
    personal(b, ids["client"], legal_name="Ana B")

    def change(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
        forged = edited(client)
        forged["data"]["personal"].update(legal_name="Ana A", date_of_birth="1990-01-01",
                                          location="999 Forged Road")
        forged["withheld"] = [c for c in forged["withheld"] if c != "location"]
        return [forged, *(r for r in records if r["type"] != "client")]
    b.imports.import_package(forge(a.exports.export(to(a, b)), sender=a, receiver=b,
                                   edit=change))
    [conflict] = b.imports.conflicts()
    pending = b.imports.conflict_merge(conflict.id).merge.pending
    for extra in ({"personal.location": "partner"}, {"personal.nonexistent": "partner"},
                  {"case_number": "partner"}):
        with pytest.raises(UnknownPick):
            b.imports.resolve_conflict(conflict.id, {**dict.fromkeys(pending, "partner"),
                                                     **extra})
    p = b.cases.get_case(ids["client"]).client.personal
    assert (p.legal_name, p.location, p.date_of_birth) == ("Ana B", "12 Hidden Lane", None)
    assert b.imports.conflicts() != []


def _placement(side: Side, ids: dict[str, str], *, start: int, exit_: int) -> None:
    today = side.ctx.today()
    side.housing.update_placement(ids["placement"], PlacementInput(
        program_type="transitional_housing", provider="Safe House",
        referred_on=today - timedelta(days=20), start_date=today - timedelta(days=start),
        expected_exit_date=today + timedelta(days=exit_)))


def test_a_merge_of_two_in_order_versions_never_applies_dates_out_of_order(
        agencies: Make) -> None:
    """Each side's version keeps its dates in order; we move the expected exit earlier,
    the partner moves the project start later. Taking theirs and keeping ours field by
    field would leave an exit before the start: the merge is refused, saying which rule,
    and nothing changes (the record stays as it is here)."""
    a = agencies("Casa Esperanza")
    b = agencies("Harbor Housing", AgencyKind.HOUSING)
    pair(a, b)
    ids = shared_case(a, b)
    assert b.imports.import_package(a.exports.export(to(a, b))).applied
    _release_back(b, a, ids["client"], ["housing", "restitution"])
    _placement(a, ids, start=10, exit_=-8)  # exit 8 days ago (after the start)
    _placement(b, ids, start=5, exit_=170)  # start 5 days ago (before the exit)
    assert a.imports.import_package(b.exports.export(to(b, a))).plan.count(
        Action.CONFLICT) == 1
    [conflict] = a.imports.conflicts()
    found = a.imports.conflict_merge(conflict.id).merge
    got = {f.name: f.outcome for f in found.fields}
    assert (got["start_date"], got["expected_exit_date"]) == (Outcome.TAKEN, Outcome.KEPT)
    with pytest.raises(ValidationError, match=r"expected exit .* before the project start"):
        a.imports.resolve_conflict(conflict.id, dict.fromkeys(found.pending, "here"))
    place = a.cases.get_case(ids["client"]).placements[0]
    today = a.ctx.today()
    assert (place.start_date, place.expected_exit_date) == (
        today - timedelta(days=10), today - timedelta(days=8))
    assert [c.id for c in a.imports.conflicts()] == [conflict.id]
    a.imports.resolve_conflict(conflict.id, "local")  # keeping ours still works
    assert a.imports.conflicts() == []


def test_an_onward_referral_exports_neither_the_third_agency_nor_the_chain(
        ab: tuple[Side, Side]) -> None:
    """The FBI referred her to us (with a reason); we refer her on to the shelter (another
    reason, following from the FBI's). The package to the shelter holds neither the FBI's
    referral, its id, its name, nor the reason written on the FBI's referral."""
    a, b = ab
    fbi = a.agencies.add_partner(name="Zqx Canary Field Office", kind="le_federal",
                                 contacts="")
    ids = add_case(a, to(a, b), categories=["identity", "safety", "notes"])
    received = a.referrals.create(client_id=ids["client"], from_agency_id=fbi.id,
                                  to_agency_id=a.me, direction=None, services=["legal"],
                                  reason="Zqx canary why the FBI sent her")
    onward = a.referrals.create(client_id=ids["client"], from_agency_id=a.me,
                                to_agency_id=to(a, b), direction=None, services=["legal"],
                                release_id=ids["release"], follows_id=received.id,
                                reason="Shelter bed needed tonight")
    plain = age.decrypt(a.exports.export(to(a, b)), b.identities())
    for secret in (received.id, fbi.id, "Zqx", "follows", "match_key", "client_merges"):
        assert secret.encode() not in plain, secret
    assert onward.id.encode() in plain
    assert b.imports.import_package(a.exports.export(to(a, b))).applied
    assert {r.id for r in b.cases.get_case(ids["client"]).referrals} == {
        ids["referral"], onward.id}


def test_a_field_merge_cannot_undo_our_withdrawal_either(
        sent: tuple[Side, Side, dict[str, str]]) -> None:
    """The field-level form of "keep theirs": the receiving partner lags behind our
    withdrawal and changes the urgency; whatever a person picks, the status stays ours."""
    a, b, ids = sent
    b.referrals.transition(ids["referral"], "received")
    _update(b, ids["client"], ids["referral"], urgency="emergency")
    a.referrals.transition(ids["referral"], "withdrawn", reason="other", reason_text="moved")
    assert a.imports.import_package(b.exports.export(to(b, a))).plan.count(
        Action.CONFLICT) == 1
    [conflict] = a.imports.conflicts()
    found = a.imports.conflict_merge(conflict.id).merge
    status = found.by_name()["status"]
    assert status.outcome not in (Outcome.PICK, Outcome.TAKEN)
    with pytest.raises(UnknownPick):
        a.imports.resolve_conflict(conflict.id, {**dict.fromkeys(found.pending, "partner"),
                                                 "status": "partner"})
    a.imports.resolve_conflict(conflict.id, dict.fromkeys(found.pending, "partner"))
    assert _ref(a, ids["client"], ids["referral"]).status.value == "withdrawn"


@pytest.mark.parametrize(("referred", "start", "exit_"), [
    ("2028-02-29", "2028-02-29", "2028-02-29"),  # the same day, a leap day
    ("0001-01-01", "0001-01-01", "9999-12-31"),  # year 1 and the far future
])
def test_boundary_dates_from_a_partner_import_or_are_refused_cleanly(
        agencies: Make, referred: str, start: str, exit_: str) -> None:
    a = agencies("Casa Esperanza")
    b = agencies("Harbor Housing", AgencyKind.HOUSING)
    pair(a, b)
    ids = shared_case(a, b)
    sent = a.exports.export(to(a, b))

    def dates(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
        return [edited(r, referred_on=referred, start_date=start, expected_exit_date=exit_)
                if r["type"] == "placement" else r for r in records]
    before = b.counts()
    try:
        result = b.imports.import_package(forge(sent, sender=a, receiver=b, edit=dates))
    except SchemaViolation as refused:  # a clear refusal is fine; a traceback is not
        assert "nothing was imported" in str(refused).lower()
        assert b.counts() == before
        return
    assert result.applied
    case = b.cases.get_case(ids["client"])
    assert str(case.placements[0].expected_exit_date) == exit_
    QueryService(b.ctx).caseload_count(CaseloadFilter())  # the overdue rules read it


def test_a_partner_cannot_move_our_referral_backwards_outside_a_conflict(
        sent: tuple[Side, Side, dict[str, str]]) -> None:
    a, b, ids = sent
    for step in ("received", "accepted"):
        b.referrals.transition(ids["referral"], step)
    assert a.imports.import_package(b.exports.export(to(b, a))).applied
    assert _ref(a, ids["client"], ids["referral"]).status.value == "accepted"
    honest = b.exports.export(to(b, a))

    def back(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
        return [edited(r, status="draft") if r["id"] == ids["referral"] else r
                for r in records]
    result = a.imports.import_package(forge(honest, sender=b, receiver=a, edit=back))
    [item] = [i for i in result.plan.items if i.record_id == ids["referral"]]
    assert (item.action, item.reason) == (Action.REFUSED, "status")
    assert _ref(a, ids["client"], ids["referral"]).status.value == "accepted"


def test_a_package_carrying_follows_id_is_refused_whole(
        sent: tuple[Side, Side, dict[str, str]]) -> None:
    """The chain stays home: a referral naming ``follows_id`` (our other referral) is not
    part of the format, so the package is refused as invalid and nothing changes."""
    a, b, ids = sent

    def chained(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
        out = [edited(r, urgency="emergency") if r["id"] == ids["referral"] else r
               for r in records]
        next(r for r in out if r["id"] == ids["referral"])["data"]["follows_id"] = ids[
            "referral"]
        return out
    before = a.counts()
    with pytest.raises(SchemaViolation, match="nothing was imported"):
        a.imports.import_package(forge(b.exports.export(to(b, a)), sender=b, receiver=a,
                                       edit=chained))
    assert a.counts() == before


def test_resolving_a_matter_conflict_never_touches_our_money_entries(
        ab: tuple[Side, Side]) -> None:
    """Both agencies correct the matter's details (we the court, the partner the docket);
    taking the partner's version field by field or whole leaves our money entries as we
    hold them, and after we void one of them the stored conflict can no longer be
    taken at all (the record changed here since)."""
    a, b = ab
    ids = _corr_case(a, b)
    _corr_send(a, b, ids["client"])
    CorrectionService(a.ctx).correct_matter(ids["matter"], MatterDetails(
        court="W.D. Tex.", docket_number="4:26-cr-1"), reason="wrong district")
    CorrectionService(b.ctx).correct_matter(ids["matter"], MatterDetails(
        court="E.D. Tex.", docket_number="4:26-cr-9"), reason="typo")
    assert a.imports.import_package(b.exports.export(to(b, a))).plan.count(
        Action.CONFLICT) == 1
    [conflict] = a.imports.conflicts()
    CorrectionService(a.ctx).void_money(ids["money"], reason="entered twice")
    for keep in ("remote", {}):
        with pytest.raises(StaleRecord):
            a.imports.resolve_conflict(conflict.id, keep)  # type: ignore[arg-type]
    [matter] = a.cases.get_case(ids["client"]).restitution
    assert (matter.court, matter.docket_number) == ("W.D. Tex.", "4:26-cr-1")
    assert matter.totals.collected_cents == 0 and matter.money[0].void is not None
    a.imports.resolve_conflict(conflict.id, "local")
    # the partner takes our version back; then a later conflict merges field by field
    back = b.imports.import_package(a.exports.export(to(a, b)))
    # "keep ours" reaches the partner as an update, not as a new conflict there
    assert [i.action for i in back.plan.items if i.record_id == ids["matter"]] == [
        Action.UPDATED]
    CorrectionService(b.ctx).correct_matter(ids["matter"], MatterDetails(
        court="W.D. Tex.", docket_number="4:26-cr-99"), reason="typo")
    CorrectionService(a.ctx).correct_matter(ids["matter"], MatterDetails(
        court="S.D. Tex.", docket_number="4:26-cr-1"), reason="moved")
    pk = b.exports.export(to(b, a))
    a.imports.import_package(pk)
    [conflict] = a.imports.conflicts()
    found = a.imports.conflict_merge(conflict.id).merge
    assert found.base_known and found.pending == ()  # court ours, docket theirs
    a.imports.resolve_conflict(conflict.id, dict.fromkeys(found.pending, "partner"))
    [matter] = a.cases.get_case(ids["client"]).restitution
    assert (matter.court, matter.docket_number) == ("S.D. Tex.", "4:26-cr-99")
    assert matter.money[0].id == ids["money"] and matter.money[0].void is not None
    assert matter.totals.collected_cents == 0


def test_a_stale_copy_of_our_corrected_note_and_entry_changes_nothing(
        ab: tuple[Side, Side]) -> None:
    """We correct a note and a money entry after sending them; the partner, re-signing its
    old copy under a higher revision (a replay of what we sent before), changes neither:
    the note keeps its corrected text, the corrected entry stays the live one."""
    a, b = ab
    ids = _corr_case(a, b)
    _corr_send(a, b, ids["client"])
    old = b.exports.export(to(b, a))  # the partner's copy, before our corrections
    fix = CorrectionService(a.ctx)
    fix.correct_note(ids["note"], "Case note, corrected", reason="typo")
    fix.correct_money(ids["money"], EntryInput(kind="collected", amount_cents=125_000,
                                               on=DAY), reason="receipt")

    def replay(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
        assert {"note", "restitution"} <= {r["type"] for r in records}
        return [edited(r) if r["type"] in ("note", "restitution") else r for r in records]
    a.imports.import_package(forge(old, sender=b, receiver=a, edit=replay))
    case = a.cases.get_case(ids["client"])
    assert [n.body for n in case.notes] == ["Case note, corrected"]
    [matter] = case.restitution
    assert matter.totals.collected_cents == 125_000
    assert [x.amount_cents for x in matter.money if x.live] == [125_000]
