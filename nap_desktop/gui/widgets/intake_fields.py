"""The two fields of ``ui/new_case.ui`` whose contents come from code, as promoted widgets:
uic constructs them with a parent only."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from nap_desktop.domain.enums import ServiceType
from nap_desktop.gui.widgets.common import CheckGrid, DateField
from nap_desktop.gui.widgets.labels import options


def tr(text: str) -> str:
    # The new-case dialog's own context: its Spanish was written for that dialog.
    return QCoreApplication.translate("NewCaseDialog", text)


class UnknownDateField(DateField):
    """A date of birth that may be "Unknown"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("Unknown"), parent)


class ServiceGrid(CheckGrid):
    """A check box for every service a referral can ask for, in two columns."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(options(ServiceType), columns=2, parent=parent)
