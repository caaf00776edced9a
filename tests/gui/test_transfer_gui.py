"""Transfer from the desktop between two real encrypted vaults: identity cards and pinning,
the export wizard, the import preview and apply, failures that change nothing, conflicts."""

from __future__ import annotations

import stat
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from nap_desktop.domain.enums import AgencyKind, Role
from nap_desktop.gui.main_window import MainWindow
from nap_desktop.gui.transfer.common import MASK
from nap_desktop.gui.transfer.conflicts import ConflictsDialog
from nap_desktop.gui.transfer.export import ExportWizard, suggested_name
from nap_desktop.gui.transfer.identity_card import MyCardDialog, PinCardDialog
from nap_desktop.gui.transfer.importing import ImportDialog
from nap_desktop.gui.transfer.partners import PartnersDialog
from nap_desktop.services.workspace import Workspace
from tests.gui.conftest import ADMIN_PASSPHRASE, TEST_KDF
from tests.transfer.transfer_helpers import Side, add_case

WRONG_FP = "AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA"
WAIT = 20_000


def make(path: Path, name: str, kind: AgencyKind) -> Workspace:
    ws, _key = Workspace.create(path, agency_name=name, agency_kind=kind, admin_name="admin",
                                admin_display_name="Ada Admin", passphrase=ADMIN_PASSPHRASE,
                                kdf=TEST_KDF)
    return ws


@pytest.fixture
def vaults(tmp_path: Path) -> Iterator[tuple[Workspace, Workspace]]:
    a = make(tmp_path / "a", "Casa Esperanza (test)", AgencyKind.VICTIM_SERVICE_PROVIDER)
    b = make(tmp_path / "b", "HSI Field Office (test)", AgencyKind.LE_FEDERAL)
    yield a, b
    a.close()
    b.close()


def side(ws: Workspace) -> Side:
    return Side(ws.agency.name, ws.ctx, ws.close)


def save_card(qtbot: QtBot, ws: Workspace, target: Path) -> str:
    """Our identity card through its dialog; returns the fingerprint it shows."""
    dialog = MyCardDialog(workspace=ws)
    qtbot.addWidget(dialog)
    dialog.choose_save = lambda *_a: str(target)
    with qtbot.waitSignal(dialog.saved, timeout=WAIT):
        dialog.save()
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    return dialog.fingerprint.text()


def pin_dialog(qtbot: QtBot, ws: Workspace, card: Path) -> PinCardDialog:
    dialog = PinCardDialog(workspace=ws)
    qtbot.addWidget(dialog)
    dialog.choose_open = lambda *_a: str(card)
    dialog._choose()
    return dialog


def pin(qtbot: QtBot, ws: Workspace, card: Path, fingerprint: str) -> None:
    dialog = pin_dialog(qtbot, ws, card)
    dialog.fingerprint.setText(fingerprint.lower().replace("-", " "))  # as typed by a person
    dialog.pin()
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.error.text()


@pytest.fixture
def paired(qtbot: QtBot, vaults: tuple[Workspace, Workspace],
           tmp_path: Path) -> tuple[Workspace, Workspace]:
    a, b = vaults
    fp_a = save_card(qtbot, a, tmp_path / "a.napcard")
    fp_b = save_card(qtbot, b, tmp_path / "b.napcard")
    pin(qtbot, a, tmp_path / "b.napcard", fp_b)
    pin(qtbot, b, tmp_path / "a.napcard", fp_a)
    return a, b


def partner_id(ws: Workspace) -> str:
    from nap_desktop.services.transfer.views import TransferViews

    [info] = TransferViews(ws.ctx).partner_keys().values()
    return info.agency_id


def run_export(qtbot: QtBot, wizard: ExportWizard, target: Path) -> None:
    """From the review page on: save location, export, result."""
    wizard.next()
    assert wizard.currentPage() is wizard.save_page
    wizard.save_page.path.setText(str(target))
    with qtbot.waitSignal(wizard.exported, timeout=WAIT):
        wizard.next()  # the commit page exports off the GUI thread
    assert wizard.currentPage() is wizard.result_page


