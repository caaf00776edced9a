"""Who may change a case's records (issue #13's services share it): caseworkers the
cases assigned to them or to nobody, supervisors and administrators any case. The same
rule as ``services/corrections.py`` and ``sync/policy_checks._may_change_case``."""

from __future__ import annotations

from sqlalchemy.orm import Session as OrmSession

from nap_desktop.domain.entities import User
from nap_desktop.domain.enums import Role
from nap_desktop.domain.errors import PermissionDenied
from nap_desktop.domain.messages import N_, Message
from nap_desktop.domain.rules import role_at_least
from nap_desktop.services.base import get_or_404
from nap_desktop.store import models as m

NOT_YOUR_CASE = N_("This case is assigned to {worker}: only they or a supervisor can change "
                   "its services, plans and tasks. Nothing was changed.")


def may_change(s: OrmSession, me: User, client_id: str) -> m.ClientRow:
    """The client row, or PermissionDenied when ``me`` may not change this case."""
    client = get_or_404(s, m.ClientRow, client_id, "client")
    if role_at_least(me.role, Role.SUPERVISOR) or client.assigned_user_id in (None, me.id):
        return client
    raise PermissionDenied(NOT_YOUR_CASE, worker=user_name(s, client.assigned_user_id))


def user_name(s: OrmSession, user_id: str | None) -> str | Message:
    """A user's display name (a Message when there is none to show)."""
    row = s.get(m.UserRow, user_id) if user_id else None
    return row.display_name if row is not None else Message(N_("another worker"))
