"""The partners directory: model conformance, add with validation, filter."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from nap_desktop.domain.enums import AgencyKind
from nap_desktop.gui.transfer.partners import AgencyEditor, PartnersDialog
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


def test_the_directory_opens_sorted_a_to_z_by_name(qtbot: QtBot, workspace: Workspace) -> None:
    for name in ("Zenith Housing (test)", "ámbar Legal Aid (test)", "Bay Clinic (test)"):
        workspace.agencies.add_partner(name=name, kind=AgencyKind.OTHER)
    dialog = PartnersDialog(workspace=workspace)
    qtbot.addWidget(dialog)
    header = dialog.table.horizontalHeader()
    assert header.sortIndicatorSection() == 0
    assert header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    shown = [dialog.proxy.index(r, 0).data() for r in range(dialog.proxy.rowCount())]
    # Case and accents do not split the list: "ámbar" sits with the A's, not after "Z".
    assert shown == [
        "ámbar Legal Aid (test)",
        "Bay Clinic (test)",
        "Test Shelter Coalition (us)",
        "Zenith Housing (test)",
    ]
    workspace.agencies.add_partner(name="Aardvark Outreach (test)", kind=AgencyKind.OTHER)
    dialog.refresh()  # after an edit the list stays in order
    assert dialog.proxy.index(0, 0).data() == "Aardvark Outreach (test)"
    header.setSortIndicator(0, Qt.SortOrder.DescendingOrder)  # a header click reverses it
    assert dialog.proxy.index(0, 0).data() == "Zenith Housing (test)"


def test_tab_in_the_agency_editor_goes_down_the_form(qtbot: QtBot, workspace: Workspace) -> None:
    """Name, kind, contacts, then the check box below them (the Designer form's tab stops
    jumped from kind to the check box and back up to contacts)."""
    editor = AgencyEditor(workspace=workspace, agency=None, parent=None)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    order: list[QWidget] = []
    widget: QWidget = editor.name
    for _ in range(4):
        order.append(widget)
        widget = next_tab_stop(widget)
    assert order == [editor.name, editor.kind, editor.contacts, editor.vsp]


def next_tab_stop(widget: QWidget) -> QWidget:
    """The widget Tab moves to from ``widget``."""
    found = widget.nextInFocusChain()
    while found is not None and not (
        found.isVisible() and found.focusPolicy() & Qt.FocusPolicy.TabFocus
    ):
        found = found.nextInFocusChain()
    assert found is not None
    return found
