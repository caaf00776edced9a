"""The grant reports as plain data: sections of rows (a label key and a count), ready for
the screen, the PDF and the CSV alike.

A report is computed once from the vault (``services/grant_reports.py``) and can then be
shown, written as PDF or CSV, in English or Spanish, for internal use or for outside the
agency: the language and the small-count suppression are applied when it is *shown*
(``view.shown_sections``; ``ws.grant_reports.table``), never stored in it. Nothing here
names a person except ``DataQualityReport.cases`` (case numbers, internal use only).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum


class ReportKind(StrEnum):
    VOCA = "voca"
    TIMS = "tims"
    QUALITY = "quality"


@dataclass(frozen=True, slots=True)
class Row:
    """One figure: ``key`` names what is counted ("served.new", "gender.woman"); its
    label in a language comes from :func:`nap_desktop.reports.grants.words.row_label`.
    ``rate`` (data quality only) is a share of the clients served, 0..1."""

    key: str
    count: int
    rate: float | None = None


@dataclass(frozen=True, slots=True)
class Section:
    """A table of the report. ``additive``: the rows split ``total`` (each client or
    service in exactly one row), so a suppressed row could be worked out from the total
    and the others (see ``suppression.py``); otherwise rows overlap (several genders,
    several service categories per client) and ``total`` is only printed for reference."""

    key: str
    rows: tuple[Row, ...]
    total: Row | None = None
    additive: bool = False
    note: str = ""  # a words.py key printed under the table, or ""
    about_people: bool = True  # False: counts of meetings, trainings (never suppressed)


@dataclass(frozen=True, slots=True)
class ShownRow:
    """A row as a reader sees it: translated label, figure as text ("12", "<10", "*"),
    the count (None when suppressed) and the rate as text for data quality."""

    key: str
    label: str
    figure: str
    count: int | None
    rate: str = ""
    is_total: bool = False


@dataclass(frozen=True, slots=True)
class ShownSection:
    """A section as a reader sees it: its translated title, rows (the total last, with
    ``is_total``) and the note under it ("" for none)."""

    key: str
    title: str
    rows: tuple[ShownRow, ...]
    note: str = ""


@dataclass(frozen=True, slots=True)
class CaseToFix:
    """A client served in the period with a field to complete (data quality): internal
    only, never printed for outside the agency."""

    client_id: str
    case_number: str
    fields: tuple[str, ...]  # field keys, e.g. ("gender", "citizenship")


@dataclass(frozen=True, slots=True, kw_only=True)
class GrantReport:
    """A computed grant report. ``start``/``end`` are inclusive dates; ``funding_source_id``
    names the award whose services were counted (None: every service)."""

    kind: ReportKind
    start: date
    end: date
    sections: tuple[Section, ...]
    funding_source_id: str | None = None
    funding_label: str = ""  # "VOCA 2025-V2-GX-0001" (no survivor data)
    served: int = 0

    def section(self, key: str) -> Section:
        """The section called ``key`` (KeyError if the report has none)."""
        for s in self.sections:
            if s.key == key:
                return s
        raise KeyError(key)

    def figure(self, section: str, row: str) -> int:
        """The raw count of one row (tests, the GUI's own summaries)."""
        s = self.section(section)
        if s.total is not None and s.total.key == row:
            return s.total.count
        for r in s.rows:
            if r.key == row:
                return r.count
        raise KeyError(row)


@dataclass(frozen=True, slots=True, kw_only=True)
class VocaReport(GrantReport):
    """VOCA quarterly performance figures (federal fiscal year ``fiscal_year``)."""

    fiscal_year: int = 0


@dataclass(frozen=True, slots=True, kw_only=True)
class TimsReport(GrantReport):
    """OVC TIMS semi-annual figures."""


@dataclass(frozen=True, slots=True, kw_only=True)
class DataQualityReport(GrantReport):
    """Missing / not collected / doesn't know / refused per field, and the cases to fix."""

    cases: tuple[CaseToFix, ...] = field(default=())


@dataclass(frozen=True, slots=True, kw_only=True)
class ReportFile:
    """A report written to disk: what was written and its SHA-256 (also in the audit)."""

    path: str
    fmt: str
    lang: str
    for_outside: bool
    sha256: str
    size: int
    pages: int = 0  # PDF only