def open_import(qtbot: QtBot, ws: Workspace, path: Path, *, discreet: bool,
                signal: str = "previewed") -> ImportDialog:
    dialog = ImportDialog(workspace=ws, path=path, discreet=discreet)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(getattr(dialog, signal), timeout=WAIT):
        dialog.start()
    return dialog


def cells(model: Any) -> list[list[str]]:
    return [[model.data(model.index(r, c)) for c in range(model.columnCount())]
            for r in range(model.rowCount())]


# --- pinning ------------------------------------------------------------------------------


def test_pinning_refuses_a_wrong_fingerprint_and_lists_verified_keys(
    qtbot: QtBot, qtmodeltester: Any, vaults: tuple[Workspace, Workspace], tmp_path: Path
) -> None:
    a, b = vaults
    fp_b = save_card(qtbot, b, tmp_path / "b.napcard")
    assert fp_b == side(b).identity.identity_card().fingerprint
    dialog = pin_dialog(qtbot, a, tmp_path / "b.napcard")
    assert "HSI Field Office (test)" in dialog.about.text()
    assert fp_b not in dialog.about.text()  # the card's own fingerprint is never shown
    assert not dialog.pin_button.isEnabled()  # nothing typed yet
    dialog.fingerprint.setText(WRONG_FP)
    dialog.pin()
    assert "does not match" in dialog.error.text()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert side(a).identity.partners() == []  # nothing pinned

    partners = PartnersDialog(workspace=a)
    qtbot.addWidget(partners)
    qtmodeltester.check(partners.model)
    dialogs: list[QDialog] = []

    def drive(d: QDialog) -> int:
        assert isinstance(d, PinCardDialog)
        dialogs.append(d)
        d.choose_open = lambda *_a: str(tmp_path / "b.napcard")
        d._choose()
        d.fingerprint.setText(fp_b)
        d.pin()
        return d.result()

    partners.run_dialog = drive
    partners.pin_card()
    assert dialogs and dialogs[0].pinned is not None
    shown = {row[0]: row[3] for row in cells(partners.model)}
    assert shown["HSI Field Office (test)"] == fp_b
    qtmodeltester.check(partners.model)


def test_a_changed_key_is_refused_until_the_new_fingerprint_is_confirmed(
    qtbot: QtBot, paired: tuple[Workspace, Workspace], tmp_path: Path
) -> None:
    a, b = paired
    old_fp = side(a).identity.partners()[0].fingerprint
    rotated = side(b).identity.rotate_keys()
    (tmp_path / "new.napcard").write_bytes(rotated.card)
    dialog = pin_dialog(qtbot, a, tmp_path / "new.napcard")
    assert "KEYS HAVE CHANGED" in dialog.about.text()
    dialog.fingerprint.setText(old_fp)
    assert not dialog.pin_button.isEnabled()  # the phone check must be confirmed first
    dialog.confirm_change.setChecked(True)
    dialog.pin()
    assert "keys have changed" in dialog.error.text()  # the old fingerprint is refused
    assert side(a).identity.partners()[0].fingerprint == old_fp
    dialog.fingerprint.setText(rotated.fingerprint)
    asked: list[str] = []
    dialog.ask = lambda _parent, title, text: asked.append(f"{title}: {text}") or True  # type: ignore[method-assign]
    dialog.pin()
    assert asked and "replacing a verified key" in asked[0]
    assert old_fp in asked[0] and rotated.fingerprint in asked[0]
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert side(a).identity.partners()[0].fingerprint == rotated.fingerprint


# --- export and import ------------------------------------------------------------------------


@pytest.fixture
def english(qapp: Any) -> Iterator[None]:
    """The English translation file, as the desktop loads it: real plural forms."""
    from PySide6.QtCore import QLocale

    from nap_desktop.gui.application import install_translators

    installed = install_translators(qapp, QLocale("en_US"))
    yield
    for translator in installed:
        qapp.removeTranslator(translator)


