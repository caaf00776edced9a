"""The ``.napx`` package: byte layout, canonical JSON and strict, bounded parsing.

Inside the age layer (see docs/transfer-format.md)::

    "NAPX" | u16 format_version | u32 n | manifest (n bytes, canonical JSON)
          | signature (64 bytes, Ed25519) | u32 count | count x (u32 m | record, m bytes)

All integers are big-endian. Every length is checked against a cap before anything is
allocated, the file must end exactly after the last record, and every JSON text must be
the canonical encoding of what it parses to. The schema tables (manifest and the record
types) follow; anything outside them is a :class:`SchemaViolation`.
"""

from __future__ import annotations

import functools
import hashlib
import itertools
import json
import re
import struct
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Any

from nap_desktop.domain import consent, moments
from nap_desktop.domain import enums as en
from nap_desktop.domain import fields as registry
from nap_desktop.domain.messages import N_, Message
from nap_desktop.domain.text_rules import SHORT_TEXT, TextProblem, text_problem
from nap_desktop.transfer.errors import (
    PackageDamaged,
    PackageTooLarge,
    SchemaViolation,
    UnsupportedVersion,
)

MAGIC = b"NAPX"
FORMAT_VERSION = 1
SIGNATURE_CONTEXT = b"NAPX-manifest-v1\x00"
SIGNATURE_BYTES = 64

MAX_PACKAGE_BYTES = 256 * 1024 * 1024  # the age file as received
MAX_MANIFEST_BYTES = 64 * 1024 * 1024
MAX_RECORD_BYTES = 2 * 1024 * 1024
MAX_RECORDS = 250_000
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


def signature_input(manifest: bytes) -> bytes:
    return SIGNATURE_CONTEXT + manifest


def build_container(manifest: bytes, signature: bytes, records: list[bytes]) -> bytes:
    if len(signature) != SIGNATURE_BYTES:
        raise ValueError("an Ed25519 signature is 64 bytes")
    parts = [MAGIC, _U16.pack(FORMAT_VERSION), _U32.pack(len(manifest)), manifest, signature,
             _U32.pack(len(records))]
    for record in records:
        parts += [_U32.pack(len(record)), record]
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
    if reader.pos != len(data):
        raise PackageDamaged(N_("The package has unexpected bytes after its last record."))
    return Container(version, manifest, signature, records)


# --- schema -------------------------------------------------------------------

Check = Callable[[Any, Any], Any]  # (value, Path) -> value

UUID_RE = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
HEX64_RE = re.compile(r"[0-9a-f]{64}")
TS_RE = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z")
DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}")
SHORT, LONG = SHORT_TEXT, 20_000


#: Where a value sits, for messages: a text, or (parent, key or index) built as the
#: checks descend and spelled out only when one fails.
Path = str | tuple[Any, str | int]


def where(path: Path) -> str:
    parts: list[str] = []
    while isinstance(path, tuple):
        path, key = path
        parts.append(f".{key}" if isinstance(key, str) else f"[{key}]")
    return path + "".join(reversed(parts))


def _fail(path: Path, template: str, **args: object) -> SchemaViolation:
    """``template``: a whole sentence naming the place as ``{where}`` (no glued words)."""
    return SchemaViolation(template, where=where(path), **args)


def text(limit: int = SHORT, *, required: bool = False) -> Check:
    """Text as the vault's input takes it (``domain.text_rules``): short text has no
    control characters at all; long text no NUL; none a lone surrogate."""

    def check(value: Any, path: Path) -> str:
        if not isinstance(value, str):
            raise _fail(
                path, N_("The package is not valid: {where} must be text; nothing was imported.")
            )
        if len(value) > limit or (required and not value.strip()):
            raise _fail(
                path,
                N_("The package is not valid: {where} has a wrong length; nothing was imported."),
            )
        problem = text_problem(value, limit)
        if problem is TextProblem.SURROGATE:
            raise _fail(
                path,
                N_(
                    "The package is not valid: {where} contains an invalid character; nothing was"
                    " imported."
                ),
            )
        if problem is not None:
            raise _fail(
                path,
                N_(
                    "The package is not valid: {where} contains control characters; nothing was "
                    "imported."
                ),
            )
        return value
    return check


def pattern(regex: re.Pattern[str], what: str | Message) -> Check:
    """Text matching ``regex``; ``what`` says what it must be (a word, or a literal code)."""
    def check(value: Any, path: Path) -> str:
        if not isinstance(value, str) or regex.fullmatch(value) is None:
            raise _fail(
                path,
                N_("The package is not valid: {where} must be {what}; nothing was imported."),
                what=what,
            )
        return value
    return check


