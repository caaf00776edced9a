# Generated from ui/referral_summary.ui by tools/compile_ui.py — do not edit; edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'referral_summary.ui'
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
    QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_SummaryDialog(object):
    def setupUi(self, SummaryDialog):
        if not SummaryDialog.objectName():
            SummaryDialog.setObjectName(u"SummaryDialog")
        SummaryDialog.resize(1000, 760)
        self.layout = QVBoxLayout(SummaryDialog)
        self.layout.setObjectName(u"layout")
        self.top = QHBoxLayout()
        self.top.setObjectName(u"top")
        self.side = QWidget(SummaryDialog)
        self.side.setObjectName(u"side")
        self.side.setMaximumSize(QSize(560, 16777215))
        self.column = QVBoxLayout(self.side)
        self.column.setObjectName(u"column")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.audience_label = QLabel(self.side)
        self.audience_label.setObjectName(u"audience_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.audience_label)

        self.audience = QComboBox(self.side)
        self.audience.setObjectName(u"audience")
        self.audience.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.audience)

        self.language_label = QLabel(self.side)
        self.language_label.setObjectName(u"language_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.language_label)

        self.language = QComboBox(self.side)
        self.language.setObjectName(u"language")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.language)

        self.notes_label = QLabel(self.side)
        self.notes_label.setObjectName(u"notes_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.notes_label)

        self.notes = QCheckBox(self.side)
        self.notes.setObjectName(u"notes")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.notes)

        self.override_label = QLabel(self.side)
        self.override_label.setObjectName(u"override_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.override_label)

        self.override = QCheckBox(self.side)
        self.override.setObjectName(u"override")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.override)

        self.override_reason_label = QLabel(self.side)
        self.override_reason_label.setObjectName(u"override_reason_label")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.override_reason_label)

        self.override_reason = QLineEdit(self.side)
        self.override_reason.setObjectName(u"override_reason")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.override_reason)


        self.column.addLayout(self.form)

        self.withheld = QLabel(self.side)
        self.withheld.setObjectName(u"withheld")
        self.withheld.setWordWrap(True)

        self.column.addWidget(self.withheld)

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

        self.view = QPdfView(SummaryDialog)
        self.view.setObjectName(u"view")

        self.top.addWidget(self.view)

        self.discreet_hint = QLabel(SummaryDialog)
        self.discreet_hint.setObjectName(u"discreet_hint")
        self.discreet_hint.setWordWrap(True)
        self.discreet_hint.setProperty(u"styleClass", u"hint")

        self.top.addWidget(self.discreet_hint)

        self.top.setStretch(1, 1)
        self.top.setStretch(2, 1)

        self.layout.addLayout(self.top)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.preview_button = QPushButton(SummaryDialog)
        self.preview_button.setObjectName(u"preview_button")

        self.buttons.addWidget(self.preview_button)

        self.buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttons_spacer)

        self.print_button = QPushButton(SummaryDialog)
        self.print_button.setObjectName(u"print_button")

        self.buttons.addWidget(self.print_button)

        self.save_button = QPushButton(SummaryDialog)
        self.save_button.setObjectName(u"save_button")

        self.buttons.addWidget(self.save_button)

        self.close_button = QPushButton(SummaryDialog)
        self.close_button.setObjectName(u"close_button")

        self.buttons.addWidget(self.close_button)


        self.layout.addLayout(self.buttons)

        self.layout.setStretch(0, 1)
#if QT_CONFIG(shortcut)
        self.audience_label.setBuddy(self.audience)
        self.language_label.setBuddy(self.language)
        self.notes_label.setBuddy(self.notes)
        self.override_label.setBuddy(self.override)
        self.override_reason_label.setBuddy(self.override_reason)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.audience, self.language)
        QWidget.setTabOrder(self.language, self.notes)
        QWidget.setTabOrder(self.notes, self.override)
        QWidget.setTabOrder(self.override, self.override_reason)
        QWidget.setTabOrder(self.override_reason, self.view)
        QWidget.setTabOrder(self.view, self.preview_button)
        QWidget.setTabOrder(self.preview_button, self.print_button)
        QWidget.setTabOrder(self.print_button, self.save_button)
        QWidget.setTabOrder(self.save_button, self.close_button)

        self.retranslateUi(SummaryDialog)
        self.close_button.clicked.connect(SummaryDialog.reject)

        QMetaObject.connectSlotsByName(SummaryDialog)
    # setupUi

    def retranslateUi(self, SummaryDialog):
        self.audience_label.setText(QCoreApplication.translate("SummaryDialog", u"&For:", None))
