"""Property (issue #10, "Proof"): whatever a partner holding valid keys sends, through the
real importer (any records, any fields, any ``withheld``, any revisions, any releases),
our next export to ANY agency carries no category, no field and no record of ours (per
type, by id) it did not carry before, and no field we withhold from that sender changes
here. (A record the package brings in new is the sender's: it may go out.)

The vaults are built once; every example imports into a fresh copy of ours (an SQLite
backup), so an example costs one import and a few reads."""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from nap_desktop.domain import enums as en
from nap_desktop.domain.enums import AgencyKind, InfoCategory
from nap_desktop.domain.errors import NapError
from nap_desktop.reports.redaction import Audience
from nap_desktop.services.base import ServiceContext
from nap_desktop.transfer import package as pkg
from nap_desktop.transfer import records as rec
from nap_desktop.transfer import schema
from nap_desktop.transfer.consent_gate import GatedRecords, IdMap, gather
from tests.services.conftest import plain_engine
from tests.transfer.forge import Record, forge, new_referral, new_release
from tests.transfer.test_transfer_authority import make_case, to
from tests.transfer.transfer_helpers import Clock, Side, open_plain, pair, plain_side

ALL = sorted(c.value for c in InfoCategory)


@dataclass
class World:
    a: Side
    b: Side
    c: Side
    back: bytes  # B's routine package to A (already imported once)
    clients: list[str]
    releases: list[str]  # A's releases, the one to C among them
    folder: Path
    copies: int = 0

    def fresh_a(self) -> Side:
        """A copy of A's vault as it is now (the original is never written to)."""
        self.copies += 1
        path = self.folder / f"copy-{self.copies}.db"
        source = self.a.ctx.source.engine.raw_connection()
        target = sqlite3.connect(path)
        try:
            source.driver_connection.backup(target)  # type: ignore[union-attr]
        finally:
            target.close()
            source.close()
        engine = plain_engine(path)
        ctx = ServiceContext(source=SimpleNamespace(engine=engine),  # type: ignore[arg-type]
                             actor=self.a.ctx.actor, clock=self.a.ctx.clock)
        return Side(self.a.name, ctx, engine.dispose, partners=dict(self.a.partners))


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    folder = tmp_path_factory.mktemp("authority")
    clock = Clock()
    a = plain_side(folder / "a.db", "Casa Esperanza", clock)
    b = plain_side(folder / "b.db", "Harbor Legal Aid", clock, AgencyKind.LEGAL)
    c = plain_side(folder / "c.db", "County Task Force", clock, AgencyKind.TASK_FORCE)
    pair(a, b)
    pair(a, c)
    pair(b, c)
    x = make_case(a, b, ["housing"])
    y = make_case(a, b, ["identity", "housing", "safety"])
    today = a.ctx.today()
    to_c = a.releases.create(client_id=y["client"], recipient_agency_id=to(a, c),
                             categories=["contact"], purpose="Task force", expires_on=today
                             + timedelta(days=30), signed_on=today)
    a.referrals.create(client_id=y["client"], from_agency_id=a.me, to_agency_id=to(a, c),
                       direction="between_providers", services=["legal"])
    b.imports.import_package(a.exports.export(to(a, b)))
    for ids in (x, y):  # B shares everything back and moves the referral on
        b.releases.create(client_id=ids["client"], recipient_agency_id=to(b, a),
                          categories=ALL, purpose="Return", expires_on=today
                          + timedelta(days=90), signed_on=today)
        b.referrals.transition(ids["referral"], "received")
    back = b.exports.export(to(b, a))
    a.imports.import_package(back)
    b.referrals.transition(x["referral"], "accepted")
    back = b.exports.export(to(b, a))
    yield World(a, b, c, back, [x["client"], y["client"]],
                [x["release"], y["release"], to_c.id], folder)
    for side in (a, b, c):
        side.close()


# --- what our exports carry, and what we withhold from B ----------------------------------


def _gathered(a: Side, partner: str) -> GatedRecords:
    with a.ctx.read() as s:
        return gather(s, audience=Audience.for_partner(partner, "partner"),
                      referral_ids=None, ids=IdMap({}), today=a.ctx.today())


def records_out(a: Side, partner: str) -> frozenset[tuple[str, str]]:
    """(type, id) of the case records a package to ``partner`` would carry (agencies, the
    directory, aside)."""
    return frozenset((env["type"], env["id"]) for env in _gathered(a, partner).records
                     if env["type"] != "agency")


