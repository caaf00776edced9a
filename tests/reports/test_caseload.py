"""The caseload report PDF, read back with pypdf."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from typing import Any

from nap_desktop.domain.entities import CaseloadRow
from nap_desktop.domain.enums import ReferralStatus
from nap_desktop.reports import CaseloadResult, render_caseload_report
from nap_desktop.reports.caseload import due_label
from tests.reports import factories as f
from tests.reports.pdftext import all_text, page_texts, reader

HEADER = "Case number Client Status Next due Due Partner Worker"


def render(rows: list[CaseloadRow], **kw: Any) -> CaseloadResult:
    return render_caseload_report(rows, title_filter=kw.pop("title_filter", "Worker: Marcus"),
                                  generated_by="Sofia Demo-Ramírez",
                                  agency_name="Harborview Survivor Services (demo)",
                                  now=f.NOW, today=f.TODAY, **kw)


def not_overdue(rows: list[CaseloadRow]) -> list[CaseloadRow]:
    return [replace(r, next_due=f.TODAY + timedelta(days=5)) for r in rows]


def test_header_row_repeats_on_every_page_of_the_table() -> None:
    result = render(not_overdue(f.caseload_rows(200)))
    texts = page_texts(result.pdf)
    assert len(texts) >= 3
    assert result.pages == len(texts) == len(reader(result.pdf).pages)
    first = next(i for i, text in enumerate(texts) if HEADER in text)
    assert first <= 1
    assert len(texts) - first >= 3  # the table runs over three pages or more
    for number, text in enumerate(texts, start=1):
        if number > first:
            assert HEADER in text, f"no header row on page {number}"
        assert f"Page {number} of {len(texts)}" in text
        assert "CONFIDENTIAL" in text
    assert HEADER in texts[1]
    assert "NAP-2026-00199" in texts[-1]


def test_counts_by_status_and_overdue_items() -> None:
    rows = f.caseload_rows(12)
    result = render(rows)
    text = all_text(result.pdf)
    overdue = [r for r in rows if r.next_due is not None and r.next_due < f.TODAY]
    assert result.overdue_count == len(overdue) > 0
    assert result.row_count == 12
    assert result.counts_by_status == {"draft": 2, "sent": 2, "received": 2, "accepted": 1,
                                       "declined": 1, "in_progress": 1, "completed": 1,
                                       "withdrawn": 1, "expired": 1}
    assert "Draft 2" in text and "In progress 1" in text and "Total 12" in text
    assert f"Overdue items {len(overdue)}" in text
    assert "Overdue items (due before 2026-11-23)" in text
    for r in overdue:
        assert f"{r.next_due.isoformat()} (overdue)" in text  # type: ignore[union-attr]
    assert "Filter Worker: Marcus" in text
    assert "Sentencing hearing" in text and "Housing exit due" in text


def test_no_overdue_and_no_rows() -> None:
    text = all_text(render(not_overdue(f.caseload_rows(3))).pdf)
    assert "No overdue items." in text
    empty = render([], title_filter="")
    text = all_text(empty.pdf)
    assert "No referrals match this filter." in text
    assert "All referrals" in text
    assert empty.pages == 1


def test_spanish_and_other_scripts() -> None:
    rows = [replace(r, client_name=name) for r, name in
            zip(f.caseload_rows(2), ["王秀英", "Nguyễn Thị Hương"], strict=True)]
    text = all_text(render(rows, lang="es").pdf)
    for expected in ("Informe de casos", "Derivaciones por estado", "N.º de caso",
                     "CONFIDENCIAL", "Página 1 de 1", "王秀英", "Nguyễn Thị Hương", "Borrador"):
        assert expected in text


def test_rows_print_as_given_and_landscape() -> None:
    result = render(f.caseload_rows(2))
    page = reader(result.pdf).pages[0]
    assert float(page.mediabox.width) > float(page.mediabox.height)
    assert "Client Demo 1" in all_text(result.pdf)


def test_due_labels() -> None:
    assert due_label("en", "step:sentencing") == "Sentencing hearing"
    assert due_label("es", "housing_exit") == "Salida de vivienda pendiente"
    assert due_label("en", "step:unknown") == "step:unknown"
    assert due_label("en", "") == "—"


def test_status_counts_follow_enum_order() -> None:
    rows = [replace(r, status=ReferralStatus.SENT) for r in f.caseload_rows(3)]
    rows.append(replace(rows[0], status=ReferralStatus.DRAFT))
    assert list(render(rows).counts_by_status) == ["draft", "sent"]
