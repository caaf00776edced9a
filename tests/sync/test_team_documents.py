"""Documents through team sync, end to end against the real PostgreSQL fixture: a 25 MB
file in parts within the envelope's caps, a push cut half-way that resumes, the same file
added on two desktops offline, a canary nowhere on the server, and a caseworker's device
(valid keys) forging what the services never allow: refused on every device."""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
import subprocess
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from nap_desktop.services.assignment import AssignmentService
from nap_desktop.store.signing import b64
from nap_desktop.sync.changeset import ChangeSetPlain, RowOp
from nap_desktop.sync.envelope import MAX_BODY_BYTES
from nap_desktop.sync.server import LogServer
from nap_desktop.sync.session import SyncFailed
from tests import doc_samples as samples
from tests.sync.pg import PgDatabase
from tests.sync.team_helpers import Desk, add_user, fast_kdf, found_team, join, new_client
from tests.sync.test_team_canary import _hits

CANARY = "Zyxwvut Canarya"


@pytest.fixture(autouse=True)
def _fast(monkeypatch: pytest.MonkeyPatch) -> None:
    fast_kdf(monkeypatch)


@pytest.fixture
def pair(tmp_path: Path, pg: PgDatabase) -> Iterator[tuple[Desk, Desk, str]]:
    """The admin's desktop A, a caseworker's desktop B, and a case both hold."""
    a = found_team(tmp_path, pg.dsn)
    add_user(a, "cw")
    a.sync()
    b = join(a, tmp_path / "b", pg.dsn, "cw")
    client = new_client(a, "Rosa Example")
    a.sync()
    b.sync()
    yield a, b, client
    a.close()
    b.close()


def big_pdf(size: int) -> bytes:
    """A valid PDF of about ``size`` bytes that does not compress (a scan's worth of
    random bytes in a comment), so the envelope's compression cannot hide its size."""
    head, rest = samples.pdf(CANARY).split(b"\n", 1)
    pad = os.urandom(size).replace(b"\n", b" ").replace(b"\r", b" ")
    return head + b"\n%" + pad + b"\n" + rest


def add_doc(desk: Desk, client: str, data: bytes, title: str = "Court order") -> str:
    added = desk.open().documents.add(client_id=client, attached_type="client",
                                      attached_id=client, kind="other", title=title,
                                      doc_date=None, data=data)
    return added.document.id


def count(desk: Desk, table: str) -> int:
    with desk.open().unlocked.engine.connect() as conn:
        return int(conn.execute(text(f"SELECT count(*) FROM {table}")).scalar_one())


def test_a_25_mb_document_travels_in_parts_within_the_envelopes_caps(
        pair: tuple[Desk, Desk, str], pg: PgDatabase) -> None:
    a, b, client = pair
    data = big_pdf(25_000_000 - 2_000)
    assert 24_900_000 < len(data) <= 25_000_000
    doc = add_doc(a, client, data)
    head = int(pg.hostile("SELECT max(seq) FROM nap_sync.change_sets")[0][0])
    assert a.sync().pushed > 5  # one transaction, several parts
    sizes = [int(r[0]) for r in pg.hostile(
        "SELECT octet_length(body) FROM nap_sync.change_sets WHERE seq > %s", (head,))]
    assert len(sizes) > 5 and max(sizes) < MAX_BODY_BYTES and sum(sizes) > 0.9 * len(data)
    result = b.sync()
    assert result.refused == 0
    assert b.open().documents.open(doc) == data
    assert count(b, "document_chunks") == 24
    b.sync()  # B's own audit event (it opened the document) goes to A
    a.sync()
    assert a.dump() == b.dump()


def test_a_push_cut_half_way_resumes_without_loss_or_duplication(
        pair: tuple[Desk, Desk, str], pg: PgDatabase, monkeypatch: pytest.MonkeyPatch) -> None:
    a, b, client = pair
    data = big_pdf(9_000_000)
    doc = add_doc(a, client, data)
    monkeypatch.setattr("nap_desktop.sync.session.PUSH_BATCH", 1)
    real, calls = LogServer.push, {"n": 0}

    def cut_on_the_third(self: LogServer, *args: Any) -> Any:
        calls["n"] += 1
        if calls["n"] == 3:  # two parts are in the log: the server goes away
            pg.stop_server("immediate")
        return real(self, *args)

    monkeypatch.setattr(LogServer, "push", cut_on_the_third)
    with pytest.raises(SyncFailed):
        a.sync()
    pg.start_server()
    monkeypatch.setattr(LogServer, "push", real)
    assert b.sync().refused == 0  # the first parts wait, nothing of them shows yet
    assert b.open().documents.list_for_client(client) == []
    with b.open().unlocked.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM sync_held")).scalar_one() >= 1
    a.sync()
    assert b.sync().refused == 0
    assert b.open().documents.open(doc) == data
    rows = pg.hostile("SELECT count(*), count(DISTINCT id) FROM nap_sync.change_sets")
    assert rows[0][0] == rows[0][1]  # no change set twice
    assert count(b, "document_chunks") == 9 and count(b, "sync_held") == 0
    b.sync()
    a.sync()
    assert a.dump() == b.dump()


