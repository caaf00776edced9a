"""The merge rules of applying the team log, on three plain replicas of one team."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from nap_desktop.services.cases import PersonalInput
from nap_desktop.store import models as m
from nap_desktop.store import transfer_models as tm
from nap_desktop.sync.apply import GapInLog
from nap_desktop.sync.changeset import ChangeSetPlain, PulledChangeSet
from nap_desktop.sync.errors import SchemaTooNew
from tests.sync.capture_helpers import Device, MemoryLog, RefuseAuthor, plain_team, rows
from tests.transfer.transfer_helpers import Clock


@pytest.fixture
def team(tmp_path: Path) -> Iterator[list[Device]]:
    devices = plain_team(tmp_path, ["a", "b", "c"], Clock())
    yield devices
    for d in devices:
        d.side.close()


def edit(dev: Device, model: Any, key: Any, **values: Any) -> None:
    """One captured transaction that sets some columns of one row."""
    with dev.side.ctx.unit_of_work() as s:
        row = s.get(model, key)
        for name, value in values.items():
            setattr(row, name, value)


def shared_client(team: list[Device], log: MemoryLog) -> str:
    client = team[0].side.cases.create_client(PersonalInput(legal_name="Ana Ruiz",
                                                            location="North"))
    for dev in team:
        log.sync(dev.name, dev.sync)
    return str(client.id)


def team_conflicts(dev: Device) -> list[tm.ConflictRow]:
    with dev.side.ctx.read() as s:
        return list(s.scalars(select(tm.ConflictRow).where(tm.ConflictRow.source == "team")
                              .order_by(tm.ConflictRow.id)))


def converge(team: list[Device], log: MemoryLog) -> None:
    for dev in team:
        log.push(dev.name, dev.sync)
    for dev in team:
        log.pull(dev.sync)
    dumps = {dev.dump() for dev in team}
    assert len(dumps) == 1


def test_a_non_team_vault_captures_nothing(tmp_path: Path) -> None:
    from tests.transfer.transfer_helpers import plain_side

    side = plain_side(tmp_path / "solo.db", "Solo", Clock())
    side.cases.create_client(PersonalInput(legal_name="Ana Ruiz"))
    engine = side.ctx.source.engine
    assert rows(engine, "SELECT count(*) FROM sync_outbox")[0][0] == 0
    assert rows(engine, "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' "
                        "AND name LIKE 'nap_sync_%'")[0][0] == 0
    side.close()


def test_one_change_set_per_transaction_signed_by_nobody_without_a_signer(
        team: list[Device]) -> None:
    a = team[0]
    client = a.side.cases.create_client(PersonalInput(legal_name="Ana Ruiz"))
    a.side.cases.add_note(client.id, "first")
    items = a.sync.pending()
    assert len(items) == 2
    tables_first = {op.t for op in items[0].cs.ops}
    assert {"clients", "client_personal", "audit_events"} <= tables_first
    assert {op.t for op in items[1].cs.ops} >= {"notes", "audit_events"}
    assert all(item.cs.author == a.side.ctx.actor.user_id for item in items)
    assert all(op.op == "i" and op.base is None for op in items[0].cs.ops)


def test_non_overlapping_edits_merge_without_conflict(team: list[Device]) -> None:
    log = MemoryLog()
    cid = shared_client(team, log)
    a, b, _ = team
    edit(a, m.ClientPersonalRow, cid, location="South")
    edit(b, m.ClientPersonalRow, cid, languages="French")
    converge(team, log)
    for dev in team:
        with dev.side.ctx.read() as s:
            row = s.get(m.ClientPersonalRow, cid)
            assert (row.location, row.languages) == ("South", "French")
        assert team_conflicts(dev) == []


def test_overlapping_edits_keep_the_earlier_and_record_both(team: list[Device]) -> None:
    log = MemoryLog()
    cid = shared_client(team, log)
    a, b, _ = team
    edit(b, m.ClientPersonalRow, cid, location="Shelter B", languages="French")
    edit(a, m.ClientPersonalRow, cid, location="Shelter A")
    log.push("b", b.sync)  # b's edit is earlier in the log
    converge(team, log)
    for dev in team:
        with dev.side.ctx.read() as s:
            row = s.get(m.ClientPersonalRow, cid)
            assert (row.location, row.languages) == ("Shelter B", "French")
        (conflict,) = team_conflicts(dev)
        assert conflict.record_type == "client_personal"
        assert json.loads(conflict.local_json)["data"] == {"location": "Shelter B"}
        assert json.loads(conflict.remote_json)["data"] == {"location": "Shelter A"}
        assert json.loads(conflict.base_json or "{}")["data"] == {"location": "North"}
    assert len({team_conflicts(d)[0].id for d in team}) == 1  # one id on every device


def test_two_saves_of_one_client_form_conflict_only_on_the_field_both_changed(
        team: list[Device]) -> None:
    """Every save moves the client's revision and last-update time: those are bookkeeping
    (the larger is kept), never a choice put to a caseworker."""
    log = MemoryLog()
    cid = shared_client(team, log)
    a, b, _ = team
    clock = b.side.ctx.clock
    b.side.cases.update_client(cid, PersonalInput(legal_name="Ana Ruiz", location="Shelter B"))
    clock.advance(minutes=1)  # type: ignore[attr-defined]
    b.side.cases.update_client(cid, PersonalInput(legal_name="Ana Ruiz", location="Shelter B",
                                                  languages="French"))
    clock.advance(minutes=1)  # type: ignore[attr-defined]
    a.side.cases.update_client(cid, PersonalInput(legal_name="Ana Ruiz", location="Shelter A",
                                                  languages="French"))
    log.push("b", b.sync)  # b's two saves are earlier in the log
    converge(team, log)
    for dev in team:
        conflicts = team_conflicts(dev)
        fields = {f for c in conflicts for f in json.loads(c.remote_json)["data"]}
        assert fields == {"location"}, fields
        with dev.side.ctx.read() as s:
            client = s.get(m.ClientRow, cid)
            assert client.revision == 3  # b's two saves (a's one made 2)
            assert client.updated_at == clock()  # a's save, the latest


def test_my_pending_edit_waits_on_top_of_what_arrives(team: list[Device]) -> None:
    log = MemoryLog()
    cid = shared_client(team, log)
    a, b, _ = team
    edit(a, m.ClientPersonalRow, cid, languages="Tagalog")  # a: not pushed yet
    edit(b, m.ClientPersonalRow, cid, location="East")
    log.push("b", b.sync)
    log.pull(a.sync)
    with a.side.ctx.read() as s:
        row = s.get(m.ClientPersonalRow, cid)
        assert (row.location, row.languages) == ("East", "Tagalog")
    assert len(a.sync.pending()) == 1


def test_delete_against_update_is_a_conflict_and_the_row_stays(team: list[Device]) -> None:
    log = MemoryLog()
    a, b, _ = team
    client = a.side.cases.create_client(PersonalInput(legal_name="Ana Ruiz"))
    note = a.side.cases.add_note(client.id, "text")
    for dev in team:
        log.sync(dev.name, dev.sync)
    edit(a, m.NoteRow, note.id, body="edited")
    with b.side.ctx.unit_of_work() as s:
        s.delete(s.get(m.NoteRow, note.id))
    log.push("a", a.sync)
    converge(team, log)
    for dev in team:
        with dev.side.ctx.read() as s:
            assert s.get(m.NoteRow, note.id).body == "edited"
        (conflict,) = team_conflicts(dev)
        assert json.loads(conflict.remote_json)["op"] == "d"


def test_an_update_of_a_deleted_row_is_a_conflict(team: list[Device]) -> None:
    log = MemoryLog()
    a, b, _ = team
    client = a.side.cases.create_client(PersonalInput(legal_name="Ana Ruiz"))
    note = a.side.cases.add_note(client.id, "text")
    for dev in team:
        log.sync(dev.name, dev.sync)
    with b.side.ctx.unit_of_work() as s:
        s.delete(s.get(m.NoteRow, note.id))
    edit(a, m.NoteRow, note.id, body="edited")
    log.push("b", b.sync)
    converge(team, log)
    for dev in team:
        with dev.side.ctx.read() as s:
            assert s.get(m.NoteRow, note.id) is None
        (conflict,) = team_conflicts(dev)
        assert json.loads(conflict.remote_json)["data"]["body"] == "edited"


def test_an_insert_of_an_existing_id_is_a_conflict_not_a_crash(team: list[Device]) -> None:
    log = MemoryLog()
    a, b, _ = team
    now = a.side.ctx.now()
    for dev, name in ((a, "Red Cross A"), (b, "Red Cross B")):
        with dev.side.ctx.unit_of_work() as s:
            s.add(m.AgencyRow(id="00000000-0000-4000-8000-000000000001", name=name,
                              kind="other", is_victim_service_provider=False, contacts="",
                              is_self=False, created_at=now, updated_at=now, revision=1))
    log.push("a", a.sync)
    converge(team, log)
    for dev in team:
        (conflict,) = team_conflicts(dev)
        assert json.loads(conflict.remote_json)["data"]["name"] == "Red Cross B"


def test_append_only_rows_never_conflict(team: list[Device]) -> None:
    log = MemoryLog()
    cid = shared_client(team, log)
    for dev in team:  # each appends a note and audit events numbered alike
        dev.side.cases.add_note(cid, f"note from {dev.name}")
    converge(team, log)
    for dev in team:
        assert team_conflicts(dev) == []
        assert len(dev.side.cases.get_case(cid).notes) == 3
    audit = rows(team[0].engine, "SELECT count(*), count(DISTINCT seq) FROM audit_events")
    assert audit[0][0] == audit[0][1]


def test_case_numbers_allocated_offline_twice_are_told_apart(team: list[Device]) -> None:
    log = MemoryLog()
    a, b, _ = team
    one = a.side.cases.create_client(PersonalInput(legal_name="Ana"))
    two = b.side.cases.create_client(PersonalInput(legal_name="Bea"))
    assert one.case_number == two.case_number
    log.push("a", a.sync)
    converge(team, log)
    numbers = rows(a.engine, "SELECT case_number FROM clients WHERE id IN (?, ?) ORDER BY "
                             "case_number", (one.id, two.id))
    assert numbers[0][0] == one.case_number and numbers[1][0].startswith(one.case_number + "-")
    assert [c.record_type for c in team_conflicts(a)] == ["clients"]
    counter = rows(a.engine, "SELECT value FROM settings WHERE key LIKE 'case_number_seq%'")
    assert counter == [("1",)]


def test_a_refused_change_set_is_skipped_whole_on_every_device(tmp_path: Path) -> None:
    clock = Clock()
    team = plain_team(tmp_path, ["a", "b"], clock)
    a, b = team
    author = a.side.ctx.actor.user_id
    policy = RefuseAuthor(author)
    a.sync.policy = b.sync.policy = policy
    log = MemoryLog()
    client = a.side.cases.create_client(PersonalInput(legal_name="Ana Ruiz"))
    converge(team, log)
    for dev in team:
        with dev.side.ctx.read() as s:
            assert s.get(m.ClientRow, client.id) is None  # refused here too: undone
        assert rows(dev.engine, "SELECT seq, reason FROM sync_refused") == [(1, "forbidden")]
        ((seq, device, why),) = dev.sync.refusals()
        assert (seq, device, why.code, why.translatable().render()) == (
            1, "a", "forbidden", "Not allowed.")
        assert dev.sync.outbox() == []


def test_applied_rows_are_not_captured_again_and_the_search_finds_them(
        team: list[Device]) -> None:
    log = MemoryLog()
    a, b, _ = team
    a.side.cases.create_client(PersonalInput(legal_name="Zacarias Quintero"))
    log.sync("a", a.sync)
    log.pull(b.sync)
    assert b.sync.outbox() == []
    assert rows(b.engine, "SELECT count(*) FROM client_match_keys")[0][0] > 0
    assert rows(b.engine, "SELECT count(*) FROM case_search WHERE case_search MATCH "
                          "'Quintero'")[0][0] == 1


def test_the_log_is_applied_only_in_order(team: list[Device]) -> None:
    a, b, _ = team
    a.side.cases.create_client(PersonalInput(legal_name="Ana"))
    item = a.sync.pending()[0]
    body = item.cs.to_bytes()
    pulled = PulledChangeSet(seq=2, cs_id=item.cs.id, device_id="a", body_sha256=b"\0" * 32,
                             cs=ChangeSetPlain.from_bytes(body))
    with pytest.raises(GapInLog):
        b.sync.apply_pulled([pulled])
    newer = ChangeSetPlain(**{**{f: getattr(item.cs, f) for f in (
        "id", "author", "at", "ops", "user_sig", "control", "part", "v")}, "schema": "9999"})
    with pytest.raises(SchemaTooNew):
        b.sync.apply_pulled([PulledChangeSet(seq=1, cs_id=newer.id, device_id="a",
                                             body_sha256=b"\0" * 32, cs=newer)])
    assert b.sync.state().cursor == 0


def test_resolving_a_team_conflict_is_a_change_every_device_applies(
        team: list[Device]) -> None:
    from nap_desktop.sync import conflicts

    log = MemoryLog()
    cid = shared_client(team, log)
    a, b, c = team
    edit(a, m.ClientPersonalRow, cid, location="Shelter A")
    edit(b, m.ClientPersonalRow, cid, location="Shelter B")
    converge(team, log)
    (conflict,) = team_conflicts(c)
    with c.side.ctx.unit_of_work() as s:
        found = conflicts.view(s, conflict.id)
        assert found.merge.pending == ("location",)
        conflicts.resolve(s, conflict.id, {"location": "partner"},
                          user_id=c.side.ctx.actor.user_id, at=c.side.ctx.now())
    assert len(c.sync.pending()) == 1  # the resolution travels as a change set
    converge(team, log)
    for dev in team:
        with dev.side.ctx.read() as s:
            assert s.get(m.ClientPersonalRow, cid).location == "Shelter B"
        (done,) = team_conflicts(dev)
        assert done.resolution == "remote" and done.resolved_at is not None


def test_each_applied_seq_keeps_its_log_hash_and_conflicts_say_who(team: list[Device]) -> None:
    log = MemoryLog()
    cid = shared_client(team, log)
    a, b, c = team
    edit(a, m.ClientPersonalRow, cid, location="Shelter A")
    edit(b, m.ClientPersonalRow, cid, location="Shelter B")
    converge(team, log)
    state = c.sync.state()
    assert c.sync.log_hash_at(state.cursor) == state.log_hash
    assert c.sync.log_hash_at(0) == b"\0" * 32 and c.sync.log_hash_at(state.cursor + 1) is None
    assert {d.sync.log_hash_at(2) for d in team} != {None}
    assert len({d.sync.log_hash_at(2) for d in team}) == 1
    (conflict,) = team_conflicts(c)
    live, theirs = json.loads(conflict.local_json), json.loads(conflict.remote_json)
    assert (live["by"], live["device"]) == (a.side.ctx.actor.user_id, "a")
    assert (theirs["by"], theirs["device"]) == (b.side.ctx.actor.user_id, "b")


def test_a_row_linked_to_one_inserted_later_in_its_transaction_travels_whole(
        team: list[Device]) -> None:
    from datetime import date

    log = MemoryLog()
    a, b, _ = team
    cid = shared_client(team, log)
    b.side.cases.add_note(cid, "pending on b while a's change arrives")
    now = a.side.ctx.now()
    with a.side.ctx.unit_of_work() as s:  # the referral first, its release after, then linked
        referral = m.ReferralRow(
            id="00000000-0000-4000-8000-0000000000r1".replace("r", "e"), client_id=cid,
            from_agency_id=a.side.me, to_agency_id=a.side.me, direction="vsp_to_le",
            urgency="routine", status="draft", status_changed_at=now, created_at=now,
            updated_at=now, revision=1)
        s.add(referral)
        s.flush()
        release = m.ReleaseRow(id="00000000-0000-4000-8000-0000000000e2", client_id=cid,
                               recipient_agency_id=a.side.me, categories="identity",
                               purpose="p", signed_by="client", form_language="en",
                               signed_on=date(2026, 11, 1), expires_on=date(2027, 1, 1),
                               status="active", revoked_on=None, created_at=now,
                               updated_at=now, revision=1)
        s.add(release)
        s.flush()
        referral.release_id = release.id
    log.push("a", a.sync)
    log.sync("b", b.sync)  # b undoes its pending note, applies a's, redoes the note
    log.pull(a.sync)
    for dev in (a, b):
        assert rows(dev.engine, "SELECT release_id FROM referrals WHERE id = ?",
                    (referral.id,)) == [(release.id,)]
        assert team_conflicts(dev) == []
    assert a.dump() == b.dump()


def test_a_database_failure_while_applying_says_nothing_of_the_data(
        team: list[Device], monkeypatch: pytest.MonkeyPatch) -> None:
    from nap_desktop.sync import apply as apply_module
    from nap_desktop.sync.apply import ApplyFailed

    log = MemoryLog()
    a, b, _ = team
    a.side.cases.create_client(PersonalInput(legal_name="Zacarias Quintero"))
    log.push("a", a.sync)

    def broken(conn: Any, clients: set[str]) -> None:
        conn.exec_driver_sql("INSERT INTO clients (id) VALUES ('Zacarias Quintero')")

    monkeypatch.setattr(apply_module, "_reindex", broken)
    with pytest.raises(ApplyFailed) as caught:
        log.pull(b.sync)
    assert "Zacarias" not in str(caught.value) and caught.value.__cause__ is None
    assert b.sync.state().cursor == 0