def held(a: Side) -> frozenset[tuple[str, str]]:
    """(type, id) of every case record in A's vault."""
    with a.ctx.read() as s:
        return frozenset((kind, rid) for kind in pkg.RECORD_TYPES if kind != "agency"
                         for rid, _ in rec.ids_in(s, rec.TABLE[kind], _all_ids(s, kind)))


def _all_ids(s: Any, kind: str) -> list[str]:
    t = rec.RAW[rec.TABLE[kind]]
    return [r[0] for r in s.execute(select(t.c.id))]


def exposure(a: Side, partner: str) -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    """Per client: the categories a package to ``partner`` would share, and the
    withholdable fields (``type.field``) its records would carry."""
    gated = _gathered(a, partner)
    out: dict[str, tuple[set[str], set[str]]] = {
        d.client_id: ({c.value for c in d.shared}, set()) for d in gated.clients}
    for env in gated.records:
        owner = env["id"] if env["type"] == "client" else env["data"].get("client_id")
        if owner in out:
            values = rec.field_values(env["type"], env["data"])
            out[owner][1].update(f"{env['type']}.{f}" for f in
                                 schema.WITHHOLDABLE.get(env["type"], ()) if f in values)
    return {k: (frozenset(v[0]), frozenset(v[1])) for k, v in out.items()}


def withheld_values(a: Side, b: str) -> dict[tuple[str, str, str], Any]:
    """Our value of every field that consent withholds from B."""
    shared = {k: {InfoCategory(c) for c in v[0]} for k, v in exposure(a, b).items()}
    out: dict[tuple[str, str, str], Any] = {}
    with a.ctx.read() as s:
        for kind in ("client", "referral", "placement"):
            column = "id" if kind == "client" else "client_id"
            for view in rec.fetch(s, kind, column, list(shared)):
                owner = view["id"] if kind == "client" else view["client_id"]
                hidden = frozenset(InfoCategory) - shared[owner]
                values = rec.field_values(kind, rec.record_data(kind, view, frozenset(), str))
                # (a reported field not collected is left out of the record)
                for f in schema.fields_of(kind, frozenset(hidden)):
                    out[(kind, view["id"], f)] = values.get(f)
    return out


# --- random packages --------------------------------------------------------------------

_TEXT = st.sampled_from(["", "ATTACKER-SET", "Call 555-0666", "x"])
_DAY = st.sampled_from([None, "2001-01-01", "2031-12-31"])
_RELIEF = st.sampled_from([r.value for r in en.ImmigrationRelief])
_VALUES: dict[str, st.SearchStrategy[Any]] = {
    "legal_name": _TEXT, "preferred_name": _TEXT, "date_of_birth": _DAY,
    "is_minor": st.booleans(), "contact_info": _TEXT, "safe_contact_instructions": _TEXT,
    "location": _TEXT, "languages": st.sampled_from([[], ["Klingon"]]),
    "interpreter_needed": st.booleans(), "continued_presence": _RELIEF,
    "continued_presence_expires": _DAY, "t_visa": _RELIEF, "hhs_letter": _RELIEF,
    "safety_notes": _TEXT, "provider": st.sampled_from(["ATTACKER HOUSE", "Safe House"]),
    "referring_person": _TEXT, "external_case_number": _TEXT,
    # issue #13's reported fields (demographics; citizenship also immigration)
    "gender": st.sampled_from([["woman"], ["man", "transgender"], ["refused"]]),
    "race_ethnicity": st.sampled_from([["asian"], ["doesnt_know"]]),
    "sex": st.sampled_from(["female", "male", "refused"]),
    "citizenship": st.sampled_from(["foreign_national", "us_citizen", "doesnt_know"]),
    "referral_source": st.sampled_from(["hotline", "law_enforcement", "refused"]),
}
_CATEGORIES = st.sets(st.sampled_from(ALL)).map(sorted)