#if QT_CONFIG(accessibility)
        self.audience.setAccessibleName(QCoreApplication.translate("SummaryDialog", u"Who the summary is for", None))
#endif // QT_CONFIG(accessibility)
        self.language_label.setText(QCoreApplication.translate("SummaryDialog", u"&Language:", None))
#if QT_CONFIG(accessibility)
        self.language.setAccessibleName(QCoreApplication.translate("SummaryDialog", u"Language of the summary", None))
#endif // QT_CONFIG(accessibility)
        self.notes_label.setText(QCoreApplication.translate("SummaryDialog", u"&Notes:", None))
#if QT_CONFIG(tooltip)
        self.notes.setToolTip(QCoreApplication.translate("SummaryDialog", u"For a partner, notes appear only where a release covers them.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.notes.setAccessibleName(QCoreApplication.translate("SummaryDialog", u"Include case notes", None))
#endif // QT_CONFIG(accessibility)
        self.notes.setText(QCoreApplication.translate("SummaryDialog", u"Include case notes", None))
        self.override_label.setText(QCoreApplication.translate("SummaryDialog", u"&Override:", None))
#if QT_CONFIG(accessibility)
        self.override.setAccessibleName(QCoreApplication.translate("SummaryDialog", u"Supervisor override: include everything", None))
#endif // QT_CONFIG(accessibility)
        self.override.setText(QCoreApplication.translate("SummaryDialog", u"Include everything", None))
        self.override_reason_label.setText(QCoreApplication.translate("SummaryDialog", u"&Reason:", None))
#if QT_CONFIG(accessibility)
        self.override_reason.setAccessibleName(QCoreApplication.translate("SummaryDialog", u"Override reason", None))
#endif // QT_CONFIG(accessibility)
        self.override_reason.setPlaceholderText(QCoreApplication.translate("SummaryDialog", u"Why this partner must see withheld details (recorded in the audit log)", None))
#if QT_CONFIG(accessibility)
        self.withheld.setAccessibleName(QCoreApplication.translate("SummaryDialog", u"What is withheld", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.saved_note.setAccessibleName(QCoreApplication.translate("SummaryDialog", u"Where the summary was saved", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.view.setAccessibleName(QCoreApplication.translate("SummaryDialog", u"Summary preview", None))
#endif // QT_CONFIG(accessibility)
        self.discreet_hint.setText(QCoreApplication.translate("SummaryDialog", u"Discreet mode: the preview is hidden. Print or save to see the summary.", None))
#if QT_CONFIG(accessibility)
        self.preview_button.setAccessibleName(QCoreApplication.translate("SummaryDialog", u"Update the preview", None))
#endif // QT_CONFIG(accessibility)
        self.preview_button.setText(QCoreApplication.translate("SummaryDialog", u"&Update preview", None))
#if QT_CONFIG(accessibility)
        self.print_button.setAccessibleName(QCoreApplication.translate("SummaryDialog", u"Print the summary", None))
#endif // QT_CONFIG(accessibility)
        self.print_button.setText(QCoreApplication.translate("SummaryDialog", u"&Print\u2026", None))
#if QT_CONFIG(accessibility)
        self.save_button.setAccessibleName(QCoreApplication.translate("SummaryDialog", u"Save the summary as a PDF file", None))
#endif // QT_CONFIG(accessibility)
        self.save_button.setText(QCoreApplication.translate("SummaryDialog", u"&Save as PDF\u2026", None))
#if QT_CONFIG(accessibility)
        self.close_button.setAccessibleName(QCoreApplication.translate("SummaryDialog", u"Close", None))
#endif // QT_CONFIG(accessibility)
        self.close_button.setText(QCoreApplication.translate("SummaryDialog", u"Close", None))
        pass
    # retranslateUi

