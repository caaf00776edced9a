"""Join my agency's team…: a new computer asks the team server to join (server address,
vault folder, user name, passphrase), shows its fingerprint large to read out to an
administrator, waits for the approval (asking the server every few seconds, in the
background; Cancel stops), restores the team's vault into the folder and hands over to
the unlock. A request left in the folder (the wizard was closed while waiting) is taken
up again instead of asking twice."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QFileDialog, QWidget, QWizard, QWizardPage

from nap_desktop.gui.forms.ui_team_join import Ui_JoinServerPage
from nap_desktop.gui.forms.ui_team_join_wait import Ui_JoinWaitPage
from nap_desktop.gui.messages import error_text
from nap_desktop.gui.tasks import TaskControl, TaskRunner
from nap_desktop.services import team as team_service
from nap_desktop.services.team import JoinRequest

#: How often the waiting computer asks whether it was approved.
POLL_MS = 5_000


class JoinServerPage(QWizardPage):
    """Layout: ``ui/team_join.ui``."""

    def __init__(self, default_dir: Path) -> None:
        super().__init__()
        self.ui = Ui_JoinServerPage()
        self.ui.setupUi(self)
        self.setTitle(self.tr("Join my agency's team"))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Ask to join"))
        self.server_edit, self.folder_edit = self.ui.server_edit, self.ui.folder_edit
        self.user_edit, self.passphrase_edit = self.ui.user_edit, self.ui.passphrase_edit
        self.busy, self.status = self.ui.busy, self.ui.status
        self.busy.hide()
        self.folder_edit.setText(str(default_dir))
        self.ui.choose_button.clicked.connect(self._choose)
        for edit in (self.server_edit, self.folder_edit, self.user_edit, self.passphrase_edit):
            edit.textChanged.connect(self.completeChanged)

    def _choose(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Choose the vault folder"),
                                                  self.folder_edit.text())
        if chosen:
            self.folder_edit.setText(str(Path(chosen) / "vault"))

    def isComplete(self) -> bool:
        filled = all(e.text().strip() for e in (self.server_edit, self.folder_edit,
                                                  self.user_edit)) and bool(
            self.passphrase_edit.text())
        return filled and not self.busy.isVisible()

    def validatePage(self) -> bool:
        wizard = self.wizard()
        assert isinstance(wizard, JoinWizard)
        if wizard.request is not None:
            return True
        wizard.ask_to_join()
        return False


class JoinWaitPage(QWizardPage):
    """Layout: ``ui/team_join_wait.ui``."""

    def __init__(self) -> None:
        super().__init__()
        self.ui = Ui_JoinWaitPage()
        self.ui.setupUi(self)
        self.setTitle(self.tr("Waiting for your administrator"))
        self.fingerprint, self.status = self.ui.fingerprint, self.ui.status
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def initializePage(self) -> None:
        wizard = self.wizard()
        assert isinstance(wizard, JoinWizard) and wizard.request is not None
        # in groups of four on two lines: easy to read out, easy to follow with a finger
        groups = wizard.request.fingerprint.split("-")
        half = (len(groups) + 1) // 2
        self.fingerprint.setText("-".join(groups[:half]) + "-\n" + "-".join(groups[half:]))
        self.fingerprint.setAccessibleDescription(wizard.request.fingerprint)
        self.status.setText(self.tr("Waiting for the approval…"))
        wizard.start_polling()

    def isComplete(self) -> bool:
        wizard = self.wizard()
        return isinstance(wizard, JoinWizard) and wizard.joined


class JoinWizard(QWizard):
    """Accepted once the vault in :attr:`folder` is restored and ready to unlock as
    :attr:`user_name`. ``join``, ``finish`` and ``pending`` are the service's functions
    (tests replace them)."""

    joined_changed = Signal()
    poll_ended = Signal()

    def __init__(self, *, default_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.join: Callable[[Path, str, str, str], JoinRequest] = team_service.join_team
        self.finish: Callable[..., bool] = team_service.finish_join
        self.pending: Callable[[Path], JoinRequest | None] = team_service.pending_join
        self.tasks = TaskRunner(self)
        self.request: JoinRequest | None = None
        self.joined = False
        self.setWindowTitle(self.tr("Join my agency's team"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setMinimumSize(640, 460)
        self.server_page = JoinServerPage(default_dir)
        self.wait_page = JoinWaitPage()
        self.addPage(self.server_page)
        self.addPage(self.wait_page)
        self.poll_timer = QTimer(self)
        self.poll_timer.setSingleShot(True)
        self.poll_timer.setInterval(POLL_MS)
        self.poll_timer.timeout.connect(self.poll)

    @property
    def folder(self) -> Path:
        return Path(self.server_page.folder_edit.text().strip()).expanduser()

    @property
    def user_name(self) -> str:
        return self.server_page.user_edit.text().strip().lower()

    # --- step 1: ask ------------------------------------------------------------------

    def ask_to_join(self) -> None:
        """Register this computer's request on the server (in the background)."""
        page = self.server_page
        page.status.clear()
        folder, dsn = self.folder, page.server_edit.text().strip()
        user, passphrase = self.user_name, page.passphrase_edit.text()
        try:
            left = self.pending(folder)
        except Exception as error:
            page.status.setText(error_text(error))
            return
        if left is not None:  # asked before from this folder: wait for that approval
            self._asked(left)
            return
        page.busy.show()
        page.completeChanged.emit()
        join = self.join
        self.tasks.run(lambda _t: join(folder, dsn, user, passphrase), on_success=self._asked,
                       on_failure=self._ask_failed, key="join", blocks_close=True)

    def _asked(self, request: JoinRequest) -> None:
        self.request = request
        self.server_page.busy.hide()
        self.next()

    def _ask_failed(self, error: BaseException) -> None:
        page = self.server_page
        page.busy.hide()
        page.status.setText(error_text(error))
        page.completeChanged.emit()

    # --- step 2: wait, then restore ----------------------------------------------------

    def start_polling(self) -> None:
        self.poll()

    def poll(self) -> None:
        """Ask once whether the approval arrived (never two at once); restores when it has."""
        if self.tasks.running("poll") or self.joined:
            return
        folder, passphrase = self.folder, self.server_page.passphrase_edit.text()
        finish = self.finish

        def job(control: TaskControl) -> bool:
            control.check()
            return bool(finish(folder, passphrase,
                               progress=lambda _d, _t: control.check()))

        self.tasks.run(job, on_success=self._polled, on_failure=self._poll_failed,
                       key="poll")

    def _polled(self, ready: bool) -> None:
        self.poll_ended.emit()
        if not ready:
            self.poll_timer.start()
            return
        self.joined = True
        self.server_page.passphrase_edit.clear()
        self.wait_page.status.setText(self.tr("Approved. The team's vault is on this "
                                              "computer now: unlock it with your passphrase."))
        self.wait_page.ui.busy.hide()
        self.wait_page.completeChanged.emit()
        self.joined_changed.emit()
        self.accept()

    def _poll_failed(self, error: BaseException) -> None:
        """Offline for a moment, or refused: say why and keep asking (Cancel stops)."""
        self.poll_ended.emit()
        self.wait_page.status.setText(error_text(error))
        self.poll_timer.start()

    def done(self, result: int) -> None:
        if self.tasks.refuse_close():
            return
        self.poll_timer.stop()
        self.tasks.cancel()
        self.server_page.passphrase_edit.clear()
        super().done(result)

