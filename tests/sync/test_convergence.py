"""Convergence, engine-level (no server: a tiny in-memory ordered log stands in for it;
the session part runs the same against PostgreSQL).

Three desktops make hundreds of random edits, many of the same records while "offline",
and sync in random orders (push only, pull only, part of the log). At the end:

- every device's canonical dump is identical;
- a simple, independent model that replays the log in order (no undo, no redo) predicts
  exactly the conflicts found, field by field, with both versions, on every device;
- the count of field changes made equals the count found: applied, already equal,
  or kept in a conflict (none lost); and the tracked fields end as the model says.
"""

from __future__ import annotations

import contextlib
import json
import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from nap_desktop.domain.errors import NapError
from nap_desktop.services.cases import PersonalInput
from nap_desktop.store import models as m
from nap_desktop.sync.changeset import ChangeSetPlain, canonical
from tests.sync.capture_helpers import Device, MemoryLog, plain_team, rows
from tests.transfer.transfer_helpers import Clock

#: (table, ORM model, edited fields)
EDITABLE = (
    ("client_personal", m.ClientPersonalRow, ("location", "languages", "contact_info")),
    ("referrals", m.ReferralRow, ("safety_notes", "referring_person")),
    ("notes", m.NoteRow, ("body",)),
)
TRACKED = {t: fields for t, _, fields in EDITABLE}


#: Columns every edit touches: two edits of other fields must not conflict over them.
BOOKKEEPING = ("revision", "updated_at")


@dataclass
class Model:
    """The log replayed naively: live rows of the edited tables, value by value."""

    rows: dict[tuple[str, str], dict[str, Any]]
    conflicts: set[tuple[str, str, str, str]] = field(default_factory=set)
    taken: int = 0
    same: int = 0

    def replay(self, cs: ChangeSetPlain) -> None:
        for op in cs.ops:
            if op.t not in TRACKED:
                continue
            key = (op.t, canonical(op.k).decode())
            rid = str(next(iter(op.k.values())))
            self._one(cs.id, key, rid, op)

    def _one(self, cs_id: str, key: tuple[str, str], rid: str, op: Any) -> None:
        live = self.rows.get(key)
        if op.op == "i":
            if live is None:
                self.rows[key] = dict(op.new)
        elif op.op == "d":
            if live is None:
                return
            if all(live.get(c) == v for c, v in op.old.items()):
                del self.rows[key]
            else:
                self.conflicts.add((cs_id, op.t, rid, "*"))
        elif live is None:
            self.conflicts.add((cs_id, op.t, rid, "*"))
        else:
            for c, v in op.new.items():
                if live.get(c) == v:
                    self.same += c in TRACKED[op.t]
                elif c in op.old and live.get(c) == op.old[c]:
                    live[c] = v
                    self.taken += c in TRACKED[op.t]
                elif c in BOOKKEEPING:  # both edits touched it: the larger, no conflict
                    live[c] = max(live.get(c), v, key=lambda x: (str(type(x)), x))
                else:
                    self.conflicts.add((cs_id, op.t, rid, c))


def found_conflicts(dev: Device) -> set[tuple[str, str, str, str]]:
    out = set()
    for export_id, t, rid, remote in rows(
            dev.engine, "SELECT export_id, record_type, record_id, remote_json FROM "
                        "transfer_conflicts WHERE source = 'team'"):
        doc = json.loads(remote)
        if t not in TRACKED:
            continue
        if doc["kind"] in ("delete", "gone"):
            out.add((export_id, t, rid, "*"))
        else:
            out |= {(export_id, t, rid, c) for c in doc["data"]}
    return out


class Play:
    """Random work on a team: edits made are counted here."""

    def __init__(self, team: list[Device], rnd: random.Random, log: MemoryLog) -> None:
        self.team, self.rnd, self.log = team, rnd, log
        self.made = 0
        self.step = 0

    def ids(self, dev: Device, table: str) -> list[str]:
        pk = "client_id" if table == "client_personal" else "id"
        return [r[0] for r in rows(dev.engine, f"SELECT {pk} FROM {table} ORDER BY rowid")]

    def act(self) -> None:
        self.step += 1
        dev = self.rnd.choice(self.team)
        roll = self.rnd.random()
        if roll < 0.55:
            self.edit(dev)
        elif roll < 0.65:
            clients = self.ids(dev, "clients")
            dev.side.cases.add_note(self.rnd.choice(clients), f"note {dev.name} {self.step}")
        elif roll < 0.70:
            dev.side.cases.create_client(PersonalInput(legal_name=f"Person {self.step}"))
        elif roll < 0.72:  # status history rows two devices number alike: appended
            with contextlib.suppress(NapError):  # a move it cannot make now: no change
                dev.side.referrals.transition(self.rnd.choice(self.ids(dev, "referrals")),
                                              self.rnd.choice(["sent", "withdrawn"]))
        elif roll < 0.77:
            notes = self.ids(dev, "notes")
            if notes:
                with dev.side.ctx.unit_of_work() as s:
                    s.delete(s.get(m.NoteRow, self.rnd.choice(notes)))
        else:
            self.sync(dev)

    def edit(self, dev: Device) -> None:
        table, model, fields = self.rnd.choice(EDITABLE)
        keys = self.ids(dev, table)
        if not keys:
            return
        key, name = self.rnd.choice(keys), self.rnd.choice(fields)
        with dev.side.ctx.unit_of_work() as s:
            setattr(s.get(model, key), name, f"{dev.name}-{self.step}")
        self.made += 1

    def sync(self, dev: Device) -> None:
        how = self.rnd.random()
        if how < 0.4:
            self.log.push(dev.name, dev.sync)
        elif how < 0.7:
            self.log.pull(dev.sync, limit=self.rnd.randint(1, 5))
        else:
            self.log.sync(dev.name, dev.sync)


