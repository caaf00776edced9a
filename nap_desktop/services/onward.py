"""The checks of a new referral that concern the case around it: which agency is the
partner, which release it may rely on, which referral it follows from, and the reason
written with it (a note on the referral).

A case holds any number of referrals, in both directions: received from the FBI, sent on
to a shelter. Every new one goes through ``referrals.add_referral`` (one transaction,
audited), which calls these.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy.orm import Session as OrmSession

from nap_desktop.domain import fields as registry
from nap_desktop.domain.enums import ReleaseStatus
from nap_desktop.domain.errors import ConsentRequired, ValidationError
from nap_desktop.domain.messages import N_
from nap_desktop.domain.rules import status_word
from nap_desktop.services import validate as v
from nap_desktop.services.base import ServiceContext, get_or_404, new_id
from nap_desktop.store import mapping
from nap_desktop.store import models as m

OWN_AGENCY = N_("Your own agency cannot be the partner of a referral: choose another agency.")
NOT_OURS = N_("A referral must be sent or received by your agency.")
OTHER_CLIENT = N_("That release of information is for another client.")
OTHER_PARTNER = N_("That release of information is made out to {agency}, not to the "
                   "partner of this referral.")
FOLLOWS_OTHER_CASE = N_("The referral it follows from belongs to another case.")


def check_ends(sender: m.AgencyRow, receiver: m.AgencyRow) -> m.AgencyRow:
    """The partner of a referral between ``sender`` and ``receiver``: exactly one end is
    our agency. Returns the other end."""
    if sender.is_self and receiver.is_self:
        raise ValidationError(OWN_AGENCY, field="to_agency")
    if sender.id == receiver.id:
        raise ValidationError(N_("A referral must go to another agency."), field="to_agency")
    if not (sender.is_self or receiver.is_self):
        raise ValidationError(NOT_OURS, field="to_agency")
    return receiver if sender.is_self else sender


def partner_id(s: OrmSession, from_agency_id: str, to_agency_id: str) -> str:
    """The partner of a stored referral (the end that is not us)."""
    sender = s.get(m.AgencyRow, from_agency_id)
    return to_agency_id if sender is not None and sender.is_self else from_agency_id


def check_release(s: OrmSession, today: date, release_id: str, client_id: str,
                  partner: str) -> None:
    """A referral may cite only an active release of its own client made out to its
    partner (whichever way the referral goes); the export gate still decides what a
    package carries."""
    rel = get_or_404(s, m.ReleaseRow, release_id, "release of information")
    if rel.client_id != client_id:
        raise ValidationError(OTHER_CLIENT, field="release")
    if rel.recipient_agency_id != partner:
        named = s.get(m.AgencyRow, rel.recipient_agency_id)
        raise ValidationError(OTHER_PARTNER, field="release",
                              agency=named.name if named is not None else "?")
    current = mapping.release(rel, today)
    if current.status is not ReleaseStatus.ACTIVE:
        raise ConsentRequired(
            N_("That release of information is {status}; choose an active one."),
            status=status_word(current.status),
        )


def check_follows(s: OrmSession, follows_id: str, client_id: str) -> str:
    """The referral a new one follows from must exist and be of the same case."""
    row = get_or_404(s, m.ReferralRow, follows_id, "referral")
    if row.client_id != client_id:
        raise ValidationError(FOLLOWS_OTHER_CASE, field="follows")
    return row.id


def add_reason(ctx: ServiceContext, s: OrmSession, *, client_id: str, referral_id: str,
               reason: str, author_id: str, now: datetime) -> None:
    """The reason given for a new referral, kept as a note on it (notes are the consent
    category that governs it when a package or a summary goes out). Nothing when blank."""
    body = v.text(reason, field="reason", label=N_("Reason"),
                  spec=registry.field("note", "body"))
    if not body.strip():
        return
    row = m.NoteRow(id=new_id(), client_id=client_id, referral_id=referral_id,
                    author_user_id=author_id, body=body, created_at=now, updated_at=now,
                    revision=1)
    s.add(row)
    ctx.audit(s, "note.add", record_type="note", record_id=row.id,
              detail=f"client {client_id}; reason of referral {referral_id}")
