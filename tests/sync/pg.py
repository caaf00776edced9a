"""A throwaway PostgreSQL cluster in a temporary folder, for the tests, the benches and
``tools/team-server``. No mock: Debian's own ``postgresql`` binaries (``initdb``,
``pg_ctl``), as an agency's IT runs them.

``initdb`` refuses to run as root: as root every server command runs as the ``postgres``
system user (``runuser``), which owns the folder. The cluster listens on a unix socket in
that folder and on 127.0.0.1 at a free port, trusts local connections (a test cluster
only) and holds the roles of a real installation:

- ``nap_owner`` owns the database and the ``nap_sync`` schema (IT's role);
- ``nap_sync_client`` (NOLOGIN) may only SELECT and INSERT; ``nap_client`` (the
  desktops of one agency) and ``nap_other`` (another agency, same server) are members.

A template database holds the installed schema, so a fresh database per test is one fast
``CREATE DATABASE ... TEMPLATE``.
"""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psycopg

from nap_desktop.sync.server import APPLICATION_NAME, LogServer

TEMPLATE = "nap_template"
CLIENT = "nap_client"
OTHER = "nap_other"
OWNER = "nap_owner"


def find_bindir() -> Path | None:
    """The folder of PostgreSQL's server programs (>= 15), or None if not installed."""
    candidates: list[str] = []
    if os.environ.get("NAP_PG_BINDIR"):  # told where: only there
        folder = Path(os.environ["NAP_PG_BINDIR"])
        return folder if (folder / "initdb").is_file() and (folder / "pg_ctl").is_file() else None
    if shutil.which("pg_config"):
        out = subprocess.run(["pg_config", "--bindir"], capture_output=True, text=True,
                             check=False)
        candidates.append(out.stdout.strip())
    candidates += sorted(glob.glob("/usr/lib/postgresql/*/bin"),
                         key=lambda p: int(Path(p).parent.name) if Path(p).parent.name.isdigit()
                         else 0, reverse=True)
    for folder in candidates:
        if folder and (Path(folder) / "initdb").is_file() and (Path(folder) / "pg_ctl").is_file():
            return Path(folder)
    return None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class PgCluster:
    """One running throwaway cluster. ``create`` starts it; ``destroy`` stops and removes it."""

    def __init__(self, bindir: Path, root: Path, port: int | None = None) -> None:
        self.bindir = bindir
        self.root = root
        self.data = root / "data"
        self.socket_dir = root / "run"
        self.log = root / "server.log"
        self.port = port or _free_port()
        self._as_postgres = os.geteuid() == 0

    # --- life cycle ----------------------------------------------------------------

    @classmethod
    def create(
        cls, bindir: Path | None = None, *, settings: Sequence[str] = (), port: int | None = None
    ) -> PgCluster:
        """initdb, start, create the roles and the template database with the schema."""
        found = bindir or find_bindir()
        if found is None:
            raise RuntimeError("PostgreSQL server binaries (initdb, pg_ctl) not found")
        root = Path(tempfile.mkdtemp(prefix="nap-pg-"))
        cluster = cls(found, root, port)
        try:
            cluster._init(settings)
            cluster.start()
            cluster._roles_and_template()
        except BaseException:
            cluster.destroy()
            raise
        return cluster

    def _run(self, *args: str) -> None:
        command = [str(self.bindir / args[0]), *args[1:]]
        if self._as_postgres:
            command = ["runuser", "-u", "postgres", "--", *command]
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            log = self.log.read_text(errors="replace")[-2000:] if self.log.exists() else ""
            raise RuntimeError(f"{args[0]} failed: {done.stderr.strip()}\n{log}")

    def _init(self, settings: Sequence[str]) -> None:
        self.socket_dir.mkdir()
        if self._as_postgres:
            shutil.chown(self.root, "postgres", "postgres")
            shutil.chown(self.socket_dir, "postgres", "postgres")
        self._run("initdb", "-D", str(self.data), "-U", "postgres", "--auth=trust",
                  "-E", "UTF8", "--locale=C.UTF-8", "--no-instructions")
        conf = [
            f"port = {self.port}",
            "listen_addresses = '127.0.0.1'",
            f"unix_socket_directories = '{self.socket_dir}'",
            "max_connections = 60",
            "shared_buffers = 32MB",
            *settings,
        ]
        with (self.data / "postgresql.conf").open("a") as f:
            f.write("\n".join(conf) + "\n")

    def start(self) -> None:
        """Start the server (after ``stop``); waits until it accepts connections."""
        self._run("pg_ctl", "start", "-w", "-t", "60", "-D", str(self.data), "-l", str(self.log))

    def stop(self, mode: str = "fast") -> None:
        """Stop the server: ``fast`` (clean), ``immediate`` (like a crash) or ``smart``."""
        self._run("pg_ctl", "stop", "-w", "-t", "60", "-m", mode, "-D", str(self.data))

    def running(self) -> bool:
        """True while the postmaster runs."""
        pid_file = self.data / "postmaster.pid"
        if not pid_file.exists():
            return False
        try:
            os.kill(int(pid_file.read_text().split()[0]), 0)
        except (ValueError, IndexError, ProcessLookupError, PermissionError):
            return False
        return True

    def ensure_running(self) -> None:
        """Start it again if a test stopped it and did not restart it."""
        if not self.running():
            self.start()

    def destroy(self) -> None:
        """Stop the server (whatever state it is in) and remove the folder."""
        with contextlib.suppress(Exception):
            if self.running():
                self.stop("immediate")
        shutil.rmtree(self.root, ignore_errors=True)

    # --- connections -----------------------------------------------------------------

    def dsn(self, dbname: str, user: str = CLIENT, *, tcp: bool = False) -> str:
        """A libpq connection string (no password: the cluster trusts local connections)."""
        host = "127.0.0.1" if tcp else str(self.socket_dir)
        return f"host={host} port={self.port} dbname={dbname} user={user}"

    def superuser(self, dbname: str = "postgres") -> psycopg.Connection[Any]:
        """A superuser connection in autocommit mode (close it)."""
        return psycopg.connect(self.dsn(dbname, "postgres"), autocommit=True)

    def _roles_and_template(self) -> None:
        with self.superuser() as su:
            su.execute(f"CREATE ROLE {OWNER} LOGIN")
            su.execute("CREATE ROLE nap_sync_client NOLOGIN")
            su.execute(f"CREATE ROLE {CLIENT} LOGIN IN ROLE nap_sync_client")
            su.execute(f"CREATE ROLE {OTHER} LOGIN IN ROLE nap_sync_client")
            su.execute(f"CREATE DATABASE {TEMPLATE} OWNER {OWNER}")
        with LogServer.connect(self.dsn(TEMPLATE, OWNER)) as server:
            server.install_schema()

    def new_database(self, name: str | None = None) -> PgDatabase:
        """A fresh database with the schema installed (from the template)."""
        self.ensure_running()
        name = name or "nap_" + uuid.uuid4().hex[:12]
        with self.superuser() as su:
            su.execute(f"CREATE DATABASE {name} TEMPLATE {TEMPLATE} OWNER {OWNER}")
        return PgDatabase(self, name)


