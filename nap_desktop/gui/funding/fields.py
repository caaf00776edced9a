"""Promoted widgets of ``ui/funding_sources.ui`` (uic builds them with a parent only)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from nap_desktop.gui.widgets.common import DateField


class OptionalDateField(DateField):
    """A project's last day of operation, open while it runs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("FundingDialog", "Still operat&ing"), parent)
