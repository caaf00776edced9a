"""The Documents tab of a case, end to end on a real vault: adding (a PDF, a PNG, a photo
whose GPS and camera serial are removed and the person told), a bad file refused with
nothing stored, viewing from memory (no file written), printing through Qt, saving a
confirmed owner-only copy, voiding with a reason (and who may), and discreet mode."""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from nap_desktop.domain.enums import DocumentAttachment, DocumentKind, Role
from nap_desktop.gui.documents.actions import VoidDocumentDialog
from nap_desktop.gui.documents.add_dialog import AddDocumentDialog
from nap_desktop.gui.documents.tab import DocumentsTab
from nap_desktop.gui.documents.viewer import DocumentViewer
from nap_desktop.gui.widgets.common import MASK
from nap_desktop.services.workspace import Workspace
from tests import doc_samples
from tests.gui.conftest import MARCUS_PASSPHRASE, PlantedCase, plant_case


@pytest.fixture
def planted(workspace: Workspace) -> PlantedCase:
    return plant_case(workspace)


@pytest.fixture
def files(tmp_path: Path) -> Path:
    folder = tmp_path / "incoming"
    folder.mkdir()
    (folder / "order.pdf").write_bytes(doc_samples.pdf("Order text", pages=3))
    (folder / "scan.png").write_bytes(doc_samples.png())
    (folder / "photo.jpg").write_bytes(doc_samples.jpeg())
    (folder / "fake.pdf").write_bytes(b"%PDF-1.7 this is not really a PDF at all\n")
    return folder


def make_tab(qtbot: QtBot, ws: Workspace, client_id: str, *, masked: bool = False
             ) -> DocumentsTab:
    tab = DocumentsTab(workspace=ws)
    qtbot.addWidget(tab)
    case = ws.cases.get_case(client_id)
    tab.saved.connect(lambda: tab.load(ws.cases.get_case(client_id), masked=tab.masked))
    tab.load(case, masked=masked)
    tab.resize(1100, 600)
    tab.show()
    return tab


def filler(qtbot: QtBot, path: Path, kind: DocumentKind, title: str, *,
           attach_index: int = 0) -> Callable[[QDialog], int]:
    """A ``run_dialog`` that fills the add dialog and waits for the service's answer."""
    def run(dialog: QDialog) -> int:
        assert isinstance(dialog, AddDocumentDialog)
        ui = dialog.ui
        dialog.ask_path = lambda *_a: str(path)
        dialog.browse()
        ui.kind.setCurrentIndex(ui.kind.findData(kind.value))
        ui.title.setText(title)
        ui.attach.setCurrentIndex(attach_index)
        with qtbot.waitSignal(dialog.tasks.ended, timeout=20_000):
            assert dialog.submit()
        return int(dialog.result())
    return run


def add(qtbot: QtBot, tab: DocumentsTab, path: Path, kind: DocumentKind, title: str) -> bool:
    tab.run_dialog = filler(qtbot, path, kind, title)
    return tab.add_document()


def select(tab: DocumentsTab, title: str) -> None:
    row = next(i for i, d in enumerate(tab.model.rows) if d.title == title)
    tab.table.selectRow(row)


def files_under(*folders: Path) -> set[Path]:
    return {p for folder in folders for p in folder.rglob("*") if p.is_file()}


@pytest.fixture
def watched(tmp_path: Path, vault_dir: Path, monkeypatch: pytest.MonkeyPatch
            ) -> Iterator[Callable[[], set[Path]]]:
    """The files written during the test outside the vault folder and the test's own
    incoming files, with the temporary folder (Python's and Qt's) moved into the test's
    folder: anything found would be a plaintext copy."""
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    before = {p: p.stat().st_mtime_ns for p in files_under(tmp_path)}

    def written() -> set[Path]:
        return {p for p in files_under(tmp_path)
                if (p not in before or p.stat().st_mtime_ns != before[p])
                and vault_dir not in p.parents and "incoming" not in p.parts}
    yield written


