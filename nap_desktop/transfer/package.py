"""The ``.napx`` package: byte layout, canonical JSON and strict, bounded parsing.

Inside the age layer (see docs/transfer-format.md)::

    "NAPX" | u16 format_version | u32 n | manifest (n bytes, canonical JSON)
          | signature (64 bytes, Ed25519) | u32 count | count x (u32 m | record, m bytes)
          [version 2: | u32 d | d x (u32 k | document content, k bytes)]

Version 2 (documents, issue #14) adds the document contents after the records, each named
by an entry of the manifest's ``documents`` list (its SHA-256 and size); a package without
documents is still written as version 1, so that a partner on the previous version reads it.

All integers are big-endian. Every length is checked against a cap before anything is
allocated, the file must end exactly after the last record, and every JSON text must be
the canonical encoding of what it parses to. The manifest schema follows (its checks are
``transfer.checks``; the record schemas are ``transfer.schema``); anything outside them is a
:class:`SchemaViolation`.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import re
import struct
from dataclasses import dataclass
from typing import Any

from nap_desktop.domain.enums import DocumentAttachment, DocumentKind
from nap_desktop.domain.messages import N_, Message
from nap_desktop.transfer.checks import (
    categories,
    choice,
    day,
    fail,
    hex64,
    integer,
    items,
    obj,
    optional,
    pattern,
    text,
    utc_time,
    uuid,
)
from nap_desktop.transfer.errors import (
    PackageDamaged,
    PackageTooLarge,
    UnsupportedVersion,
)

MAGIC = b"NAPX"
FORMAT_VERSION = 2
#: The version of a package that carries no documents (readable by the previous release).
PLAIN_VERSION = 1
SIGNATURE_CONTEXT = b"NAPX-manifest-v1\x00"
SIGNATURE_BYTES = 64

MAX_PACKAGE_BYTES = 256 * 1024 * 1024  # the age file as received
MAX_MANIFEST_BYTES = 64 * 1024 * 1024
MAX_RECORD_BYTES = 2 * 1024 * 1024
MAX_RECORDS = 250_000
#: Documents in one package, and the largest content (as a document added here: 25 MB).
MAX_DOCUMENTS = 1000
MAX_CONTENT_BYTES = 25 * 1000 * 1000
MAX_INT = 2**53 - 1
MAX_INT_DIGITS = 16

_U16 = struct.Struct(">H")
_U32 = struct.Struct(">I")

# --- canonical JSON -----------------------------------------------------------


def canonical(value: Any) -> bytes:
    """The one accepted encoding: UTF-8, keys sorted by code point, no insignificant space,
    no floats. Raises ValueError for what cannot be encoded canonically."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"),
                      allow_nan=False).encode("utf-8")


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _no_float(text: str) -> Any:
    raise ValueError("floating-point numbers are not allowed")


def _bounded_int(text: str) -> int:
    if len(text.lstrip("-")) > MAX_INT_DIGITS:
        raise ValueError("integer too long")
    value = int(text)
    if abs(value) > MAX_INT:
        raise ValueError("integer out of range")
    return value


_DECODER = json.JSONDecoder(parse_float=_no_float, parse_constant=_no_float,
                            parse_int=_bounded_int)


#: Parts of a package named in messages as words; a record is named by its path (data).
_PARTS = {"manifest": N_("manifest"), "card": N_("card")}


def _part(what: str) -> Message | str:
    return Message(_PARTS[what]) if what in _PARTS else what


def strict_loads(data: bytes, *, limit: int, what: str) -> Any:
    """Parse canonical JSON or raise :class:`PackageDamaged` (never anything else)."""
    if len(data) > limit:
        raise PackageTooLarge(
            N_("The package {part} is larger than the allowed {limit} bytes."),
            part=_part(what),
            limit=limit,
        )
    try:
        value = _DECODER.decode(data.decode("utf-8"))
        # Also refuses duplicate keys: a text that repeats a key never equals the
        # encoding of what it parses to, which holds each key once.
        if canonical(value) != data:
            raise ValueError("not canonical")
    except RecursionError:
        raise PackageTooLarge(N_("The package nests data too deeply.")) from None
    except (ValueError, UnicodeError):
        raise PackageDamaged(
            N_("The package {part} is not valid canonical JSON."), part=_part(what)
        ) from None
    return value


# --- container ----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Container:
    format_version: int
    manifest: bytes
    signature: bytes
    records: list[bytes]
    #: the document contents (version 2), in the order of the manifest's ``documents``
    contents: list[bytes] = dataclasses.field(default_factory=list)


