"""The GUI's language: Qt's lookups answered from the one gettext catalogue.

``self.tr()``, the module ``tr()`` helpers and the ``.ui`` forms'
``QCoreApplication.translate()`` stay as Qt wrote them; :class:`CatalogueTranslator`, a
``QTranslator`` installed by the application, answers them from
``resources/locale/<lang>/LC_MESSAGES/nap.mo``, the catalogue the core, the PDFs and the
CLI read through ``nap_desktop.i18n``. The key is gettext's, not Qt's: the English text,
plus Qt's *disambiguation* as ``msgctxt``; the Qt context (the class name) is not part of
it, so one English text reads the same in every window. Qt's own contexts
(``QPlatformTheme``, ``QDialogButtonBox``...) are left to Qt's ``qtbase`` translator.

The app follows the system locale (``LANG=es_MX``...) unless ``nap-desktop --lang es``
says otherwise. Keeping the catalogue in step with the code: ``tools/i18n.py``.
"""

from __future__ import annotations

import gettext
import re
from functools import cache

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QTranslator

_QT_CONTEXT = re.compile(r"Q[A-Z]")


def locale_for(language: str | None) -> QLocale:
    """``None`` or "" follow the system; otherwise a code such as "es", "es_MX" or "en"."""
    return QLocale(language) if language else QLocale.system()


class CatalogueTranslator(QTranslator):
    """A ``QTranslator`` reading a gettext catalogue (``nap_desktop.i18n.translator``)."""

    def __init__(self, catalogue: gettext.NullTranslations,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.catalogue = catalogue

    def isEmpty(self) -> bool:
        return False

    def translate(self, context: str, source_text: str,
                  disambiguation: str | None = None, n: int = -1) -> str | None:
        """The translation, or None to let Qt try its other translators and then show
        the source text (an empty string would be shown as it is)."""
        if not source_text or _QT_CONTEXT.match(context or ""):
            return None
        found = lookup(self.catalogue, source_text, disambiguation or None, n)
        return found if found != source_text else None


def lookup(catalogue: gettext.NullTranslations, text: str, context: str | None,
           n: int = -1) -> str:
    """``text`` from ``catalogue``; a count picks a plural form (Qt fills in ``%n``).
    A count passed with a text that is not a plural entry finds its one translation."""
    if n >= 0:
        found = (catalogue.npgettext(context, text, text, n) if context
                 else catalogue.ngettext(text, text, n))
        if found != text:
            return found
    return catalogue.pgettext(context, text) if context else catalogue.gettext(text)


# --- core messages (interim) -----------------------------------------------------------
# The core raises errors with English text; until its raise sites carry message templates
# (the core-message change), they are matched back against the templates in
# ``core_messages.py`` and translated through Qt, which reads the same catalogue.


@cache
def _patterns() -> list[tuple[re.Pattern[str], str, str]]:
    """(regex, template, placeholders holding words) for the core's message templates."""
    from nap_desktop.gui.core_messages import TEMPLATES, WORDED

    patterns = []
    for template in map(str, TEMPLATES):
        pieces = re.split(r"(%\d)", template)
        regex = "".join("(.+?)" if re.fullmatch(r"%\d", p) else re.escape(p) for p in pieces)
        patterns.append((re.compile(regex, re.DOTALL), template, WORDED.get(template, "")))
    patterns.sort(key=lambda item: -len(re.sub(r"%\d", "", item[1])))  # most literal first
    return patterns


def _translated(context: str, text: str) -> str | None:
    result = QCoreApplication.translate(context, text)
    return result if result != text else None


def value_text(value: str) -> str:
    """A word taken out of a core message: a field name ("Legal name", "agency kind") or a
    stored status ("in progress"); unknown words stay as they are."""
    if not value:
        return value
    upper = value[:1].upper() + value[1:]
    for context, text in (("Messages", value), ("Messages", upper), ("Labels", upper)):
        result = _translated(context, text)
        if result is not None:
            return result[:1].lower() + result[1:] if value[:1].islower() else result
    return value


def core_message(message: str) -> str:
    """A core (domain/service) message in the current language: translated whole, or
    matched against the templates of ``core_messages.py`` with its values translated."""
    whole = _translated("Messages", message)
    if whole is not None:
        return whole
    for pattern, template, worded in _patterns():
        match = pattern.fullmatch(message)
        if match is None:
            continue
        translated = _translated("Messages", template)
        if translated is None:
            return message
        values = [value_text(v) if str(i) in worded else v
                  for i, v in enumerate(match.groups(), 1)]
        return fill(translated, values)
    return message


def fill(text: str, values: list[str]) -> str:
    """Put ``values`` in for %1, %2... in one pass (a value holding "%2" stays as it is)."""

    def value(match: re.Match[str]) -> str:
        index = int(match.group(1))
        return values[index - 1] if 0 < index <= len(values) else match.group(0)

    return re.sub(r"%(\d)", value, text)
