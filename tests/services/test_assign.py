"""``CaseService.assign``: no screen calls it yet; the case-work issue's reassignment
(issue #11) builds on it, so it is kept and its rules are tested here."""

from __future__ import annotations

import pytest

from nap_desktop.domain.errors import NotFound, PermissionDenied
from nap_desktop.services.cases import PersonalInput
from tests.services.conftest import Services


def test_a_supervisor_assigns_a_case_and_it_is_audited(svc: Services) -> None:
    svc.act_as("ana")
    client = svc.cases.create_client(PersonalInput(legal_name="Ana Example"))
    with pytest.raises(PermissionDenied):
        svc.cases.assign(client.id, svc.users["ana"])
    svc.act_as("sofia")
    with pytest.raises(NotFound):
        svc.cases.assign(client.id, "no such user")
    assigned = svc.cases.assign(client.id, svc.users["ana"])
    assert assigned.assigned_user_id == svc.users["ana"]
    assert svc.cases.get_case(client.id).client.assigned_user_id == svc.users["ana"]
    events = [ev.action for ev in svc.cases.history(client.id)]
    assert events[0] == "client.assign"
