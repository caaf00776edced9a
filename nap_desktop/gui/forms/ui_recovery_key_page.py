# Generated from ui/recovery_key_page.ui by tools/compile_ui.py — do not edit; edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'recovery_key_page.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QLabel, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget, QWizardPage)

class Ui_RecoveryKeyPage(object):
    def setupUi(self, RecoveryKeyPage):
        if not RecoveryKeyPage.objectName():
            RecoveryKeyPage.setObjectName(u"RecoveryKeyPage")
        self.layout = QVBoxLayout(RecoveryKeyPage)
        self.layout.setObjectName(u"layout")
        self.recoveryKey = QLabel(RecoveryKeyPage)
        self.recoveryKey.setObjectName(u"recoveryKey")
        self.recoveryKey.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.recoveryKey.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.layout.addWidget(self.recoveryKey)

        self.confirm = QCheckBox(RecoveryKeyPage)
        self.confirm.setObjectName(u"confirm")

        self.layout.addWidget(self.confirm)

        self.stretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.stretch)

        self.layout.setStretch(2, 1)

        self.retranslateUi(RecoveryKeyPage)

        QMetaObject.connectSlotsByName(RecoveryKeyPage)
    # setupUi

    def retranslateUi(self, RecoveryKeyPage):
        RecoveryKeyPage.setTitle(QCoreApplication.translate("RecoveryKeyPage", u"Your recovery key", None))
        RecoveryKeyPage.setSubTitle(QCoreApplication.translate("RecoveryKeyPage", u"Shown only now. It unlocks the vault if every passphrase is forgotten. Write it on paper and keep it locked away, not on this computer.", None))
#if QT_CONFIG(accessibility)
        self.recoveryKey.setAccessibleName(QCoreApplication.translate("RecoveryKeyPage", u"Recovery key", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.confirm.setAccessibleName(QCoreApplication.translate("RecoveryKeyPage", u"I have written down the recovery key", None))
#endif // QT_CONFIG(accessibility)
        self.confirm.setText(QCoreApplication.translate("RecoveryKeyPage", u"I have &written it down and put it somewhere safe", None))
    # retranslateUi