@dataclass
class PgDatabase:
    """One test's database on the shared cluster, and the levers of the fault and
    hostile-server tests."""

    cluster: PgCluster
    name: str

    @property
    def dsn(self) -> str:
        """The desktops' DSN (role ``nap_client``: SELECT and INSERT only)."""
        return self.cluster.dsn(self.name)

    @property
    def tcp_dsn(self) -> str:
        """The same over TCP on 127.0.0.1 (for a proxy that cuts connections)."""
        return self.cluster.dsn(self.name, tcp=True)

    @property
    def other_agency_dsn(self) -> str:
        """Another agency's role on the same server (``nap_other``)."""
        return self.cluster.dsn(self.name, OTHER)

    @property
    def owner_dsn(self) -> str:
        """IT's role, owner of the schema."""
        return self.cluster.dsn(self.name, OWNER)

    def connect(self, dsn: str | None = None) -> LogServer:
        """A ``LogServer`` on this database (as ``nap_client`` unless told)."""
        return LogServer.connect(dsn or self.dsn)

    def hostile(self, statement: str, params: Sequence[Any] | dict[str, Any] = ()) -> list[Any]:
        """Run SQL as a superuser with triggers off (``session_replication_role =
        replica``): what a hostile or careless server operator can do. Returns the rows."""
        with self.cluster.superuser(self.name) as su:
            su.execute("SET session_replication_role = replica")
            cur = su.execute(statement.encode(), params)
            return cur.fetchall() if cur.description else []

    def terminate_backends(self, application_name: str = APPLICATION_NAME) -> int:
        """``pg_terminate_backend`` every connection of the app to this database (a
        backend killed mid-push or mid-pull); returns how many."""
        with self.cluster.superuser() as su:
            rows = su.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = %s AND application_name = %s AND pid <> pg_backend_pid()",
                (self.name, application_name),
            ).fetchall()
        return sum(1 for (done,) in rows if done)

    def stop_server(self, mode: str = "fast") -> None:
        """Stop the whole cluster (every test database is unreachable until ``start_server``)."""
        self.cluster.stop(mode)

    def start_server(self) -> None:
        """Start the cluster again."""
        self.cluster.start()

    def drop(self) -> None:
        """Remove the database (closing whatever connections are left)."""
        if self.cluster.running():
            with self.cluster.superuser() as su:
                su.execute(f"DROP DATABASE IF EXISTS {self.name} WITH (FORCE)")


@contextlib.contextmanager
def throwaway_cluster(
    settings: Sequence[str] = (), port: int | None = None
) -> Iterator[PgCluster]:
    """A cluster for the length of a ``with`` block (benches, ``tools/team-server``)."""
    cluster = PgCluster.create(settings=settings, port=port)
    try:
        yield cluster
    finally:
        cluster.destroy()
