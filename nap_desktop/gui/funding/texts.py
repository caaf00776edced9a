"""The HMIS codes a project is described with, in words (HMIS 2.02.6 project type and
2.02.D housing type), and the words of the funding dialogs."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def tr(text: str) -> str:
    return QCoreApplication.translate("FundingDialog", text)


def project_types() -> list[tuple[int, str]]:
    """HMIS 2.02.6, in the specification's order of codes."""
    return [
        (0, tr("Emergency shelter — entry/exit")),
        (1, tr("Emergency shelter — night-by-night")),
        (2, tr("Transitional housing")),
        (3, tr("Permanent supportive housing")),
        (4, tr("Street outreach")),
        (6, tr("Services only")),
        (7, tr("Other")),
        (8, tr("Safe Haven")),
        (9, tr("Permanent housing — housing only")),
        (10, tr("Permanent housing — housing with services")),
        (11, tr("Day shelter")),
        (12, tr("Homelessness prevention")),
        (13, tr("Rapid re-housing")),
        (14, tr("Coordinated entry")),
    ]


def housing_types() -> list[tuple[int | None, str]]:
    """HMIS 2.02.D (none for a project that houses nobody)."""
    return [
        (None, tr("— not a housing project —")),
        (1, tr("Site-based, single site")),
        (2, tr("Site-based, clustered or multiple sites")),
        (3, tr("Tenant-based, scattered site")),
    ]