def test_export_through_the_wizard_and_import_through_the_preview(
    qtbot: QtBot, qtmodeltester: Any, paired: tuple[Workspace, Workspace], tmp_path: Path,
    english: None,
) -> None:
    a, b = paired
    to_b = partner_id(a)
    a.agencies.add_partner(name="Unverified Legal Aid (test)", kind=AgencyKind.LEGAL)
    shared = add_case(side(a), to_b, categories=["identity", "housing"], canary="Shared")
    kept = add_case(side(a), to_b, categories=["identity"], canary="Kept")

    wizard = ExportWizard(workspace=a, discreet=False, referral_ids=[shared["referral"]],
                          partner_id=to_b)
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.partner_page
    qtmodeltester.check(page.model)
    rows = {r.cells[0]: r for r in page.model.rows}
    assert not rows["Unverified Legal Aid (test)"].enabled  # greyed: no verified card
    assert not page.model.flags(page.model.index(1, 0)) & Qt.ItemFlag.ItemIsSelectable
    assert wizard.partner.agency_id == to_b and page.isComplete()
    wizard.next()

    cases = wizard.cases_page
    qtmodeltester.check(cases.model)
    assert cases.some.isChecked() and cases.model.checked == {shared["referral"]}
    assert cases.model.rowCount() == 2
    cases.search.setText("Kept")
    cases.apply_search()
    assert [r.key for r in cases.model.rows] == [kept["referral"]]
    cases.model.setData(cases.model.index(0, 0), Qt.CheckState.Checked,
                        Qt.ItemDataRole.CheckStateRole)
    assert cases.model.checked == {shared["referral"], kept["referral"]}
    assert "2 referrals ticked" in cases.count.text()
    with qtbot.waitSignal(wizard.preview_ready, timeout=WAIT):
        wizard.next()

    review = wizard.review_page
    qtmodeltester.check(review.model)
    by_name = {row[1]: row for row in cells(review.model)}
    assert "Housing placement" in by_name["Ana Ruiz Shared"][2]
    assert "Housing placement" not in by_name["Ana Ruiz Kept"][2]
    assert by_name["Ana Ruiz Kept"][3].startswith("Identity")  # what the release covers
    assert "Housing" in by_name["Ana Ruiz Kept"][4]  # withheld: no release covers it
    assert "Housing" not in by_name["Ana Ruiz Shared"][4]
    assert "Withheld for lack of a release" in review.summary.text()
    # Counted as a person counts, and as B's import preview will (7 new, below).
    counts = "To HSI Field Office (test): 2 referrals of 2 clients, 7 records in all."
    assert review.summary.text().startswith(counts)
    assert review.override.isEnabled()  # an administrator may override
    with qtbot.waitSignal(wizard.preview_ready, timeout=WAIT):
        review.override.setChecked(True)
    assert "consent is not applied" in review.summary.text()
    assert not review.isComplete()  # an override needs a written reason
    review.reason.setPlainText("Court order 24-117")
    assert review.isComplete()
    with qtbot.waitSignal(wizard.preview_ready, timeout=WAIT):
        review.override.setChecked(False)
    assert review.isComplete() and review.override_reason() is None

    run_export(qtbot, wizard, tmp_path / "for-hsi")
    package = tmp_path / "for-hsi.napx"
    assert stat.S_IMODE(package.stat().st_mode) == 0o600
    assert wizard.result_page.title() == "Exported"  # said once, in the title
    assert counts in wizard.result_page.text.text()
    assert str(package) in wizard.result_page.text.text()
    assert b"Ana Ruiz" not in package.read_bytes()
    wizard.accept()

    before = side(b).counts()
    dialog = open_import(qtbot, b, package, discreet=True)
    qtmodeltester.check(dialog.model)
    qtmodeltester.check(dialog.withheld_model)
    assert side(b).counts() == before  # the preview writes nothing
    assert dialog.counts["new"].text() == "7"  # 2 clients, releases, referrals, 1 placement
    assert dialog.counts["conflict"].text() == "0"
    shown = cells(dialog.model) + cells(dialog.withheld_model)
    assert all("Ana Ruiz" not in text for row in shown for text in row)  # discreet
    assert any(MASK in row for row in shown)
    assert dialog.proxies["new"].rowCount() == 7
    assert dialog.withheld_model.rowCount() == 2
    with qtbot.waitSignal(dialog.applied, timeout=WAIT):
        dialog.apply()
    assert "7 new" in dialog.note.text()
    assert not dialog.conflicts_button.isVisibleTo(dialog)  # no conflicts to open
    got = b.cases.get_case(kept["client"])
    assert got.client.personal.legal_name == "Ana Ruiz Kept"
    assert got.placements == []  # housing was withheld
    assert len(b.cases.get_case(shared["client"]).placements) == 1

    again = open_import(qtbot, b, package, discreet=False)
    assert "already imported" in again.note.text() and not again.apply_button.isEnabled()


