"""``ReferralService.create``, the one path to a new referral on an existing case: the
partner is another agency and one end is ours; the release it cites is this client's,
made out to that partner (whichever way the referral goes), and active; the referral it
follows from is of the same case; the reason is a note on it; all in one audited
transaction, or nothing at all."""

from __future__ import annotations

import itertools
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from nap_desktop.domain.enums import ReferralDirection, ReferralStatus, ServiceType
from nap_desktop.domain.errors import ConsentRequired, NotFound, ValidationError
from nap_desktop.services.cases import PersonalInput
from nap_desktop.store import models as m
from tests.services.conftest import Services


def client(svc: Services, name: str = "Ana") -> str:
    return svc.cases.create_client(PersonalInput(legal_name=name)).id


def release(svc: Services, client_id: str, to: str, days: int = 30) -> str:
    today = svc.ctx.today()
    return svc.releases.create(client_id=client_id, recipient_agency_id=to,
                               categories=["identity"], purpose="Coordinate",
                               expires_on=today + timedelta(days=days), signed_on=today).id


def count(svc: Services, model: type) -> int:
    with svc.ctx.read() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def received(svc: Services, client_id: str) -> str:
    """HSI refers the survivor to us."""
    return svc.referrals.create(client_id=client_id, from_agency_id=svc.partner_id,
                                to_agency_id=svc.self_id, direction=None,
                                services=[ServiceType.HOUSING]).id


def test_received_then_sent_on_with_its_chain_reason_and_audit(svc: Services) -> None:
    cid = client(svc)
    first = received(svc, cid)
    to_legal = release(svc, cid, svc.other_partner_id)
    svc.clock.advance(days=2)
    before = count(svc, m.AuditRow)
    onward = svc.referrals.create(
        client_id=cid, from_agency_id=svc.self_id, to_agency_id=svc.other_partner_id,
        direction=None, services=[ServiceType.LEGAL], release_id=to_legal, follows_id=first,
        reason="Needs counsel before the hearing")
    assert onward.follows_id == first and onward.status is ReferralStatus.DRAFT
    assert onward.direction is ReferralDirection.BETWEEN_PROVIDERS  # a VSP to legal aid
    case = svc.cases.get_case(cid)
    assert [r.id for r in case.referrals] == [first, onward.id]
    assert case.referrals[0].status is ReferralStatus.RECEIVED
    assert case.referrals[0].direction is ReferralDirection.LE_TO_VSP  # HSI to us
    [note] = [n for n in case.notes if n.referral_id == onward.id]
    assert note.body == "Needs counsel before the hearing"
    with svc.ctx.read() as s:
        events = s.scalars(select(m.AuditRow).where(m.AuditRow.seq > 0)
                           .order_by(m.AuditRow.seq)).all()[before:]
    assert [e.action for e in events] == ["referral.create", "note.add"]
    assert f"follows referral {first}" in events[0].detail
    assert "counsel" not in " ".join(e.detail for e in events)  # never the reason itself


def test_a_received_referral_cites_a_release_to_the_partner_who_sent_it(
    svc: Services,
) -> None:
    """The release a referral relies on is made out to its partner, whichever way it
    goes: one received from HSI cites our release to HSI (before: to ourselves, which no
    release ever is, so none could be cited)."""
    cid = client(svc)
    to_hsi = release(svc, cid, svc.partner_id)
    ref = svc.referrals.create(client_id=cid, from_agency_id=svc.partner_id,
                               to_agency_id=svc.self_id, direction=None,
                               services=[ServiceType.HOUSING], release_id=to_hsi)
    assert ref.release_id == to_hsi


@pytest.mark.parametrize("case", ["ourselves", "two partners", "same partner twice"])
def test_one_end_is_us_and_the_other_a_partner(svc: Services, case: str) -> None:
    cid = client(svc)
    ends = {"ourselves": (svc.self_id, svc.self_id),
            "two partners": (svc.partner_id, svc.other_partner_id),
            "same partner twice": (svc.partner_id, svc.partner_id)}[case]
    with pytest.raises(ValidationError) as info:
        svc.referrals.create(client_id=cid, from_agency_id=ends[0], to_agency_id=ends[1],
                             direction=None, services=[ServiceType.LEGAL])
    expected = {"ourselves": "Your own agency cannot be the partner",
                "two partners": "sent or received by your agency",
                "same partner twice": "must go to another agency"}[case]
    assert expected in str(info.value) and info.value.field == "to_agency"
    assert count(svc, m.ReferralRow) == 0


