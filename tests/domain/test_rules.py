"""Rules of the domain: the referral state machine and exact money."""

from __future__ import annotations

import itertools
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nap_desktop.domain.enums import (
    InfoCategory,
    PlacementStatus,
    ReferralOutcome,
    ReferralReason,
    ReferralStatus,
    ReleaseStatus,
)
from nap_desktop.domain.errors import InvalidTransition, ValidationError
from nap_desktop.domain.rules import (
    REFERRAL_TRANSITIONS,
    TERMINAL_REFERRAL_STATUSES,
    RestitutionTotals,
    TransitionRequest,
    check_money_event,
    check_placement_dates,
    check_placement_transition,
    check_referral_transition,
    covered_categories,
    format_cents,
    minimum_wage_loss_cents,
    parse_money,
)

RS = ReferralStatus
statuses = st.sampled_from(list(ReferralStatus))
reasons = st.one_of(st.none(), st.sampled_from(list(ReferralReason)))
outcomes = st.one_of(st.none(), st.sampled_from(list(ReferralOutcome)))


def test_happy_path_from_draft_to_completed() -> None:
    path = [RS.DRAFT, RS.SENT, RS.RECEIVED, RS.ACCEPTED, RS.IN_PROGRESS]
    for current, target in itertools.pairwise(path):
        check_referral_transition(TransitionRequest(current=current, target=target))
    check_referral_transition(
        TransitionRequest(
            current=RS.IN_PROGRESS, target=RS.COMPLETED, outcome=ReferralOutcome.SUCCESSFUL
        )
    )


def test_decline_needs_a_reason_and_other_needs_words() -> None:
    with pytest.raises(InvalidTransition, match="reason"):
        check_referral_transition(TransitionRequest(current=RS.RECEIVED, target=RS.DECLINED))
    with pytest.raises(InvalidTransition, match="Other"):
        check_referral_transition(
            TransitionRequest(current=RS.RECEIVED, target=RS.DECLINED, reason=ReferralReason.OTHER)
        )
    check_referral_transition(
        TransitionRequest(
            current=RS.RECEIVED,
            target=RS.DECLINED,
            reason=ReferralReason.OTHER,
            reason_text="Program closed for renovation",
        )
    )


def test_unsuccessful_completion_needs_reason_successful_does_not() -> None:
    with pytest.raises(InvalidTransition):
        check_referral_transition(
            TransitionRequest(
                current=RS.IN_PROGRESS, target=RS.COMPLETED, outcome=ReferralOutcome.NOT_SUCCESSFUL
            )
        )
    with pytest.raises(InvalidTransition, match="successful"):
        check_referral_transition(TransitionRequest(current=RS.IN_PROGRESS, target=RS.COMPLETED))


@given(
    current=statuses, target=statuses, outcome=outcomes, reason=reasons, text=st.text(max_size=20)
)
def test_status_machine_properties(
    current: ReferralStatus,
    target: ReferralStatus,
    outcome: ReferralOutcome | None,
    reason: ReferralReason | None,
    text: str,
) -> None:
    req = TransitionRequest(
        current=current, target=target, outcome=outcome, reason=reason, reason_text=text
    )
    try:
        check_referral_transition(req)
    except InvalidTransition:
        accepted = False
    else:
        accepted = True
    if accepted:
        # Only listed edges, never out of a terminal status, never back to draft.
        assert target in REFERRAL_TRANSITIONS[current]
        assert current not in TERMINAL_REFERRAL_STATUSES
        assert target is not RS.DRAFT
        if target in (RS.DECLINED, RS.WITHDRAWN) or outcome is ReferralOutcome.NOT_SUCCESSFUL:
            assert reason is not None
        assert (outcome is not None) == (target is RS.COMPLETED)


@given(st.lists(statuses, max_size=12))
def test_every_walk_through_allowed_edges_ends_in_a_reachable_state(
    steps: list[ReferralStatus],
) -> None:
    current = RS.DRAFT
    for target in steps:
        if target in REFERRAL_TRANSITIONS[current]:
            current = target
    # From any reachable state, a terminal state is reachable.
    seen, frontier = {current}, [current]
    while frontier:
        for nxt in REFERRAL_TRANSITIONS[frontier.pop()]:
            if nxt not in seen:
                seen.add(nxt)
                frontier.append(nxt)
    assert seen & TERMINAL_REFERRAL_STATUSES


