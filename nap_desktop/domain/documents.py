"""Documents on a case (issue #14): the plain views the services return, and the limits.

A document is kept inside the vault (``store/documents.py``: chunks in SQLCipher); the
faces see it only through these views and :class:`~nap_desktop.services.documents.
DocumentService`. Viewing never writes the bytes anywhere: ``open`` returns them in memory.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from nap_desktop.domain.enums import DocumentAttachment, DocumentKind, RemovedMetadata

#: The largest document accepted (25 MB, checked before the whole file is read).
MAX_DOCUMENT_BYTES = 25 * 1000 * 1000
#: The longest title.
MAX_TITLE = 200
#: The media types a document may have (decided from its bytes, never its name).
PDF = "application/pdf"
PNG = "image/png"
JPEG = "image/jpeg"
MEDIA_TYPES: tuple[str, ...] = (PDF, PNG, JPEG)


@dataclass(frozen=True, slots=True, kw_only=True)
class DocumentView:
    """One document as a list or a viewer shows it (never its bytes)."""

    id: str
    client_id: str
    attached_type: DocumentAttachment
    attached_id: str
    kind: DocumentKind
    title: str
    doc_date: date | None
    media_type: str  #: application/pdf, image/png or image/jpeg (from the content)
    size: int  #: bytes, as stored (after metadata was stripped)
    pages: int  #: a PDF's page count; 1 for an image
    added_by: str | None  #: user id (None: received from a partner)
    added_by_name: str  #: the user's display name, or the partner agency's name
    added_at: datetime
    metadata_removed: tuple[RemovedMetadata, ...] = ()
    voided_at: datetime | None = None
    void_reason: str = ""
    origin_agency_id: str | None = None  #: the partner it came from (None: added here)

    @property
    def voided(self) -> bool:
        return self.voided_at is not None


@dataclass(frozen=True, slots=True, kw_only=True)
class AddedDocument:
    """What :meth:`DocumentService.add` did: the new document, what metadata it stripped
    (tell the user), and whether the same bytes were already in the vault (stored once)."""

    document: DocumentView
    removed: tuple[RemovedMetadata, ...] = ()
    already_stored: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class ReleaseWithoutSignedCopy:
    """An active release of information with no (live) signed-release document attached."""

    release_id: str
    client_id: str
    case_number: str
    recipient_agency_id: str
    recipient_name: str
    signed_on: date | None
    expires_on: date


@dataclass(frozen=True, slots=True, kw_only=True)
class CheckedContent:
    """Bytes that passed the content checks, with metadata stripped (``domain.doc_formats``)."""

    data: bytes
    media_type: str
    pages: int = 1
    removed: tuple[RemovedMetadata, ...] = field(default=())
