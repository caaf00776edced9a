"""Extraction for ``tools/i18n.py``: every marked text of ``nap_desktop/`` as a template
catalogue, read with Babel's Python extractor and interpreted the way Qt and gettext mean
each call (see :func:`interpret`)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_python

SOURCES = ("nap_desktop",)
COMMENT_TAGS = ("TRANSLATORS:",)
KEYWORDS = ("_", "N_", "NP_", "ngettext", "pgettext", "npgettext", "tr", "translate",
            "QT_TRANSLATE_NOOP", "QT_TRANSLATE_NOOP3", "QT_TR_NOOP", "QT_TRANSLATE_N_NOOP")
_FIELD_LABEL = "field labels of the field registry, marked with N_ in domain/fields.py"
#: Calls whose text is not a literal, known to be covered, and why: (file, its line).
REVIEWED = {
    ("nap_desktop/gui/case/history_tab.py",
     "base = tr(str(source)) if source is not None else event.action"):
        "audit sentences marked with QT_TRANSLATE_NOOP in SENTENCES",
    ("nap_desktop/gui/case/transition.py", "return tr(str(ACTION_TEXT[target]))"):
        "status actions marked with QT_TRANSLATE_NOOP in ACTION_TEXT",
    ("nap_desktop/gui/widgets/passphrase.py",
     'self.meter.setFormat(tr("Strength: %1").replace("%1", tr(strength_label(bits))))'):
        "the domain's strength labels, marked in STRENGTH_LABELS of the same module",
    ("nap_desktop/gui/case/field_labels.py", "return tr(spec.label)"): _FIELD_LABEL,
    ("nap_desktop/gui/case/field_labels.py",
     'return tr(spec.label) if spec is not None else key.replace("_", " ")'): _FIELD_LABEL,
    ("nap_desktop/gui/case/form.py", "text = tr(source)"): _FIELD_LABEL,
    ("nap_desktop/gui/case/duplicate_warning.py",
     'return ", ".join(tr(REASON_LABELS[r]) for r in reasons)'):
        "the duplicate reasons, marked with N_ in domain/duplicates.REASON_LABELS",
    ("nap_desktop/cli_commands/clients.py",
     'return ", ".join(_(REASON_LABELS[r]) for r in reasons)'):
        "the duplicate reasons, marked with N_ in domain/duplicates.REASON_LABELS",
    ("nap_desktop/gui/case/releases_tab.py",
     "return {c: tr(text) for c, text in CATEGORY_SCOPE.items()}"):
        "what each release category covers, marked with N_ in domain/labels.py",
}
#: Where the markers themselves are defined (their calls pass their arguments on).
MARKER_MODULES = ("nap_desktop/i18n/__init__.py", "nap_desktop/gui/i18n.py",
                  "nap_desktop/domain/messages.py")

Args = tuple[str | None, ...]


@dataclass(frozen=True)
class Found:
    """One message as a call site gives it: (context, text or (singular, plural))."""

    context: str | None
    text: str | tuple[str, str]


def _text(value: str | None) -> str | None:
    return value or None


def interpret(funcname: str, args: Args) -> Found | None:
    """What a marked call means, given its arguments (``None``: not a string literal).

    Qt's ``tr(text, disambiguation, n)`` and ``translate(context, text, disambiguation,
    n)`` are plural when a count is passed; a module helper ``tr(text, n)`` passes the
    count second. ``None`` when the text is not a literal (see ``dynamic_calls``)."""
    first = lambda i: args[i] if len(args) > i else None  # noqa: E731
    if funcname in ("_", "N_", "QT_TR_NOOP"):
        return Found(None, args[0]) if args[0] else None
    if funcname in ("ngettext", "NP_"):
        return Found(None, (args[0], first(1) or args[0])) if args[0] else None
    if funcname == "pgettext":
        return Found(first(0), first(1)) if first(1) else None
    if funcname == "npgettext":
        text = first(1)
        return Found(first(0), (text, first(2) or text)) if text else None
    if funcname in ("QT_TRANSLATE_NOOP", "QT_TRANSLATE_NOOP3", "QT_TRANSLATE_N_NOOP"):
        text = first(1)
        if not text:
            return None
        plural = funcname == "QT_TRANSLATE_N_NOOP"
        return Found(_text(first(2)), (text, text) if plural else text)
    if funcname == "tr":
        text, rest = args[0], args[1:]
        counted = len(rest) >= 2 or (len(rest) == 1 and rest[0] is None)
        context = _text(rest[0]) if rest else None
    else:  # translate(context, text, disambiguation, n)
        text, context, counted = first(1), _text(first(2)), len(args) >= 4
    if not text:
        return None
    return Found(context, (text, text) if counted else text)


#: A file without any of these is not tokenized (most of the store and services).
_ANY_CALL = re.compile(r"\b(?:" + "|".join(map(re.escape, KEYWORDS)) + r")\s*\(")


def calls(path: Path) -> Iterator[tuple[int, str, Args, list[str]]]:
    """(line, function, arguments, translator comments) of every marked call in ``path``."""
    if not _ANY_CALL.search(path.read_text(encoding="utf-8")):
        return
    with path.open("rb") as handle:
        for line, funcname, messages, comments in extract_python(
                handle, KEYWORDS, COMMENT_TAGS, {}):
            args = messages if isinstance(messages, tuple) else (messages,)
            yield line, funcname, args, comments


def source_files(root: Path) -> list[Path]:
    return sorted(p for folder in SOURCES for p in (root / folder).rglob("*.py"))


@dataclass
class Extraction:
    catalog: Catalog
    #: "path:line: call" for calls whose text is not a literal (it would stay English)
    dynamic: list[str] = field(default_factory=list)


def extract(root: Path) -> Extraction:
    """Every marked message under ``SOURCES`` as a template catalogue."""
    catalog = Catalog(domain="nap", charset="utf-8", fuzzy=False)
    dynamic = []
    for path in source_files(root):
        rel = path.relative_to(root).as_posix()
        for line, funcname, args, comments in calls(path):
            found = interpret(funcname, args)
            if found is None:
                if _is_translation(funcname, args) and not reviewed(path, rel, line):
                    dynamic.append(f"{rel}:{line}: {funcname}(...)")
                continue
            notes = [c.removeprefix(COMMENT_TAGS[0]).strip() for c in comments]
            catalog.add(found.text, locations=[(rel, line)], auto_comments=notes,
                        context=found.context)
    return Extraction(catalog, dynamic)


def _is_translation(funcname: str, args: Args) -> bool:
    """False for ``str.translate(table)`` and ``bytes.translate(None, chars)``."""
    return funcname != "translate" or (len(args) >= 2 and args[0] is not None)


def reviewed(path: Path, rel: str, line: int) -> bool:
    code = path.read_text(encoding="utf-8").splitlines()[line - 1].strip()
    if rel in MARKER_MODULES or (rel, code) in REVIEWED:
        return True
    # def tr(text, ...): return QCoreApplication.translate(CONTEXT, text, ...)
    return re.fullmatch(r"return QCoreApplication\.translate\((\w+|\"\w+\"), (str\()?text"
                        r"\)?(, None, n|, disambiguation, n)?\)", code) is not None
