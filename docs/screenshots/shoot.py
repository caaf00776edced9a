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
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

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
    # the first referral the partner took (a package may refuse one, e.g. one it may not
    # receive already closed)
    taken = [r.id for r in partner.cases.get_case(view.case.client.id).referrals if r.id in ids]
    if taken:
        shoot_conflict(app, ws, partner, view.case.client.id, taken[0], info.agency_id)
    other = MainWindow(workspace=partner, autolock=AutoLock(minutes=15), demo_hint=None)
    other.resize(1360, 820)
    other.set_discreet(False)
    other.show()
    case = other.cases.open_case(view.case.client.id)
    case.tabs.setCurrentIndex(0)  # the referral as its receiver sees it: its actions
    save(app, other, "partner-referral")
    case.tabs.setCurrentIndex(5)  # notes the sender withheld say so
    save(app, other, "partner-notes")
    case.tabs.setCurrentIndex(2)
    case.releases_tab.table.selectRow(0)
    save(app, other, "partner-release")
    shoot_confirm_release(app, other, case.case)
    other.cases.close_all()
    other.close()


def shoot_conflict(app: QApplication, ws: Workspace, partner: Workspace, client_id: str,
                   referral_id: str, partner_id: str) -> None:
    """Both agencies change the urgency of the referral just sent, each its own way: our
    next package is a conflict at the partner, with that one field to choose."""
    from nap_desktop.domain.enums import Urgency
    from nap_desktop.gui.transfer.conflicts import ConflictsDialog

    def edit(side: Workspace, **changes: Any) -> None:
        r = next(x for x in side.cases.get_case(client_id).referrals if x.id == referral_id)
        side.referrals.update(referral_id, **{
            "services": list(r.services), "urgency": r.urgency, "release_id": r.release_id,
            "referring_person": r.referring_person, "safety_notes": r.safety_notes,
            "external_case_number": r.external_case_number, **changes})

    now = next(x for x in ws.cases.get_case(client_id).referrals if x.id == referral_id)
    ours, theirs = [u for u in Urgency if u is not now.urgency]
    edit(ws, urgency=ours)
    edit(partner, urgency=theirs)
    partner.imports.import_package(ws.exports.export(partner_id, [referral_id]))
    dialog = ConflictsDialog(workspace=partner, discreet=False)
    dialog.resize(1366, 740)
    dialog.show()
    dialog.list.selectRow(0)
    save(app, dialog, "conflicts")
    dialog.reject()


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


def shoot_new_release(app: QApplication, window: MainWindow, view: Any) -> None:
    """The new-release dialog after an incomplete save: the message under its field,
    Record and Cancel side by side where they were."""
    from nap_desktop.gui.case.dialogs import FormDialog
    from nap_desktop.gui.case.releases_tab import ReleaseForm

    dialog = FormDialog(ReleaseForm(workspace=view.ws, case=view.case),
                        title="New release of information", parent=window)
    dialog.show()
    dialog.form.save()
    save(app, dialog, "new-release")
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
    """The identity cards, the agency editor and a status change (the conflicts:
    ``shoot_conflict``)."""
    from nap_desktop.domain.enums import ReferralStatus
    from nap_desktop.gui.case.transition import TransitionDialog
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
        ("transition", TransitionDialog(workspace=ws, referral=referral,
                                        target=ReferralStatus.COMPLETED, parent=window)),
    ):
        dialog.show()
        save(app, dialog, name)
        dialog.reject()


