"""What every command needs: where the vault is, who is acting, their passphrase."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from nap_desktop.domain.text_rules import has_lone_surrogate
from nap_desktop.i18n import _

# The services are imported when a command runs, not to read help (parsers.py).
if TYPE_CHECKING:
    from nap_desktop.services.vaults import Vault
    from nap_desktop.services.workspace import Workspace


class CliError(Exception):
    """A problem with how the command was called or its inputs (exit 1, one line)."""


def read_secret_file(path: str) -> str:
    try:
        data = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise CliError(_("cannot read {path}: {reason}").format(
            path=path, reason=exc.strerror)) from None
    except UnicodeDecodeError:
        raise CliError(_("{path} is not UTF-8 text: save it as UTF-8 (the encoding nap "
                         "expects) and try again; nothing was changed").format(path=path)) from None
    # A trailing newline from `echo` is not part of the passphrase; other spaces are.
    return data[:-1] if data.endswith("\n") else data


def checked_text(value: str, where: str) -> str:
    """``value`` as given, unless it holds bytes that were not UTF-8 (Python keeps them as
    lone surrogates, which no passphrase, name or search can use)."""
    if has_lone_surrogate(value):
        raise CliError(_("{what} is not valid UTF-8 text (check the terminal's or the "
                         "file's encoding); nothing was changed").format(what=where))
    return value


def environ_text(name: str) -> str | None:
    """An environment variable, checked like an argument (None when unset)."""
    value = os.environ.get(name)
    return None if value is None else checked_text(value, f"${name}")


def prompt_secret(prompt: str) -> str:
    if not sys.stdin.isatty():
        raise CliError(_(
            "no passphrase given: use --passphrase-file FILE or NAP_PASSPHRASE when not "
            "running in a terminal"
        ))
    return getpass.getpass(prompt)


def prompt_new_secret(label: str, file_arg: str | None, env_name: str) -> str:
    """A new passphrase: from a file, an environment variable, or typed twice. It must be
    valid UTF-8 text: one that is not could never be typed at the desktop's unlock."""
    if file_arg:
        return checked_text(read_secret_file(file_arg), _("the new passphrase"))
    if os.environ.get(env_name):
        return checked_text(os.environ[env_name], f"${env_name}")
    first = prompt_secret(f"{label}: ")
    if prompt_secret(_("{label} (again): ").format(label=label)) != first:
        raise CliError(_("the two passphrases do not match; nothing was changed"))
    return checked_text(first, _("the new passphrase"))


@dataclass
class Env:
    vault_dir: Path
    user: str | None
    passphrase_file: str | None
    _open: list[Workspace] = field(default_factory=list)
    _vaults: list[Vault] = field(default_factory=list)

    @classmethod
    def from_args(cls, args: argparse.Namespace) -> Env:
        from nap_desktop.services.locations import default_vault_dir

        vault = args.vault or os.environ.get("NAP_VAULT") or str(default_vault_dir())
        return cls(
            vault_dir=Path(vault).expanduser(),
            user=args.user or environ_text("NAP_USER"),
            passphrase_file=args.passphrase_file,
        )

    def passphrase(self) -> str:
        if self.passphrase_file:
            return read_secret_file(self.passphrase_file)
        # Not checked: whatever an existing passphrase is, it is compared, never refused.
        if "NAP_PASSPHRASE" in os.environ:
            return os.environ["NAP_PASSPHRASE"]
        return prompt_secret(_("Passphrase for {user}: ").format(user=self.user))

    def require_user(self) -> str:
        if not self.user:
            raise CliError(_("say who you are with --user NAME (or NAP_USER)"))
        return self.user

    def open_vault(self) -> Vault:
        from nap_desktop.services.vaults import open_vault

        vault = open_vault(self.vault_dir)
        self._vaults.append(vault)
        return vault

    def workspace(self, *, accept_lost_work: bool = False, warn: bool = True) -> Workspace:
        """Open and unlock the vault as --user and print what the checks at unlock found
        (``warn``); ``accept_lost_work``: see ``nap check``."""
        from nap_desktop.services.workspace import Workspace

        user = self.require_user()
        vault = self.open_vault()
        vault.accept_lost_work = accept_lost_work
        ws = Workspace.unlock(vault, user, self.passphrase())
        self._open.append(ws)
        for warning in ws.integrity_warnings if warn else []:
            print(_("WARNING: {warning}").format(warning=warning), file=sys.stderr)
        return ws

    def adopt(self, ws: Workspace) -> Workspace:
        self._open.append(ws)
        self._vaults.append(ws.vault)
        return ws

    def close(self) -> None:
        for ws in self._open:
            ws.lock()
        for vault in self._vaults:
            vault.close()
        self._open.clear()
        self._vaults.clear()


def print_json(data: Any) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2, default=str))


def table(rows: list[list[str]], headers: list[str]) -> str:
    widths = [
        max(len(h), *(len(r[i]) for r in rows)) if rows else len(h) for i, h in enumerate(headers)
    ]
    line = "  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True))
    out = [line, "  ".join("-" * w for w in widths)]
    out += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) for r in rows]
    return "\n".join(out)