uuid = pattern(UUID_RE, Message(N_("an id")))
hex64 = pattern(HEX64_RE, Message(N_("a SHA-256 digest")))


def integer(lo: int, hi: int) -> Check:
    def check(value: Any, path: Path) -> int:
        if isinstance(value, bool) or not isinstance(value, int) or not lo <= value <= hi:
            raise _fail(
                path,
                N_(
                    "The package is not valid: {where} must be a whole number from {lo} to "
                    "{hi}; nothing was imported."
                ),
                lo=lo,
                hi=hi,
            )
        return value
    return check


def boolean(value: Any, path: Path) -> bool:
    if not isinstance(value, bool):
        raise _fail(
            path,
            N_("The package is not valid: {where} must be true or false; nothing was imported."),
        )
    return value


def day(value: Any, path: Path) -> date:
    """A date within the accepted span (domain.moments): nothing else is stored."""
    if not isinstance(value, str) or DATE_RE.fullmatch(value) is None:
        raise _fail(
            path, N_("The package is not valid: {where} must be a date; nothing was imported.")
        )
    try:
        parsed = date.fromisoformat(value)
    except ValueError:
        raise _fail(
            path, N_("The package is not valid: {where} must be a date; nothing was imported.")
        ) from None
    if not moments.date_in_bounds(parsed):
        raise _fail(
            path,
            N_(
                "The package is not valid: {where} must be a date between {first} and "
                "{last}; nothing was imported."
            ),
            first=moments.EARLIEST,
            last=moments.LATEST,
        )
    return parsed


def timestamp(value: Any, path: Path) -> datetime:
    """A UTC time within the accepted span (domain.moments)."""
    return datetime.fromisoformat(utc_time(value, path)[:-1]).replace(tzinfo=UTC)


def utc_time(value: Any, path: Path) -> str:
    """A schema check of a UTC time (as :func:`timestamp`; the text is what is kept)."""
    if not isinstance(value, str) or TS_RE.fullmatch(value) is None:
        raise _fail(
            path, N_("The package is not valid: {where} must be a UTC time; nothing was imported.")
        )
    try:
        parsed = datetime.fromisoformat(value[:-1])
    except ValueError:
        raise _fail(
            path, N_("The package is not valid: {where} must be a UTC time; nothing was imported.")
        ) from None
    if not moments.date_in_bounds(parsed.date()):
        raise _fail(
            path,
            N_(
                "The package is not valid: {where} must be a time between {first} and "
                "{last}; nothing was imported."
            ),
            first=moments.EARLIEST,
            last=moments.LATEST,
        )
    return value


def choice(enum: type[StrEnum]) -> Check:
    def check(value: Any, path: Path) -> str:
        if not isinstance(value, str) or value not in enum._value2member_map_:
            raise _fail(
                path,
                N_(
                    "The package is not valid: {where} has a value outside its list; nothing was "
                    "imported."
                ),
            )
        return value
    return check


def optional(inner: Check) -> Check:
    def check(value: Any, path: Path) -> Any:
        return None if value is None else inner(value, path)
    return check


def items(inner: Check, limit: int, *, sorted_unique: bool = False) -> Check:
    """A list of at most ``limit`` items, each checked (returned as given)."""
    def check(value: Any, path: Path) -> list[Any]:
        if type(value) is not list or len(value) > limit:
            raise _fail(
                path,
                N_(
                    "The package is not valid: {where} must be a list of at most {limit} "
                    "items; nothing was imported."
                ),
                limit=limit,
            )
        for i, v in enumerate(value):
            inner(v, (path, i))
        if sorted_unique and any(a >= b for a, b in itertools.pairwise(value)):
            raise _fail(
                path,
                N_(
                    "The package is not valid: {where} must be sorted without repeats; nothing "
                    "was imported."
                ),
            )
        return value
    return check


def obj(fields: Mapping[str, Check], optional_keys: frozenset[str] = frozenset()) -> Check:
    """An object with exactly these keys (``optional_keys`` may be absent), each value
    checked; returned as given."""
    required = frozenset(fields) - optional_keys
    allowed = frozenset(fields)

    def check(value: Any, path: Path) -> dict[str, Any]:
        if type(value) is not dict:
            raise _fail(
                path,
                N_("The package is not valid: {where} must be an object; nothing was imported."),
            )
        keys = value.keys()
        if not (keys >= required and keys <= allowed):
            raise _fail(
                path,
                N_(
                    "The package is not valid: {where} has missing or unknown fields; nothing was"
                    " imported."
                ),
            )
        for k, v in value.items():
            fields[k](v, (path, k))
        return value
    return check


