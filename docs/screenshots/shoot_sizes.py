"""The case tabs and the form dialogs at a laptop's and a desktop's screen size, for looking
at clipping and at messages (docs/screenshots/sizes/):

    LOOK_SIZE=1366x768 xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python \
        docs/screenshots/shoot_sizes.py          # NAP_SHOTS_LANG=es for Spanish

The window is "maximised": the screen's size less a 30 px panel. Fictional demo data only.
"""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QApplication, QWidget

from docs.screenshots.shoot import richest_case, settle
from nap_desktop.gui.application import create_application
from nap_desktop.gui.case.dialogs import FormDialog
from nap_desktop.gui.case.new_case import NewCaseDialog
from nap_desktop.gui.case.releases_tab import ReleaseForm
from nap_desktop.gui.case.summary_dialog import SummaryDialog
from nap_desktop.gui.main_window import MainWindow
from nap_desktop.gui.vault.autolock import AutoLock
from nap_desktop.services.demo import DEMO_PASSPHRASE
from nap_desktop.services.demo_vault import create_demo_vault
from nap_desktop.services.vaults import open_vault
from nap_desktop.services.workspace import Workspace

LANG = os.environ.get("NAP_SHOTS_LANG", "")
OUT = Path(os.environ.get("LOOK_OUT", str(Path(__file__).resolve().parent / "sizes")))
W, H = (int(x) for x in os.environ.get("LOOK_SIZE", "1366x768").split("x"))


def save(app: QApplication, widget: QWidget, name: str) -> None:
    settle(app)
    OUT.mkdir(parents=True, exist_ok=True)
    suffix = f"-{LANG}" if LANG else ""
    widget.grab().save(str(OUT / f"{name}-{W}x{H}{suffix}.png"))


def shoot_dialogs(app: QApplication, window: MainWindow, ws: Workspace, view: Any) -> None:
    summary = SummaryDialog(workspace=ws, case=view.case,
                            referral=view.referral_tab.referral(), discreet=False, parent=window)
    summary.show()
    save(app, summary, "summary")
    summary.reject()
    new_case = NewCaseDialog(workspace=ws, parent=window)
    new_case.show()
    new_case.create_button.click()
    save(app, new_case, "newcase-error")
    new_case.reject()
    release = FormDialog(ReleaseForm(workspace=ws, case=view.case), title="", parent=window)
    release.show()
    release.form.save()
    save(app, release, "release-error")
    release.reject()


def main() -> int:
    app = create_application([sys.argv[0]], language=LANG or None)
    with tempfile.TemporaryDirectory() as tmp:
        vault_dir = Path(tmp) / "demo"
        create_demo_vault(vault_dir, 60)
        ws = Workspace.unlock(open_vault(vault_dir), "sofia", DEMO_PASSPHRASE)
        window = MainWindow(workspace=ws, autolock=AutoLock(minutes=15))
        window.set_discreet(False)
        window.resize(W, H - 30)  # maximised: the screen less a panel
        window.show()
        view = window.cases.open_case(richest_case(ws))
        for index, name in ((3, "housing"), (4, "restitution")):
            view.tabs.setCurrentIndex(index)
            save(app, window, name)
        shoot_dialogs(app, window, ws, view)
        view.show_tab(view.client_tab)
        form = view.client_tab.form
        form.dob.edit.setDate(QDate.currentDate().addDays(5))  # refused: in the future
        form.save()
        save(app, window, "client-error")
        form.revert()
        window.cases.close_all()
        window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
