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

from nap_desktop.gui.admin.users import UsersDialog
from nap_desktop.gui.application import create_application
from nap_desktop.gui.case.new_case import NewCaseDialog
from nap_desktop.gui.case.summary_dialog import SummaryDialog
from nap_desktop.gui.launcher import demo_hint
from nap_desktop.gui.main_window import MainWindow
from nap_desktop.gui.transfer.partners import PartnersDialog
from nap_desktop.gui.vault.autolock import AutoLock
from nap_desktop.gui.vault.first_run import FirstRunWizard
from nap_desktop.gui.vault.unlock import UnlockDialog
from nap_desktop.services.demo import DEMO_PASSPHRASE
from nap_desktop.services.demo_vault import create_demo_vault
from nap_desktop.services.vaults import Vault, open_vault
from nap_desktop.services.workspace import Workspace

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
    shoot_confirm_release(app, other, case.case)
    other.cases.close_all()
    other.close()


def shoot_confirm_release(app: QApplication, window: MainWindow, case: Any) -> None:
    """The supervisor's confirmation of a release a partner recorded."""
    from nap_desktop.gui.case.release_origin import ConfirmReleaseDialog

    release = case.releases[0]
    recorder = case.agencies[release.recorded_by_agency_id].name
    dialog = ConfirmReleaseDialog(partner=recorder, release=release, agencies=case.agencies,
                                  action=lambda: None, parent=window)
    dialog.show()
    save(app, dialog, "confirm-release")
    dialog.reject()


def shoot_export_pages(app: QApplication, window: MainWindow, ws: Workspace, view: Any,
                       tmp: Path) -> None:
    """Every page of the export wizard but the review (``shoot_transfer``), the export
    written for real so that the result page shows what it says."""
    from nap_desktop.gui.transfer.export import ExportWizard

    info = ws.identity.find_partner(PARTNER)
    ids = [r.id for r in view.case.referrals
           if info.agency_id in (r.from_agency_id, r.to_agency_id)]
    wizard = ExportWizard(workspace=ws, discreet=False, referral_ids=ids,
                          partner_id=info.agency_id, parent=window)
    wizard.show()
    save(app, wizard, "export-partner")
    wizard.next()
    save(app, wizard, "export-cases")
    wizard.next()
    while wizard.review_page.preview is None:
        settle(app, 100)
    wizard.next()
    wizard.save_page.path.setText(str(tmp / "to-harbor-shot.napx"))
    save(app, wizard, "export-save")
    wizard.next()
    while wizard.done_result is None:
        settle(app, 100)
    save(app, wizard, "export-result")
    wizard.accept()


def shoot_transfer_dialogs(app: QApplication, window: MainWindow, ws: Workspace,
                           partner_card: bytes, view: Any, tmp: Path) -> None:
    """The identity cards, the agency editor, the conflicts and a status change."""
    from nap_desktop.domain.enums import ReferralStatus
    from nap_desktop.gui.case.transition import TransitionDialog
    from nap_desktop.gui.transfer.conflicts import ConflictsDialog
    from nap_desktop.gui.transfer.identity_card import MyCardDialog, PinCardDialog
    from nap_desktop.gui.transfer.partners import AgencyEditor

    shoot_export_pages(app, window, ws, view, tmp)
    card = tmp / "harbor.napcard"
    card.write_bytes(partner_card)
    pin = PinCardDialog(workspace=ws, parent=window)
    pin.load(card)
    agency = next(a for a in ws.agencies.list(include_self=False) if a.name == PARTNER)
    working = (ReferralStatus.ACCEPTED, ReferralStatus.IN_PROGRESS)
    referral = next((r for r in view.case.referrals if r.status in working),
                    view.referral_tab.referral())  # one that can still be completed
    for name, dialog in (
        ("my-card", MyCardDialog(workspace=ws, parent=window)),
        ("pin-card", pin),
        ("agency-editor", AgencyEditor(workspace=ws, agency=agency, parent=window)),
        ("conflicts", ConflictsDialog(workspace=ws, discreet=False, parent=window)),
        ("transition", TransitionDialog(workspace=ws, referral=referral,
                                        target=ReferralStatus.COMPLETED, parent=window)),
    ):
        dialog.show()
        save(app, dialog, name)
        dialog.reject()


def main(extra: Callable[[QApplication, MainWindow], None] | None = None) -> int:
    app = create_application([sys.argv[0]], language=LANG or None)
    with tempfile.TemporaryDirectory() as tmp:
        wizard = FirstRunWizard(default_dir=Path(tmp) / "first-vault")
        wizard.show()
        save(app, wizard, "first-run")
        wizard.reject()
        vault_dir = Path(tmp) / "demo-vault"
        create_demo_vault(vault_dir, 2000)
        vault = open_vault(vault_dir)
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
        partner_card = partner.identity.identity_card().card  # before it locks
        shoot_transfer(app, window, ws, partner, view, Path(tmp))
        shoot_transfer_dialogs(app, window, ws, partner_card, view, Path(tmp))
        for name, dialog in (
            ("new-case", NewCaseDialog(workspace=ws, parent=window)),
            ("users", UsersDialog(workspace=ws, parent=window)),
            ("partners", PartnersDialog(workspace=ws, parent=window)),
        ):
            dialog.show()
            save(app, dialog, name)
            dialog.reject()
        from shoot_assign import shoot_assign_and_dates  # beside this file

        shoot_assign_and_dates(app, window, view, save)
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
