# Generated from ui/confirm_release.ui by tools/compile_ui.py — do not edit; edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'confirm_release.ui'
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
    QFormLayout, QGroupBox, QLabel, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_ConfirmReleaseDialog(object):
    def setupUi(self, ConfirmReleaseDialog):
        if not ConfirmReleaseDialog.objectName():
            ConfirmReleaseDialog.setObjectName(u"ConfirmReleaseDialog")
        ConfirmReleaseDialog.setMinimumSize(QSize(420, 0))
        self.layout = QVBoxLayout(ConfirmReleaseDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(ConfirmReleaseDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.terms = QGroupBox(ConfirmReleaseDialog)
        self.terms.setObjectName(u"terms")
        self.terms_form = QFormLayout(self.terms)
        self.terms_form.setObjectName(u"terms_form")

        self.layout.addWidget(self.terms)

        self.problem = QLabel(ConfirmReleaseDialog)
        self.problem.setObjectName(u"problem")
        self.problem.setWordWrap(True)
        self.problem.setProperty(u"styleClass", u"error")

        self.layout.addWidget(self.problem)

        self.buttons = QDialogButtonBox(ConfirmReleaseDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)


        self.retranslateUi(ConfirmReleaseDialog)
        self.buttons.rejected.connect(ConfirmReleaseDialog.reject)

        QMetaObject.connectSlotsByName(ConfirmReleaseDialog)
    # setupUi

    def retranslateUi(self, ConfirmReleaseDialog):
        ConfirmReleaseDialog.setWindowTitle(QCoreApplication.translate("ConfirmReleaseDialog", u"Confirm a partner's release", None))
        self.intro.setText(QCoreApplication.translate("ConfirmReleaseDialog", u"%1 recorded this release. Confirm it only after you have seen the form the survivor signed. From then on it counts for what your agency shares with the agency it names, exactly like a release your own staff recorded, and later packages from %1 can no longer change it. Your name is written in the audit log.", None))
        self.terms.setTitle(QCoreApplication.translate("ConfirmReleaseDialog", u"The release you confirm", None))
    # retranslateUi

