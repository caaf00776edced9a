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

from PySide6.QtCore import QLocale, QObject, QTranslator

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
