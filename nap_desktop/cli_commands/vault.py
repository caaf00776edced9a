"""Vault life cycle: init, demo, check, backup, restore."""

from __future__ import annotations

import argparse
import sys
import time

from nap_desktop.cli_commands.common import CliError, Env, prompt_new_secret
from nap_desktop.domain.errors import CommittedWorkLost, RestoreRefused
from nap_desktop.i18n import _, ngettext, render
from nap_desktop.services import vaults
from nap_desktop.services.demo import DEMO_PASSPHRASE, MAX_DEMO_REFERRALS, DemoGenerator
from nap_desktop.services.demo_vault import create_demo_workspace, unlock_demo
from nap_desktop.services.locations import has_vault
from nap_desktop.services.workspace import Workspace


def cmd_init(args: argparse.Namespace, env: Env) -> int:
    user = env.require_user()
    passphrase = prompt_new_secret(_("New passphrase"), args.new_passphrase_file,
                                   "NAP_NEW_PASSPHRASE")
    ws, recovery = Workspace.create(
        env.vault_dir,
        agency_name=args.agency,
        agency_kind=args.agency_kind,
        admin_name=user,
        admin_display_name=args.display_name or user,
        passphrase=passphrase,
    )
    env.adopt(ws)
    print(_("Created the vault in {folder} for {agency}.").format(folder=env.vault_dir,
                                                                  agency=ws.agency.name))
    print(_("Administrator: {name}").format(name=ws.user.name if ws.user else user))
    print()
    print(_("RECOVERY KEY (shown only now; write it down and store it safely):"))
    print(f"    {recovery}")
    print()
    print(_("It unlocks the vault if every passphrase is forgotten: `nap passwd --recovery`."))
    return 0


def _demo_workspace(env: Env) -> tuple[Workspace, bool]:
    if not has_vault(env.vault_dir):
        return env.adopt(create_demo_workspace(env.vault_dir)), True
    if env.user is None and env.passphrase_file is None:
        env.user = "admin"
        return env.adopt(unlock_demo(env.open_vault())), False
    return env.workspace(), False


def cmd_demo(args: argparse.Namespace, env: Env) -> int:
    if not 0 <= args.referrals <= MAX_DEMO_REFERRALS:
        raise CliError(_("--referrals must be between 0 and {most:,}").format(
            most=MAX_DEMO_REFERRALS))
    ws, created = _demo_workspace(env)
    started = time.perf_counter()
    result = DemoGenerator(ws.ctx, seed=args.seed).run(args.referrals)
    took = time.perf_counter() - started
    clients = ngettext("{n} client", "{n} clients", result.clients).format(n=result.clients)
    print(ngettext("Added {n} demo referral for {clients} in {seconds:.1f} s.",
                   "Added {n} demo referrals for {clients} in {seconds:.1f} s.",
                   result.referrals).format(n=result.referrals, clients=clients, seconds=took))
    if created:
        print(_("Demo vault created in {folder}.").format(folder=env.vault_dir))
        print(_("Unlock it as admin, sofia (supervisor), marcus or thu (caseworkers) with the "
                "demo passphrase: {passphrase}").format(passphrase=DEMO_PASSPHRASE))
    return 0


def cmd_check(args: argparse.Namespace, env: Env) -> int:
    try:
        # warn=False: everything unlock found is found again below
        ws = env.workspace(accept_lost_work=args.accept_loss, warn=False)
    except CommittedWorkLost as lost:
        print(_("PROBLEM: {problem}").format(problem=render(lost)), file=sys.stderr)
        return 1
    _record_accepted_loss(ws)
    if args.confirm_adoption:
        _confirm_adoption(ws)
    result = vaults.check_vault(ws)
    for fact in result.facts:
        print(fact)
    if result.problems:
        for problem in result.problems:
            print(_("PROBLEM: {problem}").format(problem=problem), file=sys.stderr)
        return 1
    print(_("The vault is intact: database pages, structure, key slots, record of saved work "
            "(no saved change missing), signed user grants and every audit event's chain link "
            "and signature verified."))
    return 0


def _confirm_adoption(ws: Workspace) -> None:
    if not vaults.confirm_adoption(ws):
        raise CliError(_("the roles of this vault were not adopted from an earlier "
                         "version; there is nothing to confirm and nothing was changed"))
    print(_("Confirmed the adoption of the roles (recorded in the audit log)."))


def _record_accepted_loss(ws: Workspace) -> None:
    lost = vaults.accept_lost_work(ws)
    if lost is None:
        return
    if lost.changes is None:
        print(_("Accepted the loss of an unknown number of saved changes (recorded in the "
                "audit log). Enter the missing work again."))
        return
    print(ngettext("Accepted the loss of {count} saved change (recorded in the audit log). "
                   "Enter the missing work again.",
                   "Accepted the loss of {count} saved changes (recorded in the audit log). "
                   "Enter the missing work again.", lost.changes).format(count=lost.changes))


def cmd_backup(args: argparse.Namespace, env: Env) -> int:
    vaults.backup_vault(env.workspace(), args.out)
    print(_("Encrypted backup written to {path}. It opens with the same passphrases.").format(
        path=args.out))
    return 0


def cmd_restore(args: argparse.Namespace, env: Env) -> int:
    try:
        vaults.restore_vault(args.backup, env.vault_dir, overwrite=args.force)
    except RestoreRefused:
        raise CliError(_(
            "a vault already exists in {folder}; nothing was changed. Add --force to "
            "replace it with the backup").format(folder=env.vault_dir)) from None
    print(_("Restored the vault into {folder}.").format(folder=env.vault_dir))
    return 0
