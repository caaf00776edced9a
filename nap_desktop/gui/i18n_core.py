"""The messages the Qt-free core can put in front of a person, for translation in the GUI.

The core (domain, store, services, transfer, reports) raises ``NapError`` subclasses with
English messages and never imports Qt. This reads its source and collects:

- whole messages: ``default_message = "..."`` and ``SomeError("...")`` (also through a
  module constant such as ``ks.DAMAGED_MESSAGE``);
- templates: ``SomeError(f"{label} is required.")`` becomes ``"%1 is required."``;
  ``gui/messages.py`` matches a message against them and translates the values too;
- words: literal values that fill those templates, found where the value comes from a
  parameter of the enclosing function (``v.text(..., label="Legal name")``) or from a
  literal table in it (``{Role.ADMIN: "an administrator"}[role]``).

The result is written to ``nap_desktop/gui/core_messages.py`` as ``QT_TRANSLATE_NOOP``
tables in the "Messages" context, so the usual extraction (and lupdate) sees them and the
GUI has the templates at run time.
"""

from __future__ import annotations

import ast
import re
import textwrap
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from nap_desktop.gui.i18n_extract import (
    ModuleInfo,
    call_name,
    const_str,
    literal_table,
    load_module,
)

CORE_FOLDERS = ("nap_desktop/domain", "nap_desktop/store", "nap_desktop/services",
                "nap_desktop/transfer", "nap_desktop/reports")
BASE_ERROR = "NapError"
#: Literals that name code, not words (record paths such as ``client.personal``).
_CODE_LIKE = re.compile(r"[a-z0-9_.\[\]]*[._][a-z0-9_.\[\]]*")


@dataclass
class CoreMessages:
    messages: dict[str, set[str]] = field(default_factory=dict)  # text -> origins
    templates: dict[str, set[str]] = field(default_factory=dict)  # "%1 is required." -> notes
    words: dict[str, set[str]] = field(default_factory=dict)
    #: template -> the placeholders ("1", "2") filled with words or stored codes, which are
    #: translated; the others hold data (a name, a number) that stays as it is.
    worded: dict[str, set[str]] = field(default_factory=dict)
    skipped: list[str] = field(default_factory=list)  # f-strings that cannot be templates

    def note(self, table: dict[str, set[str]], text: str, origin: str) -> None:
        if text.strip():
            table.setdefault(text, set()).add(origin)


def error_classes(modules: Iterable[ModuleInfo]) -> set[str]:
    bases: dict[str, set[str]] = {}
    for info in modules:
        for node in ast.walk(info.tree):
            if isinstance(node, ast.ClassDef):
                bases.setdefault(node.name, set()).update(call_name(b) for b in node.bases)
    errors = {BASE_ERROR}
    changed = True
    while changed:
        changed = False
        for name, parents in bases.items():
            if name not in errors and parents & errors:
                errors.add(name)
                changed = True
    return errors


def parents_map(tree: ast.AST) -> dict[ast.AST, ast.AST]:
    return {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}


def enclosing_function(node: ast.AST, parents: dict[ast.AST, ast.AST]) -> ast.FunctionDef | None:
    while node in parents:
        node = parents[node]
        if isinstance(node, ast.FunctionDef):
            return node
    return None


def template_of(text: ast.JoinedStr) -> tuple[str, list[ast.expr]] | None:
    """``f"{label} is required."`` -> ("%1 is required.", [label]); None when a value is a
    conditional (``minute{'s' if n != 1 else ''}``: grammar, not a value)."""
    parts: list[str] = []
    values: list[ast.expr] = []
    for piece in text.values:
        if isinstance(piece, ast.Constant):
            parts.append(str(piece.value))
        elif isinstance(piece, ast.FormattedValue):
            if any(isinstance(sub, ast.IfExp) for sub in ast.walk(piece.value)):
                return None
            values.append(piece.value)
            parts.append(f"%{len(values)}")
    return "".join(parts), values


def root_name(expr: ast.expr) -> str | None:
    """``label`` for ``label``, ``label.lower()``, ``label.strip()``."""
    while isinstance(expr, ast.Call) and isinstance(expr.func, ast.Attribute):
        expr = expr.func.value
    return expr.id if isinstance(expr, ast.Name) else None


