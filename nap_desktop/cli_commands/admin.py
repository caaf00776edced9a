"""Users, passphrases and the partner directory."""

from __future__ import annotations

import argparse

from nap_desktop.cli_commands.common import (
    Env,
    print_json,
    prompt_new_secret,
    prompt_secret,
    read_secret_file,
    table,
)
from nap_desktop.i18n import _
from nap_desktop.services.workspace import Workspace


def cmd_users_add(args: argparse.Namespace, env: Env) -> int:
    ws = env.workspace()
    passphrase = prompt_new_secret(
        _("Passphrase for {user}").format(user=args.name), args.new_passphrase_file,
        "NAP_NEW_PASSPHRASE",
    )
    user = ws.users.add(
        name=args.name,
        display_name=args.display_name or args.name,
        role=args.role,
        passphrase=passphrase,
    )
    print(_("Added {name} ({role}).").format(name=user.name, role=user.role.value))
    return 0


def cmd_users_list(args: argparse.Namespace, env: Env) -> int:
    ws = env.workspace()
    users = ws.users.list()
    if args.json:
        print_json(
            [
                {
                    "id": u.id,
                    "name": u.name,
                    "display_name": u.display_name,
                    "role": u.role.value,
                    "active": u.active,
                }
                for u in users
            ]
        )
        return 0
    print(
        table(
            [
                [u.name, u.display_name, u.role.value,
                 _("active") if u.active else _("removed")]
                for u in users
            ],
            [_("NAME"), _("FULL NAME"), _("ROLE"), _("STATUS")],
        )
    )
    return 0


def cmd_users_set_role(args: argparse.Namespace, env: Env) -> int:
    ws = env.workspace()
    user = ws.users.change_role(ws.users.by_name(args.name).id, args.role)
    print(_("{name} is now {role}.").format(name=user.name, role=user.role.value))
    return 0


def cmd_users_remove(args: argparse.Namespace, env: Env) -> int:
    ws = env.workspace()
    user = ws.users.by_name(args.name)
    ws.users.deactivate(user.id)
    print(_("Removed {name}'s access and rotated the vault key.").format(name=user.name))
    return 0


def cmd_passwd(args: argparse.Namespace, env: Env) -> int:
    if args.recovery:
        key = (
            read_secret_file(args.recovery_key_file).strip()
            if args.recovery_key_file
            else prompt_secret(_("Recovery key: "))
        )
        ws = env.adopt(Workspace.unlock_with_recovery(env.open_vault(), key))
        if not args.target:
            args.target = env.user
    else:
        ws = env.workspace()
    target = ws.users.by_name(args.target) if args.target else ws.user
    assert target is not None
    new = prompt_new_secret(
        _("New passphrase for {user}").format(user=target.name), args.new_passphrase_file,
        "NAP_NEW_PASSPHRASE",
    )
    ws.users.set_passphrase(target.id, new)
    print(_("The passphrase for {user} was changed.").format(user=target.name))
    return 0


def cmd_partners_list(args: argparse.Namespace, env: Env) -> int:
    ws = env.workspace()
    agencies = ws.agencies.list()
    if args.json:
        print_json(
            [
                {
                    "id": a.id,
                    "name": a.name,
                    "kind": a.kind.value,
                    "self": a.is_self,
                    "victim_service_provider": a.is_victim_service_provider,
                }
                for a in agencies
            ]
        )
        return 0
    print(
        table(
            [[a.name, a.kind.value, _("yes") if a.is_self else "", a.id] for a in agencies],
            [_("NAME"), _("KIND"), _("OURS"), _("ID")],
        )
    )
    return 0


def cmd_partners_new(args: argparse.Namespace, env: Env) -> int:
    ws = env.workspace()
    agency = ws.agencies.add_partner(name=args.name, kind=args.kind, contacts=args.contacts)
    print(_("Added {name} ({id}).").format(name=agency.name, id=agency.id))
    return 0
