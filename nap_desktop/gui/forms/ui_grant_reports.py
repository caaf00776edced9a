# Generated from ui/grant_reports.ui by tools/compile_ui.py — do not edit; edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'grant_reports.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QComboBox, QDateEdit, QDialog, QDialogButtonBox,
    QFormLayout, QHeaderView, QLabel, QProgressBar,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

class Ui_GrantReportsDialog(object):
    def setupUi(self, GrantReportsDialog):
        if not GrantReportsDialog.objectName():
            GrantReportsDialog.setObjectName(u"GrantReportsDialog")
        GrantReportsDialog.resize(640, 620)
        self.layout = QVBoxLayout(GrantReportsDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(GrantReportsDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)
        self.intro.setProperty(u"styleClass", u"hint")

        self.layout.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.report_label = QLabel(GrantReportsDialog)
        self.report_label.setObjectName(u"report_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.report_label)

        self.report = QComboBox(GrantReportsDialog)
        self.report.setObjectName(u"report")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.report)

        self.period_label = QLabel(GrantReportsDialog)
        self.period_label.setObjectName(u"period_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.period_label)

        self.period = QComboBox(GrantReportsDialog)
        self.period.setObjectName(u"period")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.period)

        self.from_label = QLabel(GrantReportsDialog)
        self.from_label.setObjectName(u"from_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.from_label)

        self.from_date = QDateEdit(GrantReportsDialog)
        self.from_date.setObjectName(u"from_date")
        self.from_date.setCalendarPopup(True)
        self.from_date.setDisplayFormat(u"yyyy-MM-dd")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.from_date)

        self.to_label = QLabel(GrantReportsDialog)
        self.to_label.setObjectName(u"to_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.to_label)

        self.to_date = QDateEdit(GrantReportsDialog)
        self.to_date.setObjectName(u"to_date")
        self.to_date.setCalendarPopup(True)
        self.to_date.setDisplayFormat(u"yyyy-MM-dd")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.to_date)

        self.funding_label = QLabel(GrantReportsDialog)
        self.funding_label.setObjectName(u"funding_label")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.funding_label)

        self.funding = QComboBox(GrantReportsDialog)
        self.funding.setObjectName(u"funding")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.funding)

        self.hmis_label = QLabel(GrantReportsDialog)
        self.hmis_label.setObjectName(u"hmis_label")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.hmis_label)

        self.hmis_version = QComboBox(GrantReportsDialog)
        self.hmis_version.setObjectName(u"hmis_version")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.hmis_version)

        self.language_label = QLabel(GrantReportsDialog)
        self.language_label.setObjectName(u"language_label")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.language_label)

        self.language = QComboBox(GrantReportsDialog)
        self.language.setObjectName(u"language")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.language)

        self.file_type_label = QLabel(GrantReportsDialog)
        self.file_type_label.setObjectName(u"file_type_label")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.file_type_label)

        self.file_type = QComboBox(GrantReportsDialog)
        self.file_type.setObjectName(u"file_type")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.file_type)

        self.outside = QCheckBox(GrantReportsDialog)
        self.outside.setObjectName(u"outside")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.outside)


        self.layout.addLayout(self.form)

        self.progress = QProgressBar(GrantReportsDialog)
        self.progress.setObjectName(u"progress")
        self.progress.setValue(0)

        self.layout.addWidget(self.progress)

        self.status = QLabel(GrantReportsDialog)
        self.status.setObjectName(u"status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.setProperty(u"styleClass", u"hint")

        self.layout.addWidget(self.status)

        self.result = QLabel(GrantReportsDialog)
        self.result.setObjectName(u"result")
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result.setProperty(u"styleClass", u"hint")

        self.layout.addWidget(self.result)

        self.cases_label = QLabel(GrantReportsDialog)
        self.cases_label.setObjectName(u"cases_label")

        self.layout.addWidget(self.cases_label)

        self.cases = QTableView(GrantReportsDialog)
        self.cases.setObjectName(u"cases")
        self.cases.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.cases.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.cases.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.cases.setTabKeyNavigation(False)

        self.layout.addWidget(self.cases)

        self.room = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.room)

        self.buttons = QDialogButtonBox(GrantReportsDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.layout.addWidget(self.buttons)

        self.layout.setStretch(6, 1)
#if QT_CONFIG(shortcut)
        self.report_label.setBuddy(self.report)
        self.period_label.setBuddy(self.period)
        self.from_label.setBuddy(self.from_date)
        self.to_label.setBuddy(self.to_date)
        self.funding_label.setBuddy(self.funding)
        self.hmis_label.setBuddy(self.hmis_version)
        self.language_label.setBuddy(self.language)
        self.file_type_label.setBuddy(self.file_type)
        self.cases_label.setBuddy(self.cases)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.report, self.period)
        QWidget.setTabOrder(self.period, self.from_date)
        QWidget.setTabOrder(self.from_date, self.to_date)
        QWidget.setTabOrder(self.to_date, self.funding)
        QWidget.setTabOrder(self.funding, self.hmis_version)
        QWidget.setTabOrder(self.hmis_version, self.language)
        QWidget.setTabOrder(self.language, self.file_type)
        QWidget.setTabOrder(self.file_type, self.outside)
        QWidget.setTabOrder(self.outside, self.cases)

        self.retranslateUi(GrantReportsDialog)
        self.buttons.rejected.connect(GrantReportsDialog.reject)

        QMetaObject.connectSlotsByName(GrantReportsDialog)
    # setupUi

    def retranslateUi(self, GrantReportsDialog):
        GrantReportsDialog.setWindowTitle(QCoreApplication.translate("GrantReportsDialog", u"Grant reports", None))
        self.intro.setText(QCoreApplication.translate("GrantReportsDialog", u"Figures for funders, made from the records already entered. A report for use outside the agency hides every count under 10, so that no survivor can be singled out.", None))
        self.report_label.setText(QCoreApplication.translate("GrantReportsDialog", u"&Report:", None))
