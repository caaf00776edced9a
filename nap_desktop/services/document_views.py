"""Document rows as the plain views the faces get (``domain/documents.py``)."""

from __future__ import annotations

from sqlalchemy import Select, select

from nap_desktop.domain.documents import DocumentView
from nap_desktop.domain.enums import DocumentAttachment, DocumentKind, RemovedMetadata
from nap_desktop.store import models as m
from nap_desktop.store.types import split_set


def document_query() -> Select[m.DocumentRow, str, str]:
    """Documents with who added them: (row, user's display name, origin agency's name)."""
    return (select(m.DocumentRow, m.UserRow.display_name, m.AgencyRow.name)
            .outerjoin(m.UserRow, m.UserRow.id == m.DocumentRow.added_by)
            .outerjoin(m.AgencyRow, m.AgencyRow.id == m.DocumentRow.origin_agency_id))


def to_view(row: m.DocumentRow, user_name: str, agency_name: str) -> DocumentView:
    """The view of one row; ``added_by_name`` is the user's, else the partner's name."""
    return DocumentView(
        id=row.id, client_id=row.client_id,
        attached_type=DocumentAttachment(row.attached_type),
        # a case's own document names its client as it is now (after a merge too)
        attached_id=row.client_id if row.attached_type == "client" else row.attached_id,
        kind=DocumentKind(row.kind), title=row.title, doc_date=row.doc_date,
        media_type=row.media_type, size=row.size, pages=row.pages, added_by=row.added_by,
        added_by_name=user_name or agency_name, added_at=row.created_at,
        metadata_removed=tuple(RemovedMetadata(c) for c in split_set(row.metadata_removed)
                               if c in RemovedMetadata.__members__.values()),
        voided_at=row.voided_at, void_reason=row.void_reason,
        origin_agency_id=row.origin_agency_id)