def test_the_same_file_added_on_two_desktops_offline_is_stored_once_on_each(
        pair: tuple[Desk, Desk, str]) -> None:
    a, b, client = pair
    data = big_pdf(2_500_000)
    first = add_doc(a, client, data, "Lease (A)")
    second = add_doc(b, client, data, "Lease (B)")
    a.sync()
    assert b.sync().refused == 0
    a.sync()
    for desk in (a, b):
        assert count(desk, "document_contents") == 1
        assert count(desk, "document_chunks") == 3
        assert {d.id for d in desk.open().documents.list_for_client(client)} == \
            {first, second}
        assert desk.open().documents.open(second) == data
    b.sync()
    a.sync()
    b.sync()
    assert a.dump() == b.dump()


def test_a_document_synced_leaves_no_plain_text_on_the_server(
        pair: tuple[Desk, Desk, str], pg: PgDatabase) -> None:
    a, b, client = pair
    data = samples.pdf(f"{CANARY} statement")  # uncompressed: the bytes hold the canary
    assert CANARY.encode() in data
    doc = add_doc(a, client, data, title=f"Statement of {CANARY}")
    a.sync()
    b.sync()
    assert b.open().documents.open(doc) == data
    a.open().team.publish_snapshot()
    dumped = subprocess.run(
        [shutil.which("pg_dump") or "pg_dump", "--data-only",
         pg.dsn.replace("user=nap_client", "user=postgres")],
        capture_output=True, check=True).stdout
    assert b"nap_sync" in dumped and len(dumped) > 10_000
    assert _hits(dumped) == []


# --- a caseworker's device forging changes, with its own valid keys ----------------------


def forge_outbox(desk: Desk, change: Callable[[list[RowOp]], list[RowOp]]) -> None:
    """Rewrite the desktop's unpushed change sets and sign them again with its user's own
    key, as a tampered client holding that user's slot can."""
    ws = desk.open()
    signer = ws.ctx.signer
    assert signer is not None
    with ws.unlocked.engine.begin() as conn:
        for cs_id, body, undo in conn.execute(text(
                "SELECT cs_id, body, undo FROM sync_outbox WHERE sealed IS NULL")).all():
            cs = ChangeSetPlain.from_bytes(body.encode("utf-8"))
            forged = dataclasses.replace(cs, ops=tuple(change(list(cs.ops))), user_sig=None)
            forged = dataclasses.replace(forged, user_sig=b64(signer.sign(forged.ops_digest())))
            # what this replica really applied, so its own undo stays true
            effective = undo or json.dumps([{"t": o.t, "k": o.k, "op": o.op, "old": o.old,
                                             "new": o.new} for o in cs.ops])
            conn.execute(text("UPDATE sync_outbox SET body = :b, undo = :u WHERE cs_id = :c"),
                         {"b": forged.to_bytes().decode("utf-8"), "u": effective, "c": cs_id})


def _refused_everywhere(a: Desk, b: Desk, words: str) -> None:
    b.sync()
    result = a.sync()
    assert result.refused == 1, result
    assert words in result.refused_reasons[0]
    with b.open().unlocked.engine.connect() as conn:  # its own device refused it too
        assert conn.execute(text("SELECT count(*) FROM sync_refused")).scalar_one() == 1


def _retitle(ops: list[RowOp], table: str, **values: Any) -> list[RowOp]:
    return [dataclasses.replace(o, new={**o.new, **values}) if o.t == table and o.op == "i"
            else o for o in ops]


