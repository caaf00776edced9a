# Generated from ui/passphrase_page.ui by tools/compile_ui.py — do not edit; edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'passphrase_page.ui'
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
from PySide6.QtWidgets import (QApplication, QSizePolicy, QVBoxLayout, QWidget,
    QWizardPage)

from nap_desktop.gui.widgets.passphrase import NewPassphraseFields

class Ui_PassphrasePage(object):
    def setupUi(self, PassphrasePage):
        if not PassphrasePage.objectName():
            PassphrasePage.setObjectName(u"PassphrasePage")
        self.layout = QVBoxLayout(PassphrasePage)
        self.layout.setObjectName(u"layout")
        self.fields = NewPassphraseFields(PassphrasePage)
        self.fields.setObjectName(u"fields")

        self.layout.addWidget(self.fields)


        self.retranslateUi(PassphrasePage)

        QMetaObject.connectSlotsByName(PassphrasePage)
    # setupUi

    def retranslateUi(self, PassphrasePage):
        PassphrasePage.setTitle(QCoreApplication.translate("PassphrasePage", u"Your passphrase", None))
        PassphrasePage.setSubTitle(QCoreApplication.translate("PassphrasePage", u"It unlocks the vault and cannot be recovered by anyone: choose a few unrelated words you will remember.", None))
    # retranslateUi

