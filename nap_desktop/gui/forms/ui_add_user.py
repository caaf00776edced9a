# Generated from ui/add_user.ui by tools/compile_ui.py — do not edit; edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'add_user.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QProgressBar, QSizePolicy, QVBoxLayout, QWidget)

from nap_desktop.gui.widgets.passphrase import NewPassphraseFields

class Ui_AddUserDialog(object):
    def setupUi(self, AddUserDialog):
        if not AddUserDialog.objectName():
            AddUserDialog.setObjectName(u"AddUserDialog")
        AddUserDialog.setMinimumSize(QSize(480, 0))
        self.layout = QVBoxLayout(AddUserDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.name_label = QLabel(AddUserDialog)
        self.name_label.setObjectName(u"name_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_column = QVBoxLayout()
        self.name_column.setSpacing(2)
        self.name_column.setObjectName(u"name_column")
        self.name = QLineEdit(AddUserDialog)
        self.name.setObjectName(u"name")

        self.name_column.addWidget(self.name)

        self.name_error = QLabel(AddUserDialog)
        self.name_error.setObjectName(u"name_error")
        self.name_error.setWordWrap(True)
        self.name_error.setProperty(u"styleClass", u"error")

        self.name_column.addWidget(self.name_error)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.name_column)

        self.full_name_label = QLabel(AddUserDialog)
        self.full_name_label.setObjectName(u"full_name_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.full_name_label)

        self.full_name_column = QVBoxLayout()
        self.full_name_column.setSpacing(2)
        self.full_name_column.setObjectName(u"full_name_column")
        self.full_name = QLineEdit(AddUserDialog)
        self.full_name.setObjectName(u"full_name")

        self.full_name_column.addWidget(self.full_name)

        self.full_name_error = QLabel(AddUserDialog)
        self.full_name_error.setObjectName(u"full_name_error")
        self.full_name_error.setWordWrap(True)
        self.full_name_error.setProperty(u"styleClass", u"error")

        self.full_name_column.addWidget(self.full_name_error)


        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.full_name_column)

        self.role_label = QLabel(AddUserDialog)
        self.role_label.setObjectName(u"role_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.role_label)

        self.role_column = QVBoxLayout()
        self.role_column.setSpacing(2)
        self.role_column.setObjectName(u"role_column")
        self.role = QComboBox(AddUserDialog)
        self.role.setObjectName(u"role")

        self.role_column.addWidget(self.role)

        self.role_error = QLabel(AddUserDialog)
        self.role_error.setObjectName(u"role_error")
        self.role_error.setWordWrap(True)
        self.role_error.setProperty(u"styleClass", u"error")

        self.role_column.addWidget(self.role_error)


        self.form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.role_column)


        self.layout.addLayout(self.form)

        self.advice = QLabel(AddUserDialog)
        self.advice.setObjectName(u"advice")
        self.advice.setWordWrap(True)
        self.advice.setProperty(u"styleClass", u"hint")

        self.layout.addWidget(self.advice)

        self.fields = NewPassphraseFields(AddUserDialog)
        self.fields.setObjectName(u"fields")

        self.layout.addWidget(self.fields)

        self.passphrase_error = QLabel(AddUserDialog)
        self.passphrase_error.setObjectName(u"passphrase_error")
        self.passphrase_error.setWordWrap(True)
        self.passphrase_error.setProperty(u"styleClass", u"error")

        self.layout.addWidget(self.passphrase_error)

        self.busy = QProgressBar(AddUserDialog)
        self.busy.setObjectName(u"busy")
        self.busy.setMaximum(0)
        self.busy.setTextVisible(False)

        self.layout.addWidget(self.busy)

        self.message = QLabel(AddUserDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)
        self.message.setProperty(u"styleClass", u"error")

        self.layout.addWidget(self.message)

        self.buttons = QDialogButtonBox(AddUserDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setOrientation(Qt.Orientation.Horizontal)
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name)
        self.full_name_label.setBuddy(self.full_name)
        self.role_label.setBuddy(self.role)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name, self.full_name)
        QWidget.setTabOrder(self.full_name, self.role)

        self.retranslateUi(AddUserDialog)

        QMetaObject.connectSlotsByName(AddUserDialog)
    # setupUi

    def retranslateUi(self, AddUserDialog):
        AddUserDialog.setWindowTitle(QCoreApplication.translate("AddUserDialog", u"Add a user", None))
        self.name_label.setText(QCoreApplication.translate("AddUserDialog", u"User &name:", None))
#if QT_CONFIG(accessibility)
        self.name.setAccessibleName(QCoreApplication.translate("AddUserDialog", u"User name", None))
#endif // QT_CONFIG(accessibility)
        self.name.setPlaceholderText(QCoreApplication.translate("AddUserDialog", u"e.g. thu.tran", None))
        self.full_name_label.setText(QCoreApplication.translate("AddUserDialog", u"&Full name:", None))
#if QT_CONFIG(accessibility)
        self.full_name.setAccessibleName(QCoreApplication.translate("AddUserDialog", u"Full name", None))
#endif // QT_CONFIG(accessibility)
        self.role_label.setText(QCoreApplication.translate("AddUserDialog", u"&Role:", None))
#if QT_CONFIG(accessibility)
        self.role.setAccessibleName(QCoreApplication.translate("AddUserDialog", u"Role", None))
#endif // QT_CONFIG(accessibility)
        self.advice.setText(QCoreApplication.translate("AddUserDialog", u"Agree the passphrase with the person face to face; they can change it later.", None))
#if QT_CONFIG(accessibility)
        self.busy.setAccessibleName(QCoreApplication.translate("AddUserDialog", u"Creating the key slot, please wait", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.message.setAccessibleName(QCoreApplication.translate("AddUserDialog", u"Problem", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

