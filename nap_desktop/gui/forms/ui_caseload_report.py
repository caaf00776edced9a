# Generated from ui/caseload_report.ui by tools/compile_ui.py — do not edit; edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'caseload_report.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDialog, QFormLayout,
    QHBoxLayout, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_CaseloadReportDialog(object):
    def setupUi(self, CaseloadReportDialog):
        if not CaseloadReportDialog.objectName():
            CaseloadReportDialog.setObjectName(u"CaseloadReportDialog")
        CaseloadReportDialog.resize(1000, 760)
        self.layout = QVBoxLayout(CaseloadReportDialog)
        self.layout.setObjectName(u"layout")
        self.top = QHBoxLayout()
        self.top.setObjectName(u"top")
        self.side = QWidget(CaseloadReportDialog)
        self.side.setObjectName(u"side")
        self.side.setMaximumSize(QSize(340, 16777215))
        self.column = QVBoxLayout(self.side)
        self.column.setObjectName(u"column")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.filters_label = QLabel(self.side)
        self.filters_label.setObjectName(u"filters_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.filters_label)

        self.filters = QLabel(self.side)
        self.filters.setObjectName(u"filters")
        self.filters.setWordWrap(True)
        self.filters.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.filters)

        self.language_label = QLabel(self.side)
        self.language_label.setObjectName(u"language_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.language_label)

        self.language = QComboBox(self.side)
        self.language.setObjectName(u"language")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.language)


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

        self.view = QPdfView(CaseloadReportDialog)
        self.view.setObjectName(u"view")

        self.top.addWidget(self.view)

        self.top.setStretch(1, 1)

        self.layout.addLayout(self.top)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.preview_button = QPushButton(CaseloadReportDialog)
        self.preview_button.setObjectName(u"preview_button")

        self.buttons.addWidget(self.preview_button)

        self.buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttons_spacer)

        self.print_button = QPushButton(CaseloadReportDialog)
        self.print_button.setObjectName(u"print_button")

        self.buttons.addWidget(self.print_button)

        self.save_button = QPushButton(CaseloadReportDialog)
        self.save_button.setObjectName(u"save_button")

        self.buttons.addWidget(self.save_button)

        self.close_button = QPushButton(CaseloadReportDialog)
        self.close_button.setObjectName(u"close_button")

        self.buttons.addWidget(self.close_button)


        self.layout.addLayout(self.buttons)

        self.layout.setStretch(0, 1)
#if QT_CONFIG(shortcut)
        self.language_label.setBuddy(self.language)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.language, self.view)
        QWidget.setTabOrder(self.view, self.preview_button)
        QWidget.setTabOrder(self.preview_button, self.print_button)
        QWidget.setTabOrder(self.print_button, self.save_button)
        QWidget.setTabOrder(self.save_button, self.close_button)

        self.retranslateUi(CaseloadReportDialog)
        self.close_button.clicked.connect(CaseloadReportDialog.reject)

        QMetaObject.connectSlotsByName(CaseloadReportDialog)
    # setupUi

    def retranslateUi(self, CaseloadReportDialog):
        self.filters_label.setText(QCoreApplication.translate("CaseloadReportDialog", u"Filters:", None))
#if QT_CONFIG(accessibility)
        self.filters.setAccessibleName(QCoreApplication.translate("CaseloadReportDialog", u"The filters the report uses", None))
#endif // QT_CONFIG(accessibility)
        self.language_label.setText(QCoreApplication.translate("CaseloadReportDialog", u"&Language:", None))
#if QT_CONFIG(accessibility)
        self.language.setAccessibleName(QCoreApplication.translate("CaseloadReportDialog", u"Language of the report", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.hint.setAccessibleName(QCoreApplication.translate("CaseloadReportDialog", u"What the report holds", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.saved_note.setAccessibleName(QCoreApplication.translate("CaseloadReportDialog", u"Where the report was saved", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.view.setAccessibleName(QCoreApplication.translate("CaseloadReportDialog", u"Report preview", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.preview_button.setAccessibleName(QCoreApplication.translate("CaseloadReportDialog", u"Update the preview", None))
#endif // QT_CONFIG(accessibility)
        self.preview_button.setText(QCoreApplication.translate("CaseloadReportDialog", u"&Update preview", None))
#if QT_CONFIG(accessibility)
        self.print_button.setAccessibleName(QCoreApplication.translate("CaseloadReportDialog", u"Print the report", None))
#endif // QT_CONFIG(accessibility)
        self.print_button.setText(QCoreApplication.translate("CaseloadReportDialog", u"&Print\u2026", None))
#if QT_CONFIG(accessibility)
        self.save_button.setAccessibleName(QCoreApplication.translate("CaseloadReportDialog", u"Save the report as a PDF file", None))
#endif // QT_CONFIG(accessibility)
        self.save_button.setText(QCoreApplication.translate("CaseloadReportDialog", u"&Save as PDF\u2026", None))
#if QT_CONFIG(accessibility)
        self.close_button.setAccessibleName(QCoreApplication.translate("CaseloadReportDialog", u"Close", None))
#endif // QT_CONFIG(accessibility)
        self.close_button.setText(QCoreApplication.translate("CaseloadReportDialog", u"Close", None))
        pass
    # retranslateUi

