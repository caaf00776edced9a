"""Convergence of three desktops on the real PostgreSQL fixture: seeded random concurrent
edits (the same clients edited on several desktops, notes, new cases), offline periods and
syncs in random orders. In the end every desktop's canonical dump is identical, every
note and case made is found exactly once, and every edit nobody had seen before writing
over it is still there: the live value or one side of a team conflict."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from sqlalchemy import text

from nap_desktop.domain.enums import Role
from nap_desktop.services.cases import PersonalInput
from tests.sync.pg import PgDatabase
from tests.sync.team_helpers import Desk, add_user, fast_kdf, found_team, join

STEPS = 240
SEED = 20261207


@dataclass
class Model:
    """What the test knows: each desktop's view of the edits, what the server holds."""

    server: list[tuple[str, str]] = field(default_factory=list)  # (client, value) pushed
    local: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  # not pushed
    known: dict[str, set[str]] = field(default_factory=dict)  # values a desk has seen
    superseded: set[str] = field(default_factory=set)
    notes: list[str] = field(default_factory=list)
    clients: list[str] = field(default_factory=list)


def _edit(desk: Desk, name: str, client_id: str, legal: str, value: str, m: Model) -> None:
    desk.open().cases.update_client(client_id, PersonalInput(legal_name=legal,
                                                             preferred_name=value))
    seen = {v for (c, v) in m.server if c == client_id and v in m.known[name]}
    seen |= {v for (c, v) in m.local[name] if c == client_id}
    m.superseded |= seen
    m.local[name].append((client_id, value))
    m.known[name].add(value)


def _sync(desk: Desk, name: str, m: Model) -> None:
    desk.sync()
    m.server += m.local[name]
    m.local[name] = []
    m.known[name] |= {v for (_c, v) in m.server}


def _team_texts(desk: Desk) -> tuple[dict[str, str], str]:
    with desk.open().ctx.read() as s:
        live = {r[0]: r[1] for r in s.execute(text(
            "SELECT client_id, preferred_name FROM client_personal"))}
        conflicts = " ".join(str(r[0]) + str(r[1]) + str(r[2]) for r in s.execute(text(
            "SELECT local_json, remote_json, base_json FROM transfer_conflicts "
            "WHERE source = 'team'")))
    return live, conflicts


def test_three_desktops_converge_and_lose_nothing(
        tmp_path: Path, pg: PgDatabase, monkeypatch: pytest.MonkeyPatch) -> None:
    fast_kdf(monkeypatch)
    rng = random.Random(SEED)
    a = found_team(tmp_path, pg.dsn)
    add_user(a, "cw")
    add_user(a, "sv", Role.SUPERVISOR)
    a.sync()
    desks = {"a": a, "b": join(a, tmp_path / "b", pg.dsn, "cw"),
             "c": join(a, tmp_path / "c", pg.dsn, "sv")}
    m = Model(local={n: [] for n in desks}, known={n: set() for n in desks})
    legal = {}
    for i in range(5):
        client = a.open().cases.create_client(PersonalInput(legal_name=f"Shared Client {i}"))
        legal[client.id] = f"Shared Client {i}"
    for name, desk in desks.items():
        _sync(desk, name, m)
    shared = list(legal)
    offline: set[str] = set()
    edits = 0
    for step in range(STEPS):
        name = rng.choice(sorted(desks))
        desk = desks[name]
        roll = rng.random()
        if roll < 0.40:
            client_id = rng.choice(shared)
            _edit(desk, name, client_id, legal[client_id], f"pn-{step}", m)
            edits += 1
        elif roll < 0.65:
            note = f"note-{step}"
            desk.open().cases.add_note(rng.choice(shared), note)
            m.notes.append(note)
        elif roll < 0.72:
            who = f"New Client {step}"
            desk.open().cases.create_client(PersonalInput(legal_name=who))
            m.clients.append(who)
        elif roll < 0.80:
            offline ^= {name}  # goes offline, or comes back
        elif name not in offline:
            _sync(desk, name, m)
    for _round in range(2):
        for name in rng.sample(sorted(desks), k=3):
            _sync(desks[name], name, m)

    dumps = {name: desk.dump() for name, desk in desks.items()}
    assert dumps["a"] == dumps["b"] == dumps["c"]
    for desk in desks.values():
        with desk.open().ctx.read() as s:
            bodies = [r[0] for r in s.execute(text("SELECT body FROM notes"))]
            names = [r[0] for r in s.execute(text("SELECT legal_name FROM client_personal"))]
        assert sorted(b for b in bodies if b.startswith("note-")) == sorted(m.notes)
        assert sorted(n for n in names if n.startswith("New Client")) == sorted(m.clients)
        live, conflicts = _team_texts(desk)
        unseen = {v for (_c, v) in m.server} - m.superseded
        missing = [v for v in unseen if v not in live.values() and v not in conflicts]
        assert missing == []
        # Concurrent edits of one field happened, and left conflicts with both versions.
        assert [v for v in unseen if v not in live.values()] and conflicts
    assert edits > 50 and len(m.notes) > 30
    for desk in desks.values():
        desk.close()
