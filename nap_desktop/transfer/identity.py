"""Agency identity: key generations, the public identity card and its human fingerprint.

A card is ``{"body": {...}, "self_signature": hex}`` in canonical JSON. The body names the
agency and its public keys; the self-signature (Ed25519 over ``CARD_CONTEXT + body``)
proves the sender holds the signing key. The fingerprint is the SHA-256 of the canonical
body, shown as eight groups of four base32 characters (160 bits) to read over the phone.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from nap_desktop.domain.entities import Agency
from nap_desktop.domain.enums import AgencyKind
from nap_desktop.domain.errors import TransferError
from nap_desktop.domain.messages import N_, Message
from nap_desktop.store.transfer_models import AgencyKeyRow
from nap_desktop.transfer import age, checks
from nap_desktop.transfer import package as pkg
from nap_desktop.transfer.errors import CardInvalid, FingerprintMismatch

CARD_KIND = "nap-agency-card"
CARD_VERSION = 1
CARD_CONTEXT = b"NAPX-card-v1\x00"
MAX_CARD_BYTES = 64 * 1024
FINGERPRINT_BYTES = 20
_RECIPIENT_RE = re.compile(r"age1(pq1)?[02-9ac-hj-np-z]{50,4000}")


def new_generation(generation: int, now: datetime) -> AgencyKeyRow:
    """Fresh age identities (X25519 and ML-KEM-768+X25519) and an Ed25519 signing key."""
    x25519 = age.generate_x25519_identity()
    pq = age.generate_pq_identity()
    signer = Ed25519PrivateKey.generate()
    public = signer.public_key().public_bytes_raw().hex()
    return AgencyKeyRow(
        generation=generation, x25519_identity=x25519, pq_identity=pq,
        signing_private=signer.private_bytes_raw().hex(), signing_public=public,
        key_fingerprint=key_fingerprint(age.to_recipient(x25519), age.to_recipient(pq), public),
        created_at=now, retired_at=None,
    )


def key_fingerprint(x25519_recipient: str, pq_recipient: str, signing_public_hex: str) -> str:
    """SHA-256 (hex) over the public keys only: names the keys a package was sealed for,
    independent of the agency's display name."""
    return pkg.sha256_hex(pkg.canonical({"pq_recipient": pq_recipient,
                                         "signing_key": signing_public_hex,
                                         "x25519_recipient": x25519_recipient}))


def signing_key(row: AgencyKeyRow) -> Ed25519PrivateKey:
    return Ed25519PrivateKey.from_private_bytes(bytes.fromhex(row.signing_private))


def signing_key_digest(public_hex: str) -> str:
    return hashlib.sha256(bytes.fromhex(public_hex)).hexdigest()


# --- cards ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Card:
    """A parsed, self-signature-checked identity card."""

    agency_id: str
    agency_name: str
    agency_kind: AgencyKind
    is_victim_service_provider: bool
    x25519_recipient: str
    pq_recipient: str
    signing_public: str  # hex
    raw: bytes  # the canonical card as received

    @property
    def fingerprint(self) -> str:
        return card_fingerprint(self.raw)

    @property
    def key_fingerprint(self) -> str:
        return key_fingerprint(self.x25519_recipient, self.pq_recipient, self.signing_public)

    @property
    def recipients(self) -> list[str]:
        """Encrypt to the hybrid post-quantum recipient (age forbids mixing it with X25519)."""
        return [self.pq_recipient] if self.pq_recipient else [self.x25519_recipient]


def build_card(agency: Agency, keys: AgencyKeyRow) -> bytes:
    body = {
        "card": CARD_KIND, "card_version": CARD_VERSION, "agency_id": agency.id,
        "agency_name": agency.name, "agency_kind": agency.kind.value,
        "is_victim_service_provider": agency.is_victim_service_provider,
        "x25519_recipient": age.to_recipient(keys.x25519_identity),
        "pq_recipient": age.to_recipient(keys.pq_identity),
        "signing_key": keys.signing_public,
    }
    signature = signing_key(keys).sign(CARD_CONTEXT + pkg.canonical(body))
    return pkg.canonical({"body": body, "self_signature": signature.hex()})


