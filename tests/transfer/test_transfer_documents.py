"""Documents in transfer packages (format version 2, issue #14): only what an active
release to the partner covers, checked all or nothing on import, idempotent; and what a
partner holding valid keys can forge is refused with the vault unchanged."""

from __future__ import annotations

import struct
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from sqlalchemy import func, select

from nap_desktop.domain.errors import TransferError
from nap_desktop.services.base import new_id
from nap_desktop.services.documents import DocumentService
from nap_desktop.store import models as m
from nap_desktop.transfer import age
from nap_desktop.transfer import errors as te
from nap_desktop.transfer import package as pkg
from tests import doc_samples as samples
from tests.transfer.transfer_helpers import (
    Side,
    add_case,
    agencies,
    clock,
    manifest_of,
    open_plain,
    pair,
    reseal,
)

__all__ = ["agencies", "clock"]  # fixtures

Make = Callable[..., Side]
C = samples.CANARY.encode()


def _add(side: Side, client: str, data: bytes, kind: str, *, attached: tuple[str, str] | None
         = None, title: str = "Scan") -> str:
    where, target = attached or ("client", client)
    return DocumentService(side.ctx).add(
        client_id=client, attached_type=where, attached_id=target, kind=kind, title=title,
        doc_date=date(2026, 10, 1), data=data).document.id


def _docs(side: Side) -> tuple[int, int, int]:
    with side.ctx.read() as s:
        return tuple(int(s.scalar(select(func.count()).select_from(t)) or 0)  # type: ignore[return-value]
                     for t in (m.DocumentRow, m.DocumentContentRow, m.DocumentChunkRow))


def _state(side: Side) -> tuple[dict[str, int], tuple[int, int, int]]:
    return side.counts(), _docs(side)


@pytest.fixture
def case(agencies: Make) -> tuple[Side, Side, dict[str, str]]:
    """A sends B a case whose release covers identity and immigration (not location):
    a T-visa letter and a court order on the release go, a photo does not."""
    a, b = agencies("A"), agencies("B")
    pair(a, b)
    ids = add_case(a, a.partners["B"].agency_id, categories=["identity", "immigration"],
                   housing=False)
    ids["t_visa"] = _add(a, ids["client"], samples.pdf("T visa letter"), "t_visa")
    ids["order"] = _add(a, ids["client"], samples.pdf("Court order"), "court_order",
                        attached=("release", ids["release"]))
    ids["photo"] = _add(a, ids["client"], samples.jpeg(), "photo")
    return a, b, ids


def test_only_covered_documents_travel_and_arrive_whole(case: tuple[Side, Side, dict[str, str]]
                                                        ) -> None:
    a, b, ids = case
    data = a.exports.export(a.partners["B"].agency_id)
    container = open_plain(data, b)
    assert container.format_version == 2
    plain = age.decrypt(data, b.identities())
    photo = DocumentService(a.ctx).open(ids["photo"])
    assert photo[200:260] not in plain and C not in plain
    assert sorted(e["id"] for e in manifest_of(container)["documents"]) == sorted(
        [ids["t_visa"], ids["order"]])
    result = b.imports.import_package(data)
    assert result.plan.documents == 2 and "2 new documents" in result.plan.summary()
    got = DocumentService(b.ctx).list_for_client(ids["client"])
    assert sorted(d.id for d in got) == sorted([ids["t_visa"], ids["order"]])
    assert all(d.origin_agency_id == b.partners["A"].agency_id and d.added_by_name == "A"
               for d in got)
    assert DocumentService(b.ctx).open(ids["t_visa"]) == DocumentService(a.ctx).open(
        ids["t_visa"])
    assert DocumentService(b.ctx).has_signed_copy(ids["release"]) is False


def test_import_is_idempotent_and_stores_a_document_once(
        case: tuple[Side, Side, dict[str, str]]) -> None:
    a, b, _ids = case
    first = a.exports.export(a.partners["B"].agency_id)
    b.imports.import_package(first)
    after = _docs(b)
    assert not b.imports.import_package(first).applied
    b.imports.import_package(a.exports.export(a.partners["B"].agency_id))  # the same again
    assert _docs(b) == after == (2, 2, 2)