def categories(limit: int = len(en.InfoCategory)) -> Check:
    return items(choice(en.InfoCategory), limit, sorted_unique=True)


# --- the manifest ---------------------------------------------------------------

RECORD_TYPES = ("agency", "client", "release", "referral", "placement", "restitution", "note")

MANIFEST = obj({
    "format": pattern(re.compile("napx"), "napx"),
    "format_version": integer(1, 1),
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
})


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
    ids = [(r["type"], r["id"]) for r in checked["records"]]
    if len(set(ids)) != len(ids):
        raise _fail(
            "manifest.records",
            N_("The package is not valid: {where} lists a record twice; nothing was imported."),
        )
    clients = [c["client_id"] for c in checked["clients"]]
    if len(set(clients)) != len(clients):
        raise _fail(
            "manifest.clients",
            N_("The package is not valid: {where} lists a client twice; nothing was imported."),
        )
    return value  # type: ignore[no-any-return]


# --- the records ------------------------------------------------------------------

IC = en.InfoCategory
# The consent table lives in ``domain.consent``; these names are the package's view of it
# (aliases, never a second copy).
PERSONAL_FIELDS = consent.PERSONAL_FIELDS
RECORD_CATEGORY = consent.RECORD_CATEGORY
RECORD_FIELDS = consent.RECORD_FIELDS
FIELD_CATEGORIES = consent.FIELD_CATEGORIES
WITHHOLDABLE = consent.WITHHOLDABLE
fields_of = consent.fields_of


def check_of(f: registry.Field) -> Check:
    """The schema check of one registry field: its kind, limits and whether it may be
    None, exactly as input validation holds it (``domain.fields``)."""
    K = registry.Kind  # noqa: N806 - short alias in a table-like function
    inner: Check
    if f.kind in (K.TEXT, K.LONG_TEXT):
        return text(f.max_length or SHORT, required=f.required)
    if f.kind is K.TEXT_LIST:
        return items(text(f.max_length or SHORT, required=True), f.max_items or 0)
    if f.kind is K.CHOICES:
        assert f.enum is not None
        return items(choice(f.enum), f.max_items or 0, sorted_unique=True)
    if f.kind is K.BOOL:
        return boolean
    if f.kind in (K.MONEY, K.NUMBER):
        return integer(f.min_value, f.max_value if f.max_value is not None else MAX_INT)
    if f.kind is K.STAMP:
        return utc_time
    if f.kind is K.CHOICE:
        assert f.enum is not None
        inner = choice(f.enum)
    elif f.kind is K.DATE:
        inner = day
    elif f.kind is K.REFERENCE:
        inner = uuid
    else:
        raise ValueError(f"no package check for {f.kind}")
    return inner if f.required else optional(inner)


def _checks(record: str) -> dict[str, Check]:
    """The checks of the fields of ``record`` that travel (rows of children aside)."""
    return {f.key: check_of(f) for f in registry.fields_of(record)
            if f.sharing is not registry.Sharing.LOCAL and f.kind is not registry.Kind.ROWS
            and not f.personal}


PERSONAL_CHECKS: Mapping[str, Check] = {
    f.key: check_of(f) for f in registry.personal_fields()}


def _rows(record: str, key: str, *, with_id: bool = True) -> tuple[Mapping[str, Check], int]:
    """(fields of one child row, most rows) of the list ``key`` of ``record``."""
    row = {"id": uuid} if with_id else {}
    return {**row, **_checks(f"{record}.{key}")}, registry.field(record, key).max_items or 0


#: The rows inside a record: (fields of one row, most rows).
CHILD_ROWS: Mapping[str, Mapping[str, tuple[Mapping[str, Check], int]]] = {
    "placement": {"ledger": _rows("placement", "ledger")},
    "restitution": {"steps": _rows("restitution", "steps"),
                    "money": _rows("restitution", "money")},
}


def _child(kind: str, key: str, absent: frozenset[str] = frozenset()) -> Check:
    """The check of a record's child rows, without the fields in ``absent``."""
    row, limit = CHILD_ROWS[kind][key]
    return items(obj({f: c for f, c in row.items() if f not in absent}), limit)


def _services(withheld: frozenset[en.InfoCategory]) -> Check:
    """A referral's requested services, none of a kind ``withheld`` keeps out."""
    inner = items(choice(en.ServiceType), 20, sorted_unique=True)

    def check(value: Any, path: Path) -> Any:
        inner(value, path)
        if any(consent.service_withheld(v, withheld) for v in value):
            raise _fail(
                path,
                N_(
                    "The package is not valid: {where} lists a service of a withheld category; "
                    "nothing was imported."
                ),
            )
        return value
    return check


