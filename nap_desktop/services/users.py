"""Users of the vault: each has a role and a key slot of their own.

Every change of a user's role, active flag or signing key is also a grant signed by the
acting administrator (``grants.py``): the ``users`` table is a convenient copy that any
holder of the data key could edit, the signed grants are what roles are checked against.
"""

from __future__ import annotations

from typing import Protocol

from sqlalchemy import func, select
from sqlalchemy.orm import Session as OrmSession

from nap_desktop.domain import entities as e
from nap_desktop.domain.enums import Role
from nap_desktop.domain.errors import PermissionDenied, ValidationError
from nap_desktop.domain.messages import N_
from nap_desktop.domain.passphrase import check_passphrase
from nap_desktop.services import validate as v
from nap_desktop.services.base import ServiceContext, get_or_404, new_id
from nap_desktop.services.grants import Authority, append_grant, verify_grants
from nap_desktop.store import mapping
from nap_desktop.store import models as m

USER_NAME_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789._-")


class SlotKeeper(Protocol):
    """The part of the unlocked vault that manages key slots."""

    vault_id: str

    def add_user_slot(self, *, user_id: str, user_name: str, passphrase: str) -> bytes: ...
    def change_passphrase(self, *, user_id: str, new_passphrase: str) -> bytes: ...
    def remove_user_slot(self, user_id: str) -> None: ...
    def has_slot(self, user_id: str) -> bool: ...
    def verify_passphrase(self, user_id: str, passphrase: str) -> None: ...


def check_user_name(name: str) -> str:
    clean = v.text(name, field="name", label=N_("User name"), required=True, limit=40).lower()
    if not set(clean) <= USER_NAME_CHARS:
        raise ValidationError(
            N_("User names use lower-case letters, digits, dots, dashes and underscores."),
            field="name",
        )
    return clean


