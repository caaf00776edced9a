"""Our agency's identity card (save it for partners, read them its fingerprint) and pinning
a partner's card after its fingerprint was read to us over a trusted phone line.

The pin dialog never shows the fingerprint of the card being pinned: the person types the
one the partner read out, and the service refuses a mismatch."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QWidget

from nap_desktop.gui.forms.ui_my_card import Ui_MyCardDialog
from nap_desktop.gui.forms.ui_pin_card import Ui_PinCardDialog
from nap_desktop.gui.messages import error_text
from nap_desktop.gui.transfer.common import choose_open_file, choose_save_file, local_time
from nap_desktop.gui.widgets.labels import label
from nap_desktop.services.locations import save_private_file
from nap_desktop.services.transfer.views import CardSummary
from nap_desktop.transfer.errors import ReplacesVerifiedKey

if TYPE_CHECKING:
    from nap_desktop.services.workspace import Workspace

MAX_CARD_FILE = 64 * 1024 + 1


def fingerprint_font() -> QFont:
    font = QFont("monospace")
    font.setStyleHint(QFont.StyleHint.Monospace)
    font.setPointSize(font.pointSize() + 2)
    return font


class MyCardDialog(QDialog):
    """Shows our fingerprint to read out and saves the card file (owner-only)."""

    saved = Signal(str)

    def __init__(self, *, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.views = workspace.transfer_views
        self.choose_save: Callable[[QWidget, str, str, str], str] = choose_save_file
        self.card = workspace.identity.identity_card()
        self.ui = Ui_MyCardDialog()
        self.ui.setupUi(self)
        self.ui.fingerprint.setText(self.card.fingerprint)
        self.ui.fingerprint.setFont(fingerprint_font())
        self.ui.generation.setText(self.ui.generation.text().replace(
            "%1", str(self.card.generation)))
        self.ui.save_button.clicked.connect(self.save)
        self.ui.copy_button.clicked.connect(
            lambda: QGuiApplication.clipboard().setText(self.card.fingerprint))
        self.fingerprint = self.ui.fingerprint
        self.status = self.ui.status

    def save(self) -> None:
        agency = self.views.ctx.actor.agency
        suggested = str(Path.home() / "identity-card.napcard")
        if agency is not None:
            safe = "".join(ch if ch.isalnum() else "-" for ch in agency.name).strip("-")[:40]
            suggested = str(Path.home() / f"{safe or 'agency'}.napcard")
        chosen = self.choose_save(self, self.tr("Save our identity card"), suggested,
                                  self.tr("NAP identity cards (*.napcard);;All files (*)"))
        if not chosen:
            return
        path = Path(chosen)
        try:
            save_private_file(path, self.card.card + b"\n")
        except OSError as error:
            self.status.setText(self.tr("Cannot write %1: %2").replace("%1", str(path))
                                .replace("%2", error.strerror or ""))
            return
        self.status.setText(self.tr("Saved to %1 (readable only by you).").replace(
            "%1", str(path)))
        self.saved.emit(str(path))


def ask_no_by_default(parent: QWidget, title: str, text: str) -> bool:
    """A yes/no question whose default answer (Enter, Escape) is no."""
    buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    return QMessageBox.warning(parent, title, text, buttons, QMessageBox.StandardButton.No) \
        == QMessageBox.StandardButton.Yes


class PinCardDialog(QDialog):
    """Administrators: pin a partner's card. ``agency``: the directory entry to link it to
    (None: the entry with the card's name, or a new one)."""

    #: asks before a verified key is replaced (tests replace it)
    ask = staticmethod(ask_no_by_default)

    def __init__(self, *, workspace: Workspace, agency: Any = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = workspace
        self.views = workspace.transfer_views
        self.summary: CardSummary | None = None
        self.card_bytes: bytes | None = None
        self.pinned: Any = None
        self.choose_open: Callable[[QWidget, str, str], str] = choose_open_file
        self.ui = Ui_PinCardDialog()
        self.ui.setupUi(self)
        self.ui.choose_button.clicked.connect(self._choose)
        self.ui.fingerprint.setFont(fingerprint_font())
        self.ui.link.addItem(self.tr("Match by name, or add to the directory"), None)
        for entry in workspace.agencies.list(include_self=False):
            self.ui.link.addItem(entry.name, entry.id)
        if agency is not None:
            self.ui.link.setCurrentIndex(max(0, self.ui.link.findData(agency.id)))
        self.ui.confirm_change.hide()  # shown when the card's keys changed since pinning
        self.pin_button = self.ui.buttons.addButton(self.tr("&Pin"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.pin_button.setAccessibleName(self.tr("Pin the card"))
        self.ui.buttons.accepted.connect(self.pin)
        # the widgets callers and tests reach
        self.path, self.fingerprint, self.link = self.ui.path, self.ui.fingerprint, self.ui.link
        self.about, self.confirm_change = self.ui.about, self.ui.confirm_change
        self.error = self.ui.pin_status
        self.fingerprint.textChanged.connect(self._update)
        self.confirm_change.toggled.connect(self._update)
        self._update()

    def _choose(self) -> None:
        chosen = self.choose_open(self, self.tr("Choose the partner's identity card"),
                                  self.tr("NAP identity cards (*.napcard);;All files (*)"))
        if chosen:
            self.load(Path(chosen))

    def load(self, path: Path) -> None:
        """Read a card file and say whose it claims to be (not its fingerprint)."""
        self.path.setText(str(path))
        self.summary, self.card_bytes = None, None
        self.error.clear()
        self.confirm_change.hide()
        try:
            with path.open("rb") as handle:
                data = handle.read(MAX_CARD_FILE)
            summary = self.views.card_summary(data)
        except OSError as error:
            self.about.setText(self.tr("Cannot read %1: %2").replace("%1", str(path))
                               .replace("%2", error.strerror or ""))
            self._update()
            return
        except Exception as error:
            self.about.setText(error_text(error))
            self._update()
            return
        self.summary, self.card_bytes = summary, data
        self.about.setText(self._describe(summary))
        changed = summary.pinned is not None and not summary.same_keys_as_pinned
        self.confirm_change.setVisible(changed)
        self.confirm_change.setChecked(False)
        self._update()

    def _describe(self, s: CardSummary) -> str:
        text = self.tr("This card is for %1 (%2).").replace("%1", s.agency_name).replace(
            "%2", label(s.agency_kind))
        if s.is_ours:
            return self.tr("That is your own agency's identity card.")
        if s.pinned is not None and s.same_keys_as_pinned:
            return text + " " + self.tr("It is already pinned (verified on %1).").replace(
                "%1", local_time(s.pinned.verified_at))
        if s.pinned is not None:
            return text + " " + self.tr(
                "Its KEYS HAVE CHANGED since you verified them on %1. Do not pin it unless "
                "the agency confirms the new fingerprint by phone.").replace(
                "%1", local_time(s.pinned.verified_at))
        return text

    def _update(self, *_args: object) -> None:
        s = self.summary
        ready = s is not None and not s.is_ours and bool(self.fingerprint.text().strip())
        if s is not None and s.pinned is not None and not s.same_keys_as_pinned:
            ready = ready and self.confirm_change.isChecked()
        self.pin_button.setEnabled(ready)

    def pin(self) -> None:
        if self.card_bytes is None or not self.pin_button.isEnabled():
            return
        try:
            self.pinned = self._pin(replace_verified=False)
        except ReplacesVerifiedKey as replacing:
            if not self._confirm_replacement(replacing):
                self.error.setText(self.tr("Nothing was pinned: the verified key was kept."))
                return
            try:
                self.pinned = self._pin(replace_verified=True)
            except Exception as error:
                self.error.setText(error_text(error))
                return
        except Exception as error:
            self.error.setText(error_text(error))
            return
        self.accept()

    def _pin(self, *, replace_verified: bool) -> Any:
        assert self.card_bytes is not None
        return self.ws.identity.pin_partner(
            self.card_bytes, self.fingerprint.text(), self.link.currentData(),
            replace_verified=replace_verified)

    def _confirm_replacement(self, replacing: ReplacesVerifiedKey) -> bool:
        """Both fingerprints side by side, and an explicit yes (the default is no)."""
        text = self.tr(
            "You are replacing a verified key for %1.\n\nVerified key:\n%2\n\nNew key:\n%3"
            "\n\nPackages will go to the new key and only it will be trusted. Replace the "
            "verified key only if the agency confirmed the change on a number you already "
            "trust.").replace("%1", replacing.agency_name).replace(
            "%2", replacing.pinned).replace("%3", replacing.new)
        return self.ask(self, self.tr("Replacing a verified key"), text)
