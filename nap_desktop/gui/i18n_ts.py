"""Qt Linguist ``.ts`` files (XML, TS 2.1): read, merge with a fresh extraction, write,
and compile to ``.qm`` with ``pyside6-lrelease``.

A merge keeps every translation whose (context, source, disambiguation) still exists and
drops the rest; a new string whose source text is translated in another context starts
from that translation, marked unfinished for a translator to confirm.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from nap_desktop.gui.i18n_extract import Message

Key = tuple[str, str, str]


@dataclass
class Translation:
    forms: list[str]  # one text, or one per plural form for numerus messages
    finished: bool

    @property
    def text(self) -> str:
        return self.forms[0] if self.forms else ""

    def complete(self, numerus: bool) -> bool:
        # A plural message needs every form (Spanish: one, other); a message that became
        # plural keeps its single old form until a translator adds the rest.
        wanted = len(self.forms) >= 2 if numerus else len(self.forms) == 1
        return self.finished and all(self.forms) and wanted


def read_ts(path: Path) -> dict[Key, Translation]:
    if not path.exists():
        return {}
    found: dict[Key, Translation] = {}
    # Our own file from the repository, not untrusted input.
    for context in ET.parse(path).getroot().iter("context"):  # noqa: S314
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            comment = message.findtext("comment") or ""
            element = message.find("translation")
            if element is None:
                continue
            kind = element.get("type", "")
            if kind in ("vanished", "obsolete"):
                continue
            forms = [f.text or "" for f in element.iter("numerusform")]
            if not forms:
                forms = [element.text or ""]
            found[(name, source, comment)] = Translation(forms, kind != "unfinished")
    return found


def merge(messages: dict[Key, Message], old: dict[Key, Translation]) -> dict[Key, Translation]:
    """The translations for ``messages``: kept where they exist, else a same-source guess
    marked unfinished, else empty and unfinished."""
    by_source: dict[str, Translation] = {}
    for (_context, source, _comment), translation in sorted(old.items()):
        if translation.finished:
            by_source.setdefault(source, translation)
    merged: dict[Key, Translation] = {}
    for key, message in messages.items():
        if key in old:
            merged[key] = old[key]
        elif message.source in by_source:
            merged[key] = Translation(list(by_source[message.source].forms), finished=False)
        else:
            merged[key] = Translation([], finished=False)
    return merged


def _location(ts_dir: Path, root: Path, path: str, line: int) -> str:
    relative = os.path.relpath(root / path, ts_dir).replace(os.sep, "/")
    return f'        <location filename={quoteattr(relative)} line="{line}"/>'


def render_ts(messages: dict[Key, Message], translations: dict[Key, Translation], *,
              language: str, ts_dir: Path, root: Path, plural_forms: int = 2) -> str:
    """The ``.ts`` text: contexts sorted by name, messages in source order."""
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>",
             f'<TS version="2.1" language="{language}" sourcelanguage="en">']
    contexts = sorted({key[0] for key in messages})
    for context in contexts:
        lines += ["<context>", f"    <name>{escape(context)}</name>"]
        chosen = [m for m in messages.values() if m.context == context]
        chosen.sort(key=lambda m: (m.locations[0].path, m.locations[0].line, m.source)
                    if m.locations else ("", 0, m.source))
        for message in chosen:
            lines.append('    <message numerus="yes">' if message.numerus else "    <message>")
            for where in message.locations:
                lines.append(_location(ts_dir, root, where.path, where.line))
            lines.append(f"        <source>{escape(message.source)}</source>")
            if message.comment:
                lines.append(f"        <comment>{escape(message.comment)}</comment>")
            if message.extracomment:
                lines.append(f"        <extracomment>{escape(message.extracomment)}"
                             "</extracomment>")
            translation = translations.get(message.key, Translation([], False))
            kind = "" if translation.finished else ' type="unfinished"'
            if message.numerus:
                forms = (translation.forms + [""] * plural_forms)[:max(
                    plural_forms, len(translation.forms))]
                lines.append(f"        <translation{kind}>")
                lines += [f"            <numerusform>{escape(f)}</numerusform>" for f in forms]
                lines.append("        </translation>")
            else:
                lines.append(f"        <translation{kind}>{escape(translation.text)}"
                             "</translation>")
            lines.append("    </message>")
        lines.append("</context>")
    lines.append("</TS>")
    return "\n".join(lines) + "\n"


def lrelease() -> str:
    """``pyside6-lrelease`` beside this Python (the venv), on PATH, or in PySide6 itself."""
    beside = Path(sys.executable).with_name("pyside6-lrelease")
    if beside.exists():
        return str(beside)
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    if found:
        return found
    import PySide6

    bundled = Path(PySide6.__file__).with_name("lrelease")
    if bundled.exists():
        return str(bundled)
    raise FileNotFoundError("pyside6-lrelease not found: install PySide6 in this Python")


def compile_qm(ts: Path, qm: Path) -> None:
    """``.ts`` -> ``.qm``; unfinished translations are left out (Qt shows the English)."""
    subprocess.run([lrelease(), "-silent", "-nounfinished", str(ts), "-qm", str(qm)],  # noqa: S603
                   check=True, capture_output=True, timeout=120)
