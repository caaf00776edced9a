"""Agencies for the transfer tests: real encrypted vaults (Workspace.create with a lowered
KDF floor) or, for the many fast cases, plain SQLite files run through the same services.
Also helpers to open, edit, re-sign and re-seal packages the way an attacker would."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session as OrmSession

import nap_desktop.store.transfer_models as tm
from nap_desktop.domain.enums import AgencyKind, Role
from nap_desktop.services.agencies import AgencyService
from nap_desktop.services.base import Actor, ServiceContext, new_id
from nap_desktop.services.cases import CaseService, PersonalInput
from nap_desktop.services.housing import HousingService, PlacementInput
from nap_desktop.services.referrals import ReferralService
from nap_desktop.services.releases import ReleaseService
from nap_desktop.services.transfer.exports import ExportService
from nap_desktop.services.transfer.identity import IdentityService, PartnerInfo
from nap_desktop.services.transfer.imports import ImportService
from nap_desktop.store import mapping, migrations
from nap_desktop.store import models as m
from nap_desktop.transfer import age, identity
from nap_desktop.transfer import package as pkg
from tests.services.conftest import plain_engine

PASSPHRASE = "correct horse battery staple transfer"
COUNTED = (m.AgencyRow, m.ClientRow, m.ClientPersonalRow, m.ReleaseRow, m.ReferralRow,
           m.StatusChangeRow, m.PlacementRow, m.AssistanceRow, m.NoteRow, m.AuditRow,
           tm.SyncStateRow, tm.ConflictRow, tm.ImportedPackageRow, tm.PartnerCardRow)


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 23, 15, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kw: float) -> None:
        self.now += timedelta(**kw)


@dataclass
class Side:
    """One agency: its services and transfer services, acting as its administrator."""

    name: str
    ctx: ServiceContext
    close: Callable[[], None]
    me: str = ""
    partners: dict[str, PartnerInfo] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.identity = IdentityService(self.ctx)
        self.exports = ExportService(self.ctx)
        self.imports = ImportService(self.ctx)
        self.cases = CaseService(self.ctx)
        self.referrals = ReferralService(self.ctx)
        self.releases = ReleaseService(self.ctx)
        self.housing = HousingService(self.ctx)
        self.agencies = AgencyService(self.ctx)
        assert self.ctx.actor.agency is not None
        self.me = self.ctx.actor.agency.id

    def counts(self) -> dict[str, int]:
        with self.ctx.read() as s:
            return {model.__tablename__: s.scalar(select(func.count()).select_from(model)) or 0
                    for model in COUNTED}

    def session(self) -> OrmSession:
        return OrmSession(self.ctx.source.engine)

    def identities(self) -> list[str]:
        with self.ctx.read() as s:
            rows = s.scalars(select(tm.AgencyKeyRow)).all()
            return [r.pq_identity for r in rows] + [r.x25519_identity for r in rows]

    def current_keys(self) -> tm.AgencyKeyRow:
        with self.ctx.read() as s:
            return s.scalars(select(tm.AgencyKeyRow).where(tm.AgencyKeyRow.retired_at.is_(None))
                             ).one()

    def act_as_role(self, role: Role) -> None:
        """Act as a new user of that role (for permission checks)."""
        with self.ctx.unit_of_work() as s:
            row = m.UserRow(id=new_id(), name=f"{role.value}-{new_id()[:6]}",
                            display_name=role.value.title(), role=role.value, active=True,
                            created_at=self.ctx.now())
            s.add(row)
            s.flush()
            self.ctx.actor = Actor(user=mapping.user(row), agency=self.ctx.actor.agency)


def plain_side(path: Path, name: str, clock: Clock,
               kind: AgencyKind = AgencyKind.VICTIM_SERVICE_PROVIDER) -> Side:
    engine = plain_engine(path)

    class Source:
        pass

    source = Source()
    source.engine = engine  # type: ignore[attr-defined]
    migrations.upgrade(engine)
    ctx = ServiceContext(source=source, actor=Actor(user=None), clock=clock)  # type: ignore[arg-type]
    now = clock()
    with ctx.unit_of_work() as s:
        me = m.AgencyRow(id=new_id(), name=name, kind=kind.value,
                         is_victim_service_provider=kind is AgencyKind.VICTIM_SERVICE_PROVIDER,
                         contacts="", is_self=True, created_at=now, updated_at=now, revision=1)
        admin = m.UserRow(id=new_id(), name="admin", display_name="Admin", role="admin",
                          active=True, created_at=now)
        s.add_all([me, admin])
        s.flush()
        ctx.actor = Actor(user=mapping.user(admin), agency=mapping.agency(me))
    return Side(name, ctx, engine.dispose)


def vault_side(path: Path, name: str, clock: Clock, monkeypatch: pytest.MonkeyPatch,
               kind: AgencyKind = AgencyKind.VICTIM_SERVICE_PROVIDER) -> Side:
    """A real encrypted vault (SQLCipher, key slots) with a test-only fast KDF."""
    from nap_desktop.services.workspace import Workspace
    from nap_desktop.store import kdf

    fast = kdf.KdfParams(memory_kib=8, iterations=1, lanes=1)
    monkeypatch.setattr(kdf, "MIN_KDF", fast)
    ws, _recovery = Workspace.create(path, agency_name=name, agency_kind=kind,
                                     admin_name="admin", admin_display_name="Admin",
                                     passphrase=PASSPHRASE, kdf=fast, clock=clock)
    return Side(name, ws.ctx, ws.close)


def pair(a: Side, b: Side) -> None:
    """Exchange identity cards and pin each with the fingerprint read over the phone."""
    card_a, card_b = a.identity.identity_card(), b.identity.identity_card()
    a.partners[b.name] = a.identity.pin_partner(card_b.card, card_b.fingerprint)
    b.partners[a.name] = b.identity.pin_partner(card_a.card, card_a.fingerprint)


def to(side: Side, other: Side) -> str:
    """The local id of ``other``'s agency in ``side``'s directory."""
    return side.partners[other.name].agency_id


def add_case(side: Side, partner: str, *, categories: list[str], canary: str = "",
             housing: bool = True) -> dict[str, str]:
    """A client with personal details, a release to ``partner`` covering ``categories``,
    a referral to ``partner``, a note and (optionally) a placement. Returns their ids."""
    today = side.ctx.today()
    client = side.cases.create_client(PersonalInput(
        legal_name=f"Ana Ruiz {canary}".strip(), location=f"12 Hidden Lane {canary}".strip(),
        contact_info=f"555-0100 {canary}".strip(), languages=["Spanish"],
        interpreter_needed=True))
    release = side.releases.create(client_id=client.id, recipient_agency_id=partner,
                                   categories=categories, purpose="Coordinate services",
                                   expires_on=today + timedelta(days=180), signed_on=today)
    referral = side.referrals.create(client_id=client.id, from_agency_id=side.me,
                                     to_agency_id=partner, direction="vsp_to_le",
                                     services=["legal", "housing"],
                                     safety_notes=f"Trafficker nearby {canary}".strip(),
                                     release_id=release.id)
    side.cases.add_note(client.id, f"Case note {canary}".strip())
    ids = {"client": client.id, "release": release.id, "referral": referral.id}
    if housing:
        placement = side.housing.add_placement(client.id, PlacementInput(
            program_type="emergency_shelter", provider="Safe House", safety_notes="gate code"))
        ids["placement"] = placement.id
    return ids


def urgent(side: Side | Any, ids: dict[str, str]) -> None:
    """An edit of the referral's details only (its urgency), as either agency may make."""
    ref = next(r for r in side.cases.get_case(ids["client"]).referrals if r.id == ids["referral"])
    side.referrals.update(ref.id, services=ref.services, urgency="emergency",
                          referring_person=ref.referring_person,
                          external_case_number=ref.external_case_number,
                          safety_notes=ref.safety_notes, release_id=ref.release_id)


