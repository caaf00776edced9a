"""Printed reports: referral summaries and caseload reports, as PDF bytes in memory.

No Qt here. What leaves for a partner agency respects the survivor's releases of
information (:mod:`nap_desktop.reports.redaction`); nothing is written to disk.
"""

from __future__ import annotations

from nap_desktop.reports.caseload import CaseloadResult, render_caseload_report
from nap_desktop.reports.redaction import Audience, AudienceKind, RedactionPlan, plan_redaction
from nap_desktop.reports.summary import SummaryResult, render_referral_summary

__all__ = [
    "Audience",
    "AudienceKind",
    "CaseloadResult",
    "RedactionPlan",
    "SummaryResult",
    "plan_redaction",
    "render_caseload_report",
    "render_referral_summary",
]
