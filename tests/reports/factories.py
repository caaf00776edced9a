"""Hand-built CaseRecords for report tests, demos and the benchmark. All data is fictional."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

from nap_desktop.domain.entities import (
    Agency,
    AssistanceEntry,
    CaseloadRow,
    CaseRecord,
    Client,
    ClientPersonal,
    MoneyEvent,
    Note,
    Placement,
    Referral,
    Release,
    RestitutionMatter,
    RestitutionStep,
    StatusChange,
    User,
)
from nap_desktop.domain.enums import (
    AgencyKind,
    AssistanceKind,
    ExitDestination,
    ImmigrationRelief,
    InfoCategory,
    MoneyEventKind,
    PlacementStatus,
    ProgramType,
    ReferralDirection,
    ReferralReason,
    ReferralStatus,
    ReleaseStatus,
    RestitutionStepKind,
    Role,
    ServiceType,
    SignedBy,
    StepStatus,
    TraffickingType,
    Urgency,
)

TODAY = date(2026, 11, 23)
NOW = datetime(2026, 11, 23, 19, 5, tzinfo=UTC)

SELF_ID = "agency-self"
PARTNER_ID = "agency-partner"
OTHER_ID = "agency-other"
CLIENT_ID = "client-1"
REFERRAL_ID = "referral-1"
DEMO_REFERRAL_ID = "3f6c2a9e-8d41-4c1b-9a57-2e0d7b5c1f08"

CANARY_NAME = "Zyxwarbleton Quillfeather"
CANARY_PREFERRED = "Quilly Canary"
CANARY_DOB = date(1991, 7, 14)
CANARY_LOCATION = "Canary Safehouse, 77 Imaginary Lane"
CANARY_CONTACT = "555-0199 canary phone"
CANARY_SAFETY = "Canary safety: trafficker drives a blue van"
CANARY_NOTE = "Canary note body about the survivor"


def agencies() -> dict[str, Agency]:
    return {
        SELF_ID: Agency(id=SELF_ID, name="Harborview Survivor Services (demo)",
                        kind=AgencyKind.VICTIM_SERVICE_PROVIDER,
                        is_victim_service_provider=True, is_self=True),
        PARTNER_ID: Agency(id=PARTNER_ID, name="Example County Task Force (demo)",
                           kind=AgencyKind.TASK_FORCE, is_victim_service_provider=False),
        OTHER_ID: Agency(id=OTHER_ID, name="Fictional Legal Aid Clinic (demo)",
                         kind=AgencyKind.LEGAL, is_victim_service_provider=True),
    }


def users() -> dict[str, User]:
    return {
        "u-sofia": User(id="u-sofia", name="sofia", display_name="Sofia Demo-Ramírez",
                        role=Role.SUPERVISOR),
        "u-marcus": User(id="u-marcus", name="marcus", display_name="Marcus Example",
                         role=Role.CASEWORKER),
    }


def personal(**overrides: object) -> ClientPersonal:
    base = ClientPersonal(
        legal_name=CANARY_NAME, preferred_name=CANARY_PREFERRED, date_of_birth=CANARY_DOB,
        is_minor=False, languages=["Spanish", "K'iche'"], interpreter_needed=True,
        contact_info=CANARY_CONTACT, safe_contact_instructions="Text first; never leave voicemail",
        location=CANARY_LOCATION, continued_presence=ImmigrationRelief.GRANTED,
        continued_presence_expires=date(2027, 3, 1), t_visa=ImmigrationRelief.REQUESTED,
        hhs_letter=ImmigrationRelief.GRANTED,
    )
    return replace(base, **overrides)  # type: ignore[arg-type]


def release(*, recipient: str = PARTNER_ID, categories: frozenset[InfoCategory] | None = None,
            status: ReleaseStatus = ReleaseStatus.ACTIVE, expires_on: date | None = None,
            revoked_on: date | None = None, rid: str = "release-1",
            client_id: str = CLIENT_ID) -> Release:
    return Release(
        id=rid, client_id=client_id, recipient_agency_id=recipient,
        categories=categories if categories is not None else frozenset({InfoCategory.IDENTITY}),
        purpose="Coordinate services and victim-witness support", signed_by=SignedBy.SURVIVOR,
        form_language="es", signed_on=date(2026, 9, 1),
        expires_on=expires_on or date(2027, 9, 1), status=status, revoked_on=revoked_on,
    )


def history(count: int) -> list[StatusChange]:
    path = [ReferralStatus.DRAFT, ReferralStatus.SENT, ReferralStatus.RECEIVED,
            ReferralStatus.ACCEPTED, ReferralStatus.IN_PROGRESS]
    out: list[StatusChange] = []
    start = datetime(2026, 9, 2, 15, 30, tzinfo=UTC)
    for i in range(count):
        to = path[min(i, len(path) - 1)]
        out.append(StatusChange(
            from_status=path[i - 1] if 0 < i < len(path) else (to if i else None),
            to_status=to, at=start + timedelta(days=i, hours=i),
            by_user_id="u-marcus" if i % 2 else "u-sofia",
            reason=ReferralReason.OTHER if i >= len(path) else None,
            reason_text=f"Status confirmed at case conference {i}" if i >= len(path) else "",
        ))
    return out


def referral(*, history_entries: int = 5, safety_notes: str = CANARY_SAFETY) -> Referral:
    return Referral(
        id=REFERRAL_ID, client_id=CLIENT_ID, from_agency_id=SELF_ID, to_agency_id=PARTNER_ID,
        direction=ReferralDirection.VSP_TO_LE, referring_person="Marcus Example",
        external_case_number="TF-2026-0815",
        services=frozenset({ServiceType.HOUSING, ServiceType.LEGAL,
                            ServiceType.INTERPRETATION}),
        urgency=Urgency.PRIORITY, safety_notes=safety_notes, release_id="release-1",
        status=ReferralStatus.IN_PROGRESS, assigned_user_id="u-marcus",
        created_at=datetime(2026, 9, 2, 15, 0, tzinfo=UTC),
        updated_at=datetime(2026, 10, 1, 15, 0, tzinfo=UTC), history=history(history_entries),
    )


def placement(index: int = 0) -> Placement:
    start = date(2026, 1, 5) + timedelta(days=40 * index)
    return Placement(
        id=f"placement-{index}", client_id=CLIENT_ID,
        program_type=ProgramType.RAPID_REHOUSING if index % 2 else ProgramType.TRANSITIONAL,
        provider=f"Lighthouse Housing Demo {index + 1}", funding_source="OVC housing grant",
        status=PlacementStatus.EXITED if index % 2 else PlacementStatus.MOVED_IN,
        start_date=start, move_in_date=start + timedelta(days=10),
        exit_date=start + timedelta(days=35) if index % 2 else None,
        expected_exit_date=None if index % 2 else date(2027, 6, 30),
        exit_destination=ExitDestination.PERMANENT_OWN if index % 2 else None,
        safety_notes="Placement canary safety note" if index == 0 else "",
        ledger=[
            AssistanceEntry(id=f"a-{index}-1", kind=AssistanceKind.RENT, amount_cents=123_456_789,
                            paid_on=start),
            AssistanceEntry(id=f"a-{index}-2", kind=AssistanceKind.DEPOSIT, amount_cents=95_000,
                            paid_on=start),
        ] if index == 0 else [
            AssistanceEntry(id=f"a-{index}-1", kind=AssistanceKind.UTILITIES,
                            amount_cents=12_345, paid_on=start)],
    )


def matter(steps: int = 5) -> RestitutionMatter:
    kinds = list(RestitutionStepKind)
    return RestitutionMatter(
        id="matter-1", client_id=CLIENT_ID, court="U.S. District Court (demo district)",
        docket_number="1:26-cr-00042", defendant="Defendant Demo Enterprises LLC",
        statute="18 U.S.C. 1593", losses_claimed_cents=4_800_000, ordered_cents=4_500_000,
        steps=[RestitutionStep(
            id=f"step-{i}", kind=kinds[i % len(kinds)],
            status=StepStatus.DONE if i < 4 else StepStatus.PENDING,
            due_on=date(2026, 6, 1) + timedelta(days=30 * i),
            completed_on=date(2026, 5, 28) + timedelta(days=30 * i) if i < 4 else None,
            note="Filed with victim-witness coordinator" if i == 1 else "",
        ) for i in range(steps)],
        money=[MoneyEvent(id="m1", kind=MoneyEventKind.COLLECTED, amount_cents=150_000,
                          on=date(2026, 10, 1)),
               MoneyEvent(id="m2", kind=MoneyEventKind.DISBURSED, amount_cents=100_000,
                          on=date(2026, 10, 15))],
    )


def make_case(*, releases: list[Release] | None = None, placements: int = 2,
              steps: int = 5, history_entries: int = 5, notes: int = 1,
              personal_overrides: dict[str, object] | None = None) -> CaseRecord:
    client = Client(
        id=CLIENT_ID, case_number="NAP-2026-0042", trafficking_type=TraffickingType.LABOR,
        personal=personal(**(personal_overrides or {})), assigned_user_id="u-marcus",
        created_at=datetime(2026, 9, 1, 14, 0, tzinfo=UTC),
        updated_at=datetime(2026, 10, 1, 14, 0, tzinfo=UTC),
    )
    return CaseRecord(
        client=client, referrals=[referral(history_entries=history_entries)],
        releases=releases if releases is not None else [],
        placements=[placement(i) for i in range(placements)],
        restitution=[matter(steps)] if steps else [],
        notes=[Note(id=f"note-{i}", client_id=CLIENT_ID, referral_id=REFERRAL_ID,
                    author_user_id="u-marcus",
                    created_at=datetime(2026, 10, 2, 16, 0, tzinfo=UTC) + timedelta(days=i),
                    body=CANARY_NOTE if i == 0 else f"Follow-up call {i} went well.")
               for i in range(notes)],
        agencies=agencies(), users=users(),
    )


def large_case() -> CaseRecord:
    """The benchmark case: 10 placements, 10 restitution steps, 20 history entries."""
    return make_case(placements=10, steps=10, history_entries=20, notes=3,
                     releases=[release(categories=frozenset(InfoCategory))])


def caseload_rows(count: int) -> list[CaseloadRow]:
    statuses = list(ReferralStatus)
    return [CaseloadRow(
        referral_id=f"ref-{i}", client_id=f"client-{i}", case_number=f"NAP-2026-{i:05d}",
        client_name=f"Client Demo {i}", direction=ReferralDirection.LE_TO_VSP,
        partner_name="Example County Task Force (demo)", status=statuses[i % len(statuses)],
        services=frozenset({ServiceType.HOUSING}),
        next_due=TODAY + timedelta(days=(i % 9) - 4) if i % 3 else None,
        next_due_label="step:sentencing" if i % 2 else "housing_exit",
        updated_at=NOW, assigned_user="Marcus Example",
    ) for i in range(count)]


def demo_case() -> CaseRecord:
    """The case of the screenshots in docs/screenshots: obviously fictional."""
    case = make_case(
        releases=[release(categories=frozenset({InfoCategory.IDENTITY, InfoCategory.HOUSING,
                                                InfoCategory.RESTITUTION}))],
        placements=2, steps=6, history_entries=5, notes=1,
        personal_overrides={
            "legal_name": "Ana Ejemplo Ficticia", "preferred_name": "Ana",
            "date_of_birth": date(1990, 1, 1), "contact_info": "(555) 010-0000 (fictional)",
            "location": "Fictional town, Example County", "languages": ["Spanish", "Mam"],
        },
    )
    case.referrals[0].id = DEMO_REFERRAL_ID
    case.referrals[0].safety_notes = "Do not call before 6 pm; fictional safety note."
    case.placements[0].safety_notes = "Fictional placement safety note."
    case.notes[0].body = "Fictional note for the demo."
    return case
