# Generated from ui/conflicts.ui by tools/compile_ui.py — do not edit; edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'conflicts.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDialog, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QSplitter, QTableView, QVBoxLayout,
    QWidget)

class Ui_ConflictsDialog(object):
    def setupUi(self, ConflictsDialog):
        if not ConflictsDialog.objectName():
            ConflictsDialog.setObjectName(u"ConflictsDialog")
        ConflictsDialog.resize(1000, 620)
        self.layout = QVBoxLayout(ConflictsDialog)
        self.layout.setObjectName(u"layout")
        self.summary = QLabel(ConflictsDialog)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)
        self.summary.setProperty(u"styleClass", u"hint")

        self.layout.addWidget(self.summary)

        self.splitter = QSplitter(ConflictsDialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.list_pane = QWidget(self.splitter)
        self.list_pane.setObjectName(u"list_pane")
        self.list_layout = QVBoxLayout(self.list_pane)
        self.list_layout.setObjectName(u"list_layout")
        self.list_layout.setContentsMargins(0, 0, 0, 0)
        self.list_label = QLabel(self.list_pane)
        self.list_label.setObjectName(u"list_label")

        self.list_layout.addWidget(self.list_label)

        self.list = QTableView(self.list_pane)
        self.list.setObjectName(u"list")
        self.list.setAlternatingRowColors(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.horizontalHeader().setStretchLastSection(True)
        self.list.verticalHeader().setVisible(False)

        self.list_layout.addWidget(self.list)

        self.splitter.addWidget(self.list_pane)
        self.fields_pane = QWidget(self.splitter)
        self.fields_pane.setObjectName(u"fields_pane")
        self.fields_layout = QVBoxLayout(self.fields_pane)
        self.fields_layout.setObjectName(u"fields_layout")
        self.fields_layout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(self.fields_pane)
        self.heading.setObjectName(u"heading")
        self.heading.setWordWrap(True)
        self.heading.setProperty(u"styleClass", u"hint")

        self.fields_layout.addWidget(self.heading)

        self.fields_label = QLabel(self.fields_pane)
        self.fields_label.setObjectName(u"fields_label")

        self.fields_layout.addWidget(self.fields_label)

        self.fields = QTableView(self.fields_pane)
        self.fields.setObjectName(u"fields")
        self.fields.setAlternatingRowColors(True)
        self.fields.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.fields.setWordWrap(True)
        self.fields.horizontalHeader().setStretchLastSection(True)
        self.fields.verticalHeader().setVisible(False)

        self.fields_layout.addWidget(self.fields)

        self.splitter.addWidget(self.fields_pane)

        self.layout.addWidget(self.splitter)

        self.note = QLabel(ConflictsDialog)
        self.note.setObjectName(u"note")
        self.note.setWordWrap(True)
        self.note.setProperty(u"styleClass", u"hint")

        self.layout.addWidget(self.note)

        self.status = QLabel(ConflictsDialog)
        self.status.setObjectName(u"status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.layout.addWidget(self.status)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.keep_ours = QPushButton(ConflictsDialog)
        self.keep_ours.setObjectName(u"keep_ours")

        self.buttons.addWidget(self.keep_ours)

        self.keep_theirs = QPushButton(ConflictsDialog)
        self.keep_theirs.setObjectName(u"keep_theirs")

        self.buttons.addWidget(self.keep_theirs)

        self.buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttons_spacer)

        self.close_button = QPushButton(ConflictsDialog)
        self.close_button.setObjectName(u"close_button")

        self.buttons.addWidget(self.close_button)


        self.layout.addLayout(self.buttons)

        self.layout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.list_label.setBuddy(self.list)
        self.fields_label.setBuddy(self.fields)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.list, self.fields)
        QWidget.setTabOrder(self.fields, self.keep_ours)
        QWidget.setTabOrder(self.keep_ours, self.keep_theirs)
        QWidget.setTabOrder(self.keep_theirs, self.close_button)

        self.retranslateUi(ConflictsDialog)
        self.close_button.clicked.connect(ConflictsDialog.accept)

        QMetaObject.connectSlotsByName(ConflictsDialog)
    # setupUi

    def retranslateUi(self, ConflictsDialog):
        ConflictsDialog.setWindowTitle(QCoreApplication.translate("ConflictsDialog", u"Conflicts", None))
#if QT_CONFIG(accessibility)
        self.summary.setAccessibleName(QCoreApplication.translate("ConflictsDialog", u"Number of conflicts", None))
#endif // QT_CONFIG(accessibility)
        self.list_label.setText(QCoreApplication.translate("ConflictsDialog", u"&Waiting for a decision:", None))
#if QT_CONFIG(accessibility)
        self.list.setAccessibleName(QCoreApplication.translate("ConflictsDialog", u"Conflicts waiting for a decision", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.heading.setAccessibleName(QCoreApplication.translate("ConflictsDialog", u"The conflict compared", None))
#endif // QT_CONFIG(accessibility)
        self.fields_label.setText(QCoreApplication.translate("ConflictsDialog", u"Both &versions (differences first, in bold):", None))
#if QT_CONFIG(accessibility)
        self.fields.setAccessibleName(QCoreApplication.translate("ConflictsDialog", u"Both versions, field by field", None))
#endif // QT_CONFIG(accessibility)
        self.note.setText(QCoreApplication.translate("ConflictsDialog", u"Apply merge: what only the partner changed is taken, what only we changed is kept, and you choose each field both changed (a date of birth always); the result goes to the partner with the next export. Keep ours and Keep theirs replace the whole record instead: the other side's changes are discarded, even in fields only it changed. Either way, your consent and the details you withhold from the partner stay yours.", None))
#if QT_CONFIG(accessibility)
        self.status.setAccessibleName(QCoreApplication.translate("ConflictsDialog", u"Conflict status", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.keep_ours.setAccessibleName(QCoreApplication.translate("ConflictsDialog", u"Keep our version", None))
#endif // QT_CONFIG(accessibility)
        self.keep_ours.setText(QCoreApplication.translate("ConflictsDialog", u"Keep &ours", None))
#if QT_CONFIG(accessibility)
        self.keep_theirs.setAccessibleName(QCoreApplication.translate("ConflictsDialog", u"Keep the partner's version", None))
#endif // QT_CONFIG(accessibility)
        self.keep_theirs.setText(QCoreApplication.translate("ConflictsDialog", u"Keep &theirs", None))
        self.close_button.setText(QCoreApplication.translate("ConflictsDialog", u"&Close", None))
    # retranslateUi

