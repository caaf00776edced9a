"""`nap conflicts show` / `resolve --pick` on real encrypted vaults: the merge field by
field, personal details hidden unless asked for (and audited), hostile picks refused
with nothing changed, and the whole-record shortcuts saying what they discard."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from nap_desktop.cli import main
from nap_desktop.services import audit
from nap_desktop.services.cases import PersonalInput
from nap_desktop.services.workspace import Workspace
from nap_desktop.store import transfer_models as tm
from nap_desktop.store.vault import Vault
from tests.transfer.transfer_helpers import (
    PASSPHRASE,
    Clock,
    Side,
    add_case,
    clock,
    pair,
    to,
    vault_side,
)

__all__ = ["clock"]  # fixture

CANARY = "Qzxv-CANARY"
ESC = "\x1b"


def personal(side: Side, client_id: str, **changes: Any) -> None:
    p = side.cases.get_case(client_id).client.personal
    side.cases.update_client(client_id, PersonalInput(**{
        "legal_name": p.legal_name, "preferred_name": p.preferred_name,
        "date_of_birth": p.date_of_birth, "languages": list(p.languages),
        "interpreter_needed": p.interpreter_needed, "contact_info": p.contact_info,
        "location": p.location, **changes}))


@pytest.fixture
def conflict(tmp_path: Path, clock: Clock, monkeypatch: pytest.MonkeyPatch
             ) -> tuple[Path, str, dict[str, str]]:
    """B's vault (closed) holding one client conflict from A: only A changed the
    preferred name and the birth date, both changed the legal name."""
    a = vault_side(tmp_path / "a", "Casa Esperanza", clock, monkeypatch)
    b = vault_side(tmp_path / "b", "Shelter", clock, monkeypatch)
    try:
        pair(a, b)
        ids = add_case(a, to(a, b), categories=["identity", "demographics", "safety"])
        b.imports.import_package(a.exports.export(to(a, b)))
        b.releases.create(client_id=ids["client"], recipient_agency_id=to(b, a),
                          categories=["identity", "demographics"], purpose="Coordinate",
                          expires_on=b.ctx.today().replace(year=2027),
                          signed_on=b.ctx.today())
        personal(a, ids["client"], preferred_name=f"Anita {CANARY}",
                 date_of_birth=date(1999, 4, 2), legal_name=f"Ana Ruiz A-{CANARY}")
        personal(b, ids["client"], legal_name=f"Ana Ruiz B-{CANARY}")
        b.imports.import_package(a.exports.export(to(a, b)))
        [found] = b.imports.conflicts()
    finally:
        a.close()
        b.close()
    monkeypatch.setenv("NAP_PASSPHRASE", PASSPHRASE)
    return tmp_path / "b", found.id, ids


def nap(capsys: pytest.CaptureFixture[str], vault: Path, *argv: str) -> tuple[int, str, str]:
    code = main(["--vault", str(vault), "--user", "admin", *argv])
    out, err = capsys.readouterr()
    return code, out, err


@contextmanager
def opened(vault: Path, clock: Clock) -> Iterator[Workspace]:
    with Vault.open(vault) as v:
        ws = Workspace.unlock(v, "admin", PASSPHRASE, clock=clock)
        try:
            yield ws
        finally:
            ws.lock()


def audit_details(ws: Workspace, record_id: str, action: str) -> list[str]:
    with ws.ctx.read() as s:
        return [e.detail for e in audit.events_for(s, [record_id]) if e.action == action]


def test_hostile_picks_are_refused_one_line_each_and_nothing_changes(
        conflict: tuple[Path, str, dict[str, str]], clock: Clock,
        capsys: pytest.CaptureFixture[str]) -> None:
    vault, cid, ids = conflict
    refused = [
        (["--pick", "personal.legal_name"], "FIELD=here or FIELD=partner"),
        (["--pick", "=here"], "FIELD=here or FIELD=partner"),
        (["--pick", "personal.legal_name=theirs"], "not “theirs”"),
        (["--pick", f"personal.legal_name={ESC}[2J"], "“here” (keep ours)"),
        (["--pick", "personal.legal_name=here", "--pick", "personal.legal_name=partner"],
         "given twice"),
        # not waiting for a decision: only the partner changed it (taken by itself)
        (["--pick", "personal.legal_name=here", "--pick", "personal.date_of_birth=here",
          "--pick", "personal.preferred_name=partner"],
         "not waiting for a decision: personal.preferred_name"),
        (["--pick", "personal.legal_name=here", "--pick", "personal.date_of_birth=here",
          "--pick", f"personal.{ESC}]0;pwned{ESC}\\=here"], "not waiting for a decision"),
        (["--pick", "personal.legal_name=partner"], "choose a side for: personal.date_of_birth"),
        ([], "choose a side for: personal.legal_name, personal.date_of_birth"),
        (["--pick", "x=here"] * 101, "at most 100"),
    ]
    for extra, expected in refused:
        code, out, err = nap(capsys, vault, "conflicts", "resolve", cid, *extra)
        assert code == 1 and expected in err, (extra, err)
        assert err.count("\n") == 1 and ESC not in err and out == ""
    code, _, err = nap(capsys, vault, "conflicts", "resolve", "no-such-conflict", "--pick",
                       "personal.legal_name=here")
    assert code == 1 and "no longer exists" in err
    with pytest.raises(SystemExit):  # a whole version and a merge at once: argparse says no
        nap(capsys, vault, "conflicts", "resolve", cid, "--keep", "local", "--pick",
            "personal.legal_name=here")
    with opened(vault, clock) as ws:
        assert [c.id for c in ws.imports.conflicts()] == [cid]
        assert ws.cases.get_case(ids["client"]).client.personal.legal_name.startswith(
            "Ana Ruiz B-")
        assert audit_details(ws, ids["client"], "transfer.conflict_resolve") == []


def test_show_prints_the_merge_field_by_field_with_personal_details_hidden(
        conflict: tuple[Path, str, dict[str, str]], clock: Clock,
        capsys: pytest.CaptureFixture[str]) -> None:
    vault, cid, ids = conflict
    code, out, _ = nap(capsys, vault, "conflicts", "show", cid)
    assert code == 0 and CANARY not in out and "1999" not in out
    block = out[out.index("Legal name (personal.legal_name)"):]
    assert [line.split(":")[0].strip() for line in block.splitlines()[1:4]] == [
        "Last exchanged", "Ours (this vault)", "Theirs (the partner's)"]
    assert "-> You choose: both changed it" in block
    assert "-> You choose: a date of birth is never changed automatically" in out
    assert "-> Taken from Casa Esperanza automatically: only they changed it" in out
    # withheld from us: one line, by name
    assert "Kept, Casa Esperanza did not send them: Contact, " in out
    assert "Location" in out and "(personal.location)" not in out
    assert ("nap conflicts resolve " + cid + " --pick personal.legal_name=here|partner "
            "--pick personal.date_of_birth=here|partner") in out
    assert "--show-personal" in out
    code, out, _ = nap(capsys, vault, "conflicts", "show", cid, "--show-personal")
    assert code == 0 and f"Ours (this vault):      Ana Ruiz B-{CANARY}" in out
    assert f"Theirs (the partner's): Ana Ruiz A-{CANARY}" in out and "1999-04-02" in out
    with opened(vault, clock) as ws:
        views = audit_details(ws, ids["client"], "transfer.conflict_view")
        assert views == [f"conflict {cid}; personal details shown", f"conflict {cid}"]


def test_a_partners_control_characters_never_reach_the_terminal(
        conflict: tuple[Path, str, dict[str, str]], clock: Clock,
        capsys: pytest.CaptureFixture[str]) -> None:
    """Hostile: the partner's version (as stored, whatever the import checks) carries
    terminal escape sequences in a name; they are printed as "?"."""
    vault, cid, _ids = conflict
    with opened(vault, clock) as ws, ws.ctx.unit_of_work() as s:
        row = s.get(tm.ConflictRow, cid)
        assert row is not None
        env = json.loads(row.remote_json)
        env["data"]["personal"]["legal_name"] = f"Ana{ESC}]0;owned{ESC}\\{ESC}[2J\nX"
        row.remote_json = json.dumps(env)
    code, out, _ = nap(capsys, vault, "conflicts", "show", cid, "--show-personal")
    assert code == 0 and ESC not in out
    assert "Theirs (the partner's): Ana?]0;owned?\\?[2J X" in out


def test_show_in_spanish(conflict: tuple[Path, str, dict[str, str]],
                         capsys: pytest.CaptureFixture[str]) -> None:
    vault, cid, _ids = conflict
    code = main(["--lang", "es", "--vault", str(vault), "--user", "admin", "conflicts",
                 "show", cid])
    out = capsys.readouterr().out
    assert code == 0 and "Usted elige: ambos lo cambiaron" in out
    assert "Nombre legal (personal.legal_name)" in out


def test_resolve_with_picks_merges_field_by_field(
        conflict: tuple[Path, str, dict[str, str]], clock: Clock,
        capsys: pytest.CaptureFixture[str]) -> None:
    vault, cid, ids = conflict
    code, out, err = nap(capsys, vault, "conflicts", "resolve", cid, "--pick",
                         "personal.legal_name=partner", "--pick",
                         "personal.date_of_birth=HERE")
    assert code == 0 and f"Conflict {cid} merged" in out and err == ""
    with opened(vault, clock) as ws:
        p = ws.cases.get_case(ids["client"]).client.personal
        assert (p.legal_name, p.preferred_name, p.date_of_birth) == (
            f"Ana Ruiz A-{CANARY}", f"Anita {CANARY}", None)
        assert ws.imports.conflicts() == []
        [detail] = audit_details(ws, ids["client"], "transfer.conflict_resolve")
        assert "personal.legal_name=partner" in detail and CANARY not in detail
    code, out, err = nap(capsys, vault, "conflicts", "resolve", cid, "--pick",
                         "personal.legal_name=partner")
    assert code == 1 and "already" in err


@pytest.mark.parametrize(("keep", "discards"), [
    ("local", "every change the partner made to it is discarded"),
    ("remote", "every change made here since the last exchange is discarded")])
def test_the_whole_record_shortcuts_say_what_they_discard(
        conflict: tuple[Path, str, dict[str, str]], clock: Clock,
        capsys: pytest.CaptureFixture[str], keep: str, discards: str) -> None:
    vault, cid, ids = conflict
    code, out, err = nap(capsys, vault, "conflicts", "resolve", cid, "--keep", keep)
    assert code == 0 and f"kept the {keep} version" in out
    assert err.startswith("WARNING: ") and discards in err and "--pick" in err
    with opened(vault, clock) as ws:
        p = ws.cases.get_case(ids["client"]).client.personal
        # "local" drops even the preferred name only the partner changed
        assert p.preferred_name == ("" if keep == "local" else f"Anita {CANARY}")