# --- adding ----------------------------------------------------------------------------


def test_add_a_pdf_shows_it_in_the_list(qtbot: QtBot, workspace: Workspace,
                                        planted: PlantedCase, files: Path) -> None:
    tab = make_tab(qtbot, workspace, planted.client_id)
    assert tab.empty.isVisible()
    assert add(qtbot, tab, files / "order.pdf", DocumentKind.COURT_ORDER, "Protective order 1")
    assert [d.title for d in tab.model.rows] == ["Protective order 1"]
    doc = tab.model.rows[0]
    assert doc.pages == 3 and doc.media_type == "application/pdf"
    assert tab.model.display(doc, 0) == "Court order"
    assert tab.model.display(doc, 3) == "The case"
    assert tab.model.display(doc, 4) == "Ada Admin"
    assert "Added “Protective order 1”" in tab.note.text()
    assert "removed" not in tab.note.text()
    assert tab.selected_id() == doc.id and "PDF, 3 page" in tab.details.text()


def test_a_photo_is_stripped_and_the_user_is_told(qtbot: QtBot, workspace: Workspace,
                                                  planted: PlantedCase, files: Path) -> None:
    tab = make_tab(qtbot, workspace, planted.client_id)
    assert add(qtbot, tab, files / "photo.jpg", DocumentKind.PHOTO, "Injury photo")
    assert "Location (GPS) and camera serial number were removed from this photo." \
        in tab.note.text()
    data = workspace.documents.open(tab.model.rows[0].id)
    assert doc_samples.CANARY.encode() not in data
    assert add(qtbot, tab, files / "scan.png", DocumentKind.IDENTITY_DOCUMENT, "ID scan")
    assert "Text notes in the image" in tab.note.text()  # the PNG's text chunks
    assert len(tab.model.rows) == 2


def test_a_file_that_is_not_what_it_says_is_refused_and_nothing_added(
        qtbot: QtBot, workspace: Workspace, planted: PlantedCase, files: Path) -> None:
    tab = make_tab(qtbot, workspace, planted.client_id)
    dialogs: list[AddDocumentDialog] = []

    def run(dialog: QDialog) -> int:
        assert isinstance(dialog, AddDocumentDialog)
        dialogs.append(dialog)
        return filler(qtbot, files / "fake.pdf", DocumentKind.LEASE, "Lease")(dialog)

    tab.run_dialog = run
    assert not tab.add_document()
    dialog = dialogs[0]
    assert dialog.result() == 0 and dialog.added is None
    assert dialog.ui.file_error.isVisibleTo(dialog)
    assert "PDF" in dialog.ui.file_error.text()
    assert workspace.documents.list_for_client(planted.client_id) == []
    assert tab.model.rowCount() == 0


def test_the_dialog_checks_its_fields_before_the_service(
        qtbot: QtBot, workspace: Workspace, planted: PlantedCase, files: Path) -> None:
    dialog = AddDocumentDialog(workspace=workspace,
                               case=workspace.cases.get_case(planted.client_id))
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.submit()
    assert dialog.ui.file_error.text() == "Choose the file to add."
    assert dialog.ui.kind_error.text() == "Choose what kind of document this is."
    assert dialog.ui.title_error.text() == "Enter a title: what the document is."
    dialog.ui.file.setText(str(files / "missing.pdf"))
    assert not dialog.submit()
    assert dialog.ui.file_error.text() == "There is no file at this path."
    assert not dialog.tasks.busy


def test_attach_to_offers_every_record_of_the_case(
        qtbot: QtBot, workspace: Workspace, planted: PlantedCase) -> None:
    dialog = AddDocumentDialog(workspace=workspace,
                               case=workspace.cases.get_case(planted.client_id))
    qtbot.addWidget(dialog)
    texts = [dialog.ui.attach.itemText(i) for i in range(dialog.ui.attach.count())]
    assert texts[0] == "The case"
    assert any(t.startswith("Referral to ") for t in texts)
    assert "Restitution: Test District Court" in texts
    assert [c[0] for c in dialog.choices][:1] == [DocumentAttachment.CLIENT]


