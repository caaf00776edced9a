"""The rules one row of ``policy_rules.RULES`` cannot say, by name (``TableRule.check``).

Each mirrors a service and calls the domain's own rule where one exists
(``domain/rules.py``): a note's text changes only as a correction (``services/
corrections.py``); an entry is voided or corrected only by the case's worker or a
supervisor, never a partner's, never twice; a referral's status only as the state machine
allows our side, with its history entry dated when it was made (``services/referrals.py``);
a grant only if it verifies on top of the chain (``store/grant_chain.py``); an audit event
only its author's own (``sync/audit_chain.py``).
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Mapping
from datetime import date, datetime, timedelta
from typing import Any

from nap_desktop.domain.enums import (
    ReferralOutcome,
    ReferralReason,
    ReferralSide,
    ReferralStatus,
    ReleaseStatus,
    Role,
    SignedBy,
)
from nap_desktop.domain.errors import NapError
from nap_desktop.domain.rules import (
    ReleaseTerms,
    TransitionRequest,
    check_referral_transition,
    check_release_terms,
    minor_today,
    reachable,
    referral_sides,
)
from nap_desktop.store.grant_chain import RECOVERY, extend
from nap_desktop.sync import audit_chain, policy_services
from nap_desktop.sync.changeset import RowOp
from nap_desktop.sync.policy_judged import Denied, Judged, Row
from nap_desktop.sync.policy_rules import (
    CASEWORKER_SETTINGS,
    FIXED_SETTINGS,
    ONCE_SETTINGS,
    RULES,
)

Check = Callable[[Judged, RowOp, "Row | None"], None]
#: How far a status change's time may lie from its change set's (the author's clock).
STATUS_CLOCK_SLACK = timedelta(minutes=10)
_VOID_COLUMNS = {"voided_at", "voided_by", "void_reason"}


def _grant(j: Judged, op: RowOp, current: Row | None) -> None:
    """A grant verifies on top of the chain as it stands (with this change set's earlier
    grants), signed by its author (an administrator, or the user binding their own key)."""
    if j.grant_work is None:
        j.grant_work = copy.deepcopy(j.authority)
    work = j.grant_work
    values = {**op.k, **op.new}
    seq, body, signature = values.get("seq"), values.get("body"), values.get("signature")
    if not isinstance(seq, int) or not isinstance(body, str) or not isinstance(signature, str):
        raise Denied("grant-invalid")
    if f'"signer":"{j.author}"' not in body and f'"signer":"{RECOVERY}"' not in body:
        raise Denied("grant-invalid")
    if extend(work, seq, body, signature, _vault_id(j)):
        raise Denied("grant-invalid")


def _setting(j: Judged, op: RowOp, current: Row | None) -> None:
    key = str(op.k.get("key", ""))
    if key in ONCE_SETTINGS:  # anyone may make it while there is none; never changed
        if op.op != "i":
            raise Denied("setting-fixed")
        return
    if key.startswith(FIXED_SETTINGS):
        raise Denied("setting-fixed")
    if not key.startswith(CASEWORKER_SETTINGS) and not j.at_least(Role.SUPERVISOR):
        raise Denied("setting-fixed")


def _agency(j: Judged, op: RowOp, current: Row | None) -> None:
    if op.op == "i" and op.new.get("is_self"):
        raise Denied("agency-self")


def _agency_keys(j: Judged, op: RowOp, current: Row | None) -> None:
    """The agency's first exchange keys are made by whoever exports first; a new
    generation is a rotation (``IdentityService.rotate_keys``): administrators only."""
    generation = {**op.k, **op.new}.get("generation")
    if op.op == "i" and generation != 1 and not j.at_least(Role.ADMIN):
        raise Denied("needs-admin", what=RULES[op.t].what)


def _conflict(j: Judged, op: RowOp, current: Row | None) -> None:
    if op.op == "u" and op.new.get("resolved_by", j.author) != j.author:
        raise Denied("not-author", what=RULES[op.t].what)


def _merged_away(j: Judged, op: RowOp, current: Row | None) -> None:
    """A case is deleted only by the merge that moved everything of it into another
    (``services/merges.py``): the merge's record is in the same change set."""
    if op.op != "d":
        return
    client_id = op.k.get("id" if op.t == "clients" else "client_id")
    if not any(m.new.get("other_id") == client_id for m in j.ops("client_merges")
               if m.op == "i"):
        raise Denied("no-delete", what=RULES[op.t].what)