@pytest.fixture(params=["en_US", "es_MX"])
def language(request: pytest.FixtureRequest, qapp: Any) -> Iterator[str]:
    """The interface in English, then in Spanish (longer kind labels)."""
    from PySide6.QtCore import QLocale

    from nap_desktop.gui.application import install_translators

    installed = install_translators(qapp, QLocale(request.param))
    yield request.param
    for translator in installed:
        qapp.removeTranslator(translator)


def test_the_demo_vault_exports_to_a_demo_partner_through_the_wizard(
    qtbot: QtBot, qtmodeltester: Any, demo_workspace: Workspace, tmp_path: Path, language: str
) -> None:
    wizard = ExportWizard(workspace=demo_workspace, discreet=True)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    page, view = wizard.partner_page, wizard.partner_page.table
    qtmodeltester.check(page.model)
    names = [r.cells[0] for r in page.model.rows]
    harbor = page.model.index(names.index("Harbor Legal Aid (demo)"), 0)
    casa = page.model.index(names.index("Casa Esperanza Shelter (demo)"), 0)
    # Unverified: neither enabled nor selectable, and drawn in grey like disabled text.
    assert page.model.flags(harbor) == Qt.ItemFlag.NoItemFlags
    grey = page.model.data(harbor, Qt.ItemDataRole.ForegroundRole)
    assert grey is not None and grey.color() != view.palette().text().color()
    assert page.model.data(casa, Qt.ItemDataRole.ForegroundRole) is None
    view.selectRow(harbor.row())
    assert page.chosen() is None and not page.isComplete()
    # At the wizard's default size the kind and the keys are shown whole, nothing scrolls
    # sideways (the agency name wraps if it must).
    assert wizard.size() == wizard.minimumSize()
    assert page.model.headers[1] == ("Tipo" if language == "es_MX" else "Kind")
    for column in (1, 2):
        assert view.columnWidth(column) >= view.sizeHintForColumn(column), (language, column)
    assert view.horizontalScrollBar().maximum() == 0

    view.selectRow(casa.row())
    assert page.isComplete() and wizard.partner.name == "Casa Esperanza Shelter (demo)"
    wizard.next()
    wizard.cases_page.every.setChecked(True)
    assert wizard.referral_ids is None
    with qtbot.waitSignal(wizard.preview_ready, timeout=WAIT):
        wizard.next()
    assert wizard.review_page.isComplete()
    run_export(qtbot, wizard, tmp_path / "to-casa")
    done = wizard.done_result
    assert done is not None and done.partner_name == "Casa Esperanza Shelter (demo)"
    assert done.referral_count > 0 and done.client_count > 0
    package = tmp_path / "to-casa.napx"
    assert stat.S_IMODE(package.stat().st_mode) == 0o600 and package.stat().st_size > 0


