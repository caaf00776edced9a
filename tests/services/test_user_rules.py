"""User administration rules, with a stand-in for the vault's key slots.
(The real slots and the key rotation are exercised in tests/store and tests/gui/test_users.)"""

from __future__ import annotations

import pytest
from sqlalchemy import select, update

from nap_desktop.domain.enums import Role
from nap_desktop.domain.errors import PermissionDenied, ValidationError, VaultError
from nap_desktop.services.users import UserService
from nap_desktop.store import models as m
from tests.services.conftest import Services


class FakeSlots:
    def __init__(self, user_ids: list[str]) -> None:
        self.slots = set(user_ids)
        self.fail_removal = False
        self.removed: list[str] = []

    def add_user_slot(self, *, user_id: str, user_name: str, passphrase: str) -> None:
        self.slots.add(user_id)

    def change_passphrase(self, *, user_id: str, new_passphrase: str) -> None:
        assert user_id in self.slots

    def remove_user_slot(self, user_id: str) -> None:
        if self.fail_removal:
            raise VaultError("The vault is busy. Wait for other work to finish and retry.")
        self.slots.remove(user_id)
        self.removed.append(user_id)

    def has_slot(self, user_id: str) -> bool:
        return user_id in self.slots

    def verify_passphrase(self, user_id: str, passphrase: str) -> None:
        assert user_id in self.slots


@pytest.fixture
def users(svc: Services) -> tuple[UserService, FakeSlots]:
    slots = FakeSlots(list(svc.users.values()))
    svc.act_as("admin")
    return UserService(svc.ctx, slots), slots


def actions(svc: Services) -> list[str]:
    with svc.ctx.read() as s:
        return list(s.scalars(select(m.AuditRow.action).order_by(m.AuditRow.seq)))


def test_deactivate_removes_the_slot_then_marks_the_account(
    svc: Services, users: tuple[UserService, FakeSlots]
) -> None:
    service, slots = users
    ana = svc.users["ana"]
    assert service.deactivate(ana).active is False
    assert slots.removed == [ana]
    assert actions(svc)[-1] == "user.deactivate"
    with pytest.raises(ValidationError, match="already deactivated"):
        service.deactivate(ana)


def test_failed_rotation_changes_nothing(
    svc: Services, users: tuple[UserService, FakeSlots]
) -> None:
    service, slots = users
    slots.fail_removal = True
    before = actions(svc)
    with pytest.raises(VaultError, match="busy"):
        service.deactivate(svc.users["ana"])
    assert [u.active for u in service.list() if u.name == "ana"] == [True]
    assert actions(svc) == before
    slots.fail_removal = False
    service.deactivate(svc.users["ana"])  # a retry finishes the job
    assert slots.removed == [svc.users["ana"]]


def test_cannot_deactivate_yourself_or_the_last_administrator(
    svc: Services, users: tuple[UserService, FakeSlots]
) -> None:
    service, slots = users
    with pytest.raises(PermissionDenied, match="your own access"):
        service.deactivate(svc.users["admin"])
    # A second administrator, then the first one's account is switched off behind the
    # session's back: the second is now the last active administrator.
    second = service.add(
        name="ada2", display_name="Ada Two", role=Role.ADMIN, passphrase="orchid canal 92 kettle"
    )
    with svc.ctx.unit_of_work() as s:
        s.execute(update(m.UserRow).where(m.UserRow.id == svc.users["admin"]).values(active=False))
    with pytest.raises(PermissionDenied, match="at least one active administrator"):
        service.deactivate(second.id)
    assert slots.has_slot(second.id)


def test_only_administrators_manage_users(
    svc: Services, users: tuple[UserService, FakeSlots]
) -> None:
    service, slots = users
    svc.act_as("sofia")
    with pytest.raises(PermissionDenied):
        service.add(name="eve", display_name="Eve", role=Role.CASEWORKER,
                    passphrase="orchid canal 92 kettle")
    with pytest.raises(PermissionDenied):
        service.deactivate(svc.users["ana"])
    with pytest.raises(PermissionDenied):
        service.set_passphrase(svc.users["ana"], "orchid canal 92 kettle")
    service.set_passphrase(svc.users["sofia"], "orchid canal 92 kettle")  # your own is fine
    assert slots.removed == []
