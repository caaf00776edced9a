"""Hostile devices: change sets forged by someone holding valid keys.

Every forged change set here comes from a real team member's own device and is signed with
their own slot key (``policy_office.forge``): the envelope and the signatures all verify.
What must stop it is authority at apply. Each test plays a log holding the forged change
set and a legitimate one after it on two devices' replicas: the forged one is refused on
both with the same code and message, nothing of it is applied, and the legitimate change
still applies.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from nap_desktop.i18n import render
from nap_desktop.services.cases import PersonalInput
from nap_desktop.services.referrals import ReferralInput
from nap_desktop.store.grant_chain import SIGN_DOMAIN, canonical, grant_hash
from nap_desktop.store.signing import b64
from nap_desktop.store.types import utc_text
from nap_desktop.sync.changeset import ChangeSetPlain, Refusal, RowOp
from tests.sync.policy_office import (
    Office,
    Replica,
    apply_log,
    capture,
    event,
    forge,
    office,
    replica,
)

__all__ = ["office"]


@dataclass
class Team:
    office: Office
    client: str
    referral: str  #: received from the partner, accepted by us
    outgoing: str  #: ours to the partner, sent by the supervisor
    bob_note: str
    partner: str


@pytest.fixture
def team(office: Office) -> Iterator[Team]:
    """A case worked by the team: a referral in, Bob's note, a referral out (sent)."""
    sofia = office.unlock("sofia")
    try:
        own = sofia.agencies.own().id
        partner_id = sofia.agencies.add_partner(name="City Police", kind="le_state_local").id
    finally:
        sofia.close()
    ana = office.unlock("ana")
    try:
        client, incoming = ana.cases.open_case(
            PersonalInput(legal_name="Rosa Example"), first_referral=ReferralInput(
                from_agency_id=partner_id, to_agency_id=own, direction="le_to_vsp",
                services=("housing",)))
        assert incoming is not None
        ana.referrals.transition(incoming.id, "accepted")
        outgoing = ana.referrals.create(client_id=client.id, from_agency_id=own,
                                        to_agency_id=partner_id, direction=None,
                                        services=("legal",))
    finally:
        ana.close()
    bob = office.unlock("bob")
    try:
        note = bob.cases.add_note(client.id, "Met at the clinic; prefers mornings.")
    finally:
        bob.close()
    sofia = office.unlock("sofia")
    try:
        sofia.referrals.transition(outgoing.id, "sent")
    finally:
        sofia.close()
    yield Team(office=office, client=client.id, referral=incoming.id, outgoing=outgoing.id,
               bob_note=note.id, partner=partner_id)


def _legit(team: Team) -> ChangeSetPlain:
    """Ana's real note on the case, made after the forged change set."""
    return capture(team.office, "ana", lambda ws: ws.cases.add_note(team.client, "Legit."))


def _play(team: Team, forged: ChangeSetPlain, device: str) -> tuple[Refusal, Replica]:
    """The log [forged, legit] on two devices: the same refusal on both, the legitimate
    note applied on both. Returns the refusal and one device's replica after the log."""
    start = replica(team.office)
    legit = _legit(team)
    results = []
    for rep in (start.copy(), start.copy()):
        verdicts = apply_log(team.office, rep, [(device, forged), ("ana", legit)])
        assert verdicts[1] is None, verdicts[1]
        assert any(r.get("body") == "Legit." for r in rep.tables["notes"].values())
        assert verdicts[0] is not None
        results.append((verdicts[0], rep))
    (first, rep), (second, _) = results
    assert first == second  # recorded identically on every device
    for op in forged.ops:  # nothing of the forged change set was applied
        if op.t != "audit_events" and op.op != "i":
            assert rep.read_row(op.t, op.k) == start.read_row(op.t, op.k)
        elif op.op == "i":
            assert rep.read_row(op.t, op.k) is None
    return first, rep


def _text(refusal: Refusal) -> str:
    return render(refusal.translatable())


def _update(table: str, key: dict[str, Any], **new: Any) -> RowOp:
    return RowOp(t=table, k=key, op="u", base=None, new=new)


