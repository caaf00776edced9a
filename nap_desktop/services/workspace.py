"""An unlocked vault with its services: what the GUI and the CLI hold while someone works.

Creating a vault, unlocking it (which upgrades an older schema first), locking it.
"""

from __future__ import annotations

from datetime import date
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import exc as sa_exc
from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from nap_desktop.domain import entities as e
from nap_desktop.domain.enums import AgencyKind, Role
from nap_desktop.domain.errors import ValidationError
from nap_desktop.domain.messages import N_
from nap_desktop.domain.passphrase import check_passphrase
from nap_desktop.services import audit_verify, authority, grants
from nap_desktop.services import validate as v
from nap_desktop.services.agencies import AgencyService
from nap_desktop.services.assignment import AssignmentService
from nap_desktop.services.base import Actor, Clock, ServiceContext, new_id, system_clock
from nap_desktop.services.cases import CaseService
from nap_desktop.services.corrections import CorrectionService
from nap_desktop.services.demo import DEMO_VAULT_KEY
from nap_desktop.services.housing import HousingService
from nap_desktop.services.queries import QueryService
from nap_desktop.services.referrals import ReferralService
from nap_desktop.services.releases import ReleaseService
from nap_desktop.services.restitution import RestitutionService
from nap_desktop.services.team_slots import TeamSlots
from nap_desktop.services.users import UserService, check_user_name
from nap_desktop.store import anchor, mapping, migrations
from nap_desktop.store import models as m
from nap_desktop.store.engine import translate_db_error
from nap_desktop.store.kdf import DEFAULT_KDF, KdfParams
from nap_desktop.store.vault import UnlockedVault, Vault
from nap_desktop.sync import capture as sync_capture

if TYPE_CHECKING:
    from nap_desktop.services.documents import DocumentService
    from nap_desktop.services.duplicates import DuplicateService
    from nap_desktop.services.funding import FundingService
    from nap_desktop.services.merges import MergeService
    from nap_desktop.services.plans import PlanService
    from nap_desktop.services.reports import ReportService
    from nap_desktop.services.service_records import ServiceRecordService
    from nap_desktop.services.tasks import TaskService
    from nap_desktop.services.team import TeamService
    from nap_desktop.services.team_conflicts import TeamConflictService
    from nap_desktop.services.transfer.exports import ExportService
    from nap_desktop.services.transfer.identity import IdentityService
    from nap_desktop.services.transfer.imports import ImportService
    from nap_desktop.services.transfer.views import TransferViews


