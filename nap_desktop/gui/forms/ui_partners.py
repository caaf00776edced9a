# Generated from ui/partners.ui by tools/compile_ui.py — do not edit; edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'partners.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDialog, QHBoxLayout,
    QHeaderView, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_PartnersDialog(object):
    def setupUi(self, PartnersDialog):
        if not PartnersDialog.objectName():
            PartnersDialog.setObjectName(u"PartnersDialog")
        PartnersDialog.resize(1100, 480)
        self.layout = QVBoxLayout(PartnersDialog)
        self.layout.setObjectName(u"layout")
        self.filter = QLineEdit(PartnersDialog)
        self.filter.setObjectName(u"filter")

        self.layout.addWidget(self.filter)

        self.table = QTableView(PartnersDialog)
        self.table.setObjectName(u"table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)

        self.layout.addWidget(self.table)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.add_button = QPushButton(PartnersDialog)
        self.add_button.setObjectName(u"add_button")

        self.buttons.addWidget(self.add_button)

        self.edit_button = QPushButton(PartnersDialog)
        self.edit_button.setObjectName(u"edit_button")

        self.buttons.addWidget(self.edit_button)

        self.pin_button = QPushButton(PartnersDialog)
        self.pin_button.setObjectName(u"pin_button")

        self.buttons.addWidget(self.pin_button)

        self.own_card_button = QPushButton(PartnersDialog)
        self.own_card_button.setObjectName(u"own_card_button")

        self.buttons.addWidget(self.own_card_button)

        self.buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttons_spacer)

        self.close_button = QPushButton(PartnersDialog)
        self.close_button.setObjectName(u"close_button")

        self.buttons.addWidget(self.close_button)


        self.layout.addLayout(self.buttons)

        QWidget.setTabOrder(self.filter, self.table)
        QWidget.setTabOrder(self.table, self.add_button)
        QWidget.setTabOrder(self.add_button, self.edit_button)
        QWidget.setTabOrder(self.edit_button, self.pin_button)
        QWidget.setTabOrder(self.pin_button, self.own_card_button)
        QWidget.setTabOrder(self.own_card_button, self.close_button)

        self.retranslateUi(PartnersDialog)
        self.close_button.clicked.connect(PartnersDialog.accept)

        QMetaObject.connectSlotsByName(PartnersDialog)
    # setupUi

    def retranslateUi(self, PartnersDialog):
        PartnersDialog.setWindowTitle(QCoreApplication.translate("PartnersDialog", u"Partner agencies", None))
#if QT_CONFIG(accessibility)
        self.filter.setAccessibleName(QCoreApplication.translate("PartnersDialog", u"Filter agencies", None))
#endif // QT_CONFIG(accessibility)
        self.filter.setPlaceholderText(QCoreApplication.translate("PartnersDialog", u"Filter agencies\u2026", None))
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("PartnersDialog", u"Partner agencies", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.add_button.setAccessibleName(QCoreApplication.translate("PartnersDialog", u"Add partner agency", None))
#endif // QT_CONFIG(accessibility)
        self.add_button.setText(QCoreApplication.translate("PartnersDialog", u"&Add\u2026", None))
#if QT_CONFIG(accessibility)
        self.edit_button.setAccessibleName(QCoreApplication.translate("PartnersDialog", u"Edit selected agency", None))
#endif // QT_CONFIG(accessibility)
        self.edit_button.setText(QCoreApplication.translate("PartnersDialog", u"&Edit\u2026", None))
#if QT_CONFIG(accessibility)
        self.pin_button.setAccessibleName(QCoreApplication.translate("PartnersDialog", u"Pin a partner's identity card", None))
#endif // QT_CONFIG(accessibility)
        self.pin_button.setText(QCoreApplication.translate("PartnersDialog", u"&Pin identity card\u2026", None))
#if QT_CONFIG(accessibility)
        self.own_card_button.setAccessibleName(QCoreApplication.translate("PartnersDialog", u"Show our identity card", None))
#endif // QT_CONFIG(accessibility)
        self.own_card_button.setText(QCoreApplication.translate("PartnersDialog", u"&Our identity card\u2026", None))
        self.close_button.setText(QCoreApplication.translate("PartnersDialog", u"Close", None))
    # retranslateUi

