"""Use cases: validation, role checks, state machines, audit, search and the dashboard."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select, text

from nap_desktop.domain.enums import (
    InfoCategory,
    MoneyEventKind,
    PlacementStatus,
    ProgramType,
    ReferralDirection,
    ReferralOutcome,
    ReferralReason,
    ReferralStatus,
    ReleaseStatus,
    ServiceType,
    SignedBy,
    StepStatus,
)
from nap_desktop.domain.errors import (
    ConsentRequired,
    InvalidTransition,
    PermissionDenied,
    StaleRecord,
    ValidationError,
)
from nap_desktop.services import audit
from nap_desktop.services.cases import PersonalInput
from nap_desktop.services.housing import PlacementInput
from nap_desktop.services.queries import CaseloadFilter
from nap_desktop.store import models as m
from tests.services.conftest import Services


def new_client(svc: Services, name: str = "María Canary-López") -> str:
    return svc.cases.create_client(PersonalInput(legal_name=name, languages=["Spanish"])).id


def new_referral(svc: Services, client_id: str, *, incoming: bool = False) -> str:
    """One of ours to the partner (a draft), or the partner's to us (received)."""
    ends = (svc.partner_id, svc.self_id) if incoming else (svc.self_id, svc.partner_id)
    return svc.referrals.create(
        client_id=client_id,
        from_agency_id=ends[0],
        to_agency_id=ends[1],
        direction=ReferralDirection.VSP_TO_LE,
        services=[ServiceType.HOUSING],
    ).id


def count(svc: Services, model: type) -> int:
    with svc.ctx.read() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def test_client_needs_a_name_and_a_sane_birth_date(svc: Services) -> None:
    with pytest.raises(ValidationError) as info:
        svc.cases.create_client(PersonalInput())
    assert info.value.field == "legal_name"
    with pytest.raises(ValidationError, match="future"):
        svc.cases.create_client(PersonalInput(legal_name="X", date_of_birth=date(2030, 1, 1)))
    assert count(svc, m.ClientRow) == 0  # nothing half-saved


def test_case_numbers_are_pseudonymous_and_sequential(svc: Services) -> None:
    a = svc.cases.create_client(PersonalInput(legal_name="A"))
    b = svc.cases.create_client(PersonalInput(legal_name="B"))
    assert a.case_number == "NAP-26-00001" and b.case_number == "NAP-26-00002"
    assert "A" not in a.case_number.replace("NAP", "")


def test_minor_detected_from_birth_date(svc: Services) -> None:
    c = svc.cases.create_client(PersonalInput(legal_name="Kid", date_of_birth=date(2012, 5, 1)))
    assert c.personal.is_minor


def test_referral_walks_the_status_machine_with_reasons_and_roles(svc: Services) -> None:
    rid = new_referral(svc, new_client(svc))
    with pytest.raises(PermissionDenied):  # supervisors approve outgoing referrals
        svc.referrals.transition(rid, ReferralStatus.SENT)
    svc.act_as("sofia")
    svc.referrals.transition(rid, ReferralStatus.SENT)
    svc.act_as("ana")
    with pytest.raises(InvalidTransition, match="only the agency that received it"):
        svc.referrals.transition(rid, ReferralStatus.RECEIVED)  # the partner's to make
    with pytest.raises(InvalidTransition, match="reason"):
        svc.referrals.transition(rid, ReferralStatus.WITHDRAWN)
    ref = svc.referrals.transition(
        rid, ReferralStatus.WITHDRAWN, reason=ReferralReason.NO_LONGER_NEEDED
    )
    assert ref.status is ReferralStatus.WITHDRAWN
    assert [h.to_status for h in ref.history] == [
        ReferralStatus.DRAFT,
        ReferralStatus.SENT,
        ReferralStatus.WITHDRAWN,
    ]
    assert ref.history[-1].reason is ReferralReason.NO_LONGER_NEEDED
    assert ref.history[1].by_user_id == svc.users["sofia"]
    incoming = new_referral(svc, new_client(svc), incoming=True)  # received
    with pytest.raises(InvalidTransition, match="reason"):
        svc.referrals.transition(incoming, ReferralStatus.DECLINED)
    with pytest.raises(InvalidTransition):
        svc.referrals.transition(incoming, ReferralStatus.COMPLETED, outcome="successful")
    with pytest.raises(InvalidTransition, match="only the agency that sent it"):
        svc.referrals.transition(incoming, ReferralStatus.WITHDRAWN,
                                 reason=ReferralReason.NO_LONGER_NEEDED)
    ref = svc.referrals.transition(
        incoming, ReferralStatus.DECLINED, reason=ReferralReason.LACK_OF_CAPACITY
    )
    assert [h.to_status for h in ref.history] == [ReferralStatus.RECEIVED,
                                                  ReferralStatus.DECLINED]


