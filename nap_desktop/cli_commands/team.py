"""``nap team ...`` and ``nap sync`` (issue #12): make, join and run a team vault.

Exit 0 only when the step really happened: a sync that failed says what failed (and that
nothing was lost) on stderr and exits 1. A server address with a password is refused
before anything is done, and is never printed.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from nap_desktop.cli_commands.common import CliError, Env, print_json, table
from nap_desktop.i18n import _, ngettext


def _summary(pushed: int, pulled: int, conflicts: int, refused: int) -> str:
    """"Pushed 3, pulled 12, 1 conflict." (and the refused count when there were any)."""
    parts = [
        _("Pushed {pushed}, pulled {pulled}").format(pushed=pushed, pulled=pulled),
        ngettext("{n} conflict", "{n} conflicts", conflicts).format(n=conflicts),
    ]
    if refused:
        parts.append(ngettext("{n} change refused", "{n} changes refused", refused)
                     .format(n=refused))
    return ", ".join(parts) + "."


def cmd_sync(args: argparse.Namespace, env: Env) -> int:
    """Push then pull; one line. A failure raises (exit 1 with the reason)."""
    ws = env.workspace()
    result = ws.team.sync_now()
    print(_summary(result.pushed, result.pulled, result.conflicts, result.refused))
    return 0


def cmd_init(args: argparse.Namespace, env: Env) -> int:
    from nap_desktop.services.team import init_team

    ws = env.workspace()
    status = init_team(ws, args.server)
    print(_("This vault is now a team vault on {server}.").format(server=status.server))
    print(_("This device: {fingerprint}").format(fingerprint=status.fingerprint))
    return 0


def cmd_join(args: argparse.Namespace, env: Env) -> int:
    """First run: ask to join and print the fingerprint. Once an administrator approved
    it: download the team's data and finish."""
    from nap_desktop.services.team import finish_join, join_team, pending_join

    folder = Path(args.vault or env.vault_dir).expanduser()
    user = env.require_user()
    request = pending_join(folder)
    if request is None:
        request = join_team(folder, args.server, user, env.passphrase())
        print(_("Asked to join. Read this fingerprint to an administrator of the team:"))
        print(f"  {request.fingerprint}")
        print(_("Device {device}. When it is approved, run this command again.").format(
            device=request.device_id))
        return 0
    if not finish_join(folder, env.passphrase()):
        print(_("Not approved yet. Fingerprint to read to an administrator: {fp}").format(
            fp=request.fingerprint))
        return 0
    print(_("Joined the team. Unlock the vault in {folder} as {user} with your own "
            "passphrase.").format(folder=folder, user=user))
    return 0


def cmd_devices(args: argparse.Namespace, env: Env) -> int:
    ws = env.workspace()
    devices = ws.team.devices()
    if args.json:
        print_json([{"device": d.device_id, "fingerprint": d.fingerprint, "state": d.state,
                     "user": d.user_name, "this": d.this_device} for d in devices])
        return 0
    states = {"pending": _("pending"), "approved": _("approved"), "removed": _("removed")}
    rows = [[d.device_id + (" *" if d.this_device else ""), d.fingerprint,
             states.get(d.state, d.state), d.user_name] for d in devices]
    print(table(rows, [_("Device"), _("Fingerprint"), _("State"), _("User")]))
    return 0


def cmd_approve(args: argparse.Namespace, env: Env) -> int:
    ws = env.workspace()
    user = ws.users.by_name(args.for_user)
    ws.team.approve_device(args.device, args.fingerprint, user.id)
    print(_("Approved device {device} for {user}. It can now finish joining.").format(
        device=args.device, user=user.name))
    return 0


def cmd_remove_device(args: argparse.Namespace, env: Env) -> int:
    if not args.reason.strip():
        raise CliError(_("say why with --reason TEXT; nothing was changed"))
    ws = env.workspace()
    ws.team.remove_device(args.device, args.reason)
    print(_("Removed device {device} and rotated the team's key. It can read nothing "
            "written from now on.").format(device=args.device))
    return 0
