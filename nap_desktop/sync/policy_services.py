"""The special rules of issue #13's tables (``policy_rules._ISSUE_13``): services
delivered, plans, safety plans and tasks. Each mirrors its service:

* a service record (``services/service_records.py``) is added on a case its author may
  change; its fields change only by its author within 7 days of its creation (by the
  change set's time) or as a supervisor's correction, which keeps the previous values in
  a ``service_corrections`` row of the same change set; it is voided by its author within
  the 7 days or by a supervisor;
* a plan, goal or safety plan (``services/plans.py``) changes only on a case its author
  may change (assigned to them or to nobody; supervisors any), as every case record; a
  plan or safety plan is deleted only by the merge that set it aside;
* a manual task (``services/tasks.py``) is changed by the person it is assigned to, who
  created it, or a supervisor; only a supervisor gives one to someone else.

The author's clock (the change set's ``at``) decides the 7 days: a device can lie about
its time, as it can about a referral's status change time (``STATUS_CLOCK_SLACK``); its
audit events carry the same claim and are signed with the author's key.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime, timedelta

from nap_desktop.domain.enums import Role
from nap_desktop.domain.services_entities import EDIT_WINDOW_DAYS
from nap_desktop.sync.changeset import RowOp
from nap_desktop.sync.policy_judged import Denied, Judged, Row
from nap_desktop.sync.policy_rules import RULES

Check = Callable[[Judged, RowOp, "Row | None"], None]
_VOID = frozenset({"voided_at", "voided_by", "void_reason"})
_BOOKKEEPING = frozenset({"revision", "updated_at"})


def may_change_case(j: Judged, client_id: object) -> None:
    """Caseworkers: cases assigned to them or to nobody; supervisors: any case."""
    if j.at_least(Role.SUPERVISOR):
        return
    client = j.row("clients", {"id": client_id}) if isinstance(client_id, str) else None
    if client is None or client.get("assigned_user_id") not in (None, j.author):
        raise Denied("case-record")


def _time(text: object) -> datetime | None:
    try:
        return datetime.fromisoformat(str(text).replace("Z", "+00:00"))
    except ValueError:
        return None


def _in_window(j: Judged, row: Row) -> bool:
    created, at = _time(row.get("created_at")), _time(j.cs.at)
    return created is not None and at is not None and \
        at - created <= timedelta(days=EDIT_WINDOW_DAYS)


def _service_record(j: Judged, op: RowOp, current: Row | None) -> None:
    if j.importing:
        return
    if op.op == "i":
        may_change_case(j, {**op.k, **op.new}.get("client_id"))
        return
    if op.op != "u":
        return
    assert current is not None
    changed = set(op.new) - _BOOKKEEPING
    if not changed or changed == {"client_id"}:
        return  # its revision, or a merge moving it (supervisors: the rule table)
    own = current.get("author_user_id") == j.author and _in_window(j, current)
    if changed <= _VOID:
        if current.get("voided_at") is not None or op.new.get("voided_by") != j.author:
            raise Denied("service-record")
        if not own and not j.at_least(Role.SUPERVISOR):
            raise Denied("service-record")
        may_change_case(j, current.get("client_id"))
        return
    if own:
        may_change_case(j, current.get("client_id"))
        return
    # Anyone else's change, or the author's after 7 days: a supervisor's correction that
    # keeps the previous values (a service_corrections row of this change set).
    if not j.at_least(Role.SUPERVISOR) or not any(
            c.op == "i" and c.new.get("service_id") == op.k.get("id")
            for c in j.ops("service_corrections")):
        raise Denied("service-record")


def _case_record(j: Judged, op: RowOp, current: Row | None) -> None:
    if j.importing:
        return
    values = {**(current or {}), **op.k, **op.new}
    if op.op == "d":
        client_id = values.get("client_id")
        if not any(m.op == "i" and m.new.get("other_id") == client_id
                   for m in j.ops("client_merges")):
            raise Denied("no-delete", what=RULES[op.t].what)
        return
    if op.op == "u" and set(op.new) - _BOOKKEEPING == {"client_id"}:
        return  # a merge moving it (supervisors: the rule table)
    may_change_case(j, values.get("client_id"))


def _task(j: Judged, op: RowOp, current: Row | None) -> None:
    if j.importing:
        return
    values = {**(current or {}), **op.k, **op.new}
    supervisor = j.at_least(Role.SUPERVISOR)
    if op.op == "i":
        if values.get("assigned_user_id") != j.author and not supervisor:
            raise Denied("task-owner")
        if values.get("client_id") is not None:
            may_change_case(j, values.get("client_id"))
        return
    if op.op != "u" or supervisor:
        return
    assert current is not None
    if set(op.new) - _BOOKKEEPING == {"client_id"}:
        return
    if j.author not in (current.get("assigned_user_id"), current.get("created_by_user_id")):
        raise Denied("task-owner")
    if "assigned_user_id" in op.new and op.new["assigned_user_id"] != j.author:
        raise Denied("task-owner")


CHECKS: Mapping[str, Check] = {
    "service_record": _service_record, "case_record": _case_record, "task": _task,
}

__all__ = ["CHECKS", "may_change_case"]
