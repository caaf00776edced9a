# Generated from ui/export_partner_page.ui by tools/compile_ui.py — do not edit; edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'export_partner_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHeaderView, QLabel,
    QSizePolicy, QTableView, QVBoxLayout, QWidget,
    QWizardPage)

class Ui_PartnerPage(object):
    def setupUi(self, PartnerPage):
        if not PartnerPage.objectName():
            PartnerPage.setObjectName(u"PartnerPage")
        self.layout = QVBoxLayout(PartnerPage)
        self.layout.setObjectName(u"layout")
        self.why = QLabel(PartnerPage)
        self.why.setObjectName(u"why")
        self.why.setWordWrap(True)
        self.why.setProperty(u"styleClass", u"hint")

        self.layout.addWidget(self.why)

        self.table_label = QLabel(PartnerPage)
        self.table_label.setObjectName(u"table_label")

        self.layout.addWidget(self.table_label)

        self.table = QTableView(PartnerPage)
        self.table.setObjectName(u"table")
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.verticalHeader().setVisible(False)

        self.layout.addWidget(self.table)

        self.layout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.table_label.setBuddy(self.table)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PartnerPage)

        QMetaObject.connectSlotsByName(PartnerPage)
    # setupUi

    def retranslateUi(self, PartnerPage):
        PartnerPage.setTitle(QCoreApplication.translate("PartnerPage", u"Partner", None))
        PartnerPage.setSubTitle(QCoreApplication.translate("PartnerPage", u"Who receives the package?", None))
#if QT_CONFIG(accessibility)
        self.why.setAccessibleName(QCoreApplication.translate("PartnerPage", u"Why some partners are greyed out", None))
#endif // QT_CONFIG(accessibility)
        self.why.setText(QCoreApplication.translate("PartnerPage", u"A package is encrypted to the partner's verified keys, so only partners whose identity card has been pinned can be chosen. Greyed-out partners have no verified card yet: an administrator pins it in Admin \u25b8 Partners after checking its fingerprint by phone.", None))
        self.table_label.setText(QCoreApplication.translate("PartnerPage", u"&Partner agency:", None))
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("PartnerPage", u"Partner agencies", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

