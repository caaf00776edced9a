"""The canonical dump of a replica's synced data: two devices that applied the same log
hold byte-identical dumps (the convergence tests compare them)."""

from __future__ import annotations

from sqlalchemy import Engine

from nap_desktop.sync import tables
from nap_desktop.sync.changeset import canonical
from nap_desktop.sync.rowops import to_json

#: Columns that may differ between devices holding the same data (none yet: every
#: column of a synced table is the team's; a device-local one is listed here).
DEVICE_LOCAL: dict[str, frozenset[str]] = {}


def canonical_dump(engine: Engine) -> bytes:
    """Every synced table's rows (local rows left out), sorted by primary key, one line
    of canonical JSON per row, prefixed by the table's name."""
    lines: list[bytes] = []
    with engine.connect() as conn:
        for name, shape in tables.shapes(conn).items():
            spec = tables.BY_NAME[name]
            skip = DEVICE_LOCAL.get(name, frozenset())
            cols = [c for c in shape.columns if c not in skip]
            where = f" WHERE NOT ({spec.local_where})" if spec.local_where else ""
            order = ", ".join(f'r."{c}"' for c in shape.pk)
            sql = (f"SELECT {', '.join(f'r.{chr(34)}{c}{chr(34)}' for c in cols)} "  # noqa: S608
                   f'FROM "{name}" r{where} ORDER BY {order}')
            for row in conn.exec_driver_sql(sql):
                lines.append(name.encode() + b" " + canonical(
                    dict(zip(cols, (to_json(v) for v in row), strict=True))))
    return b"\n".join(lines) + b"\n"
