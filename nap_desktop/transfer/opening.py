"""Open a package: decrypt it with our keys, find the pinned partner whose key signed it,
and check everything that needs no database (docs/transfer-format.md, "Import", up to
"every record matches its manifest hash and its schema"). ``transfer.importer`` plans
what the checked records would change.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from nap_desktop.domain.messages import N_
from nap_desktop.store.transfer_models import PartnerCardRow
from nap_desktop.transfer import age, identity, schema
from nap_desktop.transfer import documents as docs
from nap_desktop.transfer import package as pkg
from nap_desktop.transfer import records as rec
from nap_desktop.transfer.errors import (
    DowngradeRefused,
    ManifestMismatch,
    NotAddressedToUs,
    PackageDamaged,
    PackageTooLarge,
    SchemaViolation,
    SignatureInvalid,
    UnknownSender,
)


@dataclass(frozen=True, slots=True)
class Opened:
    """A package that passed every check that needs no database."""

    manifest: dict[str, Any]
    records: list[dict[str, Any]]
    sender: PartnerCardRow
    sha256: str
    #: (type, id) -> sync hash of each record as received (read off its checked frame)
    sync_hashes: dict[tuple[str, str], str] = field(default_factory=dict)
    #: the documents it carries (format version 2), checked against their entries
    documents: list[docs.Incoming] = field(default_factory=list)


def open_package(data: bytes, *, identities: Sequence[str], our_key_fingerprints: set[str],
                 partners: Sequence[PartnerCardRow], our_agency_id: str,
                 imported: Callable[[str, str], bool] = lambda _id, _sha: False) -> Opened:
    """Every check that needs no database. ``imported(export_id, sha256)`` says whether
    these very bytes were imported before: their records passed these checks then, so
    they are not parsed again (``Opened.records`` is empty; the plan is a no-op)."""
    if len(data) > pkg.MAX_PACKAGE_BYTES:
        raise PackageTooLarge()
    try:
        plaintext, stanza = age.decrypt_reporting_stanza(data, list(identities))
    except age.NoIdentityMatch:
        raise NotAddressedToUs() from None
    except age.AgeError:
        raise PackageDamaged() from None
    container = pkg.parse_container(plaintext)
    del plaintext  # the container holds its own copies: peak memory stays ~2x the package
    sender = _signer(container, partners)
    manifest = pkg.parse_manifest(container.manifest)
    if manifest["format_version"] != container.format_version:
        raise PackageDamaged(N_("The package header and its manifest disagree on the format."))
    claimed = manifest["sender"]
    if claimed["agency_id"] != sender.agency_id or \
            claimed["signing_key_sha256"] != identity.signing_key_digest(sender.signing_public):
        raise ManifestMismatch(N_(
            "The manifest names another sender than the agency whose key "
            "signed it. Do not use this package."
        ))
    recipient = manifest["recipient"]
    if recipient["agency_id"] != our_agency_id or \
            recipient["key_fingerprint"] not in our_key_fingerprints:
        raise ManifestMismatch(N_(
            "The manifest says this package is for another agency or for "
            "keys that are not yours. Do not use this package."
        ))
    _no_downgrade(stanza, sender, identities)
    if len(container.records) != len(manifest["records"]):
        raise PackageDamaged(N_(
            "The package holds a different number of records than its "
            "manifest lists."
        ))
    digest = pkg.sha256_hex(data)
    if imported(manifest["export_id"], digest):
        return Opened(manifest, [], sender, digest)
    records = [schema.parse_record(frame, entry, i) for i, (frame, entry)
               in enumerate(zip(container.records, manifest["records"], strict=True))]
    hashes = {(r["type"], r["id"]): rec.frame_sync_hash(frame, r)
              for frame, r in zip(container.records, records, strict=True)}
    listed = {c["client_id"] for c in manifest["clients"]}
    if any(r["type"] == "client" and r["id"] not in listed for r in records):
        raise SchemaViolation(N_("The package holds a client its manifest does not list."))
    documents = docs.check_incoming(manifest, container.contents, records)
    return Opened(manifest, records, sender, digest, hashes, documents)


def _signer(container: pkg.Container, partners: Sequence[PartnerCardRow]) -> PartnerCardRow:
    """The pinned partner whose current key verifies the manifest signature. Nothing of
    the manifest is parsed before that, but for the claimed sender (a bounded read, only
    to choose the error message)."""
    message = pkg.signature_input(container.manifest)
    for card in partners:
        key = Ed25519PublicKey.from_public_bytes(bytes.fromhex(card.signing_public))
        try:
            key.verify(container.signature, message)
        except InvalidSignature:
            continue
        return card
    del message
    claimed_id = pkg.claimed_sender(container.manifest)
    if any(card.agency_id == claimed_id for card in partners):
        raise SignatureInvalid()
    raise UnknownSender()


def _no_downgrade(stanza: str, sender: PartnerCardRow, identities: Sequence[str]) -> None:
    """Refuse a package that the hybrid post-quantum recipient did not protect when both
    sides hold post-quantum keys: the sender's verified card carries one (its software
    makes them), and we hold a post-quantum identity (every generation does), so the
    sender's copy of our card carried our hybrid recipient and its exporter must use it.
    ``stanza`` is the type that actually opened the file, and ``sender`` the verified
    signer: a header that merely *offers* a hybrid stanza beside a classical one does
    not count (docs/transfer-format.md §1)."""
    if stanza == age.PQ_STANZA or not sender.pq_recipient:
        return
    if any(age.is_pq_identity(i) for i in identities):
        raise DowngradeRefused()
