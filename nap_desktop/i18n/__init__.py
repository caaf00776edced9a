"""The one message catalogue (gettext) for the core, the GUI, the PDFs and the CLI.

Qt-free. Catalogues live in ``resources/locale/<lang>/LC_MESSAGES/nap.mo`` (compiled from
``nap.po`` by ``tools/i18n.py``). ``_()`` translates into the process's language
(``set_language``); ``translator(lang)`` gives a catalogue for one language, for a PDF
printed in another language than the screen's.

SKELETON: the API below is the contract; the message-catalogue change fills it in.
"""

from __future__ import annotations

import gettext
from functools import cache
from pathlib import Path

from nap_desktop.domain.errors import NapError
from nap_desktop.domain.messages import N_, NP_, Message, Translator

__all__ = ["NP_", "N_", "_", "language", "ngettext", "render", "set_language", "translator"]

DOMAIN = "nap"


class _State:
    """The process's language (one per process: the GUI's, or the CLI's ``--lang``)."""

    language = "en"
    catalogue: gettext.NullTranslations = gettext.NullTranslations()


def locale_dirs() -> list[Path]:
    package = Path(__file__).resolve().parents[1]
    return [package / "_resources" / "locale", package.parent / "resources" / "locale"]


@cache
def translator(language: str) -> gettext.NullTranslations:
    """The catalogue for ``language`` ("es", "es_MX", "en"); English when there is none."""
    for folder in locale_dirs():
        if folder.is_dir():
            return gettext.translation(DOMAIN, folder, [language], fallback=True)
    return gettext.NullTranslations()


def set_language(language: str) -> None:
    _State.language = language or "en"
    _State.catalogue = translator(_State.language)


def language() -> str:
    return _State.language


def _(text: str) -> str:
    return _State.catalogue.gettext(text)


def ngettext(singular: str, plural: str, n: int) -> str:
    return _State.catalogue.ngettext(singular, plural, n)


def render(what: NapError | Message, translator: Translator | None = None) -> str:
    """An error's message (or a ``Message``) in a language: ``translator`` (a catalogue
    from :func:`translator`), else the process's. Words among its arguments (a field
    label, a status) are translated too; data (names, numbers, dates) stays as it is."""
    message = what.translatable if isinstance(what, NapError) else what
    return message.render(translator if translator is not None else _State.catalogue)
