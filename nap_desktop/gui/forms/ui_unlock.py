# Generated from ui/unlock.ui by tools/compile_ui.py — do not edit; edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'unlock.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QLayout,
    QLineEdit, QProgressBar, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_UnlockDialog(object):
    def setupUi(self, UnlockDialog):
        if not UnlockDialog.objectName():
            UnlockDialog.setObjectName(u"UnlockDialog")
        UnlockDialog.setMinimumSize(QSize(440, 0))
        self.layout = QVBoxLayout(UnlockDialog)
        self.layout.setObjectName(u"layout")
        self.layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        self.sectionTitle = QLabel(UnlockDialog)
        self.sectionTitle.setObjectName(u"sectionTitle")

        self.layout.addWidget(self.sectionTitle)

        self.vault_label = QLabel(UnlockDialog)
        self.vault_label.setObjectName(u"vault_label")
        self.vault_label.setWordWrap(True)
        self.vault_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.vault_label.setProperty(u"styleClass", u"hint")

        self.layout.addWidget(self.vault_label)

        self.demoHint = QLabel(UnlockDialog)
        self.demoHint.setObjectName(u"demoHint")
        self.demoHint.setWordWrap(True)
        self.demoHint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.layout.addWidget(self.demoHint)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.user_label = QLabel(UnlockDialog)
        self.user_label.setObjectName(u"user_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.user_label)

        self.user_combo = QComboBox(UnlockDialog)
        self.user_combo.setObjectName(u"user_combo")
        self.user_combo.setEditable(True)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.user_combo)

        self.passphrase_label = QLabel(UnlockDialog)
        self.passphrase_label.setObjectName(u"passphrase_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.passphrase_label)

        self.passphrase_edit = QLineEdit(UnlockDialog)
        self.passphrase_edit.setObjectName(u"passphrase_edit")
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.passphrase_edit)


        self.layout.addLayout(self.form)

        self.busy = QProgressBar(UnlockDialog)
        self.busy.setObjectName(u"busy")
        self.busy.setMaximum(0)
        self.busy.setTextVisible(False)

        self.layout.addWidget(self.busy)

        self.error_label = QLabel(UnlockDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)
        self.error_label.setProperty(u"styleClass", u"error")

        self.layout.addWidget(self.error_label)

        self.buttons = QDialogButtonBox(UnlockDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setOrientation(Qt.Orientation.Horizontal)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.user_label.setBuddy(self.user_combo)
        self.passphrase_label.setBuddy(self.passphrase_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.user_combo, self.passphrase_edit)

        self.retranslateUi(UnlockDialog)

        QMetaObject.connectSlotsByName(UnlockDialog)
    # setupUi

    def retranslateUi(self, UnlockDialog):
        UnlockDialog.setWindowTitle(QCoreApplication.translate("UnlockDialog", u"Unlock NAP Desktop", None))
        self.sectionTitle.setText(QCoreApplication.translate("UnlockDialog", u"Unlock the vault", None))
        self.vault_label.setText(QCoreApplication.translate("UnlockDialog", u"Vault: %1", None))
#if QT_CONFIG(accessibility)
        self.demoHint.setAccessibleName(QCoreApplication.translate("UnlockDialog", u"Demo vault information", None))
#endif // QT_CONFIG(accessibility)
        self.user_label.setText(QCoreApplication.translate("UnlockDialog", u"&User:", None))
#if QT_CONFIG(accessibility)
        self.user_combo.setAccessibleName(QCoreApplication.translate("UnlockDialog", u"User name", None))
#endif // QT_CONFIG(accessibility)
        self.passphrase_label.setText(QCoreApplication.translate("UnlockDialog", u"&Passphrase:", None))
#if QT_CONFIG(accessibility)
        self.passphrase_edit.setAccessibleName(QCoreApplication.translate("UnlockDialog", u"Passphrase", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.busy.setAccessibleName(QCoreApplication.translate("UnlockDialog", u"Unlocking, please wait", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.error_label.setAccessibleName(QCoreApplication.translate("UnlockDialog", u"Unlock problem", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

