"""The work a grant report is, as a plain function for the task runner: no widgets, only
the values read from the dialog. A Stop before the file is written writes nothing; a Stop
that comes as the file is finished removes it, so a stopped report never leaves a file."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from nap_desktop.gui.tasks import TaskCancelled, TaskControl
from nap_desktop.reports.grants.model import GrantReport
from nap_desktop.services.grant_reports import GrantReportService
from nap_desktop.services.hmis import HmisExportService
from nap_desktop.services.workspace import Workspace

KINDS = ("voca", "tims", "quality", "hmis")


@dataclass(frozen=True)
class ReportRequest:
    """What the person chose (``path``: the file, or for HMIS a new folder)."""

    kind: str
    start: date
    end: date
    path: Path
    funding_source_id: str | None = None
    for_outside: bool = False
    lang: str = "en"
    fmt: str = "pdf"
    hmis_fy: int = 2026


@dataclass(frozen=True)
class CaseToFix:
    client_id: str
    case_number: str
    fields: tuple[str, ...]  # the client's field keys to complete ("gender", ...)


@dataclass(frozen=True)
class ReportOutcome:
    """Where the report is and its SHA-256 (HMIS: of each file), the cases to fix."""

    path: Path
    sha256: str
    files: int = 1
    cases: list[CaseToFix] = field(default_factory=list)


def make_job(ws: Workspace, request: ReportRequest) -> Callable[[TaskControl], ReportOutcome]:
    """The services are taken here, on the GUI thread; the job only calls their methods."""
    grants, hmis = ws.grant_reports, ws.hmis

    def job(task: TaskControl) -> ReportOutcome:  # on a worker thread: no widgets here
        existed = request.path.exists()  # never remove what was there before

        def progress(done: int, total: int) -> None:
            task.progress(int(100 * done / max(total, 1)))

        if request.kind == "hmis":
            outcome = _hmis(hmis, request, progress, task.cancelled)
        else:
            outcome = _report(grants, request, progress, task)
        if task.cancelled():  # stopped as the file was finished: no file is left
            if not existed:
                _remove(outcome.path)
            raise TaskCancelled()
        return outcome

    return job


Progress = Callable[[int, int], None]


def _report(grants: GrantReportService, request: ReportRequest, progress: Progress,
            task: TaskControl) -> ReportOutcome:
    report: GrantReport
    start, end, cancel = request.start, request.end, task.cancelled
    if request.kind == "voca":
        report = grants.voca(start, end, funding_source_id=request.funding_source_id,
                             progress=progress, cancel=cancel)
    elif request.kind == "tims":
        report = grants.tims(start, end, funding_source_id=request.funding_source_id,
                             progress=progress, cancel=cancel)
    else:
        report = grants.data_quality(start, end, progress=progress, cancel=cancel)
    task.check()  # Stop before writing: nothing is written
    written = grants.write(report, request.path, fmt=request.fmt,
                           lang=request.lang,
                           for_outside=request.for_outside)
    return ReportOutcome(Path(written.path), written.sha256,
                         cases=cases_to_fix(report) if request.kind == "quality" else [])


def _hmis(hmis: HmisExportService, request: ReportRequest, progress: Progress,
          cancel: Callable[[], bool]) -> ReportOutcome:
    result = hmis.export(request.path, fy=request.hmis_fy, start=request.start,
                         end=request.end, progress=progress, cancel=cancel)
    # The folder's ZIP stands for the export: its SHA-256 is the one to quote.
    return ReportOutcome(Path(result.folder), str(result.zip_file.sha256),
                         files=len(result.files))


def cases_to_fix(report: Any) -> list[CaseToFix]:
    """The data-quality report's list of cases to fix (case numbers, never names)."""
    return [CaseToFix(str(item.client_id), str(item.case_number), tuple(item.fields))
            for item in getattr(report, "cases", ())]


def _remove(path: Path) -> None:
    if path.is_dir():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)