def _merge(j: Judged, op: RowOp, current: Row | None) -> None:
    if op.op == "u" and op.new.get("undone_by", j.author) != j.author:
        raise Denied("not-author", what=RULES[op.t].what)


def _note(j: Judged, op: RowOp, current: Row | None) -> None:
    """A note is the author's words: its text changes only as a correction that keeps the
    earlier text (a ``note_versions`` row in the same change set), by its author or a
    supervisor; a void likewise; a partner's note only through an import."""
    if op.op == "i":
        if op.new.get("origin_agency_id") is not None and not j.importing:
            raise Denied("partner-record")
        return
    assert current is not None
    partners = current.get("origin_agency_id") is not None
    if partners and not j.importing:
        raise Denied("partner-record")
    if "client_id" in op.new and set(op.new) - {"client_id", "revision", "updated_at"}:
        raise Denied("note-text")  # a merge moves notes; it never edits them
    if "client_id" in op.new or partners:  # a partner's note: only as its package says
        return
    changes_words = "body" in op.new or _VOID_COLUMNS & set(op.new)
    mine = current.get("author_user_id") == j.author
    if changes_words and not (mine or j.at_least(Role.SUPERVISOR)):
        raise Denied("note-text")
    if current.get("voided_at") is not None and changes_words:
        raise Denied("note-text")
    if _VOID_COLUMNS & set(op.new) and op.new.get("voided_by", j.author) != j.author:
        raise Denied("not-author", what=RULES[op.t].what)
    if "body" in op.new and not any(
            v.new.get("note_id") == current.get("id") and v.new.get("body") == current.get("body")
            for v in j.ops("note_versions") if v.op == "i"):
        raise Denied("note-text")


def _note_version(j: Judged, op: RowOp, current: Row | None) -> None:
    """Written only by the correction of that very note in the same change set."""
    note_id = op.new.get("note_id")
    if j.importing:
        return
    if not any(n.k.get("id") == note_id and "body" in n.new
               for n in j.ops("notes") if n.op == "u"):
        raise Denied("note-text")


def _entry(j: Judged, op: RowOp, current: Row | None) -> None:
    """Money and housing assistance entries: added, or voided (a correction voids and
    adds) as ``services/corrections.py`` allows."""
    if op.op == "i":
        if op.new.get("origin_agency_id") is not None and not j.importing:
            raise Denied("partner-record")
        corrects = op.new.get("corrects_id")
        if corrects is not None and not j.importing:
            old = j.row(op.t, {"id": corrects})
            if old is None or old.get("voided_by") != j.author:
                raise Denied("correction")  # a correction voids what it replaces
        return
    assert current is not None
    if current.get("origin_agency_id") is not None:  # a partner's: only as its package says
        if j.importing:
            return
        raise Denied("partner-record")
    if current.get("voided_at") is not None or op.new.get("voided_by") != j.author:
        raise Denied("correction")
    _may_change_case(j, _client_of_entry(j, op.t, current))


def _matter(j: Judged, op: RowOp, current: Row | None) -> None:
    """Correcting a matter's court, docket, defendant or statute is a correction."""
    if op.op == "u" and {"court", "docket_number", "defendant", "statute"} & set(op.new):
        assert current is not None
        if not j.importing:
            _may_change_case(j, current.get("client_id"))


#: What a document may be attached to, and the table holding that record.
_ATTACHED = {"release": "releases", "referral": "referrals", "placement": "placements",
             "restitution_matter": "restitution_matters"}


def _document(j: Judged, op: RowOp, current: Row | None) -> None:
    """A document is added to a case that exists here, on a record of that case, by its
    author (a partner's only through an import); it is voided as
    ``DocumentService.void`` allows: the case's worker or a supervisor, never a
    partner's document, never twice, ``voided_by`` the author. Its content is checked
    after it is applied (``sync/documents_check.py``)."""
    if op.op == "i":
        values = {**op.k, **op.new}
        if values.get("origin_agency_id") is not None and not j.importing:
            raise Denied("partner-record")
        if not _attached_to_case(j, values):
            raise Denied("document-record")
        return
    assert current is not None
    if not {"voided_at", "voided_by", "void_reason"} & set(op.new):
        return  # a merge moving it, or its revision
    if current.get("origin_agency_id") is not None and not j.importing:
        raise Denied("partner-record")
    if current.get("voided_at") is not None or op.new.get("voided_by") != j.author \
            or not op.new.get("voided_at"):
        raise Denied("correction")
    _may_change_case(j, current.get("client_id"))