def test_completion_records_outcome(svc: Services) -> None:
    rid = new_referral(svc, new_client(svc), incoming=True)
    svc.act_as("sofia")
    for target in (
        ReferralStatus.ACCEPTED,
        ReferralStatus.IN_PROGRESS,
    ):
        svc.referrals.transition(rid, target)
    ref = svc.referrals.transition(
        rid,
        ReferralStatus.COMPLETED,
        outcome=ReferralOutcome.NOT_SUCCESSFUL,
        reason=ReferralReason.UNABLE_TO_CONTACT_CLIENT,
    )
    assert ref.outcome is ReferralOutcome.NOT_SUCCESSFUL


def test_stale_edit_is_refused_not_overwritten(svc: Services) -> None:
    cid = new_client(svc)
    first = svc.cases.get_case(cid).client
    svc.cases.update_client(
        cid, PersonalInput(legal_name="Edit one"), expected_revision=first.revision
    )
    with pytest.raises(StaleRecord):
        svc.cases.update_client(
            cid, PersonalInput(legal_name="Edit two"), expected_revision=first.revision
        )
    assert svc.cases.get_case(cid).client.personal.legal_name == "Edit one"


def test_release_rules(svc: Services) -> None:
    cid = new_client(svc)
    today = svc.ctx.today()
    with pytest.raises(ValidationError, match="expiry"):
        svc.releases.create(
            client_id=cid,
            recipient_agency_id=svc.partner_id,
            categories=[InfoCategory.IDENTITY],
            purpose="Housing",
            expires_on=None,
            signed_on=today,
        )
    with pytest.raises(ValidationError, match="one year"):
        svc.releases.create(
            client_id=cid,
            recipient_agency_id=svc.partner_id,
            categories=[InfoCategory.IDENTITY],
            purpose="Housing",
            expires_on=today + timedelta(days=800),
            signed_on=today,
        )
    with pytest.raises(ValidationError, match="another agency"):
        svc.releases.create(
            client_id=cid,
            recipient_agency_id=svc.self_id,
            categories=[InfoCategory.IDENTITY],
            purpose="Housing",
            expires_on=today + timedelta(days=90),
            signed_on=today,
        )
    rel = svc.releases.create(
        client_id=cid,
        recipient_agency_id=svc.partner_id,
        categories=[InfoCategory.IDENTITY],
        purpose="Housing",
        expires_on=today + timedelta(days=20),
        signed_on=today,
    )
    assert rel.status is ReleaseStatus.ACTIVE
    svc.clock.advance(days=21)
    assert svc.releases.for_client(cid)[0].status is ReleaseStatus.EXPIRED


def test_a_referral_keeps_the_release_it_cited_after_it_lapses(svc: Services) -> None:
    """Saving other details of a referral whose release has lapsed since keeps the link
    (the record of the consent it went out under); citing a lapsed release anew is
    refused."""
    cid = new_client(svc)
    ref_id = new_referral(svc, cid)
    today = svc.ctx.today()
    rel = svc.releases.create(
        client_id=cid,
        recipient_agency_id=svc.partner_id,
        categories=[InfoCategory.IDENTITY],
        purpose="Housing",
        expires_on=today + timedelta(days=20),
        signed_on=today,
    )

    def cited() -> str | None:
        return svc.cases.get_case(cid).referrals[0].release_id

    def save(release_id: str | None, person: str) -> None:
        ref = svc.cases.get_case(cid).referrals[0]
        svc.referrals.update(
            ref_id,
            services=ref.services,
            urgency=ref.urgency,
            referring_person=person,
            external_case_number=ref.external_case_number,
            safety_notes=ref.safety_notes,
            release_id=release_id,
        )

    save(rel.id, "Det. Rivera")
    svc.releases.revoke(rel.id)
    save(rel.id, "Det. Rivera-Lopez")  # still cited, other details saved
    assert cited() == rel.id
    save(None, "Det. Rivera-Lopez")
    with pytest.raises(ConsentRequired, match="revoked"):
        save(rel.id, "Det. Rivera-Lopez")  # not anew
    assert cited() is None


def test_minor_release_needs_guardian(svc: Services) -> None:
    cid = svc.cases.create_client(
        PersonalInput(legal_name="Kid", date_of_birth=date(2013, 1, 1))
    ).id
    today = svc.ctx.today()
    with pytest.raises(ValidationError, match="guardian"):
        svc.releases.create(
            client_id=cid,
            recipient_agency_id=svc.partner_id,
            categories=[InfoCategory.IDENTITY],
            purpose="x",
            expires_on=today + timedelta(days=30),
            signed_on=today,
        )
    svc.releases.create(
        client_id=cid,
        recipient_agency_id=svc.partner_id,
        categories=[InfoCategory.IDENTITY],
        purpose="x",
        expires_on=today + timedelta(days=30),
        signed_on=today,
        signed_by=SignedBy.GUARDIAN,
    )


