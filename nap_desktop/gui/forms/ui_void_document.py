# Generated from ui/void_document.ui by tools/compile_ui.py — do not edit; edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'void_document.ui'
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
    QVBoxLayout, QWidget)

class Ui_VoidDocumentDialog(object):
    def setupUi(self, VoidDocumentDialog):
        if not VoidDocumentDialog.objectName():
            VoidDocumentDialog.setObjectName(u"VoidDocumentDialog")
        VoidDocumentDialog.setMinimumSize(QSize(460, 0))
        self.layout = QVBoxLayout(VoidDocumentDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(VoidDocumentDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.document_label = QLabel(VoidDocumentDialog)
        self.document_label.setObjectName(u"document_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.document_label)

        self.document = QLabel(VoidDocumentDialog)
        self.document.setObjectName(u"document")
        self.document.setWordWrap(True)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.document)

        self.reason_label = QLabel(VoidDocumentDialog)
        self.reason_label.setObjectName(u"reason_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.reason_label)

        self.reason = QLineEdit(VoidDocumentDialog)
        self.reason.setObjectName(u"reason")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.reason)


        self.layout.addLayout(self.form)

        self.problem = QLabel(VoidDocumentDialog)
        self.problem.setObjectName(u"problem")
        self.problem.setWordWrap(True)
        self.problem.setProperty(u"styleClass", u"error")

        self.layout.addWidget(self.problem)

        self.buttons = QDialogButtonBox(VoidDocumentDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.reason_label.setBuddy(self.reason)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(VoidDocumentDialog)
        self.buttons.rejected.connect(VoidDocumentDialog.reject)

        QMetaObject.connectSlotsByName(VoidDocumentDialog)
    # setupUi

    def retranslateUi(self, VoidDocumentDialog):
        VoidDocumentDialog.setWindowTitle(QCoreApplication.translate("VoidDocumentDialog", u"Void document", None))
        self.intro.setText(QCoreApplication.translate("VoidDocumentDialog", u"A voided document is kept for the audit, struck through, and is never sent to a partner or printed in a summary. It cannot be unvoided: add the document again if it was voided by mistake.", None))
        self.document_label.setText(QCoreApplication.translate("VoidDocumentDialog", u"Document:", None))
        self.reason_label.setText(QCoreApplication.translate("VoidDocumentDialog", u"&Reason:", None))
#if QT_CONFIG(accessibility)
        self.reason.setAccessibleName(QCoreApplication.translate("VoidDocumentDialog", u"Reason for voiding", None))
#endif // QT_CONFIG(accessibility)
        self.reason.setPlaceholderText(QCoreApplication.translate("VoidDocumentDialog", u"Required: why, for whoever reads the history later", None))
#if QT_CONFIG(accessibility)
        self.problem.setAccessibleName(QCoreApplication.translate("VoidDocumentDialog", u"Problem with voiding", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