def _attached_to_case(j: Judged, values: Mapping[str, Any]) -> bool:
    client_id, attached_id = values.get("client_id"), values.get("attached_id")
    if not isinstance(client_id, str) or j.row("clients", {"id": client_id}) is None:
        return False
    kind = values.get("attached_type")
    if kind == "client":
        return attached_id == client_id
    table = _ATTACHED.get(str(kind))
    record = j.row(table, {"id": attached_id}) if table and isinstance(attached_id, str) \
        else None
    return record is not None and record.get("client_id") == client_id


def _may_change_case(j: Judged, client_id: object) -> None:
    """Caseworkers: cases assigned to them or to nobody; supervisors: any case."""
    if j.at_least(Role.SUPERVISOR):
        return
    client = j.row("clients", {"id": client_id}) if isinstance(client_id, str) else None
    if client is None or client.get("assigned_user_id") not in (None, j.author):
        raise Denied("correction")


def _client_of_entry(j: Judged, table: str, row: Row) -> object:
    parent = ("placements", row.get("placement_id")) if table == "assistance_entries" \
        else ("restitution_matters", row.get("matter_id"))
    found = j.row(parent[0], {"id": parent[1]}) if isinstance(parent[1], str) else None
    return found.get("client_id") if found else None


def _referral(j: Judged, op: RowOp, current: Row | None) -> None:
    if op.op == "i" and not j.importing:
        _new_referral(j, op)
    if op.op != "u":
        return
    assert current is not None
    if "status" not in op.new:
        return
    before, after = _status(current.get("status")), _status(op.new.get("status"))
    sides = referral_sides(str(current.get("from_agency_id")),
                           str(current.get("to_agency_id")), _our_agency(j, current))
    if j.importing:  # the partner's own steps (transfer/authority.py, rule 6)
        partner = frozenset(s for s in ReferralSide if s not in sides)
        if not reachable(before, after, partner):
            raise Denied("status-transition")
        return
    try:
        check_referral_transition(TransitionRequest(
            current=before, target=after,
            outcome=_enum(ReferralOutcome, op.new.get("outcome", current.get("outcome"))),
            reason=_enum(ReferralReason, op.new.get("reason", current.get("reason"))),
            reason_text=str(op.new.get("reason_text", current.get("reason_text")) or ""),
            sides=sides))
    except NapError:
        raise Denied("status-transition") from None
    if after is ReferralStatus.SENT and not j.at_least(Role.SUPERVISOR):
        raise Denied("status-transition")
    _dated(j, op, current, before, after)


def _new_referral(j: Judged, op: RowOp) -> None:
    """A referral starts as ``add_referral`` starts it: received when it comes to us, a
    draft when it goes out (sending is a supervisor's status change), never between two
    other agencies."""
    values = {**op.k, **op.new}
    ours = _our_agency(j, values)
    if not ours:
        raise Denied("status-transition")
    first = ReferralStatus.RECEIVED if values.get("to_agency_id") == ours \
        else ReferralStatus.DRAFT
    if values.get("status") != first.value or values.get("outcome") is not None:
        raise Denied("status-transition")


def _dated(j: Judged, op: RowOp, current: Row, before: ReferralStatus,
           after: ReferralStatus) -> None:
    """The history entry of this change, dated when it was made: at the change set's
    time (the author's clock, within a few minutes) and never before the last one."""
    at = op.new.get("status_changed_at")
    entries = [c for c in j.ops("referral_status_changes") if c.op == "i"
               and c.new.get("referral_id") == current.get("id")]
    if not isinstance(at, str) or not any(
            (c.new.get("from_status"), c.new.get("to_status"), c.new.get("at"))
            == (before.value, after.value, at) for c in entries):
        raise Denied("status-history")
    last = current.get("status_changed_at")
    when, made = _time(at), _time(j.cs.at)
    if when is None or made is None or (isinstance(last, str) and at < last) \
            or abs(made - when) > STATUS_CLOCK_SLACK:
        raise Denied("status-history")


def _status_change(j: Judged, op: RowOp, current: Row | None) -> None:
    """A history entry comes with the status change it records (``_referral``)."""
    if j.importing:
        return
    referral_id = op.new.get("referral_id")
    if not any(r.k.get("id") == referral_id and r.new.get("status") == op.new.get("to_status")
               for r in j.ops("referrals")):
        raise Denied("status-history")


