"""The ``nap`` command line, for administrators and automation.

Exit codes: 0 success; 1 a user-facing error (one line on stderr, never a traceback);
2 a usage error. Nothing about a survivor is printed unless a command was asked to show it
(``referrals show``, ``referrals list --show-names``).
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import logging
import sys
from collections.abc import Callable, Sequence
from types import ModuleType

from nap_desktop import __version__
from nap_desktop.cli_commands import admin, cases, vault
from nap_desktop.cli_commands.common import CliError, Env
from nap_desktop.domain.errors import NapError
from nap_desktop.hardening import no_core_dumps

log = logging.getLogger("nap")

Handler = Callable[[argparse.Namespace, Env], int]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="nap",
        description="NAP Desktop command line: encrypted case vaults for anti-trafficking work.",
    )
    parser.add_argument("--version", action="version", version=f"nap {__version__}")
    parser.add_argument(
        "--vault", metavar="DIR", help="vault folder (default: $NAP_VAULT or your user data folder)"
    )
    parser.add_argument("--user", metavar="NAME", help="who you are (default: $NAP_USER)")
    parser.add_argument(
        "--passphrase-file",
        metavar="FILE",
        help="read your passphrase from FILE (else $NAP_PASSPHRASE, else a prompt)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    vault.register(sub)
    admin.register(sub)
    cases.register(sub)
    for extra in _optional_modules():
        extra.register(sub)
    return parser


def _optional_modules() -> list[ModuleType]:
    """Commands from the reports and transfer areas, when installed."""
    names = ("nap_desktop.cli_commands.reports", "nap_desktop.cli_commands.transfer")
    return [importlib.import_module(n) for n in names if importlib.util.find_spec(n)]


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``nap``. Returns the exit code."""
    logging.basicConfig(level=logging.WARNING, format="nap: %(levelname)s: %(message)s")
    no_core_dumps()
    parser = build_parser()
    args = parser.parse_args(argv)
    env = Env.from_args(args)
    handler: Handler = args.handler
    try:
        return handler(args, env)
    except (NapError, CliError) as error:
        print(f"nap: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("nap: interrupted; nothing was changed by the unfinished step.", file=sys.stderr)
        return 1
    except Exception as error:
        print(
            f"nap: unexpected internal error ({type(error).__name__}). Nothing more is shown "
            "because details could contain case data; run `nap check` and report it.",
            file=sys.stderr,
        )
        return 1
    finally:
        env.close()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