def test_placement_cannot_skip_to_moved_in_or_leave_exited() -> None:
    with pytest.raises(InvalidTransition):
        check_placement_transition(PlacementStatus.REFERRED, PlacementStatus.MOVED_IN)
    with pytest.raises(InvalidTransition):
        check_placement_transition(PlacementStatus.EXITED, PlacementStatus.STARTED)


def test_move_in_only_for_programs_that_have_one_and_in_order() -> None:
    with pytest.raises(ValidationError, match="rapid re-housing"):
        check_placement_dates(
            start=date(2026, 1, 1), move_in=date(2026, 1, 5), exit_=None, needs_move_in=False
        )
    with pytest.raises(ValidationError, match="before the project start"):
        check_placement_dates(
            start=date(2026, 1, 10), move_in=date(2026, 1, 5), exit_=None, needs_move_in=True
        )
    check_placement_dates(
        start=date(2026, 1, 1), move_in=date(2026, 1, 5), exit_=date(2026, 6, 1), needs_move_in=True
    )


# --- money -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "cents"),
    [
        ("1,234.56", 123456),
        ("$0.07", 7),
        ("12", 1200),
        ("12.5", 1250),
        (".99", 99),
        ("1 000 000.01", 100000001),
        ("$ 12", 1200),
        ("1234567.8", 123456780),
        ("12,345,678", 1234567800),
    ],
)
def test_parse_money_exact(text: str, cents: int) -> None:
    assert parse_money(text) == cents


@pytest.mark.parametrize("text", ["", "abc", "1.234", "-5", "1e3", "12.3.4", "0x10", "1,50",
                                  "$1,0.00", "12,34", "1,2345", "1 000,000", "²", "１２",
                                  "1,234,5", "$", "."])
def test_parse_money_refuses_garbage(text: str) -> None:
    with pytest.raises(ValidationError):
        parse_money(text)


def test_a_decimal_comma_is_explained_not_guessed() -> None:
    with pytest.raises(ValidationError, match="point"):
        parse_money("1,50")


@given(st.integers(min_value=0, max_value=10**13))
def test_format_then_parse_round_trips(cents: int) -> None:
    assert parse_money(format_cents(cents)) == cents


@given(
    ordered=st.integers(0, 10**12),
    events=st.lists(st.tuples(st.booleans(), st.integers(1, 10**9)), max_size=30),
)
def test_disbursed_never_exceeds_collected_and_balance_is_exact(
    ordered: int, events: list[tuple[bool, int]]
) -> None:
    collected = disbursed = 0
    for is_collection, amount in events:
        totals = RestitutionTotals(
            losses_claimed_cents=0,
            ordered_cents=ordered,
            collected_cents=collected,
            disbursed_cents=disbursed,
        )
        try:
            check_money_event(
                totals,
                collected=amount if is_collection else 0,
                disbursed=0 if is_collection else amount,
            )
        except ValidationError:
            assert not is_collection
            continue
        if is_collection:
            collected += amount
        else:
            disbursed += amount
        assert disbursed <= collected
    final = RestitutionTotals(
        losses_claimed_cents=0,
        ordered_cents=ordered,
        collected_cents=collected,
        disbursed_cents=disbursed,
    )
    assert final.balance_cents == ordered - collected
    assert final.undisbursed_cents == collected - disbursed


def test_minimum_wage_loss_counts_overtime_at_time_and_a_half() -> None:
    # 40 h at $7.25 plus 10 h overtime, nothing paid: 29000 + 10875 = 39875 cents
    assert minimum_wage_loss_cents(hours=40, hourly_wage_cents=725, overtime_hours=10) == 39875
    assert minimum_wage_loss_cents(hours=1, hourly_wage_cents=725, paid_cents=10_000) == 0


def test_only_active_unexpired_releases_cover() -> None:
    today = date(2026, 11, 23)
    covered = covered_categories(
        [
            (ReleaseStatus.ACTIVE, date(2026, 12, 1), frozenset({InfoCategory.IDENTITY})),
            (ReleaseStatus.ACTIVE, date(2026, 11, 22), frozenset({InfoCategory.LOCATION})),
            (ReleaseStatus.REVOKED, date(2027, 1, 1), frozenset({InfoCategory.CONTACT})),
            (ReleaseStatus.DRAFT, date(2027, 1, 1), frozenset({InfoCategory.NOTES})),
        ],
        today,
    )
    assert covered == {InfoCategory.IDENTITY}
