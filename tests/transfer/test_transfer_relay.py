"""A partner cannot use us as a relay (red team, repro_relay_to_c.sh): hostile B (valid,
pinned keys) sent A a release of A's client X naming agency C (every category, active)
plus a referral B -> C. A stored both "as information", and A's next routine export to C
carried X's client record (case number, times, trafficking type), B's release and B's
referral, which C imported as A's records: any partner could make us tell any agency
that someone is our client, with a consent it fabricated.

Now a package only brings what is between its sender and us (``authority.check_parties``),
and an export only carries referrals between us and the partner, with our releases and
the partner's own (``consent_gate.gather``). Three real vaults, real packages, forged
and signed with B's own key."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from nap_desktop.domain.errors import ValidationError
from nap_desktop.services.base import new_id
from nap_desktop.store.transfer_models import ConflictRow
from nap_desktop.transfer import age, authority
from nap_desktop.transfer import package as pkg
from nap_desktop.transfer.authority import ThirdAgencyKept, ThirdAgencyRefused
from tests.transfer.forge import (
    Record,
    agency_record,
    edited,
    forge,
    new_referral,
    new_release,
    records_in,
)
from tests.transfer.test_transfer_authority import CANARIES, abc, exchanged, to
from tests.transfer.transfer_helpers import Side, agencies, clock, open_plain

__all__ = ["abc", "agencies", "clock"]  # fixtures

Trio = tuple[Side, Side, Side]


def relay(a: Side, b: Side, c: Side, client_id: str) -> tuple[Record, Record]:
    """B's release of X naming C (every category) and its referral B -> C citing it."""
    release = new_release(client_id=client_id, recipient=c.me, today=a.ctx.today())
    referral = new_referral(client_id=client_id, from_agency=b.me, to_agency=c.me,
                            release_id=release["id"])
    return release, referral


def sent_to(a: Side, partner: Side) -> list[Record]:
    """The records of A's next routine export to ``partner``."""
    return [json.loads(f) for f in open_plain(a.exports.export(to(a, partner)), partner).records]


@pytest.fixture
def before_this_fix(monkeypatch: pytest.MonkeyPatch) -> None:
    """Imports as they were before packages were checked for third agencies: a vault that
    took B's relay then still holds it, and what it exports must not pass it on."""
    monkeypatch.setattr(authority, "check_parties", lambda *a, **k: None)


# --- import: only what is between the sender and us ---------------------------------


def test_a_release_and_a_referral_to_a_third_agency_refuse_the_package(abc: Trio) -> None:
    a, b, c = abc
    ids, _, back = exchanged(a, b)
    release, referral = relay(a, b, c, ids["client"])
    forged = forge(back, sender=b, receiver=a,
                   edit=lambda rs: [*rs, agency_record(c), release, referral])
    counts = a.counts()
    with pytest.raises(ThirdAgencyRefused, match="nothing was imported"):
        a.imports.import_package(forged)
    assert a.counts() == counts
    assert [r.id for r in a.releases.for_client(ids["client"])] == [ids["release"]]
    # and A's next export to C says nothing of X
    assert sent_to(a, c) == [] or all(r["type"] == "agency" for r in sent_to(a, c))


@pytest.mark.parametrize("what", ["release", "referral"])
def test_each_third_agency_record_alone_refuses_the_package(abc: Trio, what: str) -> None:
    a, b, c = abc
    ids, _, back = exchanged(a, b)
    release, referral = relay(a, b, c, ids["client"])
    referral["data"]["release_id"] = None
    extra = {"release": release, "referral": referral}[what]
    counts = a.counts()
    with pytest.raises(ThirdAgencyRefused):
        a.imports.import_package(forge(back, sender=b, receiver=a,
                                 edit=lambda rs: [*rs, agency_record(c), extra]))
    assert a.counts() == counts


def test_the_partner_cannot_take_over_our_referral_with_a_third_agency(abc: Trio) -> None:
    """A's referral of X to C, sent back by B (which never had it) as B's referral to A."""
    a, b, c = abc
    ids, _, back = exchanged(a, b)
    ours = a.referrals.create(client_id=ids["client"], from_agency_id=a.me,
                              to_agency_id=to(a, c), direction="between_providers",
                              services=["legal"])
    stolen = new_referral(client_id=ids["client"], from_agency=b.me, to_agency=a.me,
                          release_id=None)
    stolen["id"], stolen["revision"] = ours.id, ours.revision + 1
    counts = a.counts()
    with pytest.raises(ThirdAgencyRefused):
        a.imports.import_package(forge(back, sender=b, receiver=a, edit=lambda rs: [*rs, stolen]))
    assert a.counts() == counts
    [kept] = [r for r in a.cases.get_case(ids["client"]).referrals if r.id == ours.id]
    assert (kept.from_agency_id, kept.to_agency_id) == (a.me, to(a, c))


def test_the_partners_own_release_naming_us_or_itself_still_comes_in(abc: Trio) -> None:
    a, b, _ = abc
    ids, _, back = exchanged(a, b)
    to_b = new_release(client_id=ids["client"], recipient=b.me, today=a.ctx.today())
    to_a = new_release(client_id=ids["client"], recipient=a.me, today=a.ctx.today())
    assert a.imports.import_package(forge(back, sender=b, receiver=a,
                                    edit=lambda rs: [*rs, to_b, to_a])).applied
    theirs = {r.id for r in a.releases.for_client(ids["client"]) if r.recorded_by_agency_id}
    assert theirs == {to_b["id"], to_a["id"]}


