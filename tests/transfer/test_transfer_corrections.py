"""Corrections travel: a void or correction made here reaches the partner on the next
export; a partner's package never voids, corrects or rewrites our entries or notes (a
validly signed package from a partner that altered its copy is refused whole); a package
without the new fields (made before corrections) still imports."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import update

from nap_desktop.domain.enums import AgencyKind
from nap_desktop.domain.errors import PermissionDenied
from nap_desktop.services.base import new_id
from nap_desktop.services.corrections import CorrectionService, EntryInput
from nap_desktop.services.restitution import RestitutionService
from nap_desktop.store import models as m
from nap_desktop.transfer import age
from nap_desktop.transfer import package as pkg
from nap_desktop.transfer.ownership import OursChanged
from tests.transfer.transfer_helpers import (
    Clock,
    Side,
    add_case,
    agencies,
    clock,
    manifest_of,
    open_plain,
    pair,
    reseal,
    to,
    vault_side,
)

__all__ = ["agencies", "clock"]  # fixtures

Make = Callable[..., Side]
DAY = date(2026, 11, 2)
SHARED = ["identity", "housing", "restitution", "notes"]


def _case(a: Side, b: Side) -> dict[str, str]:
    """A case at ``a`` shared with ``b``: a note, rent paid, $1,200 collected."""
    ids = add_case(a, to(a, b), categories=SHARED)
    restitution = RestitutionService(a.ctx)
    matter = restitution.open_matter(ids["client"], court="E.D. Tex.", docket_number="4:26-cr-1")
    matter = restitution.record_money(matter.id, kind="collected", amount_cents=120_000, on=DAY)
    place = a.housing.add_assistance(ids["placement"], kind="rent", amount_cents=80_000,
                                     paid_on=DAY)
    ids.update(matter=matter.id, money=matter.money[0].id, rent=place.ledger[0].id,
               note=a.cases.get_case(ids["client"]).notes[0].id)
    return ids


def _send(a: Side, b: Side, client_id: str = "") -> None:
    """Export from ``a`` to ``b``; with ``client_id``, ``b`` then records its own release
    back to ``a`` (its exports of the case are gated by its own consent)."""
    result = b.imports.import_package(a.exports.export(to(a, b)))
    assert result.applied
    if client_id:
        today = b.ctx.today()
        b.releases.create(client_id=client_id, recipient_agency_id=to(b, a),
                          categories=SHARED, purpose="Coordinate services",
                          expires_on=today + timedelta(days=180), signed_on=today)


def _check_void_reaches_the_partner(a: Side, b: Side) -> None:
    ids = _case(a, b)
    _send(a, b, ids["client"])
    fix = CorrectionService(a.ctx)
    fix.correct_money(ids["money"], EntryInput(kind="collected", amount_cents=125_000, on=DAY),
                      reason="Clerk's receipt: CANARY-REASON-1")
    fix.void_assistance(ids["rent"], reason="Paid twice CANARY-REASON-2")
    fix.correct_note(ids["note"], "Case note, corrected", reason="typo CANARY-REASON-3")
    data = a.exports.export(to(a, b))
    plain = age.decrypt(data, b.identities())
    assert b"CANARY-REASON" not in plain and b"Case note" in plain  # reasons stay home
    assert b.imports.import_package(data).applied
    case = b.cases.get_case(ids["client"])
    [matter], [place], [note] = case.restitution, case.placements, case.notes
    assert matter.totals.collected_cents == 125_000 and len(matter.money) == 2
    old = next(x for x in matter.money if x.id == ids["money"])
    assert old.void is not None and old.void.by_user_id is None and old.void.reason == ""
    assert next(x for x in matter.money if x.live).corrects_id == ids["money"]
    assert place.assistance_total_cents == 0 and place.ledger[0].void is not None
    assert note.body == "Case note, corrected" and note.origin_agency_id == to(b, a)
    # At the partner the entries and the note are ours: it cannot void them itself.
    with pytest.raises(PermissionDenied, match="recorded by Casa Esperanza"):
        CorrectionService(b.ctx).void_money(next(x.id for x in matter.money if x.live),
                                            reason="x")
    with pytest.raises(PermissionDenied, match="written at Casa Esperanza"):
        CorrectionService(b.ctx).void_note(ids["note"], reason="x")
    # The partner sends the case back as it holds it: nothing is refused or changed here.
    before = a.cases.get_case(ids["client"])
    a.imports.import_package(b.exports.export(to(b, a)))
    after = a.cases.get_case(ids["client"])
    assert after.restitution == before.restitution and after.placements == before.placements
    assert after.notes == before.notes


def test_a_void_and_a_correction_reach_the_partner_between_two_real_vaults(
        tmp_path: Path, clock: Clock, monkeypatch: pytest.MonkeyPatch) -> None:
    a = vault_side(tmp_path / "a", "Casa Esperanza", clock, monkeypatch)
    b = vault_side(tmp_path / "b", "Legal Aid Clinic", clock, monkeypatch)
    try:
        pair(a, b)
        _check_void_reaches_the_partner(a, b)
    finally:
        a.close()
        b.close()


@pytest.fixture
def ab(agencies: Make) -> tuple[Side, Side]:
    a = agencies("Casa Esperanza")
    b = agencies("Legal Aid Clinic")
    pair(a, b)
    return a, b


def test_a_stale_copy_from_the_partner_does_not_undo_our_void(ab: tuple[Side, Side]) -> None:
    a, b = ab
    ids = _case(a, b)
    _send(a, b, ids["client"])
    CorrectionService(a.ctx).void_money(ids["money"], reason="Entered on the wrong matter")
    CorrectionService(a.ctx).void_note(ids["note"], reason="Wrong case")
    b.housing.add_assistance(ids["placement"], kind="utilities", amount_cents=5_000,
                             paid_on=DAY)  # the partner's own entry on our placement
    a.imports.import_package(b.exports.export(to(b, a)))  # b never saw the voids
    case = a.cases.get_case(ids["client"])
    assert case.restitution[0].totals.collected_cents == 0
    assert case.notes[0].void is not None
    ledger = {x.kind.value: x for x in case.placements[0].ledger}
    assert ledger["utilities"].origin_agency_id == to(a, b) and ledger["rent"].live
    assert case.placements[0].assistance_total_cents == 85_000


def _forge_at(b: Side, statement: object) -> None:
    """The partner alters its own copy (a modified app): what it signs is then valid."""
    with b.ctx.unit_of_work() as s:
        s.execute(statement)  # type: ignore[call-overload]


@pytest.mark.parametrize("forge", [
    "void our money entry", "change our amount", "rewrite our note", "void our note",
    "correct our entry with its own"])
def test_a_partner_package_never_changes_our_entries_or_notes(
        ab: tuple[Side, Side], forge: str) -> None:
    a, b = ab
    ids = _case(a, b)
    _send(a, b, ids["client"])
    stamp = datetime(2026, 11, 23, 15, tzinfo=UTC)
    bump = update(m.RestitutionMatterRow).values(revision=m.RestitutionMatterRow.revision + 5)
    if forge == "void our money entry":
        _forge_at(b, update(m.MoneyEventRow).where(m.MoneyEventRow.id == ids["money"])
                  .values(voided_at=stamp))
    elif forge == "change our amount":
        _forge_at(b, update(m.MoneyEventRow).where(m.MoneyEventRow.id == ids["money"])
                  .values(amount_cents=1))
    elif forge == "rewrite our note":
        _forge_at(b, update(m.NoteRow).where(m.NoteRow.id == ids["note"])
                  .values(body="She withdrew her statement", revision=9))
    elif forge == "void our note":
        _forge_at(b, update(m.NoteRow).where(m.NoteRow.id == ids["note"])
                  .values(voided_at=stamp, revision=9))
    else:
        with b.ctx.unit_of_work() as s:
            s.add(m.MoneyEventRow(id=new_id(), matter_id=ids["matter"], kind="collected",
                                  amount_cents=1, on=DAY, corrects_id=ids["money"]))
    _forge_at(b, bump)
    before = a.counts()
    with pytest.raises(OursChanged, match="Only the agency that recorded"):
        a.imports.import_package(b.exports.export(to(b, a)))
    assert a.counts() == before
    case = a.cases.get_case(ids["client"])
    assert case.restitution[0].money[0].live and case.notes[0].live
    assert case.restitution[0].totals.collected_cents == 120_000


def test_a_forged_void_in_a_resigned_package_is_refused(ab: tuple[Side, Side]) -> None:
    """The same, forged in the package itself and signed with the partner's real key."""
    a, b = ab
    ids = _case(a, b)
    _send(a, b, ids["client"])
    container = open_plain(b.exports.export(to(b, a)), a)
    manifest = manifest_of(container)
    records = list(container.records)
    index = next(i for i, r in enumerate(records) if json.loads(r)["type"] == "restitution")
    record = json.loads(records[index])
    record["data"]["money"][0]["voided_at"] = "2026-11-23T15:00:00.000000Z"
    record["revision"] += 3
    records[index] = pkg.canonical(record)
    entry = manifest["records"][index]  # type: ignore[index]
    entry["sha256"], entry["revision"] = pkg.sha256_hex(records[index]), record["revision"]
    with pytest.raises(OursChanged):
        a.imports.import_package(reseal(manifest, records, signer=b, receiver=a))
    assert a.cases.get_case(ids["client"]).restitution[0].money[0].live


