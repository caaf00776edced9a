"""GUI benchmark at 100k referrals, calibrated: every figure beside a baseline measured in
the same run (``bench/calib.py``), with p50 / p95 / max and the load average.

    PYTHONPATH=. QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_gui.py [--runs 5]
        [--busy-core] [--json FILE] [--referrals 1000000]

The vault is generated once into ``NAP_BENCH_VAULT`` (default /tmp/nap-bench-gui-vault;
reused when complete) and copied once into a plain SQLite file beside it (the baseline
queries). Each run is a fresh child process with settings of its own, so start-up and peak
RSS are honest. ``--busy-core`` keeps one core busy (``python -c "while True: pass"``)
for the whole bench, the issue's everyday condition. What is timed, and against what:

- start-up: from spawning the child to the main window shown with the caseload's first
  rows painted, minus the Argon2id derivation alone (timed by wrapping it); baseline:
  Python starting PySide6 to an empty window, spawned just before each run;
- filter change / keystroke: from the combo change or the key event (through the filter
  bar, its coalescing timer and the background query) to the table's first paint showing
  the new rows; baseline: the same filter's first page on the plain SQLite copy through
  the same query code, plus a bare ``QTableView`` painting the same texts. Keys are typed
  at 8 per second; the previous query's count may still be running, as in life;
- scrolling: one screen per frame for 300 frames, and the scroll bar dragged to the end
  in 60 jumps; a frame is the setValue plus a synchronous repaint, the rest of its
  16.7 ms runs the event loop (where rows read in the background arrive and are
  painted). Baseline: the bare table scrolling the same way over the same texts. Frames
  over 16.7 ms are counted;
- jump → real rows painted (20 jumps, each waited for); baseline: the same 50 rows read
  from the plain copy plus a bare paint;
- peak RSS of the child (ru_maxrss); baseline: the empty-window process.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import calib

if "--referrals" in sys.argv[:-1]:  # read before the vault's path; the children inherit it
    os.environ["NAP_BENCH_REFERRALS"] = sys.argv[sys.argv.index("--referrals") + 1]
_SIZE = os.environ.get("NAP_BENCH_REFERRALS", "100000")
VAULT = Path(os.environ.get(
    "NAP_BENCH_VAULT",
    "/tmp/nap-bench-gui-vault" + ("" if _SIZE == "100000" else f"-{_SIZE}")))
PLAIN = VAULT.parent / (VAULT.name + "-plain.db")
REFERRALS = int(os.environ.get("NAP_BENCH_REFERRALS", "100000"))
PASSPHRASE = "bench vault passphrase, not secret"
COMPLETE = VAULT / "bench-complete"  # written last: a half-generated vault is redone
TYPING_INTERVAL_S = 0.125
FRAME_MS = calib.FRAME_MS
SEARCHES = ("María García", "NAP-26-0001", "interpreter")
QUICK = ("awaiting", "overdue", "all", "consent_expiring", "all", "mine", "all")
PAGE = 50  # the caseload model's page


def ensure_vault() -> None:
    """The demo vault (generated once) and its plain SQLite copy (made once)."""
    import shutil

    from nap_desktop.domain.enums import AgencyKind
    from nap_desktop.services.demo import DemoGenerator
    from nap_desktop.services.workspace import Workspace
    from nap_desktop.store.vault import Vault

    if not COMPLETE.exists():
        shutil.rmtree(VAULT, ignore_errors=True)
        started = time.perf_counter()
        ws, _key = Workspace.create(
            VAULT,
            agency_name="Bench Agency (demo)",
            agency_kind=AgencyKind.VICTIM_SERVICE_PROVIDER,
            admin_name="admin",
            admin_display_name="Bench Admin",
            passphrase=PASSPHRASE,
            demo=True,
        )
        DemoGenerator(ws.ctx, seed=1).run(REFERRALS)
        ws.close()
        COMPLETE.write_text("ok\n")
        print(
            f"generated {REFERRALS} referrals in {time.perf_counter() - started:.0f} s",
            file=sys.stderr,
        )
    if not PLAIN.with_name(PLAIN.name + ".complete").exists():
        with Vault.open(VAULT) as vault:
            ws = Workspace.unlock(vault, "admin", PASSPHRASE)
            raw = ws.ctx.source.engine.raw_connection()
            try:
                calib.plain_copy(raw.driver_connection, PLAIN)
            finally:
                raw.close()
                ws.close()


class Clock:
    """Waits for a condition in a real Qt event loop, checking it every millisecond.

    (A loop of ``processEvents`` calls would hold the GIL almost all the time and starve
    the caseload's query threads, which the real app, idle in ``exec``, does not.)"""

    def __init__(self, app: Any) -> None:
        self.app = app

    def _spin(self, msecs: int) -> None:
        from PySide6.QtCore import QEventLoop, Qt, QTimer

        loop = QEventLoop()
        timer = QTimer()
        timer.setSingleShot(True)
        timer.setTimerType(Qt.TimerType.PreciseTimer)
        timer.timeout.connect(loop.quit)
        timer.start(msecs)
        loop.exec()

    def until(self, done: Any, timeout_s: float = 60.0, what: str = "") -> None:
        deadline = time.perf_counter() + timeout_s
        while not done():
            if time.perf_counter() > deadline:
                raise TimeoutError(f"the caseload did not answer {what}")
            self._spin(1)

    def idle(self, seconds: float) -> None:
        end = time.perf_counter() + seconds
        while (left := end - time.perf_counter()) > 0:
            self._spin(max(1, int(left * 1000)))


def child() -> None:
    """Start the app's window on the bench vault and measure (runs in a fresh process)."""
    from nap_desktop import app as launcher_module

    # What ``nap-desktop`` does before Qt (when the app has that step).
    getattr(launcher_module, "preload_core", lambda: None)()
    from nap_desktop.gui.application import create_application, settle_memory
    from nap_desktop.gui.main_window import MainWindow
    from nap_desktop.gui.vault.autolock import AutoLock
    from nap_desktop.services.workspace import Workspace
    from nap_desktop.store import kdf
    from nap_desktop.store.vault import Vault

    kdf_s = 0.0
    real_derive = kdf.derive_key

    def timed_derive(*args: Any) -> bytes:
        nonlocal kdf_s
        started = time.perf_counter()
        try:
            return real_derive(*args)
        finally:
            kdf_s += time.perf_counter() - started

    kdf.derive_key = timed_derive  # type: ignore[assignment]
    probes = _timed_paints_and_arrivals()
    app = create_application([sys.argv[0]])
    sys.excepthook = sys.__excepthook__  # the app's hook would wait for a click on a dialog
    out: dict[str, Any] = {"load": {}}
    vault = Vault.open(VAULT)
    k0 = time.perf_counter()
    ws = Workspace.unlock(vault, "admin", PASSPHRASE)
    out["unlock_s"] = time.perf_counter() - k0
    window = MainWindow(workspace=ws, autolock=AutoLock())
    window.tabs.setCurrentIndex(1)
    window.show()
    table = window.caseload.table
    table.viewport().repaint()
    app.processEvents()
    out["shown_at"] = time.time()
    out["kdf_s"] = kdf_s
    clock = Clock(app)
    model = window.caseload_model
    clock.until(lambda: not model.busy)
    out["count_at"] = time.time()
    # The quick filters are read once in the background after the count (the model's
    # warm-up): a person's first pick comes after that (it takes well under a second,
    # printed as its own figure), so the first filter change below is picked then.
    clock.until(lambda: not model.warming, what="to the warm-up")
    out["warmed_at"] = time.time()
    settle_memory()  # as the launcher does, half a second after the window is shown
    out["rows"] = model.rowCount()
    bench = Bench(app, window, clock, probes, out)
    bench.filters()
    bench.keystrokes()
    bench.sorts()
    bench.scrolling()
    out["cached_rows"] = model.cached_rows()
    out["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    window.close()
    app.processEvents()
    print(json.dumps(out))


class Bench:
    """The timed steps of one child, each with its baseline taken right after it."""

    def __init__(
        self, app: Any, window: Any, clock: Clock, probes: Any, out: dict[str, Any]
    ) -> None:
        from nap_desktop.services.base import Actor, ServiceContext
        from nap_desktop.services.caseload_queries import CaseloadQueries

        self.app, self.window, self.clock, self.out = app, window, clock, out
        self.paints, self.paint_ends, self.paint_full, self.arrivals = probes
        self.table = window.caseload.table
        self.model = window.caseload_model
        self.watch = _paint_watch(self.table, self.model)
        engine = calib.plain_engine(PLAIN)
        ctx = ServiceContext(
            source=calib.PlainSource(engine), actor=Actor(user=window.workspace.user)
        )
        self.plain = CaseloadQueries(ctx)
        header = self.table.horizontalHeader()
        self.bare = calib.BareTable(
            calib.visible_texts(self.table),
            rows=max(self.model.rowCount(), 1),
            size=(self.table.width(), self.table.height()),
            widths=[header.sectionSize(c) for c in range(header.count())],
            row_height=self.table.verticalHeader().defaultSectionSize(),
        )
        self.bare.view.setAlternatingRowColors(True)
        self.bare.view.setShowGrid(False)

    def _phase(self, name: str, start: bool) -> None:
        self.out["load"].setdefault(name, [calib.load1(), calib.load1()])[0 if start else 1] = (
            calib.load1()
        )

    def baseline_first(self) -> float:
        """The current filter's first page on the plain copy plus a bare paint (ms)."""
        flt = self.model.filter
        started = time.perf_counter()
        self.plain.first(flt, limit=PAGE)
        return (time.perf_counter() - started) * 1000 + self.bare.paint()

    def update(self, action: Any) -> tuple[float, float]:
        """(ms to the new first rows painted, ms to the full count)."""
        model, watch = self.model, self.watch
        generation = model.generation
        started = time.perf_counter()
        action()
        self.clock.until(lambda: watch.shown > generation, what="to a filter change")
        shown = (watch.at - started) * 1000
        self.clock.until(lambda: not model.busy)
        return shown, (time.perf_counter() - started) * 1000

    def filters(self) -> None:
        filters = self.window.caseload.filters
        # The first time each filter runs after unlocking, the pages it reads are
        # decrypted into the page cache ("cold"); the second time they are there.
        for name in ("cold", "warm"):
            self._phase(f"filter_{name}", True)
            shown, settled, base = [], [], []
            for key in QUICK:
                a, b = self.update(lambda k=key: filters.set_quick(k))
                shown.append(a)
                settled.append(b)
                base.append(self.baseline_first())
            self.out[f"filter_{name}_ms"] = shown
            self.out[f"filter_{name}_settled_ms"] = settled
            self.out[f"filter_{name}_base_ms"] = base
            self._phase(f"filter_{name}", False)

    def keystrokes(self) -> None:
        filters, model, watch, clock = (
            self.window.caseload.filters,
            self.model,
            self.watch,
            self.clock,
        )
        keys: list[float] = []
        base: list[float] = []
        self._phase("keystroke", True)
        for text in SEARCHES:
            filters.search_edit.setFocus()
            for char in text:
                started = time.perf_counter()
                generation = model.generation
                _type(self.app, filters.search_edit, char)
                wanted = filters.search_edit.text() + char  # typed at the end
                clock.until(
                    lambda g=generation, w=wanted: (
                        watch.shown > g
                        and model.filter.search == w
                        and watch.shown == model.generation
                    ),
                    what=f"to a keystroke ({len(wanted)} characters)",
                )
                keys.append((watch.at - started) * 1000)
                base.append(self.baseline_first())
                clock.idle(max(0.0, TYPING_INTERVAL_S - (time.perf_counter() - started)))
            clock.until(lambda: not model.busy)
            self.update(filters.search_edit.clear)
        self.out["keystroke_ms"] = keys
        self.out["keystroke_base_ms"] = base
        self._phase("keystroke", False)

    def sorts(self) -> None:
        from PySide6.QtCore import Qt

        table = self.table
        sorts = {}
        for column, name in ((1, "client"), (2, "partner"), (0, "case_number")):
            shown, full = self.update(
                lambda c=column: table.sortByColumn(c, Qt.SortOrder.AscendingOrder)
            )
            sorts[name] = (shown, full, self.baseline_first())
        self.update(lambda: table.sortByColumn(6, Qt.SortOrder.DescendingOrder))
        self.out["sorts_ms"] = sorts

    def scrolling(self) -> None:
        self._jumps()
        self._jump_latency()
        self._steps()

    def _jumps(self) -> None:
        bar, paints, clock = self.table.verticalScrollBar(), self.paints, self.clock
        self._phase("jump", True)
        paints.clear()
        self.arrivals.clear()
        jumps, blank = [], 0
        stride = max(1, bar.maximum() // 60)
        for value in [*range(0, bar.maximum() + 1, stride), bar.maximum()]:
            started = time.perf_counter()
            jumps.append(_frame(self.table, lambda v=value: bar.setValue(v), paints))
            blank += not self.paint_full[-1]
            clock.idle(max(0.0, FRAME_MS / 1000 - (time.perf_counter() - started)))
        self.out["jump_ms"] = jumps
        self.out["jump_blank"] = blank
        self.out["jump_landing_paint_ms"] = list(paints)
        self.out["jump_landing_ms"] = list(self.arrivals)
        self.out["jump_base_ms"] = [self.bare.frame(stride) for _ in jumps]
        self._phase("jump", False)

    def _jump_latency(self) -> None:
        bar, clock = self.table.verticalScrollBar(), self.clock
        keys = self.plain.keys(self.model.filter)
        self._phase("jump_to_rows", True)
        latency, base = [], []
        for value in range(bar.maximum() // 40, bar.maximum(), max(1, bar.maximum() // 20)):
            started = time.perf_counter()
            _frame(self.table, lambda v=value: bar.setValue(v), [])
            clock.until(lambda: self.paint_full[-1], what="to a jump")
            latency.append((self.paint_ends[-1] - started) * 1000)
            first = self.table.rowAt(0)
            b0 = time.perf_counter()
            self.plain.rows(keys[first : first + PAGE])
            base.append((time.perf_counter() - b0) * 1000 + self.bare.paint())
            clock.idle(0.05)
        self.out["jump_to_rows_ms"] = latency
        self.out["jump_to_rows_base_ms"] = base
        self._phase("jump_to_rows", False)

    def _steps(self) -> None:
        bar, paints, clock = self.table.verticalScrollBar(), self.paints, self.clock
        bar.setValue(0)
        clock.idle(0.5)
        self._phase("step", True)
        paints.clear()
        self.arrivals.clear()
        steps, blank = [], 0
        for _ in range(300):
            started = time.perf_counter()
            steps.append(
                _frame(self.table, lambda: bar.setValue(bar.value() + bar.pageStep()), paints)
            )
            blank += not self.paint_full[-1]
            clock.idle(max(0.0, FRAME_MS / 1000 - (time.perf_counter() - started)))
        self.out["step_ms"] = steps
        self.out["step_blank"] = blank
        self.out["step_landing_paint_ms"] = list(paints)
        self.out["step_landing_ms"] = list(self.arrivals)
        base = []
        for _ in range(300):
            started = time.perf_counter()
            base.append(self.bare.frame(bar.pageStep()))
            clock.idle(max(0.0, FRAME_MS / 1000 - (time.perf_counter() - started)))
        self.out["step_base_ms"] = base
        self._phase("step", False)


def _paint_watch(table: Any, model: Any) -> Any:
    """Records when the table's viewport finished its first paint showing each query's
    rows (the zero timer fires right after the paint that queued it)."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class Watch(QObject):
        shown = 0  # the generation of the rows last painted
        at = 0.0

        def eventFilter(self, _obj: Any, event: Any) -> bool:  # noqa: N802 - Qt's name
            if event.type() == QEvent.Type.Paint:
                generation = model._shown
                QTimer.singleShot(0, lambda: self._painted(generation))
            return False

        def _painted(self, generation: int) -> None:
            if generation > self.shown:
                self.shown, self.at = generation, time.perf_counter()

    watch = Watch()
    table.viewport().installEventFilter(watch)
    return watch


def _type(app: Any, edit: Any, char: str) -> None:
    """A key press and release with this text, posted like a real keystroke (QTest's key
    helpers only know ASCII)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent

    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        app.postEvent(
            edit, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
        )


def _timed_paints_and_arrivals() -> tuple[list[float], list[float], list[bool], list[float]]:
    """Time every paint of the caseload table (ms), when each ended and whether it showed
    every row on screen read, and every call of the model's handler for rows arriving
    from the background (ms; the code before it had none). Patched on the classes before
    the window exists."""
    from nap_desktop.gui.caseload.model import CaseloadModel
    from nap_desktop.gui.caseload.view import CaseloadTable

    paints: list[float] = []
    ends: list[float] = [0.0]
    full: list[bool] = [True]
    arrivals: list[float] = []
    real_paint = CaseloadTable.paintEvent

    def paint(self: Any, event: Any) -> None:
        started = time.perf_counter()
        real_paint(self, event)
        ends.append(time.perf_counter())
        paints.append((ends[-1] - started) * 1000)
        full.append(_visible_held(self, self.model()))  # after the timing: not its cost

    CaseloadTable.paintEvent = paint  # type: ignore[method-assign]
    real_land = getattr(CaseloadModel, "_land", None)
    if real_land is not None:

        def land(self: Any, *args: Any) -> None:
            started = time.perf_counter()
            real_land(self, *args)
            arrivals.append((time.perf_counter() - started) * 1000)

        CaseloadModel._land = land  # type: ignore[attr-defined]
    return paints, ends, full, arrivals


def _frame(table: Any, action: Any, paints: list[float]) -> float:
    """One frame of scrolling: the action and a synchronous repaint (its paint is the
    frame's own, not one of arriving rows)."""
    started = time.perf_counter()
    before = len(paints)
    action()
    table.viewport().repaint()
    del paints[before:]
    return (time.perf_counter() - started) * 1000


def _visible_rows(table: Any) -> range:
    first = table.rowAt(0)
    last = table.rowAt(table.viewport().height() - 1)
    if last < 0:
        last = table.model().rowCount() - 1
    return range(max(first, 0), last + 1)


def _visible_held(table: Any, model: Any) -> bool:
    """Every row on screen is read (always, with a model that reads while painting)."""
    held = getattr(model, "row_held", None)
    return held is None or all(held(r) for r in _visible_rows(table))


def _flat(runs: list[dict[str, Any]], key: str) -> list[float]:
    return [x for r in runs for x in r[key]]


def _load(runs: list[dict[str, Any]], phase: str, figure: calib.Figure) -> calib.Figure:
    """A figure's load average: at its phase's start in the first run, end in the last."""
    figure.load_start = runs[0]["load"][phase][0]
    figure.load_end = runs[-1]["load"][phase][1]
    return figure


def _over(values: list[float]) -> str:
    slow = sum(1 for x in values if x > FRAME_MS)
    return f"{slow} of {len(values)} over 16.7 ms ({100 * slow / max(1, len(values)):.1f} %)"


def figures(runs: list[dict[str, Any]], parent: dict[str, Any]) -> list[calib.Figure]:
    """The table: each figure with its baseline from the same runs."""
    start = calib.Figure(
        "Start → usable main window (KDF excluded)",
        unit="s",
        target="≤ 1.5 s",
        ours=[r["shown_at"] - r["spawned_at"] - r["kdf_s"] for r in runs],
        baseline=parent["qt_start_s"],
        baseline_name="Python + PySide6 to an empty window",
        load_start=parent["load_start"],
        load_end=parent["load_end"],
        note=f"KDF {statistics.median(r['kdf_s'] for r in runs):.2f} s apart",
    )
    count = calib.Figure(
        "… and the full count shown",
        unit="s",
        ours=[r["count_at"] - r["spawned_at"] - r["kdf_s"] for r in runs],
        baseline=parent["qt_start_s"],
        baseline_name="as above",
        load_start=parent["load_start"],
        load_end=parent["load_end"],
    )
    warm = calib.Figure(
        "… and the quick filters read once (warm-up), after the count",
        unit="s",
        ours=[r["warmed_at"] - r["count_at"] for r in runs],
        load_start=parent["load_start"],
        load_end=parent["load_end"],
        note="the first filter change below is picked after it, as a person would",
    )
    base_first = "the same first page on plain SQLite + a bare QTableView paint"
    out = [start, count, warm]
    for name, label in (("cold", "first use"), ("warm", "again")):
        out.append(
            _load(
                runs,
                f"filter_{name}",
                calib.Figure(
                    f"Filter change → rows painted, {label}",
                    target="p95 ≤ 50 ms",
                    ours=_flat(runs, f"filter_{name}_ms"),
                    baseline=_flat(runs, f"filter_{name}_base_ms"),
                    baseline_name=base_first,
                ),
            )
        )
    out.append(
        _load(
            runs,
            "filter_warm",
            calib.Figure(
                "Filter change → full count shown, again",
                ours=_flat(runs, "filter_warm_settled_ms"),
            ),
        )
    )
    out.append(
        _load(
            runs,
            "keystroke",
            calib.Figure(
                "Search keystroke → rows painted",
                target="p95 ≤ 50 ms",
                ours=_flat(runs, "keystroke_ms"),
                baseline=_flat(runs, "keystroke_base_ms"),
                baseline_name=base_first,
            ),
        )
    )
    for name in ("client", "partner", "case_number"):
        out.append(
            calib.Figure(
                f"Sort by {name.replace('_', ' ')}: first rows painted",
                ours=[r["sorts_ms"][name][0] for r in runs],
                baseline=[r["sorts_ms"][name][2] for r in runs],
                baseline_name=base_first,
                note="full count "
                + "/".join(f"{r['sorts_ms'][name][1]:.0f}" for r in runs)
                + " ms",
            )
        )
    steps = _flat(runs, "step_ms")
    out.append(
        _load(
            runs,
            "step",
            calib.Figure(
                "Scrolling one screen per frame (300 frames): frame",
                ours=steps,
                baseline=_flat(runs, "step_base_ms"),
                target="≤ 1 % of frames over 16.7 ms",
                baseline_name="a bare QTableView scrolling the same texts",
                note=f"ours {_over(steps)}, bare {_over(_flat(runs, 'step_base_ms'))}; "
                f"{sum(r['step_blank'] for r in runs)} frames showing rows still being read",
            ),
        )
    )
    landing = _flat(runs, "step_landing_paint_ms")
    if landing:
        out.append(
            _load(
                runs,
                "step",
                calib.Figure("… repaints as rows arrive", ours=landing, note=_over(landing)),
            )
        )
    jumps = _flat(runs, "jump_ms")
    out.append(
        _load(
            runs,
            "jump",
            calib.Figure(
                "Scroll bar dragged to the end in 60 jumps: frame",
                ours=jumps,
                baseline=_flat(runs, "jump_base_ms"),
                baseline_name="the bare QTableView, same jumps",
                note=f"ours {_over(jumps)}; {sum(r['jump_blank'] for r in runs)} frames "
                "showing rows still being read",
            ),
        )
    )
    landing = _flat(runs, "jump_landing_paint_ms")
    if landing:
        out.append(
            _load(
                runs,
                "jump",
                calib.Figure("… repaints as rows arrive", ours=landing, note=_over(landing)),
            )
        )
    out.append(
        _load(
            runs,
            "jump_to_rows",
            calib.Figure(
                "Jump → its real rows painted",
                ours=_flat(runs, "jump_to_rows_ms"),
                baseline=_flat(runs, "jump_to_rows_base_ms"),
                baseline_name="the same 50 rows from plain SQLite + a bare paint",
            ),
        )
    )
    out.append(
        calib.Figure(
            "Peak RSS",
            unit="MB",
            target="≤ 400 MB (1M)" if REFERRALS >= 1_000_000 else "≤ 300 MB",
            ours=[r["peak_rss_mb"] for r in runs],
            baseline=parent["qt_rss_mb"],
            baseline_name="the empty-window process",
            load_start=parent["load_start"],
            load_end=parent["load_end"],
            note=f"model holds {runs[0]['cached_rows']:,} rows",
        )
    )
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--busy-core",
        action="store_true",
        help="keep one core busy beside the bench (python -c 'while True: pass')",
    )
    parser.add_argument("--json", help="also write every run's raw figures here")
    parser.add_argument("--referrals", type=int, default=100_000,
                        help="the demo vault's size (its own vault, e.g. 1000000)")
    args = parser.parse_args()
    ensure_vault()
    calib.compile_package(Path(__file__).resolve().parent.parent / "nap_desktop")
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parent.parent))
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    print(calib.load_line(), "(before)")
    runs = []
    parent: dict[str, Any] = {"qt_start_s": [], "qt_rss_mb": [], "load_start": calib.load1()}
    with calib.busy_core(args.busy_core):
        for _ in range(args.runs):
            # The baseline, spawned right before the run it calibrates.
            seconds, rss = calib.python_qt_start_rss(env=env)
            parent["qt_start_s"].append(seconds)
            parent["qt_rss_mb"].append(rss)
            # Settings of its own, as a new user's: a sort or column widths saved by the
            # run before would change what is measured.
            env["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="nap-bench-gui-config-")
            spawned = time.time()
            proc = subprocess.run(
                [sys.executable, __file__, "--child"],
                env=env,
                check=True,
                capture_output=True,
                text=True,
            )
            run = json.loads(proc.stdout.strip().splitlines()[-1])
            run["spawned_at"] = spawned
            runs.append(run)
    parent["load_end"] = calib.load1()
    print(calib.load_line(), f"(after {args.runs} runs)")
    if args.json:
        Path(args.json).write_text(json.dumps({"runs": runs, "parent": parent}))
    condition = (
        "one core busy (python -c 'while True: pass')" if args.busy_core else "no added load"
    )
    print(f"\n{runs[0]['rows']:,} referrals, {args.runs} runs, {condition}")
    calib.print_table(figures(runs, parent))


if __name__ == "__main__":
    if "--child" in sys.argv:
        child()
    else:
        main()
