"""Documents on the desktop (issue #14): the first page of a 50-page PDF shown, adding a
25 MB file, and filling the Documents tab, in a real encrypted vault.

    QT_QPA_PLATFORM=offscreen PYTHONPATH=. .venv/bin/python bench/bench_documents_gui.py

Medians / max over ``--runs`` after one warm-up, in one process:

* the first page of a 50-page, 10 MiB PDF: ``documents.open`` (the bytes out of the
  vault, audited), the viewer built on them (``QPdfDocument`` on a ``QBuffer``) and page 1
  rendered at the viewer's width, the work the viewer does before it paints; against the
  same PDF loaded by Qt PDF from a plain file on disk and page 1 rendered the same way (the
  baseline: what a viewer of a temporary copy would do);
* the same without the vault (viewer and page from bytes already in memory);
* adding a 25 MB file (``documents.add_file``: size check, read, content checks, keyed id,
  chunks, audit), against reading the same file from disk;
* filling the Documents tab (``DocumentsTab.load``: the list from the service and the
  model reset) with ``--documents`` documents.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
import tempfile
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_documents import base_pdf, median_ms, padded  # beside this file
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication
from reportlab.pdfgen import canvas

from nap_desktop.domain.enums import AgencyKind
from nap_desktop.gui.documents.tab import DocumentsTab
from nap_desktop.gui.documents.viewer import DocumentViewer
from nap_desktop.services.cases import PersonalInput
from nap_desktop.services.workspace import Workspace
from nap_desktop.store import kdf


def small_pdf(text: str) -> bytes:
    out = io.BytesIO()
    page = canvas.Canvas(out)
    page.drawString(72, 720, text)
    page.showPage()
    page.save()
    return out.getvalue()


def first_page_in_viewer(data: bytes) -> None:
    """Build the viewer on ``data`` and render page 1 at its width (then close it)."""
    viewer = DocumentViewer(title="bench", media_type="application/pdf", data=data)
    document = viewer.preview.document
    points = document.pagePointSize(0)
    width = 860
    size = QSize(width, int(width * points.height() / points.width()))
    image = document.render(0, size)
    assert not image.isNull()
    viewer.done(0)
    viewer.deleteLater()


def first_page_from_buffer(data: bytes) -> None:
    """Qt PDF on a ``QBuffer`` and page 1, without the viewer's widgets."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    points = document.pagePointSize(0)
    width = 860
    assert not document.render(0, QSize(width, int(width * points.height() / points.width())))\
        .isNull()
    document.close()


def first_page_from_file(path: Path) -> None:
    document = QPdfDocument()
    document.load(str(path))
    points = document.pagePointSize(0)
    width = 860
    assert not document.render(0, QSize(width, int(width * points.height() / points.width())))\
        .isNull()
    document.close()


def _f(value: tuple[float, float]) -> str:
    return f"{value[0]:.1f} / {value[1]:.1f}"


def _ratio(a: tuple[float, float], b: tuple[float, float]) -> str:
    return f"{a[0] / b[0]:.2f}x" if b[0] else ""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--documents", type=int, default=100)
    opts = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    fast = kdf.KdfParams(memory_kib=8, iterations=1, lanes=1)  # the KDF is not measured
    kdf.MIN_KDF = fast
    with tempfile.TemporaryDirectory(prefix="nap-bench-docs-gui-") as tmp:
        folder = Path(tmp) / "vault"
        ws, _key = Workspace.create(folder, agency_name="Bench", agency_kind=AgencyKind.
                                    VICTIM_SERVICE_PROVIDER, admin_name="admin",
                                    admin_display_name="Admin",
                                    passphrase="correct horse battery staple gui", kdf=fast)
        client = ws.cases.create_client(PersonalInput(legal_name="Bench (demo)")).id
        base = base_pdf(50)
        big = padded(base, 10 * 1024 * 1024)
        doc = ws.documents.add(client_id=client, attached_type="client", attached_id=client,
                               kind="court_order", title="Order", doc_date=date(2026, 10, 1),
                               data=big).document
        plain = Path(tmp) / "plain.pdf"
        plain.write_bytes(big)
        in_vault = median_ms(lambda: first_page_in_viewer(ws.documents.open(doc.id)), opts.runs)
        in_memory = median_ms(lambda: first_page_in_viewer(big), opts.runs)
        from_file = median_ms(lambda: first_page_from_file(plain), opts.runs)
        from_buffer = median_ms(lambda: first_page_from_buffer(big), opts.runs)
        adds = max(3, opts.runs // 3)
        uploads = []
        for n in range(adds + 1):  # never the same bytes twice (that would be stored once)
            uploads.append(Path(tmp) / f"upload-{n}.pdf")
            uploads[-1].write_bytes(padded(base, 25 * 1000 * 1000 - 8192))
        queue = list(uploads)

        def add_25mb() -> None:
            ws.documents.add_file(client_id=client, attached_type="client",
                                  attached_id=client, kind="other", title="Large",
                                  doc_date=None, path=queue.pop())
        adding = median_ms(add_25mb, adds)
        reading = median_ms(uploads[0].read_bytes, adds)
        for n in range(max(0, opts.documents - 2 - adds)):
            ws.documents.add(client_id=client, attached_type="client", attached_id=client,
                             kind="receipt", title=f"Receipt {n}", doc_date=None,
                             data=small_pdf(f"Receipt {n}"))
        count = len(ws.documents.list_for_client(client))
        tab = DocumentsTab(workspace=ws)
        case = ws.cases.get_case(client)
        filling = median_ms(lambda: tab.load(case, masked=False), opts.runs)
        rows = [
            ("first page of a 50-page 10 MiB PDF: vault → viewer → page 1", _f(in_vault),
             _f(from_file), _ratio(in_vault, from_file)),
            ("  the viewer and page 1 from bytes in memory", _f(in_memory), _f(from_file),
             _ratio(in_memory, from_file)),
            ("  Qt PDF on a `QBuffer` and page 1 (no viewer widgets)", _f(from_buffer),
             _f(from_file), _ratio(from_buffer, from_file)),
            ("add a 25 MB file (`add_file`)", _f(adding), _f(reading),
             _ratio(adding, reading)),
            (f"fill the Documents tab ({count} documents)", _f(filling), "", ""),
        ]
        print(f"load {os.getloadavg()[0]:.1f}; median / max ms of {opts.runs} runs "
              f"({adds} for adding); baseline: Qt PDF from a plain file / reading the file")
        print("| measure | desktop (ms) | baseline (ms) | ratio |")
        print("|---|---:|---:|---:|")
        for row in rows:
            print("| " + " | ".join(row) + " |")
        tab.deleteLater()
        ws.close()
    del app


if __name__ == "__main__":
    main()
