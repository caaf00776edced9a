"""What a referral summary shows, already redacted, and its canonical checksum.

:func:`summary_content` turns a :class:`CaseRecord` and a :class:`RedactionPlan` into a
:class:`SummaryContent` in which every withheld detail has been *replaced* by a
:class:`Withheld` marker: the PDF code never sees what it must not print. The same
object, encoded by :func:`canonical_json`, is what the checksum on the document covers.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass, fields, is_dataclass
from datetime import UTC, date, datetime
from enum import Enum
from typing import TypeVar

from nap_desktop.domain import consent
from nap_desktop.domain.documents import DocumentView
from nap_desktop.domain.entities import (
    CaseRecord,
    Note,
    Placement,
    Referral,
    Release,
    RestitutionMatter,
    StatusChange,
)
from nap_desktop.domain.enums import (
    Citizenship,
    DocumentKind,
    ExitDestination,
    Gender,
    ImmigrationRelief,
    InfoCategory,
    PlacementStatus,
    ProgramType,
    RaceEthnicity,
    ReferralDirection,
    ReferralOutcome,
    ReferralReason,
    ReferralSource,
    ReferralStatus,
    RestitutionClosure,
    RestitutionStepKind,
    ServiceType,
    Sex,
    SignedBy,
    StepStatus,
    TraffickingType,
    Urgency,
)
from nap_desktop.domain.errors import NotFound
from nap_desktop.domain.messages import N_
from nap_desktop.reports.redaction import Audience, RedactionPlan, releases_in_force

T = TypeVar("T")

#: Bump when the shape of SummaryContent changes, so old checksums stay explainable.
#: 2: a placement's provider may be withheld (location); 3: the referring person, the
#: external case number, governed requested services and restitution step notes may be
#: withheld, and a placement's safety notes need location too (``domain.consent``).
#: 4: the documents that may be shared (kind, date, title; ``domain.consent``).
CONTENT_VERSION = 5  # 5: the reported client fields under demographics (issue #13)


@dataclass(frozen=True, slots=True)
class Withheld:
    """Stands in for details of ``category`` that the audience may not see."""

    category: InfoCategory


@dataclass(frozen=True, slots=True, kw_only=True)
class IdentityView:
    legal_name: str
    preferred_name: str
    date_of_birth: date | None
    is_minor: bool


@dataclass(frozen=True, slots=True, kw_only=True)
class ContactView:
    contact_info: str
    safe_contact_instructions: str


@dataclass(frozen=True, slots=True, kw_only=True)
class DemographicsView:
    languages: tuple[str, ...]
    interpreter_needed: bool
    # issue #13: shown only when demographics are shared, as the table says
    gender: tuple[Gender, ...] = ()
    race_ethnicity: tuple[RaceEthnicity, ...] = ()
    sex: Sex = Sex.NOT_COLLECTED
    citizenship: Citizenship = Citizenship.NOT_COLLECTED
    referral_source: ReferralSource = ReferralSource.NOT_COLLECTED


@dataclass(frozen=True, slots=True, kw_only=True)
class ImmigrationView:
    continued_presence: ImmigrationRelief
    continued_presence_expires: date | None
    t_visa: ImmigrationRelief
    hhs_letter: ImmigrationRelief


@dataclass(frozen=True, slots=True, kw_only=True)
class ClientView:
    case_number: str
    trafficking_type: TraffickingType
    identity: IdentityView | Withheld
    contact: ContactView | Withheld
    location: str | Withheld
    demographics: DemographicsView | Withheld
    immigration: ImmigrationView | Withheld


@dataclass(frozen=True, slots=True, kw_only=True)
class HistoryView:
    at: datetime
    from_status: ReferralStatus | None
    to_status: ReferralStatus
    by: str | None
    reason: ReferralReason | None
    reason_text: str


@dataclass(frozen=True, slots=True, kw_only=True)
class ReferralView:
    id: str
    from_agency: str | None
    to_agency: str | None
    direction: ReferralDirection
    referring_person: str | Withheld
    external_case_number: str | Withheld
    status: ReferralStatus
    outcome: ReferralOutcome | None
    reason: ReferralReason | None
    reason_text: str
    #: the services that may be shown, then one marker per withheld category that governs
    #: some kind of service (whether or not one was asked for: its absence says nothing)
    services: tuple[ServiceType | Withheld, ...]
    urgency: Urgency
    created_at: datetime
    safety_notes: str | Withheld
    history: tuple[HistoryView, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class ReleaseView:
    recipient: str | None
    categories: tuple[InfoCategory, ...]
    purpose: str
    signed_by: SignedBy
    signed_on: date | None
    expires_on: date
    exception_basis: str


@dataclass(frozen=True, slots=True, kw_only=True)
class PlacementView:
    program_type: ProgramType
    provider: str | Withheld
    funding_source: str
    status: PlacementStatus
    start_date: date | None
    move_in_date: date | None
    exit_date: date | None
    expected_exit_date: date | None
    exit_destination: ExitDestination | None
    assistance_total_cents: int
    safety_notes: str | Withheld


@dataclass(frozen=True, slots=True, kw_only=True)
class StepView:
    kind: RestitutionStepKind
    status: StepStatus
    due_on: date | None
    completed_on: date | None
    note: str | Withheld


@dataclass(frozen=True, slots=True, kw_only=True)
class MoneyView:
    losses_claimed_cents: int
    ordered_cents: int
    collected_cents: int
    disbursed_cents: int
    balance_cents: int


@dataclass(frozen=True, slots=True, kw_only=True)
class MatterView:
    court: str
    docket_number: str
    defendant: str
    statute: str
    closure: RestitutionClosure | None
    steps: tuple[StepView, ...]
    money: MoneyView


@dataclass(frozen=True, slots=True, kw_only=True)
class NoteView:
    created_at: datetime
    author: str | None
    body: str


@dataclass(frozen=True, slots=True, kw_only=True)
class SummaryContent:
    """Everything a referral summary prints about the case (names of agencies and users
    resolved; ``None`` where a name is unknown). ``notes`` is None when not requested."""

    client: ClientView
    referral: ReferralView
    releases: tuple[ReleaseView, ...]
    housing: tuple[PlacementView, ...] | Withheld
    restitution: tuple[MatterView, ...] | Withheld
    notes: tuple[NoteView, ...] | Withheld | None
    #: the documents on file that the audience may see (never a withheld one, nor a count)
    documents: tuple[DocumentLine, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class DocumentLine:
    kind: DocumentKind
    doc_date: date | None
    title: str


def shareable_documents(documents: Sequence[DocumentView], plan: RedactionPlan
                        ) -> tuple[DocumentLine, ...]:
    """The live documents every category of which the audience may see, oldest first."""
    shown = [d for d in documents if not d.voided and consent.shares(
        plan.shared, consent.document_categories(d.kind, d.attached_type))]
    shown.sort(key=lambda d: (d.doc_date or date.min, d.title, d.id))
    return tuple(DocumentLine(kind=d.kind, doc_date=d.doc_date, title=d.title) for d in shown)


# --- building ----------------------------------------------------------------


def _records(plan: RedactionPlan, kind: str, value: T) -> T | Withheld:
    """The records of ``kind`` (placements, matters, notes), gated as whole records."""
    category = consent.RECORD_CATEGORY[kind]
    return value if category is None or plan.shares(category) else Withheld(category)


def _withheld_of(plan: RedactionPlan, governing: frozenset[InfoCategory]) -> Withheld | None:
    """The marker for a part governed by ``governing`` (its first withheld category)."""
    missing = [c for c in InfoCategory if c in governing and not plan.shares(c)]
    return Withheld(missing[0]) if missing else None


def _field(plan: RedactionPlan, kind: str, name: str, value: T) -> T | Withheld:
    """A field of a record of ``kind``, gated by the consent table."""
    return _withheld_of(plan, consent.FIELD_RULES[kind][name]) or value


def _child_field(plan: RedactionPlan, kind: str, key: str, name: str, value: T) -> T | Withheld:
    """A field of a child row (``key``) of a record of ``kind``, gated by the table."""
    return _withheld_of(plan, consent.CHILD_FIELD_RULES[kind][key][name]) or value


def _services(plan: RedactionPlan, services: frozenset[ServiceType]
              ) -> tuple[ServiceType | Withheld, ...]:
    withheld = frozenset(c for c in InfoCategory if not plan.shares(c))
    shown: list[ServiceType | Withheld] = [
        s for s in ServiceType if s in services and not consent.service_withheld(s, withheld)]
    governing = frozenset(consent.SERVICE_CATEGORY.values())
    return (*shown, *(Withheld(c) for c in InfoCategory if c in governing and c in withheld))


def _personal(plan: RedactionPlan, view: T, *names: str) -> T | Withheld:
    """A group of a client's personal fields (``names``: those of its view), shown only
    when every category the consent table puts over any of them is shared."""
    rules = consent.FIELD_RULES["client"]
    return _withheld_of(plan, frozenset().union(*(rules[n] for n in names))) or view


def _names(view: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(view))


def _client_view(case: CaseRecord, plan: RedactionPlan, today: date) -> ClientView:
    p = case.client.personal
    return ClientView(
        case_number=case.client.case_number,
        trafficking_type=case.client.trafficking_type,
        identity=_personal(plan, IdentityView(
            legal_name=p.legal_name, preferred_name=p.preferred_name,
            date_of_birth=p.date_of_birth,
            is_minor=p.minor_on(today)), *_names(IdentityView)),
        contact=_personal(plan, ContactView(
            contact_info=p.contact_info, safe_contact_instructions=p.safe_contact_instructions),
            *_names(ContactView)),
        location=_personal(plan, p.location, "location"),
        demographics=_personal(plan, DemographicsView(
            languages=tuple(p.languages), interpreter_needed=p.interpreter_needed,
            gender=tuple(sorted(p.gender)), race_ethnicity=tuple(sorted(p.race_ethnicity)),
            sex=p.sex, citizenship=p.citizenship, referral_source=p.referral_source),
            *_names(DemographicsView)),
        immigration=_personal(plan, ImmigrationView(
            continued_presence=p.continued_presence,
            continued_presence_expires=p.continued_presence_expires,
            t_visa=p.t_visa, hhs_letter=p.hhs_letter), *_names(ImmigrationView)),
    )


def _agency(case: CaseRecord, agency_id: str | None) -> str | None:
    agency = case.agencies.get(agency_id) if agency_id else None
    return agency.name if agency else None


def _user(case: CaseRecord, user_id: str | None) -> str | None:
    user = case.users.get(user_id) if user_id else None
    return (user.display_name or user.name) if user else None


def _history_view(case: CaseRecord, change: StatusChange) -> HistoryView:
    return HistoryView(at=change.at, from_status=change.from_status,
                       to_status=change.to_status, by=_user(case, change.by_user_id),
                       reason=change.reason, reason_text=change.reason_text)


def _referral_view(case: CaseRecord, ref: Referral, plan: RedactionPlan) -> ReferralView:
    history = sorted(ref.history, key=lambda h: h.at)
    return ReferralView(
        id=ref.id, from_agency=_agency(case, ref.from_agency_id),
        to_agency=_agency(case, ref.to_agency_id), direction=ref.direction,
        referring_person=_field(plan, "referral", "referring_person", ref.referring_person),
        external_case_number=_field(plan, "referral", "external_case_number",
                                    ref.external_case_number),
        status=ref.status, outcome=ref.outcome, reason=ref.reason, reason_text=ref.reason_text,
        services=_services(plan, frozenset(ref.services)), urgency=ref.urgency,
        created_at=ref.created_at,
        safety_notes=_field(plan, "referral", "safety_notes", ref.safety_notes),
        history=tuple(_history_view(case, h) for h in history),
    )


def _release_view(case: CaseRecord, release: Release) -> ReleaseView:
    return ReleaseView(
        recipient=_agency(case, release.recipient_agency_id),
        categories=tuple(c for c in InfoCategory if c in release.categories),
        purpose=release.purpose, signed_by=release.signed_by, signed_on=release.signed_on,
        expires_on=release.expires_on, exception_basis=release.exception_basis,
    )


def _placement_view(p: Placement, plan: RedactionPlan) -> PlacementView:
    return PlacementView(
        # The provider names where the survivor stays: location as well as housing.
        program_type=p.program_type, provider=_field(plan, "placement", "provider", p.provider),
        funding_source=p.funding_source,
        status=p.status, start_date=p.start_date, move_in_date=p.move_in_date,
        exit_date=p.exit_date, expected_exit_date=p.expected_exit_date,
        exit_destination=p.exit_destination, assistance_total_cents=p.assistance_total_cents,
        safety_notes=_field(plan, "placement", "safety_notes", p.safety_notes),
    )


def _matter_view(m: RestitutionMatter, plan: RedactionPlan) -> MatterView:
    totals = m.totals
    steps = sorted(m.steps, key=lambda s: list(RestitutionStepKind).index(s.kind))
    return MatterView(
        court=m.court, docket_number=m.docket_number, defendant=m.defendant,
        statute=m.statute, closure=m.closure,
        steps=tuple(StepView(kind=s.kind, status=s.status, due_on=s.due_on,
                             completed_on=s.completed_on,
                             note=_child_field(plan, "restitution", "steps", "note", s.note))
                    for s in steps),
        money=MoneyView(losses_claimed_cents=totals.losses_claimed_cents,
                        ordered_cents=totals.ordered_cents,
                        collected_cents=totals.collected_cents,
                        disbursed_cents=totals.disbursed_cents,
                        balance_cents=totals.balance_cents),
    )


def _note_view(case: CaseRecord, note: Note) -> NoteView:
    return NoteView(created_at=note.created_at, author=_user(case, note.author_user_id),
                    body=note.body)


def _placement_key(p: Placement) -> tuple[date, str]:
    return (p.start_date or p.referred_on or date.max, p.id)


def find_referral(case: CaseRecord, referral_id: str) -> Referral:
    """The case's referral ``referral_id``, or :class:`NotFound`."""
    for ref in case.referrals:
        if ref.id == referral_id:
            return ref
    raise NotFound(N_("That referral is not part of this case."))


