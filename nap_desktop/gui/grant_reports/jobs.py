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
    problem: str


@dataclass(frozen=True)
class ReportOutcome:
    """Where the report is and its SHA-256 (HMIS: of each file), the cases to fix."""

    path: Path
    sha256: str
    files: int = 1
    cases: list[CaseToFix] = field(default_factory=list)


def make_job(services: Any, request: ReportRequest) -> Callable[[TaskControl], ReportOutcome]:
    """``services``: the workspace (its ``grant_reports`` and ``hmis``), read on the
    worker thread only through their methods."""

    def job(task: TaskControl) -> ReportOutcome:  # on a worker thread: no widgets here
        existed = request.path.exists()  # never remove what was there before

        def progress(done: int, total: int) -> None:
            task.progress(int(100 * done / max(total, 1)))

        if request.kind == "hmis":
            outcome = _hmis(services.hmis, request, progress, task.cancelled)
        else:
            outcome = _report(services.grant_reports, request, progress, task)
        if task.cancelled():  # stopped as the file was finished: no file is left
            if not existed:
                _remove(outcome.path)
            raise TaskCancelled()
        return outcome

    return job


def _report(grants: Any, request: ReportRequest, progress: Callable[[int, int], None],
            task: TaskControl) -> ReportOutcome:
    kwargs: dict[str, Any] = {"progress": progress, "cancel": task.cancelled}
    if request.kind in ("voca", "tims"):
        kwargs["funding_source_id"] = request.funding_source_id
    make = {"voca": grants.voca, "tims": grants.tims, "quality": grants.data_quality}
    report = make[request.kind](request.start, request.end, **kwargs)
    task.check()  # Stop before writing: nothing is written
    written = grants.write(report, request.path, fmt=request.fmt, lang=request.lang,
                           for_outside=request.for_outside)
    path = Path(getattr(written, "path", request.path))
    return ReportOutcome(path, str(getattr(written, "sha256", "")),
                         cases=cases_to_fix(report) if request.kind == "quality" else [])


def _hmis(hmis: Any, request: ReportRequest, progress: Callable[[int, int], None],
          cancel: Callable[[], bool]) -> ReportOutcome:
    result = hmis.export(request.path, fy=request.hmis_fy, start=request.start,
                         end=request.end, progress=progress, cancel=cancel)
    files = getattr(result, "files", None) or []
    digest = getattr(result, "sha256", "") or _first_digest(files)
    return ReportOutcome(Path(getattr(result, "out_dir", request.path)), str(digest),
                         files=len(files) or 1)


def _first_digest(files: Any) -> str:
    for item in files:
        digest = getattr(item, "sha256", None)
        if digest:
            return str(digest)
    return ""


def cases_to_fix(report: Any) -> list[CaseToFix]:
    """The data-quality report's list of cases to fix (case numbers, never names)."""
    found = []
    for item in getattr(report, "cases_to_fix", None) or getattr(report, "cases", None) or []:
        problems = getattr(item, "problems", None) or getattr(item, "fields", None) or []
        problem = getattr(item, "problem", "") or ", ".join(str(p) for p in problems)
        found.append(CaseToFix(str(item.client_id), str(item.case_number), str(problem)))
    return found


def _remove(path: Path) -> None:
    if path.is_dir():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)