# --- viewing and printing -----------------------------------------------------------------


def open_viewer(qtbot: QtBot, tab: DocumentsTab, title: str) -> DocumentViewer:
    select(tab, title)
    with qtbot.waitSignal(tab.doc_actions.viewer_opened, timeout=20_000) as opened:
        assert tab.view_selected()
    viewer = opened.args[0]
    assert isinstance(viewer, DocumentViewer)
    return viewer


def test_view_a_pdf_from_memory_turn_pages_zoom_and_print(
        qtbot: QtBot, workspace: Workspace, planted: PlantedCase, files: Path,
        tmp_path: Path, watched: Callable[[], set[Path]]) -> None:
    tab = make_tab(qtbot, workspace, planted.client_id)
    assert add(qtbot, tab, files / "order.pdf", DocumentKind.COURT_ORDER, "Order")
    viewer = open_viewer(qtbot, tab, "Order")
    assert viewer.isVisible() and viewer.windowTitle() == "Court order — Order"
    assert viewer.page_count() == 3 and viewer.page_label.text() == "Page 1 of 3"
    assert not viewer.previous_button.isEnabled()
    viewer.next_page()
    assert viewer.current_page() == 1 and viewer.page_label.text() == "Page 2 of 3"
    viewer.go_to(2)
    assert not viewer.next_button.isEnabled()
    before = viewer.zoom_factor()
    viewer.zoom_in()
    assert viewer.zoom_factor() == pytest.approx(before * 1.25)
    viewer.zoom_out()
    viewer.zoom_out()
    assert viewer.zoom_factor() < before
    viewer.fit()
    assert watched() == set()  # viewing wrote no file anywhere
    viewer.ask_printer = lambda *_a: False
    assert not viewer.print_document()  # the print dialog was cancelled
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    target = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(target))
    assert viewer.print_to(printer)
    assert watched() == {target}  # the print went only where the printer was told
    assert target.read_bytes().startswith(b"%PDF") and b"Order text" not in target.read_bytes()
    target.unlink()
    viewer.reject()
    assert viewer.preview.page_count() == 0  # closing forgets the bytes


def test_view_a_photo_and_its_keys(qtbot: QtBot, workspace: Workspace,
                                   planted: PlantedCase, files: Path,
                                   watched: Callable[[], set[Path]]) -> None:
    tab = make_tab(qtbot, workspace, planted.client_id)
    assert add(qtbot, tab, files / "photo.jpg", DocumentKind.PHOTO, "Photo")
    viewer = open_viewer(qtbot, tab, "Photo")
    assert viewer.stack.currentWidget() is viewer.image_pane
    assert not viewer.image_pane.image.isNull()
    assert not viewer.page_label.isVisible()
    assert viewer.image_pane.fitted
    press(viewer, "Ctrl++")
    assert not viewer.image_pane.fitted
    zoomed = viewer.zoom_factor()
    press(viewer, "Ctrl+-")
    assert viewer.zoom_factor() == pytest.approx(zoomed / 1.25)
    press(viewer, "Ctrl+0")
    assert viewer.image_pane.fitted
    assert watched() == set()
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = Path(tempfile.gettempdir()) / "photo-print.pdf"
    printer.setOutputFileName(str(printed))
    assert viewer.print_to(printer)
    assert watched() == {printed} and printed.stat().st_size > 0
    printed.unlink()
    viewer.reject()


