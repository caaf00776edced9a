"""The merge rules of applying the team log, on three plain replicas of one team."""

from __future__ import annotations

import json
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
def team(tmp_path: Path) -> list[Device]:
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
    return client.id


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
        assert json.loads(conflict.base_json)["data"] == {"location": "North"}
    assert len({team_conflicts(d)[0].id for d in team}) == 1  # one id on every device


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