def signature_input(manifest: bytes) -> bytes:
    return SIGNATURE_CONTEXT + manifest


def build_container(manifest: bytes, signature: bytes, records: list[bytes],
                    contents: list[bytes] | None = None) -> bytes:
    """The container; version 2 only with ``contents`` (documents), else version 1."""
    if len(signature) != SIGNATURE_BYTES:
        raise ValueError("an Ed25519 signature is 64 bytes")
    version = PLAIN_VERSION if contents is None else FORMAT_VERSION
    parts = [MAGIC, _U16.pack(version), _U32.pack(len(manifest)), manifest, signature,
             _U32.pack(len(records))]
    for record in records:
        parts += [_U32.pack(len(record)), record]
    if contents is not None:
        parts.append(_U32.pack(len(contents)))
        for content in contents:
            parts += [_U32.pack(len(content)), content]
    return b"".join(parts)


class _Reader:
    def __init__(self, data: bytes) -> None:
        self.data = memoryview(data)
        self.pos = 0

    def take(self, n: int) -> bytes:
        if n > len(self.data) - self.pos:
            raise PackageDamaged(N_("The package is truncated."))
        chunk = bytes(self.data[self.pos:self.pos + n])
        self.pos += n
        return chunk

    def u16(self) -> int:
        return int(_U16.unpack(self.take(2))[0])

    def u32(self) -> int:
        return int(_U32.unpack(self.take(4))[0])


def parse_container(data: bytes) -> Container:
    """Split the decrypted plaintext into its parts; lengths are capped before reading."""
    reader = _Reader(data)
    if reader.take(4) != MAGIC:
        raise PackageDamaged(N_("This is not a NAP transfer package."))
    version = reader.u16()
    if version > FORMAT_VERSION:
        raise UnsupportedVersion()
    if version < 1:
        raise PackageDamaged(N_("The package format version is invalid."))
    size = reader.u32()
    if size > MAX_MANIFEST_BYTES:
        raise PackageTooLarge(N_("The package manifest is larger than allowed."))
    manifest = reader.take(size)
    signature = reader.take(SIGNATURE_BYTES)
    count = reader.u32()
    if count > MAX_RECORDS:
        raise PackageTooLarge(
            N_("The package holds more than {limit} records."), limit=MAX_RECORDS
        )
    records: list[bytes] = []
    for _ in range(count):
        length = reader.u32()
        if length > MAX_RECORD_BYTES:
            raise PackageTooLarge(N_("A record in the package is larger than allowed."))
        records.append(reader.take(length))
    contents = _contents(reader) if version >= 2 else []
    if reader.pos != len(data):
        raise PackageDamaged(N_("The package has unexpected bytes after its last record."))
    return Container(version, manifest, signature, records, contents)


def _contents(reader: _Reader) -> list[bytes]:
    """The document contents of a version 2 package: count and each length capped before
    anything is read."""
    count = reader.u32()
    if count > MAX_DOCUMENTS:
        raise PackageTooLarge(
            N_("The package holds more than {limit} documents."), limit=MAX_DOCUMENTS)
    contents: list[bytes] = []
    for _ in range(count):
        length = reader.u32()
        if length > MAX_CONTENT_BYTES:
            raise PackageTooLarge(N_("A document in the package is larger than allowed."))
        contents.append(reader.take(length))
    return contents


# --- the manifest ---------------------------------------------------------------

#: One document a package carries (version 2): what it is, what it is attached to, and
#: the SHA-256 and size of its content (the container's content at the same position).
DOCUMENT_ENTRY = obj({
    "id": uuid, "client_id": uuid, "attached_type": choice(DocumentAttachment),
    "attached_id": uuid, "kind": choice(DocumentKind), "title": text(200, required=True),
    "doc_date": optional(day), "media_type": pattern(re.compile(
        "application/pdf|image/png|image/jpeg"), Message(N_("a media type"))),
    "size": integer(1, MAX_CONTENT_BYTES), "pages": integer(1, 100_000), "sha256": hex64,
    "added_at": utc_time,
})

RECORD_TYPES = ("agency", "client", "release", "referral", "placement", "restitution", "note")

