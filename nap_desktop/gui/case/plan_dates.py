"""The plan's dates in words: "Plan due 2026-12-20 (in 13 days)", "Review overdue by 12
days". A tired reader sees what to do, not a date to compare with today."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from nap_desktop.domain.services_entities import CasePlanView
from nap_desktop.gui.widgets.common import fmt_date


def tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("PlanTab", text, None, n)


def plan_line(plan: CasePlanView, today: date) -> tuple[str, bool]:
    """What the plan's first date says, and whether it is late."""
    if plan.completed_on is not None:
        return tr("Plan written on %1.").replace("%1", fmt_date(plan.completed_on)), False
    days = (plan.due_on - today).days
    when = fmt_date(plan.due_on)
    if days < 0:
        return tr("Plan overdue by %n day(s): it was due on %1.", -days).replace("%1", when), True
    if days == 0:
        return tr("Plan due today (%1).").replace("%1", when), False
    return tr("Plan due in %n day(s), on %1.", days).replace("%1", when), False


def review_line(plan: CasePlanView, today: date) -> tuple[str, bool]:
    """The next review, once the plan is written."""
    if plan.completed_on is None or plan.next_review_on is None:
        return tr("Reviews start once the plan is written (every 90 days)."), False
    last = fmt_date(plan.last_reviewed_on) if plan.last_reviewed_on else tr("never")
    days = (plan.next_review_on - today).days
    when = fmt_date(plan.next_review_on)
    if days < 0:
        text = tr("Review overdue by %n day(s): it was due on %1.", -days).replace("%1", when)
    elif days == 0:
        text = tr("Review due today (%1).").replace("%1", when)
    else:
        text = tr("Next review in %n day(s), on %1.", days).replace("%1", when)
    return text + " " + tr("Last reviewed: %1.").replace("%1", last), days < 0
