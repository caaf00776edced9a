"""The QApplication: names for QSettings, high-DPI, the style sheet, translations and a
last-resort exception hook that never logs or shows survivor data."""

from __future__ import annotations

import gc
import logging
import sys
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from nap_desktop import i18n
from nap_desktop.gui import accelerators
from nap_desktop.gui.i18n import CatalogueTranslator, locale_for
from nap_desktop.gui.messages import error_text
from nap_desktop.gui.widgets import dialog_keys

log = logging.getLogger(__name__)

ORGANIZATION = "NAP"
APPLICATION = "NAP Desktop"


def resources_dir(package: Path | None = None) -> Path:
    """``resources/`` inside the package as ``_resources`` (an installed wheel, see
    pyproject's package-dir) or beside it (the source tree)."""
    package = package or Path(__file__).resolve().parent.parent
    for candidate in (package / "_resources", package.parent / "resources"):
        if candidate.is_dir():
            return candidate
    return package.parent / "resources"


def style_sheet() -> str:
    path = resources_dir() / "styles" / "app.qss"
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return ""


def install_translators(app: QApplication, locale: QLocale | None = None) -> list[QTranslator]:
    """Qt's own strings (``qtbase``, for standard buttons) and ours, from the gettext
    catalogue of ``resources/locale`` (``nap_desktop.gui.i18n``); the core's ``_()`` is set
    to the same language. ``locale`` defaults to the default locale (the system's unless
    ``--lang`` set one); ``es_MX`` finds the Spanish catalogue, a language without one
    gets the English catalogue, which holds the plural forms ("1 minute", "3 minutes")
    that the English source strings write as "minute(s)"."""
    locale = locale or QLocale()
    installed: list[QTranslator] = []
    qt_tr = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_tr.load(locale, "qtbase", "_", qt_dir):
        app.installTranslator(qt_tr)
        installed.append(qt_tr)
    i18n.set_language(locale.name())
    ours = CatalogueTranslator(i18n.translator(locale.name()), app)
    app.installTranslator(ours)
    installed.append(ours)
    return installed


def exception_hook(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> None:
    """Unhandled errors: log the type only (a message could hold survivor data) and show
    the plain message; the app keeps running."""
    log.error("unhandled exception of type %s", exc_type.__name__)
    if QApplication.instance() is not None:
        QMessageBox.warning(None, APPLICATION, error_text(exc))


def keep_none_alive() -> None:
    """Work around a PySide6 6.12 refcount bug on Python 3.11.

    Calls from Python into Qt that return nothing hand back ``None`` without a new
    reference, so every such call lowers None's reference count by one; after some
    tens of thousands of calls (minutes of normal use) the interpreter aborts with
    "deallocating None". Python 3.12+ makes None immortal; on 3.11 we do the same by
    giving it a huge reference count. None is never freed in any case, so this only
    removes the crash. Remove when the app requires Python 3.12 or a fixed PySide6."""
    if sys.version_info >= (3, 12):
        return
    import ctypes

    refcount = ctypes.c_ssize_t.from_address(id(None))
    if refcount.value < 1 << 40:
        refcount.value += 1 << 40


#: The fonts shipped with the app (the same ones the PDFs embed): every client name shows,
#: Vietnamese and Chinese included, even where the system has no such font.
BUNDLED_FONTS = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DroidSansFallbackFull.ttf")


def install_fonts() -> list[str]:
    """Register the bundled fonts and use the CJK one as the fallback for the UI font."""
    families: list[str] = []
    for name in BUNDLED_FONTS:
        font_id = QFontDatabase.addApplicationFont(str(resources_dir() / "fonts" / name))
        if font_id >= 0:
            families += QFontDatabase.applicationFontFamilies(font_id)
    fallback = [f for f in families if "Fallback" in f]
    if fallback:
        ui_family = QGuiApplication.font().family()
        for family in {ui_family, "DejaVu Sans", "Sans Serif"}:
            QFont.insertSubstitutions(family, fallback)
    return families


def create_application(argv: list[str], *, language: str | None = None) -> QApplication:
    """The one QApplication (reused if one exists, as in tests). ``language`` ("es",
    "en"...) overrides the system locale for the interface, dates and numbers."""
    keep_none_alive()
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    # Fractional scale factors (125 %, 150 %) stay crisp with PassThrough (the Qt 6 default,
    # set explicitly so a platform plugin cannot round it away).
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )
    app = QApplication(argv)
    app.setOrganizationName(ORGANIZATION)
    app.setOrganizationDomain("nap-desktop.invalid")
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName(APPLICATION)
    app.setStyle("Fusion")
    install_fonts()
    app.setStyleSheet(style_sheet())
    if language:
        QLocale.setDefault(locale_for(language))
    install_translators(app)
    accelerators.install(app)  # unique Alt+letters for whatever a window shows
    dialog_keys.install(app)  # Enter / Ctrl+Enter confirm every dialog
    sys.excepthook = exception_hook
    return app


def settle_memory() -> None:
    """Once the main window is up: what start-up made (Qt's wrappers, the models, the
    ORM's tables) lives as long as the program, so the cyclic garbage collector stops
    walking it. Its full collections took 60-100 ms while the caseload scrolled (a
    dropped frame each); with these objects frozen they take a few ms."""
    gc.collect()
    gc.freeze()
