"""Screenshots of the conflicts dialog's merge (en, es), at 1366x768; run by hand:
xvfb-run -a .venv/bin/python -m pytest -q -p no:cacheprovider tests/gui/shoot_merge.py"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from nap_desktop.gui.application import install_translators
from nap_desktop.gui.transfer.conflicts import ConflictsDialog
from nap_desktop.services.workspace import Workspace
from tests.gui.test_transfer_gui import paired, partner_id, side, vaults  # noqa: F401
from tests.transfer.transfer_helpers import add_case

OUT = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


@pytest.mark.parametrize("language", ["en", "es"])
def test_shoot(qtbot: QtBot, qapp: object, paired: tuple[Workspace, Workspace],  # noqa: F811
               language: str) -> None:
    translators = install_translators(qapp, QLocale("es_MX")) if language == "es" else []
    a, b = paired
    ids = add_case(side(a), partner_id(a), categories=["identity", "safety"])
    b.imports.import_package(side(a).exports.export(partner_id(a)))
    edit = {"referring_person": "", "safety_notes": "Trafficker nearby",
            "release_id": ids["release"]}
    a.referrals.update(ids["referral"], services=["medical"], urgency="routine",
                       external_case_number="FBI-77", **edit)
    b.referrals.update(ids["referral"], services=["education", "legal"], urgency="priority",
                       external_case_number="", **edit)
    b.imports.import_package(side(a).exports.export(partner_id(a)))
    dialog = ConflictsDialog(workspace=b, discreet=False)
    qtbot.addWidget(dialog)
    dialog.resize(1366, 740)
    dialog.show()
    dialog.list.selectRow(0)
    qtbot.waitExposed(dialog)
    suffix = "" if language == "en" else "-es"
    dialog.grab().save(str(OUT / f"conflicts-merge{suffix}.png"))
    [group] = dialog.choices.groups.values()
    group.button(1).setChecked(True)
    dialog.grab().save(str(OUT / f"conflicts-merge-chosen{suffix}.png"))
    for t in translators:
        qapp.removeTranslator(t)  # type: ignore[attr-defined]
