"""Documents (issue #14): 100 documents of 10 MB on one case, in a real encrypted vault.

    PYTHONPATH=. .venv/bin/python bench/bench_documents.py [--documents 100] [--mib 10] [--runs 15]

Qt-free (the desktop's first paint of a page is ``bench_gui``'s, measured by the GUI side).
Times, medians over ``--runs`` after one warm-up, in one process:

* adding one document (content checks, keyed id, 1 MiB chunks into SQLCipher, audit);
* opening the case (``cases.get_case``) with 100 documents, against a case without any
  (the baseline, same vault, same run);
* the case's document list (``documents.list_for_client``);
* the first page of a 50-page, 10 MB PDF: ``documents.open`` (the bytes out of the vault,
  audited) then pypdf parsing the file and extracting page 1's text, against the same
  bytes read from a plain file on disk and parsed the same way (the baseline);
* vault growth: the database file after a checkpoint, before and after, against the sum of
  the documents' sizes.

Each document is a 50-page PDF (reportlab) made 10 MB by a random attachment (pypdf), so
that no two are alike and nothing compresses.
"""

from __future__ import annotations

import argparse
import io
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pypdf import PdfReader, PdfWriter
from reportlab.pdfgen import canvas

from nap_desktop.domain.enums import AgencyKind
from nap_desktop.services.cases import PersonalInput
from nap_desktop.services.workspace import Workspace
from nap_desktop.store import kdf
from nap_desktop.store.vault_files import DB_FILE


def median_ms(fn: Callable[[], object], runs: int) -> tuple[float, float]:
    """(median, max) milliseconds over ``runs`` after one warm-up."""
    fn()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), max(times)


def base_pdf(pages: int = 50) -> bytes:
    out = io.BytesIO()
    page = canvas.Canvas(out)
    for n in range(pages):
        page.drawString(72, 720, f"Restitution order, page {n + 1} of {pages}")
        page.showPage()
    page.save()
    return out.getvalue()


def padded(base: bytes, size: int) -> bytes:
    """``base`` with a random attachment: a valid PDF of about ``size`` bytes."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(base)))
    writer.add_attachment("scan-data.bin", os.urandom(max(0, size - len(base) - 4096)))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def first_page(data: bytes) -> str:
    return PdfReader(io.BytesIO(data)).pages[0].extract_text()


def db_bytes(folder: Path, ws: Workspace) -> int:
    """The database's size as SQLite counts it (pages in use, WAL included), and on disk."""
    with ws.unlocked.engine.connect() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar() or 0
        page_size = conn.exec_driver_sql("PRAGMA page_size").scalar() or 0
    return int(pages) * int(page_size)


def disk_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.iterdir() if p.name.startswith(DB_FILE))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--documents", type=int, default=100)
    parser.add_argument("--mib", type=int, default=10)
    parser.add_argument("--runs", type=int, default=15)
    opts = parser.parse_args()
    size = opts.mib * 1024 * 1024
    fast = kdf.KdfParams(memory_kib=8, iterations=1, lanes=1)  # the KDF is not measured
    kdf.MIN_KDF = fast
    with tempfile.TemporaryDirectory(prefix="nap-bench-docs-") as tmp:
        folder = Path(tmp) / "vault"
        ws, _key = Workspace.create(folder, agency_name="Bench", agency_kind=AgencyKind.
                                    VICTIM_SERVICE_PROVIDER, admin_name="admin",
                                    admin_display_name="Admin",
                                    passphrase="correct horse battery staple docs", kdf=fast)
        case = ws.cases.create_client(PersonalInput(legal_name="Bench (demo)")).id
        empty = ws.cases.create_client(PersonalInput(legal_name="Baseline (demo)")).id
        base = base_pdf()
        before = db_bytes(folder, ws)
        added, total, adding = [], 0, []
        for n in range(opts.documents):
            data = padded(base, size)
            total += len(data)
            start = time.perf_counter()
            added.append(ws.documents.add(
                client_id=case, attached_type="client", attached_id=case,
                kind="restitution_order", title=f"Order {n + 1}", doc_date=date(2026, 10, 1),
                data=data).document)
            adding.append((time.perf_counter() - start) * 1000)
        growth = db_bytes(folder, ws) - before
        on_disk = disk_bytes(folder)
        sample = ws.documents.open(added[0].id)
        plain = Path(tmp) / "plain.pdf"
        plain.write_bytes(sample)
        rows: list[tuple[str, str, str, str]] = [
            (f"add one {opts.mib} MiB document",
             f"{statistics.median(adding):.1f} / {max(adding):.1f}", "", ""),
        ]
        case_open = median_ms(lambda: ws.cases.get_case(case), opts.runs)
        base_open = median_ms(lambda: ws.cases.get_case(empty), opts.runs)
        listing = median_ms(lambda: ws.documents.list_for_client(case), opts.runs)
        base_list = median_ms(lambda: ws.documents.list_for_client(empty), opts.runs)
        opened = median_ms(lambda: ws.documents.open(added[0].id), opts.runs)
        page = median_ms(lambda: first_page(ws.documents.open(added[0].id)), opts.runs)
        base_page = median_ms(lambda: first_page(plain.read_bytes()), opts.runs)
        rows += [
            (f"open the case ({opts.documents} documents)", _f(case_open), _f(base_open),
             _ratio(case_open, base_open)),
            ("document list", _f(listing), _f(base_list), _ratio(listing, base_list)),
            (f"a {opts.mib} MiB document's bytes (`documents.open`)", _f(opened), "", ""),
            ("first page of the 50-page PDF (open + pypdf)", _f(page), _f(base_page),
             _ratio(page, base_page)),
        ]
        print(f"{opts.documents} documents of {opts.mib} MiB, median / max of {opts.runs} "
              f"runs, load {os.getloadavg()[0]:.1f}\n")
        print("| measure | documents (ms) | baseline (ms) | ratio |\n|---|---:|---:|---:|")
        for row in rows:
            print("| " + " | ".join(row) + " |")
        print(f"\nvault growth {growth / 1e6:.1f} MB for {total / 1e6:.1f} MB of documents "
              f"({growth / total:.3f}x); database files on disk {on_disk / 1e6:.1f} MB")
        ws.lock()


def _f(value: tuple[float, float]) -> str:
    return f"{value[0]:.1f} / {value[1]:.1f}"


def _ratio(a: tuple[float, float], b: tuple[float, float]) -> str:
    return f"{a[0] / b[0]:.2f}x" if b[0] else ""


if __name__ == "__main__":
    main()
