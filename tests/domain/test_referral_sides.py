"""Which status changes each side of a referral may make (docs/referral-actions.md)."""

from __future__ import annotations

import pytest

from nap_desktop.domain.enums import ReferralOutcome, ReferralReason, ReferralSide, ReferralStatus
from nap_desktop.domain.errors import InvalidTransition
from nap_desktop.domain.labels import REFERRAL_ACTIONS
from nap_desktop.domain.rules import (
    REFERRAL_TRANSITIONS,
    TransitionRequest,
    allowed_transitions,
    check_referral_transition,
    reachable,
    referral_sides,
)

RS = ReferralStatus
SENDER = frozenset({ReferralSide.SENDER})
RECEIVER = frozenset({ReferralSide.RECEIVER})

#: The table of docs/referral-actions.md, written out again: a change to the rules must
#: change both.
EXPECTED = {
    (RS.DRAFT, "sender"): {RS.SENT, RS.WITHDRAWN},
    (RS.SENT, "sender"): {RS.WITHDRAWN, RS.EXPIRED},
    (RS.RECEIVED, "sender"): {RS.WITHDRAWN, RS.EXPIRED},
    (RS.ACCEPTED, "sender"): {RS.WITHDRAWN},
    (RS.IN_PROGRESS, "sender"): {RS.WITHDRAWN},
    (RS.DRAFT, "receiver"): set(),
    (RS.SENT, "receiver"): {RS.RECEIVED},
    (RS.RECEIVED, "receiver"): {RS.ACCEPTED, RS.DECLINED},
    (RS.ACCEPTED, "receiver"): {RS.IN_PROGRESS},
    (RS.IN_PROGRESS, "receiver"): {RS.COMPLETED},
}


@pytest.mark.parametrize("status", list(ReferralStatus))
@pytest.mark.parametrize("side", list(ReferralSide))
def test_each_side_has_its_own_actions(status: ReferralStatus, side: ReferralSide) -> None:
    got = allowed_transitions(status, frozenset({side}))
    assert got == EXPECTED.get((status, side.value), set())
    assert got <= REFERRAL_TRANSITIONS[status]


def test_the_sides_together_make_the_whole_state_machine() -> None:
    for status, targets in REFERRAL_TRANSITIONS.items():
        assert allowed_transitions(status, SENDER | RECEIVER) == targets
        assert allowed_transitions(status, frozenset()) == frozenset()


def test_only_the_sender_withdraws_and_only_the_receiver_answers() -> None:
    for status in RS:
        assert RS.WITHDRAWN not in allowed_transitions(status, RECEIVER)
        assert not {RS.RECEIVED, RS.ACCEPTED, RS.DECLINED} & allowed_transitions(status, SENDER)


def test_our_sides_come_from_the_two_agencies() -> None:
    assert referral_sides("us", "shelter", "us") == SENDER
    assert referral_sides("fbi", "us", "us") == RECEIVER
    assert referral_sides("fbi", "shelter", "us") == frozenset()


def test_a_wrong_side_change_is_refused_with_who_makes_it() -> None:
    with pytest.raises(InvalidTransition, match="only the agency that sent it") as caught:
        check_referral_transition(TransitionRequest(
            current=RS.RECEIVED, target=RS.WITHDRAWN, reason=ReferralReason.NO_LONGER_NEEDED,
            sides=RECEIVER))
    assert caught.value.field == "status"
    with pytest.raises(InvalidTransition, match="only the agency that received it"):
        check_referral_transition(TransitionRequest(current=RS.SENT, target=RS.RECEIVED,
                                                    sides=SENDER))
    with pytest.raises(InvalidTransition, match="two other agencies"):
        check_referral_transition(TransitionRequest(current=RS.SENT, target=RS.RECEIVED,
                                                    sides=frozenset()))
    check_referral_transition(TransitionRequest(
        current=RS.IN_PROGRESS, target=RS.COMPLETED, outcome=ReferralOutcome.SUCCESSFUL,
        sides=RECEIVER))


def test_a_partner_may_take_several_of_its_own_steps_at_once() -> None:
    assert reachable(RS.SENT, RS.COMPLETED, RECEIVER)
    assert reachable(RS.SENT, RS.SENT, RECEIVER)
    assert not reachable(RS.SENT, RS.WITHDRAWN, RECEIVER)
    assert not reachable(RS.SENT, RS.ACCEPTED, SENDER)
    assert reachable(RS.DRAFT, RS.EXPIRED, SENDER)


def test_every_target_has_an_action_name() -> None:
    targets = {t for nxt in REFERRAL_TRANSITIONS.values() for t in nxt}
    assert targets <= set(REFERRAL_ACTIONS)
