"""The policy's rule table against the services: every change a service makes for a role
is one the policy lets that role's device make, on every table the services write.

Each action runs through the real service on a real vault (the user's own unlock); what
it wrote becomes a change set (``policy_office.capture``) signed with that user's key, and
the policy judges it on the vault as it stood before. The (table, op) pairs seen are
checked against the rule table, so a table the services write but the table forgets (or a
rule stricter than the service) fails here.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest

from nap_desktop.domain.enums import AgencyKind
from nap_desktop.services.cases import PersonalInput
from nap_desktop.services.corrections import EntryInput, MatterDetails
from nap_desktop.services.housing import PlacementInput
from nap_desktop.services.referrals import ReferralInput
from nap_desktop.services.workspace import Workspace
from nap_desktop.sync.policy_rules import RULES
from tests.sync.policy_office import Office, Replica, capture, judge, office, replica
from tests.transfer.transfer_helpers import Clock, add_case, plain_side

__all__ = ["office"]

Action = Callable[[Workspace], object]


def _ids(ws: Workspace) -> dict[str, str]:
    """The records the earlier steps made (looked up, not remembered)."""
    with ws.ctx.read() as s:
        from sqlalchemy import text

        def one(sql: str) -> str:
            return str(s.execute(text(sql)).scalar())

        return {
            "self": one("SELECT id FROM agencies WHERE is_self"),
            "partner": one("SELECT id FROM agencies WHERE NOT is_self ORDER BY name LIMIT 1"),
            "client": one("SELECT id FROM clients ORDER BY created_at LIMIT 1"),
            "client2": one("SELECT id FROM clients ORDER BY created_at DESC LIMIT 1"),
            "referral": one("SELECT id FROM referrals ORDER BY created_at LIMIT 1"),
            "outgoing": one("SELECT r.id FROM referrals r JOIN agencies a ON "
                            "a.id = r.from_agency_id WHERE a.is_self LIMIT 1"),
            "note": one("SELECT id FROM notes ORDER BY created_at LIMIT 1"),
            "placement": one("SELECT id FROM placements LIMIT 1"),
            "assistance": one("SELECT id FROM assistance_entries WHERE voided_at IS NULL "
                              "LIMIT 1"),
            "matter": one("SELECT id FROM restitution_matters LIMIT 1"),
            "money": one("SELECT id FROM restitution_money WHERE voided_at IS NULL LIMIT 1"),
            "release": one("SELECT id FROM releases LIMIT 1"),
            "document": one("SELECT id FROM documents WHERE voided_at IS NULL "
                            "ORDER BY created_at LIMIT 1"),
        }


def _doc(ws: Workspace) -> object:
    from tests.doc_samples import pdf

    client = _ids(ws)["client"]
    return ws.documents.add(client_id=client, attached_type="client", attached_id=client,
                            kind="other", title="Lease", doc_date=None, data=pdf())


TODAY = date.today()


def _open_case(name: str) -> Action:
    def run(ws: Workspace) -> object:
        ids = _ids(ws)
        return ws.cases.open_case(PersonalInput(legal_name=name), first_referral=ReferralInput(
            from_agency_id=ids["partner"], to_agency_id=ids["self"], direction="le_to_vsp",
            services=("housing",)))
    return run


#: (who, what, action): a working day of a team, each step by the role that does it.
STEPS: list[tuple[str, str, Action]] = [
    ("sofia", "add a partner agency",
     lambda ws: ws.agencies.add_partner(name="City Police", kind="le_state_local")),
    ("ana", "open a case with its first referral", _open_case("Rosa Example")),
    ("bob", "open another case", _open_case("Rosa Exampel")),
    ("ana", "edit the client", lambda ws: ws.cases.update_client(
        _ids(ws)["client"], PersonalInput(legal_name="Rosa Example", location="Shelter"))),
    ("ana", "add a note", lambda ws: ws.cases.add_note(_ids(ws)["client"], "First meeting.")),
    ("ana", "correct her own note", lambda ws: ws.corrections.correct_note(
        _ids(ws)["note"], "First meeting, at the shelter.", reason="place")),
    ("sofia", "correct a caseworker's note (supervisor)",
     lambda ws: ws.corrections.correct_note(_ids(ws)["note"], "First meeting (corrected).",
                                            reason="typo")),
    ("ana", "accept it", lambda ws: ws.referrals.transition(_ids(ws)["referral"],
                                                            "accepted")),
    ("ana", "edit the referral", lambda ws: ws.referrals.update(
        _ids(ws)["referral"], services=("housing", "legal"), urgency="priority",
        referring_person="Officer", external_case_number="X-1", safety_notes="",
        release_id=None)),
    ("ana", "record a release", lambda ws: ws.releases.create(
        client_id=_ids(ws)["client"], recipient_agency_id=_ids(ws)["partner"],
        categories=("identity",), purpose="Housing", expires_on=TODAY + timedelta(days=90))),
    ("ana", "refer the case on (draft)", lambda ws: ws.referrals.create(
        client_id=_ids(ws)["client"], from_agency_id=_ids(ws)["self"],
        to_agency_id=_ids(ws)["partner"], direction=None, services=("legal",))),
    ("sofia", "send it (supervisor)", lambda ws: ws.referrals.transition(
        _ids(ws)["outgoing"], "sent")),
    ("ana", "sign the release", lambda ws: ws.releases.sign(_ids(ws)["release"], TODAY)),
    ("ana", "revoke the release", lambda ws: ws.releases.revoke(_ids(ws)["release"])),
    ("ana", "add a placement", lambda ws: ws.housing.add_placement(
        _ids(ws)["client"], PlacementInput(program_type="emergency_shelter", provider="Casa"))),
    ("ana", "add housing assistance", lambda ws: ws.housing.add_assistance(
        _ids(ws)["placement"], kind="rent", amount_cents=50_000, paid_on=TODAY)),
    ("ana", "correct the assistance", lambda ws: ws.corrections.correct_assistance(
        _ids(ws)["assistance"], EntryInput(kind="rent", amount_cents=45_000, on=TODAY),
        reason="receipt")),
    ("ana", "open a restitution matter", lambda ws: ws.restitution.open_matter(
        _ids(ws)["client"], court="District Court", docket_number="1:26-cr-1")),
    ("ana", "set the amounts ordered", lambda ws: ws.restitution.set_amounts(
        _ids(ws)["matter"], losses_claimed_cents=200_000, ordered_cents=150_000)),
    ("ana", "record money", lambda ws: ws.restitution.record_money(
        _ids(ws)["matter"], kind="collected", amount_cents=100_000, on=TODAY)),
    ("ana", "void the money entry", lambda ws: ws.corrections.void_money(
        _ids(ws)["money"], reason="entered twice")),
    ("ana", "correct the matter's docket", lambda ws: ws.corrections.correct_matter(
        _ids(ws)["matter"], _matter_details("1:26-cr-2"), reason="typo")),
    ("ana", "add a document (and the vault's first content key)", _doc),
    ("ana", "add a second document", _doc),
    ("ana", "void a document", lambda ws: ws.documents.void(_ids(ws)["document"],
                                                            reason="wrong case")),
    ("sofia", "assign the case (supervisor)", lambda ws: ws.cases.assign(
        _ids(ws)["client"], _user(ws, "bob"), reason="caseload")),
    ("sofia", "merge two cases (supervisor)", lambda ws: ws.merges.merge(
        _ids(ws)["client"], _ids(ws)["client2"], reason="same person")),
    ("sofia", "undo the merge (supervisor)", lambda ws: ws.merges.unmerge(
        ws.merges.merges()[0].id)),
    ("admin", "change a setting", lambda ws: ws.set_setting("discreet_default", "1")),
    ("admin", "change a role", lambda ws: ws.users.change_role(_user(ws, "bob"),
                                                               "supervisor")),
    ("admin", "add a user", lambda ws: ws.users.add(
        name="carla", display_name="Carla Ortiz", role="caseworker",
        passphrase="a fresh passphrase 99")),
]


def _user(ws: Workspace, name: str) -> str:
    return ws.users.by_name(name).id


def _matter_details(docket: str) -> MatterDetails:
    return MatterDetails(court="District Court", docket_number=docket, defendant="",
                         statute="18 U.S.C. 1593")


def test_every_service_action_of_a_role_is_allowed_to_that_role(office: Office) -> None:
    seen: set[tuple[str, str]] = set()
    for who, what, action in STEPS:
        before = replica(office)
        cs = capture(office, who, action)
        assert cs.ops, what
        verdict = judge(office, before, cs, who)
        assert verdict is None, f"{what} by {who}: {verdict}"
        seen |= {(op.t, op.op) for op in cs.ops}
    tables = {t for t, _ in seen}
    assert tables <= set(RULES), tables - set(RULES)
    # the table covers what a working day writes: every core table was exercised
    for table in ("clients", "client_personal", "notes", "note_versions", "referrals",
                  "referral_status_changes", "releases", "placements", "assistance_entries",
                  "restitution_matters", "restitution_money", "case_assignments",
                  "client_merges", "users", "user_grants", "settings", "agencies",
                  "audit_events", "documents", "document_contents", "document_chunks"):
        assert any(t == table for t, _ in seen), table


@pytest.mark.parametrize("name", ["ana", "sofia", "admin"])
def test_a_captured_change_set_is_judged_alike_on_every_device(office: Office,
                                                               name: str) -> None:
    """Two replicas, two Policy instances: the same verdict (the policy reads nothing but
    the replica)."""
    before = replica(office)
    cs = capture(office, name, lambda ws: ws.cases.create_client(
        PersonalInput(legal_name="Mai Example")))
    other: Replica = before.copy()
    assert judge(office, before, cs, name) is None
    assert judge(office, other, cs, name) is None


def test_the_exchange_with_a_partner_agency_is_allowed_to_the_roles_that_make_it(
        office: Office, tmp_path: Path) -> None:
    """Pinning a partner (admin), our card and keys (a caseworker's first export), a
    package imported (a caseworker: the partner's records, statuses and notes) and one
    exported: each allowed to the role the services require."""
    partner = plain_side(tmp_path / "partner.db", "HSI", Clock(), AgencyKind.LE_FEDERAL)
    card = partner.identity.identity_card()
    steps: list[tuple[str, str, Action]] = [
        ("admin", "pin the partner's card", lambda ws: ws.identity.pin_partner(
            card.card, card.fingerprint)),
        ("ana", "our identity card (keys made)", lambda ws: ws.identity.identity_card()),
    ]
    for who, what, action in steps:
        before = replica(office)
        cs = capture(office, who, action)
        assert judge(office, before, cs, who) is None, what
    ws = office.unlock("ana")
    try:
        ours = ws.identity.identity_card()
        partner.partners["Casa"] = partner.identity.pin_partner(ours.card, ours.fingerprint)
        us = partner.partners["Casa"].agency_id
        ids = add_case(partner, us, categories=["identity", "contact", "location"])
        package = partner.exports.export(us)
    finally:
        ws.close()
    for who, what, action in [
        ("ana", "import the partner's package", lambda ws: ws.imports.import_package(package)),
        ("ana", "export to the partner", lambda ws: ws.exports.export(
            ws.identity.find_partner("HSI").agency_id)),
    ]:
        before = replica(office)
        cs = capture(office, who, action)
        assert cs.ops, what
        assert judge(office, before, cs, who) is None, what
        if what.startswith("import"):
            written = {(op.t, op.op) for op in cs.ops}
            assert {("referrals", "i"), ("clients", "i"),
                    ("releases", "i"), ("referral_status_changes", "i")} <= written
    assert ids["referral"]
    partner.close()
