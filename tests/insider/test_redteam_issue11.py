"""Red team on issue #11 as an insider: a caseworker with her own passphrase assigning cases
or correcting another's note, by the CLI and by calling the services directly; and what
the audit log holds of assignment reasons, correction reasons, note texts and names."""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

import pytest
from sqlalchemy import select

from nap_desktop.domain.errors import PermissionDenied
from nap_desktop.services.cases import PersonalInput
from nap_desktop.store import models as m
from tests.insider.conftest import Nap, Office

CANARY = "Zxqvcanary"


def _case(office: Office, user: str) -> tuple[str, str, str]:
    """A case opened by ``user`` with a note; returns (client id, case number, note id)."""
    ws = office.unlock(user)
    try:
        client = ws.cases.create_client(PersonalInput(legal_name=f"Ana {CANARY}name"))
        note = ws.cases.add_note(client.id, f"She told me {CANARY}note")
        return client.id, client.case_number, note.id
    finally:
        ws.close()


def _worker(office: Office, client_id: str) -> str | None:
    ws = office.unlock("admin")
    try:
        return ws.cases.get_case(client_id).client.assigned_user_id
    finally:
        ws.close()


def test_a_caseworker_cannot_assign_by_cli_or_service(office: Office, nap: Nap) -> None:
    client_id, number, _ = _case(office, "sofia")
    code, _out, err = nap("ana", "cases", "assign", number, "--to", "ana", "--reason", "mine")
    assert code != 0 and "supervisor" in err and "Traceback" not in err
    ws = office.unlock("ana")
    try:
        with pytest.raises(PermissionDenied):
            ws.cases.assign([client_id], office.ids["ana"], reason="mine")
        with pytest.raises(PermissionDenied):
            ws.assignments.assign([client_id], office.ids["ana"], reason="mine")
    finally:
        ws.close()
    assert _worker(office, client_id) == office.ids["sofia"]


def test_a_caseworker_cannot_hand_a_new_referral_to_another_worker(office: Office) -> None:
    """The referral's worker is the case's: a caseworker naming someone else on a new
    referral (a service argument no screen offers) would put it under their My cases."""
    client_id, _number, _ = _case(office, "ana")
    ws = office.unlock("ana")
    try:
        partner = next(a for a in ws.agencies.list() if not a.is_self)
        with pytest.raises(PermissionDenied):
            ws.referrals.create(client_id=client_id, from_agency_id=ws.agency.id,
                                to_agency_id=partner.id, direction=None, services=["legal"],
                                assigned_user_id=office.ids["sofia"])
        with ws.ctx.read() as s:
            assert s.scalars(select(m.ReferralRow).where(
                m.ReferralRow.client_id == client_id)).all() == []
        # naming the case's own worker (or nobody) is what every face does
        made = ws.referrals.create(client_id=client_id, from_agency_id=ws.agency.id,
                                   to_agency_id=partner.id, direction=None,
                                   services=["legal"], assigned_user_id=office.ids["ana"])
        assert made.assigned_user_id == office.ids["ana"]
    finally:
        ws.close()


def test_a_caseworker_cannot_correct_or_void_another_workers_note(office: Office) -> None:
    client_id, _number, note_id = _case(office, "sofia")
    ws = office.unlock("ana")
    try:
        with pytest.raises(PermissionDenied):
            ws.corrections.correct_note(note_id, "rewritten", reason="typo")
        with pytest.raises(PermissionDenied):
            ws.corrections.void_note(note_id, reason="wrong")
        [note] = ws.cases.get_case(client_id).notes
        assert note.live and CANARY in note.body
    finally:
        ws.close()


def test_the_audit_log_holds_no_reason_note_or_name(office: Office, nap: Nap) -> None:
    client_id, _number, note_id = _case(office, "ana")
    ws = office.unlock("sofia")
    try:
        ws.cases.assign([client_id], office.ids["ana"], reason=f"why {CANARY}assign")
        ws.corrections.correct_note(note_id, f"Now {CANARY}fixed", reason=f"{CANARY}reason")
        ws.cases.get_case(client_id)
        with ws.ctx.read() as s:
            details = [d for (d,) in s.execute(select(m.AuditRow.detail))]
    finally:
        ws.close()
    assert details and not [d for d in details if CANARY.lower() in (d or "").lower()]


