"""GUI fixtures: offscreen Qt (tests/conftest.py), a lowered Argon2 floor, QSettings in a
temporary folder, and real encrypted vaults in tmp_path (with demo data where needed)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from nap_desktop.domain.enums import (
    AgencyKind,
    ReferralDirection,
    RestitutionStepKind,
    Role,
    ServiceType,
    StepStatus,
)
from nap_desktop.gui.application import keep_none_alive
from nap_desktop.gui.main_window import MainWindow
from nap_desktop.gui.vault.autolock import AutoLock
from nap_desktop.services.cases import PersonalInput
from nap_desktop.services.demo import DEMO_VAULT_KEY, DemoGenerator
from nap_desktop.services.workspace import Workspace
from nap_desktop.store import kdf
from nap_desktop.store.kdf import KdfParams
from nap_desktop.store.models import Setting
from nap_desktop.store.vault import Vault

TEST_KDF = KdfParams(memory_kib=8192, iterations=1, lanes=1)
ADMIN_PASSPHRASE = "plum tractor lantern 47 oboe"
MARCUS_PASSPHRASE = "quiet harbor pebble 58 mint"
PLANTED_NAME = "Zyxwvut Plantedname"


# PySide6 6.12 on Python 3.11 drops a reference to None on many calls; see
# nap_desktop.gui.application.keep_none_alive (the app applies it at start-up too).
keep_none_alive()


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    """The floor is read at call time (store/kdf.py): tests run with a cheap Argon2id."""
    monkeypatch.setattr(kdf, "MIN_KDF", TEST_KDF)


class UnexpectedModal(AssertionError):
    """A test reached a modal dialog that nobody replaced: it would block forever."""


@pytest.fixture(autouse=True)
def no_blocking_modals(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every modal entry point fails the test at once instead of waiting for a click that
    never comes offscreen. Code under test keeps its modals behind replaceable attributes
    (``MainWindow.ask``, ``ReferralTab.run_dialog``...)."""

    def refuse(*args: object, **_kwargs: object) -> None:
        raise UnexpectedModal(f"unexpected modal dialog: {args[:3]!r}")

    monkeypatch.setattr(QDialog, "exec", refuse)
    for name in ("question", "warning", "critical", "information", "about"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(refuse))
    for name in ("getSaveFileName", "getOpenFileName", "getExistingDirectory"):
        monkeypatch.setattr(QFileDialog, name, staticmethod(refuse))
    for name in ("getText", "getItem", "getInt"):
        monkeypatch.setattr(QInputDialog, name, staticmethod(refuse))


