# Generated from ui/program_activity.ui by tools/compile_ui.py — do not edit; edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'program_activity.ui'
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
    QPlainTextEdit, QSizePolicy, QSpacerItem, QSpinBox,
    QVBoxLayout, QWidget)

class Ui_ProgramActivityDialog(object):
    def setupUi(self, ProgramActivityDialog):
        if not ProgramActivityDialog.objectName():
            ProgramActivityDialog.setObjectName(u"ProgramActivityDialog")
        ProgramActivityDialog.setMinimumSize(QSize(520, 0))
        self.layout = QVBoxLayout(ProgramActivityDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(ProgramActivityDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)
        self.intro.setProperty(u"styleClass", u"hint")

        self.layout.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.kind_label = QLabel(ProgramActivityDialog)
        self.kind_label.setObjectName(u"kind_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.kind_box = QWidget(ProgramActivityDialog)
        self.kind_box.setObjectName(u"kind_box")
        self.kind_column = QVBoxLayout(self.kind_box)
        self.kind_column.setSpacing(2)
        self.kind_column.setObjectName(u"kind_column")
        self.kind_column.setContentsMargins(0, 0, 0, 0)
        self.kind = QComboBox(self.kind_box)
        self.kind.setObjectName(u"kind")

        self.kind_column.addWidget(self.kind)

        self.kind_error = QLabel(self.kind_box)
        self.kind_error.setObjectName(u"kind_error")
        self.kind_error.setWordWrap(True)
        self.kind_error.setProperty(u"styleClass", u"error")

        self.kind_column.addWidget(self.kind_error)


        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kind_box)

        self.held_on_label = QLabel(ProgramActivityDialog)
        self.held_on_label.setObjectName(u"held_on_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.held_on_label)

        self.held_on_box = QWidget(ProgramActivityDialog)
        self.held_on_box.setObjectName(u"held_on_box")
        self.held_on_column = QVBoxLayout(self.held_on_box)
        self.held_on_column.setSpacing(2)
        self.held_on_column.setObjectName(u"held_on_column")
        self.held_on_column.setContentsMargins(0, 0, 0, 0)
        self.held_on = QDateEdit(self.held_on_box)
        self.held_on.setObjectName(u"held_on")
        self.held_on.setCalendarPopup(True)
        self.held_on.setDisplayFormat(u"yyyy-MM-dd")

        self.held_on_column.addWidget(self.held_on)

        self.held_on_error = QLabel(self.held_on_box)
        self.held_on_error.setObjectName(u"held_on_error")
        self.held_on_error.setWordWrap(True)
        self.held_on_error.setProperty(u"styleClass", u"error")

        self.held_on_column.addWidget(self.held_on_error)


        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.held_on_box)

        self.audience_label = QLabel(ProgramActivityDialog)
        self.audience_label.setObjectName(u"audience_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.audience_label)

        self.audience_box = QWidget(ProgramActivityDialog)
        self.audience_box.setObjectName(u"audience_box")
        self.audience_column = QVBoxLayout(self.audience_box)
        self.audience_column.setSpacing(2)
        self.audience_column.setObjectName(u"audience_column")
        self.audience_column.setContentsMargins(0, 0, 0, 0)
        self.audience = QComboBox(self.audience_box)
        self.audience.setObjectName(u"audience")

        self.audience_column.addWidget(self.audience)

        self.audience_error = QLabel(self.audience_box)
        self.audience_error.setObjectName(u"audience_error")
        self.audience_error.setWordWrap(True)
        self.audience_error.setProperty(u"styleClass", u"error")

        self.audience_column.addWidget(self.audience_error)


        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.audience_box)

        self.attendees_label = QLabel(ProgramActivityDialog)
        self.attendees_label.setObjectName(u"attendees_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.attendees_label)

        self.attendees_box = QWidget(ProgramActivityDialog)
        self.attendees_box.setObjectName(u"attendees_box")
        self.attendees_column = QVBoxLayout(self.attendees_box)
        self.attendees_column.setSpacing(2)
        self.attendees_column.setObjectName(u"attendees_column")
        self.attendees_column.setContentsMargins(0, 0, 0, 0)
        self.attendees = QSpinBox(self.attendees_box)
        self.attendees.setObjectName(u"attendees")
        self.attendees.setMaximum(100000)

        self.attendees_column.addWidget(self.attendees)

        self.attendees_error = QLabel(self.attendees_box)
        self.attendees_error.setObjectName(u"attendees_error")
        self.attendees_error.setWordWrap(True)
        self.attendees_error.setProperty(u"styleClass", u"error")

        self.attendees_column.addWidget(self.attendees_error)


        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.attendees_box)

        self.minutes_label = QLabel(ProgramActivityDialog)
        self.minutes_label.setObjectName(u"minutes_label")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.minutes_label)

        self.minutes_box = QWidget(ProgramActivityDialog)
        self.minutes_box.setObjectName(u"minutes_box")
        self.minutes_column = QVBoxLayout(self.minutes_box)
        self.minutes_column.setSpacing(2)
        self.minutes_column.setObjectName(u"minutes_column")
        self.minutes_column.setContentsMargins(0, 0, 0, 0)
        self.minutes = QSpinBox(self.minutes_box)
        self.minutes.setObjectName(u"minutes")
        self.minutes.setMaximum(1440)
        self.minutes.setSingleStep(15)

        self.minutes_column.addWidget(self.minutes)

        self.minutes_error = QLabel(self.minutes_box)
        self.minutes_error.setObjectName(u"minutes_error")
        self.minutes_error.setWordWrap(True)
        self.minutes_error.setProperty(u"styleClass", u"error")

        self.minutes_column.addWidget(self.minutes_error)


        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.minutes_box)

        self.funding_label = QLabel(ProgramActivityDialog)
        self.funding_label.setObjectName(u"funding_label")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.funding_label)

        self.funding_box = QWidget(ProgramActivityDialog)
        self.funding_box.setObjectName(u"funding_box")
        self.funding_column = QVBoxLayout(self.funding_box)
        self.funding_column.setSpacing(2)
        self.funding_column.setObjectName(u"funding_column")
        self.funding_column.setContentsMargins(0, 0, 0, 0)
        self.funding = QComboBox(self.funding_box)
        self.funding.setObjectName(u"funding")

        self.funding_column.addWidget(self.funding)

        self.funding_error = QLabel(self.funding_box)
        self.funding_error.setObjectName(u"funding_error")
        self.funding_error.setWordWrap(True)
        self.funding_error.setProperty(u"styleClass", u"error")

        self.funding_column.addWidget(self.funding_error)


        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.funding_box)

        self.note_label = QLabel(ProgramActivityDialog)
        self.note_label.setObjectName(u"note_label")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.note_label)

        self.note_box = QWidget(ProgramActivityDialog)
        self.note_box.setObjectName(u"note_box")
        self.note_column = QVBoxLayout(self.note_box)
        self.note_column.setSpacing(2)
        self.note_column.setObjectName(u"note_column")
        self.note_column.setContentsMargins(0, 0, 0, 0)
        self.note = QPlainTextEdit(self.note_box)
        self.note.setObjectName(u"note")
        self.note.setTabChangesFocus(True)
        self.note.setMaximumSize(QSize(16777215, 90))

        self.note_column.addWidget(self.note)

        self.note_error = QLabel(self.note_box)
        self.note_error.setObjectName(u"note_error")
        self.note_error.setWordWrap(True)
        self.note_error.setProperty(u"styleClass", u"error")

        self.note_column.addWidget(self.note_error)


        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.note_box)


        self.layout.addLayout(self.form)

        self.room = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.room)

        self.message = QLabel(ProgramActivityDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)
        self.message.setProperty(u"styleClass", u"error")

        self.layout.addWidget(self.message)

        self.buttons = QDialogButtonBox(ProgramActivityDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.kind_label.setBuddy(self.kind)
        self.held_on_label.setBuddy(self.held_on)
        self.audience_label.setBuddy(self.audience)
        self.attendees_label.setBuddy(self.attendees)
        self.minutes_label.setBuddy(self.minutes)
        self.funding_label.setBuddy(self.funding)
        self.note_label.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kind, self.held_on)
        QWidget.setTabOrder(self.held_on, self.audience)
        QWidget.setTabOrder(self.audience, self.attendees)
        QWidget.setTabOrder(self.attendees, self.minutes)
        QWidget.setTabOrder(self.minutes, self.funding)
        QWidget.setTabOrder(self.funding, self.note)

        self.retranslateUi(ProgramActivityDialog)
        self.buttons.rejected.connect(ProgramActivityDialog.reject)

        QMetaObject.connectSlotsByName(ProgramActivityDialog)
    # setupUi

    def retranslateUi(self, ProgramActivityDialog):
        ProgramActivityDialog.setWindowTitle(QCoreApplication.translate("ProgramActivityDialog", u"Program activity", None))
        self.intro.setText(QCoreApplication.translate("ProgramActivityDialog", u"A task-force meeting, training or outreach event: counted in the OVC TIMS report. Record no names of survivors here.", None))
        self.kind_label.setText(QCoreApplication.translate("ProgramActivityDialog", u"Activit&y:", None))
