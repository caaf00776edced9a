"""A partner's package takes only its own side's status steps, and adds no agency to our
directory (docs/transfer-format.md §12 rules 10 and 11). Hostile packages are forged by a
partner holding valid, pinned keys: re-signed and re-sealed with its own key."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import func, select

from nap_desktop.services.base import new_id
from nap_desktop.store import models as m
from nap_desktop.transfer.authority import StatusNotTheirs
from nap_desktop.transfer.importer import Action
from tests.transfer.forge import Record, edited, forge, new_referral
from tests.transfer.transfer_helpers import Side, add_case, agencies, clock, pair, to

__all__ = ["agencies", "clock"]  # fixtures

Make = Callable[..., Side]


@pytest.fixture
def sent(agencies: Make) -> tuple[Side, Side, dict[str, str]]:
    """Casa (a) sent a referral to the shelter (b), marked sent; b imported it."""
    a, b = agencies("Casa Esperanza"), agencies("Safe Harbor Shelter")
    pair(a, b)
    ids = add_case(a, to(a, b), categories=["identity"])
    a.referrals.transition(ids["referral"], "sent")
    assert b.imports.import_package(a.exports.export_detailed(to(a, b)).data).applied
    return a, b, ids


def status_at(side: Side, referral_id: str) -> str:
    with side.ctx.read() as s:
        return s.get_one(m.ReferralRow, referral_id).status


def agency_names(side: Side) -> list[str]:
    with side.ctx.read() as s:
        return sorted(s.scalars(select(m.AgencyRow.name)))


def with_status(referral_id: str, status: str) -> Callable[[list[Record]], list[Record]]:
    def edit(records: list[Record]) -> list[Record]:
        return [edited(r, status=status) if r["id"] == referral_id else r for r in records]
    return edit


def item(result: object, record_id: str) -> object:
    return next(i for i in result.plan.items if i.record_id == record_id)  # type: ignore[attr-defined]


def test_the_receivers_own_steps_arrive_several_at_once(sent: tuple[Side, Side, dict]) -> None:
    a, b, ids = sent
    for step in ("received", "accepted", "in_progress"):
        b.referrals.transition(ids["referral"], step)
    result = a.imports.import_package(b.exports.export_detailed(to(b, a)).data)
    assert result.applied and item(result, ids["referral"]).action is Action.UPDATED
    assert status_at(a, ids["referral"]) == "in_progress"


def test_a_receiving_partner_cannot_withdraw_our_referral(sent: tuple[Side, Side, dict]) -> None:
    a, b, ids = sent
    b.referrals.transition(ids["referral"], "received")  # an honest step, then a forged one
    honest = b.exports.export_detailed(to(b, a)).data
    forged = forge(honest, sender=b, receiver=a, edit=with_status(ids["referral"], "withdrawn"))
    result = a.imports.import_package(forged)
    refused = item(result, ids["referral"])
    assert (refused.action, refused.reason) == (Action.REFUSED, "status")  # type: ignore[attr-defined]
    assert status_at(a, ids["referral"]) == "sent"


def test_a_sending_partner_cannot_accept_or_complete_for_us(
    sent: tuple[Side, Side, dict]
) -> None:
    a, b, ids = sent
    honest = a.exports.export_detailed(to(a, b)).data
    for status in ("accepted", "completed", "draft"):  # theirs to do, ours, or a step back
        forged = forge(honest, sender=a, receiver=b, edit=with_status(ids["referral"], status))
        result = b.imports.import_package(forged)
        assert item(result, ids["referral"]).action is Action.REFUSED, status  # type: ignore[attr-defined]
        assert status_at(b, ids["referral"]) == "sent"
    # what the sender may do still arrives
    forged = forge(honest, sender=a, receiver=b, edit=with_status(ids["referral"], "expired"))
    assert b.imports.import_package(forged).applied
    assert status_at(b, ids["referral"]) == "expired"


def test_a_new_referral_from_the_sender_cannot_arrive_accepted(
    sent: tuple[Side, Side, dict]
) -> None:
    a, b, ids = sent
    honest = a.exports.export_detailed(to(a, b)).data

    def add(status: str) -> Callable[[list[Record]], list[Record]]:
        def edit(records: list[Record]) -> list[Record]:
            ref = new_referral(client_id=ids["client"], from_agency=a.me, to_agency=b.me,
                               release_id=None)
            ref["data"]["status"] = status
            return [*records, ref]
        return edit

    before = b.counts()["referrals"]
    result = b.imports.import_package(forge(honest, sender=a, receiver=b, edit=add("accepted")))
    [new] = [i for i in result.plan.items if i.record_type == "referral"
             and i.record_id != ids["referral"]]
    assert (new.action, new.reason) == (Action.REFUSED, "status")
    assert b.counts()["referrals"] == before
    b.imports.import_package(forge(honest, sender=a, receiver=b, edit=add("sent")))
    assert b.counts()["referrals"] == before + 1


def test_importing_adds_no_phantom_agency(agencies: Make) -> None:
    a, b = agencies("Casa Esperanza"), agencies("Safe Harbor Shelter")
    pair(a, b)
    ids = add_case(a, to(a, b), categories=["identity"])
    names = agency_names(b)
    honest = a.exports.export_detailed(to(a, b)).data
    assert b.imports.import_package(honest).applied
    assert agency_names(b) == names  # the sender is the partner we pinned, nobody new

    def phantom(records: list[Record]) -> list[Record]:
        entry = next(r for r in records if r["type"] == "agency")
        fake = {**entry, "id": new_id(), "data": {**entry["data"], "name": "Casa Esperanza"}}
        return [*records, fake]

    forged = forge(honest, sender=a, receiver=b, edit=phantom)
    result = b.imports.import_package(forged)
    [refused] = [i for i in result.plan.items if i.record_type == "agency"
                 and i.action is Action.REFUSED]
    assert refused.reason == "unknown_agency"
    assert agency_names(b) == names
    with b.ctx.read() as s:
        assert s.scalar(select(func.count()).select_from(m.AgencyRow)
                        .where(m.AgencyRow.name == "Casa Esperanza")) == 1
    assert b.cases.get_case(ids["client"]).client.id == ids["client"]


def test_keep_theirs_cannot_undo_our_withdrawal(sent: tuple[Side, Side, dict]) -> None:
    a, b, ids = sent
    b.referrals.transition(ids["referral"], "received")
    a.referrals.transition(ids["referral"], "withdrawn", reason="other", reason_text="moved")
    result = a.imports.import_package(b.exports.export_detailed(to(b, a)).data)
    assert item(result, ids["referral"]).action is Action.CONFLICT  # theirs only lags  # type: ignore[attr-defined]
    [conflict] = a.imports.conflicts()
    with pytest.raises(StatusNotTheirs, match="Nothing was changed"):
        a.imports.resolve_conflict(conflict.id, "remote")
    assert status_at(a, ids["referral"]) == "withdrawn"
    a.imports.resolve_conflict(conflict.id, "local")
    assert a.imports.conflicts() == []


def test_a_partner_pinned_onto_an_existing_entry_gets_no_phantom_of_itself(
    agencies: Make,
) -> None:
    """The sender knows the receiver by another directory id (its card was pinned onto an
    entry made before): the package names the receiver by its own id, which it knows."""
    a, b = agencies("Casa Esperanza"), agencies("Safe Harbor Shelter")
    entry = a.agencies.add_partner(name="Safe Harbor Shelter", kind="housing")
    card = b.identity.identity_card()
    a.partners[b.name] = a.identity.pin_partner(card.card, card.fingerprint,
                                                local_agency_id=entry.id)
    mine = a.identity.identity_card()
    b.partners[a.name] = b.identity.pin_partner(mine.card, mine.fingerprint)
    assert to(a, b) == entry.id != b.me
    add_case(a, to(a, b), categories=["identity"])
    names = agency_names(b)
    result = b.imports.import_package(a.exports.export_detailed(to(a, b)).data)
    assert result.applied
    assert {i.action for i in result.plan.items if i.record_type == "agency"} == {
        Action.UNCHANGED}
    assert agency_names(b) == names
