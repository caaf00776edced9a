"""The ``nap`` command line, for administrators and automation.

Exit codes: 0 success; 1 a user-facing error (one line on stderr, never a traceback);
2 a usage error; 141 (128 + SIGPIPE, as the shell reports for ``cat`` or ``grep``) when
whoever reads the output closed it early (``nap referrals list --json | head``): nap then
stops quietly, printing nothing more. Nothing about a survivor is printed unless a command
was asked to show it (``referrals show``, ``referrals list --show-names``).
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import sys
from collections.abc import Callable, Sequence

from nap_desktop import __version__
from nap_desktop.cli_commands.common import CliError, Env, checked_text
from nap_desktop.cli_commands.parsers import register_all
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
    register_all(sub)  # the grammar only: each command's code is imported when it runs
    return parser


#: Exit status when the reader of our output went away (128 + SIGPIPE, as for Unix tools).
EXIT_BROKEN_PIPE = 141

#: Arguments that name files: bytes that are not UTF-8 are legal in a file name (Python
#: carries them through as surrogates and gives them back to the file system unchanged).
_PATH_ARGUMENTS = frozenset({"vault", "passphrase_file", "recovery_key_file",
                             "new_passphrase_file"})


def check_arguments(args: argparse.Namespace) -> None:
    """Refuse text arguments that are not valid UTF-8 (a name, a search, a reason) with a
    message naming the argument, before anything uses them."""
    for name, value in vars(args).items():
        values = value if isinstance(value, list) else [value]
        if name not in _PATH_ARGUMENTS:
            for item in values:
                if isinstance(item, str):
                    checked_text(item, f"the argument {name.replace('_', '-')}")


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``nap``. Returns the exit code."""
    logging.basicConfig(level=logging.WARNING, format="nap: %(levelname)s: %(message)s")
    no_core_dumps()
    parser = build_parser()
    args = parser.parse_args(argv)
    env: Env | None = None
    try:
        check_arguments(args)
        env = Env.from_args(args)
        handler: Handler = args.handler
        return handler(args, env)
    except (NapError, CliError) as error:
        print(f"nap: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("nap: interrupted; nothing was changed by the unfinished step.", file=sys.stderr)
        return 1
    except BrokenPipeError:
        return _reader_gone()
    except UnicodeError as error:
        print(f"nap: some text could not be read or printed as UTF-8 "
              f"({type(error).__name__}): check the terminal's encoding and the files and "
              "variables nap reads; the step that failed changed nothing.", file=sys.stderr)
        return 1
    except Exception as error:
        print(
            f"nap: unexpected internal error ({type(error).__name__}). Nothing more is shown "
            "because details could contain case data; run `nap check` and report it.",
            file=sys.stderr,
        )
        return 1
    finally:
        if env is not None:
            env.close()


def _reader_gone() -> int:
    """The reader of stdout closed it (``| head``): stop quietly. What is still buffered
    can never be written; point stdout at the null device so that the interpreter's last
    flush does not complain either."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    return EXIT_BROKEN_PIPE


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
