"""Printed reports: referral summaries, caseload reports and release forms, as PDF bytes in memory.

No Qt here. What leaves for a partner agency respects the survivor's releases of
information (:mod:`nap_desktop.reports.redaction`); nothing is written to disk.
"""

from __future__ import annotations

from nap_desktop.reports.caseload import CaseloadResult, render_caseload_report
from nap_desktop.reports.redaction import Audience, AudienceKind, RedactionPlan, plan_redaction
from nap_desktop.reports.release_form import (
    ReleaseFormRequest,
    ReleaseFormResult,
    render_release_form,
)
from nap_desktop.reports.summary import SummaryResult, render_referral_summary

__all__ = [
    "Audience",
    "AudienceKind",
    "CaseloadResult",
    "RedactionPlan",
    "ReleaseFormRequest",
    "ReleaseFormResult",
    "SummaryResult",
    "plan_redaction",
    "render_caseload_report",
    "render_referral_summary",
    "render_release_form",
]
