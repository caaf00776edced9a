"""The body of ``tools/team-server``: a throwaway team server until Ctrl+C.

It uses the tests' cluster (``tests/sync/pg.py``): Debian's PostgreSQL binaries, run as
the ``postgres`` system user when started by root, in a temporary folder removed at the
end; the ``nap_sync`` schema installed by an owner role; the desktops connect as
``nap_client``, which may only read and append.
"""

from __future__ import annotations

import argparse
import signal
import sys
from pathlib import Path
from types import FrameType

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.sync.pg import find_bindir, throwaway_cluster


def main() -> int:
    """Start the server, print its DSN, wait for Ctrl+C (or SIGTERM), remove it."""
    parser = argparse.ArgumentParser(prog="tools/team-server", description=__doc__)
    parser.add_argument("--port", type=int, help="TCP port on 127.0.0.1 (default: a free one)")
    args = parser.parse_args()
    if find_bindir() is None:
        print("PostgreSQL's server is not installed (Debian/Ubuntu: apt-get install postgresql).",
              file=sys.stderr)
        return 1

    def stop(_signum: int, _frame: FrameType | None) -> None:
        # A second Ctrl+C (or the terminal's signal to the whole group) must not cut the
        # removal short and leave a server running: ignore them from here on.
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    with throwaway_cluster(port=args.port) as cluster:
        database = cluster.new_database("nap")
        dsn = database.tcp_dsn
        print(f"Team server running (throwaway PostgreSQL in {cluster.root}).")
        print(f"DSN: {dsn}")
        print(f'First desktop (its admin):  nap team init --server "{dsn}"')
        print(f'Second desktop:             nap team join --server "{dsn}" --vault FOLDER '
              "--user NAME")
        print("Press Ctrl+C to stop the server and delete everything it holds.", flush=True)
        try:
            signal.pause()
        except KeyboardInterrupt:
            print("Stopping the team server and removing its folder.", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
