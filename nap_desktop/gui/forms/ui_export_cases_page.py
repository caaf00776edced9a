# Generated from ui/export_cases_page.ui by tools/compile_ui.py — do not edit; edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'export_cases_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QButtonGroup, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QRadioButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget, QWizardPage)

class Ui_CasesPage(object):
    def setupUi(self, CasesPage):
        if not CasesPage.objectName():
            CasesPage.setObjectName(u"CasesPage")
        self.layout = QVBoxLayout(CasesPage)
        self.layout.setObjectName(u"layout")
        self.every = QRadioButton(CasesPage)
        self.mode_group = QButtonGroup(CasesPage)
        self.mode_group.setObjectName(u"mode_group")
        self.mode_group.addButton(self.every)
        self.every.setObjectName(u"every")

        self.layout.addWidget(self.every)

        self.some = QRadioButton(CasesPage)
        self.mode_group.addButton(self.some)
        self.some.setObjectName(u"some")

        self.layout.addWidget(self.some)

        self.search_row = QHBoxLayout()
        self.search_row.setObjectName(u"search_row")
        self.search_label = QLabel(CasesPage)
        self.search_label.setObjectName(u"search_label")

        self.search_row.addWidget(self.search_label)

        self.search = QLineEdit(CasesPage)
        self.search.setObjectName(u"search")

        self.search_row.addWidget(self.search)

        self.search_row.setStretch(1, 1)

        self.layout.addLayout(self.search_row)

        self.table_label = QLabel(CasesPage)
        self.table_label.setObjectName(u"table_label")

        self.layout.addWidget(self.table_label)

        self.table = QTableView(CasesPage)
        self.table.setObjectName(u"table")
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)

        self.layout.addWidget(self.table)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.tick_all = QPushButton(CasesPage)
        self.tick_all.setObjectName(u"tick_all")

        self.buttons.addWidget(self.tick_all)

        self.untick = QPushButton(CasesPage)
        self.untick.setObjectName(u"untick")

        self.buttons.addWidget(self.untick)

        self.buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttons_spacer)

        self.count = QLabel(CasesPage)
        self.count.setObjectName(u"count")
        self.count.setWordWrap(True)
        self.count.setProperty(u"styleClass", u"hint")

        self.buttons.addWidget(self.count)


        self.layout.addLayout(self.buttons)

        self.note = QLabel(CasesPage)
        self.note.setObjectName(u"note")
        self.note.setWordWrap(True)
        self.note.setProperty(u"styleClass", u"hint")

        self.layout.addWidget(self.note)

        self.layout.setStretch(4, 1)
#if QT_CONFIG(shortcut)
        self.search_label.setBuddy(self.search)
        self.table_label.setBuddy(self.table)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.every, self.some)
        QWidget.setTabOrder(self.some, self.search)
        QWidget.setTabOrder(self.search, self.table)
        QWidget.setTabOrder(self.table, self.tick_all)
        QWidget.setTabOrder(self.tick_all, self.untick)

        self.retranslateUi(CasesPage)

        QMetaObject.connectSlotsByName(CasesPage)
    # setupUi

    def retranslateUi(self, CasesPage):
        CasesPage.setTitle(QCoreApplication.translate("CasesPage", u"Referrals", None))
        CasesPage.setSubTitle(QCoreApplication.translate("CasesPage", u"Which referrals with this partner go in the package?", None))
#if QT_CONFIG(accessibility)
        self.every.setAccessibleName(QCoreApplication.translate("CasesPage", u"Send every referral with this partner", None))
#endif // QT_CONFIG(accessibility)
        self.every.setText(QCoreApplication.translate("CasesPage", u"&Every referral with this partner", None))
#if QT_CONFIG(accessibility)
        self.some.setAccessibleName(QCoreApplication.translate("CasesPage", u"Send only the ticked referrals", None))
#endif // QT_CONFIG(accessibility)
        self.some.setText(QCoreApplication.translate("CasesPage", u"Only the referrals I &tick", None))
        self.search_label.setText(QCoreApplication.translate("CasesPage", u"&Search:", None))
#if QT_CONFIG(accessibility)
        self.search.setAccessibleName(QCoreApplication.translate("CasesPage", u"Search the referrals", None))
#endif // QT_CONFIG(accessibility)
        self.search.setPlaceholderText(QCoreApplication.translate("CasesPage", u"Case number, name or partner's case number\u2026", None))
        self.table_label.setText(QCoreApplication.translate("CasesPage", u"&Referrals with this partner:", None))
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("CasesPage", u"Referrals with this partner", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.tick_all.setAccessibleName(QCoreApplication.translate("CasesPage", u"Tick every referral shown", None))
#endif // QT_CONFIG(accessibility)
        self.tick_all.setText(QCoreApplication.translate("CasesPage", u"Tick all sho&wn", None))
#if QT_CONFIG(accessibility)
        self.untick.setAccessibleName(QCoreApplication.translate("CasesPage", u"Untick every referral", None))
#endif // QT_CONFIG(accessibility)
        self.untick.setText(QCoreApplication.translate("CasesPage", u"&Untick all", None))
#if QT_CONFIG(accessibility)
        self.count.setAccessibleName(QCoreApplication.translate("CasesPage", u"How many referrals are ticked", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.note.setAccessibleName(QCoreApplication.translate("CasesPage", u"About the list", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