_HEX = checks.pattern(re.compile(r"[0-9a-f]{64}"), Message(N_("a public key")))
_SIG = checks.pattern(re.compile(r"[0-9a-f]{128}"), Message(N_("a signature")))
_RECIPIENT = checks.pattern(_RECIPIENT_RE, Message(N_("an age recipient")))
CARD_SCHEMA = checks.obj({
    "body": checks.obj({
        "card": checks.pattern(re.compile(CARD_KIND), CARD_KIND),
        "card_version": checks.integer(1, 1_000_000), "agency_id": checks.uuid,
        "agency_name": checks.text(required=True), "agency_kind": checks.choice(AgencyKind),
        "is_victim_service_provider": checks.boolean, "x25519_recipient": _RECIPIENT,
        "pq_recipient": _RECIPIENT, "signing_key": _HEX,
    }),
    "self_signature": _SIG,
})


def parse_card(data: bytes) -> Card:
    """Parse and check a card file; any problem is a :class:`CardInvalid`."""
    raw = data[:-1] if data.endswith(b"\n") else data
    try:
        value: Any = pkg.strict_loads(raw, limit=MAX_CARD_BYTES, what="card")
        if isinstance(value, dict) and isinstance(value.get("body"), dict) \
                and isinstance(value["body"].get("card_version"), int) \
                and value["body"]["card_version"] > CARD_VERSION:
            raise CardInvalid(N_("This identity card was made by a newer version of NAP Desktop."))
        CARD_SCHEMA(value, "card")
    except CardInvalid:
        raise
    except TransferError:
        raise CardInvalid() from None
    body = value["body"]
    if body["x25519_recipient"].startswith("age1pq1") or \
            not body["pq_recipient"].startswith("age1pq1"):
        raise CardInvalid(N_("The identity card lists its keys under the wrong names."))
    try:
        public = Ed25519PublicKey.from_public_bytes(bytes.fromhex(body["signing_key"]))
        public.verify(bytes.fromhex(value["self_signature"]), CARD_CONTEXT + pkg.canonical(body))
    except (InvalidSignature, ValueError):
        raise CardInvalid(N_("The identity card's self-signature is not valid.")) from None
    for recipient in (body["x25519_recipient"], body["pq_recipient"]):
        try:
            age.encrypt(b"", [recipient])  # the strict parser of age checks the key itself
        except age.AgeError:
            raise CardInvalid(N_("The identity card holds a key that is not valid.")) from None
    return Card(agency_id=body["agency_id"], agency_name=body["agency_name"],
                agency_kind=AgencyKind(body["agency_kind"]),
                is_victim_service_provider=body["is_victim_service_provider"],
                x25519_recipient=body["x25519_recipient"], pq_recipient=body["pq_recipient"],
                signing_public=body["signing_key"], raw=raw)


def card_fingerprint(card: bytes) -> str:
    """The fingerprint of a card's body, in groups: ``ABCD-EFGH-...`` (8 x 4 base32)."""
    value = pkg.strict_loads(card, limit=MAX_CARD_BYTES, what="card")
    digest = hashlib.sha256(pkg.canonical(value["body"])).digest()[:FINGERPRINT_BYTES]
    text = base64.b32encode(digest).decode("ascii")
    return "-".join(text[i:i + 4] for i in range(0, len(text), 4))


def normalize_fingerprint(text: str) -> str:
    """What a person typed: case, spaces and dashes do not matter; 0/1/8 read as O/I/B."""
    cleaned = re.sub(r"[\s\-]", "", text).upper().translate(str.maketrans("018", "OIB"))
    if len(cleaned) != 32 or re.fullmatch(r"[A-Z2-7]{32}", cleaned) is None:
        raise FingerprintMismatch(
            N_("A fingerprint is 32 letters and digits in 8 groups of 4; check what you typed.")
        )
    return "-".join(cleaned[i:i + 4] for i in range(0, 32, 4))


def check_fingerprint(card: Card, typed: str) -> None:
    wanted = normalize_fingerprint(typed)
    if not hmac.compare_digest(wanted.encode("ascii"), card.fingerprint.encode("ascii")):
        raise FingerprintMismatch()
