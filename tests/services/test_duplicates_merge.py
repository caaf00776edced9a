"""Possible duplicates (intake check, per case, caseload pairs) and merge / undo."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text

from nap_desktop.domain.duplicates import Person, Reason
from nap_desktop.domain.enums import ReferralDirection, ServiceType
from nap_desktop.domain.errors import PermissionDenied, ValidationError
from nap_desktop.services.cases import PersonalInput
from nap_desktop.services.duplicates import DuplicateService
from nap_desktop.services.merges import MergeService
from nap_desktop.services.referrals import ReferralInput
from tests.services.conftest import Services


@pytest.fixture
def dup(svc: Services) -> DuplicateService:
    return DuplicateService(svc.ctx)


@pytest.fixture
def merges(svc: Services) -> MergeService:
    return MergeService(svc.ctx)


def _case(svc: Services, name: str, dob: date | None = None, **kw: object) -> str:
    data = ReferralInput(from_agency_id=svc.partner_id, to_agency_id=svc.self_id,
                         direction=ReferralDirection.LE_TO_VSP,
                         services=(ServiceType.HOUSING,), external_case_number="HSI-1")
    client, _ = svc.cases.open_case(PersonalInput(legal_name=name, date_of_birth=dob, **kw),
                                    first_referral=data)
    return client.id


def _views(svc: Services) -> list[tuple[str, str]]:
    with svc.ctx.read() as s:
        return [(r[0], r[1]) for r in s.execute(text(
            "SELECT record_id, detail FROM audit_events WHERE action = 'client.view'"))]


def test_intake_check_finds_a_respelled_name_with_swapped_birth_date(
        svc: Services, dup: DuplicateService) -> None:
    svc.act_as("ana")
    first = _case(svc, "Nguyễn Thị Hương", date(1990, 3, 4))
    _case(svc, "Rosa Otra", date(1990, 3, 4))
    found = dup.check(Person("Huong Thi Ngyuen", date_of_birth=date(1990, 4, 3)))
    assert [c.client_id for c in found] == [first]
    assert found[0].reasons == (Reason.SIMILAR_NAME, Reason.DOB_SWAPPED)
    assert found[0].legal_name is None  # no names unless asked
    assert _views(svc) == []
    named = dup.check(Person("Huong Thi Ngyuen", date_of_birth=date(1990, 4, 3)),
                      show_names=True)
    assert named[0].legal_name == "Nguyễn Thị Hương"
    assert _views(svc) == [(first, "possible duplicates")]


def test_a_different_birth_date_rules_out_a_same_name(svc: Services,
                                                      dup: DuplicateService) -> None:
    svc.act_as("ana")
    _case(svc, "María García", date(1990, 3, 4))
    assert dup.check(Person("Maria Garcia", date_of_birth=date(1971, 8, 20))) == []
    assert len(dup.check(Person("Maria Garcia"))) == 1  # no birth date: still shown


def test_keys_follow_edits_and_for_case_excludes_itself(svc: Services,
                                                       dup: DuplicateService) -> None:
    svc.act_as("ana")
    a = _case(svc, "Zhang Xiaoming", date(1985, 1, 2))
    b = _case(svc, "Wong Li", date(1985, 1, 2))
    assert dup.for_case(b) == []
    svc.cases.update_client(b, PersonalInput(legal_name="Chang Hsiao-ming",
                                             date_of_birth=date(1985, 1, 2)))
    assert [c.client_id for c in dup.for_case(b)] == [a]
    assert [c.client_id for c in dup.for_case(a)] == [b]


def test_caseload_pairs_are_for_supervisors(svc: Services, dup: DuplicateService) -> None:
    svc.act_as("ana")
    a = _case(svc, "Valentina Hernández López", date(1999, 5, 6))
    b = _case(svc, "Balentina Ernandez Lopez", None)
    with pytest.raises(PermissionDenied):
        dup.caseload_pairs()
    svc.act_as("sofia")
    pairs = dup.caseload_pairs()
    assert [{p.first.client_id, p.second.client_id} for p in pairs] == [{a, b}]
    assert pairs[0].reasons == (Reason.PHONETIC_NAME, Reason.DOB_MISSING)


def _state(svc: Services, client_id: str) -> dict[str, object]:
    """The whole case as a person sees it (the survivor's revision aside)."""
    case = svc.cases.get_case(client_id)
    client = case.client
    return {"client": (client.case_number, client.trafficking_type, client.assigned_user_id,
                       client.created_at),
            "personal": client.personal,
            "referrals": sorted((r.id, r.status) for r in case.referrals),
            "notes": sorted(n.id for n in case.notes)}


def test_merge_moves_everything_and_undo_restores_both(svc: Services,
                                                       merges: MergeService) -> None:
    svc.act_as("ana")
    keep = _case(svc, "Rosa Pérez", date(1990, 3, 4), contact_info="555-0100")
    other = _case(svc, "Rosa Peres", None, contact_info="555-0199")
    svc.cases.add_note(other, "Prefers evening calls")
    keep_before, other_before = _state(svc, keep), _state(svc, other)
    with pytest.raises(PermissionDenied):
        merges.merge(keep, other, reason="same person")
    svc.act_as("sofia")
    with pytest.raises(ValidationError):
        merges.merge(keep, other, reason="   ")
    diffs = {d.field for d in merges.differences(keep, other)}
    assert {"legal_name", "date_of_birth", "contact_info"} <= diffs
    record = merges.merge(keep, other, reason="same person, two intakes",
                          take_from_other=frozenset({"contact_info"}))
    case = svc.cases.get_case(keep)
    assert case.client.personal.contact_info == "555-0199"
    assert case.client.personal.legal_name == "Rosa Pérez"
    assert len(case.referrals) == 2 and len(case.notes) == 1
    history = [ev.action for ev in svc.cases.history(keep)]
    assert "client.merge" in history and "client.merged_away" in history
    assert "client.create" in history and history.count("client.create") == 2  # both kept
    with svc.ctx.read() as s:
        assert s.execute(text("SELECT count(*) FROM clients WHERE id = :i"),
                         {"i": other}).scalar() == 0
    # An edit after the merge to a field the merge did not set does not stop undo.
    svc.cases.add_note(keep, "Written after the merge")
    merges.unmerge(record.id)
    assert _state(svc, other) == other_before
    after = _state(svc, keep)
    assert after["personal"] == keep_before["personal"]
    assert after["referrals"] == keep_before["referrals"]
    assert len(after["notes"]) == 1  # the note written since stays with the survivor
    with pytest.raises(ValidationError, match="already been undone"):
        merges.unmerge(record.id)
    assert merges.merges(keep)[0].undone


def test_undo_refuses_when_a_merged_field_was_edited_since(svc: Services,
                                                           merges: MergeService) -> None:
    svc.act_as("ana")
    keep = _case(svc, "Ana Flores", date(1990, 3, 4), contact_info="1")
    other = _case(svc, "Ana Florez", date(1990, 3, 4), contact_info="2")
    svc.act_as("sofia")
    record = merges.merge(keep, other, reason="dup",
                          take_from_other=frozenset({"contact_info"}))
    svc.cases.update_client(keep, PersonalInput(legal_name="Ana Flores",
                                                date_of_birth=date(1990, 3, 4),
                                                contact_info="3"))
    with pytest.raises(ValidationError, match="edited since"):
        merges.unmerge(record.id)
    assert svc.cases.get_case(keep).client.personal.contact_info == "3"  # nothing changed


def test_undo_refuses_while_a_later_merge_is_in_effect(svc: Services,
                                                       merges: MergeService) -> None:
    svc.act_as("ana")
    a, b, c = (_case(svc, n, date(1990, 3, 4)) for n in ("Lan Pham", "Lan Fam", "Lan Phan"))
    svc.act_as("sofia")
    first = merges.merge(a, b, reason="dup")
    second = merges.merge(a, c, reason="dup")
    with pytest.raises(ValidationError, match="later"):
        merges.unmerge(first.id)
    merges.unmerge(second.id)
    merges.unmerge(first.id)
    assert len(svc.cases.get_case(b).referrals) == 1


def test_merge_refuses_itself_and_partner_known_clients(svc: Services,
                                                        merges: MergeService) -> None:
    svc.act_as("ana")
    keep = _case(svc, "Ana Cruz", None)
    other = _case(svc, "Ana Krus", None)
    svc.act_as("sofia")
    with pytest.raises(ValidationError, match="itself"):
        merges.merge(keep, keep, reason="x")
    with svc.ctx.unit_of_work() as s:
        s.execute(text("INSERT INTO transfer_sync_state (partner_agency_id, record_type, "
                       "record_id, local_revision, remote_revision, content_hash, "
                       "exchanged_at) VALUES ('p', 'client', :i, 1, 1, 'h', '2026')"),
                  {"i": other})
    with pytest.raises(ValidationError, match="must be the case that stays") as refused:
        merges.merge(keep, other, reason="dup")
    assert "NAP-" in str(refused.value)
    merges.merge(other, keep, reason="dup")  # the way round that works


def test_migration_0015_fills_the_keys_of_existing_clients(svc: Services,
                                                           dup: DuplicateService) -> None:
    from alembic import command

    from nap_desktop.store import migrations

    svc.act_as("ana")
    first = _case(svc, "Trần Văn Phúc", date(1980, 1, 2))
    engine = svc.ctx.source.engine
    with engine.begin() as conn:  # as the vault was before 0015
        command.downgrade(migrations._config(conn), "0011")
    with engine.connect() as conn:
        tables = {r[0] for r in conn.execute(text("SELECT name FROM sqlite_master"))}
    assert "client_match_keys" not in tables
    migrations.upgrade(engine)
    assert [c.client_id for c in dup.check(Person("Chan Van Fuc",
                                                  date_of_birth=date(1980, 1, 2)))] == [first]


def test_a_merged_away_cases_assignments_move_with_it_and_come_back_on_undo(
        svc: Services, merges: MergeService) -> None:
    """Issue #11's assignment × client merge: the other case's assignments (and their
    reasons) are part of its record, not lost when its client row goes."""
    from nap_desktop.services.assignment import AssignmentService

    svc.act_as("ana")
    keep = _case(svc, "Lucía Méndez", date(1990, 3, 4))
    other = _case(svc, "Lucia Mendes", date(1990, 3, 4))
    svc.act_as("sofia")
    assignments = AssignmentService(svc.ctx)
    assignments.assign([other], svc.users["ana"], reason="Speaks Mixtec")
    merges_record = merges.merge(keep, other, reason="same person")
    assert [a.reason for a in assignments.history(keep)] == ["Speaks Mixtec"]
    merges.unmerge(merges_record.id)
    assert [a.reason for a in assignments.history(other)] == ["Speaks Mixtec"]
    assert assignments.history(keep) == []


def test_every_table_hanging_off_a_client_is_moved_by_a_merge() -> None:
    """A new table with rows of a client (a later migration) must move with a merge: the
    merged-away client's row is deleted, and its foreign key would take them with it."""
    from nap_desktop.services.merges import CHILD_TABLES
    from nap_desktop.store import models as m

    hanging = {t.name for t in m.Base.metadata.sorted_tables for fk in t.foreign_keys
               if fk.column.table.name == "clients"}
    assert hanging - {"client_personal"} == set(CHILD_TABLES)


def test_undo_takes_back_a_referral_made_since_from_one_of_the_merged_cases(
        svc: Services, merges: MergeService) -> None:
    """Onward referrals × merge: a referral the survivor sent on since, following one of
    the other case's referrals, goes back with it (with its note), so every referral still
    follows one of its own case."""
    svc.act_as("ana")
    keep = _case(svc, "Inés Castro", date(1990, 3, 4))
    other = _case(svc, "Ines Castro", date(1990, 3, 4))
    received = svc.cases.get_case(other).referrals[0].id
    svc.act_as("sofia")
    record = merges.merge(keep, other, reason="same person")
    onward = svc.referrals.create(
        client_id=keep, from_agency_id=svc.self_id, to_agency_id=svc.partner_id,
        direction=None, services=[ServiceType.LEGAL], follows_id=received,
        reason="Needs a lawyer")
    merges.unmerge(record.id)
    back = svc.cases.get_case(other)
    assert {r.id for r in back.referrals} == {received, onward.id}
    assert [n.referral_id for n in back.notes] == [onward.id]
    for case in (svc.cases.get_case(keep), back):
        ids = {r.id for r in case.referrals}
        assert all(r.follows_id in ids for r in case.referrals if r.follows_id)


def _workers(svc: Services, client_id: str) -> tuple[object, set[object]]:
    case = svc.cases.get_case(client_id)
    return case.client.assigned_user_id, {r.assigned_user_id for r in case.referrals}


def test_after_a_merge_the_case_and_all_its_referrals_have_one_worker(
        svc: Services, merges: MergeService) -> None:
    """docs/assignment.md: a case is never half someone else's. The merged-away case's
    referrals go to the survivor's worker (or, when the merge takes the other's worker,
    all of them go there); undo gives each referral back the worker it had."""
    ana, sofia = svc.users["ana"], svc.users["sofia"]
    svc.act_as("ana")
    keep = _case(svc, "Marta Díaz", date(1990, 3, 4))
    svc.act_as("sofia")
    other = _case(svc, "Marta Dias", date(1990, 3, 4))
    assert _workers(svc, keep) == (ana, {ana}) and _workers(svc, other) == (sofia, {sofia})
    record = merges.merge(keep, other, reason="same person")
    assert _workers(svc, keep) == (ana, {ana})
    merges.unmerge(record.id)
    assert _workers(svc, keep) == (ana, {ana}) and _workers(svc, other) == (sofia, {sofia})
    merges.merge(keep, other, reason="same person",
                 take_from_other=frozenset({"assigned_user_id"}))
    assert _workers(svc, keep) == (sofia, {sofia})
