"""Documents on a case (issue #14): add, list, open, save a copy, void.

One method = one user action = one transaction with its audit event. The bytes are kept
inside the vault (``store/documents.py``), checked from their content and stripped of
photo metadata before they are stored (``domain/doc_formats.py``). Audit details hold ids,
kinds, media types and sizes, never a title, a reason, a path or a file name (they may
name the survivor).
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from sqlalchemy import ColumnElement, Exists, Select, exists, func, select
from sqlalchemy.orm import Session as OrmSession

from nap_desktop.domain.doc_formats import check_document, too_large
from nap_desktop.domain.documents import (
    MAX_DOCUMENT_BYTES,
    MAX_TITLE,
    AddedDocument,
    DocumentView,
    ReleaseWithoutSignedCopy,
)
from nap_desktop.domain.enums import DocumentAttachment, DocumentKind, ReleaseStatus, Role
from nap_desktop.domain.errors import NotFound, PermissionDenied, ValidationError
from nap_desktop.domain.messages import N_, Message
from nap_desktop.domain.rules import role_at_least
from nap_desktop.services import validate as v
from nap_desktop.services.base import ServiceContext, get_or_404, new_id
from nap_desktop.services.document_views import document_query, to_view
from nap_desktop.store import documents as blobs
from nap_desktop.store import models as m
from nap_desktop.store.atomic import stage_private_file
from nap_desktop.store.types import join_set

__all__ = ["AddedDocument", "DocumentService", "DocumentView", "ReleaseWithoutSignedCopy"]

DOCUMENT_GONE = N_("That document no longer exists.")
NOT_ATTACHABLE = N_("The record to attach the document to is not on this case. Nothing was "
                    "stored.")
ALREADY_VOIDED = N_("This document is voided already.")
FROM_PARTNER = N_("This document was added by {agency}: only they can void it. Nothing was "
                  "changed.")
NOT_YOUR_CASE = N_("This case is assigned to {worker}: only they or a supervisor can void its "
                   "documents. Nothing was changed.")
CANNOT_READ = N_("The file could not be read ({reason}). Nothing was stored.")
CANNOT_WRITE = N_("The copy could not be saved there ({reason}). Nothing was written.")
CONTENT_MISSING = N_("This document's content is not in the vault yet (it may still be "
                     "arriving). Try again later.")
REASON_LIMIT = 1000

_ATTACHED_ROWS: dict[DocumentAttachment, type[m.ReleaseRow | m.ReferralRow | m.PlacementRow
                                               | m.RestitutionMatterRow]] = {
    DocumentAttachment.RELEASE: m.ReleaseRow, DocumentAttachment.REFERRAL: m.ReferralRow,
    DocumentAttachment.PLACEMENT: m.PlacementRow,
    DocumentAttachment.RESTITUTION_MATTER: m.RestitutionMatterRow,
}


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
        me = self.ctx.require(Role.CASEWORKER)
        kind_ = v.choice(DocumentKind, kind, field="kind", label=N_("Kind"))
        where = v.choice(DocumentAttachment, attached_type, field="attached",
                         label=N_("Attached to"))
        title_ = v.text(title, field="title", label=N_("Title"), required=True,
                        limit=MAX_TITLE)
        v.day(doc_date, field="doc_date", label=N_("Date"))
        checked = check_document(data, file_name)
        now = self.ctx.now()
        with self.ctx.unit_of_work() as s:
            get_or_404(s, m.ClientRow, client_id, "client")
            _check_attached(s, client_id, where, attached_id)
            cid, already = blobs.put_content(s, checked.data, now)
            row = m.DocumentRow(
                id=new_id(), created_at=now, updated_at=now, client_id=client_id,
                attached_type=where.value, attached_id=attached_id, kind=kind_.value,
                title=title_, doc_date=doc_date, media_type=checked.media_type,
                size=len(checked.data), pages=checked.pages, content_id=cid, added_by=me.id,
                metadata_removed=join_set({r.value for r in checked.removed}))
            s.add(row)
            s.flush()
            self.ctx.audit(s, "document.add", record_type="document", record_id=row.id,
                           detail=_detail(row))
            view = to_view(row, me.display_name, "")
        return AddedDocument(document=view, removed=checked.removed, already_stored=already)

    def add_file(self, *, client_id: str, attached_type: DocumentAttachment | str,
                 attached_id: str, kind: DocumentKind | str, title: str,
                 doc_date: date | None, path: Path) -> AddedDocument:
        """:meth:`add` for a file on disk: its size is checked before it is read (a file
        over 25 MB is refused without reading it)."""
        self.ctx.require(Role.CASEWORKER)
        data = read_upload(path)
        return self.add(client_id=client_id, attached_type=attached_type,
                        attached_id=attached_id, kind=kind, title=title, doc_date=doc_date,
                        data=data, file_name=path.name)

    def list_for_client(self, client_id: str, *, include_voided: bool = True
                        ) -> list[DocumentView]:
        """The case's documents, newest first (voided ones marked, or left out)."""
        with self.ctx.read() as s:
            query = document_query().where(m.DocumentRow.client_id == client_id)
            return _views(s, query, include_voided)

    def list_for(self, attached_type: DocumentAttachment | str, attached_id: str, *,
                 include_voided: bool = True) -> list[DocumentView]:
        """The documents attached to one record, newest first."""
        where = DocumentAttachment(attached_type)
        column = m.DocumentRow.client_id if where is DocumentAttachment.CLIENT \
            else m.DocumentRow.attached_id  # a case's own: by its client (merges move them)
        with self.ctx.read() as s:
            query = document_query().where(m.DocumentRow.attached_type == where.value,
                                           column == attached_id)
            return _views(s, query, include_voided)

    def get(self, document_id: str) -> DocumentView:
        """One document's view (not audited: it holds no bytes)."""
        with self.ctx.read() as s:
            found = _views(s, document_query().where(m.DocumentRow.id == document_id), True)
        if not found:
            raise NotFound(DOCUMENT_GONE)
        return found[0]

    def open(self, document_id: str) -> bytes:
        """The document's bytes, in memory, for the viewer (audited "document.open").
        Never written to disk. A voided document still opens (for the audit)."""
        self.ctx.require(Role.CASEWORKER)
        with self.ctx.unit_of_work() as s:
            row, data = _content(s, document_id)
            self.ctx.audit(s, "document.open", record_type="document", record_id=row.id)
        return data

    def save_copy(self, document_id: str, target: Path) -> None:
        """Write the bytes to ``target``: a deliberate, audited act. Atomic (a temporary
        file beside it, renamed), owner-only (0600); an existing file is replaced."""
        self.ctx.require(Role.CASEWORKER)
        if Path(target).is_dir():
            raise ValidationError(CANNOT_WRITE, field="target",
                                  reason=Message(N_("it is a folder: choose a file name")))
        staged = None
        try:
            with self.ctx.unit_of_work() as s:
                row, data = _content(s, document_id)
                try:
                    staged = stage_private_file(Path(target), data)
                except OSError as error:
                    raise ValidationError(CANNOT_WRITE, field="target",
                                          reason=_os_reason(error)) from None
                self.ctx.audit(s, "document.copy", record_type="document",
                               record_id=row.id, detail=f"{row.media_type} {row.size} bytes")
        except BaseException:
            if staged is not None:
                staged.discard()
            raise
        staged.commit()

    def void(self, document_id: str, reason: str) -> DocumentView:
        """Void with a reason (never deleted): the document stays for the audit, out of
        every export and summary. Caseworkers void documents of cases assigned to them or
        to nobody; supervisors any. A partner's document is theirs to void."""
        me = self.ctx.require(Role.CASEWORKER)
        why = v.text(reason, field="reason", label=N_("Reason"), required=True,
                     limit=REASON_LIMIT)
        with self.ctx.unit_of_work() as s:
            row = s.get(m.DocumentRow, document_id)
            if row is None:
                raise NotFound(DOCUMENT_GONE)
            if row.voided_at is not None:
                raise ValidationError(ALREADY_VOIDED, field="reason")
            if row.origin_agency_id is not None:
                agency = s.get(m.AgencyRow, row.origin_agency_id)
                raise PermissionDenied(FROM_PARTNER, agency=agency.name if agency else
                                       Message(N_("another agency")))
            client = get_or_404(s, m.ClientRow, row.client_id, "client")
            if not role_at_least(me.role, Role.SUPERVISOR) and \
                    client.assigned_user_id not in (None, me.id):
                worker = s.get(m.UserRow, client.assigned_user_id)
                raise PermissionDenied(NOT_YOUR_CASE, worker=worker.display_name if worker
                                       else Message(N_("another worker")))
            row.voided_at, row.voided_by, row.void_reason = self.ctx.now(), me.id, why
            row.revision += 1
            row.updated_at = self.ctx.now()
            self.ctx.audit(s, "document.void", record_type="document", record_id=row.id,
                           detail=row.kind)
        return self.get(document_id)

    def releases_without_signed_copy(
        self, *, limit: int | None = None
    ) -> list[ReleaseWithoutSignedCopy]:
        """Active releases (ours or confirmed) with no live "signed release" document
        attached to them, soonest expiry first (the dashboard's list): the first ``limit``
        of them (all with None; at 100k referrals there are tens of thousands)."""
        query = (
            select(m.ReleaseRow, m.ClientRow.case_number, m.AgencyRow.name)
            .join(m.ClientRow, m.ClientRow.id == m.ReleaseRow.client_id)
            .join(m.AgencyRow, m.AgencyRow.id == m.ReleaseRow.recipient_agency_id)
            .where(*_without_signed_copy(self.ctx.today()))
            .order_by(m.ReleaseRow.expires_on, m.ReleaseRow.id))
        if limit is not None:
            query = query.limit(max(0, limit))
        with self.ctx.read() as s:
            return [ReleaseWithoutSignedCopy(
                release_id=r.id, client_id=r.client_id, case_number=case, recipient_agency_id=
                r.recipient_agency_id, recipient_name=name, signed_on=r.signed_on,
                expires_on=r.expires_on) for r, case, name in s.execute(query)]

    def count_releases_without_signed_copy(self, *, most: int | None = None) -> int:
        """How many releases ``releases_without_signed_copy`` would list without a limit;
        with ``most``, counted up to that many (the dashboard: at a million referrals the
        full count took 3-8 s of every start, for a number past telling apart)."""
        found = select(m.ReleaseRow.id).where(*_without_signed_copy(self.ctx.today()))
        if most is not None:
            found = found.limit(max(0, most))
        query = select(func.count()).select_from(found.subquery())
        with self.ctx.read() as s:
            return int(s.scalar(query) or 0)

    def has_signed_copy(self, release_id: str) -> bool:
        """Whether a live "signed release" document is attached to the release (added here,
        or by the agency that recorded the release)."""
        with self.ctx.read() as s:
            return s.scalar(select(m.ReleaseRow.id).where(
                m.ReleaseRow.id == release_id, _signed_copy())) is not None


