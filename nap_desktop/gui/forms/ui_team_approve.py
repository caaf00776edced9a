# Generated from ui/team_approve.ui by tools/compile_ui.py — do not edit; edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'team_approve.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QProgressBar, QSizePolicy, QVBoxLayout, QWidget)

class Ui_ApproveDeviceDialog(object):
    def setupUi(self, ApproveDeviceDialog):
        if not ApproveDeviceDialog.objectName():
            ApproveDeviceDialog.setObjectName(u"ApproveDeviceDialog")
        ApproveDeviceDialog.setMinimumSize(QSize(520, 0))
        self.layout = QVBoxLayout(ApproveDeviceDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(ApproveDeviceDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)
        self.intro.setProperty(u"styleClass", u"hint")

        self.layout.addWidget(self.intro)

        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.fingerprint_label = QLabel(ApproveDeviceDialog)
        self.fingerprint_label.setObjectName(u"fingerprint_label")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fingerprint_label)

        self.fingerprint = QLineEdit(ApproveDeviceDialog)
        self.fingerprint.setObjectName(u"fingerprint")
        self.fingerprint.setPlaceholderText(u"ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567")

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.fingerprint)

        self.user_label = QLabel(ApproveDeviceDialog)
        self.user_label.setObjectName(u"user_label")

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.user_label)

        self.user_combo = QComboBox(ApproveDeviceDialog)
        self.user_combo.setObjectName(u"user_combo")

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.user_combo)


        self.layout.addLayout(self.fields)

        self.busy = QProgressBar(ApproveDeviceDialog)
        self.busy.setObjectName(u"busy")
        self.busy.setMaximum(0)
        self.busy.setTextVisible(False)

        self.layout.addWidget(self.busy)

        self.message = QLabel(ApproveDeviceDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)
        self.message.setProperty(u"styleClass", u"error")

        self.layout.addWidget(self.message)

        self.buttons = QDialogButtonBox(ApproveDeviceDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setOrientation(Qt.Orientation.Horizontal)
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.fingerprint_label.setBuddy(self.fingerprint)
        self.user_label.setBuddy(self.user_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.fingerprint, self.user_combo)

        self.retranslateUi(ApproveDeviceDialog)

        QMetaObject.connectSlotsByName(ApproveDeviceDialog)
    # setupUi

    def retranslateUi(self, ApproveDeviceDialog):
        ApproveDeviceDialog.setWindowTitle(QCoreApplication.translate("ApproveDeviceDialog", u"Approve a device", None))
        self.intro.setText(QCoreApplication.translate("ApproveDeviceDialog", u"Ask the person at the new computer to read you the fingerprint it shows, in person or over a phone number you already trust. Type it here: the device is approved only if it matches. Then choose who works on that computer.", None))
        self.fingerprint_label.setText(QCoreApplication.translate("ApproveDeviceDialog", u"&Fingerprint read to you:", None))
#if QT_CONFIG(accessibility)
        self.fingerprint.setAccessibleName(QCoreApplication.translate("ApproveDeviceDialog", u"Fingerprint read to you", None))
#endif // QT_CONFIG(accessibility)
        self.user_label.setText(QCoreApplication.translate("ApproveDeviceDialog", u"&User:", None))
#if QT_CONFIG(accessibility)
        self.user_combo.setAccessibleName(QCoreApplication.translate("ApproveDeviceDialog", u"User of the new computer", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.busy.setAccessibleName(QCoreApplication.translate("ApproveDeviceDialog", u"Approving the device, please wait", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.message.setAccessibleName(QCoreApplication.translate("ApproveDeviceDialog", u"Problem", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

