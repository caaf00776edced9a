"""The demo's partner agencies have pinned, fictional identity cards: a package can be
exported to them, and their private keys are kept nowhere."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select, update

from nap_desktop.domain.entities import Agency
from nap_desktop.domain.errors import PermissionDenied
from nap_desktop.services import demo_partners
from nap_desktop.services.cases import PersonalInput
from nap_desktop.services.demo import DEMO_AGENCIES, DemoGenerator
from nap_desktop.services.transfer.exports import ExportService
from nap_desktop.services.transfer.identity import IdentityService
from nap_desktop.store import models as m
from nap_desktop.store import transfer_models as tm
from nap_desktop.transfer import age, identity
from nap_desktop.transfer import package as pkg
from tests.services.conftest import Services, as_demo_vault

Keys = dict[str, tm.AgencyKeyRow]  # the partners' key generations, by agency name


@pytest.fixture(autouse=True)
def demo_vault(svc: Services) -> None:
    as_demo_vault(svc)


@pytest.fixture
def made_keys(monkeypatch: pytest.MonkeyPatch) -> Keys:
    """The keys behind each partner card the demo makes, caught in memory so the test can
    act as the partner (the demo itself throws them away)."""
    made: Keys = {}
    real = identity.build_card

    def spy(agency: Agency, keys: tm.AgencyKeyRow) -> bytes:
        if not agency.is_self:
            made[agency.name] = keys
        return real(agency, keys)

    monkeypatch.setattr(identity, "build_card", spy)
    return made


def demo(svc: Services, referrals: int = 120) -> int:
    svc.act_as("admin")
    return DemoGenerator(svc.ctx, seed=2).run(referrals).partner_cards


def test_demo_partners_are_pinned_except_the_one_left_for_a_real_pairing(
    svc: Services, made_keys: Keys
) -> None:
    assert demo(svc) == len(DEMO_AGENCIES) - 1
    partners = IdentityService(svc.ctx).partners()
    names = {p.name for p in partners}
    assert names == {n for n, _k in DEMO_AGENCIES} - demo_partners.UNVERIFIED_DEMO_PARTNERS
    assert set(made_keys) == names
    with svc.ctx.read() as s:
        cards = s.scalars(select(tm.PartnerCardRow)).all()
        pins = s.scalar(
            select(func.count())
            .select_from(m.AuditRow)
            .where(m.AuditRow.action == "transfer.partner_pin")
        )
    assert pins == len(names)  # pinned one by one, as an administrator pins a card
    for row in cards:
        card = identity.parse_card(row.card.encode("utf-8"))  # self-signature checked
        assert card.fingerprint == row.fingerprint
        assert card.agency_id == row.local_agency_id  # the directory entry is the card's


def test_a_package_for_a_demo_partner_opens_with_that_partners_keys_only(
    svc: Services, made_keys: Keys
) -> None:
    demo(svc)
    casa = IdentityService(svc.ctx).find_partner("Casa Esperanza Shelter (demo)")
    svc.act_as("ana")  # a caseworker exports
    outcome = ExportService(svc.ctx).export_detailed(casa.agency_id)
    assert outcome.referral_count > 0 and outcome.client_count > 0
    keys = made_keys["Casa Esperanza Shelter (demo)"]
    container = pkg.parse_container(age.decrypt(outcome.data, [keys.pq_identity]))
    manifest = pkg.parse_manifest(container.manifest)
    assert manifest["recipient"]["agency_id"] == casa.agency_id
    assert manifest["recipient"]["key_fingerprint"] == keys.key_fingerprint
    other = made_keys["FBI Field Office (demo)"]
    with pytest.raises(age.NoIdentityMatch):
        age.decrypt(outcome.data, [other.pq_identity, other.x25519_identity])


def test_no_partner_private_key_is_written_to_the_vault(
    svc: Services, made_keys: Keys, tmp_path: Path
) -> None:
    demo(svc)
    IdentityService(svc.ctx).identity_card()  # our own keys exist too: they must be stored
    svc.ctx.source.engine.dispose()
    stored = b"".join(p.read_bytes() for p in tmp_path.glob("plain.db*"))
    assert len(made_keys) == len(DEMO_AGENCIES) - 1
    for keys in made_keys.values():
        assert keys.signing_public.encode() in stored  # the public half is pinned...
        for secret in (keys.pq_identity, keys.x25519_identity, keys.signing_private):
            assert secret.encode() not in stored  # ...the private halves are nowhere
    with svc.ctx.read() as s:
        ours = s.scalars(select(tm.AgencyKeyRow)).all()
    assert len(ours) == 1 and ours[0].signing_private.encode() in stored


def test_running_the_demo_again_adds_cases_and_keeps_the_pinned_cards(svc: Services) -> None:
    demo(svc, 20)
    before = {p.agency_id: p.fingerprint for p in IdentityService(svc.ctx).partners()}
    assert demo(svc, 20) == 0
    assert {p.agency_id: p.fingerprint for p in IdentityService(svc.ctx).partners()} == before
    with svc.ctx.read() as s:
        numbers = list(s.scalars(select(m.ClientRow.case_number)))
    assert len(numbers) == len(set(numbers)) > 20  # the second run added its own cases


def test_demo_case_numbers_skip_numbers_in_use_and_the_sequence_follows(
    svc: Services,
) -> None:
    first = svc.cases.create_client(PersonalInput(legal_name="Ana Prueba"))
    assert first.case_number == "NAP-26-00001"
    with svc.ctx.unit_of_work() as s:  # as an imported case keeps its sender's number
        s.execute(
            update(m.ClientRow).where(m.ClientRow.id == first.id).values(case_number="NAP-26-00003")
        )
    svc.act_as("admin")
    DemoGenerator(svc.ctx, seed=2).run(0)  # no cases: the sequence must not move
    result = DemoGenerator(svc.ctx, seed=2).run(6)
    with svc.ctx.read() as s:
        numbers = sorted(s.scalars(select(m.ClientRow.case_number)))
    # 1 went to the first case (the sequence never goes back); 3 is taken
    made = [f"NAP-26-{n:05d}" for n in range(2, result.clients + 3) if n != 3]
    assert numbers == sorted([*made, "NAP-26-00003"])
    svc.act_as("ana")
    after = svc.cases.create_client(PersonalInput(legal_name="Otra Prueba"))
    assert after.case_number == f"NAP-26-{result.clients + 3:05d}"


def test_only_an_administrator_makes_demo_data(svc: Services) -> None:
    svc.act_as("sofia")
    with pytest.raises(PermissionDenied):
        DemoGenerator(svc.ctx, seed=2).run(10)
    assert IdentityService(svc.ctx).partners() == []


def test_demo_referral_directions_follow_the_agencies_kinds(svc: Services) -> None:
    """A coalition's referral to a task force reads "victim services → law enforcement",
    never a random direction."""
    from nap_desktop.domain.enums import AgencyKind, ReferralDirection
    from nap_desktop.domain.rules import infer_direction

    demo(svc)
    with svc.ctx.read() as s:
        kinds = dict(s.execute(select(m.AgencyRow.id, m.AgencyRow.kind)).all())
        rows = s.execute(select(m.ReferralRow.from_agency_id, m.ReferralRow.to_agency_id,
                                m.ReferralRow.direction)).all()
    assert rows
    seen = set()
    for sender, receiver, direction in rows:
        expected = infer_direction(AgencyKind(kinds[sender]), AgencyKind(kinds[receiver]))
        assert ReferralDirection(direction) is expected
        seen.add(expected)
    assert len(seen) >= 2  # the demo has more than one kind of referral
