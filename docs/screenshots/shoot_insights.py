"""Screens of issue #13's Insights tab (the window, then each chart with its table) and the
Grant reports dialog (after a data-quality run, with its cases to fix), for ``shoot.py``.
Run alone it makes its own demo vault and takes only these screens:

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python docs/screenshots/shoot_insights.py
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from nap_desktop.gui.main_window import MainWindow


def _wait(signal: Any, timeout_ms: int = 60_000) -> None:
    loop = QEventLoop()
    signal.connect(loop.quit)
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()


def shoot_insights(app: QApplication, window: MainWindow, save: Callable[..., None],
                   folder: Path) -> None:
    """The tab over the last 12 months, each chart panel alone, the Grant reports dialog."""
    from nap_desktop.gui.grant_reports.dialog import GrantReportsDialog
    from nap_desktop.gui.insights import periods

    window.tabs.setCurrentWidget(window.insights)
    tab = window.insights.tab
    assert tab is not None and window.workspace is not None
    _wait(tab.refreshed)  # the first read, started when the tab was shown
    tab.period.setCurrentIndex(tab.period.findData("last_12"))
    tab._apply_preset()
    tab.refresh()
    _wait(tab.refreshed)
    save(app, window, "insights")
    for key, panel in tab.panels.items():
        tab.scroller.ensureWidgetVisible(panel)
        panel.resize(1280, panel.height())
        save(app, panel, f"insights-{key.replace('_', '-')}")
    tab.scroller.ensureWidgetVisible(tab.panels["services"])
    ws = window.workspace
    dialog = GrantReportsDialog(workspace=ws, parent=window,
                                choose_path=lambda *_a: str(folder / "quality.pdf"))
    dialog.show()
    save(app, dialog, "grant-reports")  # VOCA, the last whole federal quarter
    dialog.ui.report.setCurrentIndex(dialog.ui.report.findData("quality"))
    start, end = periods.last_whole_quarter(ws.today())
    dialog.ui.from_date.setDate(dialog.ui.from_date.date().fromString(
        start.isoformat(), "yyyy-MM-dd"))
    dialog.ui.to_date.setDate(dialog.ui.to_date.date().fromString(end.isoformat(), "yyyy-MM-dd"))
    dialog.make_report()
    _wait(dialog.tasks.ended)
    dialog.resize(760, 700)
    save(app, dialog, "grant-reports-quality")
    dialog.reject()


def main() -> int:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from shoot import LANG, save  # beside this file

    from nap_desktop.gui.application import create_application
    from nap_desktop.gui.vault.autolock import AutoLock
    from nap_desktop.services.demo import DEMO_PASSPHRASE
    from nap_desktop.services.demo_vault import create_demo_vault
    from nap_desktop.services.vaults import open_vault
    from nap_desktop.services.workspace import Workspace

    app = create_application([sys.argv[0]], language=LANG or None)
    with tempfile.TemporaryDirectory() as tmp:
        create_demo_vault(Path(tmp) / "demo-vault", 2000)
        ws = Workspace.unlock(open_vault(Path(tmp) / "demo-vault"), "sofia", DEMO_PASSPHRASE)
        window = MainWindow(workspace=ws, autolock=AutoLock(minutes=15))
        window.resize(1360, 820)
        window.set_discreet(False)
        window.show()
        shoot_insights(app, window, save, Path(tmp))
        window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

