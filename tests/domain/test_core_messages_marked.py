"""The core's messages cannot drift back to English text: every error the core raises
carries a template marked with ``N_``/``NP_`` (never an f-string, a bare literal or
text built with ``format``/``%``), its named arguments are exactly the template's
placeholders, and every translation uses the same placeholders as its template."""

from __future__ import annotations

import ast
import string
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest

from nap_desktop.domain.messages import Translator, placeholders
from nap_desktop.i18n import translator

ROOT = Path(__file__).resolve().parents[2]
CORE = ("domain", "store", "services", "transfer", "reports", "sync")
MARKERS = ("N_", "NP_")
#: Keyword arguments of error constructors that are not template arguments.
NOT_ARGUMENTS = {"field"}


@dataclass(frozen=True)
class Module:
    rel: str
    tree: ast.Module


@cache
def modules() -> tuple[Module, ...]:
    paths = sorted(p for folder in CORE for p in (ROOT / "nap_desktop" / folder).rglob("*.py"))
    return tuple(Module(str(p.relative_to(ROOT)), ast.parse(p.read_text("utf-8"))) for p in paths)


def name_of(func: ast.expr) -> str:
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


@cache
def error_classes() -> frozenset[str]:
    bases: dict[str, set[str]] = {}
    for module in modules():
        for node in ast.walk(module.tree):
            if isinstance(node, ast.ClassDef):
                bases.setdefault(node.name, set()).update(name_of(b) for b in node.bases)
    errors = {"NapError"}
    while new := {n for n, parents in bases.items() if n not in errors and parents & errors}:
        errors |= new
    return frozenset(errors)


def error_calls(trees: tuple[Module, ...] | None = None) -> Iterator[tuple[Module, ast.Call]]:
    for module in modules() if trees is None else trees:
        for node in ast.walk(module.tree):
            if isinstance(node, ast.Call) and name_of(node.func) in error_classes():
                yield module, node


def calls_named(
    trees: tuple[Module, ...], names: tuple[str, ...]
) -> Iterator[tuple[str, ast.Call]]:
    for module in trees:
        for node in ast.walk(module.tree):
            if isinstance(node, ast.Call) and name_of(node.func) in names:
                yield module.rel, node


def is_marked(expr: ast.expr) -> bool:
    return isinstance(expr, ast.Call) and name_of(expr.func) in MARKERS


def unmarked_text(expr: ast.expr) -> bool:
    """Text written in place rather than a marked template or a name for one."""
    if isinstance(expr, ast.Constant | ast.JoinedStr | ast.BinOp):
        return True
    if isinstance(expr, ast.Call):
        return not is_marked(expr) and name_of(expr.func) in {"format", "str", "join"}
    return False


def _module_constants(module: Module) -> dict[str, ast.expr]:
    found: dict[str, ast.expr] = {}
    for node in module.tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target = node.targets[0]
            if isinstance(target, ast.Name):
                found[target.id] = node.value
    return found


def unmarked_raises(trees: tuple[Module, ...]) -> list[str]:
    """Error calls whose message is text in place, or a module constant holding text."""
    wrong = []
    constants = {module.rel: _module_constants(module) for module in trees}
    for module, call in error_calls(trees):
        for given in call.args[:1] + [k.value for k in call.keywords if k.arg == "message"]:
            expr = given
            if isinstance(given, ast.Name):
                expr = constants[module.rel].get(given.id, given)
            if unmarked_text(expr):
                wrong.append(f"{module.rel}:{call.lineno}: {ast.unparse(call)[:90]}")
    return wrong


def unmarked_defaults(trees: tuple[Module, ...]) -> list[str]:
    wrong = []
    for module in trees:
        for node in ast.walk(module.tree):
            if not (isinstance(node, ast.ClassDef) and (
                    node.name in error_classes()
                    or {name_of(b) for b in node.bases} & error_classes())):
                continue
            for stmt in node.body:
                if not isinstance(stmt, ast.Assign | ast.AnnAssign) or stmt.value is None:
                    continue
                target = stmt.targets[0] if isinstance(stmt, ast.Assign) else stmt.target
                if (isinstance(target, ast.Name) and target.id == "default_message"
                        and not is_marked(stmt.value)):
                    wrong.append(f"{module.rel}:{stmt.lineno}: {node.name}.default_message")
    return wrong


def unliteral_markers(trees: tuple[Module, ...]) -> list[str]:
    wrong = []
    for rel, call in calls_named(trees, MARKERS):
        texts = call.args[:2 if name_of(call.func) == "NP_" else 1]
        if not texts or not all(isinstance(a, ast.Constant) and isinstance(a.value, str)
                                for a in texts):
            wrong.append(f"{rel}:{call.lineno}: {ast.unparse(call)[:90]}")
    return wrong


def argument_mismatches(trees: tuple[Module, ...]) -> list[str]:
    """Calls ``Error(N_("..."), **named)`` / ``Message(...)`` whose names are not exactly
    the template's placeholders (a missing one would fail at run time, in a rare path)."""
    wrong = []
    calls = [(m.rel, c) for m, c in error_calls(trees)]
    calls += list(calls_named(trees, ("Message",)))
    for rel, call in calls:
        if not call.args or not is_marked(call.args[0]):
            continue
        if any(k.arg is None for k in call.keywords):
            continue  # **args passed on: checked where they are built
        marked = call.args[0]
        assert isinstance(marked, ast.Call)
        texts = [a.value for a in marked.args
                 if isinstance(a, ast.Constant) and isinstance(a.value, str)]
        used = set().union(*(placeholders(t) for t in texts))
        if name_of(marked.func) == "NP_":
            used.add("n")  # the count picks the form even where a form does not show it
        given = {k.arg for k in call.keywords if k.arg} - NOT_ARGUMENTS
        if given != used:
            wrong.append(f"{rel}:{call.lineno}: gives {sorted(given)}, uses {sorted(used)}")
    return wrong


