# Generated from ui/team_settings.ui by tools/compile_ui.py — do not edit; edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'team_settings.ui'
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
    QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QProgressBar, QPushButton, QSizePolicy, QSpacerItem,
    QSpinBox, QVBoxLayout, QWidget)

class Ui_TeamSettingsDialog(object):
    def setupUi(self, TeamSettingsDialog):
        if not TeamSettingsDialog.objectName():
            TeamSettingsDialog.setObjectName(u"TeamSettingsDialog")
        TeamSettingsDialog.setMinimumSize(QSize(560, 0))
        self.layout = QVBoxLayout(TeamSettingsDialog)
        self.layout.setObjectName(u"layout")
        self.team_fields = QFormLayout()
        self.team_fields.setObjectName(u"team_fields")
        self.server_caption = QLabel(TeamSettingsDialog)
        self.server_caption.setObjectName(u"server_caption")

        self.team_fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.server_caption)

        self.server_value = QLabel(TeamSettingsDialog)
        self.server_value.setObjectName(u"server_value")
        self.server_value.setWordWrap(True)

        self.team_fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.server_value)

        self.fingerprint_caption = QLabel(TeamSettingsDialog)
        self.fingerprint_caption.setObjectName(u"fingerprint_caption")

        self.team_fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.fingerprint_caption)

        self.fingerprint_value = QLabel(TeamSettingsDialog)
        self.fingerprint_value.setObjectName(u"fingerprint_value")

        self.team_fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.fingerprint_value)

        self.interval_label = QLabel(TeamSettingsDialog)
        self.interval_label.setObjectName(u"interval_label")

        self.team_fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.interval_label)

        self.interval_spin = QSpinBox(TeamSettingsDialog)
        self.interval_spin.setObjectName(u"interval_spin")
        self.interval_spin.setMinimum(15)
        self.interval_spin.setMaximum(3600)

        self.team_fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.interval_spin)


        self.layout.addLayout(self.team_fields)

        self.init_intro = QLabel(TeamSettingsDialog)
        self.init_intro.setObjectName(u"init_intro")
        self.init_intro.setWordWrap(True)
        self.init_intro.setProperty(u"styleClass", u"hint")

        self.layout.addWidget(self.init_intro)

        self.init_fields = QFormLayout()
        self.init_fields.setObjectName(u"init_fields")
        self.new_server_label = QLabel(TeamSettingsDialog)
        self.new_server_label.setObjectName(u"new_server_label")

        self.init_fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.new_server_label)

        self.new_server = QLineEdit(TeamSettingsDialog)
        self.new_server.setObjectName(u"new_server")
        self.new_server.setPlaceholderText(u"host=server.example dbname=nap user=nap")

        self.init_fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.new_server)


        self.layout.addLayout(self.init_fields)

        self.init_row = QHBoxLayout()
        self.init_row.setObjectName(u"init_row")
        self.init_button = QPushButton(TeamSettingsDialog)
        self.init_button.setObjectName(u"init_button")

        self.init_row.addWidget(self.init_button)

        self.init_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.init_row.addItem(self.init_spacer)


        self.layout.addLayout(self.init_row)

        self.busy = QProgressBar(TeamSettingsDialog)
        self.busy.setObjectName(u"busy")
        self.busy.setMaximum(0)
        self.busy.setTextVisible(False)

        self.layout.addWidget(self.busy)

        self.message = QLabel(TeamSettingsDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)
        self.message.setProperty(u"styleClass", u"error")

        self.layout.addWidget(self.message)

        self.buttons = QDialogButtonBox(TeamSettingsDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setOrientation(Qt.Orientation.Horizontal)
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Save|QDialogButtonBox.StandardButton.Close)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.interval_label.setBuddy(self.interval_spin)
        self.new_server_label.setBuddy(self.new_server)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.interval_spin, self.new_server)
        QWidget.setTabOrder(self.new_server, self.init_button)

        self.retranslateUi(TeamSettingsDialog)

        QMetaObject.connectSlotsByName(TeamSettingsDialog)
    # setupUi

    def retranslateUi(self, TeamSettingsDialog):
        TeamSettingsDialog.setWindowTitle(QCoreApplication.translate("TeamSettingsDialog", u"Team sync", None))
        self.server_caption.setText(QCoreApplication.translate("TeamSettingsDialog", u"Team server:", None))
#if QT_CONFIG(accessibility)
        self.server_value.setAccessibleName(QCoreApplication.translate("TeamSettingsDialog", u"Team server", None))
#endif // QT_CONFIG(accessibility)
        self.fingerprint_caption.setText(QCoreApplication.translate("TeamSettingsDialog", u"This computer's fingerprint:", None))
#if QT_CONFIG(accessibility)
        self.fingerprint_value.setAccessibleName(QCoreApplication.translate("TeamSettingsDialog", u"This computer's fingerprint", None))
#endif // QT_CONFIG(accessibility)
        self.interval_label.setText(QCoreApplication.translate("TeamSettingsDialog", u"Sync &every (seconds):", None))
#if QT_CONFIG(accessibility)
        self.interval_spin.setAccessibleName(QCoreApplication.translate("TeamSettingsDialog", u"Sync every so many seconds", None))
#endif // QT_CONFIG(accessibility)
        self.init_intro.setText(QCoreApplication.translate("TeamSettingsDialog", u"This vault is not shared with a team yet. An administrator can make it a team vault: it is then kept on the agency's own server (which only ever holds encrypted data), and the team's other computers join it.", None))
        self.new_server_label.setText(QCoreApplication.translate("TeamSettingsDialog", u"Team &server address:", None))
#if QT_CONFIG(accessibility)
        self.new_server.setAccessibleName(QCoreApplication.translate("TeamSettingsDialog", u"Team server address", None))
#endif // QT_CONFIG(accessibility)
        self.init_button.setText(QCoreApplication.translate("TeamSettingsDialog", u"&Make this vault a team vault\u2026", None))
#if QT_CONFIG(accessibility)
        self.busy.setAccessibleName(QCoreApplication.translate("TeamSettingsDialog", u"Working, please wait", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.message.setAccessibleName(QCoreApplication.translate("TeamSettingsDialog", u"Problem", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

