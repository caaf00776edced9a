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
