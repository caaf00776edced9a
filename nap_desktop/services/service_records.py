"""Services delivered to a client (issue #13): add, update, correct, void, list.

One method = one user action = one transaction with its audit event. Authority: any
caseworker on a case they may edit (assigned to them or to nobody; supervisors any case)
adds a record; its author edits it for ``EDIT_WINDOW_DAYS`` (7) days after its creation;
after that only a supervisor corrects it, with a reason, keeping the previous values in
``service_corrections`` (append-only). Audit details hold ids, the category and minutes,
never the note or a reason (they may name the survivor).
"""

from __future__ import annotations

from nap_desktop.domain import services_entities as se
from nap_desktop.services.base import ServiceContext


class ServiceRecordService:
    """Reached as ``Workspace.services``."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def add(self, client_id: str, data: se.ServiceInput) -> se.ServiceRecord:
        """Record a service for the client. A partner-provided service needs
        ``data.referral_id``: a referral of this client to that partner. Raises
        ValidationError (field named) or PermissionDenied; stores nothing then."""
        raise NotImplementedError

    def update(self, service_id: str, data: se.ServiceInput, *,
               expected_revision: int) -> se.ServiceRecord:
        """Change a record: its author, within 7 days of its creation. A stale
        ``expected_revision`` raises Conflict."""
        raise NotImplementedError

    def correct(self, service_id: str, data: se.ServiceInput, *,
                reason: str) -> se.ServiceRecord:
        """A supervisor's correction (any time; the way to change a record after its 7
        days): the changed fields' previous values are kept with the reason."""
        raise NotImplementedError

    def void(self, service_id: str, reason: str) -> None:
        """Void a record (it stays, out of every count): its author within 7 days, else a
        supervisor. A reason is required."""
        raise NotImplementedError

    def list_for_client(self, client_id: str) -> list[se.ServiceRecord]:
        """The client's services, newest first (voided ones included, marked)."""
        raise NotImplementedError

    def get(self, service_id: str) -> se.ServiceRecord:
        """One record (NotFound when it does not exist)."""
        raise NotImplementedError

    def corrections(self, service_id: str) -> list[se.ServiceCorrection]:
        """The record's corrections, oldest first."""
        raise NotImplementedError
