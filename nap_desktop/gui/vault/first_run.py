"""First run: create a vault (agency, first administrator, passphrase, where it lives),
then show the recovery key once and insist that it has been written down."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from nap_desktop.domain.enums import AgencyKind
from nap_desktop.gui.messages import error_text
from nap_desktop.gui.tasks import TaskRunner
from nap_desktop.gui.widgets.labels import options
from nap_desktop.gui.widgets.passphrase import NewPassphraseFields
from nap_desktop.services.workspace import Workspace
from nap_desktop.store.kdf import DEFAULT_KDF, KdfParams


def _row(form: QFormLayout, text: str, widget: QWidget, accessible: str) -> None:
    label = QLabel(text)
    label.setBuddy(widget)
    widget.setAccessibleName(accessible)
    form.addRow(label, widget)


class AgencyPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Your agency"))
        self.setSubTitle(self.tr("The vault belongs to one agency. Partners are added later."))
        form = QFormLayout(self)
        self.name_edit = QLineEdit()
        self.kind_combo = QComboBox()
        for kind, text in options(AgencyKind):
            self.kind_combo.addItem(text, kind.value)
        self.kind_combo.setCurrentIndex(
            self.kind_combo.findData(AgencyKind.VICTIM_SERVICE_PROVIDER.value)
        )
        _row(form, self.tr("Agency &name:"), self.name_edit, self.tr("Agency name"))
        _row(form, self.tr("&Kind of agency:"), self.kind_combo, self.tr("Kind of agency"))
        self.name_edit.textChanged.connect(self.completeChanged)

    def isComplete(self) -> bool:
        return bool(self.name_edit.text().strip())


class AdminPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("First administrator"))
        self.setSubTitle(self.tr("This person adds the other users. Use your own name."))
        form = QFormLayout(self)
        self.user_edit = QLineEdit()
        self.user_edit.setPlaceholderText(self.tr("for example: jdoe"))
        self.full_name_edit = QLineEdit()
        _row(form, self.tr("&User name:"), self.user_edit, self.tr("User name"))
        _row(form, self.tr("&Full name:"), self.full_name_edit, self.tr("Full name"))
        self.user_edit.textChanged.connect(self.completeChanged)

    def isComplete(self) -> bool:
        return bool(self.user_edit.text().strip())


class PassphrasePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Your passphrase"))
        self.setSubTitle(
            self.tr(
                "It unlocks the vault and cannot be recovered by anyone: choose a few "
                "unrelated words you will remember."
            )
        )
        layout = QVBoxLayout(self)
        self.fields = NewPassphraseFields()
        layout.addWidget(self.fields)
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
    def __init__(self, default_dir: Path) -> None:
        super().__init__()
        self.setTitle(self.tr("Where the vault lives"))
        self.setSubTitle(self.tr("An encrypted folder on this computer. Back it up regularly."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Create vault"))
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.path_edit = QLineEdit(str(default_dir))
        self.path_edit.setAccessibleName(self.tr("Vault folder"))
        label = QLabel(self.tr("&Folder:"))
        label.setBuddy(self.path_edit)
        choose = QPushButton(self.tr("C&hoose…"))
        choose.setAccessibleName(self.tr("Choose the vault folder"))
        choose.clicked.connect(self._choose)
        row.addWidget(label)
        row.addWidget(self.path_edit, 1)
        row.addWidget(choose)
        layout.addLayout(row)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setAccessibleName(self.tr("Creating the vault"))
        self.busy.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Vault creation status"))
        layout.addWidget(self.busy)
        layout.addWidget(self.status)
        layout.addStretch(1)
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
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Your recovery key"))
        self.setSubTitle(
            self.tr(
                "Shown only now. It unlocks the vault if every passphrase is forgotten. "
                "Write it on paper and keep it locked away, not on this computer."
            )
        )
        layout = QVBoxLayout(self)
        self.key_label = QLabel()
        self.key_label.setObjectName("recoveryKey")
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setAccessibleName(self.tr("Recovery key"))
        layout.addWidget(self.key_label)
        self.confirm = QCheckBox(self.tr("I have &written it down and put it somewhere safe"))
        self.confirm.setAccessibleName(self.tr("I have written down the recovery key"))
        self.confirm.toggled.connect(self.completeChanged)
        layout.addWidget(self.confirm)
        layout.addStretch(1)

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
        for page in (
            self.agency_page,
            self.admin_page,
            self.passphrase_page,
            self.location_page,
            self.recovery_page,
        ):
            self.addPage(page)

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
