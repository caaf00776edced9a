# Generated from ui/transition.ui by tools/compile_ui.py — do not edit; edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'transition.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_TransitionDialog(object):
    def setupUi(self, TransitionDialog):
        if not TransitionDialog.objectName():
            TransitionDialog.setObjectName(u"TransitionDialog")
        TransitionDialog.setMinimumSize(QSize(440, 0))
        self.layout = QVBoxLayout(TransitionDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(TransitionDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.outcome_label = QLabel(TransitionDialog)
        self.outcome_label.setObjectName(u"outcome_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.outcome_label)

        self.outcome = QComboBox(TransitionDialog)
        self.outcome.setObjectName(u"outcome")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.outcome)

        self.reason_label = QLabel(TransitionDialog)
        self.reason_label.setObjectName(u"reason_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.reason_label)

        self.reason = QComboBox(TransitionDialog)
        self.reason.setObjectName(u"reason")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.reason)

        self.details_label = QLabel(TransitionDialog)
        self.details_label.setObjectName(u"details_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.details_label)

        self.details = QPlainTextEdit(TransitionDialog)
        self.details.setObjectName(u"details")
        self.details.setMinimumSize(QSize(0, 70))
        self.details.setMaximumSize(QSize(16777215, 70))
        self.details.setTabChangesFocus(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.details)


        self.layout.addLayout(self.form)

        self.hint = QLabel(TransitionDialog)
        self.hint.setObjectName(u"hint")
        self.hint.setWordWrap(True)
        self.hint.setProperty(u"styleClass", u"hint")

        self.layout.addWidget(self.hint)

        self.problem = QLabel(TransitionDialog)
        self.problem.setObjectName(u"problem")
        self.problem.setWordWrap(True)
        self.problem.setProperty(u"styleClass", u"error")

        self.layout.addWidget(self.problem)

        self.buttons = QDialogButtonBox(TransitionDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.outcome_label.setBuddy(self.outcome)
        self.reason_label.setBuddy(self.reason)
        self.details_label.setBuddy(self.details)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.outcome, self.reason)
        QWidget.setTabOrder(self.reason, self.details)

        self.retranslateUi(TransitionDialog)
        self.buttons.rejected.connect(TransitionDialog.reject)

        QMetaObject.connectSlotsByName(TransitionDialog)
    # setupUi

    def retranslateUi(self, TransitionDialog):
        self.intro.setText(QCoreApplication.translate("TransitionDialog", u"The referral moves from \u201c%1\u201d to \u201c%2\u201d.", None))
        self.outcome_label.setText(QCoreApplication.translate("TransitionDialog", u"&Outcome:", None))
#if QT_CONFIG(accessibility)
        self.outcome.setAccessibleName(QCoreApplication.translate("TransitionDialog", u"Outcome", None))
#endif // QT_CONFIG(accessibility)
        self.reason_label.setText(QCoreApplication.translate("TransitionDialog", u"&Reason:", None))
#if QT_CONFIG(accessibility)
        self.reason.setAccessibleName(QCoreApplication.translate("TransitionDialog", u"Reason", None))
#endif // QT_CONFIG(accessibility)
        self.details_label.setText(QCoreApplication.translate("TransitionDialog", u"De&tails:", None))
#if QT_CONFIG(accessibility)
        self.details.setAccessibleName(QCoreApplication.translate("TransitionDialog", u"Reason details", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.problem.setAccessibleName(QCoreApplication.translate("TransitionDialog", u"Problem with this change", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

