# Generated from ui/service_record.ui by tools/compile_ui.py — do not edit; edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'service_record.ui'
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
    QLineEdit, QPlainTextEdit, QSizePolicy, QSpacerItem,
    QSpinBox, QVBoxLayout, QWidget)

class Ui_ServiceRecordDialog(object):
    def setupUi(self, ServiceRecordDialog):
        if not ServiceRecordDialog.objectName():
            ServiceRecordDialog.setObjectName(u"ServiceRecordDialog")
        ServiceRecordDialog.setMinimumSize(QSize(560, 0))
        self.layout = QVBoxLayout(ServiceRecordDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(ServiceRecordDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)
        self.intro.setProperty(u"styleClass", u"hint")

        self.layout.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.provided_on_label = QLabel(ServiceRecordDialog)
        self.provided_on_label.setObjectName(u"provided_on_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.provided_on_label)

        self.provided_on_box = QWidget(ServiceRecordDialog)
        self.provided_on_box.setObjectName(u"provided_on_box")
        self.provided_on_column = QVBoxLayout(self.provided_on_box)
        self.provided_on_column.setSpacing(2)
        self.provided_on_column.setObjectName(u"provided_on_column")
        self.provided_on_column.setContentsMargins(0, 0, 0, 0)
        self.provided_on = QDateEdit(self.provided_on_box)
        self.provided_on.setObjectName(u"provided_on")
        self.provided_on.setCalendarPopup(True)
        self.provided_on.setDisplayFormat(u"yyyy-MM-dd")

        self.provided_on_column.addWidget(self.provided_on)

        self.provided_on_error = QLabel(self.provided_on_box)
        self.provided_on_error.setObjectName(u"provided_on_error")
        self.provided_on_error.setWordWrap(True)
        self.provided_on_error.setProperty(u"styleClass", u"error")

        self.provided_on_column.addWidget(self.provided_on_error)


        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.provided_on_box)

        self.category_label = QLabel(ServiceRecordDialog)
        self.category_label.setObjectName(u"category_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.category_label)

        self.category_box = QWidget(ServiceRecordDialog)
        self.category_box.setObjectName(u"category_box")
        self.category_column = QVBoxLayout(self.category_box)
        self.category_column.setSpacing(2)
        self.category_column.setObjectName(u"category_column")
        self.category_column.setContentsMargins(0, 0, 0, 0)
        self.category = QComboBox(self.category_box)
        self.category.setObjectName(u"category")
        self.category.setEditable(True)

        self.category_column.addWidget(self.category)

        self.category_hint = QLabel(self.category_box)
        self.category_hint.setObjectName(u"category_hint")
        self.category_hint.setWordWrap(True)
        self.category_hint.setProperty(u"styleClass", u"hint")

        self.category_column.addWidget(self.category_hint)

        self.category_error = QLabel(self.category_box)
        self.category_error.setObjectName(u"category_error")
        self.category_error.setWordWrap(True)
        self.category_error.setProperty(u"styleClass", u"error")

        self.category_column.addWidget(self.category_error)


        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.category_box)

        self.provider_label = QLabel(ServiceRecordDialog)
        self.provider_label.setObjectName(u"provider_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.provider_label)

        self.provider_box = QWidget(ServiceRecordDialog)
        self.provider_box.setObjectName(u"provider_box")
        self.provider_column = QVBoxLayout(self.provider_box)
        self.provider_column.setSpacing(2)
        self.provider_column.setObjectName(u"provider_column")
        self.provider_column.setContentsMargins(0, 0, 0, 0)
        self.provider = QComboBox(self.provider_box)
        self.provider.setObjectName(u"provider")

        self.provider_column.addWidget(self.provider)

        self.provider_error = QLabel(self.provider_box)
        self.provider_error.setObjectName(u"provider_error")
        self.provider_error.setWordWrap(True)
        self.provider_error.setProperty(u"styleClass", u"error")

        self.provider_column.addWidget(self.provider_error)


        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.provider_box)

        self.mode_label = QLabel(ServiceRecordDialog)
        self.mode_label.setObjectName(u"mode_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.mode_label)

        self.mode_box = QWidget(ServiceRecordDialog)
        self.mode_box.setObjectName(u"mode_box")
        self.mode_column = QVBoxLayout(self.mode_box)
        self.mode_column.setSpacing(2)
        self.mode_column.setObjectName(u"mode_column")
        self.mode_column.setContentsMargins(0, 0, 0, 0)
        self.mode = QComboBox(self.mode_box)
        self.mode.setObjectName(u"mode")

        self.mode_column.addWidget(self.mode)

        self.mode_error = QLabel(self.mode_box)
        self.mode_error.setObjectName(u"mode_error")
        self.mode_error.setWordWrap(True)
        self.mode_error.setProperty(u"styleClass", u"error")

        self.mode_column.addWidget(self.mode_error)


        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.mode_box)

        self.minutes_label = QLabel(ServiceRecordDialog)
        self.minutes_label.setObjectName(u"minutes_label")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.minutes_label)

        self.minutes_box = QWidget(ServiceRecordDialog)
        self.minutes_box.setObjectName(u"minutes_box")
        self.minutes_column = QVBoxLayout(self.minutes_box)
        self.minutes_column.setSpacing(2)
        self.minutes_column.setObjectName(u"minutes_column")
        self.minutes_column.setContentsMargins(0, 0, 0, 0)
        self.minutes = QSpinBox(self.minutes_box)
        self.minutes.setObjectName(u"minutes")
        self.minutes.setMaximum(1440)
        self.minutes.setSingleStep(5)

        self.minutes_column.addWidget(self.minutes)

        self.minutes_error = QLabel(self.minutes_box)
        self.minutes_error.setObjectName(u"minutes_error")
        self.minutes_error.setWordWrap(True)
        self.minutes_error.setProperty(u"styleClass", u"error")

        self.minutes_column.addWidget(self.minutes_error)


        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.minutes_box)

        self.funding_label = QLabel(ServiceRecordDialog)
        self.funding_label.setObjectName(u"funding_label")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.funding_label)

        self.funding_box = QWidget(ServiceRecordDialog)
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

        self.status_label = QLabel(ServiceRecordDialog)
        self.status_label.setObjectName(u"status_label")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.status_label)

        self.status_box = QWidget(ServiceRecordDialog)
        self.status_box.setObjectName(u"status_box")
        self.status_column = QVBoxLayout(self.status_box)
        self.status_column.setSpacing(2)
        self.status_column.setObjectName(u"status_column")
        self.status_column.setContentsMargins(0, 0, 0, 0)
        self.status = QComboBox(self.status_box)
        self.status.setObjectName(u"status")

        self.status_column.addWidget(self.status)

        self.status_error = QLabel(self.status_box)
        self.status_error.setObjectName(u"status_error")
        self.status_error.setWordWrap(True)
        self.status_error.setProperty(u"styleClass", u"error")

        self.status_column.addWidget(self.status_error)


        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.status_box)

        self.note_label = QLabel(ServiceRecordDialog)
        self.note_label.setObjectName(u"note_label")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.note_label)

        self.note_box = QWidget(ServiceRecordDialog)
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


        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.note_box)

        self.reason_label = QLabel(ServiceRecordDialog)
        self.reason_label.setObjectName(u"reason_label")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.reason_label)

        self.reason_box = QWidget(ServiceRecordDialog)
        self.reason_box.setObjectName(u"reason_box")
        self.reason_column = QVBoxLayout(self.reason_box)
        self.reason_column.setSpacing(2)
        self.reason_column.setObjectName(u"reason_column")
        self.reason_column.setContentsMargins(0, 0, 0, 0)
        self.reason = QLineEdit(self.reason_box)
        self.reason.setObjectName(u"reason")

        self.reason_column.addWidget(self.reason)

        self.reason_error = QLabel(self.reason_box)
        self.reason_error.setObjectName(u"reason_error")
        self.reason_error.setWordWrap(True)
        self.reason_error.setProperty(u"styleClass", u"error")

        self.reason_column.addWidget(self.reason_error)


        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.reason_box)


        self.layout.addLayout(self.form)

        self.room = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.room)

        self.message = QLabel(ServiceRecordDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)
        self.message.setProperty(u"styleClass", u"error")

        self.layout.addWidget(self.message)

        self.buttons = QDialogButtonBox(ServiceRecordDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.provided_on_label.setBuddy(self.provided_on)
        self.category_label.setBuddy(self.category)
        self.provider_label.setBuddy(self.provider)
        self.mode_label.setBuddy(self.mode)
        self.minutes_label.setBuddy(self.minutes)
        self.funding_label.setBuddy(self.funding)
        self.status_label.setBuddy(self.status)
        self.note_label.setBuddy(self.note)
        self.reason_label.setBuddy(self.reason)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.provided_on, self.category)
        QWidget.setTabOrder(self.category, self.provider)
        QWidget.setTabOrder(self.provider, self.mode)
        QWidget.setTabOrder(self.mode, self.minutes)
        QWidget.setTabOrder(self.minutes, self.funding)
        QWidget.setTabOrder(self.funding, self.status)
        QWidget.setTabOrder(self.status, self.note)
        QWidget.setTabOrder(self.note, self.reason)

        self.retranslateUi(ServiceRecordDialog)
        self.buttons.rejected.connect(ServiceRecordDialog.reject)

        QMetaObject.connectSlotsByName(ServiceRecordDialog)
    # setupUi

    def retranslateUi(self, ServiceRecordDialog):
        ServiceRecordDialog.setWindowTitle(QCoreApplication.translate("ServiceRecordDialog", u"Service", None))
        self.intro.setText(QCoreApplication.translate("ServiceRecordDialog", u"A service given to this client: what, when, by whom and for how long. You can change it for 7 days; after that a supervisor corrects it, with a reason.", None))
        self.provided_on_label.setText(QCoreApplication.translate("ServiceRecordDialog", u"&Date:", None))
