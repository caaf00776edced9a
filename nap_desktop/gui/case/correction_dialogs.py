"""Correct… and Void…: a dialog asking the corrected values (if any) and a reason, which
is required; the service decides (who may, what totals allow) and a refusal is shown in
the dialog, which stays open. Its content depends on what is corrected (an entry, a note,
a matter's details, or a void with no values), so it is built in code.

Each entry list gets :class:`EntryActions`: "Correct…" and "Void…" buttons, the same two
in the list's context menu (the Menu key opens it from the keyboard), enabled for a live
entry only."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from nap_desktop.gui.case.models import RowsModel
from nap_desktop.gui.messages import error_text
from nap_desktop.gui.widgets.common import add_row, error_label, tr

#: (label with its access key, the editor, its accessible name)
Editor = tuple[str, QWidget, str]


class CorrectionDialog(QDialog):
    """Asks for the ``editors``' values and a reason, then runs ``action(reason)``."""

    def __init__(self, *, title: str, intro: str, editors: Sequence[Editor],
                 button_text: str, action: Callable[[str], Any],
                 parent: QWidget | None) -> None:
        super().__init__(parent)
        self.action = action
        self.result_record: Any | None = None
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        text = QLabel(intro)
        text.setWordWrap(True)
        form = QFormLayout()
        #: the editors by accessible name ("Amount in dollars"), for the tests
        self.fields = {name: widget for _label, widget, name in editors}
        for label, widget, name in editors:
            add_row(form, label, widget, name)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(tr("Why, for whoever reads the history later"))
        add_row(form, tr("&Reason:"), self.reason, tr("Reason for the correction"))
        self.error = error_label()
        self.error.setVisible(False)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(button_text)
        self.ok.setAccessibleName(button_text.replace("&", ""))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        # A text box takes Enter: Ctrl+Enter confirms from anywhere in the dialog.
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.submit)
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def submit(self) -> None:
        if not self.reason.text().strip():
            self._show(tr("Enter the reason for this change: the history keeps it."))
            self.reason.setFocus()
            return
        try:
            self.result_record = self.action(self.reason.text())
        except Exception as error:  # the service's refusal, shown where it happened
            self._show(error_text(error))
            return
        self.accept()

    def _show(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(True)


class EntryActions(QWidget):
    """The "Correct…" and "Void…" buttons of one list, and its context menu."""

    def __init__(self, view: QTableView, model: RowsModel, *, correct: Callable[[Any], Any],
                 void: Callable[[Any], Any], correct_text: str, void_text: str,
                 what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view, self.model = view, model
        self._correct, self._void = correct, void
        self.correct_button = QPushButton(correct_text)
        self.correct_button.setAccessibleName(tr("Correct the selected %1").replace("%1", what))
        self.void_button = QPushButton(void_text)
        self.void_button.setAccessibleName(tr("Void the selected %1").replace("%1", what))
        self.correct_button.clicked.connect(lambda: self._run(self._correct))
        self.void_button.clicked.connect(lambda: self._run(self._void))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.correct_button)
        row.addWidget(self.void_button)
        row.addStretch(1)
        # "Voided by … on …: reason" is read in full: long notes wrap.
        view.setWordWrap(True)
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self._menu)
        view.selectionModel().selectionChanged.connect(lambda *_a: self.refresh())
        model.modelReset.connect(self.refresh)
        self.refresh()

    def selected(self) -> Any | None:
        rows = self.view.selectionModel().selectedRows()
        if not rows or not 0 <= rows[0].row() < len(self.model.rows):
            return None
        return self.model.rows[rows[0].row()]

    def refresh(self) -> None:
        row = self.selected()
        live = row is not None and getattr(row, "void", None) is None
        self.correct_button.setEnabled(live)
        self.void_button.setEnabled(live)

    def _run(self, action: Callable[[Any], Any]) -> None:
        row = self.selected()
        if row is not None and getattr(row, "void", None) is None:
            action(row)

    def _runner(self, action: Callable[[Any], Any]) -> Callable[[], None]:
        return lambda: self._run(action)

    def _menu(self, point: QPoint) -> None:
        if self.selected() is None:
            return
        menu = QMenu(self.view)
        for button, action in ((self.correct_button, self._correct),
                               (self.void_button, self._void)):
            item = menu.addAction(button.text())
            item.triggered.connect(self._runner(action))
            item.setEnabled(button.isEnabled())
        menu.popup(self.view.viewport().mapToGlobal(point))
