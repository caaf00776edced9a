"""Promoted date widgets of ``ui/plan_goal.ui`` and ``ui/funding_sources.ui`` (uic builds them
with a parent only; here in ``widgets`` so that the generated forms import no feature
package)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from nap_desktop.gui.widgets.common import DateField


class TargetDateField(DateField):
    """A goal's target date, which may be left open."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("PlanGoalDialog", "No target &date"), parent)


class OptionalDateField(DateField):
    """A project's last day of operation, open while it runs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("FundingDialog", "Still operat&ing"), parent)
