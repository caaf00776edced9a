"""Sane bounds on import (issue #10): dates and times inside the accepted span, the
manifest not parsed before its signature is checked, and no downgrade to classical
encryption. Every package here is forged the way a hostile sender would: signed with a
real key (a pinned partner's, or a stranger's holding only our public card)."""

from __future__ import annotations

import json
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text, update

import nap_desktop.store.transfer_models as tm
from nap_desktop.domain import moments
from nap_desktop.store import models as m
from nap_desktop.transfer import _age_header, _age_keys, _age_stream, age, identity
from nap_desktop.transfer import errors as te
from nap_desktop.transfer import package as pkg
from nap_desktop.transfer.importer import Action
from tests.transfer.transfer_helpers import (
    Clock,
    Side,
    add_case,
    agencies,
    clock,
    manifest_of,
    open_plain,
    pair,
    reseal,
    vault_side,
)

__all__ = ["agencies", "clock"]  # fixtures

Make = Callable[..., Side]
Edit = Callable[[dict[str, Any]], None]


@pytest.fixture
def sent(agencies: Make) -> tuple[Side, Side, bytes]:
    a, b = agencies("A"), agencies("B")
    pair(a, b)
    ids = add_case(a, a.partners["B"].agency_id,
                   categories=["identity", "immigration", "housing", "notes"])
    a.housing.add_assistance(ids["placement"], kind="rent", amount_cents=50_000,
                             paid_on=a.ctx.today())
    return a, b, a.exports.export(a.partners["B"].agency_id)


def _forge(container: pkg.Container, kind: str, edit: Edit) -> tuple[dict[str, Any],
                                                                     list[bytes]]:
    """Change the first record of ``kind`` and fix its manifest hash, as the partner can."""
    manifest = manifest_of(container)
    records = list(container.records)
    index = next(i for i, e in enumerate(manifest["records"]) if e["type"] == kind)
    record = json.loads(records[index])
    edit(record)
    records[index] = pkg.canonical(record)
    manifest["records"][index]["sha256"] = pkg.sha256_hex(records[index])
    return manifest, records


def _set(*path: str | int, value: Any) -> Edit:
    def edit(record: dict[str, Any]) -> None:
        holder: Any = record
        for key in path[:-1]:
            holder = holder[key]
        holder[path[-1]] = value
    return edit


FAR_FUTURE = "9999-12-31T23:59:59.999999Z"
EARLY = "0001-01-01T00:00:00.000000Z"

OUT_OF_BOUNDS: list[tuple[str, Edit]] = [
    ("referral", _set("data", "created_at", value=FAR_FUTURE)),
    ("referral", _set("data", "updated_at", value="2201-01-01T00:00:00.000000Z")),
    ("referral", _set("data", "status_changed_at", value=FAR_FUTURE)),
    ("referral", _set("data", "history", 0, "at", value=EARLY)),
    ("client", _set("data", "created_at", value="1899-12-31T23:59:59.999999Z")),
    ("client", _set("data", "personal", "date_of_birth", value="0001-01-01")),
    ("client", _set("data", "personal", "continued_presence_expires", value="9999-12-31")),
    ("release", _set("data", "expires_on", value="9999-12-31")),
    ("release", _set("data", "signed_on", value="1899-12-31")),
    ("placement", _set("data", "start_date", value="2201-01-01")),
    ("placement", _set("data", "ledger", 0, "paid_on", value="0001-01-01")),
    ("note", _set("data", "created_at", value=FAR_FUTURE)),
]


@pytest.mark.parametrize(("kind", "edit"), OUT_OF_BOUNDS)
def test_out_of_bounds_dates_in_a_signed_package_are_refused(
        sent: tuple[Side, Side, bytes], kind: str, edit: Edit) -> None:
    a, b, data = sent
    manifest, records = _forge(open_plain(data, b), kind, edit)
    before = b.counts()
    with pytest.raises(te.SchemaViolation, match="between 1900-01-01 and 2200-12-31"):
        b.imports.import_package(reseal(manifest, records, signer=a, receiver=b))
    assert b.counts() == before
    assert b.imports.import_package(data).applied  # the genuine package still imports


def test_manifest_created_at_out_of_bounds_is_refused(sent: tuple[Side, Side, bytes]) -> None:
    a, b, data = sent
    container = open_plain(data, b)
    manifest = manifest_of(container)
    manifest["created_at"] = FAR_FUTURE
    with pytest.raises(te.SchemaViolation):
        b.imports.import_package(reseal(manifest, container.records, signer=a, receiver=b))


