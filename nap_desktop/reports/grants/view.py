"""A computed report as a reader sees it: translated, small counts suppressed for
outside the agency (``suppression.py``). The PDF, the CSV and the desktop's dialog all
show these same rows."""

from __future__ import annotations

from nap_desktop.reports.grants import suppression, words
from nap_desktop.reports.grants.model import GrantReport, Row, Section, ShownRow, ShownSection

DEFAULT_THRESHOLD = 10


def _percent(rate: float | None) -> str:
    return "" if rate is None else f"{rate * 100:.1f}%"


def _shown(lang: str, row: Row, mark: str | None, threshold: int, *,
           is_total: bool = False) -> ShownRow:
    label = words.row_label(lang, row.key)
    if mark == suppression.PRIMARY:
        return ShownRow(row.key, label, f"<{threshold}", None, "", is_total)
    if mark == suppression.COMPLEMENTARY:
        return ShownRow(row.key, label, "*", None, "", is_total)
    return ShownRow(row.key, label, f"{row.count:,}", row.count, _percent(row.rate), is_total)


def shown_section(section: Section, *, lang: str, for_outside: bool,
                  threshold: int = DEFAULT_THRESHOLD,
                  marks: dict[str, str] | None = None) -> ShownSection:
    """``section`` translated into ``lang``; suppressed when ``for_outside`` (with the
    report-wide ``marks`` when given, else this section's own)."""
    if marks is None:
        marks = suppression.suppress(section, threshold) if for_outside else {}
    rows = [_shown(lang, r, marks.get(r.key), threshold) for r in section.rows]
    if section.total is not None:
        rows.append(_shown(lang, section.total, marks.get(section.total.key), threshold,
                           is_total=True))
    note = words.t(lang, section.note) if section.note else ""
    return ShownSection(section.key, words.section_title(lang, section.key), tuple(rows), note)


def shown_sections(report: GrantReport, *, lang: str, for_outside: bool,
                   threshold: int = DEFAULT_THRESHOLD) -> list[ShownSection]:
    """Every section of ``report`` as :func:`shown_section` shows it."""
    marks = (suppression.suppress_report(report.sections, threshold) if for_outside
             else {s.key: {} for s in report.sections})
    return [shown_section(s, lang=lang, for_outside=for_outside, threshold=threshold,
                          marks=marks[s.key]) for s in report.sections]
