"""What the desktop imports before its first window (issue #16): the vault's code before
Qt (PySide6 reads the source of every module imported after it), and not the caseload
report's PDF preview and printing, which wait for the dialog, nor a sync's code, which
waits for a sync. Checked on what a fresh
interpreter has imported, not on timings."""

from __future__ import annotations

import json
import subprocess
import sys

PROBE = """
import json, sys
from nap_desktop import app
app.preload_core()
before_qt = sorted(sys.modules)
import nap_desktop.gui.launcher, nap_desktop.gui.main_window, nap_desktop.gui.team.actions
print(json.dumps({"before_qt": before_qt, "window": sorted(sys.modules)}))
"""

#: Loaded only when a dialog that needs them opens.
LATER = ("PySide6.QtPdf", "PySide6.QtPdfWidgets", "PySide6.QtPrintSupport", "reportlab",
         "pypdf", "nap_desktop.sync.session", "nap_desktop.sync.envelope")


def test_the_core_is_imported_before_qt_and_pdf_code_waits_for_its_dialog() -> None:
    done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True,
                          check=True)
    found = json.loads(done.stdout.splitlines()[-1])
    before_qt = set(found["before_qt"])
    assert {"sqlalchemy", "nap_desktop.services.workspace", "nap_desktop.store.models"} <= \
        before_qt
    assert not any(name.split(".")[0] == "PySide6" for name in before_qt)
    window = set(found["window"])
    assert "PySide6.QtWidgets" in window
    assert sorted(window & set(LATER)) == []


def test_the_caseload_report_dialog_still_builds_its_preview(qtbot) -> None:  # type: ignore[no-untyped-def]
    from nap_desktop.gui.caseload.report import CaseloadReportDialog

    class Action:  # the dialog only keeps it
        pass

    dialog = CaseloadReportDialog(action=Action(), description="All referrals",  # type: ignore[arg-type]
                                  discreet=True, make=lambda _lang: lambda _task: None)
    qtbot.addWidget(dialog)
    assert dialog.preview is not None and dialog.ui.view is not None
    assert "Discreet mode" in dialog.ui.hint.text()
