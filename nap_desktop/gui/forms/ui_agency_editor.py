# Generated from ui/agency_editor.ui by tools/compile_ui.py — do not edit; edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'agency_editor.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_AgencyEditor(object):
    def setupUi(self, AgencyEditor):
        if not AgencyEditor.objectName():
            AgencyEditor.setObjectName(u"AgencyEditor")
        self.layout = QVBoxLayout(AgencyEditor)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.name_label = QLabel(AgencyEditor)
        self.name_label.setObjectName(u"name_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name = QLineEdit(AgencyEditor)
        self.name.setObjectName(u"name")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name)

        self.kind_label = QLabel(AgencyEditor)
        self.kind_label.setObjectName(u"kind_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.kind = QComboBox(AgencyEditor)
        self.kind.setObjectName(u"kind")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kind)

        self.contacts_label = QLabel(AgencyEditor)
        self.contacts_label.setObjectName(u"contacts_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.contacts_label)

        self.contacts = QPlainTextEdit(AgencyEditor)
        self.contacts.setObjectName(u"contacts")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.contacts)

        self.vsp = QCheckBox(AgencyEditor)
        self.vsp.setObjectName(u"vsp")

        self.form.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.vsp)


        self.layout.addLayout(self.form)

        self.problem = QLabel(AgencyEditor)
        self.problem.setObjectName(u"problem")
        self.problem.setWordWrap(True)

        self.layout.addWidget(self.problem)

        self.buttons = QDialogButtonBox(AgencyEditor)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name)
        self.kind_label.setBuddy(self.kind)
        self.contacts_label.setBuddy(self.contacts)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name, self.kind)
        QWidget.setTabOrder(self.kind, self.contacts)
        QWidget.setTabOrder(self.contacts, self.vsp)

        self.retranslateUi(AgencyEditor)
        self.buttons.rejected.connect(AgencyEditor.reject)

        QMetaObject.connectSlotsByName(AgencyEditor)
    # setupUi

    def retranslateUi(self, AgencyEditor):
        AgencyEditor.setWindowTitle(QCoreApplication.translate("AgencyEditor", u"Add partner agency", None))
        self.name_label.setText(QCoreApplication.translate("AgencyEditor", u"&Name:", None))
#if QT_CONFIG(accessibility)
        self.name.setAccessibleName(QCoreApplication.translate("AgencyEditor", u"Agency name", None))
#endif // QT_CONFIG(accessibility)
        self.kind_label.setText(QCoreApplication.translate("AgencyEditor", u"&Kind:", u"agency"))
#if QT_CONFIG(accessibility)
        self.kind.setAccessibleName(QCoreApplication.translate("AgencyEditor", u"Agency kind", None))
#endif // QT_CONFIG(accessibility)
        self.contacts_label.setText(QCoreApplication.translate("AgencyEditor", u"&Contacts:", None))
#if QT_CONFIG(accessibility)
        self.contacts.setAccessibleName(QCoreApplication.translate("AgencyEditor", u"Contacts", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.vsp.setAccessibleName(QCoreApplication.translate("AgencyEditor", u"Victim-service provider", None))
#endif // QT_CONFIG(accessibility)
        self.vsp.setText(QCoreApplication.translate("AgencyEditor", u"&Victim-service provider (VAWA confidentiality applies)", None))
    # retranslateUi

