# Generated from ui/settings.ui by tools/compile_ui.py — do not edit; edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QSizePolicy,
    QSpinBox, QVBoxLayout, QWidget)

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog):
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        self.layout = QVBoxLayout(SettingsDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.minutes_label = QLabel(SettingsDialog)
        self.minutes_label.setObjectName(u"minutes_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.minutes_label)

        self.minutes_spin = QSpinBox(SettingsDialog)
        self.minutes_spin.setObjectName(u"minutes_spin")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.minutes_spin)

        self.days_label = QLabel(SettingsDialog)
        self.days_label.setObjectName(u"days_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.days_label)

        self.days_spin = QSpinBox(SettingsDialog)
        self.days_spin.setObjectName(u"days_spin")
        self.days_spin.setMinimum(1)
        self.days_spin.setMaximum(90)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.days_spin)

        self.discreet_check = QCheckBox(SettingsDialog)
        self.discreet_check.setObjectName(u"discreet_check")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.discreet_check)


        self.layout.addLayout(self.form)

        self.buttons = QDialogButtonBox(SettingsDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setOrientation(Qt.Orientation.Horizontal)
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.minutes_label.setBuddy(self.minutes_spin)
        self.days_label.setBuddy(self.days_spin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.minutes_spin, self.days_spin)
        QWidget.setTabOrder(self.days_spin, self.discreet_check)

        self.retranslateUi(SettingsDialog)
        self.buttons.accepted.connect(SettingsDialog.accept)
        self.buttons.rejected.connect(SettingsDialog.reject)

        QMetaObject.connectSlotsByName(SettingsDialog)
    # setupUi

    def retranslateUi(self, SettingsDialog):
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"Settings", None))
        self.minutes_label.setText(QCoreApplication.translate("SettingsDialog", u"&Lock when idle for:", None))
#if QT_CONFIG(accessibility)
        self.minutes_spin.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Lock after this many idle minutes", None))
#endif // QT_CONFIG(accessibility)
        self.minutes_spin.setSuffix(QCoreApplication.translate("SettingsDialog", u" minutes", None))
        self.days_label.setText(QCoreApplication.translate("SettingsDialog", u"&Flag referrals waiting longer than:", None))
#if QT_CONFIG(accessibility)
        self.days_spin.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Days before a referral counts as waiting", None))
#endif // QT_CONFIG(accessibility)
        self.days_spin.setSuffix(QCoreApplication.translate("SettingsDialog", u" days", None))
#if QT_CONFIG(accessibility)
        self.discreet_check.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Discreet mode by default", None))
#endif // QT_CONFIG(accessibility)
        self.discreet_check.setText(QCoreApplication.translate("SettingsDialog", u"Start in &discreet mode (whole vault)", None))
    # retranslateUi

