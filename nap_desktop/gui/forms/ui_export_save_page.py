# Generated from ui/export_save_page.ui by tools/compile_ui.py — do not edit; edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'export_save_page.ui'
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QLineEdit,
    QProgressBar, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget, QWizardPage)

class Ui_SavePage(object):
    def setupUi(self, SavePage):
        if not SavePage.objectName():
            SavePage.setObjectName(u"SavePage")
        self.layout = QVBoxLayout(SavePage)
        self.layout.setObjectName(u"layout")
        self.path_row = QHBoxLayout()
        self.path_row.setObjectName(u"path_row")
        self.path_label = QLabel(SavePage)
        self.path_label.setObjectName(u"path_label")

        self.path_row.addWidget(self.path_label)

        self.path = QLineEdit(SavePage)
        self.path.setObjectName(u"path")

        self.path_row.addWidget(self.path)

        self.choose_button = QPushButton(SavePage)
        self.choose_button.setObjectName(u"choose_button")

        self.path_row.addWidget(self.choose_button)

        self.path_row.setStretch(1, 1)

        self.layout.addLayout(self.path_row)

        self.privacy = QLabel(SavePage)
        self.privacy.setObjectName(u"privacy")
        self.privacy.setWordWrap(True)
        self.privacy.setProperty(u"styleClass", u"hint")

        self.layout.addWidget(self.privacy)

        self.busy = QProgressBar(SavePage)
        self.busy.setObjectName(u"busy")
        self.busy.setMaximum(0)
        self.busy.setTextVisible(False)

        self.layout.addWidget(self.busy)

        self.status = QLabel(SavePage)
        self.status.setObjectName(u"status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.layout.addWidget(self.status)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.bottom_spacer)

#if QT_CONFIG(shortcut)
        self.path_label.setBuddy(self.path)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.path, self.choose_button)

        self.retranslateUi(SavePage)

        QMetaObject.connectSlotsByName(SavePage)
    # setupUi

    def retranslateUi(self, SavePage):
        SavePage.setTitle(QCoreApplication.translate("SavePage", u"Save the package", None))
        SavePage.setSubTitle(QCoreApplication.translate("SavePage", u"The package is encrypted to the partner and signed by your agency. Hand it over on a USB stick or by e-mail.", None))
        self.path_label.setText(QCoreApplication.translate("SavePage", u"Package &file:", None))
#if QT_CONFIG(accessibility)
        self.path.setAccessibleName(QCoreApplication.translate("SavePage", u"Package file", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.choose_button.setAccessibleName(QCoreApplication.translate("SavePage", u"Choose where to save the package", None))
#endif // QT_CONFIG(accessibility)
        self.choose_button.setText(QCoreApplication.translate("SavePage", u"C&hoose\u2026", u"package file"))
        self.privacy.setText(QCoreApplication.translate("SavePage", u"The file can be read only by your account on this computer. Only the partner's keys can open it; the file name never holds case details.", None))
#if QT_CONFIG(accessibility)
        self.busy.setAccessibleName(QCoreApplication.translate("SavePage", u"Writing the package", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.status.setAccessibleName(QCoreApplication.translate("SavePage", u"Export status", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