def test_a_caseworker_granting_themselves_admin_is_refused(team: Team) -> None:
    office = team.office
    me = office.ids["ana"]
    forged = forge(office, "ana", [
        _update("users", {"id": me}, role="admin"),
        _own_grant(office, "ana", role="admin"),
        event(office, "ana", "user.role", record_type="user", record_id=me, detail="admin"),
    ])
    refusal, rep = _play(team, forged, "ana")
    assert refusal.code == "needs-admin"
    assert _text(refusal) == ("A change from Ana Ruiz's device was refused: only an "
                              "administrator may change users and roles.")
    assert rep.read_row("users", {"id": me})["role"] == "caseworker"  # type: ignore[index]


def test_a_grant_a_caseworker_signed_is_refused_even_without_the_user_row(team: Team) -> None:
    office = team.office
    forged = forge(office, "ana", [
        _own_grant(office, "ana", role="admin"),
        event(office, "ana", "user.grant", record_type="user", record_id=office.ids["ana"]),
    ])
    refusal, _ = _play(team, forged, "ana")
    assert refusal.code == "grant-invalid"
    assert "not signed by an active administrator" in _text(refusal)


def test_a_caseworker_editing_another_workers_note_text_is_refused(team: Team) -> None:
    office = team.office
    note = replica(office).read_row("notes", {"id": team.bob_note})
    assert note is not None
    plain = forge(office, "ana", [
        _update("notes", {"id": team.bob_note}, body="Rewritten by Ana."),
        event(office, "ana", "note.correct", record_type="note", record_id=team.bob_note)])
    refusal, rep = _play(team, plain, "ana")
    assert refusal.code == "note-text"
    assert "by the note's author or a supervisor" in _text(refusal)
    # dressed up as a correction (the earlier text kept): still not hers to correct
    dressed = forge(office, "ana", [
        RowOp(t="note_versions", k={"id": str(uuid.uuid4())}, op="i", base=None, new={
            "note_id": team.bob_note, "version": 1, "body": note["body"],
            "replaced_at": utc_text(datetime.now(UTC)), "replaced_by": office.ids["ana"],
            "reason": "typo"}),
        _update("notes", {"id": team.bob_note}, body="Rewritten by Ana.",
                revision=note["revision"] + 1),
        event(office, "ana", "note.correct", record_type="note", record_id=team.bob_note)])
    refusal, rep = _play(team, dressed, "ana")
    assert refusal.code == "note-text"
    assert rep.read_row("notes", {"id": team.bob_note})["body"] == note["body"]  # type: ignore[index]


def test_a_note_text_changed_without_keeping_the_earlier_text_is_refused_to_its_author(
        team: Team) -> None:
    office = team.office
    forged = forge(office, "bob", [
        _update("notes", {"id": team.bob_note}, body="Silently rewritten."),
        event(office, "bob", "note.correct", record_type="note", record_id=team.bob_note)])
    refusal, _ = _play(team, forged, "bob")
    assert refusal.code == "note-text"


@pytest.mark.parametrize("op", ["u", "d"])
def test_rewriting_or_deleting_audit_events_is_refused(team: Team, op: str) -> None:
    office = team.office
    victim = next(r for r in replica(office).tables["audit_events"].values()
                  if r["user_id"] == office.ids["bob"])
    change = RowOp(t="audit_events", k={"signature": victim["signature"]}, op=op,  # type: ignore[arg-type]
                   base=None, new={"detail": "nothing happened"} if op == "u" else {},
                   old={} if op == "u" else dict(victim))
    forged = forge(office, "ana", [change, event(office, "ana", "client.view")])
    refusal, rep = _play(team, forged, "ana")
    assert refusal.code == "append-only"
    assert _text(refusal) == ("A change from Ana Ruiz's device was refused: audit events "
                              "are only ever added to, never changed or deleted.")
    assert rep.read_row("audit_events", {"signature": victim["signature"]}) == victim


