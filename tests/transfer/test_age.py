"""The age layer: keys, round trips, the STREAM layout, strict header and armor rules."""

from __future__ import annotations

import base64
import hashlib

import pytest

from nap_desktop.transfer import _age_header, _age_keys, age

CHUNK = 64 * 1024

# Examples from the age spec (c2sp.org/age): identity -> recipient known answers.
SPEC_X25519_IDENTITY = "AGE-SECRET-KEY-1GFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPQ4EGAEX"
SPEC_X25519_RECIPIENT = "age1zvkyg2lqzraa2lnjvqej32nkuu0ues2s82hzrye869xeexvn73equnujwj"
SPEC_PQ_IDENTITY = "AGE-SECRET-KEY-PQ-1XX76JRALNLXDMEW0CRK45QMCCH4X06SE84UN3VPM33W6HWDX0H3SK3ZQFR"
# SHA-256 of the spec's 1,959-character age1pq1x34nzsvr0rxjsgdn8zgy… example recipient.
SPEC_PQ_RECIPIENT_SHA256 = "a091dd7e0ee9d62b75173dcc98441a0424baa941e66a8776e570a4ae60ff61ea"
SPEC_PQ_RECIPIENT_HEAD = "age1pq1x34nzsvr0rxjsgdn8zgyhfe8j7ceq5r9rdelkjuh3y235jzxshfg87pzf5zrq"
SPEC_TAG_RECIPIENT = "age1tag1qt8lw0ual6avlwmwatk888yqnmdamm7xfd0wak53ut6elz5c4swx2yqdj4e"


@pytest.fixture(scope="module")
def x_id() -> str:
    return age.generate_x25519_identity()


@pytest.fixture(scope="module")
def pq_id() -> str:
    return age.generate_pq_identity()