_HISTORY, _HISTORY_ROWS = _rows("referral", "history", with_id=False)
#: The data of each record type, as the field registry describes it.
DATA: Mapping[str, Mapping[str, Check]] = {
    "agency": _checks("agency"),
    "client": _checks("client"),
    "release": _checks("release"),
    "referral": {**_checks("referral"), "history": items(obj(_HISTORY), _HISTORY_ROWS)},
    "placement": {**_checks("placement"), "ledger": _child("placement", "ledger")},
    "restitution": {**_checks("restitution"), "steps": _child("restitution", "steps"),
                    "money": _child("restitution", "money")},
    "note": _checks("note"),
}
_field_name = text(40, required=True)
ENVELOPE = obj({"type": text(20), "id": uuid, "revision": integer(1, MAX_INT),
                "base": optional(hex64), "withheld": categories(), "data": lambda v, p: v,
                "left_out": items(_field_name, 40, sorted_unique=True)},
               optional_keys=frozenset({"left_out"}))


@functools.lru_cache(maxsize=1024)
def data_check(record_type: str, withheld: frozenset[en.InfoCategory],
               left_out: frozenset[str] = frozenset()) -> Check:
    """The data schema of one record, given what it says was withheld (whole categories)
    and left out (single fields the sender holds no value of its own for)."""
    fields = dict(DATA[record_type])
    absent = fields_of(record_type, withheld) | left_out
    if record_type == "client":
        fields["personal"] = obj({f: PERSONAL_CHECKS[f] for f in PERSONAL_CHECKS
                                  if f not in absent})
    else:
        for name in absent:
            fields.pop(name, None)
    for key, names in consent.child_fields_of(record_type, withheld).items():
        fields[key] = _child(record_type, key, names)
    if record_type == consent.SERVICES_OF and withheld & frozenset(
            consent.SERVICE_CATEGORY.values()):
        fields["services"] = _services(withheld)
    return obj(fields)


@functools.lru_cache(maxsize=256)
def _leavable(kind: str, withheld: frozenset[en.InfoCategory]) -> frozenset[str]:
    """The fields a record may list as ``left_out``: withholdable, outside ``withheld``."""
    return frozenset(WITHHOLDABLE.get(kind, ())) - fields_of(kind, withheld)


def parse_record(frame: bytes, entry: Mapping[str, Any], index: int) -> dict[str, Any]:
    """Check one record frame against its manifest entry (hash first) and its schema."""
    path = f"record {index + 1}"
    if sha256_hex(frame) != entry["sha256"]:
        raise PackageDamaged(
            N_("The package {part} does not match its manifest hash."), part=path
        )
    return check_record(strict_loads(frame, limit=MAX_RECORD_BYTES, what=path), entry, path)


def check_record(value: Any, entry: Mapping[str, Any], path: str) -> dict[str, Any]:
    """The schema half of :func:`parse_record`, for a record already parsed (or about to
    be sent: the exporter checks what it built, without encoding and parsing it again)."""
    ENVELOPE(value, path)
    envelope: dict[str, Any] = value
    kind = envelope["type"]
    if (kind, envelope["id"], envelope["revision"]) != (entry["type"], entry["id"],
                                                          entry["revision"]):
        raise _fail(
            path,
            N_(
                "The package is not valid: {where} differs from its manifest entry; nothing was "
                "imported."
            ),
        )
    withheld = frozenset(IC(c) for c in envelope["withheld"])
    if not withheld <= FIELD_CATEGORIES.get(kind, frozenset()):
        raise _fail(
            f"{path}.withheld",
            N_(
                "The package is not valid: {where} names a category this record cannot withhold; "
                "nothing was imported."
            ),
        )
    left_out: frozenset[str] = frozenset()
    if "left_out" in envelope:
        left_out = frozenset(envelope["left_out"])
        if not left_out:
            raise _fail(
                f"{path}.left_out",
                N_(
                    "The package is not valid: {where} is empty (it is left out instead); nothing"
                    " was imported."
                ),
            )
        if not left_out <= _leavable(kind, withheld):
            raise _fail(
                f"{path}.left_out",
                N_(
                    "The package is not valid: {where} names a field this record cannot leave "
                    "out; nothing was imported."
                ),
            )
    data_check(kind, withheld, left_out)(envelope["data"], f"{path}.data")
    if kind == "release" and envelope["data"]["status"] == en.ReleaseStatus.EXPIRED.value:
        raise _fail(
            f"{path}.data.status",
            N_(
                "The package is not valid: {where} is a derived status that is never stored; "
                "nothing was imported."
            ),
        )
    return envelope
