# Generated from ui/team_join.ui by tools/compile_ui.py — do not edit; edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'team_join.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QProgressBar, QPushButton, QSizePolicy,
    QVBoxLayout, QWidget, QWizardPage)

class Ui_JoinServerPage(object):
    def setupUi(self, JoinServerPage):
        if not JoinServerPage.objectName():
            JoinServerPage.setObjectName(u"JoinServerPage")
        self.layout = QVBoxLayout(JoinServerPage)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(JoinServerPage)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)
        self.intro.setProperty(u"styleClass", u"hint")

        self.layout.addWidget(self.intro)

        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.server_label = QLabel(JoinServerPage)
        self.server_label.setObjectName(u"server_label")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.server_label)

        self.server_edit = QLineEdit(JoinServerPage)
        self.server_edit.setObjectName(u"server_edit")
        self.server_edit.setPlaceholderText(u"host=server.example dbname=nap user=nap")

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.server_edit)

        self.folder_label = QLabel(JoinServerPage)
        self.folder_label.setObjectName(u"folder_label")

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.folder_label)

        self.folder_row = QHBoxLayout()
        self.folder_row.setObjectName(u"folder_row")
        self.folder_edit = QLineEdit(JoinServerPage)
        self.folder_edit.setObjectName(u"folder_edit")

        self.folder_row.addWidget(self.folder_edit)

        self.choose_button = QPushButton(JoinServerPage)
        self.choose_button.setObjectName(u"choose_button")

        self.folder_row.addWidget(self.choose_button)


        self.fields.setLayout(1, QFormLayout.ItemRole.FieldRole, self.folder_row)

        self.user_label = QLabel(JoinServerPage)
        self.user_label.setObjectName(u"user_label")

        self.fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.user_label)

        self.user_edit = QLineEdit(JoinServerPage)
        self.user_edit.setObjectName(u"user_edit")

        self.fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.user_edit)

        self.passphrase_label = QLabel(JoinServerPage)
        self.passphrase_label.setObjectName(u"passphrase_label")

        self.fields.setWidget(3, QFormLayout.ItemRole.LabelRole, self.passphrase_label)

        self.passphrase_edit = QLineEdit(JoinServerPage)
        self.passphrase_edit.setObjectName(u"passphrase_edit")
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.fields.setWidget(3, QFormLayout.ItemRole.FieldRole, self.passphrase_edit)


        self.layout.addLayout(self.fields)

        self.busy = QProgressBar(JoinServerPage)
        self.busy.setObjectName(u"busy")
        self.busy.setMaximum(0)
        self.busy.setTextVisible(False)

        self.layout.addWidget(self.busy)

        self.status = QLabel(JoinServerPage)
        self.status.setObjectName(u"status")
        self.status.setWordWrap(True)
        self.status.setProperty(u"styleClass", u"error")

        self.layout.addWidget(self.status)

#if QT_CONFIG(shortcut)
        self.server_label.setBuddy(self.server_edit)
        self.folder_label.setBuddy(self.folder_edit)
        self.user_label.setBuddy(self.user_edit)
        self.passphrase_label.setBuddy(self.passphrase_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.server_edit, self.folder_edit)
        QWidget.setTabOrder(self.folder_edit, self.choose_button)
        QWidget.setTabOrder(self.choose_button, self.user_edit)
        QWidget.setTabOrder(self.user_edit, self.passphrase_edit)

        self.retranslateUi(JoinServerPage)

        QMetaObject.connectSlotsByName(JoinServerPage)
    # setupUi

    def retranslateUi(self, JoinServerPage):
        self.intro.setText(QCoreApplication.translate("JoinServerPage", u"Your administrator gives you the address of your agency's team server and creates your user name and passphrase. This computer then asks to join; nothing is shared until the administrator approves it.", None))
        self.server_label.setText(QCoreApplication.translate("JoinServerPage", u"Team &server address:", None))
#if QT_CONFIG(accessibility)
        self.server_edit.setAccessibleName(QCoreApplication.translate("JoinServerPage", u"Team server address", None))
#endif // QT_CONFIG(accessibility)
        self.folder_label.setText(QCoreApplication.translate("JoinServerPage", u"Vault &folder:", None))
#if QT_CONFIG(accessibility)
        self.folder_edit.setAccessibleName(QCoreApplication.translate("JoinServerPage", u"Vault folder", None))
#endif // QT_CONFIG(accessibility)
        self.choose_button.setText(QCoreApplication.translate("JoinServerPage", u"C&hoose\u2026", None))
#if QT_CONFIG(accessibility)
        self.choose_button.setAccessibleName(QCoreApplication.translate("JoinServerPage", u"Choose the vault folder", None))
#endif // QT_CONFIG(accessibility)
        self.user_label.setText(QCoreApplication.translate("JoinServerPage", u"Your &user name:", None))
#if QT_CONFIG(accessibility)
        self.user_edit.setAccessibleName(QCoreApplication.translate("JoinServerPage", u"Your user name", None))
#endif // QT_CONFIG(accessibility)
        self.passphrase_label.setText(QCoreApplication.translate("JoinServerPage", u"Your &passphrase:", None))
#if QT_CONFIG(accessibility)
        self.passphrase_edit.setAccessibleName(QCoreApplication.translate("JoinServerPage", u"Your passphrase", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.busy.setAccessibleName(QCoreApplication.translate("JoinServerPage", u"Asking the team server, please wait", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.status.setAccessibleName(QCoreApplication.translate("JoinServerPage", u"Problem", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

