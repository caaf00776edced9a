"""Grant reports funders require: VOCA quarterly, OVC TIMS semi-annual, data quality.

Supervisors only. A report is computed in one read snapshot from a few aggregate queries
(``services/grant_facts.py``), counted by pure code (``reports/grants/``) and written
as PDF or CSV by :meth:`GrantReportService.write`, which audits the action with its
parameters and the SHA-256 of the bytes (never a figure about a person, never a name).
Same period and same data give the same bytes. Definitions: docs/grant-reports.md.
"""

from __future__ import annotations

import hashlib
import os
from contextlib import suppress
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session as OrmSession

from nap_desktop.domain import service_catalog
from nap_desktop.domain.enums import Role
from nap_desktop.domain.errors import NotFound, ValidationError
from nap_desktop.domain.messages import N_
from nap_desktop.reports.grants import render, view
from nap_desktop.reports.grants.facts import (
    Cancel,
    Facts,
    Progress,
    fiscal_year,
    fiscal_year_start,
)
from nap_desktop.reports.grants.model import (
    DataQualityReport,
    GrantReport,
    ReportFile,
    ShownSection,
    TimsReport,
    VocaReport,
)
from nap_desktop.reports.grants.quality import compute_quality
from nap_desktop.reports.grants.tims import compute_tims
from nap_desktop.reports.grants.voca import compute_voca
from nap_desktop.reports.i18n import check_lang
from nap_desktop.services import grant_facts
from nap_desktop.services.base import ServiceContext
from nap_desktop.services.locations import save_private_file
from nap_desktop.store import models as m

#: Longest period a report covers (a year, with room for a late quarter's catch-up).
MAX_PERIOD_DAYS = 400
THRESHOLD_SETTING = "small_count_threshold"
FORMATS = ("pdf", "csv")
_STEPS = 3


class GrantReportCancelled(Exception):
    """The caller stopped the report: nothing was written."""


def check_period(start: date, end: date) -> None:
    """A period a report can cover: start not after end, at most MAX_PERIOD_DAYS days."""
    if start > end:
        raise ValidationError(N_("The period starts after it ends: {start} is after {end}."),
                              field="start", start=start.isoformat(), end=end.isoformat())
    days = (end - start).days + 1
    if days > MAX_PERIOD_DAYS:
        raise ValidationError(N_("A report covers at most {limit} days; this period has "
                                 "{days}."), field="end", limit=MAX_PERIOD_DAYS, days=days)


def _voca_letter(category: str) -> str | None:
    try:
        return service_catalog.codes(category).voca
    except ValueError:
        return None


def _ovc_type(category: str) -> str | None:
    try:
        return service_catalog.codes(category).tims
    except ValueError:
        return "other"