#if QT_CONFIG(accessibility)
        self.report.setAccessibleName(QCoreApplication.translate("GrantReportsDialog", u"Report to make", None))
#endif // QT_CONFIG(accessibility)
        self.period_label.setText(QCoreApplication.translate("GrantReportsDialog", u"&Period:", None))
#if QT_CONFIG(accessibility)
        self.period.setAccessibleName(QCoreApplication.translate("GrantReportsDialog", u"Period preset", None))
#endif // QT_CONFIG(accessibility)
        self.from_label.setText(QCoreApplication.translate("GrantReportsDialog", u"&From:", None))
#if QT_CONFIG(accessibility)
        self.from_date.setAccessibleName(QCoreApplication.translate("GrantReportsDialog", u"First day of the report period", None))
#endif // QT_CONFIG(accessibility)
        self.to_label.setText(QCoreApplication.translate("GrantReportsDialog", u"&To:", None))
#if QT_CONFIG(accessibility)
        self.to_date.setAccessibleName(QCoreApplication.translate("GrantReportsDialog", u"Last day of the report period", None))
#endif // QT_CONFIG(accessibility)
        self.funding_label.setText(QCoreApplication.translate("GrantReportsDialog", u"F&unding source:", None))
#if QT_CONFIG(accessibility)
        self.funding.setAccessibleName(QCoreApplication.translate("GrantReportsDialog", u"Funding source the report counts", None))
#endif // QT_CONFIG(accessibility)
        self.hmis_label.setText(QCoreApplication.translate("GrantReportsDialog", u"HMIS &version:", None))
#if QT_CONFIG(accessibility)
        self.hmis_version.setAccessibleName(QCoreApplication.translate("GrantReportsDialog", u"HMIS CSV format version", None))
#endif // QT_CONFIG(accessibility)
        self.language_label.setText(QCoreApplication.translate("GrantReportsDialog", u"&Language:", None))
#if QT_CONFIG(accessibility)
        self.language.setAccessibleName(QCoreApplication.translate("GrantReportsDialog", u"Language of the report", None))
#endif // QT_CONFIG(accessibility)
        self.file_type_label.setText(QCoreApplication.translate("GrantReportsDialog", u"File t&ype:", None))
#if QT_CONFIG(accessibility)
        self.file_type.setAccessibleName(QCoreApplication.translate("GrantReportsDialog", u"File type of the report", None))
#endif // QT_CONFIG(accessibility)
        self.outside.setText(QCoreApplication.translate("GrantReportsDialog", u"For use &outside the agency (hides counts under 10)", None))
#if QT_CONFIG(accessibility)
        self.outside.setAccessibleName(QCoreApplication.translate("GrantReportsDialog", u"For use outside the agency: counts under 10 are hidden", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.progress.setAccessibleName(QCoreApplication.translate("GrantReportsDialog", u"Progress of the report", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.status.setAccessibleName(QCoreApplication.translate("GrantReportsDialog", u"State of the report", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.result.setAccessibleName(QCoreApplication.translate("GrantReportsDialog", u"Where the report was saved", None))
#endif // QT_CONFIG(accessibility)
        self.cases_label.setText(QCoreApplication.translate("GrantReportsDialog", u"&Cases to fix (Enter opens one):", None))
#if QT_CONFIG(accessibility)
        self.cases.setAccessibleName(QCoreApplication.translate("GrantReportsDialog", u"Cases to fix", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

