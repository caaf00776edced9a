"""Documents on a case (issue #14): stored once in the vault, opened and copied with an
audit trail, voided with a reason, never deleted; bad input stores nothing."""

from __future__ import annotations

import stat
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from nap_desktop.domain.enums import DocumentKind, InfoCategory, Role
from nap_desktop.domain.enums import RemovedMetadata as Removed
from nap_desktop.domain.errors import NotFound, PermissionDenied, ValidationError
from nap_desktop.services import documents as docs_module
from nap_desktop.services.base import new_id
from nap_desktop.services.cases import PersonalInput
from nap_desktop.services.documents import DocumentService
from nap_desktop.store import documents as blobs
from nap_desktop.store import models as m
from tests import doc_samples as samples
from tests.services.conftest import Services

C = samples.CANARY.encode()


@pytest.fixture
def docs(svc: Services) -> DocumentService:
    return DocumentService(svc.ctx)


def _client(svc: Services) -> str:
    return svc.cases.create_client(PersonalInput(legal_name="Ana Example")).id


def _add(docs: DocumentService, client: str, data: bytes, **kw: object) -> object:
    args: dict[str, object] = dict(client_id=client, attached_type="client", attached_id=client,
                                   kind="court_order", title="Order", doc_date=date(2026, 10, 1),
                                   data=data, file_name="x.pdf")
    args.update(kw)
    return docs.add(**args)  # type: ignore[arg-type]


def _count(svc: Services, model: type[object]) -> int:
    with svc.ctx.read() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def _audits(svc: Services, action: str) -> list[m.AuditRow]:
    with svc.ctx.read() as s:
        return list(s.scalars(select(m.AuditRow).where(m.AuditRow.action == action)))


def test_add_lists_and_opens_the_same_bytes(svc: Services, docs: DocumentService) -> None:
    client = _client(svc)
    data = samples.pdf(pages=2)
    added = docs.add(client_id=client, attached_type="client", attached_id=client,
                     kind="t_visa", title="I-914 approval", doc_date=date(2026, 9, 1),
                     data=data, file_name="approval.pdf")
    view = added.document
    assert (view.kind, view.media_type, view.pages, view.size) == (
        DocumentKind.T_VISA, "application/pdf", 2, len(data))
    assert view.added_by_name == "Ana" and not added.removed and not added.already_stored
    assert [d.id for d in docs.list_for_client(client)] == [view.id]
    assert docs.open(view.id) == data
    opened = _audits(svc, "document.open")
    assert [a.record_id for a in opened] == [view.id]
    added_event = _audits(svc, "document.add")[0]
    assert "I-914" not in added_event.detail and "approval" not in added_event.detail


