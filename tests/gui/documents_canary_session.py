"""A desktop session with documents in its own process, for
test_documents_no_plaintext.py: add a PDF whose text holds the canary and a photo whose
EXIF does, through the Add document dialog; view both (pages rendered, the photo shown,
zoomed); void one; lock and quit.

    python documents_canary_session.py VAULT_DIR INCOMING_DIR
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog

from nap_desktop.domain.enums import AgencyKind, DocumentKind
from nap_desktop.gui.application import create_application
from nap_desktop.gui.case.view import CaseView
from nap_desktop.gui.documents.actions import VoidDocumentDialog
from nap_desktop.gui.documents.add_dialog import AddDocumentDialog
from nap_desktop.gui.documents.viewer import DocumentViewer
from nap_desktop.gui.main_window import MainWindow
from nap_desktop.gui.vault.autolock import AutoLock
from nap_desktop.gui.widgets.common import Choice
from nap_desktop.services.cases import PersonalInput
from nap_desktop.services.workspace import Workspace
from nap_desktop.store import kdf
from nap_desktop.store.kdf import KdfParams

FAST = KdfParams(memory_kib=8192, iterations=1, lanes=1)
PASSPHRASE = "documents canary session 34"


def wait(app: QApplication, done: object, ms: int = 20_000) -> None:
    deadline = QTimer()
    deadline.setSingleShot(True)
    deadline.start(ms)
    while not done() and deadline.isActive():  # type: ignore[operator]
        app.processEvents()
    assert done(), "timed out"  # type: ignore[operator]


def main(vault_dir: Path, incoming: Path) -> int:
    kdf.MIN_KDF = FAST
    app = create_application([sys.argv[0]])
    ws, _recovery = Workspace.create(
        vault_dir, agency_name="Canary Shelter", agency_kind=AgencyKind.VICTIM_SERVICE_PROVIDER,
        admin_name="admin", admin_display_name="Admin", passphrase=PASSPHRASE, kdf=FAST)
    client = ws.cases.create_client(PersonalInput(legal_name="Doc Canary Client"))
    window = MainWindow(workspace=ws, autolock=AutoLock(minutes=15))
    window.ask = lambda *_a: True
    window.set_discreet(False)
    window.show()
    view = window.cases.open_case(client.id)
    assert isinstance(view, CaseView)
    view.guard.ask = lambda *_a: Choice.SAVE
    tab = view.documents_tab
    view.show_tab(tab)
    for name, kind in (("order.pdf", DocumentKind.COURT_ORDER), ("photo.jpg", DocumentKind.PHOTO)):
        def run(dialog: QDialog, name: str = name, kind: DocumentKind = kind) -> int:
            assert isinstance(dialog, AddDocumentDialog)
            dialog.ui.file.setText(str(incoming / name))
            dialog.ui.kind.setCurrentIndex(dialog.ui.kind.findData(kind.value))
            dialog.ui.title.setText(f"Canary {name}")
            assert dialog.submit()
            wait(app, lambda: not dialog.tasks.busy)
            return int(dialog.result())
        tab.run_dialog = run
        assert tab.add_document(), name
    viewers: list[DocumentViewer] = []
    tab.doc_actions.viewer_opened.connect(viewers.append)
    for row in range(tab.model.rowCount()):
        tab.table.selectRow(row)
        assert tab.view_selected()
        wait(app, lambda row=row: len(viewers) > row)
        viewer = viewers[row]
        viewer.zoom_in()
        viewer.next_page()
        viewer.grab()  # the pages painted
    tab.table.selectRow(0)

    def void(dialog: QDialog) -> int:
        assert isinstance(dialog, VoidDocumentDialog)
        dialog.ui.reason.setText("wrong file")
        dialog.submit()
        return int(dialog.result())
    tab.doc_actions.run_dialog = void
    assert tab.void_selected()
    window.lock_now()
    for _ in range(5):
        app.processEvents()
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1]), Path(sys.argv[2])))
