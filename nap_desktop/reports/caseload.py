"""The caseload report: a supervisor's filtered caseload as a landscape table.

Rows are printed as given: whether client names are shown or masked is the caller's
decision (pass masked names in ``CaseloadRow.client_name`` for a masked report). The
counts cover every row given; the tables list at most ``list_limit`` of them, and the
heading then says so ("the first 20,000 of 34,512").
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, tzinfo

from reportlab.lib.pagesizes import landscape, letter
from reportlab.platypus import Flowable, Spacer

from nap_desktop.domain.entities import CaseloadRow
from nap_desktop.domain.enums import ReferralStatus, RestitutionStepKind
from nap_desktop.reports import i18n
from nap_desktop.reports.content import document_record, sha256_hex
from nap_desktop.reports.layout import (
    OVERDUE,
    PdfMeta,
    build_pdf,
    content_width,
    data_table,
    kv_table,
    make_furniture,
    para,
    section_heading,
    styles,
)
from nap_desktop.reports.redaction import Audience

PAGESIZE = landscape(letter)
_STEP_VALUES = frozenset(k.value for k in RestitutionStepKind)


@dataclass(frozen=True, slots=True, kw_only=True)
class CaseloadResult:
    """A rendered caseload report. ``sha256`` covers the canonical JSON of the document
    record (as for :class:`~nap_desktop.reports.summary.SummaryResult`) whose content is
    the filter, the rows as printed and the counts."""

    pdf: bytes
    document_id: str
    sha256: str
    pages: int
    row_count: int  # rows listed in the table
    total_count: int  # rows the filter matched (counted in the summary tables)
    overdue_count: int
    counts_by_status: dict[str, int]


def due_label(lang: str, label: str) -> str:
    """Human text for ``CaseloadRow.next_due_label`` ("step:<kind>" or "housing_exit")."""
    kind, _, value = label.partition(":")
    if kind == "step" and value in _STEP_VALUES:
        return i18n.enum_label(lang, RestitutionStepKind(value))
    if label == "housing_exit":
        return i18n.code_label(lang, label)
    return label or i18n.t(lang, "none")


def is_overdue(row: CaseloadRow, today: date) -> bool:
    return row.next_due is not None and row.next_due < today


def _counts(rows: Sequence[CaseloadRow]) -> dict[str, int]:
    counted = Counter(r.status for r in rows)
    return {s.value: counted[s] for s in ReferralStatus if counted[s]}


def _summary_tables(lang: str, rows: Sequence[CaseloadRow], width: float) -> list[Flowable]:
    counts = _counts(rows)
    body: list[list[str | Flowable]] = [
        [i18n.enum_label(lang, ReferralStatus(s)), f"{n:,}"] for s, n in counts.items()]
    body.append([i18n.t(lang, "total"), f"{len(rows):,}"])
    head = [i18n.field_name(lang, "referral", "status"), i18n.t(lang, "count")]
    return [data_table(head, body, [1, 0],
                       width=width * 0.36, nowrap=(1,), right_align=(1,), total_row=True)]


def _overdue_table(lang: str, rows: Sequence[CaseloadRow], today: date,
                   width: float, limit: int) -> list[Flowable]:
    late = sorted((r for r in rows if is_overdue(r, today)),
                  key=lambda r: (r.next_due or today, r.case_number))[:limit]
    if not late:
        return [para(i18n.t(lang, "no_overdue"), styles().body)]
    body: list[list[str | Flowable]] = [
        [i18n.format_date(lang, r.next_due), r.case_number, r.client_name,
         due_label(lang, r.next_due_label), r.partner_name, r.assigned_user] for r in late]
    header = [i18n.t(lang, k) for k in ("due", "case_number", "client", "next_due", "partner",
                                        "worker")]
    return [data_table(header, body, [0, 0, 0.22, 0.26, 0.3, 0.22], width=width,
                       nowrap=(0, 1), compact=True)]


def _caseload_table(lang: str, rows: Sequence[CaseloadRow], today: date,
                    width: float) -> list[Flowable]:
    if not rows:
        return [para(i18n.t(lang, "no_rows"), styles().body)]
    overdue = i18n.t(lang, "overdue")
    body: list[list[str | Flowable]] = []
    for r in rows:
        due = i18n.format_date(lang, r.next_due)
        if is_overdue(r, today):
            due = f"{due} ({overdue})"
        step = due_label(lang, r.next_due_label) if r.next_due else i18n.t(lang, "none")
        body.append([r.case_number, r.client_name, i18n.enum_label(lang, r.status), step, due,
                     r.partner_name, r.assigned_user])
    header = [i18n.t(lang, k) for k in ("case_number", "client", "status", "next_due", "due",
                                        "partner", "worker")]
    table = data_table(header, body, [0, 0.18, 0, 0.22, 0, 0.36, 0.24], width=width,
                       nowrap=(0, 2, 4), compact=True)
    table.setStyle([("TEXTCOLOR", (4, i + 1), (4, i + 1), OVERDUE)
                    for i, r in enumerate(rows) if is_overdue(r, today)])
    return [table]


def _listed(lang: str, listed: int, total: int) -> str:
    """How many rows the table lists: all of them, or the first so many of how many."""
    if listed >= total:
        return f"{total:,}"
    return i18n.t(lang, "referrals_limited", listed=f"{listed:,}", total=f"{total:,}")


def render_caseload_report(
    rows: Sequence[CaseloadRow], *, title_filter: str, generated_by: str, agency_name: str,
    lang: str = "en", now: datetime | None = None, today: date | None = None,
    tz: tzinfo | None = None, list_limit: int | None = None,
) -> CaseloadResult:
    """Render the caseload ``rows`` (already filtered and ordered by the caller) as a
    landscape PDF: the filter, counts by status, overdue items (next due date before
    ``today``) and the table, whose header row repeats on every page.
    ``title_filter`` describes the filter in words ("" for everything). With
    ``list_limit`` the tables list only the first that many rows and say so; the counts
    still cover every row."""
    i18n.check_lang(lang)
    moment, day, zone = i18n.resolve_clock(now, today, tz)
    width = content_width(PAGESIZE)
    document_id = str(uuid.uuid4())
    limit = len(rows) if list_limit is None else max(0, list_limit)
    listed = rows[:limit]
    counts = _counts(rows)
    overdue_count = sum(1 for r in rows if is_overdue(r, day))
    printed = [{"case_number": r.case_number, "client": r.client_name, "status": r.status,
                "next_due": r.next_due, "next_due_label": r.next_due_label,
                "partner": r.partner_name, "worker": r.assigned_user} for r in listed]
    digest = sha256_hex(document_record(
        kind="caseload_report", document_id=document_id, generated_at=moment,
        generated_by=generated_by, agency_name=agency_name, lang=lang,
        audience=Audience.internal(), withheld=[],
        content={"filter": title_filter, "today": day, "rows": printed, "counts": counts,
                 "total": len(rows)}))
    title = i18n.t(lang, "title_caseload")
    pairs: list[tuple[str, str | Flowable]] = [
        (i18n.t(lang, "filter"), title_filter.strip() or i18n.t(lang, "no_filter")),
        (i18n.t(lang, "generated"), i18n.format_datetime(lang, moment, zone)),
        (i18n.t(lang, "referrals_listed"), _listed(lang, len(listed), len(rows))),
        (i18n.t(lang, "prepared_by"), generated_by),
        (i18n.t(lang, "overdue_count"), f"{overdue_count:,}"),
    ]
    story: list[Flowable] = [
        para(title, styles().title), Spacer(1, 4), kv_table(pairs, width),
        *section_heading(1, i18n.t(lang, "by_status"), width), Spacer(1, 4),
        *_summary_tables(lang, rows, width),
        *section_heading(2, i18n.t(lang, "overdue_items", date=i18n.format_date(lang, day)),
                        width), Spacer(1, 4),
        *_overdue_table(lang, rows, day, width, limit),
        *section_heading(3, i18n.t(lang, "caseload"), width), Spacer(1, 4),
        *_caseload_table(lang, listed, day, width),
    ]
    furniture = make_furniture(lang, agency_name=agency_name, title=title, case_number=None,
                               audience=Audience.internal(), document_id=document_id,
                               digest=digest)
    pdf, pages = build_pdf(story, furniture=furniture, pagesize=PAGESIZE,
                           meta=PdfMeta(title=title, author=agency_name,
                                        subject=i18n.t(lang, "confidential"), lang=lang))
    return CaseloadResult(pdf=pdf, document_id=document_id, sha256=digest, pages=pages,
                          row_count=len(listed), total_count=len(rows),
                          overdue_count=overdue_count,
                          counts_by_status=counts)
