"""The referral summary dialog: a partner's copy withholds what no release covers (and
says so), a supervisor's override needs a reason, saving writes an owner-only file, and
printing sends every page to the printer."""

from __future__ import annotations

import stat
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from nap_desktop.domain.enums import InfoCategory
from nap_desktop.gui.case.summary_dialog import SummaryDialog
from nap_desktop.gui.case.view import CaseView
from nap_desktop.gui.widgets.common import Choice
from nap_desktop.gui.widgets.files import file_word
from nap_desktop.services.workspace import Workspace
from nap_desktop.store.models import AuditRow
from tests.gui.conftest import MARCUS_PASSPHRASE, PLANTED_NAME, PlantedCase, plant_case
from tests.reports.pdftext import all_text, reader


def partner_release(ws: Workspace, planted: PlantedCase, categories: list[InfoCategory]) -> str:
    partner = next(a for a in ws.agencies.list(include_self=False))
    ws.releases.create(
        client_id=planted.client_id, recipient_agency_id=partner.id, categories=categories,
        purpose="Legal services", expires_on=ws.ctx.today() + timedelta(days=90),
        signed_by="survivor", form_language="English", signed_on=ws.ctx.today(),
    )
    return partner.id


def dialog_for(qtbot: QtBot, ws: Workspace, planted: PlantedCase, *,
               discreet: bool = False) -> SummaryDialog:
    case = ws.cases.get_case(planted.client_id)
    dialog = SummaryDialog(workspace=ws, case=case, referral=case.referrals[0],
                           discreet=discreet)
    qtbot.addWidget(dialog)
    return dialog


def test_partner_copy_withholds_uncovered_details_and_says_so(
    qtbot: QtBot, workspace: Workspace
) -> None:
    planted = plant_case(workspace)
    partner_id = partner_release(workspace, planted, [InfoCategory.CONTACT])
    dialog = dialog_for(qtbot, workspace, planted)
    assert dialog.audience.currentData() == partner_id  # the referral's partner by default
    assert dialog.summary is not None
    assert PLANTED_NAME not in all_text(dialog.summary.pdf)
    assert "identity" in dialog.summary.withheld
    assert "Identity" in dialog.withheld.text()
    assert dialog.document.pageCount() >= 1

    dialog.audience.setCurrentIndex(dialog.audience.findData(None))  # internal copy
    assert not dialog.print_button.isEnabled()  # options changed: preview first
    assert dialog.refresh()
    assert PLANTED_NAME in all_text(dialog.summary.pdf)
    assert "Nothing is withheld" in dialog.withheld.text()


def test_override_needs_a_supervisor_and_a_reason(
    qtbot: QtBot, workspace: Workspace
) -> None:
    planted = plant_case(workspace)
    partner_release(workspace, planted, [InfoCategory.CONTACT])
    dialog = dialog_for(qtbot, workspace, planted)  # admin: may override
    assert dialog.override.isEnabled()
    dialog.override.setChecked(True)
    assert not dialog.refresh()  # no reason given
    assert dialog.error.text() and not dialog.error.isHidden()
    dialog.override_reason.setText("Court-ordered disclosure, case 26-CV-1")
    assert dialog.refresh()
    assert PLANTED_NAME in all_text(dialog.summary.pdf)  # type: ignore[union-attr]
    with workspace.ctx.read() as s:
        details = list(s.scalars(select(AuditRow.detail).where(
            AuditRow.action == "report.summary")))
    assert any("supervisor override: Court-ordered" in d for d in details)

    workspace.lock()
    marcus = Workspace.unlock(workspace.vault, "marcus", MARCUS_PASSPHRASE)
    caseworker = dialog_for(qtbot, marcus, planted)
    assert not caseworker.override.isEnabled()
    assert "supervisor" in caseworker.override.toolTip()


def test_save_writes_an_owner_only_pdf_and_print_sends_every_page(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path
) -> None:
    planted = plant_case(workspace)
    dialog = dialog_for(qtbot, workspace, planted)
    target = tmp_path / "summary.pdf"
    suggested: list[str] = []
    dialog.ask_path = lambda _p, _t, name: suggested.append(name) or str(target)
    assert dialog.save_summary()
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert str(target) in dialog.saved_note.text() and dialog.saved_note.isVisibleTo(dialog)
    # The file name says who the copy is for (the referral's partner), never who it is about.
    partner_id = dialog.audience.currentData()
    partner = dialog.case.agencies[partner_id].name
    assert suggested == [f"summary-{planted.case_number}-for-{file_word(partner)}.pdf"]
    assert PLANTED_NAME.split()[0] not in suggested[0]
    dialog.audience.setCurrentIndex(dialog.audience.findData(None))
    assert dialog.suggested_name() == f"summary-{planted.case_number}-internal.pdf"
    dialog.audience.setCurrentIndex(dialog.audience.findData(partner_id))
    assert target.read_bytes() == dialog.summary.pdf  # type: ignore[union-attr]

    printed = tmp_path / "printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(printed))
    assert dialog.print_to(printer)
    assert len(reader(printed.read_bytes()).pages) == dialog.summary.pages  # type: ignore[union-attr]

    dialog.ask_printer = lambda *_a: False  # the person cancelled the print dialog
    assert not dialog.print_summary()


def test_discreet_mode_hides_the_preview_and_the_case_view_opens_the_dialog(
    qtbot: QtBot, workspace: Workspace
) -> None:
    planted = plant_case(workspace)
    view = CaseView(workspace=workspace, client_id=planted.client_id, discreet=True)
    view.guard.ask = lambda *_a: Choice.DISCARD
    qtbot.addWidget(view)
    seen: list[SummaryDialog] = []

    def run(dialog: SummaryDialog) -> int:  # type: ignore[override]
        seen.append(dialog)
        assert dialog.view.isHidden() and not dialog.discreet_hint.isHidden()
        return 0

    view.run_dialog = run  # type: ignore[assignment]
    assert view.open_summary()
    assert len(seen) == 1


def test_files_are_suggested_in_the_documents_folder_not_where_the_program_started(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from nap_desktop.gui.widgets import files

    monkeypatch.chdir(tmp_path)
    suggested = Path(files.suggested_path("summary-NAP-26-00001.pdf"))
    assert suggested.parent == files.documents_dir() and suggested.parent != tmp_path
    assert files.suggested_path("/srv/x.pdf") == "/srv/x.pdf"
