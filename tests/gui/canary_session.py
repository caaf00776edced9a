"""A whole desktop session in its own process, for test_no_plaintext.py: create a vault,
record a client with a canary name (client, note, referral safety notes, placement),
open the main window with the real case view, edit without saving, lock (edits kept in
memory), unlock and restore them, save, reveal in discreet mode, provoke an error shown
to the user, and quit (window geometry is written to QSettings).

    python canary_session.py VAULT_DIR CANARY
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from nap_desktop.domain.enums import AgencyKind, ProgramType, ServiceType
from nap_desktop.gui.application import create_application
from nap_desktop.gui.case.view import CaseView
from nap_desktop.gui.main_window import MainWindow
from nap_desktop.gui.messages import error_text
from nap_desktop.gui.vault.autolock import AutoLock
from nap_desktop.gui.widgets.common import Choice
from nap_desktop.services.cases import PersonalInput
from nap_desktop.services.housing import PlacementInput
from nap_desktop.services.workspace import Workspace
from nap_desktop.store import kdf
from nap_desktop.store.kdf import KdfParams

FAST = KdfParams(memory_kib=8192, iterations=1, lanes=1)
PASSPHRASE = "canary session passphrase 12"


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def main(vault_dir: Path, canary: str) -> int:
    kdf.MIN_KDF = FAST
    app = create_application([sys.argv[0]])
    ws, _recovery = Workspace.create(
        vault_dir, agency_name="Canary Shelter", agency_kind=AgencyKind.VICTIM_SERVICE_PROVIDER,
        admin_name="admin", admin_display_name="Admin", passphrase=PASSPHRASE, kdf=FAST,
    )
    partner = ws.agencies.add_partner(name="Canary Legal Aid", kind=AgencyKind.LEGAL)
    client = ws.cases.create_client(
        PersonalInput(legal_name=canary, preferred_name=canary.split(maxsplit=1)[0],
                      safe_contact_instructions=f"Ask for {canary}", languages=["Spanish"]),
        trafficking_type="labor",
    )
    ws.referrals.create(client_id=client.id, from_agency_id=ws.agency.id,
                        to_agency_id=partner.id, direction="between_providers",
                        services=[ServiceType.LEGAL], safety_notes=f"{canary} is at risk")
    ws.cases.add_note(client.id, f"Met {canary} at the clinic")
    ws.housing.add_placement(client.id, PlacementInput(
        program_type=ProgramType.EMERGENCY_SHELTER, provider="Safe Haven",
        safety_notes=f"{canary} room 12"))

    window = MainWindow(workspace=ws, autolock=AutoLock(minutes=15))
    window.ask = lambda *_a: True
    window.set_discreet(False)
    window.show()
    window.caseload.filters.search_edit.setText(canary.split(maxsplit=1)[0])
    settle(app)
    view = window.cases.open_case(client.id)
    assert isinstance(view, CaseView)
    view.guard.ask = lambda *_a: Choice.SAVE
    for index in range(view.tabs.count()):
        view.tabs.setCurrentIndex(index)
        settle(app)
    view.client_tab.form.preferred_name.setText(f"{canary} edited")
    window.lock_now()
    settle(app)
    dialog = window.unlock_dialog
    assert dialog is not None
    dialog.user_combo.setCurrentText("admin")
    dialog.passphrase_edit.setText(PASSPHRASE)
    dialog.attempt()
    deadline = QTimer()
    deadline.setSingleShot(True)
    deadline.start(20_000)
    while window.workspace is None and deadline.isActive():
        app.processEvents()
    assert window.workspace is not None, "unlock did not finish"
    restored = window.cases.view_for(client.id)
    assert isinstance(restored, CaseView)
    restored.guard.ask = lambda *_a: Choice.SAVE
    assert restored.client_tab.form.preferred_name.text() == f"{canary} edited"
    assert restored.save()
    window.set_discreet(True)
    restored.reveal()
    # An error a person would see, built from a failure that involves the canary.
    print(error_text(ValueError(f"bad value {canary}")))
    settle(app)
    window.close()
    settle(app)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1]), sys.argv[2]))
