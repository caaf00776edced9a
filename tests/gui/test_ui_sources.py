"""What a form edited in Qt Designer must keep, checked on the ``ui/*.ui`` sources: the
form's class is the translation context its dialog always had, object names are unique,
every label with an access key has a buddy, every control a person uses has an
accessible name, and tab stops name widgets of the form."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

UI = Path(__file__).resolve().parents[2] / "ui"
CONTROLS = {
    "QLineEdit", "QComboBox", "QPlainTextEdit", "QTextEdit", "QSpinBox", "QDoubleSpinBox",
    "QDateEdit", "QCheckBox", "QRadioButton", "QTableView", "QTableWidget", "QListView",
    "QListWidget", "QTreeView", "QTreeWidget",
}
BUTTONS = {"QPushButton", "QToolButton"}


def text_of(widget: ET.Element, name: str) -> str:
    prop = widget.find(f"property[@name='{name}']")
    if prop is None:
        return ""
    value = prop.find("string")
    if value is None:
        value = prop.find("cstring")
    return (value.text or "") if value is not None else ""


def access_key(text: str) -> str | None:
    found = re.search(r"&([^&\s])", text.replace("&&", ""))
    return found.group(1) if found else None


def problems(path: Path) -> list[str]:
    root = ET.parse(path).getroot()
    top = root.find("widget")
    assert top is not None
    found = []
    if top.get("name") != root.findtext("class"):
        found.append(f"the top widget {top.get('name')!r} is not named as the form's class")
    widgets = list(root.iter("widget"))
    names = [w.get("name") for w in widgets]
    found += [f"object name {n!r} is used twice" for n in sorted({n for n in names
                                                                   if names.count(n) > 1})]
    for widget in widgets:
        kind, name = widget.get("class"), widget.get("name")
        if kind == "QLabel" and access_key(text_of(widget, "text")):
            buddy = text_of(widget, "buddy")
            if buddy not in names:
                found.append(f"label {name!r} has an access key but no buddy in the form")
        if kind in CONTROLS and not text_of(widget, "accessibleName"):
            found.append(f"{kind} {name!r} has no accessible name")
        if kind in BUTTONS and not (text_of(widget, "accessibleName") or text_of(widget, "text")):
            found.append(f"{kind} {name!r} has neither text nor accessible name")
    found += [f"tab stop {stop.text!r} is not a widget of the form"
              for stop in root.iter("tabstop") if stop.text not in names]
    return found


@pytest.mark.parametrize("path", sorted(UI.glob("*.ui")), ids=lambda p: p.name)
def test_form_keeps_names_buddies_and_tab_stops(path: Path) -> None:
    assert problems(path) == []


def test_the_check_sees_a_label_without_buddy_and_a_nameless_control(tmp_path: Path) -> None:
    broken = tmp_path / "broken.ui"
    broken.write_text(
        '<ui version="4.0"><class>Broken</class><widget class="QDialog" name="Broken">'
        '<layout class="QVBoxLayout" name="layout">'
        '<item><widget class="QLabel" name="label"><property name="text">'
        "<string>&amp;Name:</string></property></widget></item>"
        '<item><widget class="QLineEdit" name="label"/></item>'
        "</layout></widget><tabstops><tabstop>gone</tabstop></tabstops></ui>",
        encoding="utf-8",
    )
    assert problems(broken) == [
        "object name 'label' is used twice",
        "label 'label' has an access key but no buddy in the form",
        "QLineEdit 'label' has no accessible name",
        "tab stop 'gone' is not a widget of the form",
    ]

