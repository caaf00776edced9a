"""Interoperability with typage (npm ``age-encryption`` 0.3.1), the TypeScript age by the
format's author: a second, independent peer, and the one that has the post-quantum
``mlkem768x25519`` type (Debian's age CLI 1.1.1 predates it). Both directions, every
recipient type we implement: X25519, mlkem768x25519 and passphrases.

``.ci/run`` installs it (``npm ci --prefix tests/interop``); elsewhere the tests skip and
say how to install it.
"""

from __future__ import annotations

import base64
import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from nap_desktop.transfer import age

INTEROP = Path(__file__).resolve().parent.parent / "interop"
DRIVER = INTEROP / "typage_driver.mjs"
NODE = shutil.which("node")
pytestmark = pytest.mark.skipif(
    NODE is None or not (INTEROP / "node_modules" / "age-encryption").is_dir(),
    reason="typage is not installed: npm ci --prefix tests/interop",
)

SIZES = [0, 1, 64 * 1024, 64 * 1024 + 1, 300_000]


class PeerFailed(Exception):
    pass


def typage(op: str, **request: Any) -> dict[str, Any]:
    assert NODE is not None
    done = subprocess.run(
        [NODE, str(DRIVER)],
        input=json.dumps({"op": op, **request}).encode(),
        capture_output=True,
        timeout=120,
        cwd=INTEROP,
        check=False,
    )
    answer: dict[str, Any] = json.loads(done.stdout or b"{}")
    if done.returncode != 0:
        raise PeerFailed(answer.get("error") or done.stderr.decode(errors="replace"))
    return answer


def typage_encrypt(data: bytes, **request: Any) -> bytes:
    sealed = typage("encrypt", data=base64.b64encode(data).decode(), **request)["data"]
    return base64.b64decode(sealed)


def typage_decrypt(data: bytes, **request: Any) -> bytes:
    plain = typage("decrypt", data=base64.b64encode(data).decode(), **request)["data"]
    return base64.b64decode(plain)


@pytest.fixture(scope="module", params=["pq", "x25519"])
def kind(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture(scope="module")
def their_key(kind: str) -> dict[str, Any]:
    return typage("keygen", pq=kind == "pq")


def our_identity(kind: str) -> str:
    return age.generate_pq_identity() if kind == "pq" else age.generate_x25519_identity()


def test_both_derive_the_same_recipient_from_an_identity(kind: str) -> None:
    ours = our_identity(kind)
    assert typage("recipient", identity=ours)["recipient"] == age.to_recipient(ours)
    theirs = typage("keygen", pq=kind == "pq")
    assert age.to_recipient(theirs["identity"]) == theirs["recipient"]


@pytest.mark.parametrize("size", SIZES)
def test_ours_to_typage(kind: str, their_key: dict[str, Any], size: int) -> None:
    plain = os.urandom(size)
    sealed = age.encrypt(plain, [their_key["recipient"]])
    assert typage_decrypt(sealed, identities=[their_key["identity"]]) == plain


@pytest.mark.parametrize("size", SIZES)
def test_typage_to_ours(kind: str, size: int) -> None:
    identity = our_identity(kind)
    plain = os.urandom(size)
    sealed = typage_encrypt(plain, recipients=[age.to_recipient(identity)])
    assert age.decrypt(sealed, [identity]) == plain
    with pytest.raises(age.NoIdentityMatch):
        age.decrypt(sealed, [our_identity(kind)])


def test_several_recipients_each_open_it_on_the_other_side(kind: str) -> None:
    keys = [typage("keygen", pq=kind == "pq") for _ in range(3)]
    sealed = age.encrypt(b"to three agencies", [k["recipient"] for k in keys])
    for key in keys:
        assert typage_decrypt(sealed, identities=[key["identity"]]) == b"to three agencies"


@pytest.mark.parametrize("size", [0, 64 * 1024 + 1])
def test_passphrases_both_ways(size: int) -> None:
    plain = os.urandom(size)
    ours = age.encrypt_with_passphrase(plain, "correct horse ß 電池", work_factor=10)
    assert typage_decrypt(ours, passphrase="correct horse ß 電池") == plain
    theirs = typage_encrypt(plain, passphrase="correct horse ß 電池", work_factor=10)
    assert age.decrypt(theirs, passphrase="correct horse ß 電池") == plain


def test_typage_refuses_what_we_refuse(their_key: dict[str, Any]) -> None:
    """A payload byte flipped, or the file cut short: refused by both."""
    sealed = age.encrypt(os.urandom(70_000), [their_key["recipient"]])
    flipped = bytearray(sealed)
    flipped[-100] ^= 1
    for bad in (bytes(flipped), sealed[:-17]):
        with pytest.raises(PeerFailed):
            typage_decrypt(bad, identities=[their_key["identity"]])
        with pytest.raises(age.PayloadError):
            age.decrypt(bad, [their_key["identity"]])
