"""A hostile partner holds valid, pinned keys and signs its packages (issue #10,
"Partners"). Every package here went through the real importer, forged from a real
package and signed with the partner's own key. Whatever it sends, the partner never
decides our consent, never overwrites what we withhold from it, never pushes a revision
that stops later exchanges, and never rewrites who did what."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest

from nap_desktop.domain.enums import AgencyKind, InfoCategory, Role
from nap_desktop.domain.errors import PermissionDenied, ValidationError
from nap_desktop.services.base import new_id
from nap_desktop.services.cases import PersonalInput
from nap_desktop.services.housing import PlacementInput
from nap_desktop.services.queries import QueryService
from nap_desktop.services.reports import ReportService
from nap_desktop.services.transfer.views import SENDERS_RELEASE, TransferViews
from nap_desktop.transfer import age
from nap_desktop.transfer import package as pkg
from nap_desktop.transfer.authority import (
    OurConsentKept,
    Refusal,
    RevisionOutOfRange,
    ThirdAgencyRefused,
)
from nap_desktop.transfer.importer import Action
from tests.transfer.forge import (
    Record,
    agency_record,
    edited,
    forge,
    new_referral,
    new_release,
    records_in,
)
from tests.transfer.transfer_helpers import Side, agencies, clock, pair, to, urgent

__all__ = ["agencies", "clock"]  # fixtures

Make = Callable[..., Side]
ALL = sorted(c.value for c in InfoCategory)
SECRET = PersonalInput(
    legal_name="Marisol Quispe", preferred_name="Mari", date_of_birth=date(2001, 3, 4),
    languages=["Quechua"], interpreter_needed=True, contact_info="555-0142",
    safe_contact_instructions="Text only after 6 pm", location="Room 12, Hidden Motel",
    continued_presence="granted", continued_presence_expires=date(2027, 6, 1),
    t_visa="requested", hhs_letter="granted")
CANARIES = (b"Hidden Motel", b"555-0142", b"Text only after 6 pm", b"grey van", b"Side door")


@pytest.fixture
def abc(agencies: Make) -> tuple[Side, Side, Side]:
    """A (ours), B (the hostile partner), C (a third agency A also works with)."""
    a = agencies("Casa Esperanza")
    b = agencies("Harbor Legal Aid", AgencyKind.LEGAL)
    c = agencies("County Task Force", AgencyKind.TASK_FORCE)
    pair(a, b)
    pair(a, c)
    return a, b, c


def make_case(a: Side, b: Side, categories: list[str]) -> dict[str, str]:
    """A client with every detail, a release to B covering ``categories`` (housing only,
    as a rule), a referral to B with safety notes, and a placement at a named shelter."""
    client = a.cases.create_client(SECRET, trafficking_type="labor")
    today = a.ctx.today()
    release = a.releases.create(client_id=client.id, recipient_agency_id=to(a, b),
                                categories=categories, purpose="Legal services",
                                expires_on=today + timedelta(days=60), signed_on=today)
    referral = a.referrals.create(client_id=client.id, from_agency_id=a.me,
                                  to_agency_id=to(a, b), direction="between_providers",
                                  services=["legal"], safety_notes="Trafficker: grey van",
                                  release_id=release.id)
    a.referrals.transition(referral.id, "sent")
    placement = a.housing.add_placement(client.id, PlacementInput(
        program_type="emergency_shelter", provider="Shelter on Example Street",
        safety_notes="Side door only"))
    return {"client": client.id, "release": release.id, "referral": referral.id,
            "placement": placement.id}


def exchanged(a: Side, b: Side, categories: list[str] | None = None) -> tuple[dict[str, str],
                                                                               bytes, bytes]:
    """A's case, A's package to B (imported there) and B's routine package back to A."""
    ids = make_case(a, b, categories or ["housing"])
    sent = a.exports.export(to(a, b))
    b.imports.import_package(sent)
    b.referrals.transition(ids["referral"], "received")
    return ids, sent, b.exports.export(to(b, a))


def shared_with(a: Side, partner: str) -> dict[str, frozenset[InfoCategory]]:
    """Per client, the categories A's next export to ``partner`` would carry."""
    preview = TransferViews(a.ctx).export_preview(partner)
    return {c.client_id: c.shared for c in preview.clients}


