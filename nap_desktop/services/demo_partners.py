"""Fictional identity cards for the demo's partner agencies, so the export wizard can be
tried end to end in a demo vault.

Each card is made the way a real agency makes its own (``identity.new_generation`` and
``identity.build_card``) and pinned through ``IdentityService.pin_partner`` with the
fingerprint read off the card, as ``nap partners add --card FILE --fingerprint FP`` does:
the self-signature, the keys and the fingerprint are all checked. The private keys live
only in memory until the card is signed and are never stored: the demo exports *to*
these partners, and nobody can open what it sends.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import select

from nap_desktop.domain.entities import Agency
from nap_desktop.services.base import ServiceContext
from nap_desktop.services.transfer.identity import IdentityService
from nap_desktop.store import mapping
from nap_desktop.store import models as m
from nap_desktop.transfer import identity

#: Left without a card on purpose: the wizard then shows what an unverified partner looks
#: like, and a second vault named like it can be paired with the demo for real
#: (docs/screenshots/shoot.py does so for the import preview).
UNVERIFIED_DEMO_PARTNERS = frozenset({"Harbor Legal Aid (demo)"})


def fictional_card(agency: Agency, now: datetime) -> bytes:
    """A valid, self-signed identity card for ``agency``; its private keys are dropped."""
    keys = identity.new_generation(1, now)  # never added to a session: never stored
    return identity.build_card(agency, keys)


def pin_demo_partners(ctx: ServiceContext, names: Iterable[str]) -> int:
    """Pin a fictional card for each partner agency called one of ``names`` that has no
    pinned card yet (one transaction each, as an administrator pins them). Returns how
    many were pinned."""
    wanted = set(names) - UNVERIFIED_DEMO_PARTNERS
    service = IdentityService(ctx)
    pinned = {p.agency_id for p in service.partners()}
    with ctx.read() as s:
        rows = s.scalars(
            select(m.AgencyRow)
            .where(m.AgencyRow.name.in_(wanted), m.AgencyRow.is_self.is_(False))
            .order_by(m.AgencyRow.name)
        ).all()
        agencies = [mapping.agency(r) for r in rows if r.id not in pinned]
    for agency in agencies:
        card = fictional_card(agency, ctx.now())
        service.pin_partner(card, identity.card_fingerprint(card), local_agency_id=agency.id)
    return len(agencies)
