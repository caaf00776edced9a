# Generated from ui/recovery.ui by tools/compile_ui.py — do not edit; edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'recovery.ui'
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
    QSizePolicy, QVBoxLayout, QWidget)

from nap_desktop.gui.widgets.passphrase import NewPassphraseFields

class Ui_RecoveryDialog(object):
    def setupUi(self, RecoveryDialog):
        if not RecoveryDialog.objectName():
            RecoveryDialog.setObjectName(u"RecoveryDialog")
        RecoveryDialog.setMinimumSize(QSize(480, 0))
        self.layout = QVBoxLayout(RecoveryDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(RecoveryDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.key_label = QLabel(RecoveryDialog)
        self.key_label.setObjectName(u"key_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.key_label)

        self.key_edit = QLineEdit(RecoveryDialog)
        self.key_edit.setObjectName(u"key_edit")
        self.key_edit.setPlaceholderText(u"XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.key_edit)

        self.user_label = QLabel(RecoveryDialog)
        self.user_label.setObjectName(u"user_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.user_label)

        self.user_combo = QComboBox(RecoveryDialog)
        self.user_combo.setObjectName(u"user_combo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.user_combo)


        self.layout.addLayout(self.form)

        self.fields = NewPassphraseFields(RecoveryDialog)
        self.fields.setObjectName(u"fields")

        self.layout.addWidget(self.fields)

        self.buttons = QDialogButtonBox(RecoveryDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setOrientation(Qt.Orientation.Horizontal)
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.key_label.setBuddy(self.key_edit)
        self.user_label.setBuddy(self.user_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.key_edit, self.user_combo)

        self.retranslateUi(RecoveryDialog)
        self.buttons.accepted.connect(RecoveryDialog.accept)
        self.buttons.rejected.connect(RecoveryDialog.reject)

        QMetaObject.connectSlotsByName(RecoveryDialog)
    # setupUi

    def retranslateUi(self, RecoveryDialog):
        RecoveryDialog.setWindowTitle(QCoreApplication.translate("RecoveryDialog", u"Unlock with the recovery key", None))
        self.intro.setText(QCoreApplication.translate("RecoveryDialog", u"The recovery key unlocks the vault when a passphrase is forgotten. Choose whose passphrase to replace; that person then unlocks with the new one.", None))
        self.key_label.setText(QCoreApplication.translate("RecoveryDialog", u"Recovery &key:", None))
#if QT_CONFIG(accessibility)
        self.key_edit.setAccessibleName(QCoreApplication.translate("RecoveryDialog", u"Recovery key", None))
#endif // QT_CONFIG(accessibility)
        self.user_label.setText(QCoreApplication.translate("RecoveryDialog", u"New passphrase &for:", None))
#if QT_CONFIG(accessibility)
        self.user_combo.setAccessibleName(QCoreApplication.translate("RecoveryDialog", u"User whose passphrase is replaced", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

