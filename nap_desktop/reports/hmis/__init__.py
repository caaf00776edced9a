"""The HUD HMIS CSV export (FY2024 and FY2026): spec data, mappers, writer, validator.

Plain Python, no store and no Qt: :func:`build` turns the values the service gathered
(:mod:`.model`) into the bytes of the 24 files of a fiscal year's format. Writing them
to disk (atomically, owner-only) and auditing is the service's work (services/hmis.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from nap_desktop.domain.messages import Message
from nap_desktop.reports.hmis.mapper_2024 import map_2024
from nap_desktop.reports.hmis.mapper_2026 import map_2026
from nap_desktop.reports.hmis.model import ExportData, ExportParams
from nap_desktop.reports.hmis.validator import spec_module
from nap_desktop.reports.hmis.writer import render_file

FISCAL_YEARS = (2024, 2026)


@dataclass(frozen=True, slots=True)
class BuiltExport:
    #: File name without ".csv" -> its bytes, in the specification's order.
    files: dict[str, bytes]
    rows: dict[str, int]
    notes: tuple[Message, ...]
    clients: int
    enrollments: int
    #: Export.csv's ExportDate (the newest change among the rows exported).
    exported_at: datetime


def build(data: ExportData, params: ExportParams) -> BuiltExport:
    """The 24 files of ``params.fy``'s format for ``data`` (same input, same bytes)."""
    mapper = {2024: map_2024, 2026: map_2026}[params.fy]
    mapped = mapper(data, params)
    spec = spec_module(params.fy)
    files = {name: render_file(columns, mapped.rows.get(name, []))
             for name, columns in spec.COLUMNS.items()}
    rows = {name: len(mapped.rows.get(name, [])) for name in spec.COLUMNS}
    exported_at = mapped.rows["Export"][0]["ExportDate"]
    assert isinstance(exported_at, datetime)
    return BuiltExport(files, rows, tuple(mapped.notes), mapped.clients, mapped.enrollments,
                       exported_at)


__all__ = ["FISCAL_YEARS", "BuiltExport", "ExportData", "ExportParams", "build"]