def test_replacing_a_chunks_bytes_of_an_existing_document_is_refused(
        pair: tuple[Desk, Desk, str]) -> None:
    a, b, client = pair
    data = samples.pdf("the real order")
    doc = add_doc(a, client, data)
    a.sync()
    b.sync()
    with b.open().unlocked.engine.connect() as conn:
        cid, chunk = conn.execute(text("SELECT content_id, data FROM document_chunks")).one()
    fake = {"b64": b64(samples.pdf("a forged order"))}
    b.open().cases.add_note(client, "Called her back")

    def swap(ops: list[RowOp]) -> list[RowOp]:
        return [*ops, RowOp("document_chunks", {"content_id": cid, "n": 0}, "u", None,
                            old={"data": {"b64": b64(chunk)}}, new={"data": fake})]

    forge_outbox(b, swap)
    _refused_everywhere(a, b, "never changed")
    assert a.open().documents.open(doc) == data
    # nor as a second insert of the same chunk with other bytes
    b.open().cases.add_note(client, "Called her again")
    forge_outbox(b, lambda ops: [*ops, RowOp("document_chunks", {"content_id": cid, "n": 0},
                                             "i", None, new={"data": fake})])
    b.sync()
    result = a.sync()
    assert result.refused == 1 and "already exist" in result.refused_reasons[0]
    assert a.open().documents.open(doc) == data == b.open().documents.open(doc)


@pytest.mark.parametrize("lie", ["size", "content_id"])
def test_a_document_whose_size_or_content_id_lies_is_refused(
        pair: tuple[Desk, Desk, str], lie: str) -> None:
    a, b, client = pair
    add_doc(b, client, samples.pdf("a release"))
    if lie == "size":
        forge_outbox(b, lambda ops: _retitle(ops, "documents", size=12))
    else:  # bytes that are not what the id names (another file's id on these bytes)
        other = "ab" * 32

        def rename(ops: list[RowOp]) -> list[RowOp]:
            out = []
            for op in ops:
                changed = op
                if op.t in ("document_chunks", "document_contents") and op.op == "i":
                    changed = dataclasses.replace(op, k={**op.k, "content_id": other})
                elif op.t == "documents" and op.op == "i":
                    changed = dataclasses.replace(op, new={**op.new, "content_id": other})
                out.append(changed)
            return out

        forge_outbox(b, rename)
    _refused_everywhere(a, b, "does not match its content")
    assert count(a, "documents") == 0 and count(a, "document_chunks") == 0
    assert count(b, "documents") == 0  # its own device does not keep it either


def test_voiding_another_workers_document_without_the_role_is_refused(
        pair: tuple[Desk, Desk, str]) -> None:
    a, b, client = pair
    doc = add_doc(a, client, samples.pdf("an order"))
    ws = a.open()
    other = add_user(a, "cw2")
    AssignmentService(ws.ctx).assign([client], other, reason="Takes the case")
    a.sync()
    b.sync()
    cw = b.open().users.by_name("cw").id
    b.open().cases.add_note(client, "Looked at the order")

    def void(ops: list[RowOp]) -> list[RowOp]:
        return [*ops, RowOp("documents", {"id": doc}, "u", None,
                            old={"voided_at": None, "voided_by": None, "void_reason": ""},
                            new={"voided_at": "2026-12-07T10:00:00.000000Z",
                                 "voided_by": cw, "void_reason": "not needed"})]

    forge_outbox(b, void)
    _refused_everywhere(a, b, "only the case's worker or a supervisor")
    assert a.open().documents.get(doc).voided_at is None


def test_a_document_on_a_client_that_does_not_exist_is_refused(
        pair: tuple[Desk, Desk, str]) -> None:
    a, b, client = pair
    add_doc(b, client, samples.pdf("an id card"))
    ghost = str(uuid.uuid4())
    forge_outbox(b, lambda ops: _retitle(ops, "documents", client_id=ghost,
                                         attached_id=ghost))
    _refused_everywhere(a, b, "does not exist here")
    assert count(a, "documents") == 0


def _content_key(desk: Desk) -> str:
    with desk.open().unlocked.engine.connect() as conn:
        return str(conn.execute(text("SELECT value FROM settings WHERE key = "
                                     "'documents.content_key'")).scalar_one())


def test_the_content_key_is_the_teams_from_the_snapshot_and_never_changes(
        pair: tuple[Desk, Desk, str], pg: PgDatabase) -> None:
    a, b, client = pair
    key = _content_key(a)
    assert len(bytes.fromhex(key)) == 32 and _content_key(b) == key  # made at init
    # so a file added on each desktop is named alike (and stored once: see above)
    b.open().cases.add_note(client, "Checked the file")
    forge_outbox(b, lambda ops: [*ops, RowOp("settings", {"key": "documents.content_key"},
                                             "u", None, old={"value": key},
                                             new={"value": "00" * 32})])
    _refused_everywhere(a, b, "setting that never changes")
    assert _content_key(a) == key == _content_key(b)
