"""Baselines measured in the same process and moment as the figures they calibrate.

On a shared machine an absolute time says as much about the neighbours as about the code:
the same bench moved 1.6x between two runs an hour apart (issue #16). Each bench therefore
measures, beside its own figure, what the same work costs without our code, and reports
the ratio with the load average at both ends:

- ``python_qt_start``: a fresh Python starting PySide6 and showing an empty window (a
  subprocess, timed from its spawn, as the app's start-up is);
- ``BareTable``: a bare ``QTableView`` over an in-memory model holding the same texts as
  the screen being measured, at the same size: a paint, a frame of scrolling;
- ``plain_copy`` / ``plain_engine``: the vault's rows copied once into a plain SQLite file
  (no SQLCipher), so the same statement runs on both;
- ``busy_core``: one core kept busy by ``python -c "while True: pass"`` beside the bench
  (the "one busy core" condition of issue #16, reproducible);
- ``Figure`` and ``print_table``: ours p50 / p95 / max, baseline p50 / p95, ratios,
  runs, and the load average when the figure's measuring started and ended.

Nothing here imports Qt or the app at module level: the SQL benches use it without Qt.
"""

from __future__ import annotations

import math
import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

FRAME_MS = 1000 / 60


# --- figures and the table ----------------------------------------------------------------


def load1() -> float:
    """The one-minute load average (what the tables print)."""
    return os.getloadavg()[0]


def percentile(values: Sequence[float], q: float) -> float:
    """The ``q``-th percentile (0-100), nearest rank: with 20 runs p95 is the 19th
    value, never an interpolation between two real runs."""
    if not values:
        return math.nan
    ordered = sorted(values)
    rank = max(1, math.ceil(q / 100 * len(ordered)))
    return ordered[rank - 1]


@dataclass
class Figure:
    """One measured figure: our values, the baseline's (same unit), and the load average
    when its measuring started and ended (``start`` / ``stop``, or ``measuring()``)."""

    name: str
    unit: str = "ms"
    ours: list[float] = field(default_factory=list)
    baseline: list[float] = field(default_factory=list)
    baseline_name: str = ""
    target: str = ""
    load_start: float | None = None
    load_end: float | None = None
    note: str = ""

    def start(self) -> None:
        if self.load_start is None:
            self.load_start = load1()

    def stop(self) -> None:
        self.load_end = load1()

    @contextmanager
    def measuring(self) -> Iterator[Figure]:
        self.start()
        try:
            yield self
        finally:
            self.stop()

    def p(self, q: float, *, base: bool = False) -> float:
        return percentile(self.baseline if base else self.ours, q)

    def ratio(self, q: float) -> float:
        """Ours / baseline at the same percentile (nan without a baseline)."""
        base = self.p(q, base=True)
        return self.p(q) / base if base and not math.isnan(base) else math.nan

    def over(self, limit: float) -> tuple[int, int]:
        """(how many of ours exceed ``limit``, how many there are): frames over 16.7 ms."""
        return sum(1 for x in self.ours if x > limit), len(self.ours)

    def row(self) -> list[str]:
        def f(x: float) -> str:
            if math.isnan(x):
                return ""
            if abs(x) < 1:
                return f"{x:.3f}"
            return f"{x:.2f}" if abs(x) < 10 else f"{x:.1f}" if abs(x) < 100 else f"{x:.0f}"

        def r(x: float) -> str:
            return "" if math.isnan(x) else f"{x:.2f}x"

        load = ""
        if self.load_start is not None:
            end = self.load_end if self.load_end is not None else load1()
            load = f"{self.load_start:.1f} → {end:.1f}"
        unit = f" {self.unit}" if self.unit else ""
        return [
            self.name,
            f"{f(self.p(50))} / {f(self.p(95))} / {f(max(self.ours, default=math.nan))}{unit}",
            f"{f(self.p(50, base=True))} / {f(self.p(95, base=True))}{unit}"
            if self.baseline
            else "",
            f"{r(self.ratio(50))} / {r(self.ratio(95))}" if self.baseline else "",
            f"{len(self.ours)}" + (f" / {len(self.baseline)}" if self.baseline else ""),
            load,
            self.target,
            "; ".join(x for x in (self.baseline_name, self.note) if x),
        ]


HEADER = [
    "measure",
    "ours p50 / p95 / max",
    "baseline p50 / p95",
    "ratio p50 / p95",
    "runs (ours / base)",
    "load 1-min (start → end)",
    "target",
    "baseline; note",
]


def table(figures: Sequence[Figure]) -> str:
    """The figures as a Markdown table."""
    lines = ["| " + " | ".join(HEADER) + " |", "|" + "---|" * len(HEADER)]
    lines += ["| " + " | ".join(fig.row()) + " |" for fig in figures]
    return "\n".join(lines)


def print_table(figures: Sequence[Figure], *, title: str = "") -> None:
    if title:
        print(f"\n{title}\n")
    print(table(figures))