def pdf_withheld(a: Side, referral_id: str, partner: str) -> tuple[str, ...]:
    reports = ReportService(a.ctx, QueryService(a.ctx))
    return tuple(reports.referral_summary(referral_id, partner_id=partner).withheld)


def assert_nothing_more_leaves(a: Side, b: Side, ids: dict[str, str],
                               before: dict[str, frozenset[InfoCategory]]) -> None:
    after = shared_with(a, to(a, b))
    assert all(after[c] <= before.get(c, frozenset()) for c in after), (before, after)
    plain = age.decrypt(a.exports.export(to(a, b)), b.identities())
    assert not any(canary in plain for canary in CANARIES)
    assert set(pdf_withheld(a, ids["referral"], to(a, b))) >= {
        "identity", "contact", "location", "immigration", "safety", "notes"}


def replace_record(records: list[Record], new: Record) -> list[Record]:
    return [new if (r["type"], r["id"]) == (new["type"], new["id"]) else r for r in records]


def the(records: list[Record], kind: str, rid: str | None = None) -> Record:
    return next(r for r in records if r["type"] == kind and (rid is None or r["id"] == rid))


# --- consent is ours alone ------------------------------------------------------------


def test_a_new_release_naming_the_partner_itself_opens_nothing(
        abc: tuple[Side, Side, Side]) -> None:
    a, b, _ = abc
    ids, _, back = exchanged(a, b)
    before = shared_with(a, to(a, b))
    forged = forge(back, sender=b, receiver=a, edit=lambda rs: [*rs, new_release(
        client_id=ids["client"], recipient=b.me, today=a.ctx.today())])
    preview = TransferViews(a.ctx).preview_import(forged)
    assert a.imports.import_package(forged).applied
    assert_nothing_more_leaves(a, b, ids, before)
    releases = a.releases.for_client(ids["client"])
    theirs = [r for r in releases if r.recorded_by_agency_id is not None]
    assert [(r.recorded_by_agency_id, r.counts_for_our_consent) for r in theirs] == [
        (to(a, b), False)]
    # the preview said it would be kept as the partner's information
    [shown] = [r for r in preview.records
               if r.record_type == "release" and r.action is Action.NEW]
    assert shown.reason == SENDERS_RELEASE


def test_our_release_widened_with_a_correct_base_is_not_changed(
        abc: tuple[Side, Side, Side]) -> None:
    a, b, _ = abc
    ids, sent, back = exchanged(a, b)
    before = shared_with(a, to(a, b))
    ours = the(records_in(sent, b), "release", ids["release"])
    widened = edited(ours, categories=ALL)
    forged = forge(back, sender=b, receiver=a,
                   edit=lambda rs: [*(r for r in rs if r["type"] != "release"), widened])
    result = a.imports.import_package(forged)
    [release] = a.releases.for_client(ids["client"])
    assert release.categories == frozenset({InfoCategory.HOUSING})
    assert_nothing_more_leaves(a, b, ids, before)
    [item] = [i for i in result.plan.items if i.record_type == "release"]
    assert (item.action, item.reason) == (Action.REFUSED, Refusal.OUR_CONSENT.value)


def test_a_release_we_revoked_is_not_set_back_to_active(abc: tuple[Side, Side, Side]) -> None:
    a, b, _ = abc
    ids = make_case(a, b, ALL)
    a.releases.revoke(ids["release"])
    sent = a.exports.export(to(a, b))
    b.imports.import_package(sent)
    b.referrals.transition(ids["referral"], "received")
    back = b.exports.export(to(b, a))
    before = shared_with(a, to(a, b))
    assert before[ids["client"]] == frozenset()
    revoked = the(records_in(sent, b), "release", ids["release"])
    active = edited(revoked, status="active", revoked_on=None)
    forged = forge(back, sender=b, receiver=a,
                   edit=lambda rs: [*(r for r in rs if r["type"] != "release"), active])
    assert a.imports.import_package(forged).plan.count(Action.REFUSED) == 1
    [release] = a.releases.for_client(ids["client"])
    assert release.status.value == "revoked"
    assert_nothing_more_leaves(a, b, ids, before)


