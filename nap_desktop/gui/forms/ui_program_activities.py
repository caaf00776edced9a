# Generated from ui/program_activities.ui by tools/compile_ui.py — do not edit; edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'program_activities.ui'
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
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

class Ui_ProgramActivitiesDialog(object):
    def setupUi(self, ProgramActivitiesDialog):
        if not ProgramActivitiesDialog.objectName():
            ProgramActivitiesDialog.setObjectName(u"ProgramActivitiesDialog")
        ProgramActivitiesDialog.setMinimumSize(QSize(720, 0))
        self.layout = QVBoxLayout(ProgramActivitiesDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(ProgramActivitiesDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)
        self.intro.setProperty(u"styleClass", u"hint")

        self.layout.addWidget(self.intro)

        self.table = QTableView(ProgramActivitiesDialog)
        self.table.setObjectName(u"table")

        self.layout.addWidget(self.table)

        self.empty = QLabel(ProgramActivitiesDialog)
        self.empty.setObjectName(u"empty")
        self.empty.setWordWrap(True)
        self.empty.setProperty(u"styleClass", u"hint")

        self.layout.addWidget(self.empty)

        self.actions = QHBoxLayout()
        self.actions.setObjectName(u"actions")
        self.add_button = QPushButton(ProgramActivitiesDialog)
        self.add_button.setObjectName(u"add_button")
        self.add_button.setAutoDefault(False)

        self.actions.addWidget(self.add_button)

        self.edit_button = QPushButton(ProgramActivitiesDialog)
        self.edit_button.setObjectName(u"edit_button")
        self.edit_button.setAutoDefault(False)

        self.actions.addWidget(self.edit_button)

        self.push = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actions.addItem(self.push)


        self.layout.addLayout(self.actions)

        self.message = QLabel(ProgramActivitiesDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)
        self.message.setProperty(u"styleClass", u"error")

        self.layout.addWidget(self.message)

        self.buttons = QDialogButtonBox(ProgramActivitiesDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.layout.addWidget(self.buttons)

        QWidget.setTabOrder(self.table, self.add_button)
        QWidget.setTabOrder(self.add_button, self.edit_button)

        self.retranslateUi(ProgramActivitiesDialog)
        self.buttons.rejected.connect(ProgramActivitiesDialog.reject)

        QMetaObject.connectSlotsByName(ProgramActivitiesDialog)
    # setupUi

    def retranslateUi(self, ProgramActivitiesDialog):
        ProgramActivitiesDialog.setWindowTitle(QCoreApplication.translate("ProgramActivitiesDialog", u"Program activities", None))
        self.intro.setText(QCoreApplication.translate("ProgramActivitiesDialog", u"Task-force meetings, trainings, outreach and public-awareness events of the last twelve months. They are reported to OVC (TIMS) with their audience and number of attendees.", None))
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("ProgramActivitiesDialog", u"Program activities", None))
#endif // QT_CONFIG(accessibility)
        self.empty.setText(QCoreApplication.translate("ProgramActivitiesDialog", u"No program activities yet. Add the meetings and trainings your program held: the TIMS report counts them.", None))
        self.add_button.setText(QCoreApplication.translate("ProgramActivitiesDialog", u"&Add activity\u2026", None))
#if QT_CONFIG(accessibility)
        self.add_button.setAccessibleName(QCoreApplication.translate("ProgramActivitiesDialog", u"Add a program activity", None))
#endif // QT_CONFIG(accessibility)
        self.edit_button.setText(QCoreApplication.translate("ProgramActivitiesDialog", u"&Edit\u2026", None))
#if QT_CONFIG(accessibility)
        self.edit_button.setAccessibleName(QCoreApplication.translate("ProgramActivitiesDialog", u"Edit the selected activity", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

