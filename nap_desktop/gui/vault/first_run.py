"""First run: create a vault (agency, first administrator, passphrase, where it lives),
then show the recovery key once and insist that it has been written down."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QWidget, QWizard, QWizardPage

from nap_desktop.domain.enums import AgencyKind
from nap_desktop.gui.forms.ui_admin_page import Ui_AdminPage
from nap_desktop.gui.forms.ui_agency_page import Ui_AgencyPage
from nap_desktop.gui.forms.ui_location_page import Ui_LocationPage
from nap_desktop.gui.forms.ui_passphrase_page import Ui_PassphrasePage
from nap_desktop.gui.forms.ui_recovery_key_page import Ui_RecoveryKeyPage
from nap_desktop.gui.messages import error_text
from nap_desktop.gui.tasks import TaskRunner
from nap_desktop.gui.widgets.labels import options
from nap_desktop.services.vaults import DEFAULT_KDF, KdfParams
from nap_desktop.services.workspace import Workspace


class AgencyPage(QWizardPage):
    """Layout: ``ui/agency_page.ui``."""

    def __init__(self) -> None:
        super().__init__()
        self.ui = Ui_AgencyPage()
        self.ui.setupUi(self)
        self.name_edit, self.kind_combo = self.ui.name_edit, self.ui.kind_combo
        for kind, text in options(AgencyKind):
            self.kind_combo.addItem(text, kind.value)
        self.kind_combo.setCurrentIndex(
            self.kind_combo.findData(AgencyKind.VICTIM_SERVICE_PROVIDER.value)
        )
        self.name_edit.textChanged.connect(self.completeChanged)

    def isComplete(self) -> bool:
        return bool(self.name_edit.text().strip())


class AdminPage(QWizardPage):
    """Layout: ``ui/admin_page.ui``."""

    def __init__(self) -> None:
        super().__init__()
        self.ui = Ui_AdminPage()
        self.ui.setupUi(self)
        self.user_edit, self.full_name_edit = self.ui.user_edit, self.ui.full_name_edit
        self.user_edit.textChanged.connect(self.completeChanged)

    def isComplete(self) -> bool:
        return bool(self.user_edit.text().strip())


class PassphrasePage(QWizardPage):
    """Layout: ``ui/passphrase_page.ui``."""

    def __init__(self) -> None:
        super().__init__()
        self.ui = Ui_PassphrasePage()
        self.ui.setupUi(self)
        self.fields = self.ui.fields
        self.fields.changed.connect(self.completeChanged)

    def initializePage(self) -> None:
        wizard = self.wizard()
        assert isinstance(wizard, FirstRunWizard)
        self.fields.user_name = wizard.admin_page.user_edit.text().strip().lower()
        self.fields.agency_name = wizard.agency_page.name_edit.text().strip()
        self.fields.changed.emit()

    def isComplete(self) -> bool:
        return self.fields.is_acceptable()


class LocationPage(QWizardPage):
    """Layout: ``ui/location_page.ui``."""

    def __init__(self, default_dir: Path) -> None:
        super().__init__()
        self.ui = Ui_LocationPage()
        self.ui.setupUi(self)
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Create vault"))
        self.path_edit, self.busy, self.status = self.ui.path_edit, self.ui.busy, self.ui.status
        self.path_edit.setText(str(default_dir))
        self.busy.hide()
        self.ui.choose_button.clicked.connect(self._choose)
        self.path_edit.textChanged.connect(self.completeChanged)

    def _choose(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the vault folder"), self.path_edit.text()
        )
        if chosen:
            self.path_edit.setText(str(Path(chosen) / "vault"))

    def isComplete(self) -> bool:
        return bool(self.path_edit.text().strip()) and not self.busy.isVisible()

    def validatePage(self) -> bool:
        wizard = self.wizard()
        assert isinstance(wizard, FirstRunWizard)
        if wizard.workspace is not None:
            return True
        wizard.start_creation()
        return False


class RecoveryKeyPage(QWizardPage):
    """Layout: ``ui/recovery_key_page.ui``."""

    def __init__(self) -> None:
        super().__init__()
        self.ui = Ui_RecoveryKeyPage()
        self.ui.setupUi(self)
        self.key_label, self.confirm = self.ui.recoveryKey, self.ui.confirm
        self.confirm.toggled.connect(self.completeChanged)

    def initializePage(self) -> None:
        wizard = self.wizard()
        assert isinstance(wizard, FirstRunWizard)
        self.key_label.setText(wizard.recovery_key)

    def isComplete(self) -> bool:
        return self.confirm.isChecked()


class FirstRunWizard(QWizard):
    """Accepted with ``workspace`` (unlocked as the new administrator)."""

    created = Signal()
    creation_failed = Signal(str)

    def __init__(
        self, *, default_dir: Path, kdf: KdfParams = DEFAULT_KDF, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.kdf = kdf
        self.workspace: Workspace | None = None
        self.tasks = TaskRunner(self)
        self.recovery_key = ""
        self.setWindowTitle(self.tr("Set up NAP Desktop"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setMinimumSize(620, 440)
        self.agency_page = AgencyPage()
        self.admin_page = AdminPage()
        self.passphrase_page = PassphrasePage()
        self.location_page = LocationPage(default_dir)
        self.recovery_page = RecoveryKeyPage()
        #: "Join my agency's team…" was chosen: the launcher opens the join wizard instead.
        self.join_requested = False
        self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        self.setButtonText(QWizard.WizardButton.CustomButton1, self.tr("&Join my agency's team…"))
        self.customButtonClicked.connect(self._join_instead)
        for page in (
            self.agency_page,
            self.admin_page,
            self.passphrase_page,
            self.location_page,
            self.recovery_page,
        ):
            self.addPage(page)

    def _join_instead(self, _which: int) -> None:
        if self.workspace is None and not self.tasks.busy:  # not once a vault was made
            self.join_requested = True
            self.reject()

    @property
    def vault_dir(self) -> Path:
        return Path(self.location_page.path_edit.text().strip()).expanduser()

    def start_creation(self) -> None:
        """Create the vault off the GUI thread; the wizard moves on when it is done."""
        page = self.location_page
        page.busy.show()
        page.status.setText(self.tr("Creating the encrypted vault…"))
        page.completeChanged.emit()
        args: dict[str, Any] = {
            "agency_name": self.agency_page.name_edit.text(),
            "agency_kind": self.agency_page.kind_combo.currentData(),
            "admin_name": self.admin_page.user_edit.text().strip().lower(),
            "admin_display_name": self.admin_page.full_name_edit.text(),
            "passphrase": self.passphrase_page.fields.passphrase(),
            "kdf": self.kdf,
        }
        path = self.vault_dir
        self.tasks.run(
            lambda _task: Workspace.create(path, **args),
            on_success=self._created,
            on_failure=self._failed,
            blocks_close=True,
        )

    def _created(self, result: Any) -> None:
        self.workspace, self.recovery_key = result
        self.passphrase_page.fields.clear()
        self.location_page.busy.hide()
        self.location_page.status.setText(self.tr("The vault was created."))
        self.next()
        self.created.emit()

    def _failed(self, error: BaseException) -> None:
        page = self.location_page
        page.busy.hide()
        message = error_text(error)
        page.status.setText(message)
        page.completeChanged.emit()
        self.creation_failed.emit(message)

    def reject(self) -> None:
        # Once the vault exists, the key must be confirmed: it is never shown again.
        if self.workspace is not None or self.tasks.refuse_close():
            return
        super().reject()

    def accept(self) -> None:
        if self.workspace is None or not self.recovery_page.confirm.isChecked():
            return
        self.recovery_key = ""
        self.recovery_page.key_label.clear()
        super().accept()