def test_the_edges_of_the_span_are_accepted(sent: tuple[Side, Side, bytes]) -> None:
    a, b, data = sent
    first, last = moments.EARLIEST.isoformat(), moments.LATEST.isoformat()
    manifest, records = _forge(open_plain(data, b), "client", lambda r: (
        r["data"]["personal"].__setitem__("date_of_birth", first),
        r["data"]["personal"].__setitem__("continued_presence_expires", last)))
    assert b.imports.import_package(reseal(manifest, records, signer=a, receiver=b)).applied


def test_stamps_stored_before_the_bound_still_export_at_the_nearest_edge(
        agencies: Make) -> None:
    """A vault that imported a 9999 stamp with an older version keeps exporting."""
    a, b = agencies("A"), agencies("B")
    pair(a, b)
    ids = add_case(a, a.partners["B"].agency_id, categories=["identity"])
    with a.ctx.unit_of_work() as s:  # written as an older version's import could have
        s.execute(text("UPDATE referrals SET created_at=:t, status_changed_at=:e"),
                  {"t": FAR_FUTURE, "e": EARLY})
        s.execute(text("UPDATE releases SET expires_on='9999-12-31'"))
    data = a.exports.export(a.partners["B"].agency_id)
    assert b.imports.import_package(data).applied
    referral = b.cases.get_case(ids["client"]).referrals[0]
    assert referral.created_at.isoformat().startswith("2200-12-31T23:59:59")
    with b.ctx.read() as s:
        changed = s.scalar(select(m.ReferralRow.status_changed_at))
    assert changed is not None and changed.date() == moments.EARLIEST
    before = b.counts()
    assert not b.imports.import_package(a.exports.export(a.partners["B"].agency_id)).plan.count(
        Action.CONFLICT)  # the same edge both sides: nothing changed
    assert b.counts()["transfer_conflicts"] == before["transfer_conflicts"]


# --- the manifest is not parsed before its signature is checked ---------------------


def _stranger_package(stranger: Side, b: Side, manifest: bytes) -> bytes:
    """A package from someone holding only B's public card, signed with its own key."""
    stranger.identity.identity_card()  # its keys
    return reseal(manifest, [], signer=stranger, receiver=b)


def _peak_while(run: Callable[[], object]) -> int:
    tracemalloc.start()
    try:
        run()
    except te.UnknownSender:
        pass
    finally:
        _size, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    return peak


def test_a_huge_manifest_from_a_stranger_costs_bounded_memory(agencies: Make) -> None:
    b, stranger = agencies("B"), agencies("Stranger")
    b.identity.identity_card()
    manifest = b"[" + b"{}," * (4 * 1024 * 1024) + b"{}]"  # 12 MiB of empty objects
    data = _stranger_package(stranger, b, manifest)
    before = b.counts()
    with pytest.raises(te.UnknownSender):
        b.imports.import_package(data)
    peak = _peak_while(lambda: b.imports.import_package(data))
    # Decrypting needs the plaintext and the signature its own copy of the manifest; a
    # parse of it would cost 20x the package (every {} a dict).
    assert peak < 3 * len(data), f"peak {peak / len(data):.1f}x the package size"
    assert b.counts() == before


def test_a_huge_manifest_claiming_a_pinned_partner_is_a_bad_signature(agencies: Make) -> None:
    a, b, stranger = agencies("A"), agencies("B"), agencies("Stranger")
    pair(a, b)
    add_case(a, a.partners["B"].agency_id, categories=["identity"])
    real = manifest_of(open_plain(a.exports.export(a.partners["B"].agency_id), b))
    real["clients"] = [{}] * (2 * 1024 * 1024)  # canonical JSON, schema aside
    manifest = pkg.canonical(real)
    data = _stranger_package(stranger, b, manifest)
    tracemalloc.start()
    try:
        with pytest.raises(te.SignatureInvalid):  # A is pinned: it claims to be A
            b.imports.import_package(data)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 3 * len(data), f"peak {peak / len(data):.1f}x the package size"


def test_a_huge_manifest_signed_by_a_pinned_partner_costs_bounded_memory(
        agencies: Make) -> None:
    """After the signature: a partner holding valid keys is refused before the parse."""
    a, b = agencies("A"), agencies("B")
    pair(a, b)
    add_case(a, a.partners["B"].agency_id, categories=["identity"])
    container = open_plain(a.exports.export(a.partners["B"].agency_id), b)
    real = manifest_of(container)
    real["clients"] = [{}] * (2 * 1024 * 1024)
    data = reseal(real, container.records, signer=a, receiver=b)
    before = b.counts()
    tracemalloc.start()
    try:
        with pytest.raises((te.PackageTooLarge, te.SchemaViolation)):  # the latter once parsed
            b.imports.import_package(data)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 3 * len(data), f"peak {peak / len(data):.1f}x the package size"
    assert b.counts() == before


