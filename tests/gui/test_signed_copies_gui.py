"""A release's signed copy: the release tab says whether it is on file, attaches it (a
signed release attached to that release) and shows it; the dashboard lists the active
releases without one and opens the case at that release; the Documents tab is a tab of
the case view; its events read as sentences in the History tab."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from nap_desktop.domain.entities import Release
from nap_desktop.domain.enums import DocumentAttachment, DocumentKind, InfoCategory
from nap_desktop.gui.case.history_tab import explain
from nap_desktop.gui.case.tabs import default_view_factory
from nap_desktop.gui.case.view import CaseView
from nap_desktop.gui.caseload.dashboard import DashboardView
from nap_desktop.gui.documents import unsigned_panel
from nap_desktop.gui.documents.add_dialog import AddDocumentDialog
from nap_desktop.gui.documents.viewer import DocumentViewer
from nap_desktop.gui.main_window import MainWindow
from nap_desktop.gui.widgets.common import Choice
from nap_desktop.services.workspace import Workspace
from tests import doc_samples
from tests.gui.conftest import plant_case


def active_release(ws: Workspace, client_id: str) -> Release:
    partner = next(a for a in ws.agencies.list(include_self=False))
    return ws.releases.create(
        client_id=client_id, recipient_agency_id=partner.id,
        categories=[InfoCategory.IDENTITY], purpose="Coordinate services",
        expires_on=ws.ctx.today() + timedelta(days=200), signed_on=ws.ctx.today())


def open_view(qtbot: QtBot, ws: Workspace, client_id: str) -> CaseView:
    view = CaseView(workspace=ws, client_id=client_id, discreet=False)
    view.guard.ask = lambda *_a: Choice.DISCARD
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    return view


def test_release_tab_attaches_and_views_the_signed_copy(
        qtbot: QtBot, workspace: Workspace, tmp_path: Path) -> None:
    planted = plant_case(workspace)
    release = active_release(workspace, planted.client_id)
    scan = tmp_path / "signed.pdf"
    scan.write_bytes(doc_samples.pdf("Signed form", pages=2))
    view = open_view(qtbot, workspace, planted.client_id)
    view.show_release(release.id)
    assert view.current_tab() is view.releases_tab
    box = view.releases_tab.signed_copy
    assert box.isVisible() and box.status.text() == "No signed copy"
    assert not box.view_button.isEnabled()
    seen: list[AddDocumentDialog] = []

    def run(dialog: QDialog) -> int:
        assert isinstance(dialog, AddDocumentDialog)
        seen.append(dialog)
        dialog.ui.file.setText(str(scan))
        with qtbot.waitSignal(dialog.tasks.ended, timeout=20_000):
            assert dialog.submit()
        return int(dialog.result())

    box.run_dialog = run
    assert box.attach()
    dialog = seen[0]
    assert dialog.ui.kind.currentData() == DocumentKind.SIGNED_RELEASE.value  # preset
    assert dialog.ui.title.text() == "Signed release of information"
    assert view.releases_tab.selected_id() == release.id  # still on the release
    assert box.status.text() == "Signed copy on file" and box.view_button.isEnabled()
    docs = workspace.documents.list_for(DocumentAttachment.RELEASE, release.id)
    assert [d.kind for d in docs] == [DocumentKind.SIGNED_RELEASE]
    assert workspace.documents.has_signed_copy(release.id)
    with qtbot.waitSignal(box.doc_actions.viewer_opened, timeout=20_000) as opened:
        assert box.view()
    viewer = opened.args[0]
    assert isinstance(viewer, DocumentViewer) and viewer.page_count() == 2
    view.set_discreet(True)  # discreet mode closes it and waits for a reveal
    assert not viewer.isVisible() and not box.view_button.isEnabled()
    # The Documents tab lists it too, attached to the release.
    tab = view.documents_tab
    assert view.tabs.tabText(view.editors.index(tab)) == "Documents"
    assert tab.model.display(tab.model.rows[0], 3).startswith("Release to ")


def test_dashboard_lists_releases_without_a_signed_copy_and_opens_them(
        qtbot: QtBot, workspace: Workspace, tmp_path: Path) -> None:
    planted = plant_case(workspace)
    release = active_release(workspace, planted.client_id)
    window = MainWindow(workspace=workspace)
    window.cases.view_factory = default_view_factory
    window.ask = lambda *_a: True
    qtbot.addWidget(window)
    dashboard: DashboardView = window.dashboard
    panel = dashboard.unsigned
    with qtbot.waitSignal(dashboard.refreshed):  # read in the background at start
        pass
    assert panel.count() == 1
    assert panel.title.text() == "Releases without a signed copy: 1"
    first = panel.model.index(0, 0)
    assert panel.model.data(first).startswith(planted.case_number + " · expires ")
    assert "no signed copy on file" in panel.model.data(first, Qt.ItemDataRole.ToolTipRole)
    panel.list.activated.emit(first)
    view = window.cases.view_for(planted.client_id)
    assert isinstance(view, CaseView)
    view.guard.ask = lambda *_a: Choice.DISCARD
    assert view.current_tab() is view.releases_tab
    assert view.releases_tab.selected_id() == release.id
    scan = tmp_path / "signed.png"
    scan.write_bytes(doc_samples.png())
    workspace.documents.add_file(
        client_id=planted.client_id, attached_type=DocumentAttachment.RELEASE,
        attached_id=release.id, kind=DocumentKind.SIGNED_RELEASE, title="Signed",
        doc_date=None, path=scan)
    with qtbot.waitSignal(panel.refreshed):
        dashboard.refresh()
    assert panel.count() == 0 and not panel.list.isVisible()
    assert panel.title.text() == "Releases without a signed copy: 0"
    window.lock_now()  # the list empties with the vault
    assert panel.count() == 0
    window.autolock.shutdown()


def test_the_panel_lists_the_soonest_releases_and_counts_them_all(
        qtbot: QtBot, workspace: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    """At 100k referrals tens of thousands of releases have no signed copy: the panel
    lists the first (soonest expiry) and its title counts every one."""
    monkeypatch.setattr(unsigned_panel, "PANEL_LIMIT", 2)
    releases = [active_release(workspace, plant_case(workspace, name=f"Ana Demo {n}").client_id)
                for n in range(3)]
    dashboard = DashboardView(discreet=False, today=workspace.ctx.today)
    qtbot.addWidget(dashboard)
    dashboard.set_documents(workspace.documents)
    dashboard.set_source(workspace.queries)
    panel = dashboard.unsigned
    assert panel.count() == 3 and panel.model.rowCount() == 2
    assert panel.title.text() == "Releases without a signed copy: 3"
    shown = [panel.model.data(panel.model.index(r, 0), unsigned_panel.ITEM_ROLE)[1]
             for r in range(2)]
    assert shown == sorted(r.id for r in releases)[:2]  # one expiry date: then by id
    assert not dashboard.cut_hint.isHidden()  # "each list shows its first …"
    # Past COUNT_LIMIT the title stops counting (291,320 at a million referrals took
    # 3-8 s of every start): "… or more", never a number that was not counted.
    monkeypatch.setattr(unsigned_panel, "COUNT_LIMIT", 3)
    panel.refresh()
    assert panel.title.text() == "Releases without a signed copy: 3 or more"
    monkeypatch.setattr(unsigned_panel, "COUNT_LIMIT", 4)
    panel.refresh()
    assert panel.title.text() == "Releases without a signed copy: 3"


def test_document_events_read_as_sentences(workspace: Workspace, tmp_path: Path) -> None:
    from nap_desktop.domain.entities import AuditEvent

    texts = {}
    for action in ("document.add", "document.open", "document.copy", "document.void"):
        event = AuditEvent(seq=1, at=workspace.ctx.now(), user_id=None, action=action,
                           record_type="document", record_id="x", detail="kind=lease")
        texts[action] = explain(event)
    assert texts == {"document.add": "Document added", "document.open": "Document opened",
                     "document.copy": "Unencrypted copy of a document saved",
                     "document.void": "Document voided"}
