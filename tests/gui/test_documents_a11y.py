"""The documents screens pass the same checks as every other (``test_accessibility`` and
``test_mnemonics``): every control named and reachable from the keyboard, no two access
keys alike on what shows at one time, in English and in Spanish; with a document in the
list and a release selected (the signed-copy buttons showing)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from nap_desktop.domain.enums import DocumentAttachment, DocumentKind, InfoCategory
from nap_desktop.gui.application import install_translators
from nap_desktop.gui.case.view import CaseView
from nap_desktop.gui.documents.actions import VoidDocumentDialog
from nap_desktop.gui.documents.add_dialog import AddDocumentDialog
from nap_desktop.gui.documents.viewer import DocumentViewer
from nap_desktop.gui.widgets.common import Choice
from nap_desktop.services.workspace import Workspace
from tests import doc_samples
from tests.gui.conftest import plant_case
from tests.gui.test_accessibility import assert_accessible
from tests.gui.test_mnemonics import clashes


@pytest.fixture(params=["en", "es"])
def language(request: pytest.FixtureRequest, qapp: QCoreApplication) -> Iterator[str]:
    translators = []
    if request.param == "es":
        translators = install_translators(qapp, QLocale("es_MX"))  # type: ignore[arg-type]
    yield request.param
    for translator in translators:
        qapp.removeTranslator(translator)


def check(widget: QWidget, language: str) -> None:
    assert_accessible(widget)
    assert clashes(widget) == {}, (language, type(widget).__name__)


def test_documents_tab_release_box_and_dialogs(qtbot: QtBot, workspace: Workspace,
                                               tmp_path: Path, language: str) -> None:
    planted = plant_case(workspace)
    partner = next(a for a in workspace.agencies.list(include_self=False))
    release = workspace.releases.create(
        client_id=planted.client_id, recipient_agency_id=partner.id,
        categories=[InfoCategory.IDENTITY], purpose="Coordinate services",
        expires_on=workspace.ctx.today() + timedelta(days=90),
        signed_on=workspace.ctx.today())
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(doc_samples.pdf(pages=2))
    workspace.documents.add_file(
        client_id=planted.client_id, attached_type=DocumentAttachment.RELEASE,
        attached_id=release.id, kind=DocumentKind.SIGNED_RELEASE, title="Signed",
        doc_date=None, path=scan)
    view = CaseView(workspace=workspace, client_id=planted.client_id, discreet=False)
    view.guard.ask = lambda *_a: Choice.DISCARD
    qtbot.addWidget(view)
    view.resize(1360, 860)
    view.show()
    view.show_tab(view.documents_tab)
    view.documents_tab.table.selectRow(0)
    check(view, language)
    view.show_release(release.id)
    assert view.releases_tab.signed_copy.isVisible()
    check(view, language)
    case = workspace.cases.get_case(planted.client_id)
    viewer = DocumentViewer(title="t", media_type="application/pdf", data=scan.read_bytes())
    for dialog in (AddDocumentDialog(workspace=workspace, case=case),
                   VoidDocumentDialog(what="Signed", action=lambda _r: None), viewer):
        qtbot.addWidget(dialog)
        dialog.show()
        check(dialog, language)