def test_a_release_moved_to_another_client_stays_with_its_client(
        abc: tuple[Side, Side, Side]) -> None:
    """X's release to B covers everything; moved onto Y (housing only) by B's package,
    it would open all of Y's details to B."""
    a, b, _ = abc
    x = make_case(a, b, ALL)
    y, sent, back = exchanged(a, b)
    before = shared_with(a, to(a, b))
    moved = edited(the(records_in(sent, b), "release", x["release"]), client_id=y["client"])
    forged = forge(back, sender=b, receiver=a,
                   edit=lambda rs: [*(r for r in rs if r["id"] != x["release"]), moved])
    result = a.imports.import_package(forged)
    assert [r.id for r in a.releases.for_client(y["client"])] == [y["release"]]
    assert shared_with(a, to(a, b))[y["client"]] == before[y["client"]] == frozenset(
        {InfoCategory.HOUSING})
    assert [i.reason for i in result.plan.items if i.record_id == x["release"]] == [
        Refusal.MOVED.value]


def test_a_release_and_a_referral_to_a_third_agency_open_nothing_for_it(
        abc: tuple[Side, Side, Side]) -> None:
    """The package is refused whole (tests/transfer/test_transfer_relay.py)."""
    a, b, c = abc
    ids, _, back = exchanged(a, b)
    release = new_release(client_id=ids["client"], recipient=c.me, today=a.ctx.today())
    referral = new_referral(client_id=ids["client"], from_agency=b.me, to_agency=c.me,
                            release_id=release["id"])
    forged = forge(back, sender=b, receiver=a,
                   edit=lambda rs: [*rs, agency_record(c), release, referral])
    with pytest.raises(ThirdAgencyRefused):
        a.imports.import_package(forged)
    assert shared_with(a, to(a, c)) == {}  # nothing of X goes to C
    plain = age.decrypt(a.exports.export(to(a, c)), c.identities())
    assert not any(canary in plain for canary in CANARIES)
    assert b"Marisol" not in plain


def test_a_partners_release_counts_once_a_supervisor_confirms_it(
        abc: tuple[Side, Side, Side]) -> None:
    """The deliberate way in: a supervisor confirms the partner's copy (audited)."""
    from nap_desktop.services import audit

    a, b, _ = abc
    ids, _, back = exchanged(a, b)
    theirs = new_release(client_id=ids["client"], recipient=b.me, today=a.ctx.today(),
                         categories=["identity"])
    a.imports.import_package(forge(back, sender=b, receiver=a, edit=lambda rs: [*rs, theirs]))
    [read] = [r for r in a.releases.for_client(ids["client"]) if r.id == theirs["id"]]
    a.act_as_role(Role.CASEWORKER)
    with pytest.raises(PermissionDenied):
        a.releases.confirm_partner_release(theirs["id"], expected_revision=read.revision)
    a.act_as_role(Role.SUPERVISOR)
    with pytest.raises(ValidationError):
        # ours: nothing to confirm
        a.releases.confirm_partner_release(ids["release"], expected_revision=1)
    a.releases.confirm_partner_release(theirs["id"], expected_revision=read.revision)
    assert shared_with(a, to(a, b))[ids["client"]] == frozenset(
        {InfoCategory.HOUSING, InfoCategory.IDENTITY})
    with a.ctx.read() as s:
        events = [e for e in audit.events_for(s, [theirs["id"]])
                  if e.action == "release.confirm_partner"]
    assert len(events) == 1
    # Confirmed, it is our consent now: the partner cannot change it either.
    widened = edited(theirs, categories=ALL)
    widened["revision"] = 3  # the partner's own numbering
    result = a.imports.import_package(forge(back, sender=b, receiver=a,
                                      edit=lambda rs: [*rs, widened]))
    assert result.plan.count(Action.REFUSED) == 1
    assert InfoCategory.CONTACT not in shared_with(a, to(a, b))[ids["client"]]


# --- withheld stays withheld -----------------------------------------------------------


