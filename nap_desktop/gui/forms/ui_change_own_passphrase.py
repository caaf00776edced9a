# Generated from ui/change_own_passphrase.ui by tools/compile_ui.py — do not edit; edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'change_own_passphrase.ui'
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

from nap_desktop.gui.widgets.passphrase import NewPassphraseFields

class Ui_ChangeOwnPassphraseDialog(object):
    def setupUi(self, ChangeOwnPassphraseDialog):
        if not ChangeOwnPassphraseDialog.objectName():
            ChangeOwnPassphraseDialog.setObjectName(u"ChangeOwnPassphraseDialog")
        ChangeOwnPassphraseDialog.setMinimumSize(QSize(480, 0))
        self.layout = QVBoxLayout(ChangeOwnPassphraseDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.current_label = QLabel(ChangeOwnPassphraseDialog)
        self.current_label.setObjectName(u"current_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.current_label)

        self.current_column = QVBoxLayout()
        self.current_column.setSpacing(2)
        self.current_column.setObjectName(u"current_column")
        self.current = QLineEdit(ChangeOwnPassphraseDialog)
        self.current.setObjectName(u"current")
        self.current.setEchoMode(QLineEdit.EchoMode.Password)

        self.current_column.addWidget(self.current)

        self.current_error = QLabel(ChangeOwnPassphraseDialog)
        self.current_error.setObjectName(u"current_error")
        self.current_error.setWordWrap(True)
        self.current_error.setProperty(u"styleClass", u"error")

        self.current_column.addWidget(self.current_error)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.current_column)


        self.layout.addLayout(self.form)

        self.fields = NewPassphraseFields(ChangeOwnPassphraseDialog)
        self.fields.setObjectName(u"fields")

        self.layout.addWidget(self.fields)

        self.passphrase_error = QLabel(ChangeOwnPassphraseDialog)
        self.passphrase_error.setObjectName(u"passphrase_error")
        self.passphrase_error.setWordWrap(True)
        self.passphrase_error.setProperty(u"styleClass", u"error")

        self.layout.addWidget(self.passphrase_error)

        self.busy = QProgressBar(ChangeOwnPassphraseDialog)
        self.busy.setObjectName(u"busy")
        self.busy.setMaximum(0)
        self.busy.setTextVisible(False)

        self.layout.addWidget(self.busy)

        self.message = QLabel(ChangeOwnPassphraseDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)
        self.message.setProperty(u"styleClass", u"error")

        self.layout.addWidget(self.message)

        self.buttons = QDialogButtonBox(ChangeOwnPassphraseDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setOrientation(Qt.Orientation.Horizontal)
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.current_label.setBuddy(self.current)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ChangeOwnPassphraseDialog)

        QMetaObject.connectSlotsByName(ChangeOwnPassphraseDialog)
    # setupUi

    def retranslateUi(self, ChangeOwnPassphraseDialog):
        ChangeOwnPassphraseDialog.setWindowTitle(QCoreApplication.translate("ChangeOwnPassphraseDialog", u"Change my passphrase", None))
        self.current_label.setText(QCoreApplication.translate("ChangeOwnPassphraseDialog", u"&Current passphrase:", None))
#if QT_CONFIG(accessibility)
        self.current.setAccessibleName(QCoreApplication.translate("ChangeOwnPassphraseDialog", u"Current passphrase", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.busy.setAccessibleName(QCoreApplication.translate("ChangeOwnPassphraseDialog", u"Creating the key slot, please wait", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.message.setAccessibleName(QCoreApplication.translate("ChangeOwnPassphraseDialog", u"Problem", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

