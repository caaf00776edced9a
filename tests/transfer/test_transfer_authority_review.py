"""Holes a reviewer found in the partner rules (issue #10, "Partners"), each through the
real importer with packages forged and signed with the partner's own pinned keys: a value
we shared once and withhold now is not the partner's to overwrite; a partner never points
our referrals or releases at other agencies or releases; our releases to other agencies
never go to a partner; a partner's release becomes our consent only under our rules."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from nap_desktop.domain.enums import InfoCategory, Role
from nap_desktop.domain.errors import ValidationError
from nap_desktop.services.base import new_id
from nap_desktop.store import models as m
from nap_desktop.store.transfer_models import ConflictRow
from nap_desktop.transfer import age
from nap_desktop.transfer import package as pkg
from nap_desktop.transfer.authority import (
    RecordWouldMove,
    Refusal,
    ThirdAgencyKept,
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
from tests.transfer.test_transfer_authority import (
    ALL,
    abc,
    exchanged,
    make_case,
    shared_with,
    the,
    to,
)
from tests.transfer.transfer_helpers import Side, agencies, clock

__all__ = ["abc", "agencies", "clock"]  # fixtures

ABC = tuple[Side, Side, Side]
WHERE = "Room 12, Hidden Motel"


def reasons(result: object) -> dict[tuple[str, str], tuple[Action, str]]:
    items = result.plan.items  # type: ignore[attr-defined]
    return {(i.record_type, i.record_id): (i.action, i.reason) for i in items}


def release_to(a: Side, other: Side, client_id: str) -> str:
    """Our release to ``other`` (immigration, for a T visa): none of B's business."""
    today = a.ctx.today()
    return a.releases.create(client_id=client_id, recipient_agency_id=to(a, other),
                             categories=["immigration"], purpose="T visa application",
                             expires_on=today + timedelta(days=60), signed_on=today).id


def carrying_all(theirs: Record, sent: bytes, b: Side) -> Record:
    """B's client record carrying every detail A once sent it (B withholds them from A
    by default: A's release counts for nobody's consent but A's)."""
    out: Record = json.loads(json.dumps(theirs))
    out["data"]["personal"] = dict(the(records_in(sent, b), "client")["data"]["personal"])
    out["withheld"] = []
    out.pop("left_out", None)
    return out


def conflict(a: Side, b: Side, kind: str, rid: str, local_revision: int,
             remote: Record) -> str:
    """A conflict stored with ``remote`` as the partner's version (as one stored before
    these rules, or forged into one)."""
    with a.ctx.unit_of_work() as s:
        s.add(ConflictRow(id=new_id(), record_type=kind, record_id=rid,
                          partner_agency_id=to(a, b), export_id=new_id(),
                          local_revision=local_revision, local_json="{}",
                          remote_json=pkg.canonical(remote).decode(), created_at=a.ctx.now(),
                          resolved_at=None, resolution=None, resolved_by=None))
    [found] = a.imports.conflicts()
    return found.id


# --- a value we shared is not the partner's -------------------------------------------


def test_a_value_sent_back_is_not_the_partners_once_we_withhold_it(abc: ABC) -> None:
    """B learnt the location under a release we revoked since: sending it back unchanged
    does not make it B's, and a changed one keeps ours."""
    a, b, _ = abc
    ids = make_case(a, b, ALL)
    sent = a.exports.export(to(a, b))
    b.imports.import_package(sent)
    b.referrals.transition(ids["referral"], "received")
    back = b.exports.export(to(b, a))
    a.imports.import_package(back)  # every value comes back as we sent it
    a.releases.revoke(ids["release"])
    echo = carrying_all(the(records_in(back, a), "client", ids["client"]), sent, b)

    def client(new: Record) -> bytes:
        return forge(back, sender=b, receiver=a,
                     edit=lambda rs: [*(r for r in rs if r["type"] != "client"), new])

    a.imports.import_package(client(echo))
    attack = edited(echo)
    attack["data"]["personal"].update(location="ATTACKER-SET", t_visa="denied")
    result = a.imports.import_package(client(attack))
    personal = a.cases.get_case(ids["client"]).client.personal
    assert (personal.location, personal.t_visa) == (WHERE, "requested")
    [item] = [i for i in result.plan.items if i.record_type == "client"]
    assert item.action is Action.REFUSED and item.reason == Refusal.WITHHELD.value


