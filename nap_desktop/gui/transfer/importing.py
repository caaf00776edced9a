"""Import a package: open, check and preview it off the GUI thread, show what it would do
(new / updated / conflicting / unchanged / kept / withheld), then apply it in one
transaction. Any failure is the service's own message, and nothing changes."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSortFilterProxyModel, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTableView,
    QWidget,
)

from nap_desktop.domain.errors import NapError
from nap_desktop.gui.case.field_labels import field_label
from nap_desktop.gui.forms.ui_import_preview import Ui_ImportDialog
from nap_desktop.gui.messages import error_text
from nap_desktop.gui.tasks import TaskControl, TaskRunner
from nap_desktop.gui.transfer.common import (
    MASK,
    TAG_ROLE,
    TableRow,
    TextTableModel,
    categories_text,
    local_time,
    record_type_text,
    tr,
)
from nap_desktop.gui.transfer.export_pages import table
from nap_desktop.services.transfer.views import (
    SENDERS_RELEASE,
    ImportPreview,
    RecordPreview,
)
from nap_desktop.transfer.authority import Refusal
from nap_desktop.transfer.importer import Action
from nap_desktop.transfer.package import MAX_PACKAGE_BYTES

if TYPE_CHECKING:
    from nap_desktop.services.workspace import Workspace


class PackageUnreadable(NapError):
    """The file could not be read (its message names the file, never its content)."""


def read_package(path: Path) -> bytes:
    """The file's bytes, refused before reading when larger than a package may be."""
    from nap_desktop.transfer.errors import PackageTooLarge

    try:
        if path.stat().st_size > MAX_PACKAGE_BYTES:
            raise PackageTooLarge()
        with path.open("rb") as handle:
            return handle.read(MAX_PACKAGE_BYTES + 1)
    except FileNotFoundError:
        raise PackageUnreadable(tr("There is no file %1.").replace("%1", str(path))) from None
    except PermissionError:
        raise PackageUnreadable(tr("You are not allowed to read %1.").replace("%1", str(path))
                                ) from None
    except IsADirectoryError:
        raise PackageUnreadable(tr("%1 is a folder, not a package file.").replace(
            "%1", str(path))) from None
    except OSError:  # the system's own wording is English-only: say it plainly instead
        raise PackageUnreadable(tr("The file %1 could not be read (a damaged disk or a "
                                   "removed USB stick?).").replace("%1", str(path))) from None


def _tabs() -> list[tuple[str, str]]:
    """(action tag, tab title) in the order a person reads them."""
    return [
        (Action.NEW.value, tr("&New")),
        (Action.UPDATED.value, tr("&Updated")),
        (Action.CONFLICT.value, tr("&Conflicting")),
        (Action.UNCHANGED.value, tr("Unc&hanged")),
        ("kept", tr("&Kept (newer here)")),
        (Action.REFUSED.value, tr("No&t applied")),
    ]


def decided_here(record: RecordPreview) -> str:
    """Why a change is not (or not fully) taken, or how a new release is kept: the
    sender never decides our consent or what we withhold from it."""
    fields = ", ".join(field_label(record.record_type, f) for f in record.kept)
    texts = {
        Refusal.OUR_CONSENT.value: tr("Not applied: this release was recorded or confirmed "
                                      "here, and only your staff change your consent."),
        Refusal.OTHER_AGENCY.value: tr("Not applied: another agency recorded this release."),
        Refusal.MOVED.value: tr("Not applied: it would move the record to another client, "
                                "agency or release."),
        Refusal.NOT_ITS_RELEASE.value: tr("Not applied: it cites a release of information "
                                          "that the sender neither recorded nor received."),
        Refusal.WITHHELD.value: tr("Your values kept (you withhold them from the sender): %1"
                                   ).replace("%1", fields),
        Refusal.STATUS.value: tr("Not applied: it changes the referral's status in a way "
                                 "only your agency may."),
        Refusal.UNKNOWN_AGENCY.value: tr("Not added: an agency that is neither the sender nor "
                                         "one in your directory."),
        Refusal.OUR_NOTE.value: tr("Not applied: this note was written here, and only its "
                                   "author or a supervisor here may correct or void it."),
        SENDERS_RELEASE: tr("Kept as the sender's release: for information, never used for "
                            "what you share."),
    }
    return texts.get(record.reason, "")


def _tag(action: Action) -> str:
    return "kept" if action in (Action.LOCAL_NEWER, Action.STALE) else action.value


