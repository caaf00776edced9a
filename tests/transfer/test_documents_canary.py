"""The canary (issue #14): a PDF whose text and a photo whose EXIF hold a canary string,
added to a real encrypted vault, opened, backed up (and restored) and exported to a
partner whose release does not cover them: no file the app wrote holds the canary or the
documents' bytes, and the decrypted package holds none of them; only the explicit "Save a
copy" file does."""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

import pytest

from nap_desktop.domain.enums import AgencyKind
from nap_desktop.services import vaults
from nap_desktop.services.documents import DocumentService
from nap_desktop.services.workspace import Workspace
from nap_desktop.store import kdf
from nap_desktop.store.vault import Vault
from nap_desktop.transfer import age
from tests import doc_samples as samples
from tests.transfer.transfer_helpers import (
    PASSPHRASE,
    Clock,
    Side,
    add_case,
    pair,
    plain_side,
)

CANARY = samples.CANARY.encode()


def _files(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file()]


def _windows(data: bytes, size: int = 48) -> list[bytes]:
    """Pieces of a document spread over all of it (any one in a file means a leak)."""
    step = max(size, len(data) // 40)
    return [data[i:i + size] for i in range(0, len(data) - size, step)]


def test_no_plaintext_copy_anywhere(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))  # whatever the app would stage
    fast = kdf.KdfParams(memory_kib=8, iterations=1, lanes=1)
    monkeypatch.setattr(kdf, "MIN_KDF", fast)
    clock = Clock()
    ws, _recovery = Workspace.create(tmp_path / "vault", agency_name="A",
                                     agency_kind=AgencyKind.VICTIM_SERVICE_PROVIDER,
                                     admin_name="admin", admin_display_name="Admin",
                                     passphrase=PASSPHRASE, kdf=fast, clock=clock)
    a = Side("A", ws.ctx, ws.close)
    b = plain_side(tmp_path / "partner.db", "B", clock)
    try:
        pair(a, b)
        ids = add_case(a, a.partners["B"].agency_id, categories=["identity"], housing=False)
        pdf, photo = samples.pdf(pages=3), samples.jpeg()
        assert CANARY in pdf and CANARY in photo
        docs = DocumentService(a.ctx)
        added = {kind: docs.add(client_id=ids["client"], attached_type="client",
                                attached_id=ids["client"], kind=kind, title="Scan",
                                doc_date=date(2026, 10, 1), data=data)
                 for kind, data in (("t_visa", pdf), ("photo", photo))}
        shareable = docs.add(client_id=ids["client"], attached_type="client",
                             attached_id=ids["client"], kind="court_order", title="Order",
                             doc_date=None, data=samples.pdf("public order"))
        stored = {k: docs.open(v.document.id) for k, v in added.items()}  # viewed
        assert stored["t_visa"] == pdf and CANARY not in stored["photo"]
        public = docs.open(shareable.document.id)
        # pieces of the withheld documents that the shared one (same PDF maker) lacks
        secret = [w for data in stored.values() for w in _windows(data) if w not in public]
        assert len(secret) > 40
        vaults.backup_vault(ws, tmp_path / "backup.napbak")
        package = tmp_path / "to-b.napx"
        outcome = a.exports.export_to_file(a.partners["B"].agency_id, package)
        assert outcome.document_count == 1  # the court order goes; the others do not
        plain = age.decrypt(package.read_bytes(), b.identities())
        assert public in plain
        assert CANARY not in plain
        assert not any(piece in plain for piece in secret)
        assert b.imports.import_package(package.read_bytes()).applied
        written = _files(tmp_path)
        assert {p.name for p in written} >= {"backup.napbak", "to-b.napx", "partner.db"}
        for path in written:
            content = path.read_bytes()
            assert CANARY not in content, path.name
            assert not any(piece in content for piece in secret), path.name
        copy = tmp_path / "copy.pdf"
        docs.save_copy(added["t_visa"].document.id, copy)
        assert CANARY in copy.read_bytes()  # the one deliberate plaintext copy
        vaults.restore_vault(tmp_path / "backup.napbak", tmp_path / "restored")
        assert CANARY not in b"".join(p.read_bytes() for p in _files(tmp_path / "restored"))
        with Vault.open(tmp_path / "restored") as vault:  # the backup holds the documents
            again = Workspace.unlock(vault, "admin", PASSPHRASE)
            assert again.documents.open(added["t_visa"].document.id) == pdf
            again.lock()
    finally:
        b.close()
        ws.close()
