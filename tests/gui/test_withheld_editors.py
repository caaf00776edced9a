"""A case received from a partner that withheld details: the editors say so ("Withheld
by … — no release") instead of showing blanks, "Unknown" or an unticked "Under 18",
edits save without inventing a name, and a value is entered only deliberately. Two real
encrypted vaults."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from nap_desktop.domain.enums import AgencyKind, TraffickingType
from nap_desktop.gui.case.view import CaseView
from nap_desktop.gui.widgets.common import Choice
from nap_desktop.services.workspace import Workspace
from tests.gui.test_transfer_gui import make, side
from tests.transfer.test_transfer_withheld import ALL, make_case, release_back, to
from tests.transfer.transfer_helpers import Side, pair

SENDER = "Casa Esperanza (test)"
WITHHELD = f"Withheld by {SENDER} — no release"


@pytest.fixture
def received(tmp_path: Path) -> Iterator[tuple[Side, Side, dict[str, str]]]:
    """A's case sent to B under a release that covers housing only."""
    a_ws = make(tmp_path / "a", SENDER, AgencyKind.VICTIM_SERVICE_PROVIDER)
    b_ws = make(tmp_path / "b", "Harbor Legal Aid (test)", AgencyKind.LEGAL)
    a, b = side(a_ws), side(b_ws)
    pair(a, b)
    ids = make_case(a, to(a, b), ["housing"])
    b.imports.import_package(a.exports.export(to(a, b)))
    b.ws = b_ws  # type: ignore[attr-defined]
    yield a, b, ids
    a_ws.close()
    b_ws.close()


def open_view(qtbot: QtBot, ws: Workspace, client_id: str, *, discreet: bool = False) -> CaseView:
    view = CaseView(workspace=ws, client_id=client_id, discreet=discreet)
    view.guard.ask = lambda *_a: Choice.DISCARD
    qtbot.addWidget(view)
    view.resize(1300, 900)
    view.show()
    return view


def test_withheld_client_fields_are_marked_not_shown_as_values(
        qtbot: QtBot, received: tuple[Side, Side, dict[str, str]]) -> None:
    _a, b, ids = received
    view = open_view(qtbot, b.ws, ids["client"])  # type: ignore[attr-defined]
    form = view.client_tab.form
    view.show_tab(view.client_tab)
    for key in ("legal_name", "date_of_birth", "is_minor", "location", "t_visa"):
        marker = form.markers[key]
        assert marker.isVisibleTo(view) and marker.text.text() == WITHHELD, key
        assert not form.widgets[key].isVisibleTo(view), key  # no blank, no "Unknown"
        assert form.labels[key].buddy() is marker  # the mnemonic reaches "Enter a value…"
    assert form.markers["legal_name"].button.accessibleName() == \
        "Enter a value for Legal name here"
    assert form.widgets["trafficking_type"].isVisibleTo(view)
    # A change elsewhere saves without inventing a name.
    form.trafficking.setCurrentIndex(form.trafficking.findData(TraffickingType.SEX))
    assert form.save(), form.message.text()
    client = b.cases.get_case(ids["client"]).client
    assert client.trafficking_type is TraffickingType.SEX and client.personal.legal_name == ""
    assert "legal_name" in client.not_received
    assert form.markers["legal_name"].isVisibleTo(view)


def test_a_value_is_entered_deliberately_and_then_known(
        qtbot: QtBot, received: tuple[Side, Side, dict[str, str]]) -> None:
    a, b, ids = received
    view = open_view(qtbot, b.ws, ids["client"])  # type: ignore[attr-defined]
    form = view.client_tab.form
    view.show_tab(view.client_tab)
    assert not form.is_dirty()
    form.markers["preferred_name"].button.click()
    assert form.preferred_name.isVisibleTo(view)
    assert view.window().focusWidget() is form.preferred_name
    assert not form.markers["preferred_name"].isVisibleTo(view)
    form.preferred_name.setText("Luz")
    form.markers["is_minor"].button.click()  # "not a minor", deliberately
    assert not form.minor.isChecked() and form.is_dirty()
    assert form.save(), form.message.text()
    client = b.cases.get_case(ids["client"]).client
    assert client.personal.preferred_name == "Luz"
    assert not client.not_received.fields & {"preferred_name", "is_minor"}
    assert "legal_name" in client.not_received
    assert not form.markers["preferred_name"].isVisibleTo(view)
    assert form.markers["legal_name"].isVisibleTo(view)
    # B's entries go back to A, but A withholds identity from B: A keeps its own values
    # (issue #10, "withheld stays withheld").
    release_back(b, a, ids["client"], ALL)
    a.imports.import_package(b.exports.export(to(b, a)))
    p = a.cases.get_case(ids["client"]).client.personal
    assert (p.preferred_name, p.is_minor, p.legal_name, p.date_of_birth) == (
        "Mari", True, "Marisol Quispe", date(2009, 3, 4))


def test_revert_locks_an_entered_field_again(
        qtbot: QtBot, received: tuple[Side, Side, dict[str, str]]) -> None:
    _a, b, ids = received
    view = open_view(qtbot, b.ws, ids["client"])  # type: ignore[attr-defined]
    form = view.client_tab.form
    view.show_tab(view.client_tab)
    form.markers["contact_info"].button.click()
    assert form.is_dirty()
    form.revert()
    assert not form.is_dirty() and form.markers["contact_info"].isVisibleTo(view)


def test_safety_notes_and_shelter_are_marked_in_the_referral_and_housing_tabs(
        qtbot: QtBot, received: tuple[Side, Side, dict[str, str]]) -> None:
    _a, b, ids = received
    view = open_view(qtbot, b.ws, ids["client"])  # type: ignore[attr-defined]
    view.show_tab(view.referral_tab)
    referral = view.referral_tab.form
    assert referral.markers["safety_notes"].isVisibleTo(view)
    assert referral.markers["safety_notes"].text.text() == WITHHELD
    view.show_tab(view.housing_tab)
    placement = view.housing_tab.form
    for key in ("provider", "safety_notes"):
        assert placement.markers[key].isVisibleTo(view), key
        assert not placement.widgets[key].isVisibleTo(view), key
    model = view.housing_tab.placements
    assert model.data(model.index(0, 1)) == "Withheld — no release"
    # The placement saves with its provider still withheld.
    placement.expected_exit.none_box.setChecked(False)
    assert placement.save(), placement.message.text()
    saved = b.cases.get_case(ids["client"]).placements[0]
    assert saved.provider == "" and "provider" in saved.not_received


def test_discreet_mode_hides_the_markers_with_the_rows(
        qtbot: QtBot, received: tuple[Side, Side, dict[str, str]]) -> None:
    _a, b, ids = received
    view = open_view(qtbot, b.ws, ids["client"], discreet=True)  # type: ignore[attr-defined]
    view.show_tab(view.client_tab)
    assert not view.client_tab.form.markers["legal_name"].isVisibleTo(view)
