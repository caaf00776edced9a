"""End to end on real encrypted vaults: two agencies, cards exchanged, fingerprints pinned,
and the same through the `nap` command line."""

from __future__ import annotations

from pathlib import Path

import pytest

from nap_desktop.cli import main
from nap_desktop.domain.enums import AgencyKind
from nap_desktop.services.workspace import Workspace
from nap_desktop.store.vault import Vault
from nap_desktop.transfer import age
from nap_desktop.transfer import errors as te
from nap_desktop.transfer.importer import Action
from tests.transfer.transfer_helpers import (
    PASSPHRASE,
    Clock,
    Side,
    add_case,
    clock,
    pair,
    urgent,
    vault_side,
)

__all__ = ["clock"]  # fixture

CANARY = "Qzxv-CANARY-Wplm"


def test_round_trip_between_two_real_vaults(tmp_path: Path, clock: Clock,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    a = vault_side(tmp_path / "a", "Casa Esperanza", clock, monkeypatch)
    b = vault_side(tmp_path / "b", "HSI Field Office", clock, monkeypatch, AgencyKind.LE_FEDERAL)
    c = vault_side(tmp_path / "c", "Legal Aid", clock, monkeypatch, AgencyKind.LEGAL)
    try:
        pair(a, b)
        pair(a, c)
        to_b = a.partners[b.name].agency_id
        shared = add_case(a, to_b, categories=["identity", "housing"], canary="SHARED-1")
        withheld = add_case(a, to_b, categories=["housing"], canary=CANARY)
        data = a.exports.export(to_b)
        plain = age.decrypt(data, b.identities())
        assert CANARY.encode() not in plain and b"SHARED-1" in plain
        with pytest.raises(te.NotAddressedToUs):
            c.imports.import_package(data)
        result = b.imports.import_package(data)
        assert result.applied and result.plan.count(Action.NEW) == 8  # 2x client, release,
        # referral, placement
        got = b.cases.get_case(withheld["client"])
        assert got.client.personal.legal_name == "" and len(got.placements) == 1
        assert b.cases.get_case(shared["client"]).client.personal.legal_name.endswith("SHARED-1")
        before = b.counts()
        assert not b.imports.import_package(data).applied
        assert b.counts() == before
    finally:
        for side in (a, b, c):
            side.close()
    raw = (tmp_path / "b" / "vault.db").read_bytes()
    assert b"AGE-SECRET-KEY" not in raw and b"SHARED-1" not in raw  # keys stay encrypted
    with Vault.open(tmp_path / "b") as vault:
        ws = Workspace.unlock(vault, "admin", PASSPHRASE, clock=clock)
        try:
            again = Side("HSI Field Office", ws.ctx, ws.lock)
            assert not again.imports.import_package(data).applied  # still knows the package
            assert len(again.identity.partners()) == 1
        finally:
            ws.lock()


def _cli(capsys: pytest.CaptureFixture[str], vault: Path, *argv: str) -> tuple[int, str, str]:
    code = main(["--vault", str(vault), "--user", "admin", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_round_trip(tmp_path: Path, clock: Clock, monkeypatch: pytest.MonkeyPatch,
                        capsys: pytest.CaptureFixture[str]) -> None:
    a = vault_side(tmp_path / "a", "Casa Esperanza", clock, monkeypatch)
    b = vault_side(tmp_path / "b", "HSI Field Office", clock, monkeypatch, AgencyKind.LE_FEDERAL)
    b_id = b.me
    b.close()
    monkeypatch.setenv("NAP_PASSPHRASE", PASSPHRASE)
    va, vb = tmp_path / "a", tmp_path / "b"
    code, out, _ = _cli(capsys, vb, "keys", "card", "--out", str(tmp_path / "b.card"))
    assert code == 0
    fp_b = out.split("Fingerprint: ")[1].strip()
    # A knows B only by name so far; pinning links the card to that directory entry
    partner = a.agencies.add_partner(name="HSI Field Office", kind="le_federal")
    ids = add_case(a, partner.id, categories=["identity"], canary=CANARY)
    a_card = a.identity.identity_card()
    (tmp_path / "a.card").write_bytes(a_card.card)
    a.close()

    code, _, err = _cli(capsys, va, "partners", "add", "--card", str(tmp_path / "b.card"),
                        "--fingerprint", "AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA")
    assert code == 1 and "fingerprint does not match" in err and err.count("\n") == 1
    code, out, _ = _cli(capsys, va, "partners", "add", "--card", str(tmp_path / "b.card"),
                        "--fingerprint", fp_b.lower())
    assert code == 0 and "Pinned HSI Field Office" in out
    code, out, _ = _cli(capsys, vb, "partners", "add", "--card", str(tmp_path / "a.card"),
                        "--fingerprint", a_card.fingerprint)
    assert code == 0
    package = tmp_path / "out.napx"
    code, out, err = _cli(capsys, va, "export", "--to", "HSI Field Office", "--out",
                          str(package))
    assert code == 0, err
    assert "Exported 5 records (1 client)" in out and "location for 1 client" in out
    assert CANARY not in out and oct(package.stat().st_mode & 0o777) == "0o600"
    code, out, _ = _cli(capsys, vb, "import", str(package), "--dry-run")
    assert code == 0 and "Dry run" in out and CANARY not in out
    code, out, _ = _cli(capsys, vb, "import", str(package))
    assert code == 0 and "3 new" in out and CANARY not in out
    code, out, _ = _cli(capsys, vb, "import", str(package))
    assert code == 0 and "already imported" in out
    code, out, _ = _cli(capsys, vb, "conflicts", "list")
    assert code == 0 and "0 conflicts" in out
    (tmp_path / "bad.napx").write_bytes(package.read_bytes()[:-5])
    code, _, err = _cli(capsys, vb, "import", str(tmp_path / "bad.napx"))
    assert code == 1 and "damaged" in err and err.count("\n") == 1
    code, _, err = _cli(capsys, vb, "keys", "rotate")
    assert code == 0
    code, _, err = _cli(capsys, vb, "partners", "add", "--card", str(tmp_path / "b.card"),
                        "--fingerprint", fp_b)
    assert code == 1 and "own agency" in err

    # a conflict, seen and resolved from the command line
    with Vault.open(va) as vault:
        ws = Workspace.unlock(vault, "admin", PASSPHRASE, clock=clock)
        ws.referrals.transition(ids["referral"], "sent")
        ws.lock()
    with Vault.open(vb) as vault:
        ws = Workspace.unlock(vault, "admin", PASSPHRASE, clock=clock)
        urgent(ws, ids)  # both changed it: a conflict
        ws.lock()
    code, _, err = _cli(capsys, va, "export", "--to", b_id, "--out", str(package))
    assert code == 0, err
    code, out, _ = _cli(capsys, vb, "import", str(package))
    assert code == 0 and "1 conflicting" in out and "nap conflicts list" in out
    code, out, _ = _cli(capsys, vb, "conflicts", "list")
    conflict_id = out.splitlines()[2].split()[0]
    assert CANARY not in out
    code, out, _ = _cli(capsys, vb, "conflicts", "show", conflict_id)
    # field by field: our urgency kept, their status taken
    assert code == 0 and "Urgency (urgency)" in out and "emergency" in out
    assert "Taken from Casa Esperanza automatically" in out
    code, out, _ = _cli(capsys, vb, "conflicts", "resolve", conflict_id, "--keep", "remote")
    assert code == 0 and "kept the remote" in out
    code, out, _ = _cli(capsys, vb, "conflicts", "list")
    assert "0 conflicts" in out
