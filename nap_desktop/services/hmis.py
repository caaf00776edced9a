"""The HUD HMIS CSV export (FY2024 and FY2026) of the agency's housing projects.

A victim-service provider funded by HUD keeps a "comparable database" and must be able to
produce the HMIS CSV files; VAWA forbids it to share personal data to meet a reporting
duty, so the files are written for use inside the agency (see README, "HMIS export").
Names are left out unless asked for; SSNs are never held, never exported.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from nap_desktop.services.base import ServiceContext

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
    #: Plain sentences (English keys, ``N_``-marked) on what was left out and why,
    #: e.g. a project without a CoC code has no ProjectCoC row. No survivor data.
    notes: tuple[str, ...] = field(default=())


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
        raise NotImplementedError