class ImportDialog(QDialog):
    """Built with the package path; ``start()`` reads and previews it. ``discreet`` hides
    survivors' names (case numbers only)."""

    previewed = Signal()
    applied = Signal()
    failed = Signal(str)
    open_conflicts = Signal()

    def __init__(self, *, workspace: Workspace, path: Path, discreet: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = workspace
        self.views = workspace.transfer_views
        self.path = path
        self.discreet = discreet
        #: The check (dropped when the dialog closes) and the import (it waits for that).
        self.tasks = TaskRunner(self, tell=self._say_busy)
        self.data: bytes | None = None
        self.preview: ImportPreview | None = None
        self.result_message = ""
        self.ui = Ui_ImportDialog()
        self.ui.setupUi(self)
        self.heading, self.busy, self.status = self.ui.heading, self.ui.busy, self.ui.status
        # the filler holds the buttons down while there is no list to show
        self.note, self.filler, self.buttons = self.ui.note, self.ui.filler, self.ui.buttons
        self.heading.setText(self.heading.text().replace("%1", path.name))
        self.busy.hide()  # shown while the package is checked or applied
        self._build_counts()
        self._build_tables()
        self._build_buttons()

    def _build_counts(self) -> None:
        """One count per plan action, in the order of the tabs (filled by the preview)."""
        self.counts: dict[str, QLabel] = {}
        self.counts_box = self.ui.counts_box
        for column, (tag, title) in enumerate(_tabs()):
            name = QLabel(title.replace("&", ""))
            value = QLabel("–")
            value.setAccessibleName(title.replace("&", ""))
            value.setObjectName("count")
            self.counts[tag] = value
            self.ui.counts_grid.addWidget(name, 0, column)
            self.ui.counts_grid.addWidget(value, 1, column)

    def _build_tables(self) -> None:
        """A tab per plan action (a filter of one model) and one for what was withheld."""
        self.model = TextTableModel([self.tr("Record"), self.tr("Case number"), self.tr("Client"),
                                     self.tr("Changes here"),
                                     self.tr("Withheld inside by the sender")], self)
        self.withheld_model = TextTableModel([self.tr("Case number"), self.tr("Client"),
                                              self.tr("Withheld by the sender")], self)
        self.tabs = self.ui.tabs
        self.proxies: dict[str, QSortFilterProxyModel] = {}
        for tag, title in _tabs():
            proxy = QSortFilterProxyModel(self)
            proxy.setSourceModel(self.model)
            proxy.setFilterRole(TAG_ROLE)
            proxy.setFilterFixedString(tag)
            self.proxies[tag] = proxy
            self.tabs.addTab(table(proxy, title.replace("&", "")), title)
        self.tabs.addTab(table(self.withheld_model, self.tr("Withheld")), self.tr("&Withheld"))
        self.tabs.hide()

    def _build_buttons(self) -> None:
        self.apply_button = QPushButton(self.tr("&Apply"))
        self.apply_button.setAccessibleName(self.tr("Apply the import"))
        self.apply_button.setEnabled(False)
        self.apply_button.clicked.connect(self.apply)
        self.conflicts_button = QPushButton(self.tr("Open c&onflicts…"))
        self.conflicts_button.setAccessibleName(self.tr("Open the conflicts"))
        self.conflicts_button.hide()
        self.conflicts_button.clicked.connect(self._open_conflicts)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.addButton(self.apply_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.conflicts_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.conflicts_button.hide()  # (adding it to the box showed it)

    # --- check and preview -------------------------------------------------------------------

    def start(self) -> None:
        path, views = self.path, self.views

        def work(_task: TaskControl) -> tuple[bytes, ImportPreview]:  # no widgets here
            data = read_package(path)
            return data, views.preview_import(data)

        self.busy.show()
        self.tasks.run(work, on_success=self._previewed, on_failure=self._failed,
                       key="preview")

    def _previewed(self, result: tuple[bytes, ImportPreview]) -> None:
        self.busy.hide()
        self.data, self.preview = result
        plan = self.preview.plan
        made = local_time(datetime.fromisoformat(plan.created_at.replace("Z", "+00:00")))
        self.heading.setText(self.tr("Package from %1, made %2 (%3)").replace(
            "%1", self.preview.sender_name).replace("%2", made).replace("%3", self.path.name))
        if plan.already_imported:
            self.note.setText(self.tr("This package was already imported: nothing would "
                                      "change."))
            self.previewed.emit()
            return
        self._show_plan(self.preview)
        self.apply_button.setEnabled(True)
        self.apply_button.setDefault(True)
        self.previewed.emit()

    def _show_plan(self, preview: ImportPreview) -> None:
        counts = preview.plan.counts
        for tag, value in self.counts.items():
            n = counts["local_newer"] + counts["stale"] if tag == "kept" else counts[tag]
            value.setText(str(n))
        hide = self.discreet
        self.model.replace([
            TableRow([record_type_text(r.record_type), r.label.case_number,
                      MASK if hide and r.label.name else r.label.name,
                      " ".join(filter(None, [", ".join(field_label(r.record_type, p)
                                                       for p in r.changed), decided_here(r)])),
                      categories_text(r.withheld)], key=r.record_id, tag=_tag(r.action))
            for r in preview.records])
        self.withheld_model.replace([
            TableRow([w.label.case_number, MASK if hide and w.label.name else w.label.name,
                      categories_text(w.categories)], key=w.client_id)
            for w in preview.withheld])
        for i, (tag, title) in enumerate(_tabs()):
            self.tabs.setTabText(i, f"{title} ({self.proxies[tag].rowCount()})")
        self.tabs.setTabText(len(_tabs()), self.tr("&Withheld (%1)").replace(
            "%1", str(len(preview.withheld))))
        self.tabs.show()
        self.filler.hide()
        if len(preview.records) <= 1000:  # measuring is linear: only for lists a person reads
            for view in self.tabs.findChildren(QTableView):
                view.resizeColumnsToContents()
        notes = []
        if counts["conflict"]:
            notes.append(self.tr("Records changed on both sides become conflicts: both versions "
                                 "are kept until a person chooses (Transfer ▸ Conflicts)."))
        if counts["refused"] or any(r.kept for r in preview.records):
            notes.append(self.tr("A partner never changes your consent or the details you "
                                 "withhold from it: those changes are not applied (see "
                                 "“Changes here”)."))
        if any(r.reason == SENDERS_RELEASE for r in preview.records):
            notes.append(self.tr("Releases recorded by the sender are kept as its information; "
                                 "they never open what you share."))
        if preview.plan.override_reason:
            notes.append(self.tr("The sender used a supervisor override: consent was not "
                                 "applied to this package."))
        notes.append(self.tr("Withheld details stay as they are here. New case numbers may "
                             "change if the number is taken in your vault."))
        self.note.setText(" ".join(notes))

    def _failed(self, error: BaseException) -> None:
        self.busy.hide()
        self.apply_button.setEnabled(False)
        if self.preview is None:
            self.heading.setText(self.tr("%1 cannot be imported.").replace("%1", self.path.name))
            self.counts_box.hide()
            self.close_button.setText(self.tr("Close"))
        message = error_text(error) + " " + self.tr("Nothing in your vault was changed.")
        self.status.setText(message)
        self.failed.emit(message)

    # --- apply --------------------------------------------------------------------------------

    def apply(self) -> None:
        if self.data is None or self.tasks.busy or self.preview is None:
            return
        data, service = self.data, self.ws.imports
        self.apply_button.setEnabled(False)
        self.busy.show()
        self.status.clear()
        self.note.setText(self.tr("Importing…"))
        # One transaction: it cannot be stopped halfway.
        self.tasks.run(lambda _task: service.import_package(data), on_success=self._applied,
                       on_failure=self._failed, blocks_close=True, busy_text=self.tr(
                           "The import is being applied; it finishes in a moment."))

    def _applied(self, result: Any) -> None:
        self.busy.hide()
        self.data = None
        self.close_button.setText(self.tr("Close"))
        if not result.applied:
            self.result_message = self.tr("This package was already imported: nothing "
                                          "changed.")
        else:
            c = result.plan.counts
            self.result_message = self.tr(
                "Imported: %1 new, %2 updated, %3 conflicting, %4 unchanged, %5 kept as newer "
                "here.").replace("%1", str(c["new"])).replace("%2", str(c["updated"])).replace(
                "%3", str(c["conflict"])).replace("%4", str(c["unchanged"])).replace(
                "%5", str(c["local_newer"] + c["stale"]))
            if c["refused"]:
                self.result_message += " " + self.tr(
                    "Not applied: %1 (a partner never changes your consent or what you "
                    "withhold from it).").replace("%1", str(c["refused"]))
            self.conflicts_button.setVisible(c["conflict"] > 0)
        self.note.setText(self.result_message)
        self.applied.emit()

    def _open_conflicts(self) -> None:
        self.open_conflicts.emit()
        self.accept()

    def _say_busy(self, text: str) -> None:
        self.note.setText(text)

    def reject(self) -> None:
        if self.tasks.refuse_close():
            return
        self.tasks.cancel()
        super().reject()

    def done(self, result: int) -> None:
        self.tasks.cancel()
        self.data = None
        self.model.replace([])
        self.withheld_model.replace([])
        super().done(result)


def suggested_filter() -> str:
    return tr("NAP transfer packages (*.napx);;All files (*)")