def test_voided_and_received_documents_are_not_sent(case: tuple[Side, Side, dict[str, str]]
                                                    ) -> None:
    a, b, ids = case
    DocumentService(a.ctx).void(ids["t_visa"], "Wrong letter")
    b.imports.import_package(a.exports.export(a.partners["B"].agency_id))
    assert [d.id for d in DocumentService(b.ctx).list_for_client(ids["client"])] == [
        ids["order"]]
    back = b.exports.export(b.partners["A"].agency_id)  # B never echoes A's document
    assert "documents" not in manifest_of(open_plain(back, a))


def test_without_documents_a_package_stays_version_1(agencies: Make) -> None:
    a, b = agencies("A"), agencies("B")
    pair(a, b)
    add_case(a, a.partners["B"].agency_id, categories=["identity"])
    data = a.exports.export(a.partners["B"].agency_id)
    container = open_plain(data, b)
    assert container.format_version == 1 and container.contents == []
    assert "documents" not in manifest_of(container)
    assert b.imports.import_package(data).applied


def test_an_override_sends_every_live_document(case: tuple[Side, Side, dict[str, str]]) -> None:
    a, b, ids = case
    data = a.exports.export(a.partners["B"].agency_id, override_reason="Court order 12-B")
    b.imports.import_package(data)
    assert len(DocumentService(b.ctx).list_for_client(ids["client"])) == 3
    assert C not in DocumentService(b.ctx).open(ids["photo"])  # stripped when added at A


# --- forged by a partner holding valid keys ------------------------------------------------


def _forge(a: Side, b: Side, edit: Callable[[dict[str, Any], list[bytes]], None], *,
           version: int | None = None) -> bytes:
    container = open_plain(a.exports.export(a.partners["B"].agency_id), b)
    manifest = manifest_of(container)
    contents = list(container.contents)
    edit(manifest, contents)
    return reseal(manifest, list(container.records), signer=a, receiver=b, version=version,
                  contents=contents)


def _refused(b: Side, data: bytes, error: type[TransferError] = TransferError) -> str:
    before = _state(b)
    with pytest.raises(error) as caught:
        b.imports.import_package(data)
    assert _state(b) == before
    return caught.value.message


def _set(key: str, value: object, index: int = 0) -> Callable[[dict[str, Any], list[bytes]],
                                                              None]:
    def edit(manifest: dict[str, Any], _contents: list[bytes]) -> None:
        manifest["documents"][index][key] = value
    return edit


def test_a_declared_size_that_lies_is_refused(case: tuple[Side, Side, dict[str, str]]) -> None:
    a, b, _ = case
    assert "its size" in _refused(b, _forge(a, b, _set("size", 4096)))


def test_a_content_that_does_not_match_its_hash_is_refused(
        case: tuple[Side, Side, dict[str, str]]) -> None:
    a, b, _ = case

    def swap(manifest: dict[str, Any], contents: list[bytes]) -> None:
        contents[0] = samples.pdf("another letter")
        manifest["documents"][0]["size"] = len(contents[0])

    assert "does not match its manifest hash" in _refused(b, _forge(a, b, swap),
                                                          te.PackageDamaged)


def test_a_declared_type_that_lies_is_refused(case: tuple[Side, Side, dict[str, str]]) -> None:
    a, b, _ = case

    def disguise(manifest: dict[str, Any], contents: list[bytes]) -> None:
        contents[0] = samples.png("")
        entry = manifest["documents"][0]
        entry.update(size=len(contents[0]), sha256=pkg.sha256_hex(contents[0]))

    assert "its type" in _refused(b, _forge(a, b, disguise))

    def garbage(manifest: dict[str, Any], contents: list[bytes]) -> None:
        contents[0] = b"%PDF-1.7 but nothing else"
        entry = manifest["documents"][0]
        entry.update(size=len(contents[0]), sha256=pkg.sha256_hex(contents[0]))

    assert "its content" in _refused(b, _forge(a, b, garbage))


def test_a_kind_the_release_does_not_cover_is_refused(
        case: tuple[Side, Side, dict[str, str]]) -> None:
    """The sender's own manifest says it shared no location: a photo (identity and
    location) cannot have been allowed, whatever its software did."""
    a, b, _ = case
    assert "releases do not allow" in _refused(b, _forge(a, b, _set("kind", "photo")))
    assert "releases do not allow" in _refused(b, _forge(a, b, _set("kind", "photo", 1)))