def test_an_audit_event_in_another_users_name_is_refused(team: Team) -> None:
    office = team.office
    forged_event = event(office, "ana", "client.view")
    new = {**forged_event.new, "user_id": office.ids["bob"]}
    forged = forge(office, "ana", [RowOp(t="audit_events", k=forged_event.k, op="i",
                                         base=None, new=new)])
    refusal, _ = _play(team, forged, "ana")
    assert refusal.code == "audit-forged"
    # and one whose content was altered after signing
    altered = {**forged_event.new, "detail": "edited after signing"}
    forged = forge(office, "ana", [RowOp(t="audit_events", k=forged_event.k, op="i",
                                         base=None, new=altered)])
    refusal, _ = _play(team, forged, "ana")
    assert refusal.code == "audit-forged"


def test_backdating_a_status_change_is_refused(team: Team) -> None:
    office = team.office
    ref = replica(office).read_row("referrals", {"id": team.referral})
    assert ref is not None
    then = datetime.now(UTC) - timedelta(days=30)
    forged = forge(office, "ana", _transition(office, "ana", ref, "in_progress", then))
    refusal, rep = _play(team, forged, "ana")
    assert refusal.code == "status-history"
    assert "dated when it was made" in _text(refusal)
    assert rep.read_row("referrals", {"id": team.referral})["status"] == "accepted"  # type: ignore[index]
    # the same change dated now applies
    honest = forge(office, "ana", _transition(office, "ana", ref, "in_progress",
                                              datetime.now(UTC)))
    assert apply_log(office, replica(office), [("ana", honest)]) == [None]


def test_changing_a_referrals_partner_after_it_was_sent_is_refused(team: Team) -> None:
    office = team.office
    sofia = office.unlock("sofia")
    try:
        other = sofia.agencies.add_partner(name="Shelter B", kind="legal").id
    finally:
        sofia.close()
    forged = forge(office, "sofia", [
        _update("referrals", {"id": team.outgoing}, to_agency_id=other),
        event(office, "sofia", "referral.update", record_type="referral",
              record_id=team.outgoing)])
    refusal, rep = _play(team, forged, "sofia")
    assert refusal.code == "referral-moved"
    assert _text(refusal) == ("A change from Sofia Diaz's device was refused: a referral's "
                              "agencies never change once it is recorded.")
    assert rep.read_row("referrals", {"id": team.outgoing})["to_agency_id"] == team.partner  # type: ignore[index]


@pytest.mark.parametrize("kind", ["device-approved", "device-removed", "key-rotation"])
def test_a_caseworker_cannot_approve_or_remove_a_device_or_rotate_keys(team: Team,
                                                                        kind: str) -> None:
    office = team.office
    new_device = str(uuid.uuid4())
    forged = forge(office, "ana", [event(office, "ana", "team.device")], control={
        "type": kind, "device_id": new_device, "user_id": office.ids["ana"]})
    refusal, _ = _play(team, forged, "ana")
    assert refusal.code == "control-admin"
    assert _text(refusal) == ("A change from Ana Ruiz's device was refused: only an "
                              "administrator may approve or remove devices or rotate the "
                              "team's key.")


def test_an_unknown_device_approving_itself_needs_an_administrator(team: Team) -> None:
    """The team's first device approves itself; a caseworker's new device cannot."""
    office = team.office
    own = {"type": "device-approved", "device_id": "ffffffff-0000-4000-8000-000000000000"}
    rep = replica(office)
    rep.devices.pop("00000002-0000-4000-8000-000000000000")  # Ana's device: not approved
    forged = forge(office, "ana", [event(office, "ana", "team.device")],
                   control={**own, "device_id": "00000002-0000-4000-8000-000000000000",
                            "user_id": office.ids["ana"]})
    assert apply_log(office, rep, [("ana", forged)])[0].code == "control-admin"  # type: ignore[union-attr]
    rep.devices.pop("00000001-0000-4000-8000-000000000000")
    admin = forge(office, "admin", [event(office, "admin", "team.device")],
                  control={**own, "device_id": "00000001-0000-4000-8000-000000000000",
                           "user_id": office.ids["admin"]})
    assert apply_log(office, rep, [("admin", admin)]) == [None]


