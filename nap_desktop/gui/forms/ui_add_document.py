# Generated from ui/add_document.ui by tools/compile_ui.py — do not edit; edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'add_document.ui'
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
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QProgressBar, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

from nap_desktop.gui.widgets.intake_fields import UnknownDateField

class Ui_AddDocumentDialog(object):
    def setupUi(self, AddDocumentDialog):
        if not AddDocumentDialog.objectName():
            AddDocumentDialog.setObjectName(u"AddDocumentDialog")
        AddDocumentDialog.setMinimumSize(QSize(560, 0))
        self.layout = QVBoxLayout(AddDocumentDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(AddDocumentDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)
        self.intro.setProperty(u"styleClass", u"hint")

        self.layout.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.file_label = QLabel(AddDocumentDialog)
        self.file_label.setObjectName(u"file_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.file_label)

        self.file_box = QWidget(AddDocumentDialog)
        self.file_box.setObjectName(u"file_box")
        self.file_column = QVBoxLayout(self.file_box)
        self.file_column.setSpacing(2)
        self.file_column.setObjectName(u"file_column")
        self.file_column.setContentsMargins(0, 0, 0, 0)
        self.file_picker = QWidget(self.file_box)
        self.file_picker.setObjectName(u"file_picker")
        self.file_row = QHBoxLayout(self.file_picker)
        self.file_row.setObjectName(u"file_row")
        self.file_row.setContentsMargins(0, 0, 0, 0)
        self.file = QLineEdit(self.file_picker)
        self.file.setObjectName(u"file")

        self.file_row.addWidget(self.file)

        self.browse_button = QPushButton(self.file_picker)
        self.browse_button.setObjectName(u"browse_button")
        self.browse_button.setAutoDefault(False)

        self.file_row.addWidget(self.browse_button)


        self.file_column.addWidget(self.file_picker)

        self.file_error = QLabel(self.file_box)
        self.file_error.setObjectName(u"file_error")
        self.file_error.setWordWrap(True)
        self.file_error.setProperty(u"styleClass", u"error")

        self.file_column.addWidget(self.file_error)


        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.file_box)

        self.kind_label = QLabel(AddDocumentDialog)
        self.kind_label.setObjectName(u"kind_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.kind_box = QWidget(AddDocumentDialog)
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


        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kind_box)

        self.title_label = QLabel(AddDocumentDialog)
        self.title_label.setObjectName(u"title_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.title_label)

        self.title_box = QWidget(AddDocumentDialog)
        self.title_box.setObjectName(u"title_box")
        self.title_column = QVBoxLayout(self.title_box)
        self.title_column.setSpacing(2)
        self.title_column.setObjectName(u"title_column")
        self.title_column.setContentsMargins(0, 0, 0, 0)
        self.title = QLineEdit(self.title_box)
        self.title.setObjectName(u"title")
        self.title.setMaxLength(200)

        self.title_column.addWidget(self.title)

        self.title_error = QLabel(self.title_box)
        self.title_error.setObjectName(u"title_error")
        self.title_error.setWordWrap(True)
        self.title_error.setProperty(u"styleClass", u"error")

        self.title_column.addWidget(self.title_error)


        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.title_box)

        self.doc_date_label = QLabel(AddDocumentDialog)
        self.doc_date_label.setObjectName(u"doc_date_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.doc_date_label)

        self.doc_date_box = QWidget(AddDocumentDialog)
        self.doc_date_box.setObjectName(u"doc_date_box")
        self.doc_date_column = QVBoxLayout(self.doc_date_box)
        self.doc_date_column.setSpacing(2)
        self.doc_date_column.setObjectName(u"doc_date_column")
        self.doc_date_column.setContentsMargins(0, 0, 0, 0)
        self.doc_date = UnknownDateField(self.doc_date_box)
        self.doc_date.setObjectName(u"doc_date")

        self.doc_date_column.addWidget(self.doc_date)

        self.doc_date_error = QLabel(self.doc_date_box)
        self.doc_date_error.setObjectName(u"doc_date_error")
        self.doc_date_error.setWordWrap(True)
        self.doc_date_error.setProperty(u"styleClass", u"error")

        self.doc_date_column.addWidget(self.doc_date_error)


        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.doc_date_box)

        self.attach_label = QLabel(AddDocumentDialog)
        self.attach_label.setObjectName(u"attach_label")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.attach_label)

        self.attach_box = QWidget(AddDocumentDialog)
        self.attach_box.setObjectName(u"attach_box")
        self.attach_column = QVBoxLayout(self.attach_box)
        self.attach_column.setSpacing(2)
        self.attach_column.setObjectName(u"attach_column")
        self.attach_column.setContentsMargins(0, 0, 0, 0)
        self.attach = QComboBox(self.attach_box)
        self.attach.setObjectName(u"attach")

        self.attach_column.addWidget(self.attach)

        self.attach_error = QLabel(self.attach_box)
        self.attach_error.setObjectName(u"attach_error")
        self.attach_error.setWordWrap(True)
        self.attach_error.setProperty(u"styleClass", u"error")

        self.attach_column.addWidget(self.attach_error)


        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.attach_box)


        self.layout.addLayout(self.form)

        self.room = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.room)

        self.busy = QWidget(AddDocumentDialog)
        self.busy.setObjectName(u"busy")
        self.busy_row = QHBoxLayout(self.busy)
        self.busy_row.setObjectName(u"busy_row")
        self.busy_row.setContentsMargins(0, 0, 0, 0)
        self.busy_text = QLabel(self.busy)
        self.busy_text.setObjectName(u"busy_text")

        self.busy_row.addWidget(self.busy_text)

        self.progress = QProgressBar(self.busy)
        self.progress.setObjectName(u"progress")
        self.progress.setMaximum(100)
        self.progress.setValue(0)

        self.busy_row.addWidget(self.progress)


        self.layout.addWidget(self.busy)

        self.bottom = QHBoxLayout()
        self.bottom.setObjectName(u"bottom")
        self.message = QLabel(AddDocumentDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)
        self.message.setProperty(u"styleClass", u"error")

        self.bottom.addWidget(self.message)

        self.buttons = QDialogButtonBox(AddDocumentDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel)

        self.bottom.addWidget(self.buttons)

        self.bottom.setStretch(0, 1)

        self.layout.addLayout(self.bottom)