def test_keep_ours_makes_no_value_the_partners(abc: ABC) -> None:
    """Keeping our version takes nothing of theirs: a withheld value that happened to be
    equal in their version is still ours when they change it later."""
    a, b, _ = abc
    ids = make_case(a, b, ALL)
    sent = a.exports.export(to(a, b))
    b.imports.import_package(sent)
    back = b.exports.export(to(b, a))
    a.releases.revoke(ids["release"])
    theirs = carrying_all(the(records_in(back, a), "client", ids["client"]), sent, b)
    other = edited(theirs, trafficking_type="sex")
    revision = a.cases.get_case(ids["client"]).client.revision
    a.imports.resolve_conflict(conflict(a, b, "client", ids["client"], revision, other), "local")
    attack = edited(theirs)
    attack["data"]["personal"]["location"] = "ATTACKER-SET"
    a.imports.import_package(forge(back, sender=b, receiver=a, edit=lambda rs: [
        *(r for r in rs if r["type"] != "client"), attack]))
    for c in a.imports.conflicts():
        a.imports.resolve_conflict(c.id, "remote")
    assert a.cases.get_case(ids["client"]).client.personal.location == WHERE


def test_the_partner_still_changes_a_value_it_set(abc: ABC) -> None:
    """A value B changed while we shared it is B's: once withheld, B may still correct it."""
    a, b, _ = abc
    ids = make_case(a, b, ALL)
    sent = a.exports.export(to(a, b))
    b.imports.import_package(sent)
    back = b.exports.export(to(b, a))
    theirs = carrying_all(the(records_in(back, a), "client", ids["client"]), sent, b)
    moved = edited(theirs)
    moved["data"]["personal"]["location"] = "Shelter B, room 3"
    a.imports.import_package(forge(back, sender=b, receiver=a, edit=lambda rs: [
        *(r for r in rs if r["type"] != "client"), moved]))
    assert a.cases.get_case(ids["client"]).client.personal.location == "Shelter B, room 3"
    a.releases.revoke(ids["release"])
    again = edited(moved)
    again["data"]["personal"]["location"] = "Shelter B, room 4"
    a.imports.import_package(forge(back, sender=b, receiver=a, edit=lambda rs: [
        *(r for r in rs if r["type"] != "client"), again]))
    assert a.cases.get_case(ids["client"]).client.personal.location == "Shelter B, room 4"


# --- nothing moves ---------------------------------------------------------------------


def test_our_referral_is_not_redirected_to_a_third_agency(abc: ABC) -> None:
    a, b, c = abc
    ids, _, back = exchanged(a, b)
    a.imports.import_package(back)
    moved = edited(the(records_in(back, a), "referral", ids["referral"]), to_agency_id=c.me)
    # A referral that would concern C refuses the whole package (authority.check_parties).
    with pytest.raises(ThirdAgencyRefused):
        a.imports.import_package(forge(back, sender=b, receiver=a, edit=lambda rs: [
            *(r for r in rs if r["id"] != ids["referral"]), agency_record(c), moved]))
    with a.ctx.read() as s:
        assert s.get(m.ReferralRow, ids["referral"]).to_agency_id == to(a, b)
    plain = age.decrypt(a.exports.export(to(a, c)), c.identities())
    assert ids["referral"].encode() not in plain and b"grey van" not in plain


