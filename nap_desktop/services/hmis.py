"""The HUD HMIS CSV export (FY2024 and FY2026) of the agency's housing projects.

A victim-service provider funded by HUD keeps a "comparable database" and must be able to
produce the HMIS CSV files; VAWA forbids it to share personal data to meet a reporting
duty, so the files are written for use inside the agency (see README, "HMIS export").
Names are left out unless asked for; SSNs are never held, never exported.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from nap_desktop.domain.enums import Role
from nap_desktop.domain.errors import ValidationError
from nap_desktop.domain.messages import N_, Message
from nap_desktop.reports.hmis import FISCAL_YEARS, build
from nap_desktop.reports.hmis.model import ExportParams
from nap_desktop.services.base import ServiceContext
from nap_desktop.services.hmis_data import gather
from nap_desktop.services.hmis_folder import write_folder, zip_bytes

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]


class HmisExportCancelled(Exception):
    """The person stopped the export: nothing was written, nothing was audited."""


@dataclass(frozen=True, slots=True)
class HmisFile:
    """One file written: its name in the folder, its size and SHA-256 (hex)."""

    name: str
    size: int
    sha256: str
    rows: int


@dataclass(frozen=True, slots=True)
class HmisExportResult:
    """What ``HmisExportService.export`` wrote."""

    folder: Path
    fy: int
    start: date
    end: date
    files: tuple[HmisFile, ...]
    #: The ZIP of the CSV files, inside ``folder`` (its files are the CSVs above).
    zip_file: HmisFile
    clients: int
    enrollments: int
    #: What was left out and why (a project without a CoC code has no ProjectCoC row),
    #: as messages to show with ``i18n.render``. Project names only, no survivor data.
    notes: tuple[Message, ...] = field(default=())


class HmisExportService:
    """``ws.hmis``: writes the HMIS CSV files (supervisors and administrators)."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def export(
        self,
        out_dir: Path,
        *,
        fy: int,
        start: date,
        end: date,
        project_ids: Sequence[str] | None = None,
        include_names: bool = False,
        hash_names: bool = False,
        progress: Progress | None = None,
        cancel: Cancel | None = None,
    ) -> HmisExportResult:
        """Write the 24 HMIS CSV files of ``fy`` (2024 or 2026) and their ZIP into the new
        folder ``out_dir`` (it must not exist, or be empty), for the enrollments (housing
        placements of a project) active between ``start`` and ``end`` (inclusive), in
        the projects ``project_ids`` (None: every project).

        Names are left out unless ``include_names``; with ``hash_names`` they are hashed
        as the specification says (HashStatus 4, SHA-256 of the Soundex code). The folder
        appears whole or not at all (written beside it, then renamed; owner-only). The
        same data and parameters give the same bytes. ``progress(done, total)`` reports;
        ``cancel()`` returning True stops it (HmisExportCancelled; nothing left behind).
        Audited with the parameters and each file's SHA-256, never its content."""
        user = self.ctx.require(Role.SUPERVISOR)
        _check_request(fy, start, end, include_names, hash_names)
        asked = tuple(dict.fromkeys(project_ids or ()))
        params = ExportParams(fy=fy, start=start, end=end, include_names=include_names,
                              hash_names=hash_names, project_ids=asked,
                              exporting_user_id=user.id)

        def stop() -> None:
            if cancel is not None and cancel():
                raise HmisExportCancelled()

        total = 3 + 24 + 1
        report = progress or (lambda _done, _total: None)
        with self.ctx.read() as s:
            data = gather(s, params)
        stop()
        report(1, total)
        built = build(data, params)
        report(2, total)
        named = [(f"{name}.csv", content) for name, content in built.files.items()]
        zip_name = f"HMIS_CSV_FY{fy}.zip"
        # The ZIP's entries carry the ExportDate, not the clock: same data, same bytes.
        archive = zip_bytes(named, built.exported_at)
        done = 2

        def step() -> None:
            nonlocal done
            stop()
            done += 1
            report(min(done, total - 1), total)

        write_folder(out_dir, [*named, (zip_name, archive)], step)
        files = tuple(HmisFile(name, len(content), _sha256(content), built.rows[name[:-4]])
                      for name, content in named)
        zip_file = HmisFile(zip_name, len(archive), _sha256(archive), len(named))
        with self.ctx.unit_of_work() as s:
            self.ctx.audit(s, "report.hmis", detail=_audit_detail(params, built.clients,
                                                                    built.enrollments,
                                                                    files, zip_file))
        report(total, total)
        return HmisExportResult(folder=out_dir, fy=fy, start=start, end=end, files=files,
                                zip_file=zip_file, clients=built.clients,
                                enrollments=built.enrollments, notes=built.notes)


def _check_request(fy: int, start: date, end: date, include_names: bool,
                   hash_names: bool) -> None:
    if fy not in FISCAL_YEARS:
        raise ValidationError(N_("The HMIS CSV format is FY2024 or FY2026, not {fy}."),
                              field="fy", fy=fy)
    if end < start:
        raise ValidationError(N_("The period ends before it starts."), field="end")
    if include_names and hash_names:
        raise ValidationError(N_("Choose names or hashed names, not both."), field="names")


def _sha256(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


def _audit_detail(params: ExportParams, clients: int, enrollments: int,
                  files: tuple[HmisFile, ...], zip_file: HmisFile) -> str:
    """Parameters, counts and every file's SHA-256; never a name or any cell's content."""
    names = "hashed" if params.hash_names else "included" if params.include_names \
        else "left out"
    hashes = "; ".join(f"{f.name} sha256 {f.sha256}" for f in (zip_file, *files))
    return (f"HMIS CSV FY{params.fy}; period {params.start.isoformat()} to "
            f"{params.end.isoformat()}; projects {','.join(params.project_ids) or 'all'}; "
            f"names {names}; {clients} clients, {enrollments} enrollments; {hashes}")