@pytest.mark.parametrize("damage", ["flip", "truncate", "foreign"])
def test_a_bad_package_shows_the_message_and_changes_nothing(
    qtbot: QtBot, paired: tuple[Workspace, Workspace], tmp_path: Path, damage: str
) -> None:
    a, b = paired
    add_case(side(a), partner_id(a), categories=["identity"])
    data = side(a).exports.export(partner_id(a))
    expected = "damaged"
    if damage == "flip":
        data = data[:-40] + bytes([data[-40] ^ 1]) + data[-39:]
    elif damage == "truncate":
        data = data[:-7]
    else:  # a package that B cannot open at all: it is for another agency
        c = make(tmp_path / "c", "Legal Aid (test)", AgencyKind.LEGAL)
        try:
            card = side(c).identity.identity_card()
            side(a).identity.pin_partner(card.card, card.fingerprint)
            add_case(side(a), partner_id_named(a, "Legal Aid (test)"), categories=["identity"])
            data = side(a).exports.export(partner_id_named(a, "Legal Aid (test)"))
        finally:
            c.close()
        expected = "not addressed to your agency"
    bad = tmp_path / "bad.napx"
    bad.write_bytes(data)
    before = side(b).counts()
    dialog = open_import(qtbot, b, bad, discreet=False, signal="failed")
    assert expected in dialog.status.text()
    assert "Nothing in your vault was changed" in dialog.status.text()
    assert "Traceback" not in dialog.status.text()
    assert not dialog.apply_button.isEnabled() and dialog.model.rowCount() == 0
    assert side(b).counts() == before


def partner_id_named(ws: Workspace, name: str) -> str:
    from nap_desktop.services.transfer.views import TransferViews

    return next(p.agency_id for p in TransferViews(ws.ctx).partner_keys().values()
                if p.name == name)


def test_only_supervisors_may_override(
    qtbot: QtBot, paired: tuple[Workspace, Workspace]
) -> None:
    a, _b = paired
    add_case(side(a), partner_id(a), categories=["identity"])
    side(a).act_as_role(Role.CASEWORKER)
    wizard = ExportWizard(workspace=a, discreet=True, partner_id=partner_id(a))
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    cases = wizard.cases_page
    # Nothing was selected: referrals are ticked one by one, and Next waits for one.
    assert cases.some.isChecked() and not cases.every.isChecked()
    assert not cases.isComplete() and "Tick the referrals" in cases.count.text()
    assert cells(cases.model)[0][2] == MASK
    cases.every.setChecked(True)  # the whole caseload with the partner: deliberately
    assert cases.isComplete() and cases.chosen_ids() is None
    with qtbot.waitSignal(wizard.preview_ready, timeout=WAIT):
        wizard.next()
    assert not wizard.review_page.override.isEnabled()
    assert "Only a supervisor" in wizard.review_page.override_note.text()


# --- conflicts ----------------------------------------------------------------------------------