def test_large_documents_are_stored_in_chunks_of_one_mebibyte(svc: Services,
                                                               docs: DocumentService) -> None:
    client = _client(svc)
    data = samples.pdf(text="x" * 2000, pages=1200)
    assert len(data) > 2 * blobs.CHUNK_BYTES
    view = _add(docs, client, data).document  # type: ignore[attr-defined]
    with svc.ctx.read() as s:
        sizes = list(s.scalars(select(func.length(m.DocumentChunkRow.data))
                               .order_by(m.DocumentChunkRow.n)))
    assert len(sizes) == -(-len(data) // blobs.CHUNK_BYTES)
    assert max(sizes) == blobs.CHUNK_BYTES and sum(sizes) == len(data)
    assert docs.open(view.id) == data


def test_the_same_file_twice_is_stored_once(svc: Services, docs: DocumentService) -> None:
    one, two = _client(svc), _client(svc)
    data = samples.pdf()
    first = _add(docs, one, data)
    second = _add(docs, two, data, kind="other")
    assert second.already_stored and not first.already_stored  # type: ignore[attr-defined]
    assert _count(svc, m.DocumentRow) == 2 and _count(svc, m.DocumentContentRow) == 1


def test_the_content_id_is_keyed_not_a_plain_hash(svc: Services, docs: DocumentService) -> None:
    import hashlib

    client = _client(svc)
    data = samples.pdf()
    _add(docs, client, data)
    with svc.ctx.read() as s:
        cid = s.scalar(select(m.DocumentContentRow.content_id))
    assert cid is not None and cid != hashlib.sha256(data).hexdigest()


def test_photo_metadata_is_stripped_and_reported(svc: Services, docs: DocumentService) -> None:
    client = _client(svc)
    added = _add(docs, client, samples.jpeg(), kind="photo", file_name="IMG_0001.JPG")
    assert {Removed.GPS, Removed.CAMERA_SERIAL} <= set(added.removed)  # type: ignore[attr-defined]
    view = added.document  # type: ignore[attr-defined]
    assert Removed.GPS in view.metadata_removed
    assert C not in docs.open(view.id)


@pytest.mark.parametrize(("data", "name", "says"), [
    (b"%PDF-1.7\nnot really", "order.pdf", "PDF is damaged"),
    (b"MZ\x90\x00 an executable", "order.pdf", "named like a PDF"),
    (b"plain text", "notes.txt", "not a PDF, PNG or JPEG"),
    (samples.jpeg()[:300], "photo.jpg", "JPEG image is damaged"),
    (samples.png()[:-20], "photo.png", "PNG image is damaged"),
])
def test_bad_input_stores_nothing(svc: Services, docs: DocumentService, data: bytes,
                                  name: str, says: str) -> None:
    client = _client(svc)
    with pytest.raises(ValidationError) as caught:
        _add(docs, client, data, file_name=name)
    assert says in caught.value.message
    assert (_count(svc, m.DocumentRow), _count(svc, m.DocumentContentRow),
            _count(svc, m.DocumentChunkRow)) == (0, 0, 0)
    assert not _audits(svc, "document.add")


def test_a_file_over_the_cap_is_refused_before_it_is_read(
        svc: Services, docs: DocumentService, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    client = _client(svc)
    big = tmp_path / "scan.pdf"
    with open(big, "wb") as handle:
        handle.truncate(26 * 1000 * 1000)  # sparse: nothing to read cheaply either way

    def never(*_a: object, **_k: object) -> object:
        raise AssertionError("the file was opened")

    monkeypatch.setattr(docs_module, "open", never, raising=False)
    with pytest.raises(ValidationError, match=r"26\.0 MB: a document can be at most 25 MB"):
        docs.add_file(client_id=client, attached_type="client", attached_id=client,
                      kind="other", title="Scan", doc_date=None, path=big)
    assert _count(svc, m.DocumentRow) == 0


def test_add_file_reads_a_file_and_names_no_path_in_errors(
        svc: Services, docs: DocumentService, tmp_path: Path) -> None:
    client = _client(svc)
    good = tmp_path / "Maria Lopez order.pdf"
    good.write_bytes(samples.pdf())
    view = docs.add_file(client_id=client, attached_type="client", attached_id=client,
                         kind="court_order", title="Order", doc_date=None, path=good).document
    assert docs.open(view.id) == good.read_bytes()
    with pytest.raises(ValidationError) as caught:
        docs.add_file(client_id=client, attached_type="client", attached_id=client,
                      kind="court_order", title="Order", doc_date=None,
                      path=tmp_path / "Maria Lopez missing.pdf")
    assert "Maria" not in caught.value.message


def test_a_document_attaches_only_to_a_record_of_its_case(svc: Services,
                                                          docs: DocumentService) -> None:
    one, two = _client(svc), _client(svc)
    release = svc.releases.create(client_id=two, recipient_agency_id=svc.partner_id,
                                  categories=[InfoCategory.IDENTITY], purpose="Housing",
                                  expires_on=date(2027, 1, 1), signed_on=date(2026, 11, 1))
    for where, target in (("release", release.id), ("client", two), ("referral", new_id())):
        with pytest.raises(ValidationError) as caught:
            _add(docs, one, samples.pdf(), attached_type=where, attached_id=target)
        assert caught.value.field == "attached"
    with pytest.raises(ValidationError):
        _add(docs, one, samples.pdf(), kind="selfie")
    with pytest.raises(ValidationError):
        _add(docs, one, samples.pdf(), title="  ")
    assert _count(svc, m.DocumentRow) == 0


def test_save_a_copy_is_owner_only_atomic_and_audited(svc: Services, docs: DocumentService,
                                                      tmp_path: Path) -> None:
    client = _client(svc)
    data = samples.pdf()
    view = _add(docs, client, data).document  # type: ignore[attr-defined]
    out = tmp_path / "out"
    out.mkdir()
    target = out / "copy.pdf"
    target.write_bytes(b"old")
    docs.save_copy(view.id, target)
    assert target.read_bytes() == data
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in out.iterdir()] == ["copy.pdf"]  # no temporary left
    event = _audits(svc, "document.copy")[0]
    assert event.record_id == view.id and "copy.pdf" not in event.detail
    with pytest.raises(ValidationError, match="could not be saved"):
        docs.save_copy(view.id, tmp_path / "no such folder" / "copy.pdf")
    with pytest.raises(ValidationError, match="it is a folder"):
        docs.save_copy(view.id, out)
    assert len(_audits(svc, "document.copy")) == 1


def test_void_keeps_the_document_with_its_reason(svc: Services, docs: DocumentService) -> None:
    client = _client(svc)
    view = _add(docs, client, samples.pdf()).document  # type: ignore[attr-defined]
    with pytest.raises(ValidationError):
        docs.void(view.id, "   ")
    voided = docs.void(view.id, "Wrong case: belongs to another survivor")
    assert voided.voided and voided.void_reason.startswith("Wrong case")
    assert [d.voided for d in docs.list_for_client(client)] == [True]
    assert docs.list_for_client(client, include_voided=False) == []
    assert docs.open(view.id)  # still there for the audit
    assert "Wrong" not in _audits(svc, "document.void")[0].detail
    with pytest.raises(ValidationError, match="voided already"):
        docs.void(view.id, "again")
    with pytest.raises(NotFound):
        docs.void(new_id(), "gone")


def test_only_the_assigned_worker_or_a_supervisor_voids(svc: Services,
                                                       docs: DocumentService) -> None:
    with svc.ctx.unit_of_work() as s:
        svc.users["luis"] = new_id()
        s.add(m.UserRow(id=svc.users["luis"], name="luis", display_name="Luis Ortega",
                        role=Role.CASEWORKER.value, active=True, created_at=svc.clock()))
    client = svc.cases.create_client(PersonalInput(legal_name="Ana Example"),
                                     assigned_user_id=svc.users["ana"]).id
    view = _add(docs, client, samples.pdf()).document  # type: ignore[attr-defined]
    svc.act_as("luis")
    with pytest.raises(PermissionDenied, match="assigned to Ana"):
        docs.void(view.id, "duplicate")
    svc.act_as("sofia")
    assert docs.void(view.id, "duplicate").voided


def test_releases_without_a_signed_copy(svc: Services, docs: DocumentService) -> None:
    client = _client(svc)

    def release(expires: date) -> str:
        return svc.releases.create(client_id=client, recipient_agency_id=svc.partner_id,
                                   categories=[InfoCategory.IDENTITY], purpose="Housing",
                                   expires_on=expires, signed_on=date(2026, 11, 1)).id

    later, sooner = release(date(2027, 3, 1)), release(date(2027, 1, 1))
    svc.releases.create(client_id=client, recipient_agency_id=svc.partner_id,
                        categories=[InfoCategory.IDENTITY], purpose="Draft",
                        expires_on=date(2027, 1, 1))  # a draft is not listed
    missing = docs.releases_without_signed_copy()
    assert [r.release_id for r in missing] == [sooner, later]
    # The dashboard asks for the first few and for how many there are.
    assert [r.release_id for r in docs.releases_without_signed_copy(limit=1)] == [sooner]
    assert docs.count_releases_without_signed_copy() == 2
    assert docs.count_releases_without_signed_copy(most=1) == 1  # counted up to one
    assert docs.count_releases_without_signed_copy(most=5) == 2
    assert missing[0].recipient_name == "HSI Demo"
    scan = _add(docs, client, samples.pdf(), kind="signed_release", attached_type="release",
                attached_id=sooner).document  # type: ignore[attr-defined]
    _add(docs, client, samples.pdf("other"), kind="court_order", attached_type="release",
         attached_id=later)  # another kind does not count
    assert docs.has_signed_copy(sooner) and not docs.has_signed_copy(later)
    assert [r.release_id for r in docs.releases_without_signed_copy()] == [later]
    docs.void(scan.id, "Unreadable scan")
    assert [r.release_id for r in docs.releases_without_signed_copy()] == [sooner, later]
    svc.clock.advance(days=(date(2027, 2, 1) - date(2026, 11, 23)).days)
    assert [r.release_id for r in docs.releases_without_signed_copy()] == [later]
    assert docs.count_releases_without_signed_copy() == 1


def test_a_merge_moves_the_documents_and_undo_brings_them_back(
        svc: Services, docs: DocumentService) -> None:
    from nap_desktop.services.merges import MergeService

    keep, other = _client(svc), _client(svc)
    view = _add(docs, other, samples.pdf()).document  # type: ignore[attr-defined]
    svc.act_as("sofia")
    merges = MergeService(svc.ctx)
    record = merges.merge(keep, other, reason="same person")
    [moved] = docs.list_for_client(keep)
    assert (moved.id, moved.attached_id) == (view.id, keep)
    assert [d.id for d in docs.list_for("client", keep)] == [view.id]
    merges.unmerge(record.id)
    assert docs.list_for_client(keep) == [] and docs.get(view.id).attached_id == other