def test_a_document_for_a_client_the_package_does_not_carry_is_refused(
        case: tuple[Side, Side, dict[str, str]]) -> None:
    a, b, _ids = case
    other = add_case(a, a.partners["B"].agency_id, categories=["identity"],
                     housing=False)["client"]  # in A's vault; this package is only for one

    def elsewhere(manifest: dict[str, Any], _contents: list[bytes]) -> None:
        for client in (other, new_id()):
            if client not in {c["client_id"] for c in manifest["clients"]}:
                manifest["documents"][0].update(client_id=client, attached_id=client)
                return

    assert "does not carry" in _refused(b, _forge(a, b, elsewhere))


def test_a_document_attached_to_another_clients_record_is_refused(
        case: tuple[Side, Side, dict[str, str]]) -> None:
    a, b, ids = case
    mine = add_case(b, b.partners["A"].agency_id, categories=["identity"], housing=False)
    b.imports.import_package(a.exports.export(a.partners["B"].agency_id))
    order = next(i for i, e in enumerate(manifest_of(open_plain(
        a.exports.export(a.partners["B"].agency_id), b))["documents"]) if e["id"] == ids["order"])
    forged = _forge(a, b, _set("attached_id", mine["release"], index=order))
    assert "another client" in _refused(b, forged)
    assert ids


def test_a_document_reusing_an_id_of_ours_is_refused(case: tuple[Side, Side, dict[str, str]]
                                                     ) -> None:
    a, b, _ = case
    mine = add_case(b, b.partners["A"].agency_id, categories=["identity"], housing=False)
    ours = _add(b, mine["client"], samples.pdf("ours"), "court_order")
    assert "reuses the id" in _refused(b, _forge(a, b, _set("id", ours)))


def test_documents_and_the_version_must_agree(case: tuple[Side, Side, dict[str, str]]) -> None:
    a, b, _ = case

    def drop(manifest: dict[str, Any], contents: list[bytes]) -> None:
        del manifest["documents"]

    assert _refused(b, _forge(a, b, drop))  # version 2 without its list

    def one_less(manifest: dict[str, Any], contents: list[bytes]) -> None:
        manifest["documents"].pop()

    assert "different number of documents" in _refused(b, _forge(a, b, one_less))


def test_a_huge_declared_length_is_refused_before_allocation(
        case: tuple[Side, Side, dict[str, str]]) -> None:
    a, b, _ = case
    container = open_plain(a.exports.export(a.partners["B"].agency_id), b)
    raw = pkg.build_container(container.manifest, container.signature, container.records,
                              container.contents)
    tail = sum(4 + len(c) for c in container.contents)
    head = raw[: len(raw) - tail - 4]
    for forged in (head + struct.pack(">I", 1) + struct.pack(">I", 0xFFFFFFF0),
                   head + struct.pack(">I", 0xFFFFFFFF)):
        with pytest.raises(te.PackageTooLarge):
            pkg.parse_container(forged)
        recipient = age.to_recipient(b.current_keys().pq_identity)
        _refused(b, age.encrypt(forged, [recipient]), te.PackageTooLarge)


def test_a_partners_scan_never_marks_our_release_signed(
        case: tuple[Side, Side, dict[str, str]]) -> None:
    from datetime import timedelta

    a, b, ids = case
    b.imports.import_package(a.exports.export(a.partners["B"].agency_id))
    today = b.ctx.today()
    ours = b.releases.create(client_id=ids["client"], recipient_agency_id=b.partners["A"]
                             .agency_id, categories=["identity"], purpose="Coordinate",
                             expires_on=today + timedelta(days=90), signed_on=today).id
    theirs = DocumentService(b.ctx)
    assert not theirs.has_signed_copy(ours)

    def scan_on_ours(manifest: dict[str, Any], _contents: list[bytes]) -> None:
        manifest["documents"][0].update(id=new_id(), kind="signed_release",
                                        attached_type="release", attached_id=ours)

    assert b.imports.import_package(_forge(a, b, scan_on_ours)).applied
    assert any(d.kind.value == "signed_release" and d.attached_id == ours
               for d in theirs.list_for("release", ours))
    assert not theirs.has_signed_copy(ours)
    assert ours in [r.release_id for r in theirs.releases_without_signed_copy()]
    # A's own release with A's scan on it counts (the agency that recorded it)
    signed = _add(a, ids["client"], samples.pdf("signed form"), "signed_release",
                  attached=("release", ids["release"]))
    b.imports.import_package(a.exports.export(a.partners["B"].agency_id))
    assert signed in [d.id for d in theirs.list_for("release", ids["release"])]
    assert theirs.has_signed_copy(ids["release"])
