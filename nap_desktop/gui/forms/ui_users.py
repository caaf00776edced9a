# Generated from ui/users.ui by tools/compile_ui.py — do not edit; edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'users.ui'
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
    QHeaderView, QLabel, QProgressBar, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

class Ui_UsersDialog(object):
    def setupUi(self, UsersDialog):
        if not UsersDialog.objectName():
            UsersDialog.setObjectName(u"UsersDialog")
        UsersDialog.resize(720, 440)
        self.layout = QVBoxLayout(UsersDialog)
        self.layout.setObjectName(u"layout")
        self.recovery_note = QLabel(UsersDialog)
        self.recovery_note.setObjectName(u"recovery_note")
        self.recovery_note.setWordWrap(True)
        self.recovery_note.setProperty(u"styleClass", u"hint")

        self.layout.addWidget(self.recovery_note)

        self.read_only_note = QLabel(UsersDialog)
        self.read_only_note.setObjectName(u"read_only_note")
        self.read_only_note.setWordWrap(True)
        self.read_only_note.setProperty(u"styleClass", u"hint")

        self.layout.addWidget(self.read_only_note)

        self.tamper_note = QLabel(UsersDialog)
        self.tamper_note.setObjectName(u"tamper_note")
        self.tamper_note.setWordWrap(True)
        self.tamper_note.setProperty(u"styleClass", u"error")

        self.layout.addWidget(self.tamper_note)

        self.table = QTableView(UsersDialog)
        self.table.setObjectName(u"table")
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)

        self.layout.addWidget(self.table)

        self.root_note = QLabel(UsersDialog)
        self.root_note.setObjectName(u"root_note")
        self.root_note.setWordWrap(True)
        self.root_note.setProperty(u"styleClass", u"hint")

        self.layout.addWidget(self.root_note)

        self.busy = QProgressBar(UsersDialog)
        self.busy.setObjectName(u"busy")
        self.busy.setMaximum(0)
        self.busy.setTextVisible(False)

        self.layout.addWidget(self.busy)

        self.message = QLabel(UsersDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)
        self.message.setProperty(u"styleClass", u"error")

        self.layout.addWidget(self.message)

        self.status = QLabel(UsersDialog)
        self.status.setObjectName(u"status")
        self.status.setWordWrap(True)
        self.status.setProperty(u"styleClass", u"hint")

        self.layout.addWidget(self.status)

        self.button_row = QHBoxLayout()
        self.button_row.setObjectName(u"button_row")
        self.add_button = QPushButton(UsersDialog)
        self.add_button.setObjectName(u"add_button")
        self.add_button.setAutoDefault(False)

        self.button_row.addWidget(self.add_button)

        self.reset_button = QPushButton(UsersDialog)
        self.reset_button.setObjectName(u"reset_button")
        self.reset_button.setAutoDefault(False)

        self.button_row.addWidget(self.reset_button)

        self.deactivate_button = QPushButton(UsersDialog)
        self.deactivate_button.setObjectName(u"deactivate_button")
        self.deactivate_button.setAutoDefault(False)

        self.button_row.addWidget(self.deactivate_button)

        self.button_stretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_row.addItem(self.button_stretch)

        self.close_button = QPushButton(UsersDialog)
        self.close_button.setObjectName(u"close_button")
        self.close_button.setAutoDefault(False)

        self.button_row.addWidget(self.close_button)

        self.button_row.setStretch(3, 1)

        self.layout.addLayout(self.button_row)

        QWidget.setTabOrder(self.table, self.add_button)
        QWidget.setTabOrder(self.add_button, self.reset_button)
        QWidget.setTabOrder(self.reset_button, self.deactivate_button)
        QWidget.setTabOrder(self.deactivate_button, self.close_button)

        self.retranslateUi(UsersDialog)

        QMetaObject.connectSlotsByName(UsersDialog)
    # setupUi

    def retranslateUi(self, UsersDialog):
        UsersDialog.setWindowTitle(QCoreApplication.translate("UsersDialog", u"Users", None))
        self.recovery_note.setText(QCoreApplication.translate("UsersDialog", u"This session was unlocked with the recovery key. Choose the person who forgot their passphrase and set a new one; they unlock with it from now on.", None))
        self.read_only_note.setText(QCoreApplication.translate("UsersDialog", u"Only an administrator can add users, set passphrases or remove access.", None))
        self.tamper_note.setText(QCoreApplication.translate("UsersDialog", u"The checks at unlock found that the signed user records, the key slots or the audit log were altered: roles apply as signed. Run \u201cnap check\u201d for the details and restore a backup.", None))
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("UsersDialog", u"Users", None))
#endif // QT_CONFIG(accessibility)
        self.root_note.setText(QCoreApplication.translate("UsersDialog", u"Root of authority (the signing key of the person who set up this vault): %1. Compare it with the fingerprint noted at setup.", None))
#if QT_CONFIG(accessibility)
        self.root_note.setAccessibleName(QCoreApplication.translate("UsersDialog", u"Root of authority", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.busy.setAccessibleName(QCoreApplication.translate("UsersDialog", u"Changing the vault key, please wait", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.message.setAccessibleName(QCoreApplication.translate("UsersDialog", u"Problem", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.status.setAccessibleName(QCoreApplication.translate("UsersDialog", u"Result", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.add_button.setAccessibleName(QCoreApplication.translate("UsersDialog", u"Add a user", None))
#endif // QT_CONFIG(accessibility)
        self.add_button.setText(QCoreApplication.translate("UsersDialog", u"&Add user\u2026", None))
#if QT_CONFIG(accessibility)
        self.reset_button.setAccessibleName(QCoreApplication.translate("UsersDialog", u"Set a new passphrase for the selected user", None))
#endif // QT_CONFIG(accessibility)
        self.reset_button.setText(QCoreApplication.translate("UsersDialog", u"Set &passphrase\u2026", None))
#if QT_CONFIG(accessibility)
        self.deactivate_button.setAccessibleName(QCoreApplication.translate("UsersDialog", u"Remove the selected user's access", None))
#endif // QT_CONFIG(accessibility)
        self.deactivate_button.setText(QCoreApplication.translate("UsersDialog", u"&Remove access\u2026", None))
#if QT_CONFIG(accessibility)
        self.close_button.setAccessibleName(QCoreApplication.translate("UsersDialog", u"Close", None))
#endif // QT_CONFIG(accessibility)
        self.close_button.setText(QCoreApplication.translate("UsersDialog", u"&Close", None))
    # retranslateUi