@pytest.mark.parametrize("manifest", [
    b"", b"{}", b'"sender":{}', b'{"sender":{"agency_id":"x"}}', b"[" * 5000,
    b'{"a":"\\"sender\\":{\\"agency_id\\":\\"x\\",\\"signing_key_sha256\\":\\"y\\"}}"}',
])
def test_the_sender_hint_never_fails_and_reads_only_the_manifests_own_key(
        manifest: bytes) -> None:
    assert pkg.sender_hint(manifest) == (None, None)


def test_the_sender_hint_reads_the_real_sender(sent: tuple[Side, Side, bytes]) -> None:
    a, b, data = sent
    container = open_plain(data, b)
    keys = a.current_keys()
    assert pkg.sender_hint(container.manifest) == (
        a.me, identity.signing_key_digest(keys.signing_public))


# --- no downgrade to classical encryption ---------------------------------------------


def _classical(container: pkg.Container, *, signer: Side, receiver: Side) -> bytes:
    """The same signed content, encrypted to the receiver's X25519 recipient only."""
    raw = pkg.build_container(container.manifest, container.signature, container.records)
    return age.encrypt(raw, [age.to_recipient(receiver.current_keys().x25519_identity)])


def test_a_classical_only_package_from_a_post_quantum_sender_is_refused(
        tmp_path: Path, clock: Clock, monkeypatch: pytest.MonkeyPatch) -> None:
    a = vault_side(tmp_path / "a", "Casa Esperanza", clock, monkeypatch)
    b = vault_side(tmp_path / "b", "HSI Field Office", clock, monkeypatch)
    try:
        pair(a, b)
        add_case(a, a.partners[b.name].agency_id, categories=["identity"])
        data = a.exports.export(a.partners[b.name].agency_id)
        classical = _classical(open_plain(data, b), signer=a, receiver=b)
        before = b.counts()
        with pytest.raises(te.DowngradeRefused, match="post-quantum"):
            b.imports.preview_import(classical)
        with pytest.raises(te.DowngradeRefused):
            b.imports.import_package(classical)
        assert b.counts() == before
        assert b.imports.import_package(data).applied  # the hybrid original imports
    finally:
        a.close()
        b.close()


def test_a_classical_package_from_a_sender_without_post_quantum_keys_is_accepted(
        sent: tuple[Side, Side, bytes]) -> None:
    a, b, data = sent
    with b.ctx.unit_of_work() as s:  # a card pinned before cards carried the hybrid key
        s.execute(update(tm.PartnerCardRow).values(pq_recipient=""))
    classical = _classical(open_plain(data, b), signer=a, receiver=b)
    assert b.imports.import_package(classical).applied


def test_age_reports_the_stanza_that_opened_the_file(sent: tuple[Side, Side, bytes]) -> None:
    a, b, data = sent
    container = open_plain(data, b)
    raw = pkg.build_container(container.manifest, container.signature, container.records)
    plaintext, stanza = age.decrypt_reporting_stanza(data, b.identities())
    assert stanza == age.PQ_STANZA and plaintext == raw
    classical = _classical(container, signer=a, receiver=b)
    assert age.decrypt_reporting_stanza(classical, b.identities())[1] == age.X25519_STANZA


def test_a_hybrid_stanza_for_someone_else_beside_a_classical_one_for_us_is_refused(
        sent: tuple[Side, Side, bytes]) -> None:
    """What opened the file counts, not what its header also offers (age itself forbids
    mixing the two; a forger need not follow it)."""
    _a, b, data = sent
    container = open_plain(data, b)
    raw = pkg.build_container(container.manifest, container.signature, container.records)
    file_key = _age_keys.new_file_key()
    someone_else = age.to_recipient(age.generate_pq_identity())
    ours = age.to_recipient(b.current_keys().x25519_identity)
    header = _age_header.encode([_age_keys.parse_recipient(r).wrap(file_key)
                                 for r in (someone_else, ours)], file_key)
    payload = bytearray(_age_stream.sealed_size(len(raw)))
    _age_stream.seal_into(file_key, raw, memoryview(payload))
    before = b.counts()
    with pytest.raises(te.DowngradeRefused):
        b.imports.import_package(header + bytes(payload))
    assert b.counts() == before

