# Generated from ui/export_review_page.ui by tools/compile_ui.py — do not edit; edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'export_review_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QHBoxLayout,
    QHeaderView, QLabel, QPlainTextEdit, QProgressBar,
    QSizePolicy, QTableView, QVBoxLayout, QWidget,
    QWizardPage)

class Ui_ReviewPage(object):
    def setupUi(self, ReviewPage):
        if not ReviewPage.objectName():
            ReviewPage.setObjectName(u"ReviewPage")
        self.layout = QVBoxLayout(ReviewPage)
        self.layout.setObjectName(u"layout")
        self.busy = QProgressBar(ReviewPage)
        self.busy.setObjectName(u"busy")
        self.busy.setMaximum(0)
        self.busy.setTextVisible(False)

        self.layout.addWidget(self.busy)

        self.summary = QLabel(ReviewPage)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)
        self.summary.setProperty(u"styleClass", u"hint")

        self.layout.addWidget(self.summary)

        self.table_label = QLabel(ReviewPage)
        self.table_label.setObjectName(u"table_label")

        self.layout.addWidget(self.table_label)

        self.table = QTableView(ReviewPage)
        self.table.setObjectName(u"table")
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)

        self.layout.addWidget(self.table)

        self.status = QLabel(ReviewPage)
        self.status.setObjectName(u"status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.layout.addWidget(self.status)

        self.override = QCheckBox(ReviewPage)
        self.override.setObjectName(u"override")

        self.layout.addWidget(self.override)

        self.reason_row = QHBoxLayout()
        self.reason_row.setObjectName(u"reason_row")
        self.reason_label = QLabel(ReviewPage)
        self.reason_label.setObjectName(u"reason_label")

        self.reason_row.addWidget(self.reason_label)

        self.reason = QPlainTextEdit(ReviewPage)
        self.reason.setObjectName(u"reason")
        self.reason.setEnabled(False)
        self.reason.setMaximumSize(QSize(16777215, 70))

        self.reason_row.addWidget(self.reason)

        self.reason_row.setStretch(1, 1)

        self.layout.addLayout(self.reason_row)

        self.override_note = QLabel(ReviewPage)
        self.override_note.setObjectName(u"override_note")
        self.override_note.setWordWrap(True)
        self.override_note.setProperty(u"styleClass", u"hint")

        self.layout.addWidget(self.override_note)

        self.layout.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.table_label.setBuddy(self.table)
        self.reason_label.setBuddy(self.reason)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.table, self.override)
        QWidget.setTabOrder(self.override, self.reason)

        self.retranslateUi(ReviewPage)

        QMetaObject.connectSlotsByName(ReviewPage)
    # setupUi

    def retranslateUi(self, ReviewPage):
        ReviewPage.setTitle(QCoreApplication.translate("ReviewPage", u"Review", None))
        ReviewPage.setSubTitle(QCoreApplication.translate("ReviewPage", u"What will be sent, and what stays here because no active release of information to this partner covers it.", None))
#if QT_CONFIG(accessibility)
        self.busy.setAccessibleName(QCoreApplication.translate("ReviewPage", u"Checking what may be sent", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.summary.setAccessibleName(QCoreApplication.translate("ReviewPage", u"Summary of the package", None))
#endif // QT_CONFIG(accessibility)
        self.table_label.setText(QCoreApplication.translate("ReviewPage", u"&Clients in the package:", None))
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("ReviewPage", u"What each client's package holds", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.status.setAccessibleName(QCoreApplication.translate("ReviewPage", u"Review status", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.override.setAccessibleName(QCoreApplication.translate("ReviewPage", u"Supervisor override", None))
#endif // QT_CONFIG(accessibility)
        self.override.setText(QCoreApplication.translate("ReviewPage", u"Supervisor &override: send everything, ignoring consent", None))
        self.reason_label.setText(QCoreApplication.translate("ReviewPage", u"&Reason:", None))
#if QT_CONFIG(accessibility)
        self.reason.setAccessibleName(QCoreApplication.translate("ReviewPage", u"Reason for the override", None))
#endif // QT_CONFIG(accessibility)
        self.reason.setPlaceholderText(QCoreApplication.translate("ReviewPage", u"Why must everything be sent? (court order, statutory mandate\u2026) This goes in the audit log.", None))
#if QT_CONFIG(accessibility)
        self.override_note.setAccessibleName(QCoreApplication.translate("ReviewPage", u"About the override", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