def test_a_partners_release_changed_to_name_a_third_agency_is_refused(abc: Trio) -> None:
    a, b, c = abc
    ids, _, back = exchanged(a, b)
    theirs = new_release(client_id=ids["client"], recipient=b.me, today=a.ctx.today())
    a.imports.import_package(forge(back, sender=b, receiver=a, edit=lambda rs: [*rs, theirs]))
    moved = edited(theirs, recipient_agency_id=c.me)
    with pytest.raises(ThirdAgencyRefused):
        a.imports.import_package(forge(back, sender=b, receiver=a, edit=lambda rs: [*rs, moved]))
    [stored] = [r for r in a.releases.for_client(ids["client"]) if r.id == theirs["id"]]
    assert stored.recipient_agency_id == to(a, b)


# --- export: never relay another agency's records --------------------------------------


def test_a_vault_holding_a_relay_never_passes_it_on(abc: Trio, before_this_fix: None) -> None:
    """The red team's scenario end to end: A imported the relay (as before this fix); its
    next exports to C and to B carry nothing of it, and C learns nothing of X."""
    a, b, c = abc
    ids, _, back = exchanged(a, b)
    release, referral = relay(a, b, c, ids["client"])
    assert a.imports.import_package(forge(back, sender=b, receiver=a,
                                    edit=lambda rs: [*rs, agency_record(c), release,
                                                     referral])).applied
    to_c = a.exports.export(to(a, c))
    assert [r for r in records_in(to_c, c) if r["type"] != "agency"] == []
    plain = age.decrypt(to_c, c.identities())
    case_number = a.cases.get_case(ids["client"]).client.case_number
    assert case_number.encode() not in plain and b"Marisol" not in plain
    assert not any(canary in plain for canary in CANARIES)
    counts = c.counts()
    c.imports.import_package(to_c)
    assert {k: v for k, v in c.counts().items() if k in ("clients", "releases", "referrals")} \
        == {k: v for k, v in counts.items() if k in ("clients", "releases", "referrals")}
    to_b = {(r["type"], r["id"]) for r in sent_to(a, b)}
    assert ("referral", referral["id"]) not in to_b
    # B's own release (naming C) may go back to B, its author: an echo tells B nothing.


def test_a_third_agencys_release_never_travels_with_our_own_referral(
        abc: Trio, before_this_fix: None) -> None:
    """X really is referred by A to C (housing shared): the package to C carries X, our
    release to C, and not B's all-category release naming C."""
    a, b, c = abc
    ids, _, back = exchanged(a, b)
    release, referral = relay(a, b, c, ids["client"])
    a.imports.import_package(forge(back, sender=b, receiver=a,
                             edit=lambda rs: [*rs, agency_record(c), release, referral]))
    today = a.ctx.today()
    ours = a.releases.create(client_id=ids["client"], recipient_agency_id=to(a, c),
                             categories=["housing"], purpose="Shelter",
                             expires_on=today + timedelta(days=30), signed_on=today)
    mine = a.referrals.create(client_id=ids["client"], from_agency_id=a.me,
                              to_agency_id=to(a, c), direction="between_providers",
                              services=["housing"], release_id=ours.id)
    sent = {(r["type"], r["id"]) for r in sent_to(a, c)}
    assert {("client", ids["client"]), ("release", ours.id), ("referral", mine.id)} <= sent
    assert ("release", release["id"]) not in sent
    assert ("referral", referral["id"]) not in sent


def test_choosing_a_partners_referral_with_a_third_agency_is_refused(
        abc: Trio, before_this_fix: None) -> None:
    a, b, c = abc
    ids, _, back = exchanged(a, b)
    release, referral = relay(a, b, c, ids["client"])
    a.imports.import_package(forge(back, sender=b, receiver=a,
                             edit=lambda rs: [*rs, agency_record(c), release, referral]))
    for partner in (b, c):
        with pytest.raises(ValidationError, match="between your agency and the partner"):
            a.exports.export(to(a, partner), referral_ids=[referral["id"]])


def test_keep_theirs_never_takes_over_our_referral_with_a_third_agency(abc: Trio) -> None:
    """A conflict stored before packages were checked (or forged into one): B's version
    of A's referral to C, retargeted to B, is not taken."""
    a, b, c = abc
    ids, _, _ = exchanged(a, b)
    ours = a.referrals.create(client_id=ids["client"], from_agency_id=a.me,
                              to_agency_id=to(a, c), direction="between_providers",
                              services=["legal"])
    stolen = new_referral(client_id=ids["client"], from_agency=a.me, to_agency=b.me,
                          release_id=None)
    stolen["id"], stolen["revision"] = ours.id, ours.revision + 1
    with a.ctx.unit_of_work() as s:
        s.add(ConflictRow(id=new_id(), record_type="referral", record_id=ours.id,
                          partner_agency_id=to(a, b), export_id=new_id(),
                          local_revision=ours.revision, local_json="{}",
                          remote_json=pkg.canonical(stolen).decode(), created_at=a.ctx.now(),
                          resolved_at=None, resolution=None, resolved_by=None))
    [conflict] = a.imports.conflicts()
    with pytest.raises(ThirdAgencyKept, match="Nothing was changed"):
        a.imports.resolve_conflict(conflict.id, "remote")
    [kept] = [r for r in a.cases.get_case(ids["client"]).referrals if r.id == ours.id]
    assert (kept.from_agency_id, kept.to_agency_id) == (a.me, to(a, c))
