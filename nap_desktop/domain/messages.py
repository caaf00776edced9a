"""Marking text for translation in code that must not depend on anything else of ours.

``N_("text")`` returns the text unchanged; it only tells the extraction tool
(``tools/i18n.py``) that the text belongs in the message catalogue. Translation happens
where the text is shown (GUI, PDF, CLI) through ``nap_desktop.i18n``.

A message shown to a person is a ``Message``: a marked template with named arguments,
``Message(N_("Enter a date between {first} and {last}."), first=..., last=...)``.
An argument that is itself a ``Message`` (a field label, a role) is a word and is
translated too; any other value (a number, a date, an agency's name) is data and is
shown as it is. Whole sentences are templates, never glued from translated words, so a
translation can agree in gender and number. ``NP_(singular, plural)`` marks a template
whose form depends on a count argument (``n`` unless told otherwise).
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Protocol


def N_(text: str) -> str:  # noqa: N802 - the conventional gettext marker name
    """Mark ``text`` for the catalogue without translating it now."""
    return text


@dataclass(frozen=True)
class Plural:
    """A template in two English forms; ``count`` names the argument that picks one."""

    singular: str
    plural: str
    count: str = "n"


def NP_(singular: str, plural: str, *, count: str = "n") -> Plural:  # noqa: N802 - as N_
    """Mark a plural template (ngettext style) without translating it now."""
    return Plural(singular, plural, count)


class Translator(Protocol):
    """What rendering needs of a catalogue (``gettext.NullTranslations`` has it)."""

    def gettext(self, message: str, /) -> str: ...

    def ngettext(self, singular: str, plural: str, n: int, /) -> str: ...


class _English:
    """The source language: templates as they are written."""

    def gettext(self, message: str, /) -> str:
        return message

    def ngettext(self, singular: str, plural: str, n: int, /) -> str:
        return singular if n == 1 else plural


ENGLISH: Translator = _English()


@dataclass(frozen=True, init=False)
class Message:
    """A marked template and its named arguments, translated only when shown."""

    template: str | Plural
    args: Mapping[str, object] = field(default_factory=dict)

    def __init__(self, template: str | Plural, /, **args: object) -> None:
        object.__setattr__(self, "template", template)
        object.__setattr__(self, "args", dict(args))

    def render(self, translator: Translator = ENGLISH) -> str:
        """The message in the language of ``translator`` (English by default)."""
        values = {
            name: value.render(translator) if isinstance(value, Message) else value
            for name, value in self.args.items()
        }
        template = self.template
        if isinstance(template, Plural):
            count = self.args.get(template.count)
            text = translator.ngettext(template.singular, template.plural, _count(count))
        else:
            text = translator.gettext(template)
        if not values:
            return text  # a whole sentence: braces in it (a path, pasted text) are literal
        try:
            return text.format_map(values)
        except (KeyError, IndexError, ValueError):
            # A translation naming an argument the code does not give: the English
            # template, filled in, is better than nothing (tests catch this first).
            english = ENGLISH.ngettext(template.singular, template.plural,
                                       _count(count)) if isinstance(template, Plural) else template
            return english.format_map(values)

    def __str__(self) -> str:
        return self.render()


def _count(value: object) -> int:
    return value if isinstance(value, int) else 0


def placeholders(template: str) -> set[str]:
    """The named arguments a template uses (``{first}`` -> "first")."""
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}
