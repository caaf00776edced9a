# Generated from ui/plan_goal.ui by tools/compile_ui.py — do not edit; edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'plan_goal.ui'
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
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

from nap_desktop.gui.widgets.plan_fields import TargetDateField

class Ui_PlanGoalDialog(object):
    def setupUi(self, PlanGoalDialog):
        if not PlanGoalDialog.objectName():
            PlanGoalDialog.setObjectName(u"PlanGoalDialog")
        PlanGoalDialog.setMinimumSize(QSize(520, 0))
        self.layout = QVBoxLayout(PlanGoalDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.domain_label = QLabel(PlanGoalDialog)
        self.domain_label.setObjectName(u"domain_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.domain_label)

        self.domain_box = QWidget(PlanGoalDialog)
        self.domain_box.setObjectName(u"domain_box")
        self.domain_column = QVBoxLayout(self.domain_box)
        self.domain_column.setSpacing(2)
        self.domain_column.setObjectName(u"domain_column")
        self.domain_column.setContentsMargins(0, 0, 0, 0)
        self.domain = QComboBox(self.domain_box)
        self.domain.setObjectName(u"domain")

        self.domain_column.addWidget(self.domain)

        self.domain_error = QLabel(self.domain_box)
        self.domain_error.setObjectName(u"domain_error")
        self.domain_error.setWordWrap(True)
        self.domain_error.setProperty(u"styleClass", u"error")

        self.domain_column.addWidget(self.domain_error)


        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.domain_box)

        self.description_label = QLabel(PlanGoalDialog)
        self.description_label.setObjectName(u"description_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.description_label)

        self.description_box = QWidget(PlanGoalDialog)
        self.description_box.setObjectName(u"description_box")
        self.description_column = QVBoxLayout(self.description_box)
        self.description_column.setSpacing(2)
        self.description_column.setObjectName(u"description_column")
        self.description_column.setContentsMargins(0, 0, 0, 0)
        self.description = QPlainTextEdit(self.description_box)
        self.description.setObjectName(u"description")
        self.description.setTabChangesFocus(True)
        self.description.setMaximumSize(QSize(16777215, 90))

        self.description_column.addWidget(self.description)

        self.description_hint = QLabel(self.description_box)
        self.description_hint.setObjectName(u"description_hint")
        self.description_hint.setWordWrap(True)
        self.description_hint.setProperty(u"styleClass", u"hint")

        self.description_column.addWidget(self.description_hint)

        self.description_error = QLabel(self.description_box)
        self.description_error.setObjectName(u"description_error")
        self.description_error.setWordWrap(True)
        self.description_error.setProperty(u"styleClass", u"error")

        self.description_column.addWidget(self.description_error)


        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.description_box)

        self.target_date_label = QLabel(PlanGoalDialog)
        self.target_date_label.setObjectName(u"target_date_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.target_date_label)

        self.target_date_box = QWidget(PlanGoalDialog)
        self.target_date_box.setObjectName(u"target_date_box")
        self.target_date_column = QVBoxLayout(self.target_date_box)
        self.target_date_column.setSpacing(2)
        self.target_date_column.setObjectName(u"target_date_column")
        self.target_date_column.setContentsMargins(0, 0, 0, 0)
        self.target_date = TargetDateField(self.target_date_box)
        self.target_date.setObjectName(u"target_date")

        self.target_date_column.addWidget(self.target_date)

        self.target_date_error = QLabel(self.target_date_box)
        self.target_date_error.setObjectName(u"target_date_error")
        self.target_date_error.setWordWrap(True)
        self.target_date_error.setProperty(u"styleClass", u"error")

        self.target_date_column.addWidget(self.target_date_error)


        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.target_date_box)

        self.status_label = QLabel(PlanGoalDialog)
        self.status_label.setObjectName(u"status_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.status_label)

        self.status_box = QWidget(PlanGoalDialog)
        self.status_box.setObjectName(u"status_box")
        self.status_column = QVBoxLayout(self.status_box)
        self.status_column.setSpacing(2)
        self.status_column.setObjectName(u"status_column")
        self.status_column.setContentsMargins(0, 0, 0, 0)
        self.status = QComboBox(self.status_box)
        self.status.setObjectName(u"status")

        self.status_column.addWidget(self.status)

        self.status_error = QLabel(self.status_box)
        self.status_error.setObjectName(u"status_error")
        self.status_error.setWordWrap(True)
        self.status_error.setProperty(u"styleClass", u"error")

        self.status_column.addWidget(self.status_error)


        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.status_box)


        self.layout.addLayout(self.form)

        self.room = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.room)

        self.message = QLabel(PlanGoalDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)
        self.message.setProperty(u"styleClass", u"error")

        self.layout.addWidget(self.message)

        self.buttons = QDialogButtonBox(PlanGoalDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.domain_label.setBuddy(self.domain)
        self.description_label.setBuddy(self.description)
        self.target_date_label.setBuddy(self.target_date)
        self.status_label.setBuddy(self.status)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.domain, self.description)
        QWidget.setTabOrder(self.description, self.target_date)
        QWidget.setTabOrder(self.target_date, self.status)

        self.retranslateUi(PlanGoalDialog)
        self.buttons.rejected.connect(PlanGoalDialog.reject)

        QMetaObject.connectSlotsByName(PlanGoalDialog)
    # setupUi

    def retranslateUi(self, PlanGoalDialog):
        PlanGoalDialog.setWindowTitle(QCoreApplication.translate("PlanGoalDialog", u"Goal", None))
        self.domain_label.setText(QCoreApplication.translate("PlanGoalDialog", u"&Area:", None))
#if QT_CONFIG(accessibility)
        self.domain.setAccessibleName(QCoreApplication.translate("PlanGoalDialog", u"Area of the goal", None))
#endif // QT_CONFIG(accessibility)
        self.description_label.setText(QCoreApplication.translate("PlanGoalDialog", u"&Goal:", None))
#if QT_CONFIG(accessibility)
        self.description.setAccessibleName(QCoreApplication.translate("PlanGoalDialog", u"The goal", None))
#endif // QT_CONFIG(accessibility)
        self.description_hint.setText(QCoreApplication.translate("PlanGoalDialog", u"What the survivor wants to reach, in their words.", None))
        self.target_date_label.setText(QCoreApplication.translate("PlanGoalDialog", u"&Target date:", None))
#if QT_CONFIG(accessibility)
        self.target_date.setAccessibleName(QCoreApplication.translate("PlanGoalDialog", u"Target date", None))
#endif // QT_CONFIG(accessibility)
        self.status_label.setText(QCoreApplication.translate("PlanGoalDialog", u"Stat&us:", None))
#if QT_CONFIG(accessibility)
        self.status.setAccessibleName(QCoreApplication.translate("PlanGoalDialog", u"Status of the goal", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

