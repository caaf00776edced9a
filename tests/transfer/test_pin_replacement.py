"""Pinning a card over a partner's verified key is never silent: it is refused until it is
confirmed, the refusal names both fingerprints, and the replacement is audited with both
(service and ``nap partners add``)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select

import nap_desktop.transfer.errors as te
from nap_desktop.cli import main
from nap_desktop.store import models as m
from tests.transfer.transfer_helpers import (
    PASSPHRASE,
    Clock,
    Side,
    agencies,
    clock,
    pair,
    vault_side,
)

__all__ = ["agencies", "clock"]  # fixtures


def audit_of(side: Side, action: str) -> list[str]:
    with side.ctx.read() as s:
        return [r.detail for r in s.scalars(select(m.AuditRow).where(m.AuditRow.action == action))]


def test_a_card_for_a_verified_partner_is_refused_until_confirmed_and_then_audited(
        agencies: Callable[..., Side]) -> None:
    a, b, b_again = agencies("A"), agencies("B"), agencies("B")
    pair(a, b)
    entry = a.partners["B"].agency_id
    old, new = b.identity.identity_card(), b_again.identity.identity_card()
    # a card of another vault calling itself B, linked to B's entry, with its own
    # (correct) fingerprint read out: today it silently replaces B's verified key
    with pytest.raises(te.ReplacesVerifiedKey) as refused:
        a.identity.pin_partner(new.card, new.fingerprint, local_agency_id=entry)
    message = str(refused.value)
    assert "replacing a verified key" in message
    assert old.fingerprint in message and new.fingerprint in message
    assert [p.fingerprint for p in a.identity.partners()] == [old.fingerprint]  # nothing changed
    assert audit_of(a, "transfer.partner_replace_key") == []
    info = a.identity.pin_partner(new.card, new.fingerprint, local_agency_id=entry,
                           replace_verified=True)
    assert info.replaced_fingerprint == old.fingerprint
    [detail] = audit_of(a, "transfer.partner_replace_key")
    assert old.fingerprint in detail and new.fingerprint in detail


def test_the_same_card_again_needs_no_confirmation(agencies: Callable[..., Side]) -> None:
    a, b = agencies("A"), agencies("B")
    pair(a, b)
    card = b.identity.identity_card()
    assert a.identity.pin_partner(card.card, card.fingerprint).replaced_fingerprint is None
    assert audit_of(a, "transfer.partner_replace_key") == []


def test_cli_says_replacing_a_verified_key_and_needs_the_flag(
        tmp_path: Path, clock: Clock, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    a = vault_side(tmp_path / "a", "Casa", clock, monkeypatch)
    b = vault_side(tmp_path / "b", "HSI", clock, monkeypatch)
    pair(a, b)
    old = b.identity.identity_card()
    new = b.identity.rotate_keys()
    a.close()
    b.close()
    (tmp_path / "new.card").write_bytes(new.card)
    monkeypatch.setenv("NAP_PASSPHRASE", PASSPHRASE)
    argv = ["--vault", str(tmp_path / "a"), "--user", "admin", "partners", "add",
            "--card", str(tmp_path / "new.card"), "--fingerprint", new.fingerprint]
    assert main(argv) == 1
    _out, err = capsys.readouterr()
    assert "replacing a verified key" in err
    assert old.fingerprint in err and new.fingerprint in err
    assert main([*argv, "--replace-verified-key"]) == 0
    out, _err = capsys.readouterr()
    assert "Replaced the verified key of HSI" in out and old.fingerprint in out