def test_stop_opening_shows_nothing(qtbot: QtBot, workspace: Workspace,
                                    planted: PlantedCase, files: Path) -> None:
    tab = make_tab(qtbot, workspace, planted.client_id)
    assert add(qtbot, tab, files / "order.pdf", DocumentKind.COURT_ORDER, "Order")
    select(tab, "Order")
    opened: list[object] = []
    tab.doc_actions.viewer_opened.connect(opened.append)
    with qtbot.waitSignal(tab.doc_actions.tasks.ended, timeout=20_000):
        assert tab.view_selected()
        assert tab.busy.isVisibleTo(tab) and tab.stop_button.isEnabled()
        tab.stop_button.click()
    assert opened == [] and not tab.busy.isVisibleTo(tab)


def press(viewer: DocumentViewer, keys: str) -> None:
    """Activate the viewer's shortcut for ``keys`` (offscreen, no window is ever active,
    so a synthetic key press would not reach a window's shortcuts)."""
    wanted = QKeySequence(keys)
    found = [s for s in viewer.findChildren(QShortcut) if s.key() == wanted]
    assert len(found) == 1, keys
    assert found[0].context() == Qt.ShortcutContext.WindowShortcut
    found[0].activated.emit()


def test_page_keys_turn_a_pdf_s_pages(qtbot: QtBot) -> None:
    viewer = DocumentViewer(title="t", media_type="application/pdf",
                            data=doc_samples.pdf(pages=4))
    qtbot.addWidget(viewer)
    viewer.show()
    press(viewer, "PgDown")
    assert viewer.current_page() == 1
    press(viewer, "Ctrl+End")
    assert viewer.current_page() == 3
    press(viewer, "PgUp")
    assert viewer.current_page() == 2
    press(viewer, "Ctrl+Home")
    assert viewer.current_page() == 0
    assert viewer.next_button.toolTip() == QKeySequence("PgDown").toString(
        QKeySequence.SequenceFormat.NativeText)


def test_a_damaged_document_says_so_in_the_viewer(qtbot: QtBot) -> None:
    viewer = DocumentViewer(title="t", media_type="image/png", data=b"\x89PNG broken")
    qtbot.addWidget(viewer)
    assert viewer.error.text().startswith("This document could not be shown")
    assert not viewer.print_button.isEnabled()


# --- save a copy, void ------------------------------------------------------------------------


def test_save_a_copy_is_confirmed_owner_only_and_audited(
        qtbot: QtBot, workspace: Workspace, planted: PlantedCase, files: Path,
        tmp_path: Path) -> None:
    tab = make_tab(qtbot, workspace, planted.client_id)
    assert add(qtbot, tab, files / "order.pdf", DocumentKind.COURT_ORDER, "Order")
    select(tab, "Order")
    asked: list[str] = []
    target = tmp_path / "copy.pdf"
    tab.doc_actions.confirm = lambda _w, title, text: asked.append(text) is not None
    tab.doc_actions.ask_path = lambda *_a: (_ for _ in ()).throw(AssertionError("asked"))
    assert not tab.save_selected()  # declined: no file is even asked for
    assert "NOT encrypted" in asked[0] and "audit" in asked[0]
    suggested: list[str] = []
    tab.doc_actions.confirm = lambda *_a: True
    tab.doc_actions.ask_path = lambda _w, _t, name, _f: suggested.append(name) or str(target)
    with qtbot.waitSignal(tab.doc_actions.done, timeout=20_000):
        assert tab.save_selected()
    assert suggested == [f"{planted.case_number}-Court-order.pdf"]  # no title in the name
    assert target.read_bytes() == (files / "order.pdf").read_bytes()
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
    assert "readable by you only" in tab.note.text()
    with workspace.ctx.read() as s:  # the service audited it (the History tab shows it)
        found = s.execute(text("SELECT count(*) FROM audit_events WHERE action = 'document.copy'"
                               " AND record_id = :d"), {"d": tab.model.rows[0].id}).scalar()
    assert found == 1
    actions = [e.action for e in workspace.cases.history(planted.client_id)]
    assert actions[:2] == ["document.copy", "document.add"]  # the History tab lists them


