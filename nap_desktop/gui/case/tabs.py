"""One tab per open case in the main window, and what happens to them on lock."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTabWidget, QWidget

from nap_desktop.services.workspace import Workspace

FIXED_TABS = 3  # dashboard, caseload and insights


class CaseHost(Protocol):
    """What the case tabs need from the window that holds them (``MainWindow``), named
    here so that this module does not import the main window, which imports it."""

    @property
    def tabs(self) -> QTabWidget: ...

    @property
    def workspace(self) -> Workspace | None: ...

    @property
    def discreet(self) -> bool: ...

    @property
    def ask(self) -> Callable[[QWidget, str, str], bool]: ...

    @property
    def report_error(self) -> Callable[[QWidget, BaseException], None]: ...

    def refresh(self) -> None: ...

    def window(self) -> QWidget:
        """The top-level widget (the window itself): the parent of questions and errors."""
        ...


def tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("CaseTabs", text, None, n)


def default_view_factory(
    *, workspace: Workspace, client_id: str, discreet: bool, parent: QWidget | None = None
) -> Any:
    from nap_desktop.gui.case.view import CaseView  # type: ignore[import-not-found, unused-ignore]

    return CaseView(workspace=workspace, client_id=client_id, discreet=discreet, parent=parent)


def calling(method: str, *args: Any) -> Callable[[Any], None]:
    """What calls ``view.method(*args)`` on a view that has it (a test's stand-in may not)."""

    def call(view: Any) -> None:
        found = getattr(view, method, None)
        if found is not None:
            found(*args)

    return call


class CaseTabs:
    """Opens, closes and snapshots the case views (``CaseView`` API: ``saved``,
    ``title_changed``, ``has_unsaved_changes``, ``unsaved_snapshot``, ``restore_snapshot``,
    ``clear_sensitive``, ``set_discreet``)."""

    def __init__(self, window: CaseHost) -> None:
        self.window = window
        self.view_factory: Callable[..., Any] = default_view_factory
        self._client_of: dict[int, str] = {}  # id(view) -> client id

    def views(self) -> list[Any]:
        tabs = self.window.tabs
        return [tabs.widget(i) for i in range(FIXED_TABS, tabs.count())]

    def view_for(self, client_id: str) -> Any | None:
        return next((v for v in self.views() if self._client_of.get(id(v)) == client_id), None)

    def open_case(self, client_id: str, referral_id: str | None = None) -> Any | None:
        """The client's case tab (opened, or brought forward), on ``referral_id`` when
        the row opened was one of its referrals."""
        if not referral_id:
            return self._open_case(client_id)
        return self._open_case(client_id, calling("show_referral", referral_id))

    def open_release(self, client_id: str, release_id: str) -> Any | None:
        """The client's case tab, at its Releases section on ``release_id``."""
        return self._open_case(client_id, calling("show_release", release_id))

    def open_record(self, client_id: str, record_type: str, record_id: str) -> Any | None:
        """The client's case tab, at the section holding the record a task is about."""
        return self._open_case(client_id, calling("show_record", record_type, record_id))

    def _open_case(
        self, client_id: str, then: Callable[[Any], None] | None = None
    ) -> Any | None:
        """The view, brought forward, and ``then(view)``: on a new view, before it is
        shown, so that it builds only the tab ``then`` brings forward (a case view
        builds its tabs when first shown)."""
        window = self.window
        existing = self.view_for(client_id)
        if existing is not None:
            window.tabs.setCurrentWidget(existing)
            if then is not None:
                then(existing)
            return existing
        if window.workspace is None:
            return None
        try:
            view = self.view_factory(
                workspace=window.workspace,
                client_id=client_id,
                discreet=window.discreet,
                parent=None,
            )
        except Exception as error:
            window.report_error(window.window(), error)
            return None
        self._client_of[id(view)] = client_id
        index = window.tabs.addTab(view, view.windowTitle() or tr("Case"))
        window.tabs.setTabToolTip(index, "")
        view.title_changed.connect(lambda title, v=view: self._retitle(v, title))
        view.saved.connect(window.refresh)
        if then is not None:
            then(view)
        window.tabs.setCurrentIndex(index)
        return view

    def _retitle(self, view: QWidget, title: str) -> None:
        index = self.window.tabs.indexOf(view)
        if index >= FIXED_TABS:
            self.window.tabs.setTabText(index, title)

    def close_tab(self, index: int) -> bool:
        if index < FIXED_TABS:
            return False
        view: Any = self.window.tabs.widget(index)
        if not self._may_close(view):
            return False
        self._remove(view)
        return True

    def _may_close(self, view: Any) -> bool:
        """Save / Discard / Cancel for a case with unsaved edits (the case view's own
        guard); views without one get a plain "discard?" question."""
        if not view.has_unsaved_changes():
            return True
        self.window.tabs.setCurrentWidget(view)
        confirm = getattr(view, "confirm_close", None)
        if confirm is not None:
            return bool(confirm())
        return self.window.ask(
            self.window.window(),
            tr("Unsaved changes"),
            tr("This case has unsaved changes. Close it and discard them?"),
        )

    def _remove(self, view: Any) -> None:
        view.clear_sensitive()
        self.window.tabs.removeTab(self.window.tabs.indexOf(view))
        self._client_of.pop(id(view), None)
        view.deleteLater()

    def take_snapshots_and_close(self) -> list[tuple[str, Any]]:
        """On lock: unsaved edits kept in memory only, every view cleared and closed."""
        snapshots: list[tuple[str, Any]] = []
        for view in self.views():
            if view.has_unsaved_changes():
                snapshots.append((self._client_of[id(view)], view.unsaved_snapshot()))
            self._remove(view)
        return snapshots

    def restore_snapshots(self, snapshots: list[tuple[str, Any]]) -> None:
        for client_id, snapshot in snapshots:
            # Restored before it shows: only the tabs holding the edits are built.
            self._open_case(client_id, calling("restore_snapshot", snapshot))

    def set_discreet(self, discreet: bool) -> None:
        for view in self.views():
            view.set_discreet(discreet)

    def confirm_discard_all(self) -> bool:
        """Before quitting: each case with unsaved edits is shown and asks Save / Discard /
        Cancel; any Cancel (or a save that failed) keeps the window open."""
        unsaved = [v for v in self.views() if v.has_unsaved_changes()]
        guarded = [v for v in unsaved if hasattr(v, "confirm_close")]
        if not all(self._may_close(v) for v in guarded):
            return False
        plain = [v for v in unsaved if v not in guarded]
        if not plain:
            return True
        return self.window.ask(
            self.window.window(),
            tr("Unsaved changes"),
            tr("%n case(s) have unsaved changes. Quit and discard them?", len(plain)),
        )

    def close_all(self) -> None:
        for view in self.views():
            self._remove(view)
