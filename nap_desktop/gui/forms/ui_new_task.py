# Generated from ui/new_task.ui by tools/compile_ui.py — do not edit; edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'new_task.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_NewTaskDialog(object):
    def setupUi(self, NewTaskDialog):
        if not NewTaskDialog.objectName():
            NewTaskDialog.setObjectName(u"NewTaskDialog")
        NewTaskDialog.setMinimumSize(QSize(520, 0))
        self.layout = QVBoxLayout(NewTaskDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.title_label = QLabel(NewTaskDialog)
        self.title_label.setObjectName(u"title_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.title_label)

        self.title_box = QWidget(NewTaskDialog)
        self.title_box.setObjectName(u"title_box")
        self.title_column = QVBoxLayout(self.title_box)
        self.title_column.setSpacing(2)
        self.title_column.setObjectName(u"title_column")
        self.title_column.setContentsMargins(0, 0, 0, 0)
        self.title = QLineEdit(self.title_box)
        self.title.setObjectName(u"title")

        self.title_column.addWidget(self.title)

        self.title_hint = QLabel(self.title_box)
        self.title_hint.setObjectName(u"title_hint")
        self.title_hint.setWordWrap(True)
        self.title_hint.setProperty(u"styleClass", u"hint")

        self.title_column.addWidget(self.title_hint)

        self.title_error = QLabel(self.title_box)
        self.title_error.setObjectName(u"title_error")
        self.title_error.setWordWrap(True)
        self.title_error.setProperty(u"styleClass", u"error")

        self.title_column.addWidget(self.title_error)


        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.title_box)

        self.due_on_label = QLabel(NewTaskDialog)
        self.due_on_label.setObjectName(u"due_on_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.due_on_label)

        self.due_on_box = QWidget(NewTaskDialog)
        self.due_on_box.setObjectName(u"due_on_box")
        self.due_on_column = QVBoxLayout(self.due_on_box)
        self.due_on_column.setSpacing(2)
        self.due_on_column.setObjectName(u"due_on_column")
        self.due_on_column.setContentsMargins(0, 0, 0, 0)
        self.due_on = QDateEdit(self.due_on_box)
        self.due_on.setObjectName(u"due_on")
        self.due_on.setCalendarPopup(True)
        self.due_on.setDisplayFormat(u"yyyy-MM-dd")

        self.due_on_column.addWidget(self.due_on)

        self.due_on_error = QLabel(self.due_on_box)
        self.due_on_error.setObjectName(u"due_on_error")
        self.due_on_error.setWordWrap(True)
        self.due_on_error.setProperty(u"styleClass", u"error")

        self.due_on_column.addWidget(self.due_on_error)


        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.due_on_box)

        self.case_label = QLabel(NewTaskDialog)
        self.case_label.setObjectName(u"case_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.case_label)

        self.case_box = QWidget(NewTaskDialog)
        self.case_box.setObjectName(u"case_box")
        self.case_column = QVBoxLayout(self.case_box)
        self.case_column.setSpacing(2)
        self.case_column.setObjectName(u"case_column")
        self.case_column.setContentsMargins(0, 0, 0, 0)
        self.case = QLineEdit(self.case_box)
        self.case.setObjectName(u"case")

        self.case_column.addWidget(self.case)

        self.case_error = QLabel(self.case_box)
        self.case_error.setObjectName(u"case_error")
        self.case_error.setWordWrap(True)
        self.case_error.setProperty(u"styleClass", u"error")

        self.case_column.addWidget(self.case_error)


        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.case_box)

        self.assignee_label = QLabel(NewTaskDialog)
        self.assignee_label.setObjectName(u"assignee_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.assignee_label)

        self.assignee_box = QWidget(NewTaskDialog)
        self.assignee_box.setObjectName(u"assignee_box")
        self.assignee_column = QVBoxLayout(self.assignee_box)
        self.assignee_column.setSpacing(2)
        self.assignee_column.setObjectName(u"assignee_column")
        self.assignee_column.setContentsMargins(0, 0, 0, 0)
        self.assignee = QComboBox(self.assignee_box)
        self.assignee.setObjectName(u"assignee")

        self.assignee_column.addWidget(self.assignee)

        self.assignee_error = QLabel(self.assignee_box)
        self.assignee_error.setObjectName(u"assignee_error")
        self.assignee_error.setWordWrap(True)
        self.assignee_error.setProperty(u"styleClass", u"error")

        self.assignee_column.addWidget(self.assignee_error)


        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.assignee_box)


        self.layout.addLayout(self.form)

        self.room = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.room)

        self.message = QLabel(NewTaskDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)
        self.message.setProperty(u"styleClass", u"error")

        self.layout.addWidget(self.message)

        self.buttons = QDialogButtonBox(NewTaskDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.title_label.setBuddy(self.title)
        self.due_on_label.setBuddy(self.due_on)
        self.case_label.setBuddy(self.case)
        self.assignee_label.setBuddy(self.assignee)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.title, self.due_on)
        QWidget.setTabOrder(self.due_on, self.case)
        QWidget.setTabOrder(self.case, self.assignee)

        self.retranslateUi(NewTaskDialog)
        self.buttons.rejected.connect(NewTaskDialog.reject)

        QMetaObject.connectSlotsByName(NewTaskDialog)
    # setupUi

    def retranslateUi(self, NewTaskDialog):
        NewTaskDialog.setWindowTitle(QCoreApplication.translate("NewTaskDialog", u"New task", None))
        self.title_label.setText(QCoreApplication.translate("NewTaskDialog", u"&What:", None))
#if QT_CONFIG(accessibility)
        self.title.setAccessibleName(QCoreApplication.translate("NewTaskDialog", u"What is to be done", None))
#endif // QT_CONFIG(accessibility)
        self.title.setPlaceholderText(QCoreApplication.translate("NewTaskDialog", u"e.g. Call the shelter about a bed", None))
        self.title_hint.setText(QCoreApplication.translate("NewTaskDialog", u"Write no name or detail about the survivor: the case number says who.", None))
        self.due_on_label.setText(QCoreApplication.translate("NewTaskDialog", u"&Due:", None))
#if QT_CONFIG(accessibility)
        self.due_on.setAccessibleName(QCoreApplication.translate("NewTaskDialog", u"Due date", None))
#endif // QT_CONFIG(accessibility)
        self.case_label.setText(QCoreApplication.translate("NewTaskDialog", u"&Case number:", None))
#if QT_CONFIG(accessibility)
        self.case.setAccessibleName(QCoreApplication.translate("NewTaskDialog", u"Case number (optional)", None))
#endif // QT_CONFIG(accessibility)
        self.case.setPlaceholderText(QCoreApplication.translate("NewTaskDialog", u"Optional, e.g. NAP-2026-0012", None))
        self.assignee_label.setText(QCoreApplication.translate("NewTaskDialog", u"&Assigned to:", None))
#if QT_CONFIG(accessibility)
        self.assignee.setAccessibleName(QCoreApplication.translate("NewTaskDialog", u"Assigned to", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

