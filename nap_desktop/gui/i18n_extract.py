"""Find every translatable string in ``nap_desktop/gui`` with the context Qt looks it up in.

``pyside6-lupdate`` gives the module helpers (``def tr(text): return
QCoreApplication.translate("CaseEditors", text)``) an empty context, so nothing they mark
would ever be found at run time. This reads the source with ``ast`` instead and resolves:

- ``self.tr("...")`` -> the class that defines the method. PySide6 looks a ``self.tr``
  string up under every class of the instance's MRO in turn (most derived first), so the
  defining class is always among them, subclasses included;
- ``tr = self.tr`` aliases inside a method;
- module helpers as above, also when imported from another module (``from ...common
  import tr``); ``QCoreApplication.translate(CTX, ...)`` with a literal or constant CTX;
- ``QT_TRANSLATE_NOOP(CTX, "...")`` / ``QT_TRANSLATE_NOOP3`` / ``QT_TR_NOOP("...")``
  (class context) for strings looked up later through a variable;
- a third ``n`` argument makes the message a numerus (plural) one.

A translation call whose text is not a literal is accepted when the value can be traced
to a ``QT_*_NOOP`` table; when it comes from a plain literal table (``ACTION_TEXT[x]``) its
strings are extracted and a warning asks for NOOP markers; anything else is a problem to
fix at the source (the text would stay English). See ``nap_desktop/gui/i18n.py``.
"""

from __future__ import annotations

import ast
import io
import tokenize
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

TRANSLATE_RECEIVERS = {"QCoreApplication", "QApplication", "QGuiApplication"}
NOOPS = {"QT_TRANSLATE_NOOP", "QT_TRANSLATE_NOOP3", "QT_TR_NOOP", "QT_TRANSLATE_N_NOOP"}


@dataclass(frozen=True)
class Location:
    path: str  # relative to the repository root, with forward slashes
    line: int


@dataclass
class Message:
    context: str
    source: str
    comment: str = ""  # Qt's disambiguation
    numerus: bool = False
    extracomment: str = ""  # a note for translators (``#:`` comment above the string)
    locations: list[Location] = field(default_factory=list)

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)


@dataclass(frozen=True)
class Finding:
    """A translation call the extractor could not fully account for."""

    location: Location
    code: str
    why: str

    def __str__(self) -> str:
        return f"{self.location.path}:{self.location.line}: {self.code}  ({self.why})"


@dataclass
class Catalog:
    messages: dict[tuple[str, str, str], Message] = field(default_factory=dict)
    problems: list[Finding] = field(default_factory=list)  # text stays English: fix at source
    warnings: list[Finding] = field(default_factory=list)  # extracted, but please mark

    def add(self, message: Message, where: Location) -> None:
        known = self.messages.setdefault(message.key, message)
        if where not in known.locations:
            known.locations.append(where)
        known.numerus = known.numerus or message.numerus
        if message.extracomment and message.extracomment not in known.extracomment:
            joined = f"{known.extracomment}\n{message.extracomment}".strip()
            known.extracomment = joined


# --- small AST helpers ---------------------------------------------------------------


