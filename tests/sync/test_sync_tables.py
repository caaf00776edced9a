"""Every table of the schema has a sync decision; the change-set format parses strictly."""

from __future__ import annotations

from pathlib import Path

import pytest

from nap_desktop.store import migrations
from nap_desktop.sync import tables
from nap_desktop.sync.changeset import ChangeSetPlain, RowOp
from nap_desktop.sync.errors import ChangeSetInvalid
from tests.services.conftest import plain_engine


def test_every_table_is_either_synced_or_local_with_a_reason(tmp_path: Path) -> None:
    engine = plain_engine(tmp_path / "x.db")
    migrations.upgrade(engine)
    with engine.connect() as conn:
        present = {r[0] for r in conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
        shapes = tables.shapes(conn)
    synced = {s.name for s in tables.SYNCED}
    assert not synced & set(tables.LOCAL)
    assert present - synced - set(tables.LOCAL) == set(), "decide: SYNCED or LOCAL"
    assert synced <= present
    assert shapes["transfer_sync_state"].pk == ("partner_agency_id", "record_type", "record_id")
    assert shapes["audit_events"].integer_pk and not shapes["notes"].integer_pk


def _cs() -> ChangeSetPlain:
    return ChangeSetPlain(id="00000000-0000-4000-8000-000000000001", author=None,
                          at="2026-11-23T15:00:00.000000Z",
                          ops=(RowOp("notes", {"id": "n1"}, "u", None, {"body": "a"},
                                     {"body": "b"}),))


def test_a_change_set_round_trips_byte_for_byte() -> None:
    cs = _cs()
    assert ChangeSetPlain.from_bytes(cs.to_bytes()) == cs
    assert ChangeSetPlain.from_bytes(cs.to_bytes()).to_bytes() == cs.to_bytes()


@pytest.mark.parametrize("mutate", [
    lambda d: d.update(v=2),
    lambda d: d.update(extra=1),
    lambda d: d["ops"][0].update(op="x"),
    lambda d: d["ops"][0].update(k={}),
    lambda d: d["ops"][0].pop("base"),
    lambda d: d.update(part=[2, 1]),
    lambda d: d.update(id=""),
    lambda d: d.update(ops="none"),
])
def test_a_malformed_change_set_is_refused_before_anything_is_applied(mutate: object) -> None:
    doc = _cs().to_json()
    mutate(doc)  # type: ignore[operator]
    with pytest.raises(ChangeSetInvalid):
        ChangeSetPlain.from_json(doc)
    with pytest.raises(ChangeSetInvalid):
        ChangeSetPlain.from_bytes(b"\xff not json")
