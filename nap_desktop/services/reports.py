"""Producing printed documents: every summary is audited (never with its content)."""

from __future__ import annotations

import re
from datetime import date

from sqlalchemy import select

from nap_desktop.domain.enums import Role
from nap_desktop.domain.errors import NotFound, ValidationError
from nap_desktop.domain.messages import N_
from nap_desktop.reports import (
    Audience,
    CaseloadResult,
    ReleaseFormRequest,
    ReleaseFormResult,
    SummaryResult,
    render_caseload_report,
    render_referral_summary,
    render_release_form,
)
from nap_desktop.services import cases as case_queries
from nap_desktop.services import validate as v
from nap_desktop.services.base import ServiceContext, get_or_404
from nap_desktop.services.caseload_queries import MIN_SEARCH_CHARS
from nap_desktop.services.document_views import document_query, to_view
from nap_desktop.services.queries import CaseloadFilter, QueryService
from nap_desktop.store import models as m

_WORD = re.compile(r"\w+", re.UNICODE)
#: Rows a report lists: 20,000 are 900-1,200 pages, about a minute to lay out at 100k
#: referrals (docs/benchmarks.md); a longer report says it lists only the first ones.
MAX_REPORT_ROWS = 20_000
MASK = "••••"


def without_search(description: str, search: str) -> str:
    """``description`` with the search text, and each of its words the search uses, masked:
    a discreet report never prints what was searched for (often a name), whatever the
    caller wrote in its heading."""
    needles = {search.strip(), *(w for w in _WORD.findall(search) if len(w) >= MIN_SEARCH_CHARS)}
    for needle in sorted(needles - {""}, key=len, reverse=True):
        description = re.sub(re.escape(needle), MASK, description, flags=re.IGNORECASE)
    return description


class ReportService:
    def __init__(self, ctx: ServiceContext, queries: QueryService) -> None:
        self.ctx = ctx
        self.queries = queries

    def referral_summary(
        self,
        referral_id: str,
        *,
        partner_id: str | None = None,
        override_reason: str | None = None,
        lang: str = "en",
        include_notes: bool = False,
    ) -> SummaryResult:
        """A referral summary, internal or for one partner (redacted by its releases).
        An override shows everything to the partner: supervisors only, reason required."""
        user = self.ctx.require(Role.CASEWORKER)
        if override_reason is not None:
            self.ctx.require(Role.SUPERVISOR)
            override_reason = v.text(override_reason, field="override_reason",
                                     label=N_("Override reason"), required=True, limit=2000)
        agency = self.ctx.actor.agency
        assert agency is not None
        with self.ctx.read() as s:
            client_id = s.scalar(
                select(m.ReferralRow.client_id).where(m.ReferralRow.id == referral_id)
            )
            if client_id is None:
                raise NotFound(N_("That referral no longer exists."))
            case = case_queries.load_case(s, client_id, self.ctx.today())
            documents = [to_view(row, user or "", agency or "") for row, user, agency in
                         s.execute(document_query().where(m.DocumentRow.client_id == client_id))]
            if partner_id is None:
                audience = Audience.internal()
            else:
                partner = get_or_404(s, m.AgencyRow, partner_id, "agency")
                audience = Audience.for_partner(partner.id, partner.name, override_reason)
        result = render_referral_summary(
            case,
            referral_id=referral_id,
            audience=audience,
            generated_by=user.display_name,
            agency_name=agency.name,
            lang=lang,
            include_notes=include_notes,
            documents=documents,
            now=self.ctx.now(),
            today=self.ctx.today(),
        )
        detail = (
            f"document {result.document_id}; sha256 {result.sha256}; "
            f"for {'internal use' if partner_id is None else 'agency ' + partner_id}; "
            f"withheld {','.join(result.withheld) or 'nothing'}; "
            f"releases {','.join(result.release_ids) or 'none'}"
        )
        if override_reason is not None:
            detail += f"; supervisor override: {' '.join(override_reason.split())}"
        with self.ctx.unit_of_work() as s:
            self.ctx.audit(
                s, "report.summary", record_type="referral", record_id=referral_id, detail=detail
            )
        return result

    def caseload_report(
        self, flt: CaseloadFilter, *, description: str, lang: str = "en", discreet: bool = False
    ) -> CaseloadResult:
        """The filtered caseload as a landscape PDF (supervisors), read in one snapshot.
        Its counts cover every match; its tables list the first ``MAX_REPORT_ROWS`` and
        say so when there are more. In discreet mode the client column shows case numbers
        only and the heading never shows the search text."""
        user = self.ctx.require(Role.SUPERVISOR)
        agency = self.ctx.actor.agency
        assert agency is not None
        rows = self.queries.caseload.every_row(flt)
        if discreet:
            for row in rows:
                row.client_name = MASK
            description = without_search(description, flt.search)
        result = render_caseload_report(
            rows,
            title_filter=description,
            generated_by=user.display_name,
            agency_name=agency.name,
            lang=lang,
            now=self.ctx.now(),
            today=self.ctx.today(),
            list_limit=MAX_REPORT_ROWS,
        )
        with self.ctx.unit_of_work() as s:
            self.ctx.audit(
                s,
                "report.caseload",
                detail=f"document {result.document_id}; sha256 {result.sha256}; "
                f"{result.row_count} of {result.total_count} rows listed",
            )
        return result

    def release_form(
        self,
        partner_id: str,
        *,
        lang: str = "en",
        client_id: str | None = None,
        print_name: bool = False,
        purpose: str = "",
        expires_on: date | None = None,
    ) -> ReleaseFormResult:
        """A release-of-information form to ``partner_id`` for the survivor to read, tick
        and sign. With ``client_id`` (an id, or a case number) it names the case number;
        the survivor's legal name is printed only with ``print_name`` (else a line is left
        to write it by hand). Audited as a document made, with whether the name was
        printed (never the name)."""
        user = self.ctx.require(Role.CASEWORKER)
        agency = self.ctx.actor.agency
        assert agency is not None
        purpose = v.text(purpose, field="purpose", label=N_("Purpose"), limit=2000)
        with self.ctx.read() as s:
            partner = get_or_404(s, m.AgencyRow, partner_id, "agency")
            if partner.is_self:
                raise ValidationError(N_("A release names another agency, not our own."),
                                      field="partner")
            case_number = name = None
            if client_id is not None:
                client = s.get(m.ClientRow, client_id) or s.scalar(
                    select(m.ClientRow).where(m.ClientRow.case_number == client_id.strip()))
                if client is None:
                    raise NotFound(N_("No case {case} in this vault."), case=client_id)
                client_id, case_number = client.id, client.case_number
                if print_name:
                    name = client.personal.legal_name.strip() or None
            request = ReleaseFormRequest(partner_name=partner.name, case_number=case_number,
                                         survivor_name=name, purpose=purpose,
                                         expires_on=expires_on)
        result = render_release_form(request, agency_name=agency.name,
                                     generated_by=user.display_name, lang=lang,
                                     now=self.ctx.now())
        with self.ctx.unit_of_work() as s:
            self.ctx.audit(
                s, "report.release_form", record_type="client" if client_id else "",
                record_id=client_id,
                detail=f"document {result.document_id}; sha256 {result.sha256}; "
                f"for agency {partner_id}; lang {lang}; "
                f"survivor name {'printed' if name else 'left blank'}")
        return result