class Workspace:
    """Services bound to one unlocked vault and one acting user: what the GUI and the CLI
    hold (as Anki's ``Collection``). Every service shares one :class:`ServiceContext`."""

    def __init__(
        self,
        *,
        vault: Vault,
        unlocked: UnlockedVault,
        actor: Actor,
        clock: Clock = system_clock,
        verified: grants.Authority | None = None,
        warnings: list[str] | None = None,
    ) -> None:
        self.vault = vault
        self.unlocked = unlocked
        legacy = verified is None or verified.legacy
        self.ctx = ServiceContext(
            source=unlocked,
            actor=actor,
            clock=clock,
            # A vault whose roles are not signed yet writes unsigned events until an
            # administrator adopts it (services/authority.py).
            signer=None if legacy else unlocked.signer,
            authority=verified,
        )
        #: What the checks at unlock found (tampered grants, user table, audit events).
        self.integrity_warnings = list(warnings or [])
        self.cases = CaseService(self.ctx)
        self.assignments = AssignmentService(self.ctx)
        self.referrals = ReferralService(self.ctx)
        self.releases = ReleaseService(self.ctx)
        self.housing = HousingService(self.ctx)
        self.restitution = RestitutionService(self.ctx)
        self.corrections = CorrectionService(self.ctx)
        self.agencies = AgencyService(self.ctx)
        # A team vault's key rotation travels through the team log (services/team.py).
        self.users = UserService(self.ctx, TeamSlots(self.ctx, unlocked))
        self.queries = QueryService(self.ctx)

    # The PDF and transfer services are made (and their modules imported: reportlab, the
    # transfer code) on first use: a command line call that lists referrals needs neither.

    @cached_property
    def reports(self) -> ReportService:
        """Referral summaries and caseload reports (PDF)."""
        from nap_desktop.services.reports import ReportService

        return ReportService(self.ctx, self.queries)

    @cached_property
    def identity(self) -> IdentityService:
        """Our identity card and keys, and the partners whose cards we pinned."""
        from nap_desktop.services.transfer.identity import IdentityService

        return IdentityService(self.ctx)

    @cached_property
    def exports(self) -> ExportService:
        """Packages for pinned partners."""
        from nap_desktop.services.transfer.exports import ExportService

        return ExportService(self.ctx)

    @cached_property
    def imports(self) -> ImportService:
        """Partners' packages and the conflicts they leave."""
        from nap_desktop.services.transfer.imports import ImportService

        return ImportService(self.ctx)

    @cached_property
    def transfer_views(self) -> TransferViews:
        """What the desktop shows around a transfer (read-only)."""
        from nap_desktop.services.transfer.views import TransferViews

        return TransferViews(self.ctx, identity=self.identity, imports=self.imports)

    @cached_property
    def documents(self) -> DocumentService:
        """Documents on a case: kept in the vault, opened in memory (issue #14)."""
        from nap_desktop.services.documents import DocumentService

        return DocumentService(self.ctx)

    @cached_property
    def duplicates(self) -> DuplicateService:
        """Possible duplicate clients (intake check, per case, across the caseload)."""
        from nap_desktop.services.duplicates import DuplicateService

        return DuplicateService(self.ctx)

    @cached_property
    def merges(self) -> MergeService:
        """Merging duplicate clients, and undoing a merge (supervisors)."""
        from nap_desktop.services.merges import MergeService

        return MergeService(self.ctx)

    @cached_property
    def team_conflicts(self) -> TeamConflictService:
        """Team sync conflicts: list, compare, resolve field by field (issue #12)."""
        from nap_desktop.services.team_conflicts import TeamConflictService

        return TeamConflictService(self.ctx)

    @cached_property
    def team(self) -> TeamService:
        """Team sync: status, Sync now, devices (issue #12)."""
        from nap_desktop.services.team import TeamService

        return TeamService(self.ctx, self.unlocked)

    # Issue #13: services delivered, funding, plans, tasks.

    @cached_property
    def services(self) -> ServiceRecordService:
        """Services delivered to clients (encounters)."""
        from nap_desktop.services.service_records import ServiceRecordService

        return ServiceRecordService(self.ctx)

    @cached_property
    def funding(self) -> FundingService:
        """Funding sources, projects, program activities."""
        from nap_desktop.services.funding import FundingService

        return FundingService(self.ctx)

    @cached_property
    def plans(self) -> PlanService:
        """Case plans with goals, and safety plans."""
        from nap_desktop.services.plans import PlanService

        return PlanService(self.ctx)

    @cached_property
    def tasks(self) -> TaskService:
        """My tasks and team tasks, derived and manual; the .ics export."""
        from nap_desktop.services.tasks import TaskService

        return TaskService(self.ctx)

    @property
    def user(self) -> e.User | None:
        """Who is acting (``None`` only while a vault is being created)."""
        return self.ctx.actor.user

    @property
    def agency(self) -> e.Agency:
        """Our own agency."""
        assert self.ctx.actor.agency is not None
        return self.ctx.actor.agency

    @property
    def authority(self) -> grants.Authority | None:
        """The user grants verified at unlock (see ``ServiceContext.authority``)."""
        return self.ctx.authority

    def today(self) -> date:
        """Today's date by the workspace's clock (local time): what forms default to and
        what consent and age are judged by."""
        return self.ctx.today()

    def lock(self) -> None:
        """Drop the key and the engine. The folder stays locked against other processes."""
        self.unlocked.lock()

    def close(self) -> None:
        self.unlocked.lock()
        self.vault.close()

    # --- creation and unlocking -------------------------------------------

    @classmethod
    def create(
        cls,
        path: Path,
        *,
        agency_name: str,
        agency_kind: AgencyKind | str,
        admin_name: str,
        admin_display_name: str,
        passphrase: str,
        kdf: KdfParams = DEFAULT_KDF,
        clock: Clock = system_clock,
        demo: bool = False,
    ) -> tuple[Workspace, str]:
        """Create a vault folder with our agency and its first administrator.
        Returns the workspace (unlocked as that admin) and the recovery key, shown once.
        ``demo`` records that it is a demo vault, the only kind demo data may fill."""
        name = v.text(agency_name, field="agency_name", label=N_("Agency name"), required=True)
        kind = v.choice(AgencyKind, agency_kind, field="agency_kind", label=N_("Agency kind"))
        user_name = check_user_name(admin_name)
        display = v.text(
            admin_display_name or user_name,
            field="display_name",
            label=N_("Full name"),
            required=True,
        )
        check_passphrase(passphrase, user_name=user_name, agency_name=name)
        user_id = new_id()
        vault, unlocked, recovery_key = Vault.create(
            path,
            admin_user_id=user_id,
            admin_user_name=user_name,
            passphrase=passphrase,
            kdf=kdf,
        )
        try:
            migrations.upgrade(unlocked.engine)
            ctx = ServiceContext(
                source=unlocked, actor=Actor(user=None), clock=clock, signer=unlocked.signer
            )
            actor = _found(ctx, unlocked, name=name, kind=kind, user_id=user_id,
                           user_name=user_name, display=display, demo=demo)
            with ctx.read() as s:
                verified = grants.verify_grants(s, unlocked.vault_id)
        except BaseException:
            unlocked.lock()
            vault.close()
            raise
        ws = cls(vault=vault, unlocked=unlocked, actor=actor, clock=clock, verified=verified)
        return ws, recovery_key

    @classmethod
    def unlock(
        cls, vault: Vault, user_name: str, passphrase: str, *, clock: Clock = system_clock
    ) -> Workspace:
        """Unlock as a user: upgrade the schema if needed, check the account, audit it."""
        unlocked = vault.unlock(user_name.strip().lower(), passphrase)
        return cls._open(vault, unlocked, clock, user_id=unlocked.user_id)

    @classmethod
    def unlock_with_recovery(
        cls, vault: Vault, recovery_key: str, *, clock: Clock = system_clock
    ) -> Workspace:
        """Unlock with the recovery key: the session acts as the vault's first active
        administrator so that passphrases can be reset; it is audited as a recovery."""
        unlocked = vault.unlock_with_recovery(recovery_key)
        return cls._open(vault, unlocked, clock, user_id=None)

    @classmethod
    def _open(
        cls, vault: Vault, unlocked: UnlockedVault, clock: Clock, user_id: str | None
    ) -> Workspace:
        """Upgrade the schema, then check the account. A damaged page met on the way is
        reported as a damaged vault, not as a database error."""
        try:
            if migrations.upgrade(unlocked.engine):
                sync_capture.ensure_triggers(unlocked.engine)  # team vaults only
            return cls._after_unlock(vault, unlocked, clock, user_id=user_id)
        except sa_exc.DatabaseError as error:
            unlocked.lock()
            raise translate_db_error(error) from error
        except BaseException:
            unlocked.lock()
            raise

    @classmethod
    def _after_unlock(
        cls, vault: Vault, unlocked: UnlockedVault, clock: Clock, user_id: str | None
    ) -> Workspace:
        ctx = ServiceContext(source=unlocked, actor=Actor(user=None), clock=clock)
        with ctx.unit_of_work() as s:
            agency = s.scalars(select(m.AgencyRow).where(m.AgencyRow.is_self)).one()
            found = authority.verify_at_unlock(s, ctx, unlocked, user_id)
            user = found.user
            action = "vault.recovery_unlock" if user_id is None else "vault.unlock"
            if not found.audit.problems and not found.authority.legacy:
                audit_verify.save_checkpoint(s, unlocked.signer, found.audit)
            ctx.actor = Actor(user=user, agency=mapping.agency(agency))
            ctx.signer = None if found.authority.legacy else unlocked.signer
            if found.adopted:
                ctx.audit(s, "authority.adopt", record_type="user", record_id=user.id)
            for failure in unlocked.failed_unlocks:
                ctx.audit(
                    s,
                    "vault.unlock_failed",
                    record_type="user",
                    record_id=user.id,
                    detail=f"at {failure.at.isoformat()}",
                )
            ctx.audit(s, action, record_type="user", record_id=user.id)
            if unlocked.restored is not None:  # an unauthenticated marker: never silent
                found.warnings.append(anchor.restored_warning(unlocked.restored))
                ctx.audit(s, anchor.RESTORE_SEEN,
                          detail=f"marker {unlocked.restored.at:%Y-%m-%dT%H:%M:%SZ}")
        if not found.authority.legacy and not found.authority.problems:
            # Only now that the grants are committed: a slot bound to a root whose grants
            # were rolled back would refuse its own user.
            unlocked.bind_root(found.authority.root_key)
        return cls(
            vault=vault,
            unlocked=unlocked,
            actor=ctx.actor,
            clock=clock,
            verified=found.authority,
            warnings=found.warnings,
        )

    # --- settings ---------------------------------------------------------

    def setting(self, key: str, default: str = "") -> str:
        with self.ctx.read() as s:
            row = s.get(m.Setting, key)
            return default if row is None else row.value

    def set_setting(self, key: str, value: str) -> None:
        if key.startswith(("audit_", "case_number_seq", "vault_id", DEMO_VAULT_KEY)):
            raise ValidationError(N_("That setting cannot be changed."), field=key)
        self.ctx.require(Role.SUPERVISOR)
        with self.ctx.unit_of_work() as s:
            row = s.get(m.Setting, key)
            if row is None:
                s.add(m.Setting(key=key, value=value))
            else:
                row.value = value
            self.ctx.audit(s, "setting.change", detail=key)