def test_a_conflict_is_listed_compared_and_resolved(
    qtbot: QtBot, qtmodeltester: Any, paired: tuple[Workspace, Workspace], tmp_path: Path
) -> None:
    a, b = paired
    ids = add_case(side(a), partner_id(a), categories=["identity"])
    a.referrals.transition(ids["referral"], "sent")
    first = tmp_path / "first.napx"
    first.write_bytes(side(a).exports.export(partner_id(a)))
    dialog = open_import(qtbot, b, first, discreet=False)
    with qtbot.waitSignal(dialog.applied, timeout=WAIT):
        dialog.apply()
    # each side takes a step of its own: the sender withdraws, the receiver acknowledges
    a.referrals.transition(ids["referral"], "withdrawn", reason="other", reason_text="dup")
    b.referrals.transition(ids["referral"], "received")
    second = tmp_path / "second.napx"
    second.write_bytes(side(a).exports.export(partner_id(a)))
    dialog = open_import(qtbot, b, second, discreet=False)
    assert dialog.counts["conflict"].text() == "1"
    [conflicting] = [r for r in dialog.model.rows if r.tag == "conflict"]
    assert set(conflicting.cells[3].split(", ")) == {  # what differs, by the editors' names
        "Status", "Reason", "Reason given", "Status history"}
    with qtbot.waitSignal(dialog.applied, timeout=WAIT):
        dialog.apply()
    assert dialog.conflicts_button.isVisibleTo(dialog)
    assert b.cases.get_case(ids["client"]).referrals[0].status.value == "received"

    conflicts = ConflictsDialog(workspace=b, discreet=True)
    qtbot.addWidget(conflicts)
    qtmodeltester.check(conflicts.list_model)
    [row] = cells(conflicts.list_model)
    assert row[0] == "Referral"
    assert row[1] == b.cases.get_case(ids["client"]).client.case_number
    assert row[3] == "Casa Esperanza (test)"
    assert not conflicts.keep_theirs.isEnabled()
    conflicts.list.selectRow(0)
    qtmodeltester.check(conflicts.fields_model)
    fields = {r.cells[0]: r for r in conflicts.fields_model.rows}
    # base, ours, theirs, what happens: both changed the status
    assert fields["Status"].cells[2:4] == ["Received", "Withdrawn"]
    assert fields["Status"].cells[4] == "You choose: both changed it"
    assert fields["Status"].emphasis
    assert conflicts.fields_model.rows[0].emphasis  # differences come first
    assert fields["To agency"].cells[2] == "HSI Field Office (test)"  # a name, not an id
    assert "Client" not in fields  # the same link on both sides says nothing
    assert not fields["Services requested"].emphasis
    assert fields["Services requested"].cells[4] == "Same on both sides"
    # The editors' own labels, never raw names.
    assert {"Their case number", "Urgency"} <= set(fields)
    assert not any("_" in name or name.endswith(" id") for name in fields)
    assert fields["Safety notes"].cells[2] == MASK  # discreet mode
    assert fields["Safety notes"].cells[4].startswith("Kept:")  # withheld: ours stays
    assert not fields["Safety notes"].emphasis  # nothing to decide: not in bold
    # one pair of radio buttons per contested field; apply only once all are chosen
    assert set(conflicts.choices.groups) == set(conflicts.comparison.merge.pending)
    assert not conflicts.apply_merge.isEnabled()
    assert "Choose a value for" in conflicts.merge_summary.text()
    asked: list[str] = []
    conflicts.ask = lambda _p, _t, text: asked.append(text) or False
    conflicts.resolve("remote")
    assert asked and b.cases.get_case(ids["client"]).referrals[0].status.value == "received"
    conflicts.ask = lambda *_a: True
    with qtbot.waitSignal(conflicts.resolved, timeout=WAIT):
        conflicts.keep_theirs.click()  # the sender's withdrawal is the sender's to make
    assert b.cases.get_case(ids["client"]).referrals[0].status.value == "withdrawn"
    assert conflicts.list_model.rowCount() == 0
    assert "No conflicts" in conflicts.summary.text()


def test_a_conflict_merges_field_by_field_with_a_choice_per_contested_field(
    qtbot: QtBot, paired: tuple[Workspace, Workspace]
) -> None:
    a, b = paired
    ids = add_case(side(a), partner_id(a), categories=["identity", "safety"])
    b.imports.import_package(side(a).exports.export(partner_id(a)))
    edit = {"referring_person": "", "safety_notes": "Trafficker nearby",
            "release_id": ids["release"]}
    a.referrals.update(ids["referral"], services=["medical"], urgency="routine",
                       external_case_number="FBI-77", **edit)
    b.referrals.update(ids["referral"], services=["education"], urgency="priority",
                       external_case_number="", **edit)
    b.imports.import_package(side(a).exports.export(partner_id(a)))
    conflicts = ConflictsDialog(workspace=b, discreet=False)
    qtbot.addWidget(conflicts)
    conflicts.list.selectRow(0)
    fields = {r.cells[0]: r.cells[4] for r in conflicts.fields_model.rows}
    assert fields["Their case number"] == (
        "Taken from Casa Esperanza (test) automatically: only they changed it")
    assert fields["Urgency"] == "Kept: only we changed it"
    assert fields["Services requested"] == "You choose: both changed it"
    [group] = conflicts.choices.groups.values()
    theirs = group.button(1)
    assert theirs.accessibleName() == "Services requested: take Casa Esperanza (test)'s"
    assert not conflicts.apply_merge.isEnabled()
    theirs.setChecked(True)
    assert conflicts.apply_merge.isEnabled()
    assert conflicts.merge_summary.text().startswith(
        "Applying takes 1 field(s) from Casa Esperanza (test) automatically and 1 you chose,"
        " and keeps ours in 1")
    with qtbot.waitSignal(conflicts.resolved, timeout=WAIT):
        conflicts.apply_merge.click()
    merged = b.cases.get_case(ids["client"]).referrals[0]
    assert (merged.external_case_number, merged.urgency.value,
            {x.value for x in merged.services}) == ("FBI-77", "priority", {"medical"})
    assert conflicts.list_model.rowCount() == 0


