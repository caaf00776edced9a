"""The release editor's "Print the form to sign…": a preview from memory of the form for
the chosen agency, in the form's language, the survivor's name only when asked for (never
in discreet mode), saved owner-only under a name without the survivor's."""

from __future__ import annotations

import stat
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from nap_desktop.domain.enums import InfoCategory
from nap_desktop.gui.case.dialogs import FormDialog
from nap_desktop.gui.case.release_form_dialog import ReleaseFormDialog, form_lang
from nap_desktop.reports import i18n
from nap_desktop.services.workspace import Workspace
from nap_desktop.store.models import AuditRow
from tests.gui.conftest import PLANTED_NAME, plant_case
from tests.gui.test_case_view import choose, open_view, set_date
from tests.reports.pdftext import all_text


def open_form(qtbot: QtBot, ws: Workspace, *, discreet: bool = False,
              language: str = "Spanish") -> tuple[ReleaseFormDialog, str]:
    """Open New release, fill some of it, press "Print the form to sign…"."""
    planted = plant_case(ws)
    view = open_view(qtbot, ws, planted.client_id, discreet=discreet)
    tab = view.releases_tab
    partner = next(a for a in ws.agencies.list(include_self=False))
    opened: list[ReleaseFormDialog] = []

    def run(dialog: QDialog) -> int:
        if isinstance(dialog, FormDialog):
            form: Any = dialog.form
            choose(form.recipient, partner.id)
            form.language.setCurrentText(language)
            form.purpose.setText("Coordinate housing")
            set_date(form.expires_on, date(2027, 6, 1))
            assert form.print_button.text().replace("&", "") == "Print the form to sign…"
            assert form.print_form()
            return 0
        assert isinstance(dialog, ReleaseFormDialog)
        qtbot.addWidget(dialog)
        opened.append(dialog)
        return 1

    tab.run_dialog = run
    assert not tab.new_release()
    return opened[0], partner.name


def test_form_previews_for_the_partner_in_the_forms_language(
        qtbot: QtBot, workspace: Workspace, tmp_path: Path) -> None:
    dialog, partner = open_form(qtbot, workspace)
    assert dialog.ui.language.currentData() == "es"  # "Form language: Spanish"
    assert dialog.made is not None and dialog.preview.page_count() == dialog.made.pages >= 1
    text = all_text(dialog.made.pdf)
    assert partner in text and "Coordinate housing" in text and "01/06/2027" in text
    for category in InfoCategory:
        assert i18n.enum_label("es", category) in text
    assert PLANTED_NAME not in text  # a line to write it by hand
    assert not dialog.ui.print_name.isChecked()

    dialog.ui.language.setCurrentIndex(dialog.ui.language.findData("en"))
    dialog.ui.print_name.setChecked(True)
    assert not dialog.ui.save_button.isEnabled()  # changed: preview first
    assert dialog.refresh()
    assert PLANTED_NAME in all_text(dialog.made.pdf)
    assert "Authorization to release information" in all_text(dialog.made.pdf)

    target = tmp_path / "form.pdf"
    suggested: list[str] = []
    dialog.ask_path = lambda _p, _t, name: suggested.append(name) or str(target)
    assert dialog.save_form()
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert target.read_bytes() == dialog.made.pdf
    assert suggested[0].startswith("release-form-") and suggested[0].endswith("-en.pdf")
    assert PLANTED_NAME.split()[0] not in suggested[0]
    with workspace.ctx.read() as s:
        details = list(s.scalars(select(AuditRow.detail).where(
            AuditRow.action == "report.release_form")))
    assert len(details) == 2 and all(PLANTED_NAME not in d for d in details)
    assert "left blank" in details[0] and "printed" in details[1]


def test_discreet_mode_never_prints_the_name(qtbot: QtBot, workspace: Workspace) -> None:
    dialog, _partner = open_form(qtbot, workspace, discreet=True, language="English")
    assert not dialog.ui.print_name.isEnabled()
    dialog.ui.print_name.setChecked(True)  # even if ticked by some other path
    assert dialog.refresh()
    assert PLANTED_NAME not in all_text(dialog.made.pdf)  # type: ignore[union-attr]


def test_form_language_names_map_to_the_two_printed_languages() -> None:
    assert [form_lang(x) for x in ("Spanish", " español ", "English", "Vietnamese")] == [
        "es", "es", "en", "en"]