def _found(
    ctx: ServiceContext,
    unlocked: UnlockedVault,
    *,
    name: str,
    kind: AgencyKind,
    user_id: str,
    user_name: str,
    display: str,
    demo: bool,
) -> Actor:
    """Write a new vault's first rows (our agency, its first administrator, the settings),
    sign the administrator's grant and audit the creation; the administrator as actor."""
    now = ctx.now()
    with ctx.unit_of_work() as s:
        agency = m.AgencyRow(
            id=new_id(),
            name=name,
            kind=kind.value,
            is_victim_service_provider=kind is AgencyKind.VICTIM_SERVICE_PROVIDER,
            contacts="",
            is_self=True,
            created_at=now,
            updated_at=now,
            revision=1,
        )
        user = m.UserRow(
            id=user_id,
            name=user_name,
            display_name=display,
            role=Role.ADMIN.value,
            active=True,
            created_at=now,
        )
        s.add_all(
            [
                agency,
                user,
                m.Setting(key="vault_id", value=unlocked.vault_id),
                m.Setting(key="discreet_default", value="0"),
                *([m.Setting(key=DEMO_VAULT_KEY, value="1")] if demo else []),
            ]
        )
        s.flush()
        _sign_genesis(s, ctx, unlocked, user)
        actor = Actor(user=mapping.user(user), agency=mapping.agency(agency))
        ctx.actor = actor
        ctx.audit(s, "vault.create", record_type="agency", record_id=agency.id)
    return actor


def _sign_genesis(
    s: OrmSession, ctx: ServiceContext, unlocked: UnlockedVault, admin: m.UserRow
) -> None:
    """The creator's own grant (the root of the vault's authority) and the recovery key's."""
    signer = unlocked.signer
    grants.append_grant(
        s, signer, vault_id=unlocked.vault_id, at=ctx.now(), kind="genesis", user_id=admin.id,
        name=admin.name, role=Role.ADMIN, active=True, key=signer.public_key, audit_from=1,
    )
    grants.append_grant(
        s, signer, vault_id=unlocked.vault_id, at=ctx.now(), kind="recovery",
        user_id=grants.RECOVERY, name="", role=Role.ADMIN, active=True,
        key=unlocked.slot_signing_keys()[grants.RECOVERY],
    )