def test_a_change_set_claiming_another_author_is_refused(team: Team) -> None:
    office = team.office
    # Ana's device, Ana's key, but the change set says Sofia made it
    forged = forge(office, "ana", [event(office, "ana", "client.view")],
                   author=office.ids["sofia"])
    refusal, _ = _play(team, forged, "ana")
    assert refusal.code == "wrong-author"
    assert _text(refusal) == ("A change from Ana Ruiz's device was refused: it claims to be "
                              "by sofia, but the device was approved for Ana Ruiz.")


def test_a_change_set_not_signed_with_its_authors_key_is_refused(team: Team) -> None:
    office = team.office
    forged = forge(office, "ana", [event(office, "ana", "client.view")], signer_name="bob")
    refusal, _ = _play(team, forged, "ana")
    assert refusal.code == "bad-user-sig"


def test_supervisor_overrides_the_services_do_not_allow_are_refused(team: Team) -> None:
    office = team.office
    bob = office.ids["bob"]
    role = forge(office, "sofia", [
        _update("users", {"id": bob}, role="supervisor"),
        event(office, "sofia", "user.role", record_type="user", record_id=bob)])
    refusal, _ = _play(team, role, "sofia")
    assert refusal.code == "needs-admin"
    # a supervisor may correct a note, but never rewrite it without keeping the old text
    note = forge(office, "sofia", [
        _update("notes", {"id": team.bob_note}, body="Supervisor's version."),
        event(office, "sofia", "note.correct", record_type="note", record_id=team.bob_note)])
    refusal, _ = _play(team, note, "sofia")
    assert refusal.code == "note-text"
    # nor send a referral the partner sent us (the receiving side never sends)
    ref = replica(office).read_row("referrals", {"id": team.referral})
    assert ref is not None
    back = forge(office, "sofia", _transition(office, "sofia", ref, "withdrawn",
                                              datetime.now(UTC), reason="other",
                                              reason_text="x"))
    refusal, _ = _play(team, back, "sofia")
    assert refusal.code == "status-transition"


def test_a_removed_users_later_change_sets_are_refused(team: Team) -> None:
    office = team.office
    before = replica(office)
    removal = capture(office, "admin", lambda ws: ws.users.deactivate(office.ids["bob"]))
    later = forge(office, "bob", [event(office, "bob", "client.view")])
    legit = _legit(team)
    verdicts = apply_log(office, before, [("admin", removal), ("bob", later), ("ana", legit)])
    assert verdicts[0] is None and verdicts[2] is None
    assert verdicts[1] is not None and verdicts[1].code == "user-removed"
    assert _text(verdicts[1]) == ("A change from Bob Lee's device was refused: Bob Lee no "
                                  "longer has access to this vault.")


def test_a_removed_devices_later_change_sets_are_refused(team: Team) -> None:
    office = team.office
    rep = replica(office)
    rep.devices["00000003-0000-4000-8000-000000000000"]["state"] = "removed"
    later = forge(office, "bob", [event(office, "bob", "client.view")])
    refusal = apply_log(office, rep, [("bob", later)])[0]
    assert refusal is not None and refusal.code == "device-removed"


def test_a_change_that_depended_on_a_refused_one_is_refused_in_turn(team: Team) -> None:
    """Ana inserts a forged partner note, then edits it: both are refused, nothing stays."""
    office = team.office
    note_id = str(uuid.uuid4())
    now = utc_text(datetime.now(UTC))
    first = forge(office, "ana", [
        RowOp(t="notes", k={"id": note_id}, op="i", base=None, new={
            "client_id": team.client, "referral_id": None, "author_user_id": office.ids["bob"],
            "body": "In Bob's name.", "revision": 1, "created_at": now, "updated_at": now,
            "voided_at": None, "voided_by": None, "void_reason": "", "origin_agency_id": None}),
        event(office, "ana", "note.add", record_type="note", record_id=note_id)])
    second = forge(office, "ana", [
        _update("notes", {"id": note_id}, revision=2, updated_at=now),
        event(office, "ana", "note.touch", record_type="note", record_id=note_id)])
    rep = replica(office)
    verdicts = apply_log(office, rep, [("ana", first), ("ana", second)])
    assert [v.code if v else None for v in verdicts] == ["not-author", "missing-row"]
    assert rep.read_row("notes", {"id": note_id}) is None