#if QT_CONFIG(accessibility)
        self.provided_on.setAccessibleName(QCoreApplication.translate("ServiceRecordDialog", u"Date of the service", None))
#endif // QT_CONFIG(accessibility)
        self.category_label.setText(QCoreApplication.translate("ServiceRecordDialog", u"&Category:", None))
#if QT_CONFIG(accessibility)
        self.category.setAccessibleName(QCoreApplication.translate("ServiceRecordDialog", u"Service category", None))
#endif // QT_CONFIG(accessibility)
        self.category_hint.setText(QCoreApplication.translate("ServiceRecordDialog", u"Type a few letters to find the category.", None))
        self.provider_label.setText(QCoreApplication.translate("ServiceRecordDialog", u"Provided &by:", None))
#if QT_CONFIG(accessibility)
        self.provider.setAccessibleName(QCoreApplication.translate("ServiceRecordDialog", u"Who provided the service", None))
#endif // QT_CONFIG(accessibility)
        self.mode_label.setText(QCoreApplication.translate("ServiceRecordDialog", u"&Mode:", None))
#if QT_CONFIG(accessibility)
        self.mode.setAccessibleName(QCoreApplication.translate("ServiceRecordDialog", u"How the service was given", None))
#endif // QT_CONFIG(accessibility)
        self.minutes_label.setText(QCoreApplication.translate("ServiceRecordDialog", u"M&inutes:", None))
