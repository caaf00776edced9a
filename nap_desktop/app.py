"""``nap-desktop``: open a vault (``--vault DIR``), the demo vault (``--demo``), or run the
first-run wizard when there is no vault yet."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from nap_desktop.display_check import display_problem
from nap_desktop.hardening import no_core_dumps
from nap_desktop.services.locations import default_vault_dir, demo_vault_dir


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="nap-desktop", description="NAP Desktop: encrypted, offline case coordination."
    )
    parser.add_argument(
        "--vault",
        metavar="DIR",
        type=Path,
        help="the vault folder (default: your user data folder)",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open the demo vault, creating it with fictional data if needed",
    )
    parser.add_argument(
        "--lang",
        metavar="CODE",
        help="language of the interface, e.g. es or en (default: the system's, from LANG)",
    )
    return parser.parse_args(argv)


def preload_core() -> None:
    """Import the vault's code (SQLAlchemy, the ORM models, cryptography) before Qt.
    PySide6 checks every module imported after it for its ``__feature__`` switches by
    reading the module's source; the core never uses Qt, and importing it first spares
    that check for its ~400 modules (about 0.1 s of CPU at every start)."""
    import nap_desktop.services.workspace  # noqa: F401


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    no_core_dumps()
    problem = display_problem()
    if problem is not None:
        print(problem, file=sys.stderr)
        return 1
    preload_core()
    # Qt is imported only now, so that `--help` works without a display.
    from nap_desktop.gui.application import create_application
    from nap_desktop.gui.launcher import Launcher

    app = create_application([sys.argv[0]], language=args.lang)
    if args.demo:
        vault_dir = (args.vault or demo_vault_dir()).expanduser()
    else:
        vault_dir = (args.vault or default_vault_dir()).expanduser()
    launcher = Launcher(vault_dir=vault_dir, demo=args.demo)
    launcher.start()
    code = app.exec()
    launcher.shutdown()
    return int(code)


if __name__ == "__main__":
    raise SystemExit(main())
