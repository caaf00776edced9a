"""Admin ▸ Funding sources and projects… (``ui/funding_sources.ui``): the awards that fund
the services (funder, award number, period) and the housing projects the HMIS export
reports on. Two lists, each with its editor below; supervisors and administrators save,
everyone else reads. Each save is one service call; its refusal shows under the field."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QListWidget, QListWidgetItem, QWidget

from nap_desktop.domain.enums import Funder
from nap_desktop.domain.services_entities import (
    FundingSource,
    FundingSourceInput,
    Project,
    ProjectInput,
)
from nap_desktop.gui.forms.ui_funding_sources import Ui_FundingDialog
from nap_desktop.gui.funding.texts import housing_types, project_types
from nap_desktop.gui.services_tab.texts import is_supervisor
from nap_desktop.gui.widgets.common import bound_dates, qdate, to_date
from nap_desktop.gui.widgets.form_dialog import show_error, wire_errors
from nap_desktop.gui.widgets.labels import label, options

if TYPE_CHECKING:
    from nap_desktop.services.workspace import Workspace

SOURCE_KEYS = ["funder", "source_name", "award_number", "period_start", "period_end"]
PROJECT_KEYS = ["project_name", "project_type", "project_funding", "operating_start",
                "operating_end", "coc_code", "geocode", "housing_type"]
SOURCE_FIELDS = {"funder": "funder", "name": "source_name", "award_number": "award_number",
                 "period_start": "period_start", "period_end": "period_end"}
PROJECT_FIELDS = {"name": "project_name", "hmis_project_type": "project_type",
                  "funding_source_id": "project_funding", "operating_start": "operating_start",
                  "operating_end": "operating_end", "coc_code": "coc_code",
                  "geocode": "geocode", "housing_type": "housing_type"}
ID_ROLE = Qt.ItemDataRole.UserRole


def selected_id(widget: QListWidget) -> str | None:
    item = widget.currentItem()
    return item.data(ID_ROLE) if item is not None and item.isSelected() else None


class FundingDialog(QDialog):
    def __init__(self, *, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = workspace
        self.ui = ui = Ui_FundingDialog()
        ui.setupUi(self)
        self.sources: list[FundingSource] = []
        self.projects: list[Project] = []
        self.errors = wire_errors(self, ui, SOURCE_KEYS + PROJECT_KEYS)
        user = workspace.user
        self.may_write = is_supervisor(user.role if user else None)
        self._fill_choices()
        ui.source_list.currentItemChanged.connect(lambda *_a: self._show_source())
        ui.project_list.currentItemChanged.connect(lambda *_a: self._show_project())
        ui.source_new.clicked.connect(self.new_source)
        ui.project_new.clicked.connect(self.new_project)
        ui.source_save.clicked.connect(self.save_source)
        ui.project_save.clicked.connect(self.save_project)
        for widget in (ui.source_new, ui.source_save, ui.project_new, ui.project_save):
            widget.setEnabled(self.may_write)
        if not self.may_write:
            ui.intro.setText(ui.intro.text() + " " + self.tr(
                "You can read them; a supervisor or an administrator changes them."))
        self.reload()
        self.new_source()
        self.new_project()
        ui.source_list.setFocus()

    def _fill_choices(self) -> None:
        ui = self.ui
        for funder, text in options(Funder):
            ui.funder.addItem(text, funder.value)
        for code, text in project_types():
            ui.project_type.addItem(text, code)
        for housing, text in housing_types():
            ui.housing_type.addItem(text, housing)
        for edit in (ui.period_start, ui.period_end, ui.operating_start):
            bound_dates(edit)

    # --- lists ---------------------------------------------------------------------------

    def reload(self, *, source_id: str | None = None, project_id: str | None = None) -> None:
        ui = self.ui
        try:
            self.sources = self.ws.funding.sources()
            self.projects = self.ws.funding.projects()
        except Exception as error:
            show_error(self.errors, error, {})
        self._fill_list(ui.source_list, [(s.id, self._source_text(s)) for s in self.sources],
                        source_id)
        self._fill_list(ui.project_list, [(p.id, self._project_text(p)) for p in self.projects],
                        project_id)
        ui.source_empty.setVisible(not self.sources)
        ui.project_empty.setVisible(not self.projects)
        ui.project_funding.clear()
        ui.project_funding.addItem(self.tr("— none —"), None)
        for source in self.sources:
            ui.project_funding.addItem(source.name, source.id)

    def _fill_list(self, widget: QListWidget, rows: list[tuple[str, str]],
                   wanted: str | None) -> None:
        blocked = widget.blockSignals(True)
        widget.clear()
        for row_id, text in rows:
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, row_id)
            widget.addItem(item)
            if row_id == wanted:
                widget.setCurrentItem(item)
        widget.blockSignals(blocked)

    def _source_text(self, source: FundingSource) -> str:
        text = f"{source.name} — {label(source.funder)}"
        if source.award_number:
            text += f" ({source.award_number})"
        return text if source.active else self.tr("%1 [not in use]").replace("%1", text)

    def _project_text(self, project: Project) -> str:
        kinds = dict(project_types())
        text = f"{project.name} — {kinds.get(project.hmis_project_type, '?')}"
        return text if project.active else self.tr("%1 [not in use]").replace("%1", text)

    # --- funding sources -----------------------------------------------------------------

    def new_source(self) -> None:
        self.ui.source_list.clearSelection()
        self._write_source(None)
        self.ui.funder.setFocus()

    def _show_source(self) -> None:
        wanted = selected_id(self.ui.source_list)
        self._write_source(next((s for s in self.sources if s.id == wanted), None))

    def _write_source(self, source: FundingSource | None) -> None:
        ui, today = self.ui, self.ws.today()
        self.errors.filling = True
        ui.funder.setCurrentIndex(max(0, ui.funder.findData(source.funder.value
                                                            if source else None)))
        ui.source_name.setText(source.name if source else "")
        ui.award_number.setText(source.award_number if source else "")
        start = source.period_start if source and source.period_start else date(today.year, 1, 1)
        end = source.period_end if source and source.period_end else date(today.year, 12, 31)
        ui.period_start.setDate(qdate(start))
        ui.period_end.setDate(qdate(end))
        ui.source_active.setChecked(source.active if source else True)
        self.errors.filling = False

    def save_source(self) -> bool:
        ui = self.ui
        self.errors.clear()
        if not ui.source_name.text().strip():
            self.errors.show("source_name", self.tr("Enter the name of the award."))
            return False
        data = FundingSourceInput(
            funder=Funder(ui.funder.currentData()), name=ui.source_name.text().strip(),
            award_number=ui.award_number.text().strip(),
            period_start=to_date(ui.period_start.date()),
            period_end=to_date(ui.period_end.date()), active=ui.source_active.isChecked())
        return self._save(lambda: self.ws.funding.save_source(
            data, id=selected_id(ui.source_list)), SOURCE_FIELDS, source=True)

    # --- projects ------------------------------------------------------------------------

    def new_project(self) -> None:
        self.ui.project_list.clearSelection()
        self._write_project(None)

    def _show_project(self) -> None:
        wanted = selected_id(self.ui.project_list)
        self._write_project(next((p for p in self.projects if p.id == wanted), None))

    def _write_project(self, project: Project | None) -> None:
        ui = self.ui
        self.errors.filling = True
        ui.project_name.setText(project.name if project else "")
        ui.project_type.setCurrentIndex(max(0, ui.project_type.findData(
            project.hmis_project_type if project else None)))
        ui.project_funding.setCurrentIndex(max(0, ui.project_funding.findData(
            project.funding_source_id if project else None)))
        ui.operating_start.setDate(qdate(project.operating_start if project
                                         else self.ws.today()))
        ui.operating_end.set_value(project.operating_end if project else None)
        ui.coc_code.setText(project.coc_code if project else "")
        ui.geocode.setText(project.geocode if project else "")
        ui.housing_type.setCurrentIndex(max(0, ui.housing_type.findData(
            project.housing_type if project else None)))
        ui.project_active.setChecked(project.active if project else True)
        self.errors.filling = False

    def save_project(self) -> bool:
        ui = self.ui
        self.errors.clear()
        if not ui.project_name.text().strip():
            self.errors.show("project_name", self.tr("Enter the name of the project."))
            return False
        if not self.errors.check_all():
            return False
        data = ProjectInput(
            name=ui.project_name.text().strip(),
            hmis_project_type=int(ui.project_type.currentData()),
            operating_start=to_date(ui.operating_start.date()),
            operating_end=ui.operating_end.value(),
            funding_source_id=ui.project_funding.currentData(),
            coc_code=ui.coc_code.text().strip().upper(), geocode=ui.geocode.text().strip(),
            housing_type=ui.housing_type.currentData(), active=ui.project_active.isChecked())
        return self._save(lambda: self.ws.funding.save_project(
            data, id=selected_id(ui.project_list)), PROJECT_FIELDS, source=False)

    def _save(self, action: Any, fields: dict[str, str], *, source: bool) -> bool:
        try:
            saved = action()
        except Exception as error:
            show_error(self.errors, error, fields)
            return False
        if source:
            self.reload(source_id=saved.id, project_id=selected_id(self.ui.project_list))
        else:
            self.reload(source_id=selected_id(self.ui.source_list), project_id=saved.id)
        return True