#if QT_CONFIG(shortcut)
        self.file_label.setBuddy(self.file)
        self.kind_label.setBuddy(self.kind)
        self.title_label.setBuddy(self.title)
        self.doc_date_label.setBuddy(self.doc_date)
        self.attach_label.setBuddy(self.attach)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.file, self.browse_button)
        QWidget.setTabOrder(self.browse_button, self.kind)
        QWidget.setTabOrder(self.kind, self.title)
        QWidget.setTabOrder(self.title, self.doc_date)
        QWidget.setTabOrder(self.doc_date, self.attach)

        self.retranslateUi(AddDocumentDialog)

        QMetaObject.connectSlotsByName(AddDocumentDialog)
    # setupUi

    def retranslateUi(self, AddDocumentDialog):
        AddDocumentDialog.setWindowTitle(QCoreApplication.translate("AddDocumentDialog", u"Add document", None))
        self.intro.setText(QCoreApplication.translate("AddDocumentDialog", u"The file is kept encrypted in the vault: a PDF, PNG or JPEG of at most 25 MB. Its type is checked from its content. A photo's location and camera details are removed before it is stored.", None))
        self.file_label.setText(QCoreApplication.translate("AddDocumentDialog", u"&File:", None))
#if QT_CONFIG(accessibility)
        self.file.setAccessibleName(QCoreApplication.translate("AddDocumentDialog", u"File to add", None))
#endif // QT_CONFIG(accessibility)
        self.file.setPlaceholderText(QCoreApplication.translate("AddDocumentDialog", u"A PDF, PNG or JPEG file", None))
        self.browse_button.setText(QCoreApplication.translate("AddDocumentDialog", u"&Browse\u2026", None))
#if QT_CONFIG(accessibility)
        self.browse_button.setAccessibleName(QCoreApplication.translate("AddDocumentDialog", u"Choose the file to add", None))
#endif // QT_CONFIG(accessibility)
        self.kind_label.setText(QCoreApplication.translate("AddDocumentDialog", u"&Kind:", u"document"))
#if QT_CONFIG(accessibility)
        self.kind.setAccessibleName(QCoreApplication.translate("AddDocumentDialog", u"Kind of document", None))
#endif // QT_CONFIG(accessibility)
        self.title_label.setText(QCoreApplication.translate("AddDocumentDialog", u"&Title:", None))
#if QT_CONFIG(accessibility)
        self.title.setAccessibleName(QCoreApplication.translate("AddDocumentDialog", u"Title", None))
#endif // QT_CONFIG(accessibility)
        self.title.setPlaceholderText(QCoreApplication.translate("AddDocumentDialog", u"What it is, e.g. \u201cT visa approval notice\u201d", None))
        self.doc_date_label.setText(QCoreApplication.translate("AddDocumentDialog", u"Dat&e:", None))
#if QT_CONFIG(accessibility)
        self.doc_date.setAccessibleName(QCoreApplication.translate("AddDocumentDialog", u"Date on the document", None))
#endif // QT_CONFIG(accessibility)
        self.attach_label.setText(QCoreApplication.translate("AddDocumentDialog", u"&Attach to:", None))
#if QT_CONFIG(accessibility)
        self.attach.setAccessibleName(QCoreApplication.translate("AddDocumentDialog", u"Attach to", None))
#endif // QT_CONFIG(accessibility)
        self.busy_text.setText(QCoreApplication.translate("AddDocumentDialog", u"Checking and encrypting the file\u2026", None))
#if QT_CONFIG(accessibility)
        self.progress.setAccessibleName(QCoreApplication.translate("AddDocumentDialog", u"Adding the document", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.message.setAccessibleName(QCoreApplication.translate("AddDocumentDialog", u"Problem with this document", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

