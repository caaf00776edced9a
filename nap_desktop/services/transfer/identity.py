"""Our agency's identity card and keys, and the partners whose cards we pinned.

Each public method is one user action: one transaction with its audit events. Audit
details carry ids and fingerprints, never case data.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session as OrmSession

from nap_desktop.domain.enums import Role
from nap_desktop.domain.errors import ValidationError
from nap_desktop.domain.messages import N_
from nap_desktop.services.base import ServiceContext, get_or_404
from nap_desktop.services.transfer.common import current_cards, current_keys, me
from nap_desktop.store import models as m
from nap_desktop.store import transfer_models as tm
from nap_desktop.transfer import identity
from nap_desktop.transfer.errors import PartnerKeyChanged, PartnerNotPinned, ReplacesVerifiedKey


@dataclass(frozen=True, slots=True)
class CardInfo:
    card: bytes
    fingerprint: str
    generation: int


@dataclass(frozen=True, slots=True)
class PartnerInfo:
    agency_id: str  # our directory id
    card_agency_id: str
    name: str
    fingerprint: str
    verified_at: datetime
    replaced_fingerprint: str | None = None


class IdentityService:
    """Identity cards and pinned partners (``Workspace.identity``)."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def identity_card(self) -> CardInfo:
        """Our public identity card (made on first use) and its fingerprint to read out."""
        self.ctx.require(Role.CASEWORKER)
        with self.ctx.unit_of_work() as s:
            keys = current_keys(self.ctx, s)
            card = identity.build_card(me(s), keys)
            return CardInfo(card, identity.card_fingerprint(card), keys.generation)

    def rotate_keys(self) -> CardInfo:
        """New agency keys. Old ones are kept (retired) to open packages already sent to us;
        partners must pin the new card before they can send to it or trust what we sign."""
        self.ctx.require(Role.ADMIN)
        with self.ctx.unit_of_work() as s:
            old = current_keys(self.ctx, s)
            old.retired_at = self.ctx.now()
            keys = identity.new_generation(old.generation + 1, self.ctx.now())
            s.add(keys)
            s.flush()
            card = identity.build_card(me(s), keys)
            fingerprint = identity.card_fingerprint(card)
            self.ctx.audit(s, "transfer.keys_rotate", record_type="agency",
                           detail=f"generation {keys.generation}; fingerprint {fingerprint}")
            return CardInfo(card, fingerprint, keys.generation)

    def pin_partner(self, card_bytes: bytes, fingerprint: str,
                    local_agency_id: str | None = None, *,
                    replace_verified: bool = False) -> PartnerInfo:
        """Trust a partner's card after its fingerprint was confirmed out of band. A card
        with new keys for a known partner needs the new card's fingerprint and, as it
        replaces a verified key, ``replace_verified`` (else :class:`ReplacesVerifiedKey`,
        naming both fingerprints); the replacement is audited with both."""
        self.ctx.require(Role.ADMIN)
        card = identity.parse_card(card_bytes)
        with self.ctx.unit_of_work() as s:
            if card.agency_id == me(s).id:
                raise ValidationError(N_("That is your own agency's identity card."), field="card")
            current = self._card_of(s, card.agency_id)
            if current is not None and current.fingerprint == card.fingerprint:
                identity.check_fingerprint(card, fingerprint)
                return self._partner_info(s, current)
            local_id = self._local_agency(s, card, current, local_agency_id)
            replaced_rows = self._trusted_for(s, local_id, card.agency_id)
            typed = identity.normalize_fingerprint(fingerprint)
            if any(typed == row.fingerprint for row in replaced_rows):
                raise PartnerKeyChanged()  # the old fingerprint read out for new keys
            identity.check_fingerprint(card, fingerprint)
            if replaced_rows and not replace_verified:
                name = get_or_404(s, m.AgencyRow, local_id, "agency").name
                pinned = replaced_rows[0].fingerprint
                raise ReplacesVerifiedKey(agency_name=name, pinned=pinned, new=card.fingerprint)
            for old in replaced_rows:
                old.superseded = True
            current = current or next(iter(replaced_rows), None)
            row = self._pin(s, card, local_id)
            replaced = current.fingerprint if current is not None else None
            self.ctx.audit(s, "transfer.partner_replace_key" if replaced
                           else "transfer.partner_pin", record_type="agency",
                           record_id=local_id, detail=f"fingerprint {card.fingerprint}"
                           + (f"; replaces verified key {replaced}" if replaced else ""))
            return replace(self._partner_info(s, row), replaced_fingerprint=replaced)

    def partners(self) -> list[PartnerInfo]:
        """Partners with a pinned (current) card."""
        with self.ctx.read() as s:
            return sorted((self._partner_info(s, r) for r in current_cards(s)),
                          key=lambda p: p.name)

    def find_partner(self, name_or_id: str) -> PartnerInfo:
        """A pinned partner by our directory id, its own id, or its name (any case)."""
        wanted = name_or_id.strip().lower()
        for info in self.partners():
            if wanted in (info.agency_id, info.card_agency_id, info.name.lower()):
                return info
        raise PartnerNotPinned(
            N_(
                "No pinned partner is called “{name}”: check the name, or pin its identity "
                "card first (Admin ▸ Partners, or nap partners add)."
            ),
            name=name_or_id,
        )

    # --- helpers ------------------------------------------------------------------

    def _card_of(self, s: OrmSession, card_agency_id: str) -> tm.PartnerCardRow | None:
        return s.scalars(select(tm.PartnerCardRow).where(
            tm.PartnerCardRow.agency_id == card_agency_id,
            tm.PartnerCardRow.superseded.is_(False))).first()

    def _trusted_for(self, s: OrmSession, local_id: str,
                     card_agency_id: str) -> list[tm.PartnerCardRow]:
        """Every card this directory entry trusts now (one, as a rule): the same agency's
        older keys, or the card of a vault the partner has since made anew under another
        agency id. A directory entry has one current card, or the package for it could go
        to keys other than the ones shown."""
        return list(s.scalars(select(tm.PartnerCardRow).where(
            tm.PartnerCardRow.superseded.is_(False),
            (tm.PartnerCardRow.local_agency_id == local_id)
            | (tm.PartnerCardRow.agency_id == card_agency_id))))

    def _pin(self, s: OrmSession, card: identity.Card, local_id: str) -> tm.PartnerCardRow:
        row = tm.PartnerCardRow(
            agency_id=card.agency_id, local_agency_id=local_id,
            card=card.raw.decode("utf-8"), x25519_recipient=card.x25519_recipient,
            pq_recipient=card.pq_recipient, signing_public=card.signing_public,
            fingerprint=card.fingerprint, key_fingerprint=card.key_fingerprint,
            verified_at=self.ctx.now(), verified_by=self.ctx.actor.user_id, superseded=False)
        s.add(row)
        s.flush()
        return row

    def _local_agency(self, s: OrmSession, card: identity.Card,
                      current: tm.PartnerCardRow | None, wanted: str | None) -> str:
        """The directory entry a card belongs to: the one named, the one it was pinned to,
        one with the card's id or name, or a new one."""
        if wanted is not None:
            row = get_or_404(s, m.AgencyRow, wanted, "agency")
            if row.is_self:
                raise ValidationError(N_("Choose a partner agency, not your own."), field="agency")
            return row.id
        if current is not None:
            return current.local_agency_id
        if s.get(m.AgencyRow, card.agency_id) is not None:
            return card.agency_id
        linked = set(s.scalars(select(tm.PartnerCardRow.local_agency_id)))
        same_name = s.scalars(select(m.AgencyRow).where(
            func.lower(m.AgencyRow.name) == card.agency_name.lower(),
            m.AgencyRow.is_self.is_(False))).all()
        for row in same_name:
            if row.id not in linked:
                return row.id
        now = self.ctx.now()
        s.add(m.AgencyRow(id=card.agency_id, name=card.agency_name, kind=card.agency_kind.value,
                          is_victim_service_provider=card.is_victim_service_provider,
                          contacts="", is_self=False, created_at=now, updated_at=now,
                          revision=1))
        s.flush()
        return card.agency_id

    def _partner_info(self, s: OrmSession, row: tm.PartnerCardRow) -> PartnerInfo:
        agency = get_or_404(s, m.AgencyRow, row.local_agency_id, "agency")
        return PartnerInfo(row.local_agency_id, row.agency_id, agency.name, row.fingerprint,
                           row.verified_at)
