"""Grant reports funders require: VOCA quarterly, OVC TIMS semi-annual, data quality.

Supervisors only. A report is computed in one read snapshot from a few aggregate queries
(``services/grant_facts.py``), counted by pure code (``reports/grants/``) and written
as PDF or CSV by :meth:`GrantReportService.write`, which audits the action with its
parameters and the SHA-256 of the bytes (never a figure about a person, never a name).
Same period and same data give the same bytes. Definitions: docs/grant-reports.md.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from nap_desktop.reports.grants.facts import Cancel, Progress
from nap_desktop.reports.grants.model import (
    DataQualityReport,
    GrantReport,
    ReportFile,
    ShownSection,
    TimsReport,
    VocaReport,
)
from nap_desktop.services.base import ServiceContext


class GrantReportService:
    """``ws.grant_reports``."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def voca(self, start: date, end: date, *, funding_source_id: str | None = None,
             progress: Progress | None = None, cancel: Cancel | None = None) -> VocaReport:
        """VOCA figures for ``start``..``end`` (inclusive; within one federal fiscal
        year, usually a quarter): new and continuing victims, demographics of new
        victims, victimisation type, services by VOCA category A-E."""
        raise NotImplementedError

    def tims(self, start: date, end: date, *, funding_source_id: str | None = None,
             progress: Progress | None = None, cancel: Cancel | None = None) -> TimsReport:
        """OVC TIMS figures for ``start``..``end`` (usually July-December or
        January-June): clients served and new, adult/minor, trafficking type, gender,
        citizenship, services by OVC type, program activities."""
        raise NotImplementedError

    def data_quality(self, start: date, end: date, *, progress: Progress | None = None,
                     cancel: Cancel | None = None) -> DataQualityReport:
        """Per reported field, how many clients served in the period have it missing,
        not collected, "doesn't know" or refused, and the list of cases to fix."""
        raise NotImplementedError

    def table(self, report: GrantReport, *, lang: str = "en",
              for_outside: bool = False) -> list[ShownSection]:
        """The report's sections as a reader sees them (translated labels, figures as
        text, small counts suppressed when ``for_outside``): what the dialog shows."""
        raise NotImplementedError

    def write(self, report: GrantReport, path: Path, *, fmt: str = "pdf", lang: str = "en",
              for_outside: bool = False) -> ReportFile:
        """Write ``report`` to ``path`` as ``fmt`` ("pdf" or "csv") in ``lang``; with
        ``for_outside`` every count under the setting ``small_count_threshold`` (10) is
        suppressed (data quality refuses it: it lists case numbers). Audited."""
        raise NotImplementedError
