"""Documents on a case (issue #14): add, list, open, save a copy, void.

One method = one user action = one transaction with its audit event. The bytes are kept
inside the vault (``store/documents.py``), checked from their content and stripped of
photo metadata before they are stored (``domain/doc_formats.py``). Audit details hold ids,
kinds, media types and sizes, never a title, a reason or a file name (they may name the
survivor).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from nap_desktop.domain.documents import (
    AddedDocument,
    DocumentView,
    ReleaseWithoutSignedCopy,
)
from nap_desktop.domain.enums import DocumentAttachment, DocumentKind
from nap_desktop.services.base import ServiceContext

__all__ = ["AddedDocument", "DocumentService", "DocumentView", "ReleaseWithoutSignedCopy"]


class DocumentService:
    """Reached as ``Workspace.documents``."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def add(self, *, client_id: str, attached_type: DocumentAttachment | str,
            attached_id: str, kind: DocumentKind | str, title: str, doc_date: date | None,
            data: bytes, file_name: str = "") -> AddedDocument:
        """Check ``data`` from its content (PDF, PNG or JPEG, at most 25 MB), strip a
        photo's metadata (EXIF GPS, serials, XMP, comments), store it once in the vault
        and attach it to the record. ``file_name`` is only used in messages; it is never
        stored. Raises :class:`ValidationError` (field "data", "kind", "title",
        "doc_date", "attached") with a specific message and stores nothing."""
        raise NotImplementedError

    def add_file(self, *, client_id: str, attached_type: DocumentAttachment | str,
                 attached_id: str, kind: DocumentKind | str, title: str,
                 doc_date: date | None, path: Path) -> AddedDocument:
        """:meth:`add` for a file on disk: its size is checked before it is read (a file
        over 25 MB is refused without reading it)."""
        raise NotImplementedError

    def list_for_client(self, client_id: str, *, include_voided: bool = True
                        ) -> list[DocumentView]:
        """The case's documents, newest first (voided ones marked, or left out)."""
        raise NotImplementedError

    def list_for(self, attached_type: DocumentAttachment | str, attached_id: str, *,
                 include_voided: bool = True) -> list[DocumentView]:
        """The documents attached to one record, newest first."""
        raise NotImplementedError

    def get(self, document_id: str) -> DocumentView:
        """One document's view (not audited: it holds no bytes)."""
        raise NotImplementedError

    def open(self, document_id: str) -> bytes:
        """The document's bytes, in memory, for the viewer (audited "document opened").
        Never written to disk. A voided document still opens (for the audit)."""
        raise NotImplementedError

    def save_copy(self, document_id: str, target: Path) -> None:
        """Write the bytes to ``target``: a deliberate, audited act. Atomic (a temporary
        file beside it, renamed), owner-only (0600); an existing file is replaced."""
        raise NotImplementedError

    def void(self, document_id: str, reason: str) -> DocumentView:
        """Void with a reason (never deleted): the document stays for the audit, out of
        every export and summary. Caseworkers void documents of cases assigned to them or
        to nobody; supervisors any. A partner's document is theirs to void."""
        raise NotImplementedError

    def releases_without_signed_copy(self) -> list[ReleaseWithoutSignedCopy]:
        """Active releases (ours or confirmed) with no live "signed release" document
        attached to them, soonest expiry first (the dashboard's list)."""
        raise NotImplementedError

    def has_signed_copy(self, release_id: str) -> bool:
        """Whether a live "signed release" document is attached to the release."""
        raise NotImplementedError
