"""Screens of issue #13's desktop, for ``shoot.py``: the case's Services and Plan tabs,
their dialogs, "My tasks" on the dashboard, a new task, funding sources and projects,
program activities. What they show is entered here through the services (fictional)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from PySide6.QtWidgets import QApplication, QDialog, QWidget

from nap_desktop.domain.enums import (
    ActivityAudience,
    ActivityKind,
    ContactRisk,
    Funder,
    GoalStatus,
    PlanDomain,
    ProtectiveOrder,
    ServiceCategory,
    ServiceMode,
    ServiceStatus,
)
from nap_desktop.domain.services_entities import (
    ActivityInput,
    FundingSourceInput,
    GoalInput,
    ProjectInput,
    SafetyPlanInput,
    ServiceInput,
    TaskInput,
)
from nap_desktop.gui.case.plan_goal_dialog import PlanGoalDialog
from nap_desktop.gui.funding.activities import ProgramActivitiesDialog, ProgramActivityDialog
from nap_desktop.gui.funding.dialog import FundingDialog
from nap_desktop.gui.main_window import MainWindow
from nap_desktop.gui.services_tab.dialog import ServiceRecordDialog
from nap_desktop.gui.todo.new_task import NewTaskDialog
from nap_desktop.services.workspace import Workspace

Save = Callable[[QApplication, QWidget, str], None]


def _try(action: Callable[[], Any]) -> Any:
    """Demo data may already hold the same thing; a refusal leaves the shot as it is."""
    try:
        return action()
    except Exception as error:  # a shot is still worth taking
        print("skipped:", type(error).__name__)
        return None


def fill(ws: Workspace, client_id: str) -> None:
    today = ws.today()
    year = today.year
    voca = _try(lambda: ws.funding.save_source(FundingSourceInput(
        funder=Funder.VOCA, name="VOCA victim services", award_number="2026-V2-GX-0042",
        period_start=date(year, 1, 1), period_end=date(year, 12, 31))))
    _try(lambda: ws.funding.save_source(FundingSourceInput(
        funder=Funder.OVC_TRAFFICKING, name="OVC comprehensive services",
        award_number="15POVC-25-GG-00311-HT", period_start=date(year - 1, 10, 1),
        period_end=date(year + 2, 9, 30))))
    _try(lambda: ws.funding.save_project(ProjectInput(
        name="Harbor rapid re-housing", hmis_project_type=13, operating_start=date(year - 2, 7, 1),
        funding_source_id=voca.id if voca else None, coc_code="XX-500", geocode="069999",
        housing_type=3)))
    source = voca.id if voca else None
    for days, category, mode, minutes, status in (
            (0, ServiceCategory.CASE_MANAGEMENT, ServiceMode.PHONE, 25, ServiceStatus.DELIVERED),
            (2, ServiceCategory.ACCOMPANIMENT_COURT, ServiceMode.ACCOMPANIMENT, 180,
             ServiceStatus.DELIVERED),
            (5, ServiceCategory.INTERPRETER, ServiceMode.IN_PERSON, 60, ServiceStatus.DELIVERED),
            (9, ServiceCategory.SAFETY_PLANNING, ServiceMode.IN_PERSON, 45,
             ServiceStatus.DELIVERED),
            (-3, ServiceCategory.MENTAL_HEALTH, ServiceMode.VIDEO, 50, ServiceStatus.PLANNED)):
        _try(lambda d=days, c=category, m=mode, n=minutes, s=status: ws.services.add(
            client_id, ServiceInput(provided_on=today - timedelta(days=d), category=c, mode=m,
                                    minutes=n, status=s, funding_source_id=source)))
    records = _try(lambda: ws.services.list_for_client(client_id)) or []
    late = next((r for r in records if r.category is ServiceCategory.INTERPRETER), None)
    if late is not None:
        _try(lambda: ws.services.void(late.id, "Entered twice"))
    for domain, text, weeks, status in (
            (PlanDomain.SAFETY, "Keep the new phone number private", 2, GoalStatus.IN_PROGRESS),
            (PlanDomain.HOUSING, "Move into a rapid re-housing unit", 6, GoalStatus.NOT_STARTED),
            (PlanDomain.LEGAL_IMMIGRATION, "File the T visa application", 10,
             GoalStatus.IN_PROGRESS),
            (PlanDomain.ECONOMIC_EMPLOYMENT, "Start the evening English course", 12,
             GoalStatus.ACHIEVED)):
        _try(lambda d=domain, t=text, w=weeks, s=status: ws.plans.save_goal(
            client_id, GoalInput(domain=d, description=t,
                                 target_date=today + timedelta(weeks=w), status=s)))
    plan = _try(lambda: ws.plans.get(client_id))
    _try(lambda: ws.plans.save_safety_plan(client_id, SafetyPlanInput(
        contact_risk=ContactRisk.MEDIUM, safe_contacts="Sister (call after 6 p.m.)",
        code_word="Sunflower", safe_places="Harbor shelter; St. Mark's clinic",
        protective_order=ProtectiveOrder.REQUESTED,
        emergency_numbers="911 · Hotline 1-888-373-7888"),
        expected_revision=plan.safety_plan.revision if plan and plan.safety_plan else None))
    for title, days in (("Call the landlord about the deposit", -2),
                        ("Bring the T visa photos to legal aid", 3)):
        _try(lambda t=title, d=days: ws.tasks.add(TaskInput(
            title=t, due_on=today + timedelta(days=d), client_id=client_id)))
    _try(lambda: ws.funding.save_activity(ActivityInput(
        kind=ActivityKind.TRAINING, held_on=today - timedelta(days=20),
        audience=ActivityAudience.LAW_ENFORCEMENT, attendees=34, minutes=180,
        funding_source_id=source)))
    _try(lambda: ws.funding.save_activity(ActivityInput(
        kind=ActivityKind.TASK_FORCE_MEETING, held_on=today - timedelta(days=6),
        audience=ActivityAudience.SERVICE_PROVIDERS, attendees=12, minutes=90)))


def shoot_dialog(app: QApplication, dialog: QDialog, name: str, save: Save) -> None:
    dialog.show()
    save(app, dialog, name)
    dialog.reject()


def shoot_work(app: QApplication, window: MainWindow, ws: Workspace, view: Any, save: Save,
               settle: Callable[[QApplication], None]) -> None:
    """The case ``view`` (open, not discreet) gets services, a plan and tasks, then each
    new screen is taken."""
    fill(ws, view.client_id)
    view.reload()
    window.tabs.setCurrentWidget(view)
    view.show_tab(view.client_tab)
    save(app, window, "case-client")
    view.show_tab(view.services_tab)
    view.services_tab.table.selectRow(0)
    save(app, window, "case-services")
    view.show_tab(view.plan_tab)
    save(app, window, "case-plan")
    window.set_discreet(True)
    window.resize(1360, 820)  # the status bar's discreet badge widens the window
    save(app, window, "case-plan-discreet")
    window.set_discreet(False)
    window.resize(1360, 820)
    shoot_dialog(app, ServiceRecordDialog(workspace=ws, case=view.case, parent=window),
                 "service-record", save)
    shoot_dialog(app, PlanGoalDialog(workspace=ws, client_id=view.client_id,
                                     case_number=view.case.client.case_number, parent=window),
                 "plan-goal", save)
    shoot_dialog(app, NewTaskDialog(workspace=ws, case_number=view.case.client.case_number,
                                    parent=window), "new-task", save)
    shoot_dialog(app, FundingDialog(workspace=ws, parent=window), "funding-sources", save)
    shoot_dialog(app, ProgramActivitiesDialog(workspace=ws, parent=window),
                 "program-activities", save)
    shoot_dialog(app, ProgramActivityDialog(workspace=ws, parent=window), "program-activity",
                 save)
    window.tabs.setCurrentIndex(0)
    window.refresh()
    settle(app)
    save(app, window, "dashboard")