def test_our_referral_does_not_cite_our_release_to_another_agency(abc: ABC) -> None:
    a, b, c = abc
    ids, _, back = exchanged(a, b)
    a.imports.import_package(back)
    to_c = release_to(a, c, ids["client"])
    repointed = edited(the(records_in(back, a), "referral", ids["referral"]), release_id=to_c)
    result = a.imports.import_package(forge(back, sender=b, receiver=a, edit=lambda rs: [
        *(r for r in rs if r["id"] != ids["referral"]), repointed]))
    assert reasons(result)[("referral", ids["referral"])] == (Action.REFUSED,
                                                              Refusal.MOVED.value)
    plain = age.decrypt(a.exports.export(to(a, b)), b.identities())
    assert to_c.encode() not in plain and b"T visa application" not in plain


def test_a_partners_release_is_not_readdressed(abc: ABC) -> None:
    a, b, c = abc
    ids, _, back = exchanged(a, b)
    theirs = new_release(client_id=ids["client"], recipient=b.me, today=a.ctx.today())
    a.imports.import_package(forge(back, sender=b, receiver=a, edit=lambda rs: [*rs, theirs]))
    moved = edited(theirs, recipient_agency_id=c.me)
    with pytest.raises(ThirdAgencyRefused):  # a release naming C: the whole package
        a.imports.import_package(forge(back, sender=b, receiver=a,
                                 edit=lambda rs: [*rs, agency_record(c), moved]))
    with a.ctx.read() as s:
        assert s.get(m.ReleaseRow, theirs["id"]).recipient_agency_id == to(a, b)


def test_keep_theirs_never_redirects_our_referral(abc: ABC) -> None:
    a, b, c = abc
    ids, _, back = exchanged(a, b)
    a.imports.import_package(back)
    moved = edited(the(records_in(back, a), "referral", ids["referral"]), to_agency_id=c.me)
    revision = a.cases.get_case(ids["client"]).referrals[0].revision
    found = conflict(a, b, "referral", ids["referral"], revision, moved)
    with pytest.raises((RecordWouldMove, ThirdAgencyKept)):
        a.imports.resolve_conflict(found, "remote")
    assert a.cases.get_case(ids["client"]).referrals[0].to_agency_id == to(a, b)


# --- our releases to other agencies stay home -------------------------------------------


def test_a_release_to_another_agency_never_goes_with_a_referral_citing_it(abc: ABC) -> None:
    """A referral to B that cites our release to C (taken from a partner before these
    rules) goes to B citing none; B's echo of that null, and its edits, keep our citation."""
    a, b, c = abc
    ids = make_case(a, b, ["housing"])
    to_c = release_to(a, c, ids["client"])
    with a.ctx.unit_of_work() as s:
        s.get(m.ReferralRow, ids["referral"]).release_id = to_c
    sent = a.exports.export(to(a, b))
    plain = age.decrypt(sent, b.identities())
    assert to_c.encode() not in plain and b"T visa application" not in plain
    assert the(records_in(sent, b), "referral", ids["referral"])["data"]["release_id"] is None
    assert b.imports.import_package(sent).applied
    back = b.exports.export(to(b, a))
    assert reasons(a.imports.import_package(back))[("referral", ids["referral"])][0] is \
        Action.UNCHANGED
    b.referrals.transition(ids["referral"], "received")
    result = a.imports.import_package(b.exports.export(to(b, a)))
    assert reasons(result)[("referral", ids["referral"])][0] is Action.UPDATED
    [referral] = a.cases.get_case(ids["client"]).referrals
    assert (referral.status.value, referral.release_id) == ("received", to_c)


