"""``CaseService.assign``, kept for the case-work issue's reassignment (issue #11): it
calls ``services/assignment.py`` (whose rules ``test_assignment.py`` tests in full)."""

from __future__ import annotations

import pytest

from nap_desktop.domain.errors import NotFound, PermissionDenied
from nap_desktop.services.cases import PersonalInput
from tests.services.conftest import Services


def test_a_supervisor_assigns_a_case_and_it_is_audited(svc: Services) -> None:
    svc.act_as("ana")
    client = svc.cases.create_client(PersonalInput(legal_name="Ana Example"))
    with pytest.raises(PermissionDenied):
        svc.cases.assign([client.id], svc.users["ana"], reason="Mine")
    svc.act_as("sofia")
    with pytest.raises(NotFound):
        svc.cases.assign([client.id], "no such user", reason="Balancing")
    [assigned] = svc.cases.assign([client.id], svc.users["sofia"], reason="Balancing")
    assert assigned.assigned_user_id == svc.users["sofia"]
    assert svc.cases.get_case(client.id).client.assigned_user_id == svc.users["sofia"]
    events = [ev.action for ev in svc.cases.history(client.id)]
    assert events[0] == "client.assign"
