"""Assigning cases to workers (issue #11): one case or many, with a reason, all or nothing.

Who may assign: supervisors and administrators, checked here (not only by what the desktop
offers), with the signed role (``services/authority.py``). Who may be chosen: an active
caseworker or supervisor; administrators look after the vault, not a caseload.

A case's worker and its referrals' workers: the caseload lists referrals, and its "My
cases" filter, its "Assigned to" column and the dashboard's count read
``referrals.assigned_user_id``. So assigning a case assigns every referral of it, open or
closed, to the same worker: a case is never half someone else's, and the worker who had it
no longer sees it under "My cases". Who worked a referral before stays in its status
history and the audit log. A referral added to a case later is assigned to the case's
worker (``referrals.add_referral``).

Assignment is local to this agency: the assigned worker is a local field
(``domain.fields``: ``Sharing.LOCAL``) and ``case_assignments`` is not a record type a
package carries, so no partner sees who holds a case, and an imported package never changes
it. It bumps no record's revision for the same reason (a partner's next package must not
look like a conflict over a field it never sees).
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from nap_desktop.domain import entities as e
from nap_desktop.domain.enums import Role
from nap_desktop.domain.errors import NotFound, PermissionDenied, ValidationError
from nap_desktop.domain.messages import N_, NP_
from nap_desktop.services import validate as v
from nap_desktop.services.base import ServiceContext, get_or_404, new_id
from nap_desktop.store import mapping
from nap_desktop.store import models as m

#: The roles whose holders carry a caseload.
HOLDS_CASES = frozenset({Role.CASEWORKER, Role.SUPERVISOR})
#: The most cases one assignment may move (a page of the caseload is 50; a whole
#: caseload moving at once is a job for an administrator, in parts).
MAX_CASES = 1000

NOT_ALLOWED = N_(
    "Only a supervisor or an administrator can assign cases. Nothing was changed; ask your "
    "supervisor to assign it."
)


class AssignmentService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def workers(self) -> list[e.User]:
        """The people a case can be assigned to: active caseworkers and supervisors."""
        with self.ctx.read() as s:
            rows = s.scalars(select(m.UserRow).order_by(m.UserRow.display_name))
            return [mapping.user(r) for r in rows if self._holds_cases(r)]

    def assign(self, client_ids: Sequence[str], user_id: str, *,
               reason: str) -> list[e.Client]:
        """Assign every case of ``client_ids`` (and their referrals) to ``user_id``, in one
        transaction: one case that cannot be assigned leaves all of them as they were.
        Audited per case; the reason is kept with the assignment, not in the audit."""
        actor = self._require_assigner()
        why = v.text(reason, field="reason", label=N_("Reason"), required=True)
        ids = list(dict.fromkeys(client_ids))
        if not ids:
            raise ValidationError(N_("Choose at least one case to assign."), field="cases")
        if len(ids) > MAX_CASES:
            raise ValidationError(NP_("Assign at most {n} case at a time.",
                                      "Assign at most {n} cases at a time."), field="cases",
                                  n=MAX_CASES)
        with self.ctx.unit_of_work() as s:
            worker = self._worker(s, user_id)
            return [self._assign_one(s, client_id, worker, actor, why) for client_id in ids]

    def history(self, client_id: str) -> list[e.CaseAssignment]:
        """A case's assignments, newest first."""
        with self.ctx.read() as s:
            rows = s.scalars(select(m.CaseAssignmentRow)
                             .where(m.CaseAssignmentRow.client_id == client_id)
                             .order_by(m.CaseAssignmentRow.at.desc()))
            return [_assignment(r) for r in rows]

    def find_cases(self, case_numbers: Sequence[str]) -> list[str]:
        """The client ids of these case numbers, in order; NotFound names the first unknown."""
        with self.ctx.read() as s:
            found = {number: client_id for number, client_id in s.execute(
                select(m.ClientRow.case_number, m.ClientRow.id).where(
                    m.ClientRow.case_number.in_(set(case_numbers))))}
        for number in case_numbers:
            if number not in found:
                raise NotFound(N_("There is no case {case} in this vault."), case=number)
        return [found[number] for number in case_numbers]

    def find_worker(self, name: str) -> str:
        """The id of the user called ``name`` (login name or display name)."""
        with self.ctx.read() as s:
            row = s.scalars(select(m.UserRow).where(
                (m.UserRow.name == name) | (m.UserRow.display_name == name))).first()
        if row is None:
            raise NotFound(N_("There is no user {name} in this vault."), name=name)
        return row.id

    # --- inside ------------------------------------------------------------------

    def _require_assigner(self) -> e.User:
        user = self.ctx.actor.user
        if user is None or self._role(user.id, user.role) not in (Role.SUPERVISOR, Role.ADMIN):
            raise PermissionDenied(NOT_ALLOWED)
        return user

    def _role(self, user_id: str, stored: Role) -> Role:
        """The signed role where the vault has signed grants, else the stored one."""
        authority = self.ctx.authority
        if authority is not None and not authority.legacy:
            grant = authority.users.get(user_id)
            return grant.role if grant is not None else Role.CASEWORKER
        return stored

    def _holds_cases(self, row: m.UserRow) -> bool:
        authority = self.ctx.authority
        active = row.active
        if authority is not None and not authority.legacy:
            grant = authority.users.get(row.id)
            active = grant is not None and grant.active and row.active
        return active and self._role(row.id, Role(row.role)) in HOLDS_CASES

    def _worker(self, s: OrmSession, user_id: str) -> m.UserRow:
        row = s.get(m.UserRow, user_id)
        if row is None:
            raise NotFound(N_("That user no longer exists."))
        if not self._holds_cases(row):
            raise ValidationError(
                N_("{name} cannot hold cases: only an active caseworker or supervisor can. "
                   "Nothing was changed."), field="worker", name=row.display_name)
        return row

    def _assign_one(self, s: OrmSession, client_id: str, worker: m.UserRow, actor: e.User,
                    reason: str) -> e.Client:
        client = get_or_404(s, m.ClientRow, client_id, "client")
        was = client.assigned_user_id
        client.assigned_user_id = worker.id
        for referral in s.scalars(select(m.ReferralRow)
                                  .where(m.ReferralRow.client_id == client_id)):
            referral.assigned_user_id = worker.id
        row = m.CaseAssignmentRow(id=new_id(), client_id=client_id, to_user_id=worker.id,
                                  from_user_id=was, by_user_id=actor.id, at=self.ctx.now(),
                                  reason=reason)
        s.add(row)
        # Ids only: the reason may name the survivor and stays in the vault's table.
        self.ctx.audit(s, "client.assign", record_type="client", record_id=client_id,
                       detail=f"to {worker.id}; from {was or '-'}; assignment {row.id}")
        return mapping.client(client)


def _assignment(row: m.CaseAssignmentRow) -> e.CaseAssignment:
    return e.CaseAssignment(id=row.id, client_id=row.client_id, to_user_id=row.to_user_id,
                            from_user_id=row.from_user_id, by_user_id=row.by_user_id,
                            at=row.at, reason=row.reason)
