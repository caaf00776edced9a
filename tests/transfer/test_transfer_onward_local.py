"""An onward referral's chain is local (docs/transfer-format.md): the referral a partner
sent us, then sent on to another partner, travels to that partner without the link to the
first one or the first one itself, and the receiver's copy follows nothing."""

from __future__ import annotations

from typing import Any

from nap_desktop.domain.enums import AgencyKind
from nap_desktop.transfer import age
from tests.transfer.transfer_helpers import Side, add_case, agencies, clock, pair, to

__all__ = ["agencies", "clock"]  # fixtures


def test_the_referral_it_follows_from_never_travels(agencies: Any) -> None:
    a: Side = agencies("Casa Esperanza")
    b: Side = agencies("Harbor Housing", AgencyKind.HOUSING)
    c: Side = agencies("County Police", AgencyKind.LE_STATE_LOCAL)
    pair(a, b)
    pair(a, c)
    ids = add_case(a, to(a, b), categories=["housing"], housing=False)
    first = a.referrals.create(client_id=ids["client"], from_agency_id=to(a, c),
                               to_agency_id=a.me, direction=None, services=["housing"])
    onward = a.referrals.create(
        client_id=ids["client"], from_agency_id=a.me, to_agency_id=to(a, b), direction=None,
        services=["housing"], release_id=ids["release"], follows_id=first.id,
        reason="Needs a shelter near her school")
    assert onward.follows_id == first.id
    plain = age.decrypt(a.exports.export(to(a, b)), b.identities())
    assert onward.id.encode() in plain  # the package does carry the onward referral
    for local in (first.id, "follows", to(a, c)):
        assert local.encode() not in plain, local

    assert b.imports.import_package(a.exports.export(to(a, b))).applied
    received = {r.id: r for r in b.cases.get_case(ids["client"]).referrals}
    assert onward.id in received and first.id not in received
    assert received[onward.id].follows_id is None


def test_a_conflict_merged_or_kept_theirs_keeps_the_chain_and_the_worker(
        agencies: Any) -> None:
    """Field merge × onward referrals × assignment: the partner's version of the onward
    referral never holds the local fields, so neither a field-by-field merge nor "keep
    theirs" blanks the referral it follows from or the worker who holds it."""
    a: Side = agencies("Casa Esperanza")
    b: Side = agencies("Harbor Housing", AgencyKind.HOUSING)
    c: Side = agencies("County Police", AgencyKind.LE_STATE_LOCAL)
    pair(a, b)
    pair(a, c)
    ids = add_case(a, to(a, b), categories=["housing"], housing=False)
    first = a.referrals.create(client_id=ids["client"], from_agency_id=to(a, c),
                               to_agency_id=a.me, direction=None, services=["housing"])
    onward = a.referrals.create(
        client_id=ids["client"], from_agency_id=a.me, to_agency_id=to(a, b), direction=None,
        services=["housing"], release_id=ids["release"], follows_id=first.id)
    assert b.imports.import_package(a.exports.export(to(a, b))).applied
    for resolve, theirs in (("merge", "emergency"), ("keep", "routine")):
        for side, urgency in ((a, "priority"), (b, theirs)):
            ref = next(r for r in side.cases.get_case(ids["client"]).referrals
                       if r.id == onward.id)
            side.referrals.update(ref.id, services=ref.services, urgency=urgency,
                                  referring_person=ref.referring_person,
                                  external_case_number=ref.external_case_number,
                                  safety_notes=ref.safety_notes, release_id=ref.release_id)
        a.imports.import_package(b.exports.export(to(b, a)))
        [conflict] = a.imports.conflicts()
        if resolve == "merge":
            pending = a.imports.conflict_merge(conflict.id).merge.pending
            a.imports.resolve_conflict(conflict.id, dict.fromkeys(pending, "partner"))
        else:
            a.imports.resolve_conflict(conflict.id, "remote")
        here = next(r for r in a.cases.get_case(ids["client"]).referrals if r.id == onward.id)
        assert here.urgency.value == theirs  # the partner's change was taken
        assert here.follows_id == first.id
        assert here.assigned_user_id == onward.assigned_user_id is not None
        assert b.imports.import_package(a.exports.export(to(a, b))).applied
