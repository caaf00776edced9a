"""The partner PDF summary lists the documents that may be shared (kind, date, title),
never a withheld one (issue #14)."""

from __future__ import annotations

from datetime import date

from nap_desktop.domain.documents import DocumentView
from nap_desktop.domain.enums import DocumentAttachment, DocumentKind, InfoCategory
from nap_desktop.reports.redaction import Audience
from tests.reports import factories as f
from tests.reports.pdftext import all_text, assert_absent
from tests.reports.test_summary import render

IC = InfoCategory


def doc(kind: DocumentKind, title: str, *, voided: bool = False,
        attached: DocumentAttachment = DocumentAttachment.CLIENT) -> DocumentView:
    return DocumentView(
        id=title, client_id=f.CLIENT_ID, attached_type=attached, attached_id=f.CLIENT_ID,
        kind=kind, title=title, doc_date=date(2026, 9, 14), media_type="application/pdf",
        size=1000, pages=1, added_by=None, added_by_name="Ana", added_at=f.NOW,
        voided_at=f.NOW if voided else None)


DOCS = [doc(DocumentKind.T_VISA, "I-914 approval notice"),
        doc(DocumentKind.PHOTO, "Photo of injuries Zed"),
        doc(DocumentKind.COURT_ORDER, "Voided order Zed", voided=True),
        doc(DocumentKind.LEASE, "Lease Zed", attached=DocumentAttachment.PLACEMENT)]


def test_a_partner_sees_only_what_its_release_covers() -> None:
    case = f.make_case(releases=[f.release(categories=frozenset({IC.IDENTITY, IC.IMMIGRATION}))])
    result = render(case, documents=DOCS)
    text = all_text(result.pdf)
    assert "Documents on file" in text
    assert "T visa document" in text and "I-914 approval notice" in text
    assert "09/14/2026" in text or "2026-09-14" in text
    for secret in ("Photo of injuries", "Voided order", "Lease Zed"):
        assert_absent(result.pdf, secret)


def test_without_a_release_no_document_is_named() -> None:
    result = render(f.make_case(releases=[]), documents=DOCS)
    assert "Documents on file" not in all_text(result.pdf)  # not even an empty section
    for secret in ("I-914", "Photo of injuries", "Lease Zed"):
        assert_absent(result.pdf, secret)


def test_internal_use_lists_every_live_document() -> None:
    text = all_text(render(f.make_case(), Audience.internal(), documents=DOCS).pdf)
    assert "I-914 approval notice" in text and "Photo of injuries Zed" in text
    assert "Lease Zed" in text and "Voided order" not in text
