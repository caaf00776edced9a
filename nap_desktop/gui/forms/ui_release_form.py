# Generated from ui/release_form.ui by tools/compile_ui.py — do not edit; edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'release_form.ui'
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
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDialog,
    QFormLayout, QHBoxLayout, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_ReleaseFormDialog(object):
    def setupUi(self, ReleaseFormDialog):
        if not ReleaseFormDialog.objectName():
            ReleaseFormDialog.setObjectName(u"ReleaseFormDialog")
        ReleaseFormDialog.resize(1000, 760)
        self.layout = QVBoxLayout(ReleaseFormDialog)
        self.layout.setObjectName(u"layout")
        self.top = QHBoxLayout()
        self.top.setObjectName(u"top")
        self.side = QWidget(ReleaseFormDialog)
        self.side.setObjectName(u"side")
        self.side.setMaximumSize(QSize(380, 16777215))
        self.column = QVBoxLayout(self.side)
        self.column.setObjectName(u"column")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.partner_label = QLabel(self.side)
        self.partner_label.setObjectName(u"partner_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.partner_label)

        self.partner = QComboBox(self.side)
        self.partner.setObjectName(u"partner")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.partner)

        self.language_label = QLabel(self.side)
        self.language_label.setObjectName(u"language_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.language_label)

        self.language = QComboBox(self.side)
        self.language.setObjectName(u"language")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.language)

        self.name_label = QLabel(self.side)
        self.name_label.setObjectName(u"name_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.print_name = QCheckBox(self.side)
        self.print_name.setObjectName(u"print_name")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.print_name)


        self.column.addLayout(self.form)

        self.hint = QLabel(self.side)
        self.hint.setObjectName(u"hint")
        self.hint.setWordWrap(True)
        self.hint.setProperty(u"styleClass", u"hint")

        self.column.addWidget(self.hint)

        self.error = QLabel(self.side)
        self.error.setObjectName(u"error")
        self.error.setWordWrap(True)
        self.error.setProperty(u"styleClass", u"error")

        self.column.addWidget(self.error)

        self.saved_note = QLabel(self.side)
        self.saved_note.setObjectName(u"saved_note")
        self.saved_note.setWordWrap(True)
        self.saved_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.saved_note.setProperty(u"styleClass", u"hint")

        self.column.addWidget(self.saved_note)

        self.column_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.column.addItem(self.column_spacer)


        self.top.addWidget(self.side)

        self.view = QPdfView(ReleaseFormDialog)
        self.view.setObjectName(u"view")

        self.top.addWidget(self.view)

        self.top.setStretch(1, 1)

        self.layout.addLayout(self.top)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.preview_button = QPushButton(ReleaseFormDialog)
        self.preview_button.setObjectName(u"preview_button")

        self.buttons.addWidget(self.preview_button)

        self.buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttons_spacer)

        self.print_button = QPushButton(ReleaseFormDialog)
        self.print_button.setObjectName(u"print_button")

        self.buttons.addWidget(self.print_button)

        self.save_button = QPushButton(ReleaseFormDialog)
        self.save_button.setObjectName(u"save_button")

        self.buttons.addWidget(self.save_button)

        self.close_button = QPushButton(ReleaseFormDialog)
        self.close_button.setObjectName(u"close_button")

        self.buttons.addWidget(self.close_button)


        self.layout.addLayout(self.buttons)

        self.layout.setStretch(0, 1)
#if QT_CONFIG(shortcut)
        self.partner_label.setBuddy(self.partner)
        self.language_label.setBuddy(self.language)
        self.name_label.setBuddy(self.print_name)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.partner, self.language)
        QWidget.setTabOrder(self.language, self.print_name)
        QWidget.setTabOrder(self.print_name, self.view)
        QWidget.setTabOrder(self.view, self.preview_button)
        QWidget.setTabOrder(self.preview_button, self.print_button)
        QWidget.setTabOrder(self.print_button, self.save_button)
        QWidget.setTabOrder(self.save_button, self.close_button)

        self.retranslateUi(ReleaseFormDialog)
        self.close_button.clicked.connect(ReleaseFormDialog.reject)

        QMetaObject.connectSlotsByName(ReleaseFormDialog)
    # setupUi

    def retranslateUi(self, ReleaseFormDialog):
        self.partner_label.setText(QCoreApplication.translate("ReleaseFormDialog", u"&Release to:", None))
#if QT_CONFIG(accessibility)
        self.partner.setAccessibleName(QCoreApplication.translate("ReleaseFormDialog", u"Agency the release is for", None))
#endif // QT_CONFIG(accessibility)
        self.language_label.setText(QCoreApplication.translate("ReleaseFormDialog", u"&Language:", None))
#if QT_CONFIG(accessibility)
        self.language.setAccessibleName(QCoreApplication.translate("ReleaseFormDialog", u"Language of the form", None))
#endif // QT_CONFIG(accessibility)
        self.name_label.setText(QCoreApplication.translate("ReleaseFormDialog", u"&Name:", None))
#if QT_CONFIG(accessibility)
        self.print_name.setAccessibleName(QCoreApplication.translate("ReleaseFormDialog", u"Print the survivor's name on the form", None))
#endif // QT_CONFIG(accessibility)
        self.print_name.setText(QCoreApplication.translate("ReleaseFormDialog", u"Print the survivor's name", None))
#if QT_CONFIG(accessibility)
        self.hint.setAccessibleName(QCoreApplication.translate("ReleaseFormDialog", u"What the form prints", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.saved_note.setAccessibleName(QCoreApplication.translate("ReleaseFormDialog", u"Where the form was saved", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.view.setAccessibleName(QCoreApplication.translate("ReleaseFormDialog", u"Form preview", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.preview_button.setAccessibleName(QCoreApplication.translate("ReleaseFormDialog", u"Update the preview", None))
#endif // QT_CONFIG(accessibility)
        self.preview_button.setText(QCoreApplication.translate("ReleaseFormDialog", u"&Update preview", None))
#if QT_CONFIG(accessibility)
        self.print_button.setAccessibleName(QCoreApplication.translate("ReleaseFormDialog", u"Print the form", None))
#endif // QT_CONFIG(accessibility)
        self.print_button.setText(QCoreApplication.translate("ReleaseFormDialog", u"&Print\u2026", None))
#if QT_CONFIG(accessibility)
        self.save_button.setAccessibleName(QCoreApplication.translate("ReleaseFormDialog", u"Save the form as a PDF file", None))
#endif // QT_CONFIG(accessibility)
        self.save_button.setText(QCoreApplication.translate("ReleaseFormDialog", u"&Save as PDF\u2026", None))
#if QT_CONFIG(accessibility)
        self.close_button.setAccessibleName(QCoreApplication.translate("ReleaseFormDialog", u"Close", None))
#endif // QT_CONFIG(accessibility)
        self.close_button.setText(QCoreApplication.translate("ReleaseFormDialog", u"Close", None))
        pass
    # retranslateUi

