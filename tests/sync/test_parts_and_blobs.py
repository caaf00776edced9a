"""Large transactions travel as consecutive parts applied together; BLOB columns travel
as base64 (what documents' file contents will need, issue #14)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from nap_desktop.services.cases import PersonalInput
from nap_desktop.sync import capture, parts, tables
from tests.sync.capture_helpers import Device, MemoryLog, plain_team, rows
from tests.transfer.transfer_helpers import Clock


@pytest.fixture
def team(tmp_path: Path) -> Iterator[list[Device]]:
    devices = plain_team(tmp_path, ["a", "b"], Clock())
    yield devices
    for d in devices:
        d.side.close()


def test_a_split_transaction_applies_only_when_all_its_parts_are_in(
        team: list[Device], monkeypatch: pytest.MonkeyPatch) -> None:
    a, b = team
    monkeypatch.setattr(parts, "PART_BUDGET", 600)
    client = a.side.cases.create_client(PersonalInput(legal_name="Ana Ruiz",
                                                      location="x" * 400))
    split = a.sync.pending()
    assert len(split) >= 3 and [i.cs.part[1] for i in split] == [len(split)] * len(split)
    b.side.cases.add_note(b.side.cases.create_client(PersonalInput(legal_name="Bea")).id, "n")
    log = MemoryLog()
    first = split[0]
    log.entries.append((first.cs.id, "a", first.cs.to_bytes()))
    a.sync.mark_pushed(first.cs.id, 1)
    log.push("b", b.sync)  # another device's change sets may come between the parts
    log.push("a", a.sync)
    for _ in range(len(split) - 1):  # one change set at a time: a's parts wait
        log.pull(b.sync, limit=1)
        assert rows(b.engine, "SELECT count(*) FROM clients WHERE id = ?", (client.id,)) \
            == [(0,)]
    log.pull(b.sync)
    log.pull(a.sync)
    assert rows(b.engine, "SELECT location FROM client_personal WHERE client_id = ?",
                (client.id,)) == [("x" * 400,)]
    assert rows(b.engine, "SELECT count(*) FROM sync_held") == [(0,)]
    assert a.dump() == b.dump()
    assert a.sync.outbox() == [] and b.sync.outbox() == []


def test_a_part_missing_its_siblings_refuses_the_whole_transaction(
        team: list[Device], monkeypatch: pytest.MonkeyPatch) -> None:
    a, b = team
    monkeypatch.setattr(parts, "PART_BUDGET", 600)
    a.side.cases.create_client(PersonalInput(legal_name="Ana Ruiz", location="x" * 400))
    log = MemoryLog()
    log.push("a", a.sync)
    del log.entries[0]  # the first part never made it into the log
    log.pull(b.sync)
    refused = rows(b.engine, "SELECT reason FROM sync_refused")
    assert refused and {r[0] for r in refused} == {"incomplete-parts"}
    assert {why.translatable().render() for _, _, why in b.sync.refusals()} == {
        "A change from the team arrived incomplete; it was refused on every device."}
    assert rows(b.engine, "SELECT count(*) FROM clients") == [(0,)]
    log.pull(a.sync)  # refused alike on its author's desktop (the envelope's device chain
    # tells the author its first part was dropped: docs/sync-format.md, "Envelope")
    assert rows(a.engine, "SELECT seq, reason FROM sync_refused") == rows(
        b.engine, "SELECT seq, reason FROM sync_refused")


def test_blob_columns_travel_as_base64_byte_for_byte(team: list[Device],
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    a, b = team
    spec = tables.TableSpec("blob_test")
    monkeypatch.setattr(tables, "SYNCED", (*tables.SYNCED, spec))
    monkeypatch.setattr(tables, "BY_NAME", {**tables.BY_NAME, "blob_test": spec})
    payload = os.urandom(70_000) + b"\0\xff"
    for dev in team:
        with dev.engine.begin() as conn:
            conn.exec_driver_sql("CREATE TABLE blob_test (id TEXT PRIMARY KEY, body BLOB)")
            capture.install_triggers(conn)
    with a.side.ctx.unit_of_work() as s:
        s.connection().exec_driver_sql("INSERT INTO blob_test VALUES ('d1', ?)", (payload,))
    (item,) = a.sync.pending()
    assert item.cs.ops[0].new["body"].keys() == {"b64"}
    log = MemoryLog()
    log.sync("a", a.sync)
    log.pull(b.sync)
    assert rows(b.engine, "SELECT body FROM blob_test") == [(payload,)]
    assert a.dump() == b.dump()


def test_a_split_transaction_without_an_audit_event_is_refused_whole(
        team: list[Device], monkeypatch: pytest.MonkeyPatch) -> None:
    """The policy asks each change set for its author's audit event, which one part alone
    cannot hold: the parts together must."""
    import dataclasses

    from nap_desktop.sync.changeset import ChangeSetPlain

    a, b = team
    monkeypatch.setattr(parts, "PART_BUDGET", 600)
    a.side.cases.create_client(PersonalInput(legal_name="Ana Ruiz", location="x" * 400))
    log = MemoryLog()
    log.push("a", a.sync)
    assert len(log.entries) >= 3
    for n, (cs_id, device, body) in enumerate(log.entries):
        cs = ChangeSetPlain.from_bytes(body)
        kept = tuple(op for op in cs.ops if op.t != "audit_events")
        log.entries[n] = (cs_id, device, dataclasses.replace(cs, ops=kept).to_bytes())
    log.pull(b.sync)
    assert {r[0] for r in rows(b.engine, "SELECT reason FROM sync_refused")} == {"no-audit"}
    assert rows(b.engine, "SELECT count(*) FROM clients") == [(0,)]
