"""What the transfer services share: our agency, our current keys, the pinned cards and
the map between our directory ids and the ids partners know agencies by.

Every function works inside the caller's session (one user action, one transaction).
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from nap_desktop.domain.entities import Agency
from nap_desktop.services.base import ServiceContext
from nap_desktop.store import mapping
from nap_desktop.store import models as m
from nap_desktop.store import transfer_models as tm
from nap_desktop.transfer import identity
from nap_desktop.transfer.consent_gate import IdMap
from nap_desktop.transfer.errors import PartnerNotPinned


def me(s: OrmSession) -> Agency:
    """Our own agency."""
    return mapping.agency(s.scalars(select(m.AgencyRow).where(m.AgencyRow.is_self)).one())


def current_keys(ctx: ServiceContext, s: OrmSession) -> tm.AgencyKeyRow:
    """Our newest agency keys, made (and audited) on first use."""
    keys = s.scalars(select(tm.AgencyKeyRow).where(tm.AgencyKeyRow.retired_at.is_(None))
                     .order_by(tm.AgencyKeyRow.generation.desc())).first()
    if keys is None:
        keys = identity.new_generation(1, ctx.now())
        s.add(keys)
        s.flush()
        ctx.audit(s, "transfer.keys_create", record_type="agency",
                  detail=f"generation {keys.generation}")
    return keys


def current_cards(s: OrmSession) -> list[tm.PartnerCardRow]:
    """Every partner's current (not superseded) card."""
    return list(s.scalars(select(tm.PartnerCardRow).where(
        tm.PartnerCardRow.superseded.is_(False))).all())


def card_for(s: OrmSession, partner_id: str) -> tm.PartnerCardRow:
    """The current card of a partner named by our directory id or its own id."""
    row = s.scalars(select(tm.PartnerCardRow).where(
        tm.PartnerCardRow.superseded.is_(False),
        (tm.PartnerCardRow.local_agency_id == partner_id)
        | (tm.PartnerCardRow.agency_id == partner_id))).first()
    if row is None:
        raise PartnerNotPinned()
    return row


def id_map(s: OrmSession) -> IdMap:
    """Our directory ids of partners that know themselves by another id."""
    return IdMap({c.local_agency_id: c.agency_id for c in current_cards(s)
                  if c.local_agency_id != c.agency_id})
