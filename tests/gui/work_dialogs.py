"""Every dialog of services, plans, tasks and funding (issue #13), built as the app builds
them: the accessibility and access-key walks (test_accessibility.py, test_mnemonics.py)
check them with the rest."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtWidgets import QWidget

from nap_desktop.domain.enums import ServiceCategory
from nap_desktop.domain.services_entities import ServiceInput
from nap_desktop.gui.case.plan_goal_dialog import PlanGoalDialog
from nap_desktop.gui.funding.activities import ProgramActivitiesDialog, ProgramActivityDialog
from nap_desktop.gui.funding.dialog import FundingDialog
from nap_desktop.gui.services_tab.dialog import CORRECT, ServiceRecordDialog
from nap_desktop.gui.services_tab.void_dialog import VoidServiceDialog
from nap_desktop.gui.todo.new_task import NewTaskDialog
from nap_desktop.services.workspace import Workspace
from tests.gui.conftest import plant_case


def work_dialogs(ws: Workspace, parent: QWidget | None) -> Iterator[tuple[str, QWidget]]:
    planted = plant_case(ws, name="Dialog Walk")
    case = ws.cases.get_case(planted.client_id)
    yield "add service", ServiceRecordDialog(workspace=ws, case=case, parent=parent)
    record = ws.services.add(planted.client_id, ServiceInput(
        provided_on=ws.today(), category=ServiceCategory.CASE_MANAGEMENT, minutes=30))
    yield "correct service", ServiceRecordDialog(workspace=ws, case=case, record=record,
                                                 mode=CORRECT, parent=parent)
    yield "void service", VoidServiceDialog(what="Case management", action=lambda _r: None,
                                            parent=parent)
    yield "plan goal", PlanGoalDialog(workspace=ws, client_id=planted.client_id,
                                      case_number=planted.case_number, parent=parent)
    yield "new task", NewTaskDialog(workspace=ws, parent=parent)
    yield "funding", FundingDialog(workspace=ws, parent=parent)
    yield "program activities", ProgramActivitiesDialog(workspace=ws, parent=parent)
    yield "program activity", ProgramActivityDialog(workspace=ws, parent=parent)