#if QT_CONFIG(accessibility)
        self.kind.setAccessibleName(QCoreApplication.translate("ProgramActivityDialog", u"Kind of activity", None))
#endif // QT_CONFIG(accessibility)
        self.held_on_label.setText(QCoreApplication.translate("ProgramActivityDialog", u"&Date:", None))
#if QT_CONFIG(accessibility)
        self.held_on.setAccessibleName(QCoreApplication.translate("ProgramActivityDialog", u"Date of the activity", None))
#endif // QT_CONFIG(accessibility)
        self.audience_label.setText(QCoreApplication.translate("ProgramActivityDialog", u"&Audience:", None))
#if QT_CONFIG(accessibility)
        self.audience.setAccessibleName(QCoreApplication.translate("ProgramActivityDialog", u"Audience", None))
#endif // QT_CONFIG(accessibility)
        self.attendees_label.setText(QCoreApplication.translate("ProgramActivityDialog", u"A&ttendees:", None))
#if QT_CONFIG(accessibility)
        self.attendees.setAccessibleName(QCoreApplication.translate("ProgramActivityDialog", u"Number of attendees", None))
#endif // QT_CONFIG(accessibility)
        self.minutes_label.setText(QCoreApplication.translate("ProgramActivityDialog", u"M&inutes:", None))
#if QT_CONFIG(accessibility)
        self.minutes.setAccessibleName(QCoreApplication.translate("ProgramActivityDialog", u"Length in minutes", None))
#endif // QT_CONFIG(accessibility)
        self.funding_label.setText(QCoreApplication.translate("ProgramActivityDialog", u"&Funding source:", None))
#if QT_CONFIG(accessibility)
        self.funding.setAccessibleName(QCoreApplication.translate("ProgramActivityDialog", u"Funding source", None))
#endif // QT_CONFIG(accessibility)
        self.note_label.setText(QCoreApplication.translate("ProgramActivityDialog", u"&Note:", None))
#if QT_CONFIG(accessibility)
        self.note.setAccessibleName(QCoreApplication.translate("ProgramActivityDialog", u"Note about the activity", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