def test_referral_cannot_cite_revoked_or_foreign_release(svc: Services) -> None:
    cid = new_client(svc)
    today = svc.ctx.today()
    rel = svc.releases.create(
        client_id=cid,
        recipient_agency_id=svc.partner_id,
        categories=[InfoCategory.IDENTITY],
        purpose="x",
        expires_on=today + timedelta(days=30),
        signed_on=today,
    )
    other = svc.releases.create(
        client_id=cid,
        recipient_agency_id=svc.other_partner_id,
        categories=[InfoCategory.IDENTITY],
        purpose="x",
        expires_on=today + timedelta(days=30),
        signed_on=today,
    )
    kwargs = dict(
        client_id=cid,
        from_agency_id=svc.self_id,
        to_agency_id=svc.partner_id,
        direction="vsp_to_le",
        services=["legal"],
    )
    with pytest.raises(ValidationError, match=r"made out to .*, not to the partner"):
        svc.referrals.create(**kwargs, release_id=other.id)  # type: ignore[arg-type]
    svc.releases.revoke(rel.id)
    with pytest.raises(ConsentRequired, match="revoked"):
        svc.referrals.create(**kwargs, release_id=rel.id)  # type: ignore[arg-type]


def test_housing_move_in_only_where_program_needs_it(svc: Services) -> None:
    cid = new_client(svc)
    start = date(2026, 10, 1)
    with pytest.raises(ValidationError, match="move-in"):
        svc.housing.add_placement(
            cid,
            PlacementInput(
                program_type=ProgramType.EMERGENCY_SHELTER,
                provider="Shelter",
                start_date=start,
                move_in_date=start,
            ),
            status=PlacementStatus.STARTED,
        )
    pl = svc.housing.add_placement(
        cid, PlacementInput(program_type=ProgramType.RAPID_REHOUSING, provider="New Roots")
    )
    with pytest.raises(InvalidTransition):
        svc.housing.update_placement(
            pl.id,
            PlacementInput(
                program_type=ProgramType.RAPID_REHOUSING,
                provider="New Roots",
                start_date=start,
                move_in_date=start,
            ),
            status=PlacementStatus.MOVED_IN,
        )
    pl = svc.housing.update_placement(
        pl.id,
        PlacementInput(program_type=ProgramType.RAPID_REHOUSING, provider="New Roots"),
        status=PlacementStatus.ACCEPTED,
    )
    pl = svc.housing.update_placement(
        pl.id,
        PlacementInput(
            program_type=ProgramType.RAPID_REHOUSING,
            provider="New Roots",
            start_date=start,
            expected_exit_date=start + timedelta(days=200),
        ),
        status=PlacementStatus.STARTED,
    )
    pl = svc.housing.add_assistance(pl.id, kind="rent", amount_cents=125_050, paid_on=start)
    pl = svc.housing.add_assistance(pl.id, kind="deposit", amount_cents=99, paid_on=start)
    assert pl.assistance_total_cents == 125_149
    with pytest.raises(ValidationError, match="whole cents"):
        svc.housing.add_assistance(
            pl.id,
            kind="rent",
            amount_cents=10.5,  # type: ignore[arg-type]
            paid_on=start,
        )


def test_restitution_money_and_overdue_dashboard(svc: Services) -> None:
    cid = new_client(svc)
    matter = svc.restitution.open_matter(
        cid,
        court="U.S. District Court (demo)",
        docket_number="DEMO-1",
        losses_claimed_cents=500_000,
    )
    assert len(matter.steps) == 10 and all(s.status is StepStatus.PENDING for s in matter.steps)
    step = matter.steps[1]
    yesterday = svc.ctx.today() - timedelta(days=1)
    svc.restitution.update_step(matter.id, step.id, status=StepStatus.IN_PROGRESS, due_on=yesterday)
    board = svc.queries.dashboard()
    assert [i.client_id for i in board.overdue_steps] == [cid]
    assert board.overdue_steps[0].subject == "step:losses_submitted"
    assert svc.queries.caseload_count(CaseloadFilter(overdue=True)) == 0  # no referral yet
    new_referral(svc, cid)
    assert svc.queries.caseload_count(CaseloadFilter(overdue=True)) == 1

    svc.restitution.set_amounts(matter.id, losses_claimed_cents=500_000, ordered_cents=300_001)
    svc.restitution.record_money(
        matter.id, kind=MoneyEventKind.COLLECTED, amount_cents=100_000, on=yesterday
    )
    with pytest.raises(ValidationError, match="exceed"):
        svc.restitution.record_money(
            matter.id, kind=MoneyEventKind.DISBURSED, amount_cents=100_001, on=yesterday
        )
    matter = svc.restitution.record_money(
        matter.id, kind=MoneyEventKind.DISBURSED, amount_cents=40_000, on=yesterday
    )
    t = matter.totals
    assert (t.collected_cents, t.disbursed_cents, t.balance_cents, t.undisbursed_cents) == (
        100_000,
        40_000,
        200_001,
        60_000,
    )


