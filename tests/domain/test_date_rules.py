"""Every date rule of ``domain.date_rules``, table-driven: each is broken once and kept
once, and says which rule failed, naming both dates and the field to correct."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from nap_desktop.domain import date_rules
from nap_desktop.domain.date_rules import OLDEST, RULES, TODAY, DateRule, check_dates
from nap_desktop.domain.errors import ValidationError
from nap_desktop.domain.messages import Message

TODAY_IS = date(2026, 3, 10)
D = date(2026, 3, 5)

#: rule (earlier, later) -> (the values that break it, the message shown, field).
BROKEN: dict[tuple[str, str, str], tuple[dict[str, date], str, str]] = {
    ("placement", "referred_on", "start_date"): (
        {"referred_on": D, "start_date": D - timedelta(days=2)},
        "The project start (3 Mar 2026) is before the referral date (5 Mar 2026).",
        "start_date"),
    ("placement", "start_date", "move_in_date"): (
        {"start_date": D, "move_in_date": D - timedelta(days=1)},
        "The move-in date (4 Mar 2026) is before the project start (5 Mar 2026).",
        "move_in_date"),
    ("placement", "start_date", "expected_exit_date"): (
        {"start_date": D, "expected_exit_date": D - timedelta(days=2)},
        "The expected exit (3 Mar 2026) is before the project start (5 Mar 2026).",
        "expected_exit_date"),
    ("placement", "referred_on", "expected_exit_date"): (
        {"referred_on": D, "expected_exit_date": D - timedelta(days=2)},
        "The expected exit (3 Mar 2026) is before the referral date (5 Mar 2026).",
        "expected_exit_date"),
    ("placement", "start_date", "exit_date"): (
        {"start_date": D, "exit_date": D - timedelta(days=1)},
        "The exit date (4 Mar 2026) is before the project start (5 Mar 2026).", "exit_date"),
    ("placement", "move_in_date", "exit_date"): (
        {"move_in_date": D, "exit_date": D - timedelta(days=1)},
        "The exit date (4 Mar 2026) is before the move-in date (5 Mar 2026).", "exit_date"),
    ("placement", "referred_on", TODAY): (
        {"referred_on": date(2026, 3, 11)},
        "The referral date (11 Mar 2026) is in the future (today is 10 Mar 2026).",
        "referred_on"),
    ("placement", "move_in_date", TODAY): (
        {"move_in_date": date(2026, 3, 11)},
        "The move-in date (11 Mar 2026) is in the future (today is 10 Mar 2026).",
        "move_in_date"),
    ("placement", "exit_date", TODAY): (
        {"exit_date": date(2026, 3, 11)},
        "The exit date (11 Mar 2026) is in the future (today is 10 Mar 2026).", "exit_date"),
    ("placement.ledger", "paid_on", TODAY): (
        {"paid_on": date(2026, 4, 1)},
        "The date paid (1 Apr 2026) is in the future (today is 10 Mar 2026).", "paid_on"),
    ("release", "signed_on", TODAY): (
        {"signed_on": date(2026, 3, 11)},
        "The date signed (11 Mar 2026) is in the future (today is 10 Mar 2026).", "signed_on"),
    ("release", "signed_on", "expires_on"): (
        {"signed_on": D, "expires_on": D},
        "The expiry date (5 Mar 2026) must be after the date signed (5 Mar 2026).",
        "expires_on"),
    ("release", "signed_on", "revoked_on"): (
        {"signed_on": D, "revoked_on": D - timedelta(days=1)},
        "The revocation date (4 Mar 2026) is before the date signed (5 Mar 2026).",
        "revoked_on"),
    ("release", "revoked_on", TODAY): (
        {"revoked_on": date(2026, 3, 12)},
        "The revocation date (12 Mar 2026) is in the future (today is 10 Mar 2026).",
        "revoked_on"),
    ("restitution", "sentencing.completed_on", "order_entered.completed_on"): (
        {"sentencing.completed_on": D, "order_entered.completed_on": D - timedelta(days=3)},
        "The restitution order (2 Mar 2026) is entered before the sentencing hearing "
        "(5 Mar 2026).", "completed_on"),
    ("restitution", "completed_on", TODAY): (
        {"completed_on": date(2026, 3, 11)},
        "The completion date (11 Mar 2026) is in the future (today is 10 Mar 2026).",
        "completed_on"),
    ("restitution.money", "on", TODAY): (
        {"on": date(2026, 3, 11)},
        "The date of the payment (11 Mar 2026) is in the future (today is 10 Mar 2026).",
        "on"),
    ("client", "date_of_birth", TODAY): (
        {"date_of_birth": date(2026, 3, 11)},
        "The date of birth (11 Mar 2026) is in the future (today is 10 Mar 2026).",
        "date_of_birth"),
    ("client", OLDEST, "date_of_birth"): (
        {"date_of_birth": date(1906, 3, 9)},
        "The date of birth (9 Mar 1906) is more than 120 years ago: check the year.",
        "date_of_birth"),
    ("client", "date_of_birth", "continued_presence_expires"): (
        {"date_of_birth": date(1990, 5, 1), "continued_presence_expires": date(1989, 1, 1)},
        "The Continued Presence expiry (1 Jan 1989) is before the date of birth (1 May 1990).",
        "continued_presence_expires"),
    ("service", "provided_on", TODAY): (
        {"provided_on": date(2026, 3, 11)},
        "The service date (11 Mar 2026) is in the future (today is 10 Mar 2026): record it "
        "as planned.", "provided_on"),
    ("activity", "held_on", TODAY): (
        {"held_on": date(2026, 3, 11)},
        "The activity date (11 Mar 2026) is in the future (today is 10 Mar 2026).",
        "held_on"),
    ("funding_source", "period_start", "period_end"): (
        {"period_start": D, "period_end": D - timedelta(days=1)},
        "The award period ends (4 Mar 2026) before it starts (5 Mar 2026).", "period_end"),
    ("project", "operating_start", "operating_end"): (
        {"operating_start": D, "operating_end": D - timedelta(days=1)},
        "The project's operating end (4 Mar 2026) is before its start (5 Mar 2026).",
        "operating_end"),
}


def key(rule: DateRule) -> tuple[str, str, str]:
    return (rule.record, rule.earlier, rule.later)


def test_the_table_covers_every_rule() -> None:
    assert {key(r) for r in RULES} == set(BROKEN)


@pytest.mark.parametrize("rule", RULES, ids=[":".join(key(r)) for r in RULES])
def test_each_rule_refuses_with_its_own_message_and_field(rule: DateRule) -> None:
    values, message, field = BROKEN[key(rule)]
    with pytest.raises(ValidationError) as caught:
        check_dates(rule.record, values, TODAY_IS)
    assert caught.value.message == message
    assert caught.value.field == field


@pytest.mark.parametrize("rule", RULES, ids=[":".join(key(r)) for r in RULES])
def test_each_rule_accepts_the_edge_and_missing_dates(rule: DateRule) -> None:
    values, _message, _field = BROKEN[key(rule)]
    check_dates(rule.record, {k: None for k in values}, TODAY_IS)  # nothing entered yet
    fixed = dict(values)
    if rule.later == TODAY:
        fixed[rule.earlier] = TODAY_IS  # today itself is not the future
    elif rule.earlier == OLDEST:
        fixed[rule.later] = date(1906, 3, 10)  # exactly 120 years
    else:
        shift = timedelta(days=1) if rule.strict else timedelta(0)
        fixed[rule.later] = fixed[rule.earlier] + shift
    check_dates(rule.record, fixed, TODAY_IS)


def test_the_month_is_translated_where_shown() -> None:
    words = date_rules.day_words(date(2026, 1, 3))
    assert isinstance(words, Message) and words.render() == "3 Jan 2026"

    class Spanish:
        def gettext(self, message: str, /) -> str:
            return {"{day} Jan {year}": "{day} ene {year}"}.get(message, message)

        def ngettext(self, singular: str, plural: str, n: int, /) -> str:
            return singular

    assert words.render(Spanish()) == "3 ene 2026"


def test_a_partners_order_check_leaves_the_rules_about_today_out() -> None:
    far = {"exit_date": date(2100, 1, 1), "start_date": D}
    assert date_rules.order_problems("placement", far) == []
    [problem] = date_rules.order_problems("placement", {"start_date": D,
                                                        "exit_date": D - timedelta(days=1)})
    assert problem.field == "exit_date"
