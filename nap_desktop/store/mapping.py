"""Convert ORM rows into plain domain records (no lazy loading after the session closes)."""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import Any, TypeVar

from nap_desktop.domain import entities as e
from nap_desktop.domain import enums as en
from nap_desktop.domain import fields as registry
from nap_desktop.domain.rules import effective_release_status
from nap_desktop.store import models as m
from nap_desktop.store.types import split_set


def agency(row: m.AgencyRow) -> e.Agency:
    return e.Agency(
        id=row.id,
        name=row.name,
        kind=en.AgencyKind(row.kind),
        is_victim_service_provider=row.is_victim_service_provider,
        contacts=row.contacts,
        is_self=row.is_self,
        revision=row.revision,
    )


def user(row: m.UserRow) -> e.User:
    return e.User(
        id=row.id,
        name=row.name,
        display_name=row.display_name,
        role=en.Role(row.role),
        active=row.active,
    )


def _personal_value(f: registry.Field, stored: Any) -> Any:
    """A personal column's stored value as the entity holds it."""
    if f.kind is registry.Kind.TEXT_LIST:
        return split_set(stored)
    if f.kind is registry.Kind.CHOICE and f.enum is not None and stored is not None:
        return f.enum(stored)
    if f.kind is registry.Kind.CHOICES and f.enum is not None:  # issue #13: gender, race
        return frozenset(f.enum(v) for v in split_set(stored or ""))
    return stored


def personal(row: m.ClientPersonalRow | None) -> e.ClientPersonal:
    """A client's personal details; every field the registry lists (``domain.fields``)."""
    if row is None:
        return e.ClientPersonal()
    return e.ClientPersonal(**{f.key: _personal_value(f, getattr(row, f.key))
                               for f in registry.personal_fields()})


def not_received(row: m.ClientPersonalRow | m.NotReceivedColumns | None) -> e.NotReceived:
    """The fields a record arrived without (``NotReceivedColumns``)."""
    if row is None or not row.not_received:
        return e.NotReceived()
    return e.NotReceived(frozenset(split_set(row.not_received)), row.not_received_from)


def client(row: m.ClientRow) -> e.Client:
    return e.Client(
        id=row.id,
        case_number=row.case_number,
        trafficking_type=en.TraffickingType(row.trafficking_type),
        personal=personal(row.personal),
        assigned_user_id=row.assigned_user_id,
        created_at=row.created_at,
        updated_at=row.updated_at,
        revision=row.revision,
        not_received=not_received(row.personal),
    )


def release(row: m.ReleaseRow, today: date) -> e.Release:
    return e.Release(
        id=row.id,
        client_id=row.client_id,
        recipient_agency_id=row.recipient_agency_id,
        categories=frozenset(en.InfoCategory(c) for c in split_set(row.categories)),
        purpose=row.purpose,
        signed_by=en.SignedBy(row.signed_by),
        form_language=row.form_language,
        signed_on=row.signed_on,
        expires_on=row.expires_on,
        status=effective_release_status(en.ReleaseStatus(row.status), row.expires_on, today),
        revoked_on=row.revoked_on,
        exception_basis=row.exception_basis,
        services_not_conditional=row.services_not_conditional,
        revision=row.revision,
        recorded_by_agency_id=getattr(row, "recorded_by_agency_id", None),
        confirmed_by_user_id=getattr(row, "confirmed_by", None),
    )


E = TypeVar("E", bound=StrEnum)


def _opt(enum: type[E], value: str | None) -> E | None:
    return None if value is None else enum(value)


def referral(row: m.ReferralRow) -> e.Referral:
    return e.Referral(
        id=row.id,
        client_id=row.client_id,
        from_agency_id=row.from_agency_id,
        to_agency_id=row.to_agency_id,
        direction=en.ReferralDirection(row.direction),
        referring_person=row.referring_person,
        external_case_number=row.external_case_number,
        services=frozenset(en.ServiceType(s) for s in split_set(row.services)),
        urgency=en.Urgency(row.urgency),
        safety_notes=row.safety_notes,
        release_id=row.release_id,
        status=en.ReferralStatus(row.status),
        outcome=_opt(en.ReferralOutcome, row.outcome),
        reason=_opt(en.ReferralReason, row.reason),
        reason_text=row.reason_text,
        assigned_user_id=row.assigned_user_id,
        created_at=row.created_at,
        updated_at=row.updated_at,
        revision=row.revision,
        history=[
            e.StatusChange(
                from_status=_opt(en.ReferralStatus, h.from_status),
                to_status=en.ReferralStatus(h.to_status),
                at=h.at,
                by_user_id=h.by_user_id,
                reason=_opt(en.ReferralReason, h.reason),
                reason_text=h.reason_text,
            )
            for h in row.history
        ],
        not_received=not_received(row),
        follows_id=row.follows_id,
    )


def placement(row: m.PlacementRow) -> e.Placement:
    return e.Placement(
        id=row.id,
        client_id=row.client_id,
        program_type=en.ProgramType(row.program_type),
        provider=row.provider,
        funding_source=row.funding_source,
        status=en.PlacementStatus(row.status),
        referred_on=row.referred_on,
        start_date=row.start_date,
        move_in_date=row.move_in_date,
        expected_exit_date=row.expected_exit_date,
        exit_date=row.exit_date,
        exit_destination=_opt(en.ExitDestination, row.exit_destination),
        safety_notes=row.safety_notes,
        revision=row.revision,
        ledger=[
            e.AssistanceEntry(
                id=a.id,
                kind=en.AssistanceKind(a.kind),
                amount_cents=a.amount_cents,
                paid_on=a.paid_on,
                note=a.note,
                void=void(a),
                corrects_id=a.corrects_id,
                origin_agency_id=a.origin_agency_id,
            )
            for a in row.ledger
        ],
        not_received=not_received(row),
    )


def matter(row: m.RestitutionMatterRow) -> e.RestitutionMatter:
    return e.RestitutionMatter(
        id=row.id,
        client_id=row.client_id,
        court=row.court,
        docket_number=row.docket_number,
        defendant=row.defendant,
        statute=row.statute,
        losses_claimed_cents=row.losses_claimed_cents,
        ordered_cents=row.ordered_cents,
        closure=_opt(en.RestitutionClosure, row.closure),
        revision=row.revision,
        steps=[
            e.RestitutionStep(
                id=s.id,
                kind=en.RestitutionStepKind(s.kind),
                status=en.StepStatus(s.status),
                due_on=s.due_on,
                completed_on=s.completed_on,
                note=s.note,
            )
            for s in row.steps
        ],
        money=[
            e.MoneyEvent(
                id=x.id,
                kind=en.MoneyEventKind(x.kind),
                amount_cents=x.amount_cents,
                on=x.on,
                note=x.note,
                void=void(x),
                corrects_id=x.corrects_id,
                origin_agency_id=x.origin_agency_id,
            )
            for x in row.money
        ],
    )


def note(row: m.NoteRow) -> e.Note:
    return e.Note(
        id=row.id,
        client_id=row.client_id,
        referral_id=row.referral_id,
        author_user_id=row.author_user_id,
        created_at=row.created_at,
        body=row.body,
        void=void(row),
        origin_agency_id=row.origin_agency_id,
    )


def void(row: m.Voidable) -> e.Void | None:
    """The void of an entry or note, or None while it counts."""
    if row.voided_at is None:
        return None
    return e.Void(at=row.voided_at, by_user_id=row.voided_by, reason=row.void_reason)
