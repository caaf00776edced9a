"""Screens of issue #14's documents, for ``shoot.py``: the Documents tab, the viewer on a
PDF page and on a photo, the Add document dialog, and the release tab's signed copy.
The documents are made here (fictional text, a drawn picture), never read from disk."""

from __future__ import annotations

import io
from datetime import timedelta
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, Qt
from PySide6.QtGui import QColor, QImage, QLinearGradient, QPainter
from PySide6.QtWidgets import QApplication
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from nap_desktop.domain.enums import DocumentAttachment, DocumentKind, ReleaseStatus
from nap_desktop.gui.documents.add_dialog import AddDocumentDialog
from nap_desktop.gui.main_window import MainWindow


def court_order(pages: int = 3, heading: str = "ORDER OF RESTITUTION") -> bytes:
    """A fictional order, a few pages long."""
    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=letter)
    for n in range(pages):
        page.setFont("Helvetica-Bold", 15)
        page.drawCentredString(306, 720, "UNITED STATES DISTRICT COURT (DEMO)")
        page.setFont("Helvetica", 11)
        page.drawCentredString(306, 700, f"{heading} — FICTIONAL SAMPLE")
        lines = ["United States v. Demo Defendant, No. 0:00-cr-00000",
                 "", "The defendant shall pay restitution to the victim in the amount",
                 "stated in the attached schedule, under 18 U.S.C. § 1593.", "",
                 "Payments are made through the Clerk of Court.", "",
                 "This document is fictional and made for screenshots only."]
        for i, line in enumerate(lines):
            page.drawString(90, 650 - 18 * i, line)
        page.drawString(90, 120, f"Page {n + 1} of {pages}")
        page.showPage()
    page.save()
    return out.getvalue()


def photo() -> bytes:
    """A drawn "photo" (a receipt on a table), as JPEG bytes."""
    image = QImage(960, 720, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    gradient = QLinearGradient(QPointF(0, 0), QPointF(960, 720))
    gradient.setColorAt(0, QColor("#8d6e63"))
    gradient.setColorAt(1, QColor("#4e342e"))
    painter.fillRect(image.rect(), gradient)
    painter.setBrush(QColor("#fafafa"))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawRect(300, 80, 360, 560)
    painter.setPen(QColor("#555555"))
    for i in range(12):
        painter.drawLine(330, 140 + 36 * i, 630 - (i % 3) * 60, 140 + 36 * i)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "JPEG", 85)
    return bytes(data.data())


def add_samples(ws: Any, case: Any) -> None:
    client = case.client.id
    add = ws.documents.add
    release = next((r for r in case.releases if r.status is ReleaseStatus.ACTIVE), None)
    today = ws.today()
    add(client_id=client, attached_type=DocumentAttachment.CLIENT, attached_id=client,
        kind=DocumentKind.HHS_LETTER, title="HHS eligibility letter",
        doc_date=today - timedelta(days=40), data=court_order(1, "ELIGIBILITY LETTER"))
    if case.restitution:
        add(client_id=client, attached_type=DocumentAttachment.RESTITUTION_MATTER,
            attached_id=case.restitution[0].id, kind=DocumentKind.RESTITUTION_ORDER,
            title="Restitution order", doc_date=today - timedelta(days=12), data=court_order())
    add(client_id=client, attached_type=DocumentAttachment.CLIENT, attached_id=client,
        kind=DocumentKind.RECEIPT, title="Bus ticket receipt",
        doc_date=today - timedelta(days=3), data=photo())
    wrong = add(client_id=client, attached_type=DocumentAttachment.CLIENT, attached_id=client,
                kind=DocumentKind.OTHER, title="Scan (wrong page)", doc_date=None,
                data=court_order(1, "MISFILED PAGE"))
    ws.documents.void(wrong.document.id, "Scanned the wrong page; added again")
    if release is not None:
        add(client_id=client, attached_type=DocumentAttachment.RELEASE,
            attached_id=release.id, kind=DocumentKind.SIGNED_RELEASE,
            title="Signed release of information", doc_date=release.signed_on,
            data=court_order(1, "RELEASE OF INFORMATION"))


def shoot_documents(app: QApplication, window: MainWindow, ws: Any, view: Any,
                    save: Any, settle: Any) -> None:
    add_samples(ws, view.case)
    view.reload()
    window.tabs.setCurrentWidget(view)
    tab = view.documents_tab
    view.show_tab(tab)
    tab.table.selectRow(0)
    save(app, window, "case-documents")
    shown: list[Any] = []
    tab.doc_actions.show_viewer = lambda viewer: (viewer.resize(900, 1000), viewer.show(),
                                                  shown.append(viewer))
    for title, name in (("Restitution order", "document-viewer-pdf"),
                        ("Bus ticket receipt", "document-viewer-photo")):
        row = next((i for i, d in enumerate(tab.model.rows) if d.title == title), None)
        if row is None:
            continue
        tab.table.selectRow(row)
        tab.view_selected()
        for _ in range(100):  # the bytes are fetched off the GUI thread
            if shown:
                break
            settle(app, 50)
        settle(app, 800)  # the first page renders
        save(app, shown[-1], name)
        shown.pop().reject()
    dialog = AddDocumentDialog(workspace=ws, case=view.case, parent=view)
    dialog.ui.file.setText("/home/caseworker/Documents/T-visa-approval.pdf")
    dialog.ui.kind.setCurrentIndex(dialog.ui.kind.findData(DocumentKind.T_VISA.value))
    dialog.ui.title.setText("T visa approval notice")
    dialog.show()
    save(app, dialog, "add-document")
    dialog.reject()
    view.show_tab(view.releases_tab)
    releases = view.releases_tab
    active = next((r for r in releases.model.rows if r.status is ReleaseStatus.ACTIVE), None)
    if active is not None:
        releases.select(active.id)
    save(app, window, "case-releases-signed-copy")
