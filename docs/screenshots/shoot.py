"""Take the README screenshots from a fresh demo vault (fictional data only).

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python docs/screenshots/shoot.py

Each screen is grabbed from the real widgets after the event loop has settled; the
vault lives in a temporary folder and is deleted afterwards.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

from nap_desktop.cli_commands.vault import DEMO_PASSPHRASE
from nap_desktop.gui.admin.users import UsersDialog
from nap_desktop.gui.application import create_application
from nap_desktop.gui.case.new_case import NewCaseDialog
from nap_desktop.gui.case.summary_dialog import SummaryDialog
from nap_desktop.gui.launcher import create_demo_vault, demo_hint
from nap_desktop.gui.main_window import MainWindow
from nap_desktop.gui.transfer.partners import PartnersDialog
from nap_desktop.gui.vault.autolock import AutoLock
from nap_desktop.gui.vault.first_run import FirstRunWizard
from nap_desktop.gui.vault.unlock import UnlockDialog
from nap_desktop.services.workspace import Workspace
from nap_desktop.store.vault import Vault

OUT = Path(__file__).resolve().parent
#: NAP_SHOTS_LANG=es takes the Spanish set (file names end in -es).
LANG = os.environ.get("NAP_SHOTS_LANG", "")


def settle(app: QApplication, ms: int = 150) -> None:
    timer = QTimer()
    timer.setSingleShot(True)
    timer.start(ms)
    while timer.isActive():
        app.processEvents()


def save(app: QApplication, widget: QWidget, name: str) -> None:
    settle(app)
    suffix = f"-{LANG}" if LANG else ""
    widget.grab().save(str(OUT / f"{name}{suffix}.png"))
    print("wrote", name)


def richest_case(ws: Workspace) -> str:
    """A demo client with placements, restitution, releases and notes to show off."""
    from nap_desktop.services.queries import CaseloadFilter

    best, best_score = "", -1
    harbor = next(a.id for a in ws.agencies.list(include_self=False) if a.name == PARTNER)
    for row in ws.queries.caseload_page(CaseloadFilter(), offset=0, limit=300):
        case = ws.cases.get_case(row.client_id)
        if not any(harbor in (r.from_agency_id, r.to_agency_id) for r in case.referrals):
            continue  # the transfer screenshots send this case to Harbor
        score = (
            3 * bool(case.restitution) + 2 * bool(case.placements) + bool(case.releases)
            + bool(case.notes) + len(case.referrals)
        )
        if score > best_score:
            best, best_score = row.client_id, score
    return best


PARTNER = "Harbor Legal Aid (demo)"


def make_partner_vault(path: Path, demo: Vault) -> Workspace:
    """A second agency (the demo's legal-aid partner) with identity cards pinned both ways."""
    from nap_desktop.domain.enums import AgencyKind
    other, _key = Workspace.create(path, agency_name=PARTNER, agency_kind=AgencyKind.LEGAL,
                                   admin_name="admin", admin_display_name="Lee Admin (demo)",
                                   passphrase=DEMO_PASSPHRASE)
    admin = Workspace.unlock(demo, "admin", DEMO_PASSPHRASE)
    ours, theirs = admin.identity, other.identity
    local = next(a.id for a in admin.agencies.list(include_self=False) if a.name == PARTNER)
    their_card, our_card = theirs.identity_card(), ours.identity_card()
    ours.pin_partner(their_card.card, their_card.fingerprint, local_agency_id=local)
    theirs.pin_partner(our_card.card, our_card.fingerprint)
    admin.lock()
    return other


def shoot_transfer(app: QApplication, window: MainWindow, ws: Workspace, partner: Workspace,
                   view: Any, tmp: Path) -> None:
    """The export wizard's review page, then the partner's import preview of the package."""
    from nap_desktop.gui.transfer.export import ExportWizard
    from nap_desktop.gui.transfer.importing import ImportDialog
    info = ws.identity.find_partner(PARTNER)
    ids = [r.id for r in view.case.referrals
           if info.agency_id in (r.from_agency_id, r.to_agency_id)]
    wizard = ExportWizard(workspace=ws, discreet=False, referral_ids=ids,
                          partner_id=info.agency_id, parent=window)
    wizard.show()
    settle(app)
    while wizard.currentPage() is not wizard.review_page and wizard.currentId() >= 0:
        wizard.next()
        settle(app, 400)
    save(app, wizard, "export-review")
    wizard.reject()
    package = tmp / "to-harbor.napx"
    package.write_bytes(ws.exports.export(info.agency_id, ids))
    dialog = ImportDialog(workspace=partner, path=package, discreet=False)
    dialog.show()
    dialog.start()
    settle(app, 1500)
    save(app, dialog, "import-preview")
    dialog.reject()
    # The partner's side after the import: our release arrives as information only.
    partner.imports.import_package(package.read_bytes())
    other = MainWindow(workspace=partner, autolock=AutoLock(minutes=15), demo_hint=None)
    other.resize(1360, 820)
    other.set_discreet(False)
    other.show()
    case = other.cases.open_case(view.case.client.id)
    case.tabs.setCurrentIndex(2)
    case.releases_tab.table.selectRow(0)
    save(app, other, "partner-release")
    other.cases.close_all()
    other.close()


def main(extra: Callable[[QApplication, MainWindow], None] | None = None) -> int:
    app = create_application([sys.argv[0]], language=LANG or None)
    with tempfile.TemporaryDirectory() as tmp:
        wizard = FirstRunWizard(default_dir=Path(tmp) / "first-vault")
        wizard.show()
        save(app, wizard, "first-run")
        wizard.reject()
        vault_dir = Path(tmp) / "demo-vault"
        create_demo_vault(vault_dir, lambda _n: None, lambda: False, referrals=2000)
        vault = Vault.open(vault_dir)
        unlock = UnlockDialog(vault_dir=vault_dir, vault=vault, demo_hint=demo_hint(),
                              user_name="sofia")
        unlock.show()
        save(app, unlock, "unlock")
        unlock.hide()
        partner = make_partner_vault(Path(tmp) / "partner-vault", vault)
        ws = Workspace.unlock(vault, "sofia", DEMO_PASSPHRASE)
        window = MainWindow(workspace=ws, autolock=AutoLock(minutes=15), demo_hint=demo_hint())
        window.resize(1360, 820)
        window.set_discreet(False)
        window.show()
        window.tabs.setCurrentIndex(0)
        save(app, window, "dashboard")
        window.tabs.setCurrentIndex(1)
        save(app, window, "caseload")
        client_id = richest_case(ws)
        view = window.cases.open_case(client_id)
        for index, name in enumerate(
            ("referral", "client", "releases", "housing", "restitution", "notes", "history")
        ):
            view.tabs.setCurrentIndex(index)
            save(app, window, f"case-{name}")
        summary = SummaryDialog(workspace=ws, case=view.case, referral=view.referral_tab.referral(),
                                discreet=False, parent=window)
        summary.show()
        save(app, summary, "summary-dialog")
        summary.reject()
        shoot_transfer(app, window, ws, partner, view, Path(tmp))
        for name, dialog in (
            ("new-case", NewCaseDialog(workspace=ws, parent=window)),
            ("users", UsersDialog(workspace=ws, parent=window)),
            ("partners", PartnersDialog(workspace=ws, parent=window)),
        ):
            dialog.show()
            save(app, dialog, name)
            dialog.reject()
        window.set_discreet(True)
        view.tabs.setCurrentIndex(1)
        save(app, window, "discreet-case")
        window.tabs.setCurrentIndex(1)
        save(app, window, "discreet")
        if extra is not None:
            extra(app, window)
        window.cases.close_all()
        window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
