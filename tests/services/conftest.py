"""Services over a plain, unencrypted SQLite file: fast tests of the use-case rules.
(The encrypted vault is exercised end to end in tests/store and tests/cli.)"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, event

from nap_desktop.domain.enums import AgencyKind, Role
from nap_desktop.services.agencies import AgencyService
from nap_desktop.services.base import Actor, ServiceContext, new_id
from nap_desktop.services.cases import CaseService
from nap_desktop.services.demo import DEMO_VAULT_KEY
from nap_desktop.services.housing import HousingService
from nap_desktop.services.queries import QueryService
from nap_desktop.services.referrals import ReferralService
from nap_desktop.services.releases import ReleaseService
from nap_desktop.services.restitution import RestitutionService
from nap_desktop.store import mapping, migrations
from nap_desktop.store import models as m


class FakeClock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 23, 15, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kw: float) -> None:
        self.now += timedelta(**kw)


@dataclass
class Services:
    ctx: ServiceContext
    clock: FakeClock
    cases: CaseService
    referrals: ReferralService
    releases: ReleaseService
    housing: HousingService
    restitution: RestitutionService
    agencies: AgencyService
    queries: QueryService
    self_id: str
    partner_id: str
    other_partner_id: str
    users: dict[str, str]

    def act_as(self, name: str) -> None:
        with self.ctx.read() as s:
            row = s.get(m.UserRow, self.users[name])
            assert row is not None
            self.ctx.actor = Actor(user=mapping.user(row), agency=self.ctx.actor.agency)


def as_demo_vault(svc: Services) -> Services:
    """Record that this test vault is a demo vault, as ``Workspace.create(demo=True)`` does
    at creation: demo data fills no other kind."""
    with svc.ctx.unit_of_work() as s:
        s.add(m.Setting(key=DEMO_VAULT_KEY, value="1"))
    return svc


def plain_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}")

    @event.listens_for(engine, "connect")
    def _connect(dbapi: object, _rec: object) -> None:
        dbapi.isolation_level = None  # type: ignore[attr-defined]

    @event.listens_for(engine, "begin")
    def _begin(conn: object) -> None:
        conn.exec_driver_sql("BEGIN")  # type: ignore[attr-defined]

    return engine


@pytest.fixture
def svc(tmp_path: Path) -> Iterator[Services]:
    engine = plain_engine(tmp_path / "plain.db")

    class Source:
        pass

    source = Source()
    source.engine = engine  # type: ignore[attr-defined]
    migrations.upgrade(engine)
    clock = FakeClock()
    ctx = ServiceContext(source=source, actor=Actor(user=None), clock=clock)  # type: ignore[arg-type]
    now = clock()
    users = {}
    with ctx.unit_of_work() as s:
        me = m.AgencyRow(
            id=new_id(),
            name="Casa Demo",
            kind="victim_service_provider",
            is_victim_service_provider=True,
            contacts="",
            is_self=True,
            created_at=now,
            updated_at=now,
            revision=1,
        )
        partner = m.AgencyRow(
            id=new_id(),
            name="HSI Demo",
            kind=AgencyKind.LE_FEDERAL.value,
            is_victim_service_provider=False,
            contacts="",
            is_self=False,
            created_at=now,
            updated_at=now,
            revision=1,
        )
        other = m.AgencyRow(
            id=new_id(),
            name="Legal Aid Demo",
            kind=AgencyKind.LEGAL.value,
            is_victim_service_provider=False,
            contacts="",
            is_self=False,
            created_at=now,
            updated_at=now,
            revision=1,
        )
        s.add_all([me, partner, other])
        for name, role in (
            ("ana", Role.CASEWORKER),
            ("sofia", Role.SUPERVISOR),
            ("admin", Role.ADMIN),
        ):
            row = m.UserRow(
                id=new_id(),
                name=name,
                display_name=name.title(),
                role=role.value,
                active=True,
                created_at=now,
            )
            s.add(row)
            users[name] = row.id
        s.flush()
        agency = mapping.agency(me)
    ctx.actor = Actor(user=None, agency=agency)
    services = Services(
        ctx=ctx,
        clock=clock,
        cases=CaseService(ctx),
        referrals=ReferralService(ctx),
        releases=ReleaseService(ctx),
        housing=HousingService(ctx),
        restitution=RestitutionService(ctx),
        agencies=AgencyService(ctx),
        queries=QueryService(ctx),
        self_id=me.id,
        partner_id=partner.id,
        other_partner_id=other.id,
        users=users,
    )
    services.act_as("ana")
    yield services
    engine.dispose()
