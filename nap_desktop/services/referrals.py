"""Referrals between agencies and their status machine."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from nap_desktop.domain import entities as e
from nap_desktop.domain import fields as registry
from nap_desktop.domain.enums import (
    AgencyKind,
    ReferralDirection,
    ReferralOutcome,
    ReferralReason,
    ReferralStatus,
    Role,
    ServiceType,
    Urgency,
)
from nap_desktop.domain.errors import PermissionDenied, ValidationError
from nap_desktop.domain.messages import N_
from nap_desktop.domain.rules import (
    TransitionRequest,
    check_referral_transition,
    infer_direction,
    referral_sides,
    role_at_least,
)
from nap_desktop.services import onward
from nap_desktop.services import validate as v
from nap_desktop.services.assignment import NOT_ALLOWED
from nap_desktop.services.base import ServiceContext, get_or_404, new_id
from nap_desktop.store import indexing, mapping
from nap_desktop.store import models as m
from nap_desktop.store.types import join_set

_SPEC = registry.REGISTRY["referral"]


@dataclass(slots=True, kw_only=True)
class ReferralInput:
    """What a new referral form submits (the client is given separately)."""

    from_agency_id: str
    to_agency_id: str
    direction: ReferralDirection | str | None
    services: tuple[ServiceType | str, ...]
    urgency: Urgency | str = Urgency.ROUTINE
    referring_person: str = ""
    external_case_number: str = ""
    safety_notes: str = ""
    release_id: str | None = None
    assigned_user_id: str | None = None
    #: the referral of the same case this one follows from (received, then sent on)
    follows_id: str | None = None
    #: why: kept as a note on the new referral
    reason: str = ""
    #: the kind of referral (``direction``) is inferred from the agencies when None


def add_referral(
    ctx: ServiceContext, s: OrmSession, *, client_id: str, data: ReferralInput, actor: e.User
) -> m.ReferralRow:
    """Validate and add a referral with its first status entry and audit event, inside
    the caller's transaction (``ReferralService.create``, ``CaseService.open_case``): a
    draft of ours, or, when a partner referred the survivor to us, one received (it was
    sent before we heard of it; accepting or declining it is ours to do). The caller
    re-indexes the client. Exactly one end is our agency; the release it cites is one of
    this client's, made out to the partner; the referral it follows from is of this case."""
    client = get_or_404(s, m.ClientRow, client_id, "client")
    sender = get_or_404(s, m.AgencyRow, data.from_agency_id, "agency")
    receiver = get_or_404(s, m.AgencyRow, data.to_agency_id, "agency")
    partner = onward.check_ends(sender, receiver)
    first = ReferralStatus.RECEIVED if receiver.is_self else ReferralStatus.DRAFT
    wanted = v.choices(ServiceType, data.services, field="services", label=N_("Service"))
    if not wanted:
        raise ValidationError(N_("Choose at least one service requested."), field="services")
    if data.release_id is not None:
        onward.check_release(s, ctx.today(), data.release_id, client_id, partner.id)
    follows = None if data.follows_id is None else onward.check_follows(
        s, data.follows_id, client_id)
    kind = data.direction or infer_direction(AgencyKind(sender.kind), AgencyKind(receiver.kind))
    _check_worker(s, data.assigned_user_id, client, actor)
    now = ctx.now()
    row = m.ReferralRow(
        id=new_id(),
        client_id=client_id,
        from_agency_id=data.from_agency_id,
        to_agency_id=data.to_agency_id,
        direction=v.choice(
            ReferralDirection, kind, field="direction", label=N_("Direction")
        ).value,
        services=join_set({x.value for x in wanted}),
        urgency=v.choice(Urgency, data.urgency, field="urgency", label=N_("Urgency")).value,
        referring_person=v.text(
            data.referring_person, field="referring_person", label=N_("Referring person"),
            spec=_SPEC["referring_person"],
        ),
        external_case_number=v.text(
            data.external_case_number,
            field="external_case_number",
            label=N_("Case or investigation number"),
            spec=_SPEC["external_case_number"],
        ),
        safety_notes=v.text(
            data.safety_notes, field="safety_notes", label=N_("Safety notes"),
            spec=_SPEC["safety_notes"]
        ),
        release_id=data.release_id,
        status=first.value,
        status_changed_at=now,
        outcome=None,
        reason=None,
        reason_text="",
        # The case's worker holds its referrals too (services/assignment.py).
        assigned_user_id=data.assigned_user_id or client.assigned_user_id or actor.id,
        created_at=now,
        updated_at=now,
        revision=1,
        follows_id=follows,
    )
    row.history.append(
        m.StatusChangeRow(
            from_status=None,
            to_status=first.value,
            at=now,
            by_user_id=actor.id,
            reason=None,
            reason_text="",
        )
    )
    s.add(row)
    ctx.audit(
        s,
        "referral.create",
        record_type="referral",
        record_id=row.id,
        detail=f"client {client_id}; to agency {data.to_agency_id}"
        + (f"; follows referral {follows}" if follows else ""),
    )
    onward.add_reason(ctx, s, client_id=client_id, referral_id=row.id, reason=data.reason,
                      author_id=actor.id, now=now)
    return row