def _without_signed_copy(today: date) -> list[ColumnElement[bool]]:
    """Active, unexpired releases (ours or confirmed) without a signed copy."""
    return [
        m.ReleaseRow.status == ReleaseStatus.ACTIVE.value,
        m.ReleaseRow.expires_on >= today,
        m.ReleaseRow.recorded_by_agency_id.is_(None) | m.ReleaseRow.confirmed_by.is_not(None),
        ~_signed_copy()]


def _signed_copy() -> Exists:
    """A live "signed release" document on the release (``ReleaseRow`` of the enclosing
    query): one added here, or one from the agency that recorded the release. A partner's
    scan never marks OUR release signed."""
    return exists().where(
        m.DocumentRow.attached_type == DocumentAttachment.RELEASE.value,
        m.DocumentRow.attached_id == m.ReleaseRow.id,
        m.DocumentRow.kind == DocumentKind.SIGNED_RELEASE.value,
        m.DocumentRow.voided_at.is_(None),
        m.DocumentRow.origin_agency_id.is_(None)
        | (m.DocumentRow.origin_agency_id == m.ReleaseRow.recorded_by_agency_id))


def read_upload(path: Path) -> bytes:
    """A file's bytes, refusing one over the cap before reading it (and one that grows
    while it is read: at most the cap plus one byte is ever read)."""
    try:
        size = os.stat(path).st_size
        if size > MAX_DOCUMENT_BYTES:
            raise too_large(size)
        with open(path, "rb") as handle:
            data = handle.read(MAX_DOCUMENT_BYTES + 1)
    except OSError as error:
        raise ValidationError(CANNOT_READ, field="data", reason=_os_reason(error)) from None
    if len(data) > MAX_DOCUMENT_BYTES:
        raise too_large(len(data))
    return data


