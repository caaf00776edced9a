"""The age payload: STREAM with ChaCha20-Poly1305 over 64 KiB chunks (c2sp.org/age).

The whole ciphertext is in memory, so the last chunk is known from the length alone: every
chunk but the last is opened with the non-final nonce flag and the last with the final
flag. That accepts exactly the valid STREAM encodings (a final chunk in the middle, a
missing final chunk and trailing bytes all fail authentication or the length rules).
Output goes straight into one preallocated buffer through memoryviews: no per-chunk copies.
"""

from __future__ import annotations

import mmap
import os
from collections.abc import Callable

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from nap_desktop.transfer._age_errors import HeaderError, PayloadError

NONCE_SIZE = 16
CHUNK_SIZE = 64 * 1024
TAG_SIZE = 16
_SEALED_CHUNK = CHUNK_SIZE + TAG_SIZE
_COUNTER_BYTES = 11
_LAST = b"\x01"
_NOT_LAST = b"\x00"
_MAPPED_MIN = 1024 * 1024


def payload_key(file_key: bytes, nonce: bytes) -> bytes:
    """HKDF-SHA-256(ikm = file key, salt = nonce, info = "payload")."""
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=nonce, info=b"payload").derive(file_key)


def _chunk_nonce(index: int, last: bool) -> bytes:
    return index.to_bytes(_COUNTER_BYTES, "big") + (_LAST if last else _NOT_LAST)


def _chunk_count(plaintext_len: int) -> int:
    # An empty payload is still one (empty, final) chunk.
    return max(1, -(-plaintext_len // CHUNK_SIZE))


def sealed_size(plaintext_len: int) -> int:
    """Bytes of payload, nonce included, for a plaintext of this length."""
    return NONCE_SIZE + plaintext_len + TAG_SIZE * _chunk_count(plaintext_len)


def _new_buffer(size: int) -> bytearray | mmap.mmap:
    """A writable scratch buffer. Large ones are anonymous mappings populated up front
    where the OS offers it (Linux MAP_POPULATE): the kernel maps all pages in one go
    instead of one fault per 4 KiB page, a good part of the cost at 64 MiB. A bytearray
    (zero-filled page by page) elsewhere, and for small sizes."""
    populate = getattr(mmap, "MAP_POPULATE", None)
    if size >= _MAPPED_MIN and populate is not None:
        try:
            return mmap.mmap(-1, size, flags=mmap.MAP_PRIVATE | mmap.MAP_ANONYMOUS | populate)
        except OSError:
            pass  # e.g. an address-space limit: the plain buffer may still fit
    return bytearray(size)


def build(size: int, write: Callable[[memoryview], None]) -> bytes:
    """Let ``write`` fill a fresh ``size``-byte buffer, and return its contents as bytes.

    The mapping is not closed explicitly: on an error a traceback may still hold a slice
    of it, and close() would then fail; reference counting unmaps it.
    """
    buf = _new_buffer(size)
    with memoryview(buf) as view:
        write(view)
    return bytes(buf)


def seal_into(file_key: bytes, plaintext: bytes, out: memoryview) -> None:
    """Write nonce and sealed chunks into ``out``, which is exactly ``sealed_size`` long."""
    nonce = os.urandom(NONCE_SIZE)
    out[:NONCE_SIZE] = nonce
    aead = ChaCha20Poly1305(payload_key(file_key, nonce))
    src = memoryview(plaintext)
    count = _chunk_count(len(plaintext))
    pos = NONCE_SIZE
    for index in range(count):
        chunk = src[index * CHUNK_SIZE : (index + 1) * CHUNK_SIZE]
        end = pos + len(chunk) + TAG_SIZE
        aead.encrypt_into(_chunk_nonce(index, index == count - 1), chunk, None, out[pos:end])
        pos = end


def _opened_size(ciphertext_len: int) -> tuple[int, int]:
    """Return (chunk count, plaintext length), rejecting impossible lengths."""
    if ciphertext_len == 0:
        raise PayloadError("payload has no chunks")
    count = -(-ciphertext_len // _SEALED_CHUNK)
    last_len = ciphertext_len - (count - 1) * _SEALED_CHUNK
    if last_len < TAG_SIZE:
        raise PayloadError("payload is truncated")
    if last_len == TAG_SIZE and count > 1:
        raise PayloadError("final chunk is empty")
    return count, ciphertext_len - count * TAG_SIZE


def open_payload(file_key: bytes, payload: memoryview) -> bytes:
    """Check and decrypt the payload (nonce included); all or nothing."""
    if len(payload) < NONCE_SIZE:
        # The reference implementation reports a missing nonce as a header failure.
        raise HeaderError("payload nonce is missing")
    aead = ChaCha20Poly1305(payload_key(file_key, bytes(payload[:NONCE_SIZE])))
    sealed = payload[NONCE_SIZE:]
    count, plain_len = _opened_size(len(sealed))

    def write(out: memoryview) -> None:
        for index in range(count):
            chunk = sealed[index * _SEALED_CHUNK : (index + 1) * _SEALED_CHUNK]
            start = index * CHUNK_SIZE
            try:
                aead.decrypt_into(
                    _chunk_nonce(index, index == count - 1),
                    chunk,
                    None,
                    out[start : start + len(chunk) - TAG_SIZE],
                )
            except InvalidTag:
                raise PayloadError("payload chunk does not authenticate") from None

    return build(plain_len, write)