def test_search_finds_names_notes_and_case_numbers_without_accents(svc: Services) -> None:
    cid = new_client(svc, "José Gutiérrez")
    new_referral(svc, cid)
    other = new_client(svc, "Nguyễn Thị Hương")
    new_referral(svc, other)
    svc.cases.add_note(other, "Met at the courthouse with interpreter")

    def hits(q: str) -> set[str]:
        return {r.client_id for r in svc.queries.caseload_page(CaseloadFilter(search=q))}

    assert hits("gutierrez") == {cid}
    assert hits("jos gut") == {cid}
    assert hits("huong") == {other}
    assert hits("courthouse") == {other}
    assert hits("NAP-26-00001") == {cid}
    assert hits('" OR 1=1 --') == set()  # typed operators are plain text


def test_a_saved_change_is_what_search_finds_and_each_client_has_one_search_row(
    svc: Services,
) -> None:
    first = new_client(svc, "Ximena Oldname")
    new_referral(svc, first)
    second = new_client(svc, "Ximena Keepsname")
    new_referral(svc, second)

    def hits(q: str) -> set[str]:
        return {r.client_id for r in svc.queries.caseload_page(CaseloadFilter(search=q))}

    svc.cases.update_client(first, PersonalInput(legal_name="Ximena Newname"))
    svc.cases.add_note(first, "moved to the shelter on Elm")
    assert hits("oldname") == set()
    assert hits("newname") == {first}
    assert hits("elm") == {first}
    assert hits("ximena") == {first, second}  # the other client's row is untouched
    with svc.ctx.read() as s:
        per_client = s.execute(
            text(
                "SELECT k.client_id, count(*) FROM case_search f"
                " JOIN case_search_keys k ON k.fts_rowid = f.rowid GROUP BY k.client_id"
            )
        ).all()
        rows = s.scalar(text("SELECT count(*) FROM case_search"))
    assert sorted(per_client) == sorted([(first, 1), (second, 1)]) and rows == 2


def test_every_change_is_audited_without_the_sensitive_values(svc: Services) -> None:
    cid = new_client(svc, "Zyxwvut Canary")
    svc.cases.add_note(cid, "Canary note text")
    with svc.ctx.read() as s:
        rows = s.scalars(select(m.AuditRow)).all()
        assert [r.action for r in rows] == ["client.create", "note.add"]
        assert all("Canary" not in (r.detail or "") for r in rows)
        assert audit.verify_chain(s) == []


def test_audit_chain_detects_edit_and_deletion(svc: Services) -> None:
    for i in range(4):
        new_client(svc, f"Client {i}")
    with svc.ctx.unit_of_work() as s:
        s.execute(text("UPDATE audit_events SET detail = 'forged' WHERE seq = 2"))
    with svc.ctx.read() as s:
        assert any("2 has been altered" in p for p in audit.verify_chain(s))
    with svc.ctx.unit_of_work() as s:
        s.execute(text("UPDATE audit_events SET detail = '' WHERE seq = 2"))
    with svc.ctx.read() as s:
        assert audit.verify_chain(s) == []
    with svc.ctx.unit_of_work() as s:
        s.execute(text("DELETE FROM audit_events WHERE seq = 3"))
    with svc.ctx.read() as s:
        problems = audit.verify_chain(s)
    assert any("missing" in p for p in problems)
    with svc.ctx.unit_of_work() as s:
        s.execute(text("DELETE FROM audit_events WHERE seq >= 3"))
    with svc.ctx.read() as s:
        assert any("newest" in p for p in audit.verify_chain(s))


def test_partner_names_unique_and_supervisor_only(svc: Services) -> None:
    with pytest.raises(PermissionDenied):
        svc.agencies.add_partner(name="New Org", kind="legal")
    svc.act_as("sofia")
    svc.agencies.add_partner(name="New Org", kind="legal")
    with pytest.raises(ValidationError, match="already"):
        svc.agencies.add_partner(name="new org", kind="legal")
