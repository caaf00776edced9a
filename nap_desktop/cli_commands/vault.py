"""Vault life cycle: init, demo, check, backup, restore."""

from __future__ import annotations

import argparse
import sys
import time

from nap_desktop.cli_commands.common import CliError, Env, prompt_new_secret
from nap_desktop.domain.enums import AgencyKind, Role
from nap_desktop.domain.errors import CommittedWorkLost, RestoreRefused
from nap_desktop.services import authority
from nap_desktop.services.demo import (
    DEMO_AGENCY,
    DEMO_PASSPHRASE,
    DEMO_USERS,
    MAX_DEMO_REFERRALS,
    DemoGenerator,
)
from nap_desktop.services.workspace import Workspace
from nap_desktop.store.backup import backup_vault, restore_vault
from nap_desktop.store.vault import KEYSLOT_FILE

__all__ = ["DEMO_AGENCY", "DEMO_PASSPHRASE"]


def cmd_init(args: argparse.Namespace, env: Env) -> int:
    user = env.require_user()
    passphrase = prompt_new_secret("New passphrase", args.new_passphrase_file, "NAP_NEW_PASSPHRASE")
    ws, recovery = Workspace.create(
        env.vault_dir,
        agency_name=args.agency,
        agency_kind=args.agency_kind,
        admin_name=user,
        admin_display_name=args.display_name or user,
        passphrase=passphrase,
    )
    env.adopt(ws)
    print(f"Created the vault in {env.vault_dir} for {ws.agency.name}.")
    print(f"Administrator: {ws.user.name if ws.user else user}")
    print()
    print("RECOVERY KEY (shown only now; write it down and store it safely):")
    print(f"    {recovery}")
    print()
    print("It unlocks the vault if every passphrase is forgotten: `nap passwd --recovery`.")
    return 0


def _demo_workspace(env: Env) -> tuple[Workspace, bool]:
    if not (env.vault_dir / KEYSLOT_FILE).exists():
        ws, _recovery = Workspace.create(
            env.vault_dir,
            agency_name=DEMO_AGENCY,
            agency_kind=AgencyKind.VICTIM_SERVICE_PROVIDER,
            admin_name="admin",
            admin_display_name="Alex Admin (demo)",
            passphrase=DEMO_PASSPHRASE,
            demo=True,
        )
        env.adopt(ws)
        for name, display, role in DEMO_USERS:
            ws.users.add(name=name, display_name=display, role=role, passphrase=DEMO_PASSPHRASE)
        return ws, True
    if env.user is None and env.passphrase_file is None:
        env.user = "admin"
        vault = env.open_vault()
        return env.adopt(Workspace.unlock(vault, "admin", DEMO_PASSPHRASE)), False
    return env.workspace(), False


def cmd_demo(args: argparse.Namespace, env: Env) -> int:
    if not 0 <= args.referrals <= MAX_DEMO_REFERRALS:
        raise CliError(f"--referrals must be between 0 and {MAX_DEMO_REFERRALS:,}")
    ws, created = _demo_workspace(env)
    started = time.perf_counter()
    result = DemoGenerator(ws.ctx, seed=args.seed).run(args.referrals)
    took = time.perf_counter() - started
    print(f"Added {result.referrals} demo referrals for {result.clients} clients in {took:.1f} s.")
    if created:
        print(f"Demo vault created in {env.vault_dir}.")
        print(
            f"Unlock it as admin, sofia (supervisor), marcus or thu (caseworkers) with the "
            f"demo passphrase: {DEMO_PASSPHRASE}"
        )
    return 0


def cmd_check(args: argparse.Namespace, env: Env) -> int:
    try:
        # warn=False: everything unlock found is found again below
        ws = env.workspace(accept_lost_work=args.accept_loss, warn=False)
    except CommittedWorkLost as lost:
        print(f"PROBLEM: {lost.message}", file=sys.stderr)
        return 1
    _record_accepted_loss(ws)
    if args.confirm_adoption:
        _confirm_adoption(ws)
    problems = list(ws.unlocked.integrity_problems())
    with ws.ctx.read() as s:
        result = authority.full_check(s, ws.unlocked)
    problems += result.problems
    for fact in result.facts:
        print(fact)
    if problems:
        for problem in problems:
            print(f"PROBLEM: {problem}", file=sys.stderr)
        return 1
    print("The vault is intact: database pages, structure, key slots, record of saved work "
          "(no saved change missing), signed user grants and every audit event's chain link "
          "and signature verified.")
    return 0


def _confirm_adoption(ws: Workspace) -> None:
    ws.ctx.require(Role.ADMIN)
    verified = ws.ctx.authority
    with ws.ctx.unit_of_work() as s:
        if verified is None or verified.adopted_at is None:
            raise CliError("the roles of this vault were not adopted from an earlier version; "
                           "there is nothing to confirm and nothing was changed")
        if not authority.adoption_confirmed(s, verified):
            ws.ctx.audit(s, authority.ADOPTION_CONFIRMED, record_type="user",
                         record_id=verified.root_user_id, detail=verified.root_fingerprint)
    print("Confirmed the adoption of the roles (recorded in the audit log).")


def _record_accepted_loss(ws: Workspace) -> None:
    lost = ws.unlocked.lost_work
    if lost is None:
        return
    amount = "an unknown number of" if lost.changes is None else str(lost.changes)
    with ws.ctx.unit_of_work() as s:
        ws.ctx.audit(s, "vault.lost_work_accepted", detail=f"{amount} saved changes")
    print(f"Accepted the loss of {amount} saved changes (recorded in the audit log). Enter "
          "the missing work again.")


def cmd_backup(args: argparse.Namespace, env: Env) -> int:
    ws = env.workspace()
    ws.ctx.require(Role.ADMIN)
    backup_vault(ws.unlocked, env.vault_dir, args.out)
    with ws.ctx.unit_of_work() as s:
        ws.ctx.audit(s, "vault.backup")
    print(f"Encrypted backup written to {args.out}. It opens with the same passphrases.")
    return 0


def cmd_restore(args: argparse.Namespace, env: Env) -> int:
    try:
        restore_vault(args.backup, env.vault_dir, overwrite=args.force)
    except RestoreRefused:
        raise CliError(
            f"a vault already exists in {env.vault_dir}; nothing was changed. Add --force to "
            "replace it with the backup"
        ) from None
    print(f"Restored the vault into {env.vault_dir}.")
    return 0