class GrantReportService:
    """``ws.grant_reports``."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def voca(self, start: date, end: date, *, funding_source_id: str | None = None,
             progress: Progress | None = None, cancel: Cancel | None = None) -> VocaReport:
        """VOCA figures for ``start``..``end`` (inclusive; within one federal fiscal
        year, usually a quarter): new and continuing victims, demographics of new
        victims, victimisation type, services by VOCA category A-E."""
        check_period(start, end)
        if fiscal_year(start) != fiscal_year(end):
            raise ValidationError(N_("A VOCA report covers part of one federal fiscal year "
                                     "(1 October to 30 September); this period crosses "
                                     "1 October."), field="end")
        facts, label = self._facts(start, end, funding_source_id, progress, cancel,
                                   activities=False)
        return compute_voca(facts, _voca_letter, funding_source_id=funding_source_id,
                            funding_label=label)

    def tims(self, start: date, end: date, *, funding_source_id: str | None = None,
             progress: Progress | None = None, cancel: Cancel | None = None) -> TimsReport:
        """OVC TIMS figures for ``start``..``end`` (usually July-December or
        January-June): clients served and new, adult/minor, trafficking type, gender,
        citizenship, services by OVC type, program activities."""
        facts, label = self._facts(start, end, funding_source_id, progress, cancel,
                                   activities=True)
        return compute_tims(facts, _ovc_type, tuple(service_catalog.TIMS_TYPES),
                            funding_source_id=funding_source_id, funding_label=label)

    def data_quality(self, start: date, end: date, *, progress: Progress | None = None,
                     cancel: Cancel | None = None) -> DataQualityReport:
        """Per reported field, how many clients served in the period have it missing,
        not collected, "doesn't know" or refused, and the list of cases to fix."""
        facts, _ = self._facts(start, end, None, progress, cancel, activities=False,
                               services=False)
        return compute_quality(facts)

    def threshold(self) -> int:
        """The small-count threshold (setting ``small_count_threshold``, default 10;
        an unusable value counts as 10)."""
        with self.ctx.read() as s:
            row = s.get(m.Setting, THRESHOLD_SETTING)
        try:
            value = int(row.value) if row is not None else view.DEFAULT_THRESHOLD
        except ValueError:
            return view.DEFAULT_THRESHOLD
        return value if 2 <= value <= 1000 else view.DEFAULT_THRESHOLD

    def table(self, report: GrantReport, *, lang: str = "en",
              for_outside: bool = False) -> list[ShownSection]:
        """The report's sections as a reader sees them (translated labels, figures as
        text, small counts suppressed when ``for_outside``): what the dialog shows."""
        check_lang(lang)
        return view.shown_sections(report, lang=lang, for_outside=for_outside,
                                   threshold=self.threshold())

    def write(self, report: GrantReport, path: Path, *, fmt: str = "pdf", lang: str = "en",
              for_outside: bool = False) -> ReportFile:
        """Write ``report`` to ``path`` as ``fmt`` ("pdf" or "csv") in ``lang``; with
        ``for_outside`` every count under the setting ``small_count_threshold`` (10) is
        suppressed (data quality refuses it: it lists case numbers). Audited."""
        self.ctx.require(Role.SUPERVISOR)
        check_lang(lang)
        if fmt not in FORMATS:
            raise ValidationError(N_("A report is written as PDF (pdf) or CSV (csv)."),
                                  field="format")
        if for_outside and isinstance(report, DataQualityReport):
            raise ValidationError(N_("The data-quality report lists case numbers: it is for "
                                     "use inside the agency only and cannot be prepared "
                                     "for outside it."), field="outside")
        threshold = self.threshold()
        agency = self.ctx.actor.agency
        agency_name = agency.name if agency is not None else ""
        pages = 0
        if fmt == "pdf":
            data, pages = render.render_pdf(report, lang=lang, for_outside=for_outside,
                                            agency_name=agency_name, threshold=threshold)
        else:
            data = render.render_csv(report, lang=lang, for_outside=for_outside,
                                     threshold=threshold)
        result = ReportFile(path=str(path), fmt=fmt, lang=lang, for_outside=for_outside,
                            sha256=_sha256(data), size=len(data), pages=pages)
        save_private_file(path, data)
        try:
            with self.ctx.unit_of_work() as s:
                self.ctx.audit(s, f"report.{report.kind.value}", detail=_detail(
                    report, result, threshold))
        except BaseException:
            with suppress(OSError):  # an unaudited report must not stay behind
                os.remove(path)
            raise
        return result

    # --- reading ---------------------------------------------------------------

    def _facts(self, start: date, end: date, funding_source_id: str | None,
               progress: Progress | None, cancel: Cancel | None, *,
               activities: bool, services: bool = True) -> tuple[Facts, str]:
        self.ctx.require(Role.SUPERVISOR)
        check_period(start, end)

        def step(done: int) -> None:
            if cancel is not None and cancel():
                raise GrantReportCancelled()
            if progress is not None:
                progress(done, _STEPS)

        step(0)
        with self.ctx.read() as s:
            label = _funding_label(s, funding_source_id)
            clients = grant_facts.served_clients(s, start, end, fiscal_year_start(start),
                                                 funding_source_id)
            step(1)
            counts = (grant_facts.service_counts(s, start, end, funding_source_id)
                      if services else [])
            step(2)
            held = (grant_facts.activities(s, start, end, funding_source_id)
                    if activities else [])
        step(3)
        return Facts(start, end, tuple(clients), tuple(counts), tuple(held)), label


def _funding_label(session: OrmSession, funding_source_id: str | None) -> str:
    if funding_source_id is None:
        return ""
    row = session.get(m.FundingSourceRow, funding_source_id)
    if row is None:
        raise NotFound(N_("That funding source no longer exists."))
    return f"{row.name} {row.award_number}".strip()


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _detail(report: GrantReport, result: ReportFile, threshold: int) -> str:
    """The audit detail: parameters and checksum, never a figure or a case number."""
    return (f"period {report.start.isoformat()}..{report.end.isoformat()}; "
            f"funding {report.funding_source_id or 'all'}; format {result.fmt}; "
            f"lang {result.lang}; "
            f"{'outside, threshold ' + str(threshold) if result.for_outside else 'internal'}; "
            f"sha256 {result.sha256}; {result.size} bytes")
