"""The import preview tells the person what a partner's package may not change here: a
widened release of ours is "Not applied", a release the partner recorded is kept as its
information, and values we withhold from it are named as kept."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from nap_desktop.services.workspace import Workspace
from tests.gui.test_transfer_gui import cells, open_import, paired, side, vaults
from tests.transfer.forge import edited, forge, new_release, records_in
from tests.transfer.test_transfer_authority import ALL, make_case, to

__all__ = ["paired", "vaults"]  # fixtures


def test_the_preview_says_what_the_partner_may_not_change(
        qtbot: QtBot, paired: tuple[Workspace, Workspace], tmp_path: Path) -> None:
    ws_a, ws_b = paired
    a, b = side(ws_a), side(ws_b)
    a.partners[b.name] = ws_a.identity.find_partner(b.name)
    b.partners[a.name] = ws_b.identity.find_partner(a.name)
    ids = make_case(a, b, ["housing"])
    sent = a.exports.export(to(a, b))
    b.imports.import_package(sent)
    b.referrals.transition(ids["referral"], "received")
    back = b.exports.export(to(b, a))
    widened = edited(next(r for r in records_in(sent, b) if r["id"] == ids["release"]),
                     categories=ALL)
    theirs = new_release(client_id=ids["client"], recipient=b.me, today=a.ctx.today())
    path = tmp_path / "forged.napx"
    path.write_bytes(forge(back, sender=b, receiver=a, edit=lambda rs: [
        *(r for r in rs if r["type"] != "release"), widened, theirs]))
    dialog = open_import(qtbot, ws_a, path, discreet=False)
    assert dialog.counts["refused"].text() == "1"
    rows = [" ".join(row) for row in cells(dialog.model)]
    assert any("only your staff change your consent" in row for row in rows)
    assert any("Kept as the sender's release" in row for row in rows)
    assert "never changes your consent" in dialog.note.text()
    assert "never open what you share" in dialog.note.text()
    with qtbot.waitSignal(dialog.applied, timeout=20_000):
        dialog.apply()
    assert "Not applied: 1" in dialog.note.text()
    ours = {r.id: r for r in a.releases.for_client(ids["client"])}[ids["release"]]
    assert ours.categories == frozenset({"housing"})