def test_the_choices_fit_without_scroll_bars_and_long_values_are_shortened(
    qtbot: QtBot, paired: tuple[Workspace, Workspace]
) -> None:
    a, b = paired
    ids = add_case(side(a), partner_id(a), categories=["identity", "safety"])
    b.imports.import_package(side(a).exports.export(partner_id(a)))
    b.releases.create(client_id=ids["client"], recipient_agency_id=partner_id(b),
                      categories=["identity", "safety"], purpose="Coordinate",
                      expires_on=b.ctx.today().replace(year=2027), signed_on=b.ctx.today())
    long_notes = "Moved twice & watched\n<b>Hostile</b> " + "He waits outside the clinic. " * 20
    edit = {"services": ["legal", "housing"], "urgency": "routine", "referring_person": "",
            "external_case_number": "", "release_id": ids["release"]}
    a.referrals.update(ids["referral"], safety_notes=long_notes, **edit)
    b.referrals.update(ids["referral"], safety_notes="Call first", **edit)
    b.imports.import_package(side(a).exports.export(partner_id(a)))
    for discreet in (False, True):
        conflicts = ConflictsDialog(workspace=b, discreet=discreet)
        qtbot.addWidget(conflicts)
        conflicts.resize(1366, 740)
        conflicts.show()
        qtbot.waitExposed(conflicts)
        conflicts.list.selectRow(0)
        assert conflicts.note.text().startswith("Apply merge: what only the partner changed")
        [group] = conflicts.choices.groups.values()
        ours, theirs = group.button(0), group.button(1)
        assert not conflicts.choices.verticalScrollBar().isVisible()
        assert not conflicts.choices.horizontalScrollBar().isVisible()
        assert conflicts.choices.widget().height() <= conflicts.choices.viewport().height()
        if discreet:  # a masked value is not in a tooltip either
            assert MASK in theirs.text() and theirs.toolTip() == ""
            assert "Moved" not in theirs.text() + theirs.toolTip()
        else:
            assert "\n" not in theirs.text() and theirs.text().endswith("…")
            assert "Moved twice && watched" in theirs.text()  # "&" is not an access key
            assert len(theirs.text()) < 100 and "He waits outside" in theirs.toolTip()
            assert "&lt;b&gt;Hostile" in theirs.toolTip()  # shown as typed, not as markup
            assert ours.text().endswith("Call first") and ours.toolTip() == ""
        conflicts.close()


# --- the menu ---------------------------------------------------------------------------------