def load_line() -> str:
    return "load average " + ", ".join(f"{x:.2f}" for x in os.getloadavg())


# --- one busy core ------------------------------------------------------------------------


@contextmanager
def busy_core(enabled: bool = True) -> Iterator[int | None]:
    """A ``python -c "while True: pass"`` beside the bench for as long as the block runs
    (the issue's "one core busy with something else"); stopped by its own pid."""
    if not enabled:
        yield None
        return
    proc = subprocess.Popen([sys.executable, "-c", "while True: pass"])
    try:
        time.sleep(0.2)  # let it take its core before anything is timed
        yield proc.pid
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


# --- Python + PySide6 start to an empty window --------------------------------------------

_EMPTY_WINDOW = """
import sys, time
from PySide6.QtWidgets import QApplication, QMainWindow, QLabel
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(QLabel("empty"))
window.resize(1360, 820)
window.show()
window.repaint()
app.processEvents()
import resource
print(time.time(), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
"""


def python_qt_start(runs: int, *, env: dict[str, str] | None = None) -> list[float]:
    """Seconds from spawning ``python`` to an empty PySide6 main window shown and painted,
    ``runs`` fresh processes (the floor under the app's own start-up)."""
    return [python_qt_start_rss(env=env)[0] for _ in range(runs)]


