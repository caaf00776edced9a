"""The client fields the funders' reports need, on the Client tab: several genders and
races may be ticked, the three "no answer" values exclude the rest (kept by the widget),
and what is saved is there again when the case is opened again."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from nap_desktop.domain.enums import Citizenship, Gender, RaceEthnicity, ReferralSource, Sex
from nap_desktop.gui.case.demographics import MultiAnswer
from nap_desktop.gui.case.view import CaseView
from nap_desktop.gui.widgets.common import Choice
from nap_desktop.services.workspace import Workspace
from tests.gui.conftest import plant_case


def open_client(qtbot: QtBot, ws: Workspace, client_id: str) -> CaseView:
    view = CaseView(workspace=ws, client_id=client_id, discreet=False)
    view.guard.ask = lambda *_a: Choice.DISCARD
    qtbot.addWidget(view)
    view.resize(1300, 900)
    view.show()
    view.show_tab(view.client_tab)
    return view


def test_no_answer_excludes_the_answers_and_back(qtbot: QtBot) -> None:
    widget = MultiAnswer(Gender)
    qtbot.addWidget(widget)
    widget.boxes[Gender.WOMAN].setChecked(True)
    widget.boxes[Gender.TRANSGENDER].setChecked(True)
    assert widget.values() == {Gender.WOMAN, Gender.TRANSGENDER}
    widget.boxes[Gender.REFUSED].setChecked(True)
    assert widget.values() == {Gender.REFUSED}
    widget.boxes[Gender.DOESNT_KNOW].setChecked(True)
    assert widget.values() == {Gender.DOESNT_KNOW}
    widget.boxes[Gender.MAN].setChecked(True)
    assert widget.values() == {Gender.MAN}
    widget.boxes[Gender.MAN].setChecked(False)
    assert widget.values() == {Gender.NOT_COLLECTED}  # nothing ticked is never "no data"


def test_the_new_fields_are_saved_and_shown_after_reopening(
        qtbot: QtBot, workspace: Workspace) -> None:
    planted = plant_case(workspace)
    view = open_client(qtbot, workspace, planted.client_id)
    form = view.client_tab.form
    fields = form.demographics
    assert fields.multi["gender"].values() == {Gender.NOT_COLLECTED}  # an existing client
    fields.multi["gender"].boxes[Gender.WOMAN].setChecked(True)
    fields.multi["race_ethnicity"].boxes[RaceEthnicity.HISPANIC_LATINA].setChecked(True)
    fields.multi["race_ethnicity"].boxes[RaceEthnicity.ASIAN].setChecked(True)
    for key, value in (("sex", Sex.FEMALE), ("citizenship", Citizenship.FOREIGN_NATIONAL),
                       ("referral_source", ReferralSource.REFUSED)):
        combo = fields.single[key]
        combo.setCurrentIndex(combo.findData(value))
    assert view.is_dirty()
    assert form.save(), form.message.text()
    view.close()

    again = open_client(qtbot, workspace, planted.client_id).client_tab.form.demographics
    assert again.multi["gender"].values() == {Gender.WOMAN}
    assert again.multi["race_ethnicity"].values() == {RaceEthnicity.HISPANIC_LATINA,
                                                      RaceEthnicity.ASIAN}
    assert again.single["sex"].currentData() == Sex.FEMALE
    assert again.single["citizenship"].currentData() == Citizenship.FOREIGN_NATIONAL
    assert again.single["referral_source"].currentData() == ReferralSource.REFUSED


def test_discreet_mode_hides_the_reported_fields(qtbot: QtBot, workspace: Workspace) -> None:
    planted = plant_case(workspace)
    view = CaseView(workspace=workspace, client_id=planted.client_id, discreet=True)
    qtbot.addWidget(view)
    view.show()
    view.show_tab(view.client_tab)
    assert not view.client_tab.form.reported_box.isVisibleTo(view)
