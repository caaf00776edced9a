# Generated from ui/team_remove_device.ui by tools/compile_ui.py — do not edit; edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'team_remove_device.ui'
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
    QFormLayout, QLabel, QLineEdit, QProgressBar,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_RemoveDeviceDialog(object):
    def setupUi(self, RemoveDeviceDialog):
        if not RemoveDeviceDialog.objectName():
            RemoveDeviceDialog.setObjectName(u"RemoveDeviceDialog")
        RemoveDeviceDialog.setMinimumSize(QSize(520, 0))
        self.layout = QVBoxLayout(RemoveDeviceDialog)
        self.layout.setObjectName(u"layout")
        self.device = QLabel(RemoveDeviceDialog)
        self.device.setObjectName(u"device")
        self.device.setWordWrap(True)
        self.device.setProperty(u"styleClass", u"hint")

        self.layout.addWidget(self.device)

        self.intro = QLabel(RemoveDeviceDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)
        self.intro.setProperty(u"styleClass", u"hint")

        self.layout.addWidget(self.intro)

        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.reason_label = QLabel(RemoveDeviceDialog)
        self.reason_label.setObjectName(u"reason_label")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reason_label)

        self.reason = QLineEdit(RemoveDeviceDialog)
        self.reason.setObjectName(u"reason")

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reason)


        self.layout.addLayout(self.fields)

        self.busy = QProgressBar(RemoveDeviceDialog)
        self.busy.setObjectName(u"busy")
        self.busy.setMaximum(0)
        self.busy.setTextVisible(False)

        self.layout.addWidget(self.busy)

        self.message = QLabel(RemoveDeviceDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)
        self.message.setProperty(u"styleClass", u"error")

        self.layout.addWidget(self.message)

        self.buttons = QDialogButtonBox(RemoveDeviceDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setOrientation(Qt.Orientation.Horizontal)
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.reason_label.setBuddy(self.reason)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RemoveDeviceDialog)

        QMetaObject.connectSlotsByName(RemoveDeviceDialog)
    # setupUi

    def retranslateUi(self, RemoveDeviceDialog):
        RemoveDeviceDialog.setWindowTitle(QCoreApplication.translate("RemoveDeviceDialog", u"Remove a device", None))
#if QT_CONFIG(accessibility)
        self.device.setAccessibleName(QCoreApplication.translate("RemoveDeviceDialog", u"The device to remove", None))
#endif // QT_CONFIG(accessibility)
        self.intro.setText(QCoreApplication.translate("RemoveDeviceDialog", u"Removing a device changes the vault's key (a key rotation) and sends the new key to every other device through the team server. The removed device keeps what it already holds, but it cannot read anything written after this, and every device ignores what it sends from now on. Use it for a lost or stolen computer, or for someone who left.", None))
        self.reason_label.setText(QCoreApplication.translate("RemoveDeviceDialog", u"&Reason:", None))
#if QT_CONFIG(accessibility)
        self.reason.setAccessibleName(QCoreApplication.translate("RemoveDeviceDialog", u"Reason for removing the device", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.busy.setAccessibleName(QCoreApplication.translate("RemoveDeviceDialog", u"Removing the device, please wait", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.message.setAccessibleName(QCoreApplication.translate("RemoveDeviceDialog", u"Problem", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