def python_qt_start_rss(*, env: dict[str, str] | None = None) -> tuple[float, float]:
    """One empty-window process: (seconds from spawn to the window painted, its peak RSS
    in MB, the floor under the app's own memory)."""
    env = dict(env or os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    spawned = time.time()
    out = subprocess.run(
        [sys.executable, "-c", _EMPTY_WINDOW],
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    shown_at, rss_mb = out.strip().splitlines()[-1].split()
    return float(shown_at) - spawned, float(rss_mb)


def compile_package(package: Path) -> None:
    """Byte-compile the package under test, as an installed wheel is: with
    ``PYTHONDONTWRITEBYTECODE`` set (as on the shared machines) a source tree is compiled
    again at every start, which no user's installation does (0.3-1 s at load)."""
    import compileall

    compileall.compile_dir(str(package), quiet=1)


def python_start(runs: int) -> list[float]:
    """Seconds for ``python -c pass`` (the floor under any command's start)."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", "pass"], check=True)
        times.append(time.perf_counter() - started)
    return times


# --- a bare QTableView painting the same texts --------------------------------------------


class BareTable:
    """A plain ``QTableView`` over an in-memory model of ``texts`` (rows of cell texts,
    repeated to ``rows`` rows), with the column widths and size given: what painting those
    texts costs Qt alone. Needs a QApplication."""

    def __init__(
        self,
        texts: Sequence[Sequence[str]],
        *,
        rows: int,
        size: tuple[int, int],
        widths: Sequence[int] = (),
        row_height: int = 0,
    ) -> None:
        from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
        from PySide6.QtWidgets import QTableView

        grid = [list(r) for r in texts] or [[""]]
        columns = max(len(r) for r in grid)
        display = Qt.ItemDataRole.DisplayRole

        class Model(QAbstractTableModel):
            def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: N802, B008
                return 0 if parent.isValid() else rows

            def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: N802, B008
                return 0 if parent.isValid() else columns

            def data(self, index: QModelIndex | QPersistentModelIndex, role: int = display) -> Any:
                if role != display:
                    return None
                row = grid[index.row() % len(grid)]
                return row[index.column()] if index.column() < len(row) else ""

        self.model = Model()
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.resize(*size)
        if row_height:
            self.view.verticalHeader().setDefaultSectionSize(row_height)
        for column, width in enumerate(widths):
            self.view.setColumnWidth(column, width)
        self.view.show()
        from PySide6.QtWidgets import QApplication

        QApplication.processEvents()  # exposed: a hidden viewport paints nothing
        self.view.viewport().repaint()

    def paint(self) -> float:
        """One synchronous repaint of what is on screen (ms)."""
        started = time.perf_counter()
        self.view.viewport().repaint()
        return (time.perf_counter() - started) * 1000

    def frame(self, rows: int) -> float:
        """One frame of scrolling ``rows`` rows down (wrapping at the end): the scroll and
        a synchronous repaint (ms), as the caseload bench times its frames."""
        bar = self.view.verticalScrollBar()
        started = time.perf_counter()
        value = bar.value() + rows
        bar.setValue(value if value <= bar.maximum() else 0)
        self.view.viewport().repaint()
        return (time.perf_counter() - started) * 1000

    def close(self) -> None:
        self.view.close()
        self.view.deleteLater()


def visible_texts(view: Any, *, role: int | None = None) -> list[list[str]]:
    """The display texts of the rows a view shows now (to give ``BareTable`` the same
    texts)."""
    from PySide6.QtCore import Qt

    model = view.model()
    role = Qt.ItemDataRole.DisplayRole if role is None else role
    first = max(view.rowAt(0), 0)
    last = view.rowAt(view.viewport().height() - 1)
    last = model.rowCount() - 1 if last < 0 else last
    return [
        [str(model.data(model.index(r, c), role) or "") for c in range(model.columnCount())]
        for r in range(first, last + 1)
    ]


# --- the same query on plain SQLite -------------------------------------------------------


def plain_copy(raw_conn: Any, dest: Path, *, tables: Sequence[str] | None = None) -> Path:
    """Copy the open vault's rows (a keyed sqlcipher3 connection) into a plain SQLite file
    ``dest``, once: a complete copy is reused (``dest`` + ``.complete`` marks it).
    ``tables=None`` copies everything with ``sqlcipher_export`` (schema, indexes, FTS,
    statistics); a list copies those tables with their rowids and indexes only (for a
    million-row vault where only the query's tables matter). The copy holds the vault's
    data in plaintext: put it under a bench directory in /tmp, never beside a real vault."""
    done = dest.with_name(dest.name + ".complete")
    if done.exists() and dest.exists():
        return dest
    dest.parent.mkdir(parents=True, exist_ok=True)
    dest.unlink(missing_ok=True)
    raw_conn.execute(f"ATTACH DATABASE '{dest}' AS plain KEY ''")
    try:
        if tables is None:
            raw_conn.execute("SELECT sqlcipher_export('plain')").fetchall()
        else:
            _copy_tables(raw_conn, tables)
            raw_conn.execute("ANALYZE plain")
    finally:
        raw_conn.execute("DETACH DATABASE plain")
    done.write_text("ok\n")
    return dest


def _copy_tables(conn: Any, tables: Sequence[str]) -> None:
    # The tables' foreign keys name tables that may not be copied (yet, or at all).
    (keys_on,) = conn.execute("PRAGMA foreign_keys").fetchone()
    conn.execute("PRAGMA foreign_keys = OFF")
    try:
        for name in tables:
            _copy_table(conn, name)
    finally:
        conn.execute(f"PRAGMA foreign_keys = {int(keys_on)}")


def _copy_table(conn: Any, name: str) -> None:
    (sql,) = conn.execute(
        "SELECT sql FROM main.sqlite_master WHERE type = 'table' AND name = ?", (name,)
    ).fetchone()
    conn.execute(sql.replace("CREATE TABLE ", "CREATE TABLE plain.", 1))
    cols = ", ".join(f'"{c[1]}"' for c in conn.execute(f'PRAGMA main.table_info("{name}")'))
    rowid = "" if "WITHOUT ROWID" in sql.upper() else "rowid, "
    conn.execute("BEGIN")
    conn.execute(
        f'INSERT INTO plain."{name}" ({rowid}{cols}) SELECT {rowid}{cols} FROM main."{name}"'
    )
    conn.execute("COMMIT")
    for (index_sql,) in conn.execute(
        "SELECT sql FROM main.sqlite_master WHERE type = 'index' AND tbl_name = ? "
        "AND sql IS NOT NULL",
        (name,),
    ).fetchall():
        conn.execute(
            index_sql.replace("CREATE INDEX ", "CREATE INDEX plain.", 1).replace(
                "CREATE UNIQUE INDEX ", "CREATE UNIQUE INDEX plain.", 1
            )
        )


def plain_engine(path: Path, *, cache_kib: int | None = None) -> Any:
    """A SQLAlchemy engine on the plain copy (the standard library's sqlite3), with the
    vault's page cache size and in-memory temp storage, so only the encryption differs."""
    from sqlalchemy import create_engine, event

    engine = create_engine(f"sqlite:///{path}")
    if cache_kib is None:
        from nap_desktop.store.engine import CACHE_KIB

        cache_kib = CACHE_KIB

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.execute(f"PRAGMA cache_size = -{cache_kib}")
        dbapi_conn.execute("PRAGMA temp_store = MEMORY")

    return engine


class PlainSource:
    """An ``EngineSource`` for a ``ServiceContext`` on the plain copy: the app's own query
    code (e.g. ``CaseloadQueries``) then runs unchanged on plain SQLite."""

    def __init__(self, engine: Any) -> None:
        self.engine = engine


def timed(work: Callable[[], object], runs: int, *, warm: int = 1) -> list[float]:
    """``work()`` timed ``runs`` times (ms) after ``warm`` untimed calls."""
    for _ in range(warm):
        work()
    out = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        out.append((time.perf_counter() - started) * 1000)
    return out


def interleaved(
    ours: Callable[[], object],
    base: Callable[[], object],
    runs: int,
    figure: Figure,
    *,
    warm: int = 1,
) -> Figure:
    """Ours and the baseline timed in turn, run after run (so a burst of load on the
    machine hits both), into ``figure`` (ms)."""
    with figure.measuring():
        for _ in range(warm):
            ours()
            base()
        for _ in range(runs):
            figure.ours += timed(ours, 1, warm=0)
            figure.baseline += timed(base, 1, warm=0)
    return figure