def test_values_we_withheld_keep_ours_whatever_the_partner_sends(
        abc: tuple[Side, Side, Side]) -> None:
    a, b, _ = abc
    ids, _, back = exchanged(a, b)
    before = shared_with(a, to(a, b))

    def attack(records: list[Record]) -> list[Record]:
        out = []
        for record in records:
            r = dict(record, withheld=[])
            r.pop("left_out", None)
            if r["type"] == "client":
                r["data"] = {**r["data"], "personal": {
                    "legal_name": "ATTACKER", "preferred_name": "", "date_of_birth": None,
                    "is_minor": False, "contact_info": "", "safe_contact_instructions":
                    "Call the number on the card", "location": "ATTACKER-SET",
                    "languages": [], "interpreter_needed": False,
                    "continued_presence": "none", "continued_presence_expires": None,
                    "t_visa": "denied", "hhs_letter": "none"}}
            elif r["type"] == "referral":
                r["data"] = {**r["data"], "safety_notes": "", "referring_person": "ATTACKER",
                             "external_case_number": "ATTACKER-1"}
            elif r["type"] == "placement":
                r["data"] = {**r["data"], "safety_notes": "", "provider": "ATTACKER HOUSE"}
            out.append(r)
        return out

    result = a.imports.import_package(forge(back, sender=b, receiver=a, edit=attack))
    case = a.cases.get_case(ids["client"])
    p = case.client.personal
    assert (p.legal_name, p.location, p.safe_contact_instructions, p.t_visa.value) == (
        "Marisol Quispe", "Room 12, Hidden Motel", "Text only after 6 pm", "requested")
    assert case.referrals[0].safety_notes == "Trafficker: grey van"
    assert case.referrals[0].status.value == "received"  # B's real change came in
    assert (case.placements[0].provider, case.placements[0].safety_notes) == (
        "Shelter on Example Street", "Side door only")
    assert_nothing_more_leaves(a, b, ids, before)
    kept = {i.record_type: i.kept for i in result.plan.items if i.kept}
    assert "location" in kept["client"] and "safety_notes" in kept["referral"]


def test_the_partner_still_updates_a_value_that_is_its_own(
        abc: tuple[Side, Side, Side]) -> None:
    """B sent the survivor's phone (A had none): A withholds contact from B, yet the
    number is still B's own, so B's correction applies."""
    a, b, _ = abc
    client = b.cases.create_client(PersonalInput(legal_name="Luz", contact_info="555-0100"))
    today = b.ctx.today()
    release = b.releases.create(client_id=client.id, recipient_agency_id=to(b, a),
                                categories=ALL, purpose="Refer", expires_on=today
                                + timedelta(days=90), signed_on=today)
    b.referrals.create(client_id=client.id, from_agency_id=b.me, to_agency_id=to(b, a),
                       direction="between_providers", services=["legal"],
                       release_id=release.id)
    a.imports.import_package(b.exports.export(to(b, a)))
    case = b.cases.get_case(client.id)
    b.cases.update_client(client.id, PersonalInput(legal_name="Luz", contact_info="555-0199"),
                          expected_revision=case.client.revision)
    result = a.imports.import_package(b.exports.export(to(b, a)))
    assert result.plan.count(Action.UPDATED) == 1
    assert a.cases.get_case(client.id).client.personal.contact_info == "555-0199"


# --- revisions -------------------------------------------------------------------------


def test_a_revision_jump_is_refused_and_later_exchanges_keep_working(
        abc: tuple[Side, Side, Side]) -> None:
    a, b, _ = abc
    ids, _, back = exchanged(a, b)
    counts = a.counts()

    def poison(records: list[Record]) -> list[Record]:
        referral = dict(the(records, "referral"))
        referral["revision"] = pkg.MAX_INT
        return replace_record(records, referral)

    with pytest.raises(RevisionOutOfRange, match="nothing was imported"):
        a.imports.import_package(forge(back, sender=b, receiver=a, edit=poison))
    assert a.counts() == counts
    # Later exchanges work both ways.
    assert a.imports.import_package(back).plan.count(Action.UPDATED) == 1
    b.referrals.transition(ids["referral"], "accepted")  # the receiver's steps, both ways
    assert a.imports.import_package(b.exports.export(to(b, a))).plan.count(Action.UPDATED) == 1
    urgent(a, ids)
    assert b.imports.import_package(a.exports.export(to(a, b))).plan.count(Action.UPDATED) == 1
    b.referrals.transition(ids["referral"], "in_progress")
    assert a.imports.import_package(b.exports.export(to(b, a))).plan.count(Action.UPDATED) == 1
    assert a.cases.get_case(ids["client"]).referrals[0].status.value == "in_progress"


