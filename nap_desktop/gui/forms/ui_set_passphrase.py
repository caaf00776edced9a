# Generated from ui/set_passphrase.ui by tools/compile_ui.py — do not edit; edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'set_passphrase.ui'
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
    QLabel, QProgressBar, QSizePolicy, QVBoxLayout,
    QWidget)

from nap_desktop.gui.widgets.passphrase import NewPassphraseFields

class Ui_SetPassphraseDialog(object):
    def setupUi(self, SetPassphraseDialog):
        if not SetPassphraseDialog.objectName():
            SetPassphraseDialog.setObjectName(u"SetPassphraseDialog")
        SetPassphraseDialog.setMinimumSize(QSize(480, 0))
        self.layout = QVBoxLayout(SetPassphraseDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(SetPassphraseDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.fields = NewPassphraseFields(SetPassphraseDialog)
        self.fields.setObjectName(u"fields")

        self.layout.addWidget(self.fields)

        self.passphrase_error = QLabel(SetPassphraseDialog)
        self.passphrase_error.setObjectName(u"passphrase_error")
        self.passphrase_error.setWordWrap(True)
        self.passphrase_error.setProperty(u"styleClass", u"error")

        self.layout.addWidget(self.passphrase_error)

        self.busy = QProgressBar(SetPassphraseDialog)
        self.busy.setObjectName(u"busy")
        self.busy.setMaximum(0)
        self.busy.setTextVisible(False)

        self.layout.addWidget(self.busy)

        self.message = QLabel(SetPassphraseDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)
        self.message.setProperty(u"styleClass", u"error")

        self.layout.addWidget(self.message)

        self.buttons = QDialogButtonBox(SetPassphraseDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setOrientation(Qt.Orientation.Horizontal)
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel)

        self.layout.addWidget(self.buttons)


        self.retranslateUi(SetPassphraseDialog)

        QMetaObject.connectSlotsByName(SetPassphraseDialog)
    # setupUi

    def retranslateUi(self, SetPassphraseDialog):
        SetPassphraseDialog.setWindowTitle(QCoreApplication.translate("SetPassphraseDialog", u"New passphrase for %1", None))
#if QT_CONFIG(accessibility)
        self.busy.setAccessibleName(QCoreApplication.translate("SetPassphraseDialog", u"Creating the key slot, please wait", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.message.setAccessibleName(QCoreApplication.translate("SetPassphraseDialog", u"Problem", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