class UserService:
    def __init__(self, ctx: ServiceContext, slots: SlotKeeper) -> None:
        self.ctx = ctx
        self.slots = slots

    def list(self) -> list[e.User]:
        """Users with their *verified* role and active flag (a user without a valid signed
        grant is shown as removed: they have no rights)."""
        with self.ctx.read() as s:
            rows = s.scalars(select(m.UserRow).order_by(m.UserRow.name))
            return [self._verified(mapping.user(r)) for r in rows]

    def _verified(self, user: e.User) -> e.User:
        auth = self._signed()
        if auth is None:
            return user
        granted = auth.users.get(user.id)
        if granted is None:
            return e.User(id=user.id, name=user.name, display_name=user.display_name,
                          role=Role.CASEWORKER, active=False)
        return e.User(id=user.id, name=user.name, display_name=user.display_name,
                      role=granted.role, active=granted.active)

    def _signed(self) -> Authority | None:
        """The verified grants, when this vault has them (None: unsigned legacy vault, or
        the plain-database service tests)."""
        auth = self.ctx.authority
        return None if auth is None or auth.legacy or self.ctx.signer is None else auth

    def _grant(self, s: OrmSession, user_id: str, name: str, role: Role, *, active: bool,
               key: bytes) -> None:
        """Sign the user's new state (a no-op in an unsigned legacy vault)."""
        if self._signed() is None or self.ctx.signer is None:
            return
        if self.ctx.authority is not None and self.ctx.authority.problems:
            raise PermissionDenied(
                N_(
                    "The signed user records of this vault have been tampered with, so no user "
                    "can be added or changed. Nothing was changed. Run “nap check” and restore "
                    "a backup."
                ))
        append_grant(s, self.ctx.signer, vault_id=self.slots.vault_id, at=self.ctx.now(),
                     kind="user", user_id=user_id, name=name, role=role, active=active,
                     key=key)

    def _refresh(self) -> None:
        if self._signed() is not None:
            with self.ctx.read() as s:
                self.ctx.authority = verify_grants(s, self.slots.vault_id)

    def _current_key(self, user_id: str) -> bytes:
        auth = self._signed()
        granted = auth.users.get(user_id) if auth else None
        return granted.key if granted else b""

    def add(self, *, name: str, display_name: str, role: Role | str, passphrase: str) -> e.User:
        """Add a user with their own passphrase (admins only)."""
        self.ctx.require(Role.ADMIN)
        clean = check_user_name(name)
        r = v.choice(Role, role, field="role", label=N_("Role"))
        check_passphrase(passphrase, user_name=clean)
        with self.ctx.unit_of_work() as s:
            if s.scalar(select(m.UserRow.id).where(func.lower(m.UserRow.name) == clean)):
                raise ValidationError(N_("That user name is taken."), field="name")
            row = m.UserRow(
                id=new_id(),
                name=clean,
                role=r.value,
                active=True,
                display_name=v.text(
                    display_name, field="display_name", label=N_("Full name"), required=True
                ),
                created_at=self.ctx.now(),
            )
            s.add(row)
            self.ctx.audit(s, "user.add", record_type="user", record_id=row.id, detail=r.value)
            s.flush()
            # The slot is written last: if it fails, the transaction rolls the user back.
            key = self.slots.add_user_slot(user_id=row.id, user_name=clean, passphrase=passphrase)
            self._grant(s, row.id, clean, r, active=True, key=key)
            user = mapping.user(row)
        self._refresh()
        return user

    def deactivate(self, user_id: str) -> e.User:
        """Remove a user's access: their key slot is deleted and the data key rotated, so a
        copy of the old key no longer opens the vault. Their history stays in the audit log.

        Refused for yourself, for the last active administrator and for an account that is
        already deactivated. The rules are checked first and the key is rotated before the
        account is marked: a rotation that fails (vault busy, disk full) changes nothing."""
        admin = self.ctx.require(Role.ADMIN)
        if admin.id == user_id:
            raise PermissionDenied(
                N_("You cannot remove your own access. Ask another administrator.")
            )
        with self.ctx.read() as s:
            self._check_deactivation(s, get_or_404(s, m.UserRow, user_id, "user"))
        # Rotation rewrites the database with a new key, so it runs outside a transaction.
        if self.slots.has_slot(user_id):
            self.slots.remove_user_slot(user_id)
        with self.ctx.unit_of_work() as s:
            row = get_or_404(s, m.UserRow, user_id, "user")
            row.active = False
            self._grant(s, row.id, row.name, self._verified(mapping.user(row)).role,
                        active=False, key=self._current_key(row.id))
            self.ctx.audit(s, "user.deactivate", record_type="user", record_id=row.id)
            user = mapping.user(row)
        self._refresh()
        return user

    def _check_deactivation(self, s: OrmSession, row: m.UserRow) -> None:
        user = self._verified(mapping.user(row))
        if not user.active and not self.slots.has_slot(row.id):
            raise ValidationError(N_("That account is already deactivated."), field="user")
        if user.role is Role.ADMIN and user.active:
            self._check_other_admin(s, row.id)

    def _check_other_admin(self, s: OrmSession, user_id: str) -> None:
        auth = self._signed()
        if auth is not None:
            admins = sum(1 for g in auth.users.values()
                         if g.active and g.role is Role.ADMIN and g.user_id != user_id)
        else:
            admins = (s.scalar(
                select(func.count())
                .select_from(m.UserRow)
                .where(m.UserRow.role == Role.ADMIN.value, m.UserRow.active)
            ) or 0) - 1
        if admins < 1:
            raise PermissionDenied(N_("The vault needs at least one active administrator."))

    def change_role(self, user_id: str, role: Role | str) -> e.User:
        """Give a user another role (admins only; signed as a grant). Refused for the last
        active administrator."""
        admin = self.ctx.require(Role.ADMIN)
        r = v.choice(Role, role, field="role", label=N_("Role"))
        with self.ctx.unit_of_work() as s:
            row = get_or_404(s, m.UserRow, user_id, "user")
            current = self._verified(mapping.user(row))
            if not current.active:
                raise ValidationError(N_("That account is deactivated."), field="user")
            if current.role is Role.ADMIN and r is not Role.ADMIN:
                self._check_other_admin(s, row.id)
            row.role = r.value
            self._grant(s, row.id, row.name, r, active=True, key=self._current_key(row.id))
            self.ctx.audit(s, "user.role", record_type="user", record_id=row.id, detail=r.value)
            user = mapping.user(row)
        self._refresh()
        if admin.id == user_id:
            self.ctx.actor.user = user
        return user

    def change_own_passphrase(self, current: str, new_passphrase: str) -> e.User:
        """Change your own passphrase after proving you know the current one (someone at
        an unlocked screen cannot take the account over)."""
        actor = self.ctx.actor.user
        if actor is None:
            raise PermissionDenied(N_("Unlock as yourself to change your passphrase."))
        self.slots.verify_passphrase(actor.id, current)
        if current == new_passphrase:
            raise ValidationError(N_("The new passphrase must differ from the current one."),
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
            current = self._verified(mapping.user(row))
            if self.slots.has_slot(user_id):
                key = self.slots.change_passphrase(user_id=user_id, new_passphrase=new_passphrase)
            else:
                key = self.slots.add_user_slot(
                    user_id=user_id, user_name=row.name, passphrase=new_passphrase
                )
            reactivated = not current.active
            row.active = True
            if reactivated or key != self._current_key(user_id):
                self._grant(s, row.id, row.name, current.role, active=True, key=key)
            self.ctx.audit(
                s,
                "user.passphrase",
                record_type="user",
                record_id=row.id,
                detail="reactivated" if reactivated else "",
            )
            user = mapping.user(row)
        self._refresh()
        return self._verified(user)

    def by_name(self, name: str) -> e.User:
        with self.ctx.read() as s:
            row = s.scalar(select(m.UserRow).where(m.UserRow.name == name.strip().lower()))
            if row is None:
                raise ValidationError(N_("No user called “{name}”."), field="name", name=name)
            return self._verified(mapping.user(row))