def test_the_scan_finds_the_core_errors() -> None:
    assert {"ValidationError", "LockedOut", "SchemaViolation", "FontsMissing"} <= error_classes()
    assert len(list(error_calls())) > 150


def test_no_core_error_is_raised_with_unmarked_text() -> None:
    wrong = unmarked_raises(modules()) + unmarked_defaults(modules())
    assert not wrong, "mark the template with N_() and pass values by name:\n" + "\n".join(wrong)


def test_marked_text_is_literal() -> None:
    wrong = unliteral_markers(modules())
    assert not wrong, "\n".join(wrong)


def test_each_raise_names_exactly_the_arguments_its_template_uses() -> None:
    wrong = argument_mismatches(modules())
    assert not wrong, "\n".join(wrong)


def test_errors_raised_outside_the_core_are_marked_too() -> None:
    """The CLI and the GUI raise core errors as well (an unknown referral id): an unmarked
    text there is never in the catalogue and reads English in every language."""
    others = tuple(
        Module(str(p.relative_to(ROOT)), ast.parse(p.read_text("utf-8")))
        for p in sorted((ROOT / "nap_desktop").rglob("*.py"))
        if p.relative_to(ROOT / "nap_desktop").parts[0] not in CORE
    )
    assert any(m.rel.endswith("cli_commands/cases.py") for m in others)
    wrong = unmarked_raises(others) + unmarked_defaults(others) + argument_mismatches(others)
    assert not wrong, "mark the template with N_() and pass values by name:\n" + "\n".join(wrong)


BAD = """
from nap_desktop.domain.errors import ValidationError, VaultDamaged
from nap_desktop.domain.messages import N_
PLAIN = "Damaged."
class Odd(ValidationError):
    default_message = "Not marked."
def check(label, n):
    raise ValidationError(f"{label} is required.")
    raise ValidationError("Plain literal.")
    raise ValidationError("{} items".format(n))
    raise VaultDamaged(PLAIN)
    raise ValidationError(N_(f"{label} twice"))
    raise ValidationError(N_("Between {first} and {last}."), first=1, lats=2)
"""


def test_the_scan_catches_each_kind_of_drift() -> None:
    bad = (Module("bad.py", ast.parse(BAD)),)
    assert len(unmarked_raises(bad)) == 4  # f-string, literal, format, unmarked constant
    assert len(unmarked_defaults(bad)) == 1
    assert len(unliteral_markers(bad)) == 1
    assert [w.split(": ")[1] for w in argument_mismatches(bad)] == [
        "gives ['first', 'lats'], uses ['first', 'last']",
    ]


# --- translations ----------------------------------------------------------------------


def all_templates() -> list[tuple[str, str | None]]:
    """Every marked template in the package: (text, plural or None)."""
    everything = tuple(
        Module(str(p.relative_to(ROOT)), ast.parse(p.read_text("utf-8")))
        for p in sorted((ROOT / "nap_desktop").rglob("*.py"))
    )
    found: dict[tuple[str, str | None], None] = {}
    for _rel, call in calls_named(everything, MARKERS):
        texts = [a.value for a in call.args
                 if isinstance(a, ast.Constant) and isinstance(a.value, str)]
        if texts and texts[0]:
            found[(texts[0], texts[1] if len(texts) > 1 else None)] = None
    return list(found)


def fields_of(text: str) -> list[str]:
    return sorted(name for _, name, _, _ in string.Formatter().parse(text) if name is not None)


def placeholder_problems(catalogue: Translator, templates: list[tuple[str, str | None]]
                         ) -> list[str]:
    """Translations whose ``{name}`` placeholders differ from their template's (a plural
    form may leave the count out, as "un minuto")."""
    wrong = []
    for singular, plural in templates:
        if plural is None:
            pairs = [(singular, catalogue.gettext(singular), set[str]())]
        else:
            pairs = [(singular, catalogue.ngettext(singular, plural, 1), {"n"}),
                     (plural, catalogue.ngettext(singular, plural, 5), {"n"})]
        for source, translated, optional in pairs:
            try:
                ok = set(fields_of(translated)) ^ set(fields_of(source)) <= optional
            except ValueError:  # an unbalanced brace
                ok = False
            if not ok:
                wrong.append(f"{source!r} -> {translated!r}")
    return wrong


@pytest.mark.parametrize("language", ["es"])
def test_translations_use_the_placeholders_of_their_template(language: str) -> None:
    catalogue = translator(language)
    assert catalogue.gettext("The recovery key is wrong.") != "The recovery key is wrong.", (
        f"no {language} catalogue"
    )
    wrong = placeholder_problems(catalogue, all_templates())
    assert not wrong, "\n".join(wrong)


class _Wrong:
    def gettext(self, message: str, /) -> str:
        return {"{label} is required.": "El campo «{etiqueta}» es obligatorio.",
                "Use at most {n} characters.": "Use como máximo {n caracteres."}.get(message,
                                                                                   message)

    def ngettext(self, singular: str, plural: str, n: int, /) -> str:
        return "{n} minuto" if n == 1 else "{m} minutos"


def test_a_translation_with_a_wrong_placeholder_is_caught() -> None:
    templates = [("{label} is required.", None), ("Use at most {n} characters.", None),
                 ("{n} minute", "{n} minutes"), ("Fine {x}.", None)]
    assert placeholder_problems(_Wrong(), templates) == [
        "'{label} is required.' -> 'El campo «{etiqueta}» es obligatorio.'",
        "'Use at most {n} characters.' -> 'Use como máximo {n caracteres.'",
        "'{n} minutes' -> '{m} minutos'",
    ]
