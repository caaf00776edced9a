# Generated from ui/team_devices.ui by tools/compile_ui.py — do not edit; edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'team_devices.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDialog, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_DevicesDialog(object):
    def setupUi(self, DevicesDialog):
        if not DevicesDialog.objectName():
            DevicesDialog.setObjectName(u"DevicesDialog")
        DevicesDialog.setMinimumSize(QSize(780, 0))
        self.layout = QVBoxLayout(DevicesDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(DevicesDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)
        self.intro.setProperty(u"styleClass", u"hint")

        self.layout.addWidget(self.intro)

        self.devices_label = QLabel(DevicesDialog)
        self.devices_label.setObjectName(u"devices_label")

        self.layout.addWidget(self.devices_label)

        self.devices = QTableView(DevicesDialog)
        self.devices.setObjectName(u"devices")
        self.devices.setAlternatingRowColors(True)
        self.devices.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.devices.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.devices.horizontalHeader().setStretchLastSection(True)
        self.devices.verticalHeader().setVisible(False)

        self.layout.addWidget(self.devices)

        self.status = QLabel(DevicesDialog)
        self.status.setObjectName(u"status")
        self.status.setWordWrap(True)

        self.layout.addWidget(self.status)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.approve_button = QPushButton(DevicesDialog)
        self.approve_button.setObjectName(u"approve_button")

        self.buttons.addWidget(self.approve_button)

        self.remove_button = QPushButton(DevicesDialog)
        self.remove_button.setObjectName(u"remove_button")

        self.buttons.addWidget(self.remove_button)

        self.buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttons_spacer)

        self.close_button = QPushButton(DevicesDialog)
        self.close_button.setObjectName(u"close_button")

        self.buttons.addWidget(self.close_button)


        self.layout.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.devices_label.setBuddy(self.devices)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.devices, self.approve_button)
        QWidget.setTabOrder(self.approve_button, self.remove_button)
        QWidget.setTabOrder(self.remove_button, self.close_button)

        self.retranslateUi(DevicesDialog)

        QMetaObject.connectSlotsByName(DevicesDialog)
    # setupUi

    def retranslateUi(self, DevicesDialog):
        DevicesDialog.setWindowTitle(QCoreApplication.translate("DevicesDialog", u"Team devices", None))
        self.intro.setText(QCoreApplication.translate("DevicesDialog", u"Every computer that keeps a copy of this vault. A new computer asks to join; approve it only after its user has read you the fingerprint it shows. Removing a device changes the vault's key: it can read nothing written after the removal.", None))
        self.devices_label.setText(QCoreApplication.translate("DevicesDialog", u"&Devices of the team:", None))
#if QT_CONFIG(accessibility)
        self.devices.setAccessibleName(QCoreApplication.translate("DevicesDialog", u"Devices of the team", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.status.setAccessibleName(QCoreApplication.translate("DevicesDialog", u"Devices status", None))
#endif // QT_CONFIG(accessibility)
        self.approve_button.setText(QCoreApplication.translate("DevicesDialog", u"&Approve\u2026", None))
#if QT_CONFIG(accessibility)
        self.approve_button.setAccessibleName(QCoreApplication.translate("DevicesDialog", u"Approve the chosen device", None))
#endif // QT_CONFIG(accessibility)
        self.remove_button.setText(QCoreApplication.translate("DevicesDialog", u"&Remove device\u2026", None))
#if QT_CONFIG(accessibility)
        self.remove_button.setAccessibleName(QCoreApplication.translate("DevicesDialog", u"Remove the chosen device", None))
#endif // QT_CONFIG(accessibility)
        self.close_button.setText(QCoreApplication.translate("DevicesDialog", u"&Close", None))
    # retranslateUi

