# Generated from ui/import_preview.ui by tools/compile_ui.py — do not edit; edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_preview.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QGridLayout, QLabel, QProgressBar, QSizePolicy,
    QTabWidget, QVBoxLayout, QWidget)

class Ui_ImportDialog(object):
    def setupUi(self, ImportDialog):
        if not ImportDialog.objectName():
            ImportDialog.setObjectName(u"ImportDialog")
        ImportDialog.resize(900, 600)
        self.layout = QVBoxLayout(ImportDialog)
        self.layout.setObjectName(u"layout")
        self.heading = QLabel(ImportDialog)
        self.heading.setObjectName(u"heading")
        self.heading.setWordWrap(True)

        self.layout.addWidget(self.heading)

        self.busy = QProgressBar(ImportDialog)
        self.busy.setObjectName(u"busy")
        self.busy.setMaximum(0)
        self.busy.setTextVisible(False)

        self.layout.addWidget(self.busy)

        self.status = QLabel(ImportDialog)
        self.status.setObjectName(u"status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.layout.addWidget(self.status)

        self.counts_box = QWidget(ImportDialog)
        self.counts_box.setObjectName(u"counts_box")
        self.counts_grid = QGridLayout(self.counts_box)
        self.counts_grid.setObjectName(u"counts_grid")
        self.counts_grid.setContentsMargins(0, 0, 0, 0)

        self.layout.addWidget(self.counts_box)

        self.tabs = QTabWidget(ImportDialog)
        self.tabs.setObjectName(u"tabs")

        self.layout.addWidget(self.tabs)

        self.note = QLabel(ImportDialog)
        self.note.setObjectName(u"note")
        self.note.setWordWrap(True)
        self.note.setProperty(u"styleClass", u"hint")

        self.layout.addWidget(self.note)

        self.filler = QWidget(ImportDialog)
        self.filler.setObjectName(u"filler")

        self.layout.addWidget(self.filler)

        self.buttons = QDialogButtonBox(ImportDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.NoButton)

        self.layout.addWidget(self.buttons)

        self.layout.setStretch(4, 1)
        self.layout.setStretch(6, 1)

        self.retranslateUi(ImportDialog)
        self.buttons.rejected.connect(ImportDialog.reject)

        QMetaObject.connectSlotsByName(ImportDialog)
    # setupUi

    def retranslateUi(self, ImportDialog):
        ImportDialog.setWindowTitle(QCoreApplication.translate("ImportDialog", u"Import a package", None))
#if QT_CONFIG(accessibility)
        self.heading.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Package", None))
#endif // QT_CONFIG(accessibility)
        self.heading.setText(QCoreApplication.translate("ImportDialog", u"Checking %1\u2026", None))
#if QT_CONFIG(accessibility)
        self.busy.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Checking the package", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.status.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Import status", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.tabs.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Records in the package", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.note.setAccessibleName(QCoreApplication.translate("ImportDialog", u"About the package", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