def shoot_corrections(app: QApplication, window: MainWindow, ws: Workspace, view: Any) -> None:
    """A corrected and a voided money entry, a corrected and a voided note, the history,
    and the Correct dialog (issue #11)."""
    from datetime import timedelta

    from nap_desktop.gui.case.correction_dialogs import CorrectionDialog
    from nap_desktop.services.corrections import EntryInput

    es = LANG == "es"
    matter, day = view.case.restitution[0], ws.today() - timedelta(days=20)
    ws.restitution.record_money(matter.id, kind="collected", amount_cents=120_000, on=day)
    matter = ws.restitution.record_money(matter.id, kind="disbursed", amount_cents=40_000, on=day)
    first, second = matter.money[-2], matter.money[-1]
    ws.corrections.correct_money(first.id, EntryInput(kind="collected", amount_cents=125_000,
                                 on=day), reason="Recibo del secretario: $1,250.00" if es
                                 else "Clerk's receipt shows $1,250.00")
    ws.corrections.void_money(second.id, reason="Registrado dos veces" if es
                              else "Entered twice")
    note = ws.cases.add_note(view.case.client.id, "Llamó desde el albergue; prefiere llamadas "
                             "después de las 5 pm." if es else "Called from the shelter; "
                             "prefers calls after 5 pm.")
    ws.corrections.correct_note(note.id, note.body.replace("5", "6"), reason="Hora equivocada"
                                if es else "Wrong time")
    wrong = ws.cases.add_note(view.case.client.id, "Nota de otro caso." if es
                              else "Note meant for another case.")
    ws.corrections.void_note(wrong.id, reason="Caso equivocado" if es else "Wrong case")
    view.reload()
    view.tabs.setCurrentIndex(4)
    area = view.restitution_tab.money_table.parentWidget()
    while area is not None and not isinstance(area, QScrollArea):
        area = area.parentWidget()
    if area is not None:
        area.ensureWidgetVisible(view.restitution_tab.money_actions)
    save(app, window, "case-restitution-corrected")
    view.tabs.setCurrentIndex(5)
    save(app, window, "case-notes-corrected")
    view.tabs.setCurrentIndex(6)
    save(app, window, "case-history-corrections")
    tab = view.restitution_tab
    live = next(x for x in tab.money.rows if x.void is None)
    tab.corrections.run_dialog = lambda dialog: 0  # shown below, not run
    tab.corrections.correct_money(live)
    dialog = tab.corrections.last_dialog
    assert isinstance(dialog, CorrectionDialog)
    dialog.reason.setText("El monto no coincide con el recibo" if es
                          else "The amount does not match the receipt")
    dialog.show()
    save(app, dialog, "correct-dialog")
    dialog.reject()


def shoot_printing(app: QApplication, window: MainWindow, ws: Workspace, view: Any) -> None:
    """The release form to sign (from the release editor) and the caseload report dialog."""
    from nap_desktop.gui.case.release_form_dialog import ReleaseFormDialog

    partner = next(a.id for a in view.case.agencies.values() if not a.is_self)
    form = ReleaseFormDialog(workspace=ws, case=view.case, partner_id=partner,
                             lang="es" if LANG == "es" else "en", parent=window)
    form.resize(1100, 800)
    form.show()
    save(app, form, "release-form")
    form.reject()
    window.report.show_dialog = lambda dialog: (dialog.resize(1200, 800), dialog.show())
    window.report.run()
    report = window.report.dialog
    assert report is not None
    for _ in range(600):  # the report is made off the GUI thread
        if report.report is not None:
            break
        settle(app, 100)
    settle(app, 1500)  # the preview renders its pages after the document loads
    save(app, report, "caseload-report")
    report.reject()


def shoot_onward(app: QApplication, window: MainWindow, ws: Workspace, view: Any) -> None:
    """The case's referrals: received from a law-enforcement partner, sent on to two
    others (one following from it); then the New referral dialog."""
    from nap_desktop.domain.enums import AgencyKind, ServiceType
    from nap_desktop.gui.case.new_referral import NewReferralDialog

    partners = ws.agencies.list(include_self=False)
    police = next((a for a in partners if a.kind in (AgencyKind.LE_FEDERAL,
                                                     AgencyKind.LE_STATE_LOCAL)), partners[0])
    first = ws.referrals.create(client_id=view.client_id, from_agency_id=police.id,
                                to_agency_id=ws.agency.id, direction=None,
                                services=[ServiceType.HOUSING, ServiceType.IMMIGRATION])
    for partner in [a for a in partners if a.id != police.id][:2]:
        ws.referrals.create(client_id=view.client_id, from_agency_id=ws.agency.id,
                            to_agency_id=partner.id, direction=None,
                            services=[ServiceType.HOUSING], follows_id=first.id)
    view.reload()
    view.tabs.setCurrentIndex(0)
    view.show_referral(first.id)
    save(app, window, "case-referrals")
    dialog = NewReferralDialog(workspace=ws, case=view.case, parent=view)
    dialog.show()
    save(app, dialog, "new-referral")
    dialog.reject()