def void_with(qtbot: QtBot, reason: str, seen: list[VoidDocumentDialog]
              ) -> Callable[[QDialog], int]:
    def run(dialog: QDialog) -> int:
        assert isinstance(dialog, VoidDocumentDialog)
        seen.append(dialog)
        dialog.ui.reason.setText(reason)
        dialog.submit()
        return int(dialog.result())
    return run


def test_void_with_a_reason_strikes_it_through_and_the_toggle_hides_it(
        qtbot: QtBot, workspace: Workspace, planted: PlantedCase, files: Path) -> None:
    tab = make_tab(qtbot, workspace, planted.client_id)
    assert add(qtbot, tab, files / "order.pdf", DocumentKind.COURT_ORDER, "Wrong order")
    select(tab, "Wrong order")
    seen: list[VoidDocumentDialog] = []
    tab.doc_actions.run_dialog = void_with(qtbot, "  ", seen)
    assert not tab.void_selected()
    assert seen[0].ui.problem.text() == "Enter the reason: the history keeps it."
    tab.doc_actions.run_dialog = void_with(qtbot, "Scanned the wrong case's order", seen)
    assert tab.void_selected()
    doc = tab.model.rows[0]
    assert doc.voided and doc.void_reason == "Scanned the wrong case's order"
    index = tab.model.index(0, 1)
    font = tab.model.data(index, Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.strikeOut()
    assert "Scanned the wrong case's order" in tab.model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert tab.model.data(index, Qt.ItemDataRole.AccessibleTextRole) == "Wrong order (voided)"
    select(tab, "Wrong order")
    assert not tab.void_button.isEnabled() and tab.view_button.isEnabled()
    tab.show_voided.setChecked(False)
    assert tab.model.rowCount() == 0
    tab.show_voided.setChecked(True)
    assert tab.model.rowCount() == 1


def test_a_caseworker_may_not_void_on_a_case_of_another_worker(
        qtbot: QtBot, workspace: Workspace, planted: PlantedCase, files: Path) -> None:
    nina = workspace.users.add(name="nina", display_name="Nina Ortiz", role=Role.CASEWORKER,
                               passphrase="violet canyon harbor 73 fern")
    workspace.assignments.assign([planted.client_id], nina.id, reason="Hers")
    workspace.documents.add_file(
        client_id=planted.client_id, attached_type=DocumentAttachment.CLIENT,
        attached_id=planted.client_id, kind=DocumentKind.LEASE, title="Lease",
        doc_date=None, path=files / "order.pdf")
    workspace.lock()
    marcus = Workspace.unlock(workspace.vault, "marcus", MARCUS_PASSPHRASE)
    tab = make_tab(qtbot, marcus, planted.client_id)
    select(tab, "Lease")
    seen: list[VoidDocumentDialog] = []
    tab.doc_actions.run_dialog = void_with(qtbot, "Not needed", seen)
    assert not tab.void_selected()
    assert seen[0].ui.problem.isVisibleTo(seen[0]) and seen[0].ui.problem.text()
    assert not tab.model.rows[0].voided
    marcus.close()


def test_discreet_mode_hides_titles_and_waits_for_reveal_to_view(
        qtbot: QtBot, workspace: Workspace, planted: PlantedCase, files: Path) -> None:
    tab = make_tab(qtbot, workspace, planted.client_id)
    assert add(qtbot, tab, files / "order.pdf", DocumentKind.COURT_ORDER, "Order for Zyx")
    viewer = open_viewer(qtbot, tab, "Order for Zyx")
    tab.set_masked(True)
    assert not viewer.isVisible()  # open viewers close
    assert tab.model.display(tab.model.rows[0], 1) == MASK
    tab.table.selectRow(0)
    assert not tab.view_button.isEnabled() and not tab.save_button.isEnabled()
    assert "Zyx" not in tab.details.text()
    assert tab.discreet_hint.isVisibleTo(tab)
    assert not tab.view_selected()