def _pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout


def test_a_canary_leaves_the_vault_only_where_asked(office: Office, nap: Nap, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """Plant a canary name, note and reasons; run the new flows; then no file the app
    wrote outside the vault (home, config, cache, temp, logs) holds it, nor any output
    that was not asked for the name."""
    for name in ("HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME",
                 "XDG_STATE_HOME", "TMPDIR"):
        (tmp_path / name).mkdir()
        monkeypatch.setenv(name, str(tmp_path / name))
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "TMPDIR"))
    client_id, number, note_id = _case(office, "ana")
    other_id, other, _ = _case(office, "ana")  # the same name: a likely duplicate
    out = tmp_path / "out"
    out.mkdir()
    code, text, err = nap("ana", "referrals", "new", "--case", number, "--partner",
                          "Partner 0", "--direction", "sent", "--services", "legal",
                          "--reason", f"because {CANARY}why")
    assert code == 0, err
    referral_id = text.strip().split()[-1]
    code, text, err = nap("sofia", "cases", "assign", number, other, "--to", "ana",
                          "--reason", f"{CANARY}assign")
    assert code == 0, err
    ws = office.unlock("sofia")
    try:
        ws.corrections.correct_note(note_id, f"Now {CANARY}fixed", reason=f"{CANARY}reason")
    finally:
        ws.close()
    printed: list[str] = []
    for user, argv in (
            ("sofia", ("clients", "duplicates")),
            ("ana", ("clients", "duplicates", "--case", number)),
            ("ana", ("clients", "duplicates", "--case", number, "--json")),
            ("ana", ("referrals", "list")),
            ("ana", ("report", "release-form", "--partner", "Partner 0", "--case", number,
                     "--out", str(out / "form-no-name.pdf"))),
            ("ana", ("summary", referral_id, "--for", "Partner 0", "--notes", "--out",
                     str(out / "summary-partner.pdf"))),
            ("sofia", ("report", "caseload", "--discreet", "--out", str(out / "discreet.pdf")))):
        code, text, err = nap(user, *argv)
        assert code == 0, (argv, err)
        printed += [text, err]
    assert not [p for p in printed if CANARY in p]
    assert CANARY not in _pdf_text(out / "form-no-name.pdf")
    assert CANARY not in _pdf_text(out / "discreet.pdf")
    assert CANARY not in _pdf_text(out / "summary-partner.pdf")
    # asked for: the name is printed where asked, and only there
    code, _t, err = nap("ana", "report", "release-form", "--partner", "Partner 0", "--case",
                        number, "--print-name", "--out", str(out / "form-name.pdf"))
    assert code == 0, err
    assert CANARY in _pdf_text(out / "form-name.pdf")
    code, _t, err = nap("ana", "summary", referral_id, "--notes", "--out",
                        str(out / "summary.pdf"))  # our own: the notes as they are now
    assert code == 0, err
    ours = _pdf_text(out / "summary.pdf")
    assert f"{CANARY}fixed" in ours
    for gone in ("assign", "reason", "note"):  # reasons, and the text a correction replaced
        assert f"{CANARY}{gone}" not in ours, gone
    code, _t, err = nap("sofia", "report", "caseload", "--out", str(out / "caseload.pdf"))
    assert code == 0, err
    assert CANARY in _pdf_text(out / "caseload.pdf")  # (the search would see a leak)
    vault = office.path.resolve()
    leaked = []
    for path in tmp_path.rglob("*"):
        if not path.is_file() or vault in path.resolve().parents or path.parent == out:
            continue
        if CANARY.encode() in path.read_bytes():
            leaked.append(path)
    assert leaked == []
    assert sorted(p.name for p in out.iterdir()) == [
        "caseload.pdf", "discreet.pdf", "form-name.pdf", "form-no-name.pdf",
        "summary-partner.pdf", "summary.pdf"]
    assert other_id != client_id