@pytest.fixture(autouse=True)
def isolated_settings(qapp: QCoreApplication, tmp_path_factory: pytest.TempPathFactory) -> None:
    """QSettings in a throw-away folder, never the tester's own."""
    folder = tmp_path_factory.mktemp("settings")
    qapp.setOrganizationName("NAP-tests")
    qapp.setApplicationName("NAP Desktop tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    QSettings().clear()


@pytest.fixture(autouse=True)
def dialog_keys(qapp: QCoreApplication) -> Iterator[None]:
    """Enter / Ctrl+Enter confirm dialogs in the tests as in the app (application.py)."""
    from nap_desktop.gui.widgets.dialog_keys import install

    keys = install(qapp)  # type: ignore[arg-type]
    yield
    qapp.removeEventFilter(keys)
    keys.deleteLater()


def make_workspace(path: Path) -> Workspace:
    ws, _recovery = Workspace.create(
        path,
        agency_name="Test Shelter Coalition",
        agency_kind=AgencyKind.VICTIM_SERVICE_PROVIDER,
        admin_name="admin",
        admin_display_name="Ada Admin",
        passphrase=ADMIN_PASSPHRASE,
        kdf=TEST_KDF,
    )
    ws.users.add(
        name="marcus", display_name="Marcus Lee", role=Role.CASEWORKER, passphrase=MARCUS_PASSPHRASE
    )
    return ws


@pytest.fixture
def vault_dir(tmp_path: Path) -> Path:
    return tmp_path / "vault"


@pytest.fixture
def workspace(vault_dir: Path) -> Iterator[Workspace]:
    """A fresh vault, unlocked as the administrator, with a caseworker ``marcus``."""
    ws = make_workspace(vault_dir)
    yield ws
    ws.close()


@pytest.fixture
def demo_workspace(workspace: Workspace) -> Workspace:
    """The fresh vault filled with 300 demo referrals (seeded, so stable). The vault is
    recorded as a demo vault first, as ``Workspace.create(demo=True)`` does."""
    with workspace.ctx.unit_of_work() as s:
        s.add(Setting(key=DEMO_VAULT_KEY, value="1"))
    DemoGenerator(workspace.ctx, seed=1).run(300)
    return workspace


@pytest.fixture
def locked_vault(vault_dir: Path) -> Iterator[Vault]:
    """A vault created and closed, then opened (folder-locked) but not unlocked."""
    make_workspace(vault_dir).close()
    vault = Vault.open(vault_dir)
    yield vault
    vault.close()


@dataclass
class PlantedCase:
    client_id: str
    case_number: str
    matter_id: str
    step_id: str


def plant_case(ws: Workspace, *, name: str = PLANTED_NAME) -> PlantedCase:
    """A client with a recognisable name, a referral to a partner and a restitution matter,
    created through the services like a caseworker would."""
    partner = next(
        (a for a in ws.agencies.list(include_self=False)), None
    ) or ws.agencies.add_partner(name="Harbor Test Legal Aid", kind=AgencyKind.LEGAL)
    client = ws.cases.create_client(
        PersonalInput(legal_name=name, preferred_name="", languages=["Spanish"]),
        trafficking_type="labor",
    )
    ws.referrals.create(
        client_id=client.id,
        from_agency_id=ws.agency.id,
        to_agency_id=partner.id,
        direction=ReferralDirection.BETWEEN_PROVIDERS,
        services=[ServiceType.LEGAL],
        external_case_number="EXT-PLANT-1",
    )
    matter = ws.restitution.open_matter(
        client.id, court="Test District Court", docket_number="TEST-CR-1"
    )
    step = next(s for s in matter.steps if s.kind is RestitutionStepKind.LOSSES_SUBMITTED)
    return PlantedCase(client.id, client.case_number, matter.id, step.id)


def make_overdue(ws: Workspace, planted: PlantedCase, days: int = 3) -> None:
    ws.restitution.update_step(
        planted.matter_id,
        planted.step_id,
        status=StepStatus.PENDING,
        due_on=ws.ctx.today() - timedelta(days=days),
    )


class FakeCaseView(QWidget):
    """Stands in for ``gui.case_view.CaseView`` (same constructor, signals and methods),
    so the window tests do not depend on the case editors."""

    saved = Signal()
    title_changed = Signal(str)

    def __init__(
        self, *, workspace: Workspace, client_id: str, discreet: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.client_id = client_id
        self.discreet = discreet
        record = workspace.cases.get_case(client_id)
        self.name_edit = QLineEdit(record.client.personal.legal_name, self)
        self.cleared = False
        self.restored: object = None
        self._original = self.name_edit.text()
        self.setWindowTitle(record.client.case_number)

    def has_unsaved_changes(self) -> bool:
        return self.name_edit.text() != self._original

    def unsaved_snapshot(self) -> object:
        return {"legal_name": self.name_edit.text()}

    def restore_snapshot(self, snapshot: object) -> None:
        self.restored = snapshot
        assert isinstance(snapshot, dict)
        self.name_edit.setText(snapshot["legal_name"])

    def clear_sensitive(self) -> None:
        self.cleared = True
        self.name_edit.clear()

    def set_discreet(self, discreet: bool) -> None:
        self.discreet = discreet


@pytest.fixture
def main_window(qtbot: QtBot, demo_workspace: Workspace) -> Iterator[MainWindow]:
    """The main window over the demo workspace, with fake case views and a fake clock."""
    clock = FakeMonotonic()
    autolock = AutoLock(minutes=15, clock=clock, tick_ms=60_000)
    window = MainWindow(workspace=demo_workspace, autolock=autolock)
    window.fake_clock = clock  # type: ignore[attr-defined]
    window.cases.view_factory = FakeCaseView
    window.ask = lambda *_a: True

    def report_error(_parent: object, error: BaseException) -> None:
        raise error

    window.report_error = report_error
    qtbot.addWidget(window)
    window.show()
    yield window
    autolock.shutdown()


class FakeMonotonic:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def case_window(qtbot: QtBot, workspace: Workspace) -> MainWindow:
    """A shown main window whose cases open real case views, with errors raised instead
    of shown, every question answered yes and the auto-lock on a fake clock (shut it
    down after: ``window.autolock.shutdown()``)."""
    from nap_desktop.gui.case.tabs import default_view_factory

    autolock = AutoLock(minutes=15, clock=FakeMonotonic(), tick_ms=60_000)
    win = MainWindow(workspace=workspace, autolock=autolock)
    win.cases.view_factory = default_view_factory
    win.set_discreet(False)

    def report_error(_parent: object, error: BaseException) -> None:
        raise error

    win.report_error = report_error
    win.ask = lambda *_a: True
    qtbot.addWidget(win)
    win.show()
    return win
