"""Grant reports as bytes: a PDF in the look of the other reports, or a CSV.

Both are deterministic: the same report, language and audience give the same bytes (no
creation time, no random id; the document id is derived from the content). The audit
event, not the file, records when and by whom it was made.

CSV: UTF-8 *with* a byte-order mark, so that Excel on Windows reads "ñ" and "–" right
(it takes a file without one for the local ANSI code page); ``\\r\\n`` line ends (RFC
4180); one header row of fixed machine names; one line per row of the report.
"""

from __future__ import annotations

import csv
import hashlib
import io
from collections.abc import Sequence

from reportlab.lib.pagesizes import letter
from reportlab.platypus import Flowable, Spacer

from nap_desktop.reports import i18n
from nap_desktop.reports.content import canonical_json
from nap_desktop.reports.grants import words
from nap_desktop.reports.grants.facts import fiscal_quarter, fiscal_year
from nap_desktop.reports.grants.model import (
    DataQualityReport,
    GrantReport,
    ReportKind,
    ShownSection,
)
from nap_desktop.reports.grants.quality import OUTCOMES
from nap_desktop.reports.grants.view import shown_sections
from nap_desktop.reports.layout import (
    PdfMeta,
    boxed_notice,
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

#: Cases the data-quality PDF lists (about 100 pages); the CSV and the screen list all.
MAX_PRINTED_CASES = 5_000
CSV_COLUMNS = ("report", "period_start", "period_end", "section", "section_title", "row",
               "label", "count", "rate")
BOM = "\ufeff"


def _record(report: GrantReport, shown: Sequence[ShownSection], lang: str, for_outside: bool,
            agency_name: str) -> dict[str, object]:
    """What the document says, as canonical JSON (its checksum and id come from it)."""
    cases = report.cases if isinstance(report, DataQualityReport) and not for_outside else ()
    return {"kind": report.kind.value, "start": report.start, "end": report.end,
            "funding": report.funding_source_id, "lang": lang, "outside": for_outside,
            "agency": agency_name,
            "sections": [[s.key, [[r.key, r.figure, r.rate] for r in s.rows]] for s in shown],
            "cases": [[c.case_number, list(c.fields)] for c in cases]}


def _period_pairs(report: GrantReport, lang: str, for_outside: bool, agency_name: str,
                  threshold: int) -> list[tuple[str, str | Flowable]]:
    period = f"{i18n.format_date(lang, report.start)} – {i18n.format_date(lang, report.end)}"
    pairs: list[tuple[str, str | Flowable]] = [(words.t(lang, "period"), period)]
    if report.kind is ReportKind.VOCA:
        pairs.append((words.t(lang, "fiscal_year"), words.t(
            lang, "quarter", year=fiscal_year(report.start),
            quarter=fiscal_quarter(report.start))))
    if report.kind is not ReportKind.QUALITY:
        pairs.append((words.t(lang, "funding"),
                      report.funding_label or words.t(lang, "all_funding")))
    audience = (words.t(lang, "outside", limit=threshold - 1, threshold=threshold)
                if for_outside else words.t(lang, "internal", agency=agency_name))
    pairs.append((words.t(lang, "audience"), audience))
    return pairs


def _table(lang: str, section: ShownSection, width: float, with_rate: bool) -> list[Flowable]:
    head = [words.t(lang, "col.item"), words.t(lang, "col.count")]
    body: list[list[str | Flowable]] = [[r.label, r.figure] for r in section.rows]
    weights: list[float] = [1, 0]
    if with_rate:
        head.append(words.t(lang, "col.rate"))
        body = [[r.label, r.figure, r.rate] for r in section.rows]
        weights.append(0)
    total = bool(section.rows) and section.rows[-1].is_total
    out: list[Flowable] = [data_table(head, body, weights, width=width * 0.7,
                                      nowrap=tuple(range(1, len(head))),
                                      right_align=tuple(range(1, len(head))),
                                      total_row=total)]
    if section.note:
        out += [Spacer(1, 3), para(section.note, styles().small)]
    return out


def _quality_matrix(lang: str, shown: Sequence[ShownSection], width: float) -> list[Flowable]:
    """One line per field: each outcome's count, and the share with no usable answer."""
    head = [words.t(lang, "col.field"),
            *(words.row_label(lang, f"outcome.{o}") for o in OUTCOMES),
            words.t(lang, "col.rate")]
    summary = {r.key: r for r in shown[0].rows}
    body: list[list[str | Flowable]] = []
    for s in shown[1:]:
        figures = [r.figure for r in s.rows if not r.is_total]
        body.append([s.title, *figures, summary[s.key].rate])
    columns = tuple(range(1, len(head)))
    return [data_table(head, body, [1, *([0.5] * (len(head) - 1))], width=width,
                       right_align=columns, compact=True)]


def _cases(lang: str, report: DataQualityReport, width: float) -> list[Flowable]:
    if not report.cases:
        return [para(words.t(lang, "no_cases"), styles().body)]
    body: list[list[str | Flowable]] = [
        [c.case_number, ", ".join(words.t(lang, f"field.{f}") for f in c.fields)]
        for c in report.cases[:MAX_PRINTED_CASES]]
    lead: list[Flowable] = []
    if len(report.cases) > MAX_PRINTED_CASES:
        lead = [para(words.t(lang, "cases_limited", listed=f"{MAX_PRINTED_CASES:,}",
                             total=f"{len(report.cases):,}"), styles().body), Spacer(1, 3)]
    return [*lead, para(words.t(lang, "internal_only"), styles().small), Spacer(1, 3),
            data_table([words.t(lang, "col.case"), words.t(lang, "col.fields")], body,
                       [0, 1], width=width, nowrap=(0,), compact=True)]


def _story(report: GrantReport, shown: Sequence[ShownSection], lang: str, for_outside: bool,
           agency_name: str, threshold: int, width: float) -> list[Flowable]:
    story: list[Flowable] = [
        para(words.t(lang, f"title.{report.kind.value}"), styles().title), Spacer(1, 4),
        kv_table(_period_pairs(report, lang, for_outside, agency_name, threshold), width,
                 columns=1),
        Spacer(1, 6), para(words.t(lang, "served_rule"), styles().small)]
    if report.kind is ReportKind.TIMS:
        story += [Spacer(1, 6), boxed_notice("TIMS", words.t(lang, "check_tims"), width)]
    if for_outside:
        story += [Spacer(1, 4), para(words.t(lang, "note_suppressed", threshold=threshold,
                                             limit=threshold - 1), styles().small)]
    if isinstance(report, DataQualityReport):
        story += [*section_heading(1, shown[0].title, width), Spacer(1, 4),
                  *_table(lang, shown[0], width, True),
                  *section_heading(2, words.t(lang, "sec.per_field"), width), Spacer(1, 4),
                  *_quality_matrix(lang, shown, width),
                  *section_heading(3, words.t(lang, "cases_to_fix"), width), Spacer(1, 4),
                  *_cases(lang, report, width)]
        return story
    for number, section in enumerate(shown, start=1):
        story += [*section_heading(number, section.title, width), Spacer(1, 4),
                  *_table(lang, section, width, False)]
    return story


def render_pdf(report: GrantReport, *, lang: str, for_outside: bool, agency_name: str,
               threshold: int) -> tuple[bytes, int]:
    """The report as PDF bytes (US Letter, portrait) and its page count."""
    i18n.check_lang(lang)
    shown = shown_sections(report, lang=lang, for_outside=for_outside, threshold=threshold)
    record = canonical_json(_record(report, shown, lang, for_outside, agency_name))
    digest = hashlib.sha256(record).hexdigest()
    document_id = f"{report.kind.value}-{digest[:16]}"
    title = words.t(lang, f"title.{report.kind.value}")
    width = content_width(letter)
    story = _story(report, shown, lang, for_outside, agency_name, threshold, width)
    furniture = make_furniture(lang, agency_name=agency_name, title=title, case_number=None,
                               audience=None if for_outside else Audience.internal(),
                               document_id=document_id, digest=digest)
    return build_pdf(story, furniture=furniture, pagesize=letter, invariant=True,
                     meta=PdfMeta(title=title, author=agency_name,
                                  subject=i18n.t(lang, "confidential"), lang=lang))


def render_csv(report: GrantReport, *, lang: str, for_outside: bool, threshold: int) -> bytes:
    """The report as CSV bytes (see the module's docstring for the format)."""
    i18n.check_lang(lang)
    shown = shown_sections(report, lang=lang, for_outside=for_outside, threshold=threshold)
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    head = [report.kind.value, report.start.isoformat(), report.end.isoformat()]
    for s in shown:
        for r in s.rows:
            writer.writerow([*head, s.key, s.title, r.key, r.label, r.figure.replace(",", ""),
                             r.rate])
    if isinstance(report, DataQualityReport) and not for_outside:
        title = words.t(lang, "cases_to_fix")
        for c in report.cases:
            writer.writerow([*head, "cases_to_fix", title, c.case_number,
                             "; ".join(words.t(lang, f"field.{f}") for f in c.fields),
                             len(c.fields), ""])
    return (BOM + out.getvalue()).encode("utf-8")
