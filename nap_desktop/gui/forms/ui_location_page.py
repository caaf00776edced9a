# Generated from ui/location_page.ui by tools/compile_ui.py — do not edit; edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'location_page.ui'
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

class Ui_LocationPage(object):
    def setupUi(self, LocationPage):
        if not LocationPage.objectName():
            LocationPage.setObjectName(u"LocationPage")
        self.layout = QVBoxLayout(LocationPage)
        self.layout.setObjectName(u"layout")
        self.row = QHBoxLayout()
        self.row.setObjectName(u"row")
        self.path_label = QLabel(LocationPage)
        self.path_label.setObjectName(u"path_label")

        self.row.addWidget(self.path_label)

        self.path_edit = QLineEdit(LocationPage)
        self.path_edit.setObjectName(u"path_edit")

        self.row.addWidget(self.path_edit)

        self.choose_button = QPushButton(LocationPage)
        self.choose_button.setObjectName(u"choose_button")

        self.row.addWidget(self.choose_button)

        self.row.setStretch(1, 1)

        self.layout.addLayout(self.row)

        self.busy = QProgressBar(LocationPage)
        self.busy.setObjectName(u"busy")
        self.busy.setMaximum(0)
        self.busy.setTextVisible(False)

        self.layout.addWidget(self.busy)

        self.status = QLabel(LocationPage)
        self.status.setObjectName(u"status")
        self.status.setWordWrap(True)

        self.layout.addWidget(self.status)

        self.stretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.stretch)

        self.layout.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.path_label.setBuddy(self.path_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.path_edit, self.choose_button)

        self.retranslateUi(LocationPage)

        QMetaObject.connectSlotsByName(LocationPage)
    # setupUi

    def retranslateUi(self, LocationPage):
        LocationPage.setTitle(QCoreApplication.translate("LocationPage", u"Where the vault lives", None))
        LocationPage.setSubTitle(QCoreApplication.translate("LocationPage", u"An encrypted folder on this computer. Back it up regularly.", None))
        self.path_label.setText(QCoreApplication.translate("LocationPage", u"&Folder:", None))
#if QT_CONFIG(accessibility)
        self.path_edit.setAccessibleName(QCoreApplication.translate("LocationPage", u"Vault folder", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.choose_button.setAccessibleName(QCoreApplication.translate("LocationPage", u"Choose the vault folder", None))
#endif // QT_CONFIG(accessibility)
        self.choose_button.setText(QCoreApplication.translate("LocationPage", u"C&hoose\u2026", None))
#if QT_CONFIG(accessibility)
        self.busy.setAccessibleName(QCoreApplication.translate("LocationPage", u"Creating the vault", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.status.setAccessibleName(QCoreApplication.translate("LocationPage", u"Vault creation status", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

