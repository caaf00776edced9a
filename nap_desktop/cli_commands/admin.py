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
from nap_desktop.services.workspace import Workspace


def cmd_users_add(args: argparse.Namespace, env: Env) -> int:
    ws = env.workspace()
    passphrase = prompt_new_secret(
        f"Passphrase for {args.name}", args.new_passphrase_file, "NAP_NEW_PASSPHRASE"
    )
    user = ws.users.add(
        name=args.name,
        display_name=args.display_name or args.name,
        role=args.role,
        passphrase=passphrase,
    )
    print(f"Added {user.name} ({user.role.value}).")
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
                [u.name, u.display_name, u.role.value, "active" if u.active else "removed"]
                for u in users
            ],
            ["NAME", "FULL NAME", "ROLE", "STATUS"],
        )
    )
    return 0


def cmd_users_set_role(args: argparse.Namespace, env: Env) -> int:
    ws = env.workspace()
    user = ws.users.change_role(ws.users.by_name(args.name).id, args.role)
    print(f"{user.name} is now {user.role.value}.")
    return 0


def cmd_users_remove(args: argparse.Namespace, env: Env) -> int:
    ws = env.workspace()
    user = ws.users.by_name(args.name)
    ws.users.deactivate(user.id)
    print(f"Removed {user.name}'s access and rotated the vault key.")
    return 0


def cmd_passwd(args: argparse.Namespace, env: Env) -> int:
    if args.recovery:
        key = (
            read_secret_file(args.recovery_key_file).strip()
            if args.recovery_key_file
            else prompt_secret("Recovery key: ")
        )
        ws = env.adopt(Workspace.unlock_with_recovery(env.open_vault(), key))
        if not args.target:
            args.target = env.user
    else:
        ws = env.workspace()
    target = ws.users.by_name(args.target) if args.target else ws.user
    assert target is not None
    new = prompt_new_secret(
        f"New passphrase for {target.name}", args.new_passphrase_file, "NAP_NEW_PASSPHRASE"
    )
    ws.users.set_passphrase(target.id, new)
    print(f"The passphrase for {target.name} was changed.")
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
            [[a.name, a.kind.value, "yes" if a.is_self else "", a.id] for a in agencies],
            ["NAME", "KIND", "OURS", "ID"],
        )
    )
    return 0


def cmd_partners_new(args: argparse.Namespace, env: Env) -> int:
    ws = env.workspace()
    agency = ws.agencies.add_partner(name=args.name, kind=args.kind, contacts=args.contacts)
    print(f"Added {agency.name} ({agency.id}).")
    return 0