def shoot_late(app: QApplication, window: MainWindow, ws: Workspace, view: Any) -> None:
    """The shots taken after the discreet ones: duplicates (which starts discreet), then the
    case's referrals and the New referral dialog."""
    from shoot_duplicates import shoot_duplicates  # the module beside this script

    shoot_duplicates(app, window, ws, save, settle)
    window.set_discreet(False)
    window.tabs.setCurrentWidget(view)
    shoot_onward(app, window, ws, view)


def shoot_case_dialogs(app: QApplication, window: MainWindow, ws: Workspace, view: Any) -> None:
    """Corrections, the summary dialog, printing and the release editor on the open case."""
    shoot_corrections(app, window, ws, view)
    summary = SummaryDialog(workspace=ws, case=view.case, referral=view.referral_tab.referral(),
                            discreet=False, parent=window)
    summary.show()
    save(app, summary, "summary-dialog")
    summary.reject()
    shoot_printing(app, window, ws, view)
    shoot_new_release(app, window, view)


def shoot_case(app: QApplication, window: MainWindow, ws: Workspace) -> Any:
    """The richest case, each of its tabs, its dialogs and its documents."""
    view = window.cases.open_case(richest_case(ws))
    for index, name in enumerate(
        ("referral", "client", "releases", "housing", "restitution", "notes", "history")
    ):
        view.tabs.setCurrentIndex(index)
        save(app, window, f"case-{name}")
    shoot_case_dialogs(app, window, ws, view)
    from shoot_documents import shoot_documents  # beside this file

    shoot_documents(app, window, ws, view, save, settle)
    return view


def shoot_admin_dialogs(app: QApplication, window: MainWindow, ws: Workspace) -> None:
    """New case, users and partners, each on its own."""
    for name, dialog in (
        ("new-case", NewCaseDialog(workspace=ws, parent=window)),
        ("users", UsersDialog(workspace=ws, parent=window)),
        ("partners", PartnersDialog(workspace=ws, parent=window)),
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
        board = window.dashboard
        while board.runner.busy or board.tasks.runner.busy:  # both read in the background
            app.processEvents()
        save(app, window, "dashboard")
        window.tabs.setCurrentIndex(1)
        save(app, window, "caseload")
        view = shoot_case(app, window, ws)
        from shoot_work import shoot_work  # beside this file: services, plan, tasks, funding

        shoot_work(app, window, ws, view, save, settle)
        partner_card = partner.identity.identity_card().card  # before it locks
        shoot_transfer(app, window, ws, partner, view, Path(tmp))
        shoot_transfer_dialogs(app, window, ws, partner_card, view, Path(tmp))
        shoot_admin_dialogs(app, window, ws)
        from shoot_assign import shoot_assign_and_dates  # beside this file

        shoot_assign_and_dates(app, window, view, save)
        window.set_discreet(True)
        view.tabs.setCurrentIndex(1)
        save(app, window, "discreet-case")
        window.tabs.setCurrentIndex(1)
        save(app, window, "discreet")
        shoot_late(app, window, ws, view)
        from shoot_team import shoot_team, shoot_team_conflict  # beside this file

        shoot_team(app, window, ws, save)
        shoot_team_conflict(app, save)
        from shoot_insights import shoot_insights  # beside this file

        shoot_insights(app, window, save, Path(tmp))
        if extra is not None:
            extra(app, window)
        window.cases.close_all()
        window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