#if QT_CONFIG(accessibility)
        self.minutes.setAccessibleName(QCoreApplication.translate("ServiceRecordDialog", u"Minutes spent", None))
#endif // QT_CONFIG(accessibility)
        self.funding_label.setText(QCoreApplication.translate("ServiceRecordDialog", u"&Funding source:", None))
#if QT_CONFIG(accessibility)
        self.funding.setAccessibleName(QCoreApplication.translate("ServiceRecordDialog", u"Funding source", None))
#endif // QT_CONFIG(accessibility)
        self.status_label.setText(QCoreApplication.translate("ServiceRecordDialog", u"S&tatus:", None))
#if QT_CONFIG(accessibility)
        self.status.setAccessibleName(QCoreApplication.translate("ServiceRecordDialog", u"Status of the service", None))
#endif // QT_CONFIG(accessibility)
        self.note_label.setText(QCoreApplication.translate("ServiceRecordDialog", u"&Note:", None))
#if QT_CONFIG(accessibility)
        self.note.setAccessibleName(QCoreApplication.translate("ServiceRecordDialog", u"Note about the service", None))
#endif // QT_CONFIG(accessibility)
        self.reason_label.setText(QCoreApplication.translate("ServiceRecordDialog", u"&Reason for the correction:", None))
#if QT_CONFIG(accessibility)
        self.reason.setAccessibleName(QCoreApplication.translate("ServiceRecordDialog", u"Reason for the correction", None))
#endif // QT_CONFIG(accessibility)
        self.reason.setPlaceholderText(QCoreApplication.translate("ServiceRecordDialog", u"Required: why the record changes, for whoever reads the history", None))
    # retranslateUi