def _release(j: Judged, op: RowOp, current: Row | None) -> None:
    """Consent is ours: a partner's release is only confirmed here (by a supervisor), a
    revoked one never comes back, and an import never changes one of our users'."""
    if op.op == "i":
        if op.new.get("recorded_by_agency_id") is not None and not j.importing:
            raise Denied("partner-record")
        if not j.importing:
            _terms(j, {**op.k, **op.new})
        return
    if op.op != "u":
        return
    assert current is not None
    if not j.importing and {"signed_on", "signed_by", "expires_on"} & set(op.new):
        _terms(j, {**current, **op.new})  # signing applies the rules of recording
    ours = current.get("recorded_by_agency_id") is None or current.get("confirmed_by")
    changed = set(op.new) - {"revision", "updated_at", "client_id"}
    if j.importing:
        if ours and changed:
            raise Denied("release-consent")
        return
    if not ours and changed - {"confirmed_by", "confirmed_at"}:
        raise Denied("partner-record")
    if "confirmed_by" in op.new and op.new["confirmed_by"] != j.author:
        raise Denied("not-author", what=RULES[op.t].what)
    if current.get("status") == "revoked" and op.new.get("status", "revoked") != "revoked":
        raise Denied("release-consent")


def _terms(j: Judged, values: Mapping[str, Any]) -> None:
    """``domain/rules.check_release_terms`` on a release as recorded or signed: at most a
    year from signing, a minor's signed by a parent or guardian (by the client's date of
    birth), the survivor told that services do not depend on signing. "Today" is the
    change set's date (a day of slack for the author's time zone)."""
    made = _time(j.cs.at)
    client_id = values.get("client_id")
    person = j.row("client_personal", {"client_id": client_id}) \
        if isinstance(client_id, str) else None
    if made is None or person is None:
        raise Denied("release-terms")
    today = made.date() + timedelta(days=1)
    try:
        check_release_terms(ReleaseTerms(
            signed_on=_day(values.get("signed_on")), expires_on=_day(values.get("expires_on")),
            signed_by=SignedBy(str(values.get("signed_by"))),
            minor=minor_today(_day(person.get("date_of_birth")), bool(person.get("is_minor")),
                              today),
            told=bool(values.get("services_not_conditional")),
            refused=values.get("status") == ReleaseStatus.REFUSED.value), today)
    except (NapError, ValueError):
        raise Denied("release-terms") from None


def _day(value: object) -> date | None:
    return None if value is None else date.fromisoformat(str(value)[:10])


def _audit(j: Judged, op: RowOp, current: Row | None) -> None:
    """An audit event is only ever its author's own: their user id, signed with their key
    over its content (a recovery-key session signs with the recovery key)."""
    values: Mapping[str, Any] = op.new
    signer = values.get("signer")
    if values.get("user_id") != j.author or signer not in (j.author, RECOVERY):
        raise Denied("audit-forged")
    if not audit_chain.content_signature_valid(j.authority.keys_of(str(signer)), values):
        raise Denied("audit-forged")


def _status(value: object) -> ReferralStatus:
    try:
        return ReferralStatus(str(value))
    except ValueError:
        raise Denied("status-transition") from None


def _enum(kind: Any, value: object) -> Any:
    if value is None:
        return None
    try:
        return kind(str(value))
    except ValueError:
        raise Denied("status-transition") from None


def _our_agency(j: Judged, referral: Row) -> str:
    """Our end of a referral: whichever of its agencies is this vault's own."""
    for column in ("from_agency_id", "to_agency_id"):
        agency_id = referral.get(column)
        found = j.row("agencies", {"id": agency_id}) if isinstance(agency_id, str) else None
        if found and found.get("is_self"):
            return str(agency_id)
    return ""


def _time(text: object) -> datetime | None:
    try:
        return datetime.fromisoformat(str(text).replace("Z", "+00:00"))
    except ValueError:
        return None


def _vault_id(j: Judged) -> str:
    found = j.read_row("settings", {"key": "vault_id"})
    return str(found.get("value", "")) if found else ""


CHECKS: Mapping[str, Check] = {
    "grant": _grant, "setting": _setting, "agency": _agency, "merge": _merge,
    "agency_keys": _agency_keys, "conflict": _conflict, "merged_away": _merged_away,
    "note": _note, "note_version": _note_version, "entry": _entry, "matter": _matter,
    "referral": _referral, "status_change": _status_change, "release": _release,
    "audit": _audit, "document": _document,
    **policy_services.CHECKS,  # issue #13: services, plans, tasks
}