def test_our_revision_never_adopts_the_partners(abc: tuple[Side, Side, Side]) -> None:
    """A jump within the bound is taken as the partner's number, never as ours."""
    a, b, _ = abc
    ids, _, back = exchanged(a, b)
    ours = a.cases.get_case(ids["client"]).referrals[0].revision

    def jump(records: list[Record]) -> list[Record]:
        referral = dict(the(records, "referral"))
        referral["revision"] += 900_000
        return replace_record(records, referral)

    assert a.imports.import_package(forge(back, sender=b, receiver=a, edit=jump)).applied
    assert a.cases.get_case(ids["client"]).referrals[0].revision == ours + 1
    a.referrals.transition(ids["referral"], "withdrawn", reason="other", reason_text="moved")
    assert b.imports.import_package(a.exports.export(to(a, b))).applied


# --- who did what ----------------------------------------------------------------------


def test_keep_theirs_never_relabels_our_status_history(abc: tuple[Side, Side, Side]) -> None:
    a, b, _ = abc
    ids = make_case(a, b, ["housing"])
    b.imports.import_package(a.exports.export(to(a, b)))
    b.referrals.transition(ids["referral"], "received")
    urgent(a, ids)
    mine = [(h.to_status.value, h.by_user_id)
            for h in a.cases.get_case(ids["client"]).referrals[0].history]
    assert all(user is not None for _, user in mine)
    a.imports.import_package(b.exports.export(to(b, a)))
    [conflict] = a.imports.conflicts()
    a.imports.resolve_conflict(conflict.id, "remote")
    history = [(h.to_status.value, h.by_user_id)
               for h in a.cases.get_case(ids["client"]).referrals[0].history]
    assert [h for h in history if h[1] is not None] == mine  # ours, with their authors
    assert ("received", None) in history  # theirs, as another agency's


def test_keep_theirs_on_our_release_is_refused(abc: tuple[Side, Side, Side]) -> None:
    """A conflict stored before these rules (or forged into one) cannot change our
    consent either."""
    from nap_desktop.store.transfer_models import ConflictRow

    a, b, _ = abc
    ids, sent, _ = exchanged(a, b)
    ours = the(records_in(sent, b), "release", ids["release"])
    widened = edited(ours, categories=ALL)
    with a.ctx.unit_of_work() as s:
        s.add(ConflictRow(id=new_id(), record_type="release", record_id=ids["release"],
                          partner_agency_id=to(a, b), export_id=new_id(),
                          local_revision=a.releases.for_client(ids["client"])[0].revision,
                          local_json="{}", remote_json=pkg.canonical(widened).decode(),
                          created_at=a.ctx.now(), resolved_at=None, resolution=None,
                          resolved_by=None))
    [conflict] = a.imports.conflicts()
    with pytest.raises(OurConsentKept, match="never replaces our consent"):
        a.imports.resolve_conflict(conflict.id, "remote")
    assert a.releases.for_client(ids["client"])[0].categories == frozenset(
        {InfoCategory.HOUSING})


def test_keep_ours_on_an_old_conflict_never_adopts_an_absurd_revision(
        abc: tuple[Side, Side, Side]) -> None:
    """A conflict stored before revisions were bounded may hold one near 2^53 - 1: keeping
    ours must not carry it into our revision (every later export would fail)."""
    from nap_desktop.store.transfer_models import ConflictRow

    a, b, _ = abc
    ids, _, back = exchanged(a, b)
    referral = dict(the(records_in(back, a), "referral"))
    referral["revision"] = pkg.MAX_INT
    ours = a.cases.get_case(ids["client"]).referrals[0].revision
    with a.ctx.unit_of_work() as s:
        s.add(ConflictRow(id=new_id(), record_type="referral", record_id=ids["referral"],
                          partner_agency_id=to(a, b), export_id=new_id(), local_revision=ours,
                          local_json="{}", remote_json=pkg.canonical(referral).decode(),
                          created_at=a.ctx.now(), resolved_at=None, resolution=None,
                          resolved_by=None))
    [conflict] = a.imports.conflicts()
    a.imports.resolve_conflict(conflict.id, "local")
    assert a.cases.get_case(ids["client"]).referrals[0].revision < 2 * 1_000_000
    assert b.imports.import_package(a.exports.export(to(a, b))).applied  # the referral goes out