@pytest.fixture
def team(tmp_path: Path) -> Iterator[list[Device]]:
    devices = plain_team(tmp_path, ["a", "b", "c"], Clock())
    yield devices
    for d in devices:
        d.side.close()


def start(team: list[Device], log: MemoryLog) -> Model:
    """A few shared cases everyone holds, then the model's starting rows."""
    a = team[0]
    now = a.side.ctx.now()
    with a.side.ctx.unit_of_work() as s:
        s.add(m.AgencyRow(id="00000000-0000-4000-8000-0000000000aa", name="HSI", kind="le_federal",
                          is_victim_service_provider=False, contacts="", is_self=False,
                          created_at=now, updated_at=now, revision=1))
    for n in range(4):
        client = a.side.cases.create_client(PersonalInput(legal_name=f"Shared {n}"))
        a.side.cases.add_note(client.id, f"shared note {n}")
        a.side.referrals.create(client_id=client.id, from_agency_id=a.side.me,
                                to_agency_id="00000000-0000-4000-8000-0000000000aa",
                                direction="vsp_to_le",
                                services=["legal"], urgency="routine")
    for dev in team:
        log.sync(dev.name, dev.sync)
    for dev in team:
        log.pull(dev.sync)
    model_rows: dict[tuple[str, str], dict[str, Any]] = {}
    with a.engine.connect() as conn:
        for table, _, _ in EDITABLE:  # whole rows: a delete compares every column
            pk = "client_id" if table == "client_personal" else "id"
            result = conn.exec_driver_sql(f"SELECT * FROM {table}")
            names = list(result.keys())
            for r in result:
                row = dict(zip(names, r, strict=True))
                model_rows[(table, canonical({pk: row[pk]}).decode())] = row
    model = Model(model_rows)
    return model


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_three_devices_converge_and_lose_nothing(team: list[Device], seed: int) -> None:
    log = MemoryLog()
    model = start(team, log)
    skip = len(log.entries)
    play = Play(team, random.Random(seed), log)
    for _ in range(300):
        play.act()
    for _ in range(2):  # everyone online at the end
        for dev in team:
            log.sync(dev.name, dev.sync)
    for dev in team:
        log.pull(dev.sync)
        assert dev.sync.outbox() == []
    dumps = {dev.dump() for dev in team}
    assert len(dumps) == 1
    for _, _, body in log.entries[skip:]:
        model.replay(ChangeSetPlain.from_bytes(body))
    found = [found_conflicts(dev) for dev in team]
    assert found[0] == found[1] == found[2] == model.conflicts
    contested = sum(1 for c in model.conflicts if c[3] in TRACKED[c[1]])
    gone = [op for _, _, body in log.entries[skip:] for op in ChangeSetPlain.from_bytes(body).ops
            if op.op == "u" and op.t in TRACKED
            and any(c[0] == ChangeSetPlain.from_bytes(body).id and c[3] == "*"
                    for c in model.conflicts)]
    lost_with_row = sum(len([c for c in op.new if c in TRACKED[op.t]]) for op in gone)
    assert play.made == model.taken + model.same + contested + lost_with_row
    assert model.conflicts, "the random walk made no conflict: it proves too little"
    statuses = rows(team[2].engine, "SELECT count(*), count(DISTINCT seq) FROM "
                                    "referral_status_changes")
    assert statuses[0][0] == statuses[0][1] > 4  # every device's history rows, none lost
    for (table, key), live in model.rows.items():
        pk = "client_id" if table == "client_personal" else "id"
        fields = TRACKED[table]
        stored = rows(team[1].engine, f"SELECT {', '.join(fields)} FROM {table} "
                                      f"WHERE {pk} = ?", (json.loads(key)[pk],))
        assert stored and dict(zip(fields, stored[0], strict=True)) == {
            f: live.get(f) for f in fields}