@st.composite
def mutated(draw: st.DrawFn, record: Record, clients: list[str], agencies: list[str],
            releases: list[str]) -> Record:
    r: Record = json.loads(json.dumps(record))
    kind = r["type"]
    if kind == "agency":
        return r
    r["revision"] = draw(st.sampled_from([r["revision"], r["revision"] + 1,
                                          r["revision"] + 7]))
    r["base"] = draw(st.sampled_from([r["base"], None, rec.sync_hash(record)]))
    if "client_id" in r["data"] and draw(st.booleans()):
        r["data"]["client_id"] = draw(st.sampled_from(clients))
    if kind == "release":
        r["data"]["categories"] = draw(_CATEGORIES)
        r["data"]["status"] = draw(st.sampled_from(["active", "revoked", "draft"]))
        r["data"]["revoked_on"] = None
        r["data"]["recipient_agency_id"] = draw(st.sampled_from(agencies))
    if kind == "referral" and draw(st.booleans()):  # redirected, or citing another release
        r["data"]["to_agency_id"] = draw(st.sampled_from(agencies))
        r["data"]["from_agency_id"] = draw(st.sampled_from(agencies))
        r["data"]["release_id"] = draw(st.sampled_from([None, *releases]))
    if kind in schema.RECORD_FIELDS:
        withheld = draw(st.sets(st.sampled_from(sorted(schema.FIELD_CATEGORIES[kind]))))
        r["withheld"] = sorted(withheld)
        r.pop("left_out", None)
        holder = r["data"]["personal"] if kind == "client" else r["data"]
        absent = schema.fields_of(kind, frozenset(InfoCategory(c) for c in withheld))
        for name in schema.WITHHOLDABLE[kind]:
            if name in absent:
                holder.pop(name, None)
            else:
                holder[name] = draw(_VALUES[name])
    return r


@st.composite
def packages(draw: st.DrawFn, base: list[Record], clients: list[str], agencies: list[str],
             releases: list[str], today: Any) -> list[Record]:
    out = [draw(mutated(r, clients, agencies, releases)) for r in base]
    if draw(st.integers(0, 7)) == 0:  # now and then, a revision at the very limit
        out[draw(st.integers(0, len(out) - 1))]["revision"] = pkg.MAX_INT
    for _ in range(draw(st.integers(0, 2))):
        out.append(new_release(client_id=draw(st.sampled_from(clients)),
                               recipient=draw(st.sampled_from(agencies)), today=today,
                               categories=draw(_CATEGORIES)))
    for _ in range(draw(st.integers(0, 2))):  # a new referral citing any release
        cited = [*releases, *(r["id"] for r in out if r["type"] == "release")]
        out.append(new_referral(client_id=draw(st.sampled_from(clients)),
                                from_agency=draw(st.sampled_from(agencies)),
                                to_agency=draw(st.sampled_from(agencies)),
                                release_id=draw(st.sampled_from([None, *cited]))))
    return out


@settings(max_examples=30, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture,
                                 HealthCheck.too_slow, HealthCheck.data_too_large])
@given(data=st.data())
def test_no_package_widens_any_export_or_changes_a_withheld_field(world: World,
                                                                  data: st.DataObject) -> None:
    a = world.fresh_a()
    try:
        base = [json.loads(f) for f in open_plain(world.back, a).records]
        agencies = [world.a.me, world.b.me, world.c.me]
        records = data.draw(packages(base, world.clients, agencies, world.releases,
                                     a.ctx.today()))
        partners = [to(world.a, world.b), to(world.a, world.c)]
        before = {p: exposure(a, p) for p in partners}
        sent_before = {p: records_out(a, p) for p in partners}
        ours = held(a)
        hidden = withheld_values(a, partners[0])
        forged = forge(world.back, sender=world.b, receiver=a, edit=lambda _: records)
        counts = a.counts()
        try:
            a.imports.import_package(forged)
        except NapError:
            assert a.counts() == counts  # refused whole: nothing changed
        for conflict in a.imports.conflicts():  # and a person keeps theirs wherever allowed
            with contextlib.suppress(NapError):  # refused: ours stays
                a.imports.resolve_conflict(conflict.id, "remote")
        for p in partners:
            after = exposure(a, p)
            for client, (categories, fields) in after.items():
                was_categories, was_fields = before[p].get(client, (frozenset(), frozenset()))
                assert categories <= was_categories, (p, client)
                assert fields <= was_fields, (p, client)
            more = records_out(a, p) - sent_before[p]
            assert not more & ours, (p, sorted(more & ours))  # only what came in new
        after = withheld_values(a, partners[0])  # (and those of new records)
        assert {k: after[k] for k in hidden} == hidden
    finally:
        a.close()
