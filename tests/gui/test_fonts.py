"""Client names in any script show on screen: the bundled CJK font backs the UI font."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QApplication

from nap_desktop.gui.application import install_fonts


def test_bundled_fonts_back_the_interface_font(qapp: QApplication) -> None:
    families = install_fonts()
    fallback = [f for f in families if "Fallback" in f]
    assert fallback, families
    assert fallback[0] in QFontDatabase.families()
    substitutes = [f.casefold() for f in QFont.substitutes(QGuiApplication.font().family())]
    assert fallback[0].casefold() in substitutes
    han = QFontDatabase.WritingSystem.SimplifiedChinese
    assert han in QFontDatabase.writingSystems(fallback[0])
