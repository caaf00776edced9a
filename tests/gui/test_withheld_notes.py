"""What a partner sees: at the receiving agency, notes the sender withheld (no release to
us covers them) read "Withheld by <sender> — no release", not "No notes yet"; and
``nap referrals show`` says which categories were withheld and by whom. Between two real
encrypted vaults."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from nap_desktop.cli_commands.cases import render_case
from nap_desktop.gui.case.view import CaseView
from nap_desktop.gui.widgets.common import Choice
from nap_desktop.services.workspace import Workspace
from tests.gui.test_transfer_gui import side, vaults
from tests.transfer.transfer_helpers import add_case, pair, to

__all__ = ["vaults"]  # fixture


def exchanged(vaults: tuple[Workspace, Workspace], categories: list[str]) -> tuple[
        Workspace, dict[str, str]]:
    a, b = vaults
    sa, sb = side(a), side(b)
    pair(sa, sb)
    ids = add_case(sa, to(sa, sb), categories=categories, housing=False)
    sa.referrals.transition(ids["referral"], "sent")
    assert sb.imports.import_package(sa.exports.export_detailed(to(sa, sb)).data).applied
    return b, ids


def notes_tab(qtbot: QtBot, ws: Workspace, client_id: str) -> object:
    view = CaseView(workspace=ws, client_id=client_id, discreet=False)
    view.guard.ask = lambda *_a: Choice.DISCARD
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show_tab(view.notes_tab)
    return view.notes_tab


def test_withheld_notes_say_who_withheld_them(
    qtbot: QtBot, vaults: tuple[Workspace, Workspace]
) -> None:
    b, ids = exchanged(vaults, ["identity"])
    assert b.cases.get_case(ids["client"]).notes == []  # the note stayed at the sender
    tab = notes_tab(qtbot, b, ids["client"])
    assert tab.withheld.isVisibleTo(tab)  # type: ignore[attr-defined]
    assert tab.withheld.text() == (  # type: ignore[attr-defined]
        "Notes: Withheld by Casa Esperanza (test) — no release")
    assert not tab.empty.isVisibleTo(tab)  # type: ignore[attr-defined]  # not "No notes yet"


def test_shared_notes_arrive_without_a_withheld_marker(
    qtbot: QtBot, vaults: tuple[Workspace, Workspace]
) -> None:
    b, ids = exchanged(vaults, ["identity", "notes"])
    assert [n.body for n in b.cases.get_case(ids["client"]).notes] == ["Case note"]
    tab = notes_tab(qtbot, b, ids["client"])
    assert not tab.withheld.isVisibleTo(tab)  # type: ignore[attr-defined]


def test_referrals_show_names_the_withheld_categories(
    vaults: tuple[Workspace, Workspace]
) -> None:
    b, ids = exchanged(vaults, ["identity", "notes"])
    case = b.cases.get_case(ids["client"])
    [ref] = case.referrals
    text = render_case(case, ref, b.ctx.today())
    line = next(x for x in text.splitlines() if "Withheld by" in x)
    assert line.strip().startswith("Withheld by Casa Esperanza (test) (no release):")
    named = set(line.split(":", 1)[1].replace(" ", "").split(","))
    assert named == {"contact", "location", "demographics", "immigration", "safety", "housing",
                     "restitution"}
    assert "Our next steps: Mark received" in text
    # our own case (we sent it) has nothing withheld from us
    a = vaults[0]
    own = a.cases.get_case(ids["client"])
    assert "Withheld by" not in render_case(own, own.referrals[0], a.ctx.today())