def const_str(node: ast.AST | None, constants: dict[str, str]) -> str | None:
    """A string literal, a module-level string constant, or ``+`` of those."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Name):
        return constants.get(node.id)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = const_str(node.left, constants), const_str(node.right, constants)
        if left is not None and right is not None:
            return left + right
    return None


def module_constants(tree: ast.Module) -> dict[str, str]:
    found: dict[str, str] = {}
    for stmt in tree.body:
        if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1:
            target, value = stmt.targets[0], stmt.value
        elif isinstance(stmt, ast.AnnAssign) and stmt.value is not None:
            target, value = stmt.target, stmt.value
        else:
            continue
        text = const_str(value, found)
        if isinstance(target, ast.Name) and text is not None:
            found[target.id] = text
    return found


def call_name(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def names_in(node: ast.AST) -> set[str]:
    """Plain names and attribute names (``self.TABLE`` -> ``TABLE``) used in ``node``."""
    out: set[str] = set()
    for sub in ast.walk(node):
        if isinstance(sub, ast.Name):
            out.add(sub.id)
        elif isinstance(sub, ast.Attribute):
            out.add(sub.attr)
    return out


def has_noop(node: ast.AST) -> bool:
    return any(
        isinstance(sub, ast.Call) and call_name(sub.func) in NOOPS for sub in ast.walk(node)
    )


def module_scope(body: Iterable[ast.AST]) -> list[ast.AST]:
    """Module and class-body statements, without the bodies of functions."""
    out: list[ast.AST] = []
    todo = list(body)
    while todo:
        node = todo.pop()
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
            continue
        out.append(node)
        todo.extend(ast.iter_child_nodes(node))
    return out


def assignments(nodes: Iterable[ast.AST]) -> Iterator[tuple[set[str], ast.AST]]:
    """(names bound, value) for assignments, for-loops and comprehensions among ``nodes``."""
    for node in nodes:
        if isinstance(node, ast.Assign):
            for target in node.targets:
                yield names_in(target), node.value
        elif isinstance(node, ast.AnnAssign | ast.AugAssign) and node.value is not None:
            yield names_in(node.target), node.value
        elif isinstance(node, ast.For | ast.comprehension):
            yield names_in(node.target), node.iter
        elif isinstance(node, ast.NamedExpr):
            yield names_in(node.target), node.value


def tainted_names(nodes: Iterable[ast.AST], seed: set[str]) -> set[str]:
    """Names whose value comes (directly or through other names) from a NOOP-marked table;
    ``nodes`` is a flat list (``module_scope`` or ``ast.walk`` of a function)."""
    pairs = list(assignments(nodes))
    tainted = set(seed)
    changed = True
    while changed:
        changed = False
        for bound, value in pairs:
            if bound <= tainted:
                continue
            if has_noop(value) or names_in(value) & tainted:
                tainted |= bound
                changed = True
    return tainted


def literal_table(node: ast.AST, constants: dict[str, str]) -> list[str] | None:
    """The strings of a dict (values), list, tuple or set made only of string literals."""
    items: list[ast.expr | None]
    if isinstance(node, ast.Dict):
        items = list(node.values)
    elif isinstance(node, ast.List | ast.Tuple | ast.Set):
        items = list(node.elts)
    else:
        return None
    texts = [const_str(item, constants) for item in items]
    if not texts or any(t is None for t in texts):
        return None
    return [t for t in texts if t is not None]


def comment_lines(source: str) -> dict[int, str]:
    """``#: note`` comments by line: notes for translators, as with lupdate's ``//:``."""
    notes: dict[int, str] = {}
    try:
        for tok in tokenize.generate_tokens(io.StringIO(source).readline):
            if tok.type == tokenize.COMMENT and tok.string.startswith("#:"):
                notes[tok.start[0]] = tok.string[2:].strip()
    except (tokenize.TokenError, SyntaxError):
        pass
    return notes


# --- per-module knowledge --------------------------------------------------------------


@dataclass
class ModuleInfo:
    name: str  # dotted module name
    rel: str  # path relative to the root
    tree: ast.Module
    source: str
    constants: dict[str, str]
    helpers: dict[str, str] = field(default_factory=dict)  # def tr(text) -> its context
    imports: dict[str, tuple[str, str]] = field(default_factory=dict)  # local -> (mod, name)
    tables: dict[str, list[str]] = field(default_factory=dict)  # NAME = {..: "literal"}
    tainted: set[str] = field(default_factory=set)


def find_helpers(info: ModuleInfo) -> None:
    """``def tr(text): return QCoreApplication.translate(CTX, text)`` (also ``str(text)``)."""
    for stmt in info.tree.body:
        if not isinstance(stmt, ast.FunctionDef) or not stmt.args.args:
            continue
        body = [s for s in stmt.body if not (isinstance(s, ast.Expr) and isinstance(
            s.value, ast.Constant))]
        if len(body) != 1 or not isinstance(body[0], ast.Return):
            continue
        call = body[0].value
        if not (isinstance(call, ast.Call) and is_translate(call.func) and len(call.args) >= 2):
            continue
        context = const_str(call.args[0], info.constants)
        text = call.args[1]
        if isinstance(text, ast.Call) and call_name(text.func) == "str" and text.args:
            text = text.args[0]
        first = stmt.args.args[0].arg
        if context is not None and isinstance(text, ast.Name) and text.id == first:
            info.helpers[stmt.name] = context


def is_translate(func: ast.expr) -> bool:
    return (
        isinstance(func, ast.Attribute)
        and func.attr == "translate"
        and isinstance(func.value, ast.Name)
        and func.value.id in TRANSLATE_RECEIVERS
    )


def load_module(root: Path, path: Path) -> ModuleInfo:
    source = path.read_text(encoding="utf-8")
    tree = ast.parse(source, filename=str(path))
    rel = path.relative_to(root).as_posix()
    name = rel.removesuffix(".py").removesuffix("/__init__").replace("/", ".")
    info = ModuleInfo(name=name, rel=rel, tree=tree, source=source,
                      constants=module_constants(tree))
    for stmt in tree.body:
        if isinstance(stmt, ast.ImportFrom) and stmt.module and stmt.level == 0:
            for alias in stmt.names:
                info.imports[alias.asname or alias.name] = (stmt.module, alias.name)
        elif isinstance(stmt, ast.Assign) and len(stmt.targets) == 1:
            target = stmt.targets[0]
            table = literal_table(stmt.value, info.constants)
            if isinstance(target, ast.Name) and table is not None:
                info.tables[target.id] = table
    find_helpers(info)
    info.tainted = tainted_names(module_scope(tree.body), set())
    return info