def _os_reason(error: OSError) -> str:
    """The OS's words for a failure, without the path (it may name the survivor)."""
    return error.strerror or type(error).__name__


def _detail(row: m.DocumentRow) -> str:
    removed = f"; removed {row.metadata_removed}" if row.metadata_removed else ""
    return f"{row.kind} {row.media_type} {row.size} bytes{removed}"


def _check_attached(s: OrmSession, client_id: str, where: DocumentAttachment,
                    attached_id: str) -> None:
    if where is DocumentAttachment.CLIENT:
        ok = attached_id == client_id
    else:
        model = _ATTACHED_ROWS[where]
        found = s.scalar(select(model.client_id).where(model.id == attached_id))
        ok = found == client_id
    if not ok:
        raise ValidationError(NOT_ATTACHABLE, field="attached")


def _content(s: OrmSession, document_id: str) -> tuple[m.DocumentRow, bytes]:
    row = s.get(m.DocumentRow, document_id)
    if row is None:
        raise NotFound(DOCUMENT_GONE)
    try:
        return row, blobs.read_content(s, row.content_id)
    except blobs.ContentMissing:
        raise NotFound(CONTENT_MISSING) from None


def _views(s: OrmSession, query: Select[m.DocumentRow, str, str], include_voided: bool
           ) -> list[DocumentView]:
    if not include_voided:
        query = query.where(m.DocumentRow.voided_at.is_(None))
    query = query.order_by(m.DocumentRow.created_at.desc(), m.DocumentRow.id)
    return [to_view(row, user or "", agency or "") for row, user, agency in s.execute(query)]
