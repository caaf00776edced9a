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
from typing import Any

from nap_desktop import __version__, i18n
from nap_desktop.cli_commands.common import CliError, Env, checked_text
from nap_desktop.cli_commands.parsers import register_all
from nap_desktop.domain.errors import NapError
from nap_desktop.hardening import no_core_dumps
from nap_desktop.i18n import _

log = logging.getLogger("nap")

Handler = Callable[[argparse.Namespace, Env], int]


class HelpFormatter(argparse.HelpFormatter):
    """argparse's layout, with its own words ("usage:") from our catalogue."""

    def add_usage(self, usage: str | None, actions: Any, groups: Any,
                  prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, _("usage: ") if prefix is None else prefix)


class Parser(argparse.ArgumentParser):
    """An ``ArgumentParser`` (and, through ``add_subparsers``, every command's) whose
    headings and ``--help`` read in nap's language; argparse's own error texts stay English."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", HelpFormatter)
        super().__init__(*args, **kwargs)
        self._positionals.title = _("positional arguments")
        self._optionals.title = _("options")
        for action in self._actions:
            if action.dest == "help":
                action.help = _("show this help message and exit")


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog="nap",
        description=_("NAP Desktop command line: encrypted case vaults for anti-trafficking "
                      "work."),
    )
    parser.add_argument("--version", action="version", version=f"nap {__version__}",
                        help=_("show the version and exit"))
    parser.add_argument(
        "--vault", metavar="DIR",
        help=_("vault folder (default: $NAP_VAULT or your user data folder)"),
    )
    parser.add_argument("--user", metavar="NAME", help=_("who you are (default: $NAP_USER)"))
    parser.add_argument(
        "--passphrase-file",
        metavar="FILE",
        help=_("read your passphrase from FILE (else $NAP_PASSPHRASE, else a prompt)"),
    )
    parser.add_argument(
        "--lang", metavar="LANG", dest="messages_language",
        help=_("language of nap's messages, e.g. es or en (default: the locale, "
               "$LC_ALL, $LC_MESSAGES or $LANG)"),
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
                    checked_text(item, _("the argument {name}").format(
                        name=name.replace("_", "-")))


#: The options before the command that take a value.
_GLOBAL_VALUES = frozenset({"--vault", "--user", "--passphrase-file", "--lang"})


def chosen_language(argv: Sequence[str]) -> str:
    """``nap --lang X`` (or ``--lang=X``) when given, else the locale. Read before the
    parser is built, so that ``--help`` speaks the language too; only the options before
    the command count (``nap summary --lang es`` is the PDF's language)."""
    args = iter(argv)
    for arg in args:
        if arg == "--lang":
            return next(args, "") or i18n.locale_language()
        if arg.startswith("--lang="):
            return arg.removeprefix("--lang=")
        if arg in _GLOBAL_VALUES:
            next(args, None)
        elif not arg.startswith("-") or arg == "--":
            break
    return i18n.locale_language()


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``nap``. Returns the exit code."""
    logging.basicConfig(level=logging.WARNING, format="nap: %(levelname)s: %(message)s")
    no_core_dumps()
    i18n.set_language(chosen_language(sys.argv[1:] if argv is None else argv))
    parser = build_parser()
    args = parser.parse_args(argv)
    env: Env | None = None
    try:
        check_arguments(args)
        env = Env.from_args(args)
        handler: Handler = args.handler
        return handler(args, env)
    except NapError as error:
        print(f"nap: {i18n.render(error)}", file=sys.stderr)  # in the language chosen above
        return 1
    except CliError as error:
        print(f"nap: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(_("nap: interrupted; nothing was changed by the unfinished step."),
              file=sys.stderr)
        return 1
    except BrokenPipeError:
        return _reader_gone()
    except UnicodeError as error:
        print(_("nap: some text could not be read or printed as UTF-8 ({error}): check the "
                "terminal's encoding and the files and variables nap reads; the step that "
                "failed changed nothing.").format(error=type(error).__name__), file=sys.stderr)
        return 1
    except Exception as error:
        print(
            _("nap: unexpected internal error ({error}). Nothing more is shown because "
              "details could contain case data; run `nap check` and report it.").format(
                error=type(error).__name__),
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