#: A referral's details (not its status): what an edit's audit entry names when changed.
_DETAIL_FIELDS = ("services", "urgency", "referring_person", "external_case_number",
                  "safety_notes", "release_id")


def changed_detail(before: dict[str, object], after: dict[str, object],
                   entered: Iterable[str] = ()) -> str:
    """Audit detail of an edit: the names of the fields it changed (never their values),
    and of the withheld fields entered here."""
    changed = ", ".join(name for name, value in after.items() if before.get(name) != value)
    return "; ".join(x for x in (f"changed: {changed}" if changed else "",
                                 entered_detail(entered)) if x)


def entered_detail(fields: Iterable[str]) -> str:
    """Audit detail for withheld fields entered here: their names, never their values."""
    names = ", ".join(fields)
    return f"entered here (withheld by the sender): {names}" if names else ""


def take_entered(row: m.NotReceivedColumns, withheld: frozenset[str], entered: Iterable[str],
                 changed: Iterable[str]) -> list[str]:
    """Fields the sending agency withheld that are known from now on (changed, or entered
    deliberately): they come off the record's "not received" list. Returns them."""
    known = withheld & (set(entered) | set(changed))
    if known:
        left = withheld - known
        row.not_received = join_set(left)
        row.not_received_from = row.not_received_from if left else None
    return sorted(known)


def check_release(s: OrmSession, today: date, release_id: str, client_id: str,
                  partner: str) -> None:
    """A referral may cite only an active release of this client to its partner."""
    onward.check_release(s, today, release_id, client_id, partner)


def _check_worker(s: OrmSession, user_id: str | None, client: m.ClientRow,
                  actor: e.User) -> None:
    """A new referral goes to the case's worker; naming anyone else is an assignment,
    which only a supervisor or an administrator makes (``services/assignment.py``)."""
    if user_id is None or user_id == client.assigned_user_id:
        return
    if not role_at_least(actor.role, Role.SUPERVISOR):
        raise PermissionDenied(NOT_ALLOWED)
    get_or_404(s, m.UserRow, user_id, "user")


