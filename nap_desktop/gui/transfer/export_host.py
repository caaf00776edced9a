"""What the export wizard's pages (``export_pages``) need from the wizard that holds
them (``export.ExportWizard``), so that the pages do not import the wizard, which
imports them: the result of an export, the suggested file name and ``ExportHost``."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtWidgets import QWidget

from nap_desktop.gui.tasks import TaskRunner
from nap_desktop.services.transfer_views import TransferViews


@dataclass(frozen=True, slots=True)
class ExportDone:
    path: Path
    partner_name: str
    export_id: str
    record_count: int  # as a person counts them: agency entries left out
    client_count: int
    withheld: dict[str, int]
    override: bool
    referral_count: int = 0


def suggested_name(partner_name: str, today: date) -> str:
    """``<partner>-<date>.napx`` with only safe characters (no case data in file names)."""
    safe = re.sub(r"[^A-Za-z0-9]+", "-", partner_name).strip("-")[:40] or "partner"
    return f"{safe}-{today.isoformat()}.napx"


class ExportHost(Protocol):
    """The export wizard as its pages see it."""

    ws: Any
    views: TransferViews
    discreet: bool
    initial_referrals: list[str]
    initial_partner: str | None
    tasks: TaskRunner
    done_result: ExportDone | None

    @property
    def choose_save(self) -> Callable[[QWidget, str, str, str], str]: ...

    @property
    def ask(self) -> Callable[[QWidget, str, str], bool]: ...

    @property
    def is_supervisor(self) -> bool: ...

    @property
    def partner(self) -> Any: ...

    def start_preview(self) -> None: ...

    def check_target(self, text: str) -> Path: ...

    def start_export(self, path: Path) -> None: ...
