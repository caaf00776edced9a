"""Where files are saved and opened from by default: the person's Documents folder (or
home), never the folder the program happened to be started from."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

PDF_FILTER = "PDF (*.pdf)"


def documents_dir() -> Path:
    """The Documents folder when there is one, else the home folder."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(found) if found else Path.home()
    return folder if folder.is_dir() else Path.home()


def file_word(text: str) -> str:
    """``text`` as one safe word of a file name: "Harbor Shelter (demo)" ->
    "Harbor-Shelter-demo". For agency names; a survivor's name never goes in a file name."""
    return "-".join(re.findall(r"\w+", text))[:60] or "partner"


def suggested_path(name: str) -> str:
    """A bare file name goes in the Documents folder; a path stays as it is."""
    path = Path(name)
    return str(path if path.is_absolute() else documents_dir() / path)


def ask_save_path(
    parent: QWidget | None, title: str, suggested: str, file_filter: str = PDF_FILTER
) -> str:
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested_path(suggested), file_filter)
    return path


def ask_open_path(parent: QWidget | None, title: str, file_filter: str) -> str:
    path, _ = QFileDialog.getOpenFileName(parent, title, str(documents_dir()), file_filter)
    return path