def test_transfer_menu_opens_the_wizard_on_the_selected_referral(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    menus = [a.text() for a in main_window.menuBar().actions()]
    assert "&Transfer" in menus
    texts = [a.text() for a in main_window.transfer.actions]
    assert texts == ["&Export to partner…", "&Import package…", "&Conflicts…",
                     "&My identity card…"]
    main_window.tabs.setCurrentWidget(main_window.caseload)
    table = main_window.caseload.table
    table.selectRow(0)
    referral_id = table.model().data(table.model().index(0, 0), Qt.ItemDataRole.UserRole + 2)
    seen: list[tuple[type, Any]] = []

    def look(dialog: QDialog) -> int:  # runs while the dialog is open
        if isinstance(dialog, ExportWizard):
            page = dialog.partner_page
            chosen = page.chosen()
            seen.append((ExportWizard, (dialog.initial_referrals, dialog.discreet,
                                        [(r.cells[0], r.enabled) for r in page.model.rows],
                                        dialog.initial_partner,
                                        chosen.agency_id if chosen else None)))
        elif isinstance(dialog, ConflictsDialog):
            seen.append((ConflictsDialog, dialog.list_model.rowCount()))
        return 0

    main_window.transfer.run_dialog = look
    main_window.transfer.export_to_partner()
    [(kind, (initial, discreet, rows, partner, chosen))] = seen
    assert kind is ExportWizard and initial == [referral_id]
    assert discreet == main_window.discreet
    # the demo's partners have pinned cards, but for one left unverified on purpose
    assert [name for name, enabled in rows if not enabled] == ["Harbor Legal Aid (demo)"]
    harbor = next(a.id for a in main_window.workspace.agencies.list()
                  if a.name == "Harbor Legal Aid (demo)")
    assert chosen == (None if partner == harbor else partner)  # the referral's partner
    main_window.transfer.choose_package = lambda *_a: ""
    main_window.transfer.import_package()  # cancelled file choice: nothing opens
    assert len(seen) == 1
    main_window.transfer.show_conflicts()
    assert seen[-1] == (ConflictsDialog, 0)


def test_the_package_path_gets_its_extension_and_a_writable_folder(
    qtbot: QtBot, paired: tuple[Workspace, Workspace], tmp_path: Path
) -> None:
    a, _b = paired
    wizard = ExportWizard(workspace=a, discreet=True)
    qtbot.addWidget(wizard)
    assert wizard.check_target(str(tmp_path / "out")) == tmp_path / "out.napx"
    with pytest.raises(Exception, match="does not exist"):
        wizard.check_target(str(tmp_path / "missing" / "out.napx"))
    assert suggested_name("HSI Field Office (test)", date(2026, 3, 1)) == \
        "HSI-Field-Office-test-2026-03-01.napx"


def test_locking_closes_an_open_transfer_dialog(qtbot: QtBot, main_window: MainWindow) -> None:
    seen: list[tuple[bool, int]] = []

    def lock_while_open(dialog: QDialog) -> int:
        dialog.show()
        main_window.lock_now()  # the auto-lock firing while the dialog is open
        seen.append((dialog.isVisible(), dialog.result()))
        return dialog.result()

    main_window.transfer.run_dialog = lock_while_open
    main_window.transfer.show_conflicts()
    assert seen == [(False, QDialog.DialogCode.Rejected)]
    assert main_window.workspace is None
    main_window.transfer.show_conflicts()  # locked: the menu does nothing
    assert len(seen) == 1


def test_every_transfer_control_has_a_name_and_a_keyboard_path(
    qtbot: QtBot, paired: tuple[Workspace, Workspace], tmp_path: Path
) -> None:
    from tests.gui.test_accessibility import assert_accessible

    a, b = paired
    add_case(side(a), partner_id(a), categories=["identity"])
    package = tmp_path / "p.napx"
    package.write_bytes(side(a).exports.export(partner_id(a)))
    wizard = ExportWizard(workspace=a, discreet=False, partner_id=partner_id(a))
    qtbot.addWidget(wizard)
    for page_id in wizard.pageIds():
        assert_accessible(wizard.page(page_id))
    dialogs: list[QDialog] = [
        open_import(qtbot, b, package, discreet=True),
        ConflictsDialog(workspace=b, discreet=False),
        PinCardDialog(workspace=a),
        MyCardDialog(workspace=a),
        PartnersDialog(workspace=a),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        assert_accessible(dialog)


def test_an_unreadable_package_file_is_explained_plainly(tmp_path: Path) -> None:
    from nap_desktop.gui.transfer.importing import PackageUnreadable, read_package

    with pytest.raises(PackageUnreadable, match="There is no file"):
        read_package(tmp_path / "missing.napx")
    with pytest.raises(PackageUnreadable, match="is a folder"):
        read_package(tmp_path)
