"""The partners directory: model conformance, add with validation, filter."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from nap_desktop.domain.enums import AgencyKind
from nap_desktop.gui.partners import AgencyEditor, PartnersDialog
from nap_desktop.services.workspace import Workspace


def test_add_partner_validates_and_lists(
    qtbot: QtBot,
    qtmodeltester,
    workspace: Workspace,  # type: ignore[no-untyped-def]
) -> None:
    dialog = PartnersDialog(workspace=workspace)
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    before = dialog.model.rowCount()
    editor = AgencyEditor(workspace=workspace, agency=None, parent=dialog)
    qtbot.addWidget(editor)
    editor.save()  # empty name
    assert "required" in editor.error.text().lower()
    editor.name.setText("Harbor Legal Aid (test)")
    editor.kind.setCurrentIndex(editor.kind.findData(AgencyKind.LEGAL))
    editor.save()
    assert editor.result() == editor.DialogCode.Accepted
    dialog.refresh()
    assert dialog.model.rowCount() == before + 1
    dialog.filter.setText("harbor legal")
    assert dialog.proxy.rowCount() == 1
    qtmodeltester.check(dialog.model)
