"""The demo generator's bulk path (store/bulk.py): every kind of record, stored exactly as
the ORM stores it, the indexes back after the load, and nothing left of a cancelled run."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import func, insert, select, text

from nap_desktop.services.demo import BULK_TABLES, DemoGenerator
from nap_desktop.services.demo_rows import OrderedIds
from nap_desktop.store import models as m
from nap_desktop.store.bulk import BulkLoad, insert_rows
from tests.services.conftest import Services, as_demo_vault

INDEXES = "SELECT name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name"


class Stop(Exception):
    pass


def test_a_small_demo_still_makes_every_kind_of_record(svc: Services) -> None:
    svc.act_as("admin")
    ws = as_demo_vault(svc)
    with svc.ctx.read() as s:
        before = s.execute(text(INDEXES)).all()
    result = DemoGenerator(ws.ctx, seed=5).run(400)
    with svc.ctx.read() as s:
        made = {t.name: s.scalar(select(func.count()).select_from(t)) or 0 for t in BULK_TABLES}
        search = s.scalar(text("SELECT count(*) FROM case_search")) or 0
        keys = s.scalar(text("SELECT count(DISTINCT client_id) FROM client_match_keys")) or 0
        after = s.execute(text(INDEXES)).all()
        ids = list(s.scalars(select(m.ReferralRow.id)))
        due = s.scalar(select(func.count()).select_from(m.ClientRow).where(
            m.ClientRow.next_due_on.is_not(None))) or 0
    assert result.referrals == made["referrals"] >= 400
    assert all(made.values()), made  # clients, releases, placements, steps, money, notes…
    assert search == keys == made["clients"] == result.clients
    assert due > 0  # derived after the load: restitution steps give next-due dates
    assert after == before  # every index dropped for the load is back, word for word
    assert len({i[:8] for i in ids}) == len(ids)  # the short form still tells them apart
    assert all(str(uuid.UUID(i)) == i for i in ids)


def test_a_cancelled_demo_leaves_no_rows_and_every_index(svc: Services) -> None:
    svc.act_as("admin")
    ws = as_demo_vault(svc)
    with svc.ctx.read() as s:
        before = s.execute(text(INDEXES)).all()
        clients = s.scalar(select(func.count()).select_from(m.ClientRow))

    def stop(made: int) -> None:
        if made >= 200:
            raise Stop()

    with pytest.raises(Stop):
        DemoGenerator(ws.ctx, seed=5).run(600, progress=stop, batch=100)
    with svc.ctx.read() as s:
        assert s.execute(text(INDEXES)).all() == before
        assert s.scalar(select(func.count()).select_from(m.ClientRow)) == clients


def test_bulk_rows_are_stored_as_the_orm_stores_them(svc: Services) -> None:
    """Timestamps, dates, booleans and defaults: a row through ``insert_rows`` reads back
    the same, as the same stored text, as one through ``insert()``."""
    when = datetime(2026, 3, 4, 5, 6, 7, tzinfo=UTC)  # no microseconds: still six digits
    agency = {"name": "X", "kind": "other", "created_at": when, "updated_at": when,
              "is_self": False}
    with svc.ctx.unit_of_work() as s:
        s.execute(insert(m.AgencyRow.__table__), [{**agency, "id": "orm"}])
        with BulkLoad(s, ["agencies"]):
            insert_rows(s, m.AgencyRow.__table__, [{**agency, "id": "bulk"}])
    with svc.ctx.read() as s:
        stored = {
            r[0]: r[1:]
            for r in s.execute(text(
                "SELECT id, created_at, is_self, is_victim_service_provider, contacts, "
                "revision FROM agencies WHERE id IN ('orm', 'bulk')"))
        }
    assert stored["bulk"] == stored["orm"] == ("2026-03-04T05:06:07.000000Z", 0, 0, "", 1)
    person = {"legal_name": "A", "date_of_birth": date(2001, 2, 3), "is_minor": True}
    svc.act_as("admin")
    DemoGenerator(as_demo_vault(svc).ctx, seed=5).run(1)
    with svc.ctx.read() as s:
        client = s.scalar(select(m.ClientRow.id).limit(1))
    assert client is not None
    with svc.ctx.unit_of_work() as s:
        s.execute(text("DELETE FROM client_personal WHERE client_id = :c"), {"c": client})
        insert_rows(s, m.ClientPersonalRow.__table__, [{**person, "client_id": client}])
    with svc.ctx.read() as s:
        row = s.execute(text("SELECT date_of_birth, is_minor, continued_presence "
                             "FROM client_personal WHERE client_id = :c"), {"c": client}).one()
    assert tuple(row) == ("2001-02-03", 1, "none")


def test_ordered_ids_grow_and_never_meet_another_runs() -> None:
    first, second = OrderedIds(), OrderedIds()
    a = [first() for _ in range(3)]
    b = [second() for _ in range(3)]
    assert a == sorted(a) and not set(a) & set(b)
    assert all(uuid.UUID(x).version == 8 for x in a + b)