class ReferralService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def create(
        self,
        *,
        client_id: str,
        from_agency_id: str,
        to_agency_id: str,
        direction: ReferralDirection | str | None,
        services: Iterable[ServiceType | str],
        urgency: Urgency | str = Urgency.ROUTINE,
        referring_person: str = "",
        external_case_number: str = "",
        safety_notes: str = "",
        release_id: str | None = None,
        assigned_user_id: str | None = None,
        follows_id: str | None = None,
        reason: str = "",
    ) -> e.Referral:
        """Record a new referral on an existing case, the one way every face does it: one
        we send (a draft) or one a partner sent us (received), citing a release of this
        client to that partner, following from another referral of the case, with the
        reason as a note on it; one transaction, audited. Any caseworker may, as for
        every other change to a case (roles: ``services/authority.py``)."""
        actor = self.ctx.require(Role.CASEWORKER)
        data = ReferralInput(
            from_agency_id=from_agency_id,
            to_agency_id=to_agency_id,
            direction=direction,
            services=tuple(services),
            urgency=urgency,
            referring_person=referring_person,
            external_case_number=external_case_number,
            safety_notes=safety_notes,
            release_id=release_id,
            assigned_user_id=assigned_user_id,
            follows_id=follows_id,
            reason=reason,
        )
        with self.ctx.unit_of_work() as s:
            row = add_referral(self.ctx, s, client_id=client_id, data=data, actor=actor)
            indexing.reindex_client(s, client_id)
            return mapping.referral(row)

    def transition(
        self,
        referral_id: str,
        target: ReferralStatus | str,
        *,
        outcome: ReferralOutcome | str | None = None,
        reason: ReferralReason | str | None = None,
        reason_text: str = "",
        expected_revision: int | None = None,
    ) -> e.Referral:
        """Move a referral to its next status, as our side of it may (``rules.SIDE_TRANSITIONS``:
        the sender sends and withdraws, the receiver answers and completes). Sending needs a
        supervisor (domain.md: supervisors approve outgoing referrals); declines,
        withdrawals and unsuccessful completions need a reason."""
        actor = self.ctx.require(Role.CASEWORKER)
        to = v.choice(ReferralStatus, target, field="status", label=N_("Status"))
        if to is ReferralStatus.SENT:
            self.ctx.require(Role.SUPERVISOR)
        with self.ctx.unit_of_work() as s:
            row = get_or_404(s, m.ReferralRow, referral_id, "referral")
            v.expect_revision(row.revision, expected_revision)
            current = ReferralStatus(row.status)
            req = TransitionRequest(
                current=current,
                target=to,
                outcome=None
                if outcome is None
                else v.choice(ReferralOutcome, outcome, field="outcome", label=N_("Outcome")),
                reason=None
                if reason is None
                else v.choice(ReferralReason, reason, field="reason", label=N_("Reason")),
                reason_text=v.text(reason_text, field="reason_text", label=N_("Reason"),
                                   spec=_SPEC["reason_text"]),
                sides=referral_sides(row.from_agency_id, row.to_agency_id, _our_agency_id(s)),
            )
            check_referral_transition(req)
            now = self.ctx.now()
            row.status = to.value
            row.status_changed_at = now
            row.outcome = req.outcome.value if req.outcome else None
            row.reason = req.reason.value if req.reason else None
            row.reason_text = req.reason_text
            row.history.append(
                m.StatusChangeRow(
                    from_status=current.value,
                    to_status=to.value,
                    at=now,
                    by_user_id=actor.id,
                    reason=row.reason,
                    reason_text=req.reason_text,
                )
            )
            row.revision += 1
            row.updated_at = now
            detail = f"{current.value} -> {to.value}"
            if req.reason:
                detail += f"; reason {req.reason.value}"
            self.ctx.audit(
                s, "referral.status", record_type="referral", record_id=row.id, detail=detail
            )
            return mapping.referral(row)

    def update(
        self,
        referral_id: str,
        *,
        services: Iterable[ServiceType | str],
        urgency: Urgency | str,
        referring_person: str,
        external_case_number: str,
        safety_notes: str,
        release_id: str | None,
        expected_revision: int | None = None,
        entered: Iterable[str] = (),
    ) -> e.Referral:
        """Edit a referral's details (not its status). Safety notes the sending agency
        withheld stay withheld unless they change or are ``entered`` deliberately."""
        self.ctx.require(Role.CASEWORKER)
        with self.ctx.unit_of_work() as s:
            row = get_or_404(s, m.ReferralRow, referral_id, "referral")
            v.expect_revision(row.revision, expected_revision)
            old = {f: getattr(row, f) for f in _DETAIL_FIELDS}
            wanted = v.choices(ServiceType, services, field="services", label=N_("Service"))
            if not wanted:
                raise ValidationError(
                    N_("Choose at least one service requested."), field="services"
                )
            if release_id is not None and release_id != row.release_id:
                # A newly cited release must be active and for this recipient; the one
                # already cited stays cited when other details are saved, whatever has
                # become of it since (lapsed, revoked): the link is the record of what
                # consent the referral went out under.
                self._check_release(s, release_id, row.client_id,
                                    onward.partner_id(s, row.from_agency_id, row.to_agency_id))
            row.services = join_set({x.value for x in wanted})
            row.urgency = v.choice(Urgency, urgency, field="urgency", label=N_("Urgency")).value
            row.referring_person = v.text(
                referring_person, field="referring_person", label=N_("Referring person"),
                spec=_SPEC["referring_person"],
            )
            row.external_case_number = v.text(
                external_case_number,
                field="external_case_number",
                label=N_("Case or investigation number"),
                spec=_SPEC["external_case_number"],
            )
            withheld = mapping.not_received(row).fields
            row.safety_notes = v.text(
                safety_notes, field="safety_notes", label=N_("Safety notes"),
            spec=_SPEC["safety_notes"]
            )
            # Withholdable fields (``domain.consent``) typed in here are known from now on.
            changed = [f for f in ("safety_notes", "referring_person", "external_case_number")
                       if getattr(row, f) != old[f]]
            known = take_entered(row, withheld, entered, changed)
            row.release_id = release_id
            after = {f: getattr(row, f) for f in _DETAIL_FIELDS}
            row.revision += 1
            row.updated_at = self.ctx.now()
            self.ctx.audit(s, "referral.update", record_type="referral", record_id=row.id,
                           detail=changed_detail(old, after, known))
            indexing.reindex_client(s, row.client_id)
            return mapping.referral(row)

    def _check_release(self, s: OrmSession, release_id: str, client_id: str, to: str) -> None:
        check_release(s, self.ctx.today(), release_id, client_id, to)


def _our_agency_id(s: OrmSession) -> str:
    """The id of this vault's own agency (our end of a referral)."""
    return str(s.scalars(select(m.AgencyRow.id).where(m.AgencyRow.is_self)).one())
