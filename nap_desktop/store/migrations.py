"""Schema migrations: a vault is upgraded to the newest schema before use.

The Alembic scripts live in the top-level ``db/`` folder of the source tree and are
shipped in the wheel as the package ``nap_desktop._migrations``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, text

from nap_desktop.domain.errors import VaultTooNew

if TYPE_CHECKING:
    from alembic.config import Config

#: The newest revision in ``db/versions`` (``test_migrations`` keeps it equal to Alembic's
#: head). A vault already at it opens without importing Alembic, which was a good part of
#: what every ``nap`` command paid to start.
HEAD_REVISION = "0021"


def migrations_dir() -> Path:
    """Where env.py and versions/ are: inside the installed package, else the source tree."""
    package_dir = Path(__file__).resolve().parent.parent
    for candidate in (package_dir / "_migrations", package_dir.parent / "db"):
        if (candidate / "env.py").is_file():
            return candidate
    raise FileNotFoundError("NAP Desktop is installed without its database migrations")


def _config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    """The newest revision of the scripts (Alembic reads them all)."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def current_revision(connection: Connection) -> str | None:
    """The vault's revision (None: no schema yet)."""
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine, target: str = "head") -> bool:
    """Bring the vault to ``target`` in one transaction. Returns True if anything ran.

    A vault whose schema is newer than this program knows is refused with
    :class:`VaultTooNew` before anything is touched.
    """
    if target == "head" and _stored_revisions(engine) == [HEAD_REVISION]:
        return False  # up to date: the usual case, decided without Alembic
    from alembic import command
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(_config())
    with engine.connect() as conn:
        current = current_revision(conn)
    if current is not None:
        try:
            scripts.get_revision(current)
        except Exception as exc:  # alembic raises several types for an unknown id
            raise VaultTooNew() from exc
    wanted = scripts.get_current_head() if target == "head" else target
    if current == wanted:
        return False
    with engine.begin() as conn:
        command.upgrade(_config(conn), target)
    return True


def _stored_revisions(engine: Engine) -> list[str]:
    """What ``alembic_version`` holds, read as Alembic reads it ([] without the table)."""
    with engine.connect() as conn:
        if conn.scalar(text("SELECT 1 FROM sqlite_master WHERE type = 'table' "
                            "AND name = 'alembic_version'")) is None:
            return []
        return list(conn.scalars(text("SELECT version_num FROM alembic_version")))