def _stream_len(n: int) -> int:
    return 16 + n + 16 * max(1, -(-n // CHUNK))


# -- keys -----------------------------------------------------------------------------------


def test_spec_known_answers() -> None:
    assert age.to_recipient(SPEC_X25519_IDENTITY) == SPEC_X25519_RECIPIENT
    pq = age.to_recipient(SPEC_PQ_IDENTITY)
    assert len(pq) == 1959
    assert pq.startswith(SPEC_PQ_RECIPIENT_HEAD)
    assert hashlib.sha256(pq.encode()).hexdigest() == SPEC_PQ_RECIPIENT_SHA256


def test_generated_keys_have_the_age_shapes(x_id: str, pq_id: str) -> None:
    assert x_id.startswith("AGE-SECRET-KEY-1") and x_id == x_id.upper()
    assert pq_id.startswith("AGE-SECRET-KEY-PQ-1") and pq_id == pq_id.upper()
    assert age.to_recipient(x_id).startswith("age1") and len(age.to_recipient(x_id)) == 62
    assert age.to_recipient(pq_id).startswith("age1pq1")
    assert age.generate_x25519_identity() != age.generate_x25519_identity()


def _flip_last_char(text: str) -> str:
    return text[:-1] + ("q" if text[-1] != "q" else "p")


@pytest.mark.parametrize(
    "recipient",
    [
        "",
        "age1",
        SPEC_X25519_RECIPIENT.upper(),  # recipients are lowercase, as the reference
        SPEC_X25519_RECIPIENT[:10] + SPEC_X25519_RECIPIENT[10:].upper(),  # mixed case
        _flip_last_char(SPEC_X25519_RECIPIENT),  # checksum
        SPEC_X25519_RECIPIENT + "q",
        " " + SPEC_X25519_RECIPIENT,
        SPEC_TAG_RECIPIENT,  # a type we don't implement
        SPEC_X25519_IDENTITY,  # an identity is not a recipient
        "age1pq1" + "q" * 80,
        "age1" + "q" * 5000,
    ],
)
def test_bad_recipients_are_key_format_errors(recipient: str) -> None:
    with pytest.raises(age.KeyFormatError) as caught:
        age.encrypt(b"x", [recipient])
    assert recipient[8:] not in str(caught.value) or not recipient[8:]


@pytest.mark.parametrize(
    "identity",
    [
        SPEC_X25519_IDENTITY.lower(),  # identities are uppercase, as the reference
        _flip_last_char(SPEC_X25519_IDENTITY),
        SPEC_X25519_RECIPIENT,
        SPEC_PQ_IDENTITY[:-1],
        "AGE-SECRET-KEY-PQ-1",
        "",
    ],
)
def test_bad_identities_are_key_format_errors(identity: str) -> None:
    with pytest.raises(age.KeyFormatError) as caught:
        age.to_recipient(identity)
    assert identity[16:40] not in str(caught.value) or len(identity) < 40
    with pytest.raises(age.KeyFormatError):
        age.decrypt(b"anything", [identity])


def test_a_single_string_is_a_type_error(x_id: str) -> None:
    with pytest.raises(TypeError):
        age.encrypt(b"x", age.to_recipient(x_id))
    with pytest.raises(TypeError):
        age.decrypt(b"x", x_id)


def test_empty_lists_are_refused(x_id: str) -> None:
    with pytest.raises(age.KeyFormatError):
        age.encrypt(b"x", [])
    data = age.encrypt(b"x", [age.to_recipient(x_id)])
    with pytest.raises(age.KeyFormatError):
        age.decrypt(data, [])


def test_post_quantum_and_classic_recipients_do_not_mix(x_id: str, pq_id: str) -> None:
    with pytest.raises(age.KeyFormatError, match="mixed"):
        age.encrypt(b"x", [age.to_recipient(pq_id), age.to_recipient(x_id)])


def test_identities_do_not_show_their_keys(x_id: str, pq_id: str) -> None:
    for text in (x_id, pq_id):
        shown = repr(_age_keys.parse_identity(text))
        assert text[20:] not in shown and "Identity" in shown


# -- round trips ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "size", [0, 1, 17, CHUNK - 1, CHUNK, CHUNK + 1, 2 * CHUNK, 3 * CHUNK, 3 * CHUNK + 5]
)
@pytest.mark.parametrize("kind", ["x25519", "pq"])
def test_round_trip_sizes(kind: str, size: int, x_id: str, pq_id: str) -> None:
    identity = x_id if kind == "x25519" else pq_id
    plain = bytes(i * 7 % 251 for i in range(size))
    data = age.encrypt(plain, [age.to_recipient(identity)])
    header = _age_header.parse(data)
    assert len(data) - header.end == _stream_len(size)  # 64 KiB chunks, one final chunk
    assert age.decrypt(data, [identity]) == plain


def test_multiple_recipients_each_open(x_id: str) -> None:
    ids = [x_id, age.generate_x25519_identity(), age.generate_x25519_identity()]
    data = age.encrypt(b"to three", [age.to_recipient(i) for i in ids])
    assert len(_age_header.parse(data).stanzas) == 3
    for identity in ids:
        assert age.decrypt(data, [identity]) == b"to three"
    stranger = age.generate_x25519_identity()
    assert age.decrypt(data, [stranger, ids[2]]) == b"to three"


def test_multiple_pq_recipients_each_open(pq_id: str) -> None:
    other = age.generate_pq_identity()
    data = age.encrypt(b"pq", [age.to_recipient(pq_id), age.to_recipient(other)])
    assert age.decrypt(data, [other]) == b"pq"
    assert age.decrypt(data, [pq_id]) == b"pq"


def test_stanza_shapes(x_id: str, pq_id: str) -> None:
    x = _age_header.parse(age.encrypt(b"", [age.to_recipient(x_id)])).stanzas[0]
    assert x.args[0] == "X25519" and len(x.args) == 2 and len(x.body) == 32
    pq = _age_header.parse(age.encrypt(b"", [age.to_recipient(pq_id)])).stanzas[0]
    assert pq.args[0] == "mlkem768x25519" and len(pq.args) == 2 and len(pq.body) == 32
    assert len(_age_header.b64_decode(pq.args[1].encode())) == 1120


def test_wrong_identity_is_no_match(x_id: str, pq_id: str) -> None:
    data = age.encrypt(b"secret", [age.to_recipient(pq_id)])
    with pytest.raises(age.NoIdentityMatch):
        age.decrypt(data, [x_id, age.generate_pq_identity()])


def test_other_bytes_like_inputs_work_too(x_id: str) -> None:
    # Typed as bytes; other buffers are accepted at run time, and str is refused.
    data = age.encrypt(bytearray(b"abc"), [age.to_recipient(x_id)])  # type: ignore[arg-type]
    assert age.decrypt(memoryview(data), [x_id]) == b"abc"  # type: ignore[arg-type]
    assert age.decrypt(bytearray(data), [x_id]) == b"abc"  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        age.decrypt(data.decode("latin-1"), [x_id])  # type: ignore[arg-type]


# -- payload --------------------------------------------------------------------------------


def test_truncation_and_trailing_data_are_payload_errors(x_id: str) -> None:
    data = age.encrypt(b"z" * (2 * CHUNK), [age.to_recipient(x_id)])
    end = _age_header.parse(data).end
    first_chunk_end = end + 16 + CHUNK + 16
    for bad in (data[:-1], data[:first_chunk_end], data + b"\0", data[: end + 16]):
        with pytest.raises(age.PayloadError):
            age.decrypt(bad, [x_id])
    with pytest.raises(age.HeaderError):  # the nonce itself is cut: as the reference
        age.decrypt(data[: end + 15], [x_id])


# -- header ---------------------------------------------------------------------------------


def _grease(n: int, body: bytes = b"") -> list[_age_header.Stanza]:
    return [_age_header.Stanza(("grease", str(i)), body) for i in range(n)]


def _file(stanzas: list[_age_header.Stanza], file_key: bytes, payload: bytes = b"") -> bytes:
    return _age_header.encode(stanzas, file_key) + payload


def test_header_bounds(x_id: str) -> None:
    key = bytes(16)
    real = age.encrypt(b"", [age.to_recipient(x_id)])
    with pytest.raises(age.HeaderError, match="too many"):
        age.decrypt(_file(_grease(257), key), [x_id])
    with pytest.raises(age.HeaderError, match="too large"):
        age.decrypt(_file(_grease(1, b"\0" * 20_000), key), [x_id])
    huge = _file(_grease(200, b"\0" * 7000), key)
    assert len(huge) > _age_header.MAX_HEADER_BYTES
    with pytest.raises(age.HeaderError, match="too large"):
        age.decrypt(huge, [x_id])
    with pytest.raises(age.HeaderError):
        age.decrypt(real[:-50], [x_id])
    with pytest.raises(age.HeaderError):
        age.decrypt(b"age-encryption.org/v1\n" + b"a" * 2_000_000, [x_id])


def test_header_needs_a_stanza(x_id: str) -> None:
    with pytest.raises(age.HeaderError):
        age.decrypt(_file([], bytes(16), b"\0" * 40), [x_id])


def test_grease_and_unknown_stanzas_are_ignored(x_id: str) -> None:
    real = _age_header.parse(age.encrypt(b"", [age.to_recipient(x_id)])).stanzas
    stanzas = [*_grease(3, b"\1" * 100), *real]
    with pytest.raises(age.HeaderError, match="MAC"):  # right key, header changed
        age.decrypt(_file(stanzas, bytes(16), b"\0" * 32), [x_id])


@pytest.mark.parametrize("others", [1, 2])
def test_scrypt_must_be_alone(others: int, x_id: str) -> None:
    scrypt = _age_header.Stanza(("scrypt", "A" * 21 + "w", "18"), b"\0" * 32)
    stanzas = [scrypt, *_grease(others - 1)]
    stanzas += _age_header.parse(age.encrypt(b"", [age.to_recipient(x_id)])).stanzas
    with pytest.raises(age.HeaderError, match="scrypt"):
        age.decrypt(_file(stanzas, bytes(16), b"\0" * 32), [x_id])


def test_lone_scrypt_is_no_match_without_a_passphrase(x_id: str) -> None:
    scrypt = _age_header.Stanza(("scrypt", "A" * 21 + "w", "18"), b"\0" * 32)
    with pytest.raises(age.NoIdentityMatch):
        age.decrypt(_file([scrypt], bytes(16), b"\0" * 32), [x_id])


@pytest.mark.parametrize("size", [0, 1, 64 * 1024, 64 * 1024 + 1])
def test_passphrase_round_trip(size: int, x_id: str) -> None:
    plain = bytes(range(256)) * (size // 256) + bytes(size % 256)
    sealed = age.encrypt_with_passphrase(plain, "tres tristes tigres", work_factor=10)
    (stanza,) = _age_header.parse(sealed).stanzas
    assert stanza.type == "scrypt" and stanza.args[2] == "10"
    assert age.decrypt(sealed, passphrase="tres tristes tigres") == plain
    # With an identity beside the passphrase: the passphrase still opens it.
    assert age.decrypt(sealed, [x_id], passphrase="tres tristes tigres") == plain
    with pytest.raises(age.NoIdentityMatch):
        age.decrypt(sealed, passphrase="tres tristes tigre")
    with pytest.raises(age.NoIdentityMatch):
        age.decrypt(sealed, [x_id])


def test_every_passphrase_file_has_its_own_salt() -> None:
    one, two = (age.encrypt_with_passphrase(b"x", "same", work_factor=4) for _ in range(2))
    assert _age_header.parse(one).stanzas[0].args[1] != _age_header.parse(two).stanzas[0].args[1]


@pytest.mark.parametrize("work_factor", [0, 23, -1, True, 18.0])
def test_passphrase_work_factor_is_bounded(work_factor: object) -> None:
    with pytest.raises(age.KeyFormatError):
        age.encrypt_with_passphrase(b"x", "p", work_factor=work_factor)  # type: ignore[arg-type]


def test_an_empty_passphrase_is_refused(x_id: str) -> None:
    with pytest.raises(age.KeyFormatError):
        age.encrypt_with_passphrase(b"x", "")
    sealed = age.encrypt_with_passphrase(b"x", "p", work_factor=4)
    with pytest.raises(age.KeyFormatError):
        age.decrypt(sealed, passphrase="")
    with pytest.raises(age.KeyFormatError):
        age.decrypt(sealed)  # neither identities nor a passphrase


def test_a_passphrase_never_shows_in_a_repr_or_an_error() -> None:
    from nap_desktop.transfer import _age_scrypt

    secret = "Zyxwvut secret words"
    assert secret not in repr(_age_scrypt.ScryptRecipient(secret, 4))
    assert secret not in repr(_age_scrypt.ScryptIdentity(secret))
    sealed = age.encrypt_with_passphrase(b"x", secret, work_factor=4)
    with pytest.raises(age.AgeError) as caught:
        age.decrypt(sealed[:-1], passphrase=secret)
    assert secret not in str(caught.value)


def test_a_hostile_work_factor_is_refused_before_any_derivation() -> None:
    (stanza,) = _age_header.parse(age.encrypt_with_passphrase(b"x", "p", work_factor=4)).stanzas
    for work_factor in ("23", "40", "999"):  # 2^23 would be 8 GiB: never attempted
        hostile = _age_header.Stanza((*stanza.args[:2], work_factor), stanza.body)
        with pytest.raises(age.HeaderError, match="work factor"):
            age.decrypt(_file([hostile], bytes(16)), passphrase="p")


# -- armor ----------------------------------------------------------------------------------


def _armor(data: bytes, eol: str = "\n") -> bytes:
    text = base64.b64encode(data).decode()
    lines = [text[i : i + 64] for i in range(0, len(text), 64)]
    block = ["-----BEGIN AGE ENCRYPTED FILE-----", *lines, "-----END AGE ENCRYPTED FILE-----"]
    return (eol.join(block) + eol).encode()


@pytest.mark.parametrize("size", [0, 1, 100, CHUNK + 3])
@pytest.mark.parametrize("eol", ["\n", "\r\n"])
def test_armored_input(size: int, eol: str, x_id: str) -> None:
    plain = b"\xab" * size
    armored = _armor(age.encrypt(plain, [age.to_recipient(x_id)]), eol)
    assert age.decrypt(armored, [x_id]) == plain
    assert age.decrypt(b"\n \t\n" + armored + b"\n  \n", [x_id]) == plain


def test_armor_is_strict(x_id: str) -> None:
    armored = _armor(age.encrypt(b"hello", [age.to_recipient(x_id)]))
    lines = armored.split(b"\n")
    bad = [
        armored.replace(b"\n", b"\r\n", 1),  # mixed line endings
        b"x" + armored,
        b"  " + armored,  # whitespace on the BEGIN line
        armored[:-1] + b"  x",
        armored.rstrip(b"\n") + b" \n",  # whitespace on the END line
        b"\n".join([*lines[:2], b"", *lines[2:]]),  # blank line inside
        b"\n".join([lines[0], lines[1][:60], lines[1][60:], *lines[2:]]),  # short line
        b" " * 2000 + armored,
        armored + b"\n" * 2000,
        armored.replace(b"-----END AGE ENCRYPTED FILE-----", b""),
    ]
    for data in bad:
        with pytest.raises(age.HeaderError):
            age.decrypt(data, [x_id])


def test_recipient_count_is_bounded_like_the_parser(x_id: str) -> None:
    recipient = age.to_recipient(x_id)
    data = age.encrypt(b"", [recipient] * _age_header.MAX_STANZAS)
    assert age.decrypt(data, [x_id]) == b""
    with pytest.raises(age.KeyFormatError, match="too many"):
        age.encrypt(b"", [recipient] * (_age_header.MAX_STANZAS + 1))


def test_large_payloads_use_the_mapped_buffer_cleanly(x_id: str) -> None:
    # Above 1 MiB the output is built in an anonymous mapping (on Linux): check the
    # success path and an error raised half-way through filling it.
    plain = bytes(range(256)) * (5 * 1024 * 1024 // 256 + 3)
    data = bytearray(age.encrypt(plain, [age.to_recipient(x_id)]))
    assert age.decrypt(bytes(data), [x_id]) == plain
    data[len(data) // 2] ^= 0x40
    with pytest.raises(age.PayloadError):
        age.decrypt(bytes(data), [x_id])
    data[len(data) // 2] ^= 0x40
    assert age.decrypt(bytes(data), [x_id]) == plain