class CoreScan:
    def __init__(self, root: Path, folders: Iterable[str] = CORE_FOLDERS) -> None:
        paths = sorted(p for folder in folders for p in (root / folder).rglob("*.py"))
        self.modules = {info.name: info for info in (load_module(root, p) for p in paths)}
        self.errors = error_classes(self.modules.values())
        self.out = CoreMessages()

    def run(self) -> CoreMessages:
        for info in self.modules.values():
            parents = parents_map(info.tree)
            for node in ast.walk(info.tree):
                if isinstance(node, ast.ClassDef) and node.name in self.errors:
                    self.defaults(info, node)
                elif isinstance(node, ast.Call) and call_name(node.func) in self.errors:
                    self.raised(info, node, parents)
        return self.out

    def defaults(self, info: ModuleInfo, node: ast.ClassDef) -> None:
        for stmt in node.body:
            if isinstance(stmt, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id == "default_message" for t in stmt.targets
            ):
                text = const_str(stmt.value, info.constants)
                if text is not None:
                    self.out.note(self.out.messages, text, info.rel)

    def constant(self, info: ModuleInfo, expr: ast.expr) -> str | None:
        text = const_str(expr, info.constants)
        if text is None and isinstance(expr, ast.Attribute) and isinstance(expr.value, ast.Name):
            package, name = info.imports.get(expr.value.id, ("", ""))
            other = self.modules.get(f"{package}.{name}")
            text = other.constants.get(expr.attr) if other is not None else None
        return text

    def raised(self, info: ModuleInfo, node: ast.Call, parents: dict[ast.AST, ast.AST]) -> None:
        message = node.args[0] if node.args else next(
            (k.value for k in node.keywords if k.arg == "message"), None)
        if message is None:
            return
        text = self.constant(info, message)
        if text is not None:
            self.out.note(self.out.messages, text, info.rel)
        elif isinstance(message, ast.JoinedStr):
            found = template_of(message)
            if found is None:
                self.out.skipped.append(f"{info.rel}:{node.lineno}: {ast.unparse(message)}")
                return
            template, values = found
            described = ", ".join(f"%{i} = {ast.unparse(v)}" for i, v in enumerate(values, 1))
            self.out.note(self.out.templates, template, f"{info.rel} ({described})")
            function = enclosing_function(node, parents)
            for index, value in enumerate(values, 1):
                words = list(self.words_for(info, value, function))
                for word, origin in words:
                    self.out.note(self.out.words, word, origin)
                code = ast.unparse(value)
                if words or ".value" in code or "status" in code:  # a word or a stored code
                    self.out.note(self.out.worded, template, str(index))

    def words_for(self, home: ModuleInfo, value: ast.expr,
                  function: ast.FunctionDef | None) -> Iterator[tuple[str, str]]:
        """(word, module it is written in) for the values of one template placeholder."""
        name = root_name(value)
        if name is None or function is None:
            return
        for node in ast.walk(function):  # who = {Role.ADMIN: "an administrator"}[role]
            if isinstance(node, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id == name for t in node.targets
            ):
                table = node.value.value if isinstance(node.value, ast.Subscript) else node.value
                for word in literal_table(table, home.constants) or []:
                    yield word, home.rel
        params = [a.arg for a in function.args.posonlyargs + function.args.args]
        kwonly = [a.arg for a in function.args.kwonlyargs]
        if name not in params and name not in kwonly:
            return
        index = params.index(name) if name in params else None
        if index is not None and params and params[0] in ("self", "cls"):
            index -= 1
        for info in self.modules.values():
            for call in ast.walk(info.tree):
                if isinstance(call, ast.Call) and call_name(call.func) == function.name:
                    for word in self.argument(info, call, name, index):
                        yield word, info.rel

    def argument(self, info: ModuleInfo, call: ast.Call, name: str,
                 index: int | None) -> Iterator[str]:
        args: list[ast.expr] = [k.value for k in call.keywords if k.arg == name]
        if index is not None and 0 <= index < len(call.args):
            args.append(call.args[index])
        for arg in args:
            text = const_str(arg, info.constants)
            # A word has letters: calls matched by name alone also catch str.find(",").
            if text is not None and not _CODE_LIKE.fullmatch(text) and any(
                ch.isalpha() for ch in text
            ):
                yield text


def scan_core(root: Path, folders: Iterable[str] = CORE_FOLDERS) -> CoreMessages:
    return CoreScan(root, folders).run()


HEADER = '''"""Messages the core can show a person, marked for translation ("Messages" context).

GENERATED by ``python -m nap_desktop.gui.i18n update`` from the core's source
(``nap_desktop/gui/i18n_core.py``); do not edit. ``gui/messages.py`` translates a core
message whole, or matches it against ``TEMPLATES`` (``%1`` stands for a value) and
translates the values that are ``WORDS``.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

'''


def quoted(text: str, indent: str, width: int = 100) -> str:
    """``text`` as one or more double-quoted literals (joined by the parser), each line
    within ``width`` so the generated module passes the linter."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    room = width - len(indent) - 3  # the quotes and a comma
    pieces: list[str] = []
    while len(escaped) > room:
        cut = escaped.rfind(" ", 0, room) + 1 or room
        pieces.append(escaped[:cut])
        escaped = escaped[cut:]
    pieces.append(escaped)
    return f"\n{indent}".join(f'"{piece}"' for piece in pieces)


def _entries(table: dict[str, set[str]]) -> list[str]:
    lines: list[str] = []
    for text in sorted(table):
        note = textwrap.wrap(", ".join(sorted(table[text])), 100 - len("    #: "),
                             break_on_hyphens=False)
        lines.extend(f"    #: {line}" for line in note)
        lines.append('    QT_TRANSLATE_NOOP(\n        "Messages",\n        '
                     + quoted(text, " " * 8) + ",\n    ),")
    return lines


def render(found: CoreMessages) -> str:
    """The text of ``core_messages.py``."""
    blocks = [HEADER.rstrip("\n") + "\n"]
    for name, doc, table in (
        ("MESSAGES", "Whole messages.", found.messages),
        ("TEMPLATES", "Messages with values: %1, %2... in the order they appear.",
         found.templates),
        ("WORDS", "Words that fill the templates (field names, roles...).", found.words),
    ):
        blocks.append(f"#: {doc}\n{name}: tuple[object, ...] = (\n"
                      + "\n".join(_entries(table)) + "\n)\n")
    worded = [f"    {quoted(t, ' ' * 4)}: \"{''.join(sorted(n))}\"," for t, n in
              sorted(found.worded.items())]
    blocks.append("#: Template -> its placeholders that hold words (translated); the others "
                  "hold data.\nWORDED: dict[str, str] = {\n" + "\n".join(worded) + "\n}\n")
    return "\n".join(blocks)
