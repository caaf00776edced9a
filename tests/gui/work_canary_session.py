"""A desktop session of services, plans and tasks in its own process, for
test_work_no_plaintext.py: the canary is the client's name and is typed into a service's
note, a void reason, a correction's reason, a goal, the safety plan's code word and safe
places, and a task's title; then the calendar file is exported into the session's home,
discreet mode goes on and off, the vault locks and the app quits.

    python work_canary_session.py VAULT_DIR CANARY EXPORT_FILE
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog

from nap_desktop.domain.enums import AgencyKind, PlanDomain, ServiceCategory
from nap_desktop.gui.application import create_application
from nap_desktop.gui.case.plan_goal_dialog import PlanGoalDialog
from nap_desktop.gui.case.view import CaseView
from nap_desktop.gui.main_window import MainWindow
from nap_desktop.gui.services_tab.dialog import ServiceRecordDialog
from nap_desktop.gui.services_tab.void_dialog import VoidServiceDialog
from nap_desktop.gui.todo.new_task import NewTaskDialog
from nap_desktop.gui.vault.autolock import AutoLock
from nap_desktop.gui.widgets.common import Choice
from nap_desktop.gui.widgets.labels import label
from nap_desktop.services.cases import PersonalInput
from nap_desktop.services.workspace import Workspace
from nap_desktop.store import kdf
from nap_desktop.store.kdf import KdfParams

FAST = KdfParams(memory_kib=8192, iterations=1, lanes=1)
PASSPHRASE = "work canary session 58"


def wait(app: QApplication, done: object, ms: int = 20_000) -> None:
    deadline = QTimer()
    deadline.setSingleShot(True)
    deadline.start(ms)
    while not done() and deadline.isActive():  # type: ignore[operator]
        app.processEvents()
    assert done(), "timed out"  # type: ignore[operator]


def services(view: CaseView, canary: str) -> None:
    tab = view.services_tab

    def add(dialog: QDialog) -> int:
        assert isinstance(dialog, ServiceRecordDialog)
        dialog.ui.category.setEditText(label(ServiceCategory.CRISIS_INTERVENTION))
        dialog.ui.note.setPlainText(f"Met {canary} at the clinic")
        assert dialog.submit(), dialog.ui.message.text()
        return int(dialog.result())

    tab.run_dialog = add
    assert tab.add_service()
    assert tab.add_service()

    def void(dialog: QDialog) -> int:
        assert isinstance(dialog, VoidServiceDialog)
        dialog.ui.reason.setText(f"Duplicate for {canary}")
        assert dialog.submit()
        return int(dialog.result())

    tab.table.selectRow(0)
    tab.run_dialog = void
    assert tab.void_selected()


def plan(view: CaseView, canary: str) -> None:
    tab = view.plan_tab

    def goal(dialog: QDialog) -> int:
        assert isinstance(dialog, PlanGoalDialog)
        dialog.ui.domain.setCurrentIndex(dialog.ui.domain.findData(PlanDomain.SAFETY.value))
        dialog.ui.description.setPlainText(f"{canary} keeps her new number private")
        assert dialog.submit()
        return int(dialog.result())

    tab.run_dialog = goal
    assert tab.add_goal()
    tab.safety.code_word.setText(canary)
    tab.safety.safe_places.setPlainText(f"{canary}'s aunt")
    assert tab.safety.save(), tab.safety.message.text()
    assert tab.mark_written()


def tasks(window: MainWindow, canary: str, export: Path) -> None:
    panel = window.dashboard.tasks

    def new(dialog: QDialog) -> int:
        assert isinstance(dialog, NewTaskDialog)
        dialog.ui.title.setText(f"Call {canary} back")
        assert dialog.submit()
        return int(dialog.result())

    panel.run_dialog = new
    assert panel.new_task()
    panel.ics.confirm = lambda *_a: True
    panel.ics.ask_path = lambda *_a: str(export)
    written: list[str] = []
    panel.ics.written.connect(written.append)
    assert panel.export_ics()
    wait(QApplication.instance(), lambda: bool(written))  # type: ignore[arg-type]


def main(vault_dir: Path, canary: str, export: Path) -> int:
    kdf.MIN_KDF = FAST
    app = create_application([sys.argv[0]])
    ws, _recovery = Workspace.create(
        vault_dir, agency_name="Canary Shelter", agency_kind=AgencyKind.VICTIM_SERVICE_PROVIDER,
        admin_name="admin", admin_display_name="Admin", passphrase=PASSPHRASE, kdf=FAST)
    client = ws.cases.create_client(PersonalInput(legal_name=canary))
    window = MainWindow(workspace=ws, autolock=AutoLock(minutes=15))
    window.ask = lambda *_a: True
    window.set_discreet(False)
    window.show()
    view = window.cases.open_case(client.id)
    assert isinstance(view, CaseView)
    view.guard.ask = lambda *_a: Choice.SAVE
    for tab in (view.services_tab, view.plan_tab):
        view.show_tab(tab)
        app.processEvents()
    services(view, canary)
    plan(view, canary)
    tasks(window, canary, export)
    window.set_discreet(True)
    window.set_discreet(False)
    window.lock_now()
    for _ in range(5):
        app.processEvents()
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3])))