MANIFEST = obj({
    "format": pattern(re.compile("napx"), "napx"),
    "format_version": integer(1, FORMAT_VERSION),
    "export_id": uuid,
    "created_at": utc_time,
    "sender": obj({"agency_id": uuid, "agency_name": text(required=True),
                   "signing_key_sha256": hex64}),
    "recipient": obj({"agency_id": uuid, "agency_name": text(required=True),
                      "key_fingerprint": hex64}),
    "override_reason": optional(text(2000, required=True)),
    "clients": items(obj({"client_id": uuid, "release_ids": items(uuid, 1000, sorted_unique=True),
                          "shared": categories(), "withheld": categories()}), MAX_RECORDS),
    "records": items(obj({"type": pattern(re.compile("|".join(RECORD_TYPES)),
                                                 Message(N_("a record type"))),
                          "id": uuid, "revision": integer(1, MAX_INT), "sha256": hex64}),
                     MAX_RECORDS),
    "documents": items(DOCUMENT_ENTRY, MAX_DOCUMENTS),
}, optional_keys=frozenset({"documents"}))


#: The claimed sender is read off the end of the manifest, never by parsing it whole
#: (anyone holding our public card can send a 64 MiB manifest): canonical JSON sorts
#: keys and "sender" sorts last, so its object closes the text, and its three fields
#: (two fixed-length, a name of at most 200 characters) fit well within this tail.
SENDER_TAIL_BYTES = 4096
_SENDER_KEY = b'"sender":{'


def sender_hint(manifest: bytes) -> tuple[str | None, str | None]:
    """The sender agency id and key digest the manifest claims, read before the signature is
    checked only to choose the error message. Never trusted for anything else. Reads at
    most the last :data:`SENDER_TAIL_BYTES`: no JSON string can hold the bytes
    ``"sender":{`` (a quote inside a string is escaped), so the last such key is the
    manifest's own."""
    tail = manifest[-SENDER_TAIL_BYTES:]
    at = tail.rfind(_SENDER_KEY)
    if at < 1 or tail[at - 1:at] not in (b",", b"{"):
        return None, None
    try:
        value = strict_loads(b"{" + tail[at:], limit=SENDER_TAIL_BYTES + 1, what="manifest")
        sender = value["sender"]
        return str(sender["agency_id"]), str(sender["signing_key_sha256"])
    except (TypeError, KeyError, PackageDamaged, PackageTooLarge):
        return None, None


def claimed_sender(manifest: bytes) -> str | None:
    """The agency id the manifest claims as sender (see :func:`sender_hint`)."""
    return sender_hint(manifest)[0]


#: The most objects and arrays a valid manifest holds: the top level, sender, recipient
#: and its two lists; an object and three lists per client, an object per record; and as
#: many brackets again as its texts (names, override reason) could hold.
MAX_MANIFEST_CONTAINERS = 5 + 4 * MAX_RECORDS + MAX_RECORDS + 2_600


def parse_manifest(manifest: bytes) -> dict[str, Any]:
    """The manifest after a full schema check (call only once the signature verified).
    Its objects and arrays are counted before it is parsed: each costs some 60 bytes
    parsed, so a signed manifest of nothing but ``{}`` would cost 20 times its size."""
    if manifest.count(b"{") + manifest.count(b"[") > MAX_MANIFEST_CONTAINERS:
        raise PackageTooLarge(N_(
            "The package manifest lists more than a package can hold; "
            "nothing was imported."
        ))
    return check_manifest(strict_loads(manifest, limit=MAX_MANIFEST_BYTES, what="manifest"))


def check_manifest(value: Any) -> dict[str, Any]:
    """The schema half of :func:`parse_manifest` (the exporter checks what it built)."""
    if isinstance(value, dict) and isinstance(value.get("format_version"), int) \
            and value["format_version"] > FORMAT_VERSION:
        raise UnsupportedVersion()
    checked: dict[str, Any] = MANIFEST(value, "manifest")
    if ("documents" in checked) != (checked["format_version"] >= 2):
        raise fail("manifest.documents", N_(
            "The package is not valid: {where} does not match the package's format version; "
            "nothing was imported."))
    ids = [(r["type"], r["id"]) for r in checked["records"]]
    if len(set(ids)) != len(ids):
        raise fail(
            "manifest.records",
            N_("The package is not valid: {where} lists a record twice; nothing was imported."),
        )
    clients = [c["client_id"] for c in checked["clients"]]
    if len(set(clients)) != len(clients):
        raise fail(
            "manifest.clients",
            N_("The package is not valid: {where} lists a client twice; nothing was imported."),
        )
    return value  # type: ignore[no-any-return]