# --- attacker's tools --------------------------------------------------------------


def open_plain(data: bytes, receiver: Side) -> pkg.Container:
    return pkg.parse_container(age.decrypt(data, receiver.identities()))


def reseal(manifest: dict[str, Any] | bytes, records: list[bytes], *, signer: Side,
           receiver: Side, version: int | None = None,
           contents: list[bytes] | None = None) -> bytes:
    """Sign ``manifest`` with ``signer``'s real key and encrypt it to ``receiver``
    (``contents``: document contents, a version 2 container; ``version`` forces the
    header's version)."""
    raw = manifest if isinstance(manifest, bytes) else pkg.canonical(manifest)
    key = identity.signing_key(signer.current_keys())
    container = pkg.build_container(raw, key.sign(pkg.signature_input(raw)), records, contents)
    if version is not None:
        container = container[:4] + version.to_bytes(2, "big") + container[6:]
    recipient = age.to_recipient(receiver.current_keys().pq_identity)
    return age.encrypt(container, [recipient])


def manifest_of(container: pkg.Container) -> dict[str, Any]:
    return dict(pkg.parse_manifest(container.manifest))


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def agencies(tmp_path: Path, clock: Clock) -> Iterator[Callable[..., Side]]:
    made: list[Side] = []

    def make(name: str, kind: AgencyKind = AgencyKind.VICTIM_SERVICE_PROVIDER) -> Side:
        side = plain_side(tmp_path / f"{len(made)}.db", name, clock, kind)
        made.append(side)
        return side

    yield make
    for side in made:
        side.close()
