# Generated from ui/void_service.ui by tools/compile_ui.py — do not edit; edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'void_service.ui'
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
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_VoidServiceDialog(object):
    def setupUi(self, VoidServiceDialog):
        if not VoidServiceDialog.objectName():
            VoidServiceDialog.setObjectName(u"VoidServiceDialog")
        VoidServiceDialog.setMinimumSize(QSize(480, 0))
        self.layout = QVBoxLayout(VoidServiceDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(VoidServiceDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)
        self.intro.setProperty(u"styleClass", u"hint")

        self.layout.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.service_label = QLabel(VoidServiceDialog)
        self.service_label.setObjectName(u"service_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.service_label)

        self.service = QLabel(VoidServiceDialog)
        self.service.setObjectName(u"service")
        self.service.setWordWrap(True)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.service)

        self.reason_label = QLabel(VoidServiceDialog)
        self.reason_label.setObjectName(u"reason_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.reason_label)

        self.reason_box = QWidget(VoidServiceDialog)
        self.reason_box.setObjectName(u"reason_box")
        self.reason_column = QVBoxLayout(self.reason_box)
        self.reason_column.setSpacing(2)
        self.reason_column.setObjectName(u"reason_column")
        self.reason_column.setContentsMargins(0, 0, 0, 0)
        self.reason = QLineEdit(self.reason_box)
        self.reason.setObjectName(u"reason")

        self.reason_column.addWidget(self.reason)

        self.reason_error = QLabel(self.reason_box)
        self.reason_error.setObjectName(u"reason_error")
        self.reason_error.setWordWrap(True)
        self.reason_error.setProperty(u"styleClass", u"error")

        self.reason_column.addWidget(self.reason_error)


        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.reason_box)


        self.layout.addLayout(self.form)

        self.room = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.room)

        self.message = QLabel(VoidServiceDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)
        self.message.setProperty(u"styleClass", u"error")

        self.layout.addWidget(self.message)

        self.buttons = QDialogButtonBox(VoidServiceDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.reason_label.setBuddy(self.reason)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(VoidServiceDialog)
        self.buttons.rejected.connect(VoidServiceDialog.reject)

        QMetaObject.connectSlotsByName(VoidServiceDialog)
    # setupUi

    def retranslateUi(self, VoidServiceDialog):
        VoidServiceDialog.setWindowTitle(QCoreApplication.translate("VoidServiceDialog", u"Void service", None))
        self.intro.setText(QCoreApplication.translate("VoidServiceDialog", u"A voided service stays in the list, struck through with its reason, and no longer counts in any report. It cannot be unvoided: record the service again if it was voided by mistake.", None))
        self.service_label.setText(QCoreApplication.translate("VoidServiceDialog", u"Service:", None))
        self.reason_label.setText(QCoreApplication.translate("VoidServiceDialog", u"&Reason:", None))
#if QT_CONFIG(accessibility)
        self.reason.setAccessibleName(QCoreApplication.translate("VoidServiceDialog", u"Reason for voiding", None))
#endif // QT_CONFIG(accessibility)
        self.reason.setPlaceholderText(QCoreApplication.translate("VoidServiceDialog", u"Required: why, for whoever reads the history later", None))
    # retranslateUi

