"""New GUI code runs background work through gui/tasks/: no other module under gui/
makes threads or thread pools (the caseload's query loader keeps its own, by design)."""

from __future__ import annotations

import ast
from pathlib import Path

import nap_desktop.gui

GUI = Path(nap_desktop.gui.__file__).parent
ALLOWED = {"tasks/worker.py", "caseload/loader.py"}
#: Names that start threads or hold them: a call to one, or a class deriving from one.
THREADING = {"QThread", "QThreadPool", "QRunnable", "Thread", "ThreadPoolExecutor",
             "ProcessPoolExecutor", "start_new_thread", "globalInstance"}


def _name(node: ast.expr) -> str:
    """``QThreadPool`` for ``QThreadPool``, ``threading.Thread`` -> ``Thread`` etc."""
    if isinstance(node, ast.Attribute):
        return node.attr
    if isinstance(node, ast.Name):
        return node.id
    return ""


def thread_makers(source: str) -> list[str]:
    """Where ``source`` creates a thread or pool, or subclasses a thread type."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call) and _name(node.func) in THREADING:
            found.append(f"line {node.lineno}: {_name(node.func)}(...)")
        elif isinstance(node, ast.ClassDef):
            found += [f"line {node.lineno}: class {node.name}({_name(b)})"
                      for b in node.bases if _name(b) in THREADING]
    return found


def test_the_scan_finds_what_it_looks_for() -> None:
    source = (
        "import threading\nfrom PySide6.QtCore import QThreadPool, QRunnable\n"
        "pool = QThreadPool(None)\nt = threading.Thread(target=print)\n"
        "class Job(QRunnable):\n    pass\nQThreadPool.globalInstance().start(Job())\n"
    )
    assert len(thread_makers(source)) == 4
    assert thread_makers("from PySide6.QtCore import QThread\nQThread.currentThread()\n") == []


def test_only_the_task_runner_and_the_caseload_loader_make_threads() -> None:
    offenders = {}
    for path in sorted(GUI.rglob("*.py")):
        relative = path.relative_to(GUI).as_posix()
        if relative in ALLOWED or relative.startswith("forms/"):
            continue
        found = thread_makers(path.read_text(encoding="utf-8"))
        if found:
            offenders[relative] = found
    assert offenders == {}, "use nap_desktop.gui.tasks.TaskRunner for background work"
    for allowed in ALLOWED:
        assert thread_makers((GUI / allowed).read_text(encoding="utf-8")), allowed