def test_the_release_must_be_this_clients_to_that_partner_and_active(svc: Services) -> None:
    cid, other = client(svc), client(svc, "Bea")
    kwargs = dict(client_id=cid, from_agency_id=svc.self_id, to_agency_id=svc.partner_id,
                  direction=None, services=[ServiceType.LEGAL])
    cases = {
        "for another client": release(svc, other, svc.partner_id),
        "made out to Legal Aid Demo": release(svc, cid, svc.other_partner_id),
    }
    for words, rid in cases.items():
        with pytest.raises(ValidationError, match=words) as info:
            svc.referrals.create(**kwargs, release_id=rid)  # type: ignore[arg-type]
        assert info.value.field == "release"
    lapsing = release(svc, cid, svc.partner_id, days=2)
    svc.clock.advance(days=3)
    with pytest.raises(ConsentRequired, match="is expired; choose an active one"):
        svc.referrals.create(**kwargs, release_id=lapsing)  # type: ignore[arg-type]
    with pytest.raises(NotFound, match="release of information no longer exists"):
        svc.referrals.create(**kwargs, release_id="0" * 36)  # type: ignore[arg-type]
    assert count(svc, m.ReferralRow) == 0 and count(svc, m.NoteRow) == 0


def test_it_follows_only_a_referral_of_the_same_case(svc: Services) -> None:
    cid, other = client(svc), client(svc, "Bea")
    theirs = received(svc, other)
    kwargs = dict(client_id=cid, from_agency_id=svc.self_id, to_agency_id=svc.partner_id,
                  direction=None, services=[ServiceType.LEGAL], reason="kept?")
    with pytest.raises(ValidationError, match="belongs to another case") as info:
        svc.referrals.create(**kwargs, follows_id=theirs)  # type: ignore[arg-type]
    assert info.value.field == "follows"
    with pytest.raises(NotFound, match="That referral no longer exists"):
        svc.referrals.create(**kwargs, follows_id="0" * 36)  # type: ignore[arg-type]
    assert count(svc, m.ReferralRow) == 1 and count(svc, m.NoteRow) == 0  # nothing half-made


def test_a_bad_reason_refuses_the_whole_referral(svc: Services) -> None:
    cid = client(svc)
    with pytest.raises(ValidationError, match="null character") as info:
        svc.referrals.create(client_id=cid, from_agency_id=svc.self_id,
                             to_agency_id=svc.partner_id, direction=None,
                             services=[ServiceType.LEGAL], reason="bad\x00reason")
    assert info.value.field == "reason"
    assert count(svc, m.ReferralRow) == 0 and count(svc, m.AuditRow) > 0
    # A blank reason is no note at all.
    svc.referrals.create(client_id=cid, from_agency_id=svc.self_id,
                         to_agency_id=svc.partner_id, direction=None,
                         services=[ServiceType.LEGAL], reason="   ")
    assert count(svc, m.NoteRow) == 0


def test_a_case_holds_many_referrals_in_both_directions(svc: Services) -> None:
    cid = client(svc)
    previous = received(svc, cid)
    svc.clock.advance(minutes=5)
    for n in range(6):
        ends = (svc.self_id, svc.other_partner_id) if n % 2 else (svc.partner_id, svc.self_id)
        previous = svc.referrals.create(client_id=cid, from_agency_id=ends[0],
                                        to_agency_id=ends[1], direction=None,
                                        services=[ServiceType.LEGAL], follows_id=previous).id
        svc.clock.advance(minutes=5)
    refs = svc.cases.get_case(cid).referrals
    assert len(refs) == 7
    assert [r.status for r in refs].count(ReferralStatus.RECEIVED) == 4
    assert all(r.follows_id == p.id for p, r in itertools.pairwise(refs))