def test_a_package_without_the_correction_fields_still_imports(ab: tuple[Side, Side]) -> None:
    """Live entries and notes are carried exactly as before corrections: a package made by
    the previous version (no ``voided_at``, no ``corrects_id``) imports unchanged."""
    a, b = ab
    ids = _case(a, b)
    data = a.exports.export(to(a, b))
    plain = age.decrypt(data, b.identities())
    assert b"voided_at" not in plain and b"corrects_id" not in plain
    assert b.imports.import_package(data).applied
    case = b.cases.get_case(ids["client"])
    assert case.restitution[0].money[0].live and case.placements[0].ledger[0].live
    assert case.restitution[0].money[0].origin_agency_id == to(b, a)


def test_a_void_made_at_the_partner_on_its_own_entry_reaches_us(
        agencies: Make) -> None:
    a = agencies("Casa Esperanza")
    b = agencies("HSI Field Office", AgencyKind.LE_FEDERAL)
    pair(a, b)
    ids = _case(a, b)
    _send(a, b, ids["client"])
    place = b.housing.add_assistance(ids["placement"], kind="deposit", amount_cents=40_000,
                                     paid_on=DAY)
    theirs = next(x.id for x in place.ledger if x.kind.value == "deposit")
    a.imports.import_package(b.exports.export(to(b, a)))
    assert a.cases.get_case(ids["client"]).placements[0].assistance_total_cents == 120_000
    CorrectionService(b.ctx).void_assistance(theirs, reason="Refunded")
    a.imports.import_package(b.exports.export(to(b, a)))
    ledger = a.cases.get_case(ids["client"]).placements[0].ledger
    assert next(x for x in ledger if x.id == theirs).void is not None
    assert a.cases.get_case(ids["client"]).placements[0].assistance_total_cents == 80_000
