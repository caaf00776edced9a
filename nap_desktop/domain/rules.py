"""Rules of the domain that do not need a database: state machines, money, consent."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from nap_desktop.domain import date_rules
from nap_desktop.domain.enums import (
    AgencyKind,
    InfoCategory,
    PlacementStatus,
    ReferralDirection,
    ReferralOutcome,
    ReferralReason,
    ReferralSide,
    ReferralStatus,
    ReleaseStatus,
    Role,
    SignedBy,
)
from nap_desktop.domain.errors import InvalidTransition, ValidationError
from nap_desktop.domain.messages import N_, Message

# --- referrals ---------------------------------------------------------------

RS = ReferralStatus

REFERRAL_TRANSITIONS: Mapping[ReferralStatus, frozenset[ReferralStatus]] = {
    RS.DRAFT: frozenset({RS.SENT, RS.WITHDRAWN}),
    RS.SENT: frozenset({RS.RECEIVED, RS.WITHDRAWN, RS.EXPIRED}),
    RS.RECEIVED: frozenset({RS.ACCEPTED, RS.DECLINED, RS.WITHDRAWN, RS.EXPIRED}),
    RS.ACCEPTED: frozenset({RS.IN_PROGRESS, RS.WITHDRAWN}),
    RS.IN_PROGRESS: frozenset({RS.COMPLETED, RS.WITHDRAWN}),
    RS.DECLINED: frozenset(),
    RS.COMPLETED: frozenset(),
    RS.WITHDRAWN: frozenset(),
    RS.EXPIRED: frozenset(),
}

#: Statuses from which nothing more can happen.
TERMINAL_REFERRAL_STATUSES = frozenset(s for s, nxt in REFERRAL_TRANSITIONS.items() if not nxt)

#: Statuses where the receiving agency still owes an answer.
AWAITING_RESPONSE_STATUSES = frozenset({RS.SENT, RS.RECEIVED})


RSide = ReferralSide

#: Who may make each change, by our side of the referral (docs/referral-actions.md). The
#: sender sends, withdraws and gives up waiting (expired); the receiver acknowledges,
#: answers and does the work. Each set is a part of ``REFERRAL_TRANSITIONS``.
SIDE_TRANSITIONS: Mapping[ReferralSide, Mapping[ReferralStatus, frozenset[ReferralStatus]]] = {
    RSide.SENDER: {
        RS.DRAFT: frozenset({RS.SENT, RS.WITHDRAWN}),
        RS.SENT: frozenset({RS.WITHDRAWN, RS.EXPIRED}),
        RS.RECEIVED: frozenset({RS.WITHDRAWN, RS.EXPIRED}),
        RS.ACCEPTED: frozenset({RS.WITHDRAWN}),
        RS.IN_PROGRESS: frozenset({RS.WITHDRAWN}),
    },
    RSide.RECEIVER: {
        RS.SENT: frozenset({RS.RECEIVED}),
        RS.RECEIVED: frozenset({RS.ACCEPTED, RS.DECLINED}),
        RS.ACCEPTED: frozenset({RS.IN_PROGRESS}),
        RS.IN_PROGRESS: frozenset({RS.COMPLETED}),
    },
}

BOTH_SIDES = frozenset(ReferralSide)


def referral_sides(from_agency_id: str, to_agency_id: str, us: str) -> frozenset[ReferralSide]:
    """Our sides of a referral: none when it is between two other agencies."""
    sides: set[ReferralSide] = set()
    if from_agency_id == us:
        sides.add(RSide.SENDER)
    if to_agency_id == us:
        sides.add(RSide.RECEIVER)
    return frozenset(sides)


def allowed_transitions(status: ReferralStatus,
                        sides: frozenset[ReferralSide]) -> frozenset[ReferralStatus]:
    """The statuses a referral may move to from ``status``, made from these sides."""
    out: frozenset[ReferralStatus] = frozenset()
    for side in sides:
        out |= SIDE_TRANSITIONS[side].get(status, frozenset())
    return out


def reachable(start: ReferralStatus, end: ReferralStatus,
              sides: frozenset[ReferralSide]) -> bool:
    """Whether ``end`` is ``start`` or follows from it through changes these sides may
    make (a partner's package can carry several of its own steps at once)."""
    seen, todo = {start}, [start]
    while todo:
        for nxt in allowed_transitions(todo.pop(), sides) - seen:
            seen.add(nxt)
            todo.append(nxt)
    return end in seen


def reason_required(target: ReferralStatus, outcome: ReferralOutcome | None) -> bool:
    """Declines, withdrawals and unsuccessful completions must say why."""
    if target in {RS.DECLINED, RS.WITHDRAWN}:
        return True
    return target is RS.COMPLETED and outcome is ReferralOutcome.NOT_SUCCESSFUL


@dataclass(frozen=True, slots=True)
class TransitionRequest:
    current: ReferralStatus
    target: ReferralStatus
    outcome: ReferralOutcome | None = None
    reason: ReferralReason | None = None
    reason_text: str = ""
    #: our sides of the referral (``referral_sides``); the service always says which
    sides: frozenset[ReferralSide] = BOTH_SIDES


#: A status as a word in a sentence ("A referral that is in progress..."), translated when
#: shown; Spanish quotes it as a state («En curso»), so one word serves every record kind.
STATUS_WORDS: Mapping[str, str] = {
    "draft": N_("draft"),
    "sent": N_("sent"),
    "received": N_("received"),
    "accepted": N_("accepted"),
    "declined": N_("declined"),
    "in_progress": N_("in progress"),
    "completed": N_("completed"),
    "withdrawn": N_("withdrawn"),
    "expired": N_("expired"),
    "referred": N_("referred"),
    "waitlisted": N_("waitlisted"),
    "started": N_("started"),
    "moved_in": N_("moved in"),
    "exited": N_("exited"),
    "denied": N_("denied"),
    "active": N_("active"),
    "revoked": N_("revoked"),
    "refused": N_("refused"),
}


def status_word(status: str) -> Message:
    """A stored status as a translatable word ("in_progress" -> "in progress")."""
    return Message(STATUS_WORDS.get(status, status.replace("_", " ")))


def check_referral_transition(req: TransitionRequest) -> None:
    """Raise :class:`InvalidTransition` unless the request is allowed and complete."""
    if req.target not in REFERRAL_TRANSITIONS[req.current]:
        raise InvalidTransition(
            N_("A referral that is {current} cannot become {target}."),
            field="status",
            current=status_word(req.current),
            target=status_word(req.target),
        )
    _check_side(req)
    if req.target is RS.COMPLETED and req.outcome is None:
        raise InvalidTransition(
            N_("Say whether the referral was successful before completing it."), field="outcome"
        )
    if req.target is not RS.COMPLETED and req.outcome is not None:
        raise InvalidTransition(N_("Only a completed referral has an outcome."), field="outcome")
    if reason_required(req.target, req.outcome):
        if req.reason is None:
            raise InvalidTransition(N_("Choose a reason for this change."), field="reason")
        if req.reason is ReferralReason.OTHER and not req.reason_text.strip():
            raise InvalidTransition(
                N_("Describe the reason when choosing “Other”."), field="reason"
            )


def _check_side(req: TransitionRequest) -> None:
    """Refuse a change that the other agency of the referral makes, not ours."""
    if req.target in allowed_transitions(req.current, req.sides):
        return
    if not req.sides:
        raise InvalidTransition(
            N_("This referral is between two other agencies: only they change its status."),
            field="status")
    if RSide.SENDER in req.sides:
        raise InvalidTransition(
            N_("Your agency sent this referral: only the agency that received it can mark it "
               "{target}."), field="status", target=status_word(req.target))
    raise InvalidTransition(
        N_("Your agency received this referral: only the agency that sent it can mark it "
           "{target}."), field="status", target=status_word(req.target))


# --- housing -----------------------------------------------------------------

PS = PlacementStatus

PLACEMENT_TRANSITIONS: Mapping[PlacementStatus, frozenset[PlacementStatus]] = {
    PS.REFERRED: frozenset({PS.WAITLISTED, PS.ACCEPTED, PS.DENIED, PS.WITHDRAWN}),
    PS.WAITLISTED: frozenset({PS.ACCEPTED, PS.DENIED, PS.WITHDRAWN}),
    PS.ACCEPTED: frozenset({PS.STARTED, PS.WITHDRAWN}),
    PS.STARTED: frozenset({PS.MOVED_IN, PS.EXITED}),
    PS.MOVED_IN: frozenset({PS.EXITED}),
    PS.EXITED: frozenset(),
    PS.DENIED: frozenset(),
    PS.WITHDRAWN: frozenset(),
}


def check_placement_transition(current: PlacementStatus, target: PlacementStatus) -> None:
    if target not in PLACEMENT_TRANSITIONS[current]:
        raise InvalidTransition(
            N_("A placement that is {current} cannot become {target}."),
            field="status",
            current=status_word(current),
            target=status_word(target),
        )


def check_placement_dates(
    *, start: date | None, move_in: date | None, exit_: date | None, needs_move_in: bool,
    referred: date | None = None, expected_exit: date | None = None, today: date | None = None,
) -> None:
    """HMIS ordering: referral <= project start <= move-in <= exit, the expected exit not
    before the start or the referral; move-in only for programs with one; with ``today``,
    nothing that has happened dated in the future (``date_rules``: the table)."""
    if move_in is not None and not needs_move_in:
        raise ValidationError(
            N_("A move-in date applies only to rapid re-housing and permanent housing."),
            field="move_in_date",
        )
    if move_in is not None and start is None:
        raise ValidationError(
            N_("Enter the project start date before the move-in date."), field="start_date"
        )
    if exit_ is not None and start is None:
        raise ValidationError(
            N_("Enter the project start date before the exit date."), field="start_date"
        )
    values = {"referred_on": referred, "start_date": start, "move_in_date": move_in,
              "expected_exit_date": expected_exit, "exit_date": exit_}
    if today is None:
        for error in date_rules.order_problems("placement", values)[:1]:
            raise error
    else:
        date_rules.check_dates("placement", values, today)


# --- money -------------------------------------------------------------------

MAX_CENTS = 10**13  # $100 billion: far beyond any order, small enough to catch typos


def check_cents(value: int, *, field: str, allow_zero: bool = True) -> int:
    """Validate an amount in integer cents. Floats are refused outright."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(N_("Amounts must be whole cents."), field=field)
    if value < 0 or (value == 0 and not allow_zero):
        raise ValidationError(N_("Amounts must be positive."), field=field)
    if value > MAX_CENTS:
        raise ValidationError(N_("That amount is too large; check for a typo."), field=field)
    return value


#: "1234.56", "1,234.56", "1 234.56", "$ 12", ".99": ASCII digits only, thousands groups
#: of exactly three with one kind of separator, at most two decimals after a point.
_MONEY = re.compile(
    r"\$?\s*(?P<whole>[0-9]{1,3}(?:(?P<sep>[, ])[0-9]{3})?(?:(?P=sep)[0-9]{3})*|[0-9]*)"
    r"(?:\.(?P<frac>[0-9]{1,2}))?"
)
_DECIMAL_COMMA = re.compile(r"\$?\s*[0-9]+,[0-9]{1,2}")


def parse_money(text: str, *, field: str = "amount") -> int:
    """Parse "1,234.56" or "$1234.5" into integer cents, exactly (no float on the way).
    Anything else is refused with a message, never guessed: "1,50" is not $150."""
    cleaned = text.strip()
    if not cleaned:
        raise ValidationError(N_("Enter an amount."), field=field)
    match = _MONEY.fullmatch(cleaned)
    if match is None or not (match["whole"] or match["frac"]):
        if _DECIMAL_COMMA.fullmatch(cleaned):
            raise ValidationError(N_("Write cents after a point, like 1.50."), field=field)
        raise ValidationError(N_("Enter an amount like 1,234.56."), field=field)
    whole = int(re.sub(r"[, ]", "", match["whole"]) or "0")
    frac = int((match["frac"] or "").ljust(2, "0"))
    return check_cents(whole * 100 + frac, field=field)


def format_cents(cents: int) -> str:
    """Format integer cents as dollars, e.g. -123456 -> "-$1,234.56"."""
    sign = "-" if cents < 0 else ""
    dollars, rem = divmod(abs(cents), 100)
    return f"{sign}${dollars:,}.{rem:02d}"


@dataclass(frozen=True, slots=True)
class RestitutionTotals:
    losses_claimed_cents: int
    ordered_cents: int
    collected_cents: int
    disbursed_cents: int

    @property
    def balance_cents(self) -> int:
        """What the defendant still owes on the order."""
        return self.ordered_cents - self.collected_cents

    @property
    def undisbursed_cents(self) -> int:
        """Collected by the clerk but not yet paid out to the survivor."""
        return self.collected_cents - self.disbursed_cents


def check_money_event(totals: RestitutionTotals, *, collected: int = 0, disbursed: int = 0) -> None:
    """Disbursements can never exceed what was collected."""
    if totals.disbursed_cents + disbursed > totals.collected_cents + collected:
        raise ValidationError(
            N_("Disbursed money cannot exceed what has been collected."), field="amount"
        )


def check_money_after_correction(totals: RestitutionTotals) -> None:
    """A correction or a void leaves the live entries as ``totals``: what was disbursed
    still cannot exceed what was collected."""
    if totals.disbursed_cents > totals.collected_cents:
        raise ValidationError(
            N_("After this change more would be disbursed ({disbursed}) than collected "
               "({collected}). Correct or void the disbursement first; nothing was changed."),
            field="amount", disbursed=format_cents(totals.disbursed_cents),
            collected=format_cents(totals.collected_cents))


def minimum_wage_loss_cents(
    *, hours: int, hourly_wage_cents: int, overtime_hours: int = 0, paid_cents: int = 0
) -> int:
    """Value of labour under minimum-wage and overtime law (18 U.S.C. 1593(b)(3)),
    less what was actually paid. Overtime at one and a half times the rate, rounded
    half up to the cent."""
    regular = hours * hourly_wage_cents
    overtime = (overtime_hours * hourly_wage_cents * 3 + 1) // 2
    return max(0, regular + overtime - paid_cents)


# --- releases of information -------------------------------------------------


def effective_release_status(stored: ReleaseStatus, expires_on: date, today: date) -> ReleaseStatus:
    if stored is ReleaseStatus.ACTIVE and expires_on < today:
        return ReleaseStatus.EXPIRED
    return stored


def covered_categories(
    releases: Iterable[tuple[ReleaseStatus, date, frozenset[InfoCategory]]], today: date
) -> frozenset[InfoCategory]:
    """Union of what the active, unexpired releases cover."""
    out: set[InfoCategory] = set()
    for status, expires_on, cats in releases:
        if effective_release_status(status, expires_on, today) is ReleaseStatus.ACTIVE:
            out |= cats
    return frozenset(out)


#: VAWA asks for "reasonably time-limited" consent; more than a year is refused.
MAX_RELEASE_DAYS = 366


@dataclass(frozen=True, slots=True, kw_only=True)
class ReleaseTerms:
    """What a release says about its signature, as recorded or about to be."""

    signed_on: date | None
    expires_on: date | None
    signed_by: SignedBy
    #: the survivor is a minor today (by date of birth, else by the flag)
    minor: bool
    #: the release records that the survivor was told services do not depend on signing
    told: bool
    refused: bool = False


def check_release_terms(terms: ReleaseTerms, today: date) -> None:
    """The one check of a release's terms, for recording it and for signing a draft:
    an expiry after the date signed (or today, unsigned), at most a year after it; no
    date in the future; a minor's release signed by a parent or guardian; a signed or
    refused release records that services were not made conditional on signing."""
    if terms.expires_on is None:
        raise ValidationError(N_("A release must have an expiry date."), field="expires_on")
    date_rules.check_dates("release", {"signed_on": terms.signed_on or today,
                                       "expires_on": terms.expires_on}, today)
    start = terms.signed_on or today
    if terms.expires_on > start + timedelta(days=MAX_RELEASE_DAYS):
        raise ValidationError(
            N_(
                "A release can last at most one year from the date it was signed; set an "
                "earlier expiry or record a new release. Nothing was changed."
            ), field="expires_on")
    if terms.minor and terms.signed_by is SignedBy.SURVIVOR and not terms.refused:
        raise ValidationError(
            N_("A minor's release must be signed by a parent or guardian. Nothing was changed."),
            field="signed_by")
    if (terms.signed_on is not None or terms.refused) and not terms.told:
        raise ValidationError(
            N_(
                "Tell the survivor that services do not depend on signing, then record that "
                "you did. A release cannot be signed or refused without it. Nothing was "
                "changed."
            ), field="services_not_conditional")


# --- roles -------------------------------------------------------------------

ROLE_RANK = {Role.CASEWORKER: 1, Role.SUPERVISOR: 2, Role.ADMIN: 3}


def role_at_least(role: Role, needed: Role) -> bool:
    return ROLE_RANK[role] >= ROLE_RANK[needed]


# --- referral direction --------------------------------------------------------

#: Agencies on the law-enforcement side of a referral. Prosecutors' victim-witness
#: coordinators refer like law enforcement does, so they count here (a default only).
LAW_SIDE = frozenset(
    {AgencyKind.LE_FEDERAL, AgencyKind.LE_STATE_LOCAL, AgencyKind.TASK_FORCE, AgencyKind.PROSECUTOR}
)


def infer_direction(sender: AgencyKind, receiver: AgencyKind) -> ReferralDirection:
    """The likely direction of a referral from the kinds of its two agencies."""
    if sender in LAW_SIDE and receiver not in LAW_SIDE:
        return ReferralDirection.LE_TO_VSP
    if receiver in LAW_SIDE and sender not in LAW_SIDE:
        return ReferralDirection.VSP_TO_LE
    return ReferralDirection.BETWEEN_PROVIDERS


# --- minors ---------------------------------------------------------------------


def minor_by_birth_date(dob: date | None, today: date) -> bool | None:
    """Under 18 on ``today`` by the date of birth; None when it is unknown."""
    if dob is None:
        return None
    years = today.year - dob.year - ((today.month, today.day) < (dob.month, dob.day))
    return years < 18


def minor_today(dob: date | None, flagged: bool, today: date) -> bool:
    """A minor on ``today``: by a known date of birth (someone who has turned 18 since the
    flag was saved is not), else by the flag."""
    by_birth = minor_by_birth_date(dob, today)
    return flagged if by_birth is None else by_birth
