# Generated from ui/assign.ui by tools/compile_ui.py — do not edit; edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'assign.ui'
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

class Ui_AssignDialog(object):
    def setupUi(self, AssignDialog):
        if not AssignDialog.objectName():
            AssignDialog.setObjectName(u"AssignDialog")
        AssignDialog.setMinimumSize(QSize(460, 0))
        self.layout = QVBoxLayout(AssignDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(AssignDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.worker_label = QLabel(AssignDialog)
        self.worker_label.setObjectName(u"worker_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.worker_label)

        self.worker = QComboBox(AssignDialog)
        self.worker.setObjectName(u"worker")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.worker)

        self.reason_label = QLabel(AssignDialog)
        self.reason_label.setObjectName(u"reason_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.reason_label)

        self.reason = QLineEdit(AssignDialog)
        self.reason.setObjectName(u"reason")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.reason)


        self.layout.addLayout(self.form)

        self.hint = QLabel(AssignDialog)
        self.hint.setObjectName(u"hint")
        self.hint.setWordWrap(True)
        self.hint.setProperty(u"styleClass", u"hint")

        self.layout.addWidget(self.hint)

        self.problem = QLabel(AssignDialog)
        self.problem.setObjectName(u"problem")
        self.problem.setWordWrap(True)
        self.problem.setProperty(u"styleClass", u"error")

        self.layout.addWidget(self.problem)

        self.buttons = QDialogButtonBox(AssignDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.worker_label.setBuddy(self.worker)
        self.reason_label.setBuddy(self.reason)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.worker, self.reason)

        self.retranslateUi(AssignDialog)
        self.buttons.rejected.connect(AssignDialog.reject)

        QMetaObject.connectSlotsByName(AssignDialog)
    # setupUi

    def retranslateUi(self, AssignDialog):
        AssignDialog.setWindowTitle(QCoreApplication.translate("AssignDialog", u"Assign cases", None))
        self.worker_label.setText(QCoreApplication.translate("AssignDialog", u"Assign &to:", None))
#if QT_CONFIG(accessibility)
        self.worker.setAccessibleName(QCoreApplication.translate("AssignDialog", u"Worker", None))
#endif // QT_CONFIG(accessibility)
        self.reason_label.setText(QCoreApplication.translate("AssignDialog", u"&Reason:", None))
#if QT_CONFIG(accessibility)
        self.reason.setAccessibleName(QCoreApplication.translate("AssignDialog", u"Reason for the assignment", None))
#endif // QT_CONFIG(accessibility)
        self.reason.setPlaceholderText(QCoreApplication.translate("AssignDialog", u"Required: kept in the case history", None))
        self.hint.setText(QCoreApplication.translate("AssignDialog", u"Their referrals go with the cases: the worker finds them under \u201cMy cases\u201d. Who holds a case is never sent to a partner.", None))
#if QT_CONFIG(accessibility)
        self.problem.setAccessibleName(QCoreApplication.translate("AssignDialog", u"Problem with this assignment", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

