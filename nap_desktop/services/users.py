"""Users of the vault: each has a role and a key slot of their own."""

from __future__ import annotations

from typing import Protocol

from sqlalchemy import func, select
from sqlalchemy.orm import Session as OrmSession

from nap_desktop.domain import entities as e
from nap_desktop.domain.enums import Role
from nap_desktop.domain.errors import PermissionDenied, ValidationError
from nap_desktop.domain.passphrase import check_passphrase
from nap_desktop.services import mapping
from nap_desktop.services import validate as v
from nap_desktop.services.base import ServiceContext, get_or_404, new_id
from nap_desktop.store import models as m

USER_NAME_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789._-")


class SlotKeeper(Protocol):
    """The part of the unlocked vault that manages key slots."""

    def add_user_slot(self, *, user_id: str, user_name: str, passphrase: str) -> None: ...
    def change_passphrase(self, *, user_id: str, new_passphrase: str) -> None: ...
    def remove_user_slot(self, user_id: str) -> None: ...
    def has_slot(self, user_id: str) -> bool: ...
    def verify_passphrase(self, user_id: str, passphrase: str) -> None: ...


def check_user_name(name: str) -> str:
    clean = v.text(name, field="name", label="User name", required=True, limit=40).lower()
    if not set(clean) <= USER_NAME_CHARS:
        raise ValidationError(
            "User names use lower-case letters, digits, dots, dashes and underscores.", field="name"
        )
    return clean


class UserService:
    def __init__(self, ctx: ServiceContext, slots: SlotKeeper) -> None:
        self.ctx = ctx
        self.slots = slots

    def list(self) -> list[e.User]:
        with self.ctx.read() as s:
            return [mapping.user(r) for r in s.scalars(select(m.UserRow).order_by(m.UserRow.name))]

    def add(self, *, name: str, display_name: str, role: Role | str, passphrase: str) -> e.User:
        """Add a user with their own passphrase (admins only)."""
        self.ctx.require(Role.ADMIN)
        clean = check_user_name(name)
        r = v.choice(Role, role, field="role", label="Role")
        check_passphrase(passphrase, user_name=clean)
        with self.ctx.unit_of_work() as s:
            if s.scalar(select(m.UserRow.id).where(func.lower(m.UserRow.name) == clean)):
                raise ValidationError("That user name is taken.", field="name")
            row = m.UserRow(
                id=new_id(),
                name=clean,
                role=r.value,
                active=True,
                display_name=v.text(
                    display_name, field="display_name", label="Full name", required=True
                ),
                created_at=self.ctx.now(),
            )
            s.add(row)
            self.ctx.audit(s, "user.add", record_type="user", record_id=row.id, detail=r.value)
            s.flush()
            # The slot is written last: if it fails, the transaction rolls the user back.
            self.slots.add_user_slot(user_id=row.id, user_name=clean, passphrase=passphrase)
            return mapping.user(row)

    def deactivate(self, user_id: str) -> e.User:
        """Remove a user's access: their key slot is deleted and the data key rotated, so a
        copy of the old key no longer opens the vault. Their history stays in the audit log.

        Refused for yourself, for the last active administrator and for an account that is
        already deactivated. The rules are checked first and the key is rotated before the
        account is marked: a rotation that fails (vault busy, disk full) changes nothing."""
        admin = self.ctx.require(Role.ADMIN)
        if admin.id == user_id:
            raise PermissionDenied("You cannot remove your own access. Ask another administrator.")
        with self.ctx.read() as s:
            self._check_deactivation(s, get_or_404(s, m.UserRow, user_id, "user"))
        # Rotation rewrites the database with a new key, so it runs outside a transaction.
        if self.slots.has_slot(user_id):
            self.slots.remove_user_slot(user_id)
        with self.ctx.unit_of_work() as s:
            row = get_or_404(s, m.UserRow, user_id, "user")
            row.active = False
            self.ctx.audit(s, "user.deactivate", record_type="user", record_id=row.id)
            return mapping.user(row)

    def _check_deactivation(self, s: OrmSession, row: m.UserRow) -> None:
        if not row.active and not self.slots.has_slot(row.id):
            raise ValidationError("That account is already deactivated.", field="user")
        if row.role == Role.ADMIN.value and row.active:
            admins = s.scalar(
                select(func.count())
                .select_from(m.UserRow)
                .where(m.UserRow.role == Role.ADMIN.value, m.UserRow.active)
            )
            if (admins or 0) <= 1:
                raise PermissionDenied("The vault needs at least one active administrator.")

    def change_own_passphrase(self, current: str, new_passphrase: str) -> e.User:
        """Change your own passphrase after proving you know the current one (someone at
        an unlocked screen cannot take the account over)."""
        actor = self.ctx.actor.user
        if actor is None:
            raise PermissionDenied("Unlock as yourself to change your passphrase.")
        self.slots.verify_passphrase(actor.id, current)
        if current == new_passphrase:
            raise ValidationError("The new passphrase must differ from the current one.",
                                  field="passphrase")
        return self.set_passphrase(actor.id, new_passphrase)

    def set_passphrase(self, user_id: str, new_passphrase: str) -> e.User:
        """Change your own passphrase, or (admins, or after a recovery-key unlock) reset
        someone else's. Reactivates a deactivated account with a fresh key slot."""
        actor = self.ctx.actor.user
        if actor is None or actor.id != user_id:
            self.ctx.require(Role.ADMIN) if actor is not None else None
        with self.ctx.unit_of_work() as s:
            row = get_or_404(s, m.UserRow, user_id, "user")
            check_passphrase(new_passphrase, user_name=row.name)
            if self.slots.has_slot(user_id):
                self.slots.change_passphrase(user_id=user_id, new_passphrase=new_passphrase)
            else:
                self.slots.add_user_slot(
                    user_id=user_id, user_name=row.name, passphrase=new_passphrase
                )
            reactivated = not row.active
            row.active = True
            self.ctx.audit(
                s,
                "user.passphrase",
                record_type="user",
                record_id=row.id,
                detail="reactivated" if reactivated else "",
            )
            return mapping.user(row)

    def by_name(self, name: str) -> e.User:
        with self.ctx.read() as s:
            row = s.scalar(select(m.UserRow).where(m.UserRow.name == name.strip().lower()))
            if row is None:
                raise ValidationError(f"No user called “{name}”.", field="name")
            return mapping.user(row)
