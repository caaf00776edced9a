"""The one message catalogue (gettext) for the core, the GUI, the PDFs and the CLI.

Qt-free. Catalogues live in ``resources/locale/<lang>/LC_MESSAGES/nap.mo`` (compiled from
``nap.po`` by ``tools/i18n.py``, see ``docs/i18n.md``). ``_()`` translates into the
process's language (``set_language``: the GUI's, or the CLI's ``--lang``/locale);
``translator(lang)`` gives the catalogue of one language, e.g. for a PDF printed in another
language than the screen's. The GUI reads the same catalogue through a ``QTranslator``
(``nap_desktop.gui.i18n``).

English is the source language: its catalogue only holds the plural forms of texts
written as "%n minute(s)", and every other language falls back to it.
"""

from __future__ import annotations

import gettext
import os
from collections.abc import Mapping
from functools import cache
from pathlib import Path

from nap_desktop.domain.errors import NapError
from nap_desktop.domain.messages import N_, NP_, Message, Translator

__all__ = ["NP_", "N_", "_", "language", "locale_language", "ngettext", "npgettext", "pgettext",
           "render", "set_language", "translator"]

DOMAIN = "nap"
SOURCE_LANGUAGE = "en"


class _State:
    """The process's language (one per process: the GUI's, or the CLI's ``--lang``)."""

    language = SOURCE_LANGUAGE
    catalogue: gettext.NullTranslations = gettext.NullTranslations()


def locale_dirs(package: Path | None = None) -> list[Path]:
    """Where the catalogues are: inside an installed wheel (``resources/`` is shipped as
    ``nap_desktop._resources``), or in the source tree."""
    package = package or Path(__file__).resolve().parents[1]
    return [package / "_resources" / "locale", package.parent / "resources" / "locale"]


@cache
def translator(language: str) -> gettext.NullTranslations:
    """The catalogue for ``language`` ("es", "es_MX", "en", "C"), falling back to the
    English one (plural forms) and then to the source text."""
    for folder in locale_dirs():
        if folder.is_dir():
            wanted = [normal(language), SOURCE_LANGUAGE]
            return gettext.translation(DOMAIN, folder, wanted, fallback=True)
    return gettext.NullTranslations()


def normal(language: str) -> str:
    """The POSIX locale ("C", "POSIX") and no language at all mean the source language
    (gettext itself would stop looking at "C" and find not even the English plurals)."""
    return SOURCE_LANGUAGE if language in ("", "C", "POSIX") else language


def locale_language(environ: Mapping[str, str] | None = None) -> str:
    """The language the environment asks for, as gettext reads it: the first of
    ``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES``, ``LANG`` that is set ("es_MX.UTF-8" ->
    "es_MX"); "en" when none is."""
    env = os.environ if environ is None else environ
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "")
        if value:
            return normal(value.split(":")[0].split(".")[0].split("@")[0])
    return SOURCE_LANGUAGE


def set_language(language: str) -> None:
    """Translate ``_()`` and friends into ``language`` from now on."""
    _State.language = normal(language)
    _State.catalogue = translator(_State.language)


def language() -> str:
    """The language set last (``set_language``)."""
    return _State.language


def _(text: str) -> str:
    """``text`` in the process's language (itself when there is no translation)."""
    return _State.catalogue.gettext(text)


def ngettext(singular: str, plural: str, n: int) -> str:
    """The form of ``singular``/``plural`` for ``n`` in the process's language."""
    return _State.catalogue.ngettext(singular, plural, n)


def pgettext(context: str, text: str) -> str:
    """``text`` as meant in ``context`` (one English text with two translations)."""
    return _State.catalogue.pgettext(context, text)


def npgettext(context: str, singular: str, plural: str, n: int) -> str:
    """``ngettext`` within ``context``."""
    return _State.catalogue.npgettext(context, singular, plural, n)


def render(what: NapError | Message, translator: Translator | None = None) -> str:
    """An error's message (or a ``Message``) in a language: ``translator`` (a catalogue
    from :func:`translator`), else the process's. Words among its arguments (a field
    label, a status) are translated too; data (names, numbers, dates) stays as it is."""
    message = what.translatable if isinstance(what, NapError) else what
    return message.render(translator if translator is not None else _State.catalogue)