def summary_content(case: CaseRecord, *, referral_id: str, plan: RedactionPlan,
                    include_notes: bool, today: date,
                    documents: Sequence[DocumentView] = ()) -> SummaryContent:
    """The redacted content of a referral summary. Releases shown are those in force on
    ``today``: all of them for internal use, only those to the partner otherwise (the
    partner has no business knowing whom else the survivor shares with)."""
    ref = find_referral(case, referral_id)
    partner = plan.audience.agency_id if plan.audience.is_partner else None
    placements = sorted(case.placements, key=_placement_key)
    notes = sorted((n for n in case.notes if n.live), key=lambda n: n.created_at)
    return SummaryContent(
        client=_client_view(case, plan, today),
        referral=_referral_view(case, ref, plan),
        releases=tuple(_release_view(case, r) for r in releases_in_force(case, today, partner)),
        housing=_records(plan, "placement",
                         tuple(_placement_view(p, plan) for p in placements)),
        restitution=_records(plan, "restitution",
                             tuple(_matter_view(m, plan) for m in case.restitution)),
        notes=(_records(plan, "note", tuple(_note_view(case, n) for n in notes))
               if include_notes else None),
        documents=shareable_documents(documents, plan),
    )


# --- canonical form ----------------------------------------------------------


def document_record(*, kind: str, document_id: str, generated_at: datetime,
                    generated_by: str, agency_name: str, lang: str, audience: Audience,
                    withheld: list[str], content: object) -> dict[str, object]:
    """The record whose canonical JSON the checksum covers (see ``SummaryResult``)."""
    return {
        "version": CONTENT_VERSION, "kind": kind, "document_id": document_id,
        "generated_at": generated_at.astimezone(UTC), "generated_by": generated_by,
        "agency": agency_name, "lang": lang,
        "audience": {"kind": audience.kind.value, "partner": audience.agency_name,
                     "override_reason": audience.override_reason},
        "withheld": withheld, "content": content,
    }


def to_jsonable(value: object) -> object:
    """Plain JSON values for the view objects: enums by value, dates in ISO 8601 (times
    in UTC), withheld details as ``{"withheld": "<category>"}``."""
    if isinstance(value, Withheld):
        return {"withheld": value.category.value}
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_jsonable(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, tuple | list):
        return [to_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    return _scalar(value)


def _scalar(value: object) -> object:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat() if value.tzinfo else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return value


def canonical_json(record: dict[str, object]) -> bytes:
    """UTF-8 JSON with sorted keys, no insignificant whitespace, non-ASCII kept as is."""
    return json.dumps(to_jsonable(record), sort_keys=True, separators=(",", ":"),
                      ensure_ascii=False, allow_nan=False).encode("utf-8")


def sha256_hex(record: dict[str, object]) -> str:
    """Hex SHA-256 of :func:`canonical_json` of ``record``."""
    return hashlib.sha256(canonical_json(record)).hexdigest()