# --- the walk --------------------------------------------------------------------------


@dataclass
class Scope:
    node: ast.AST
    klass: str | None = None  # for a class scope: its name
    self_name: str | None = None  # for a method: the name of its first parameter
    aliases: dict[str, str | None] = field(default_factory=dict)  # tr = self.tr -> context
    tainted: set[str] = field(default_factory=set)


class Extractor(ast.NodeVisitor):
    def __init__(self, info: ModuleInfo, modules: dict[str, ModuleInfo], catalog: Catalog,
                 reviewed: dict[tuple[str, str], str]) -> None:
        self.info = info
        self.modules = modules
        self.catalog = catalog
        self.reviewed = reviewed
        self.notes = comment_lines(info.source)
        self.scopes: list[Scope] = [Scope(info.tree, tainted=info.tainted | self.imported(
            lambda mod, name: name in mod.tainted))]

    # -- lookups
    def imported(self, test: Callable[[ModuleInfo, str], bool]) -> set[str]:
        out = set()
        for local, (mod_name, name) in self.info.imports.items():
            mod = self.modules.get(mod_name)
            if mod is not None and test(mod, name):
                out.add(local)
        return out

    def helper_context(self, name: str) -> str | None:
        if name in self.info.helpers:
            return self.info.helpers[name]
        mod_name, original = self.info.imports.get(name, ("", ""))
        mod = self.modules.get(mod_name)
        return mod.helpers.get(original) if mod is not None else None

    def table(self, name: str) -> list[str] | None:
        if name in self.info.tables:
            return self.info.tables[name]
        mod_name, original = self.info.imports.get(name, ("", ""))
        mod = self.modules.get(mod_name)
        return mod.tables.get(original) if mod is not None else None

    def method(self) -> tuple[str | None, str | None]:
        """(class name, self name) of the method we are in, through nested functions."""
        for outer, inner in zip(reversed(self.scopes[:-1]), reversed(self.scopes[1:]),
                                strict=True):
            if outer.klass is not None and inner.self_name is not None:
                return outer.klass, inner.self_name
        return None, None

    def klass(self) -> str | None:
        for scope in reversed(self.scopes):
            if scope.klass is not None:
                return scope.klass
        return None

    def where(self, node: ast.AST) -> Location:
        return Location(self.info.rel, getattr(node, "lineno", 0))

    def note_for(self, node: ast.AST) -> str:
        line = getattr(node, "lineno", 0)
        notes = [self.notes[line]] if line in self.notes else []
        above = line - 1
        while above in self.notes:
            notes.insert(0, self.notes[above])
            above -= 1
        return "\n".join(notes)

    # -- scopes
    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        for deco in node.decorator_list:
            self.visit(deco)
        self.scopes.append(Scope(node, klass=node.name, tainted=set(self.scopes[-1].tainted)))
        for stmt in node.body:
            self.visit(stmt)
        self.scopes.pop()

    def visit_FunctionDef(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        if self.scopes[-1].node is self.info.tree and node.name in self.info.helpers:
            return  # the helper's own translate(CTX, text)
        for deco in node.decorator_list:
            self.visit(deco)
        params = node.args.posonlyargs + node.args.args
        scope = Scope(node, self_name=params[0].arg if params else None)
        scope.tainted = tainted_names(ast.walk(node), self.scopes[-1].tainted)
        self.scopes.append(scope)
        self.find_aliases(node, scope)
        for stmt in node.body:
            self.visit(stmt)
        self.scopes.pop()

    visit_AsyncFunctionDef = visit_FunctionDef  # noqa: N815

    def find_aliases(self, node: ast.AST, scope: Scope) -> None:
        for sub in ast.walk(node):
            if not (isinstance(sub, ast.Assign) and len(sub.targets) == 1):
                continue
            target, value = sub.targets[0], sub.value
            if not isinstance(target, ast.Name):
                continue
            if isinstance(value, ast.Attribute) and value.attr == "tr":
                klass, self_name = self.method()
                mine = isinstance(value.value, ast.Name) and value.value.id == self_name
                scope.aliases[target.id] = klass if mine else None
            elif isinstance(value, ast.Name) and self.helper_context(value.id) is not None:
                scope.aliases[target.id] = self.helper_context(value.id)

    def alias(self, name: str) -> tuple[bool, str | None]:
        for scope in reversed(self.scopes):
            if name in scope.aliases:
                return True, scope.aliases[name]
        return False, None

    # -- calls
    def visit_Call(self, node: ast.Call) -> None:
        self.generic_visit(node)
        func, args = node.func, node.args
        name = call_name(func)
        if name in NOOPS and isinstance(func, ast.Name | ast.Attribute):
            self.noop(node, name)
        elif is_translate(func) and len(args) >= 2:
            context = const_str(args[0], self.info.constants)
            if context is None:
                self.problem(node, "translate() with a context that is not a literal")
                return
            self.text(node, context, args[1], args[2] if len(args) > 2 else None,
                      args[3] if len(args) > 3 else None)
        elif isinstance(func, ast.Attribute) and func.attr == "tr" and args:
            klass, self_name = self.method()
            receiver = func.value
            if isinstance(receiver, ast.Name) and receiver.id == self_name and klass:
                self.text(node, klass, args[0], args[1] if len(args) > 1 else None,
                          args[2] if len(args) > 2 else None)
            else:
                self.problem(node, "tr() on another object: its context is that object's "
                             "run-time class, unknown here; use self.tr or a module helper")
        elif isinstance(func, ast.Name) and args:
            known, context = self.alias(func.id)
            if not known:
                context = self.helper_context(func.id)
                known = context is not None
            if known and context is None:
                self.problem(node, f"{func.id} is another object's tr: its context is that "
                             "object's run-time class, unknown here")
            elif known and context is not None:  # a helper's second argument is the count
                self.text(node, context, args[0], None, args[1] if len(args) > 1 else None)

    def noop(self, node: ast.Call, name: str) -> None:
        args = node.args
        if name == "QT_TR_NOOP":
            context = self.klass()
            if context is None:
                self.problem(node, "QT_TR_NOOP outside a class: use QT_TRANSLATE_NOOP")
                return
            text, comment = (args[0] if args else None), None
        else:
            context = const_str(args[0], self.info.constants) if args else None
            text = args[1] if len(args) > 1 else None
            comment = args[2] if name == "QT_TRANSLATE_NOOP3" and len(args) > 2 else None
        source = const_str(text, self.info.constants)
        if context is None or source is None:
            self.problem(node, f"{name} needs a literal context and text")
            return
        self.add(node, context, source, comment, numerus=name == "QT_TRANSLATE_N_NOOP")

    def text(self, node: ast.Call, context: str, text: ast.expr, comment: ast.expr | None,
             count: ast.expr | None) -> None:
        numerus = count is not None and not (
            isinstance(count, ast.Constant) and count.value in (None, -1))
        source = const_str(text, self.info.constants)
        if source is not None:
            self.add(node, context, source, comment, numerus)
        elif isinstance(text, ast.JoinedStr):
            self.problem(node, "an f-string never matches a translation: use %1 and replace")
        else:
            self.dynamic(node, context, text)

    def dynamic(self, node: ast.Call, context: str, text: ast.expr) -> None:
        code = ast.unparse(text)
        if has_noop(text) or names_in(text) & self.scopes[-1].tainted:
            return  # values come from QT_*_NOOP tables, extracted there
        if (self.info.rel, code) in self.reviewed:
            return
        for name in sorted(names_in(text)):
            table = self.table(name)
            if table is not None:
                for source in table:
                    self.add(node, context, source, None, False)
                self.catalog.warnings.append(Finding(
                    self.where(node), code,
                    f"strings of the table {name} extracted; mark them with QT_TRANSLATE_NOOP"))
                return
        self.problem(node, "text is not a literal nor from a QT_*_NOOP table: it stays English")

    def add(self, node: ast.AST, context: str, source: str, comment: ast.expr | None,
            numerus: bool) -> None:
        disambiguation: str | None = ""
        if comment is not None and not (isinstance(comment, ast.Constant)
                                        and comment.value is None):
            disambiguation = const_str(comment, self.info.constants)
        if disambiguation is None:
            self.problem(node, "disambiguation is not a literal")
            return
        message = Message(context, source, disambiguation, numerus, self.note_for(node))
        self.catalog.add(message, self.where(node))

    def problem(self, node: ast.AST, why: str) -> None:
        code = ast.unparse(node)
        if (self.info.rel, code) in self.reviewed:
            return
        self.catalog.problems.append(Finding(self.where(node), code[:120], why))


def extract(root: Path, folders: Iterable[str],
            reviewed: dict[tuple[str, str], str] | None = None) -> Catalog:
    """Every translatable string in the ``*.py`` files under ``folders`` (relative to
    ``root``). ``reviewed`` maps (path, code of the text argument) to the reason a
    dynamic text is known to be covered."""
    paths = sorted(p for folder in folders for p in (root / folder).rglob("*.py"))
    modules = {info.name: info for info in (load_module(root, p) for p in paths)}
    catalog = Catalog()
    for info in modules.values():
        Extractor(info, modules, catalog, reviewed or {}).visit(info.tree)
    return catalog