def test_writing_a_devices_local_tables_or_settings_is_refused(team: Team) -> None:
    office = team.office
    for op in (RowOp(t="client_match_keys", k={"key": "x", "client_id": team.client}, op="i",
                     base=None, new={"birth_year": None}),
               RowOp(t="settings", k={"key": "audit_head"}, op="u", base=None,
                     new={"value": "0:" + "0" * 64})):
        forged = forge(office, "admin", [op, event(office, "admin", "setting.change")])
        refusal = apply_log(office, replica(office), [("admin", forged)])[0]
        assert refusal is not None and refusal.code == "local-table"


# --- forging helpers ------------------------------------------------------------------


def _transition(office: Office, name: str, ref: dict[str, Any] | Any, target: str,
                when: datetime, *, reason: str | None = None,
                reason_text: str = "") -> list[RowOp]:
    """The ops of a status change as the service writes them, dated ``when``."""
    at = utc_text(when)
    return [
        _update("referrals", {"id": ref["id"]}, status=target, status_changed_at=at,
                reason=reason, reason_text=reason_text, revision=ref["revision"] + 1,
                updated_at=at),
        RowOp(t="referral_status_changes", k={"seq": 10_000 + len(target)}, op="i", base=None,
              new={"referral_id": ref["id"], "from_status": ref["status"], "to_status": target,
                   "at": at, "by_user_id": office.ids[name], "reason": reason,
                   "reason_text": reason_text}),
        event(office, name, "referral.status", record_type="referral", record_id=ref["id"],
              detail=f"{ref['status']} -> {target}", at=when),
    ]


def _own_grant(office: Office, name: str, *, role: str) -> RowOp:
    """The next grant, giving ``name`` ``role``, signed with ``name``'s own key."""
    rep = replica(office)
    rows = sorted(rep.tables["user_grants"].values(), key=lambda r: r["seq"])
    last = rows[-1]
    vault_id = rep.read_row("settings", {"key": "vault_id"})["value"]  # type: ignore[index]
    signer = office.signers[name]
    body = canonical({
        "v": 1, "vault_id": vault_id, "seq": last["seq"] + 1,
        "prev": grant_hash(last["body"], last["signature"]), "at": utc_text(datetime.now(UTC)),
        "kind": "user", "user_id": office.ids[name], "name": name, "role": role,
        "active": True, "key": b64(signer.public_key), "signer": office.ids[name],
        "audit_from": 0, "adopted": False})
    signature = b64(signer.sign(SIGN_DOMAIN + body.encode()))
    return RowOp(t="user_grants", k={"seq": last["seq"] + 1}, op="i", base=None,
                 new={"body": body, "signature": signature})


def test_a_change_set_without_an_author_carries_only_its_users_signed_events(
        team: Team) -> None:
    """Writes made outside a user action (at unlock) travel without an author: only the
    device user's own signed audit events may; anything else is refused."""
    office = team.office
    own = forge(office, "ana", [event(office, "ana", "vault.accept_loss")])
    system = ChangeSetPlain(id=own.id, author=None, at=own.at, ops=own.ops)
    assert apply_log(office, replica(office), [("ana", system)]) == [None]
    someone_elses = ChangeSetPlain(id=own.id, author=None, at=own.at,
                                   ops=(event(office, "bob", "client.view"),))
    refusal = apply_log(office, replica(office), [("ana", someone_elses)])[0]
    assert refusal is not None and refusal.code == "audit-forged"
    data = ChangeSetPlain(id=own.id, author=None, at=own.at, ops=(
        _update("notes", {"id": team.bob_note}, body="x"), *own.ops))
    refusal = apply_log(office, replica(office), [("ana", data)])[0]
    assert refusal is not None and refusal.code == "no-author"
    assert _text(refusal) == ("A change without an author was refused: every change must "
                              "name the person who made it.")