def test_a_new_referral_citing_our_release_to_another_agency_is_refused(abc: ABC) -> None:
    a, b, c = abc
    ids, _, back = exchanged(a, b)
    to_c = release_to(a, c, ids["client"])
    ref = new_referral(client_id=ids["client"], from_agency=b.me, to_agency=a.me,
                       release_id=to_c)
    note = {"type": "note", "id": new_id(), "revision": 1, "base": None, "withheld": [],
            "data": {"client_id": ids["client"], "referral_id": ref["id"],
                     "created_at": "2026-11-23T15:00:00.000000Z", "body": "see referral"}}
    before = a.counts()
    result = a.imports.import_package(forge(back, sender=b, receiver=a,
                                      edit=lambda rs: [*rs, ref, note]))
    got = reasons(result)
    assert got[("referral", ref["id"])] == (Action.REFUSED, Refusal.NOT_ITS_RELEASE.value)
    assert got[("note", note["id"])] == (Action.REFUSED, Refusal.NOT_ITS_RELEASE.value)
    with a.ctx.read() as s:
        assert s.get(m.ReferralRow, ref["id"]) is None and s.get(m.NoteRow, note["id"]) is None
    assert a.counts()["referrals"] == before["referrals"]
    plain = age.decrypt(a.exports.export(to(a, b)), b.identities())
    assert to_c.encode() not in plain and b"T visa application" not in plain


def test_a_referral_from_us_to_a_third_agency_is_not_made_up_by_a_partner(abc: ABC) -> None:
    """B writes a referral "from A to C": our next export to C would carry our client."""
    a, b, c = abc
    ids, _, back = exchanged(a, b)
    made_up = new_referral(client_id=ids["client"], from_agency=a.me, to_agency=c.me,
                           release_id=None)
    with pytest.raises(ThirdAgencyRefused):  # not between B and us: the whole package
        a.imports.import_package(forge(back, sender=b, receiver=a,
                                 edit=lambda rs: [*rs, agency_record(c), made_up]))
    with a.ctx.read() as s:
        assert s.get(m.ReferralRow, made_up["id"]) is None
    plain = age.decrypt(a.exports.export(to(a, c)), c.identities())
    assert ids["client"].encode() not in plain


def test_a_new_referral_citing_the_partners_own_release_is_taken(abc: ABC) -> None:
    a, b, _ = abc
    ids, _, back = exchanged(a, b)
    theirs = new_release(client_id=ids["client"], recipient=a.me, today=a.ctx.today())
    ref = new_referral(client_id=ids["client"], from_agency=b.me, to_agency=a.me,
                       release_id=theirs["id"])
    result = a.imports.import_package(forge(back, sender=b, receiver=a,
                                      edit=lambda rs: [*rs, theirs, ref]))
    assert reasons(result)[("referral", ref["id"])][0] is Action.NEW
    sent = the(records_in(a.exports.export(to(a, b)), b), "referral", ref["id"])
    assert sent["data"]["release_id"] == theirs["id"]  # its own release goes back to it


# --- confirming a partner's release -------------------------------------------------------


def test_confirming_a_partners_release_applies_the_release_rules(abc: ABC) -> None:
    a, b, _ = abc
    ids, _, back = exchanged(a, b)
    theirs = new_release(client_id=ids["client"], recipient=b.me, today=a.ctx.today(),
                         categories=["identity", "location"])
    theirs["data"]["expires_on"] = (a.ctx.today() + timedelta(days=3650)).isoformat()
    a.imports.import_package(forge(back, sender=b, receiver=a, edit=lambda rs: [*rs, theirs]))
    a.act_as_role(Role.SUPERVISOR)
    with pytest.raises(ValidationError, match="at most one year"):
        a.releases.confirm_partner_release(theirs["id"], expected_revision=theirs["revision"])
    untold = new_release(client_id=ids["client"], recipient=b.me, today=a.ctx.today(),
                         categories=["location"])
    untold["data"]["services_not_conditional"] = False
    a.imports.import_package(forge(back, sender=b, receiver=a, edit=lambda rs: [*rs, untold]))
    with pytest.raises(ValidationError, match="services do not depend on signing"):
        a.releases.confirm_partner_release(untold["id"], expected_revision=untold["revision"])
    assert InfoCategory.LOCATION not in shared_with(a, to(a, b))[ids["client"]]
