# Generated from ui/my_card.ui by tools/compile_ui.py — do not edit; edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'my_card.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QHBoxLayout, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_MyCardDialog(object):
    def setupUi(self, MyCardDialog):
        if not MyCardDialog.objectName():
            MyCardDialog.setObjectName(u"MyCardDialog")
        self.layout = QVBoxLayout(MyCardDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(MyCardDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)
        self.intro.setProperty(u"styleClass", u"hint")

        self.layout.addWidget(self.intro)

        self.fingerprint = QLabel(MyCardDialog)
        self.fingerprint.setObjectName(u"fingerprint")
        self.fingerprint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.layout.addWidget(self.fingerprint)

        self.generation = QLabel(MyCardDialog)
        self.generation.setObjectName(u"generation")
        self.generation.setWordWrap(True)
        self.generation.setProperty(u"styleClass", u"hint")

        self.layout.addWidget(self.generation)

        self.status = QLabel(MyCardDialog)
        self.status.setObjectName(u"status")
        self.status.setWordWrap(True)

        self.layout.addWidget(self.status)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.save_button = QPushButton(MyCardDialog)
        self.save_button.setObjectName(u"save_button")

        self.buttons.addWidget(self.save_button)

        self.copy_button = QPushButton(MyCardDialog)
        self.copy_button.setObjectName(u"copy_button")

        self.buttons.addWidget(self.copy_button)

        self.buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttons_spacer)

        self.close_button = QPushButton(MyCardDialog)
        self.close_button.setObjectName(u"close_button")

        self.buttons.addWidget(self.close_button)


        self.layout.addLayout(self.buttons)

        QWidget.setTabOrder(self.save_button, self.copy_button)
        QWidget.setTabOrder(self.copy_button, self.close_button)

        self.retranslateUi(MyCardDialog)
        self.close_button.clicked.connect(MyCardDialog.accept)

        QMetaObject.connectSlotsByName(MyCardDialog)
    # setupUi

    def retranslateUi(self, MyCardDialog):
        MyCardDialog.setWindowTitle(QCoreApplication.translate("MyCardDialog", u"Our identity card", None))
        self.intro.setText(QCoreApplication.translate("MyCardDialog", u"Send the card file to the partner (it holds only public keys). Then call them on a number you already trust and read this fingerprint, group by group:", None))
#if QT_CONFIG(accessibility)
        self.fingerprint.setAccessibleName(QCoreApplication.translate("MyCardDialog", u"Our fingerprint", None))
#endif // QT_CONFIG(accessibility)
        self.generation.setText(QCoreApplication.translate("MyCardDialog", u"Key generation %1", None))
#if QT_CONFIG(accessibility)
        self.status.setAccessibleName(QCoreApplication.translate("MyCardDialog", u"Card status", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.save_button.setAccessibleName(QCoreApplication.translate("MyCardDialog", u"Save our identity card file", None))
#endif // QT_CONFIG(accessibility)
        self.save_button.setText(QCoreApplication.translate("MyCardDialog", u"&Save card file\u2026", None))
#if QT_CONFIG(accessibility)
        self.copy_button.setAccessibleName(QCoreApplication.translate("MyCardDialog", u"Copy the fingerprint", None))
#endif // QT_CONFIG(accessibility)
        self.copy_button.setText(QCoreApplication.translate("MyCardDialog", u"C&opy fingerprint", None))
        self.close_button.setText(QCoreApplication.translate("MyCardDialog", u"&Close", None))
    # retranslateUi

