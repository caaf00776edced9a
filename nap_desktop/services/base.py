"""What every service shares: the unit of work, the clock, who is acting, role checks."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Protocol, TypeVar

from sqlalchemy import Engine, exc
from sqlalchemy.orm import Session as OrmSession

from nap_desktop.domain.entities import Agency, User
from nap_desktop.domain.enums import Role
from nap_desktop.domain.errors import NotFound, PermissionDenied
from nap_desktop.domain.messages import N_
from nap_desktop.domain.rules import role_at_least
from nap_desktop.services import audit
from nap_desktop.services.grants import Authority
from nap_desktop.store.engine import read_only, translate_db_error
from nap_desktop.store.signing import Signer
from nap_desktop.sync import capture

Clock = Callable[[], datetime]
T = TypeVar("T")


def system_clock() -> datetime:
    return datetime.now(UTC)


class EngineSource(Protocol):
    """The unlocked vault: its engine can be replaced (key rotation), so ask each time."""

    @property
    def engine(self) -> Engine: ...


def new_id() -> str:
    return str(uuid.uuid4())


@dataclass(slots=True)
class Actor:
    """Who is acting. ``user`` is None only for system work (vault creation, migrations)."""

    user: User | None
    agency: Agency | None = None

    @property
    def user_id(self) -> str | None:
        return self.user.id if self.user else None


class ServiceContext:
    """Shared by all services of one unlocked vault.

    One user action = one call to :meth:`unit_of_work` = one transaction, with its
    audit events written inside it, so a change and its audit trail land together.
    """

    def __init__(self, *, source: EngineSource, actor: Actor, clock: Clock = system_clock,
                 signer: Signer | None = None, authority: Authority | None = None) -> None:
        self.source = source
        self.actor = actor
        self.clock = clock
        #: Signs this session's audit events and grants (the unlocked slot's own key).
        self.signer = signer
        #: The verified user grants; None where there is no vault (plain-database tests).
        self.authority = authority

    def now(self) -> datetime:
        return self.clock().astimezone(UTC)

    def today(self) -> date:
        """The local calendar date (due dates and expiries are local dates)."""
        return self.clock().astimezone().date()

    @contextmanager
    def unit_of_work(self) -> Iterator[OrmSession]:
        session = OrmSession(self.source.engine, expire_on_commit=False, autoflush=True)
        try:
            with session.begin():
                yield session
                # Team sync: this transaction's row changes become one change set in
                # the outbox, in the same commit (nothing at all in a non-team vault).
                capture.assemble(session, author=self.actor.user_id, signer=self.signer,
                                 at=self.now())
        except exc.DatabaseError as error:
            raise translate_db_error(error) from error
        finally:
            session.close()

    @contextmanager
    def read(self) -> Iterator[OrmSession]:
        """A session that only reads: one consistent snapshot that never waits for (or
        takes) the write lock. Nothing written through it is committed."""
        session = OrmSession(read_only(self.source.engine), expire_on_commit=False,
                             autoflush=False)
        try:
            with session.begin():
                yield session
        except exc.DatabaseError as error:
            raise translate_db_error(error) from error
        finally:
            session.close()

    def require(self, role: Role) -> User:
        user = self.actor.user
        if user is None or not role_at_least(user.role, role):
            raise PermissionDenied(_NEEDS_ROLE[role])
        return user

    def audit(
        self,
        session: OrmSession,
        action: str,
        *,
        record_type: str = "",
        record_id: str | None = None,
        detail: str = "",
    ) -> None:
        audit.append(
            session,
            at=self.now(),
            user_id=self.actor.user_id,
            action=action,
            record_type=record_type,
            record_id=record_id,
            detail=detail,
            signer=self.signer,
        )


#: One whole sentence per role and per kind of record, so a translation can agree with it.
_NEEDS_ROLE = {
    Role.CASEWORKER: N_("Your role does not allow this: it needs a caseworker."),
    Role.SUPERVISOR: N_("Your role does not allow this: it needs a supervisor."),
    Role.ADMIN: N_("Your role does not allow this: it needs an administrator."),
}
_GONE = {
    "agency": N_("That agency no longer exists."),
    "client": N_("That client no longer exists."),
    "conflict": N_("That conflict no longer exists."),
    "placement": N_("That placement no longer exists."),
    "referral": N_("That referral no longer exists."),
    "release of information": N_("That release of information no longer exists."),
    "restitution matter": N_("That restitution matter no longer exists."),
    "user": N_("That user no longer exists."),
}


def get_or_404(session: OrmSession, model: type[T], record_id: str, what: str) -> T:
    """The row, or NotFound saying which kind of record is gone (``what``: "client"...)."""
    row = session.get(model, record_id)
    if row is None:
        raise NotFound(_GONE.get(what, NotFound.default_message))
    return row
