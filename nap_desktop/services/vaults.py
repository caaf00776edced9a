"""A vault folder around a Workspace: opening it, backing it up and restoring it, and
the checks and confirmations of ``nap check``. The GUI and the CLI use this module (and
``services.locations``) instead of the store; ``Vault`` and ``KdfParams`` are the store's
types, named here because they are part of this layer's interface."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from sqlalchemy.exc import DatabaseError

from nap_desktop.domain.enums import Role
from nap_desktop.domain.errors import VaultDamaged
from nap_desktop.domain.messages import N_, Message
from nap_desktop.services import authority
from nap_desktop.services.workspace import Workspace
from nap_desktop.store import backup
from nap_desktop.store.kdf import DEFAULT_KDF, KdfParams
from nap_desktop.store.keyslots import PURPOSE_RECOVERY
from nap_desktop.store.vault import Vault

__all__ = [
    "DEFAULT_KDF",
    "AcceptedLoss",
    "KdfParams",
    "Vault",
    "VaultCheck",
    "accept_lost_work",
    "backup_vault",
    "check_vault",
    "confirm_adoption",
    "damage_as_vault_error",
    "is_recovery_session",
    "open_vault",
    "restore_vault",
]


def open_vault(folder: Path) -> Vault:
    """Open the vault in ``folder`` and lock the folder against other processes."""
    return Vault.open(folder)


T = TypeVar("T")


def damage_as_vault_error(job: Callable[[], T]) -> T:
    """Run an unlock ``job``: a page that fails to decrypt or parse while the schema is read
    (after the first page opened fine) surfaces as a driver error; to a person it is a
    damaged vault. Here so that the GUI needs no database library."""
    try:
        return job()
    except DatabaseError as error:
        raise VaultDamaged() from error


def is_recovery_session(ws: Workspace) -> bool:
    """Whether ``ws`` was unlocked with the recovery key rather than a passphrase."""
    return ws.unlocked.purpose == PURPOSE_RECOVERY


def backup_vault(ws: Workspace, out: Path) -> None:
    """Administrators: write an encrypted backup of the whole vault to ``out`` (it opens
    with the same passphrases), and audit it."""
    ws.ctx.require(Role.ADMIN)
    backup.backup_vault(ws.unlocked, ws.vault.path, out)
    with ws.ctx.unit_of_work() as s:
        ws.ctx.audit(s, "vault.backup")


def restore_vault(source: Path, folder: Path, *, overwrite: bool = False) -> None:
    """Restore the backup ``source`` into ``folder``; a vault already there is replaced
    only with ``overwrite`` (else ``RestoreRefused``)."""
    backup.restore_vault(source, folder, overwrite=overwrite)


@dataclass(frozen=True)
class VaultCheck:
    """What ``nap check`` found: problems (empty when intact) and facts worth showing."""

    problems: list[str]
    facts: list[str]


def check_vault(ws: Workspace) -> VaultCheck:
    """Database pages and structure, key slots, signed grants and every audit event's
    chain link and signature."""
    problems = list(ws.unlocked.integrity_problems())
    with ws.ctx.read() as s:
        result = authority.full_check(s, ws.unlocked)
    facts = list(result.facts) + _counts_check(ws)
    team_problems = _team_check(ws, facts)
    return VaultCheck(problems=problems + list(result.problems) + team_problems, facts=facts)


def _counts_check(ws: Workspace) -> list[str]:
    """The dashboard's kept referral counts (migration 0020) against the referrals:
    derived data, so a difference is corrected here and said, never left to show."""
    from nap_desktop.i18n import render
    from nap_desktop.store import referral_counts

    with ws.ctx.read() as s:
        if not referral_counts.kept(s) or not referral_counts.drifted(s):
            return []
    # No audit event: derived data, like the search index; nothing a person recorded
    # changes, and the table is never synced (an event would be).
    with ws.ctx.unit_of_work() as s:
        referral_counts.rebuild(s)
    return [render(Message(N_(
        "Referral counts: they differed from the referrals and were counted again."))),
    ]


def _team_check(ws: Workspace, facts: list[str]) -> list[str]:
    """A team vault's history compared with the server's log (the external anchor);
    an unreachable server is said, never taken for a clean comparison."""
    from nap_desktop.i18n import render
    from nap_desktop.sync.errors import SyncError

    try:
        comparison = ws.team.compare_with_server()
    except SyncError as error:
        facts.append(render(Message(N_("Team log: not compared with the server: {reason}"),
                                    reason=render(error))))
        return []
    if comparison is None:
        return []
    if not comparison.problems:
        facts.append(render(Message(N_(
            "Team log: the same as the server's up to this device's position ({count} "
            "changes compared, {events} audit events in the server's order)."),
            count=comparison.compared, events=comparison.events)))
    return list(comparison.problems)


@dataclass(frozen=True)
class AcceptedLoss:
    """Saved work found missing at unlock and accepted: how many changes (None: unknown)."""

    changes: int | None


def accept_lost_work(ws: Workspace) -> AcceptedLoss | None:
    """Record in the audit log that saved work found missing at this unlock was accepted
    (the vault was opened with ``accept_lost_work``); None when nothing was lost."""
    lost = ws.unlocked.lost_work
    if lost is None:
        return None
    amount = "an unknown number of" if lost.changes is None else str(lost.changes)
    with ws.ctx.unit_of_work() as s:
        ws.ctx.audit(s, "vault.lost_work_accepted", detail=f"{amount} saved changes")
    return AcceptedLoss(changes=lost.changes)


def confirm_adoption(ws: Workspace) -> bool:
    """Administrators: confirm that the roles of an upgraded vault were adopted by the
    right administrator (recorded and signed once). False when the roles were not adopted
    from an earlier version: there is nothing to confirm."""
    ws.ctx.require(Role.ADMIN)
    verified = ws.ctx.authority
    if verified is None or verified.adopted_at is None:
        return False
    with ws.ctx.unit_of_work() as s:
        if not authority.adoption_confirmed(s, verified):
            ws.ctx.audit(s, authority.ADOPTION_CONFIRMED, record_type="user",
                         record_id=verified.root_user_id, detail=verified.root_fingerprint)
    return True
