# Generated from ui/pin_card.ui by tools/compile_ui.py — do not edit; edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'pin_card.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_PinCardDialog(object):
    def setupUi(self, PinCardDialog):
        if not PinCardDialog.objectName():
            PinCardDialog.setObjectName(u"PinCardDialog")
        PinCardDialog.resize(620, 380)
        self.layout = QVBoxLayout(PinCardDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(PinCardDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)
        self.intro.setProperty(u"styleClass", u"hint")

        self.layout.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.path_label = QLabel(PinCardDialog)
        self.path_label.setObjectName(u"path_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.path_label)

        self.path_row = QHBoxLayout()
        self.path_row.setObjectName(u"path_row")
        self.path = QLineEdit(PinCardDialog)
        self.path.setObjectName(u"path")
        self.path.setReadOnly(True)

        self.path_row.addWidget(self.path)

        self.choose_button = QPushButton(PinCardDialog)
        self.choose_button.setObjectName(u"choose_button")

        self.path_row.addWidget(self.choose_button)

        self.path_row.setStretch(0, 1)

        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.path_row)

        self.fingerprint_label = QLabel(PinCardDialog)
        self.fingerprint_label.setObjectName(u"fingerprint_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.fingerprint_label)

        self.fingerprint = QLineEdit(PinCardDialog)
        self.fingerprint.setObjectName(u"fingerprint")
        self.fingerprint.setPlaceholderText(u"ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.fingerprint)

        self.link_label = QLabel(PinCardDialog)
        self.link_label.setObjectName(u"link_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.link_label)

        self.link = QComboBox(PinCardDialog)
        self.link.setObjectName(u"link")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.link)


        self.layout.addLayout(self.form)

        self.about = QLabel(PinCardDialog)
        self.about.setObjectName(u"about")
        self.about.setWordWrap(True)
        self.about.setProperty(u"styleClass", u"hint")

        self.layout.addWidget(self.about)

        self.confirm_change = QCheckBox(PinCardDialog)
        self.confirm_change.setObjectName(u"confirm_change")

        self.layout.addWidget(self.confirm_change)

        self.pin_status = QLabel(PinCardDialog)
        self.pin_status.setObjectName(u"pin_status")
        self.pin_status.setWordWrap(True)
        self.pin_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.layout.addWidget(self.pin_status)

        self.buttons = QDialogButtonBox(PinCardDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.path_label.setBuddy(self.path)
        self.fingerprint_label.setBuddy(self.fingerprint)
        self.link_label.setBuddy(self.link)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.path, self.choose_button)
        QWidget.setTabOrder(self.choose_button, self.fingerprint)
        QWidget.setTabOrder(self.fingerprint, self.link)
        QWidget.setTabOrder(self.link, self.confirm_change)

        self.retranslateUi(PinCardDialog)
        self.buttons.rejected.connect(PinCardDialog.reject)

        QMetaObject.connectSlotsByName(PinCardDialog)
    # setupUi

    def retranslateUi(self, PinCardDialog):
        PinCardDialog.setWindowTitle(QCoreApplication.translate("PinCardDialog", u"Pin a partner's identity card", None))
        self.intro.setText(QCoreApplication.translate("PinCardDialog", u"Pin a card only after the agency read you its fingerprint over a phone number you already trust (not one given in the same e-mail as the card).", None))
        self.path_label.setText(QCoreApplication.translate("PinCardDialog", u"Card &file:", None))
#if QT_CONFIG(accessibility)
        self.path.setAccessibleName(QCoreApplication.translate("PinCardDialog", u"Card file", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.choose_button.setAccessibleName(QCoreApplication.translate("PinCardDialog", u"Choose the card file", None))
#endif // QT_CONFIG(accessibility)
        self.choose_button.setText(QCoreApplication.translate("PinCardDialog", u"C&hoose\u2026", None))
        self.fingerprint_label.setText(QCoreApplication.translate("PinCardDialog", u"&Fingerprint read to you:", None))
#if QT_CONFIG(accessibility)
        self.fingerprint.setAccessibleName(QCoreApplication.translate("PinCardDialog", u"Fingerprint read to you", None))
#endif // QT_CONFIG(accessibility)
        self.link_label.setText(QCoreApplication.translate("PinCardDialog", u"&Directory entry:", None))
#if QT_CONFIG(accessibility)
        self.link.setAccessibleName(QCoreApplication.translate("PinCardDialog", u"Directory entry", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.about.setAccessibleName(QCoreApplication.translate("PinCardDialog", u"Whose card it is", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.confirm_change.setAccessibleName(QCoreApplication.translate("PinCardDialog", u"I confirmed the new keys by phone", None))
#endif // QT_CONFIG(accessibility)
        self.confirm_change.setText(QCoreApplication.translate("PinCardDialog", u"I &called them on a number I already trust, and they read me the new fingerprint", None))
#if QT_CONFIG(accessibility)
        self.pin_status.setAccessibleName(QCoreApplication.translate("PinCardDialog", u"Pinning status", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

