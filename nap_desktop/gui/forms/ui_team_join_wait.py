# Generated from ui/team_join_wait.ui by tools/compile_ui.py — do not edit; edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'team_join_wait.ui'
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
from PySide6.QtWidgets import (QApplication, QLabel, QProgressBar, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget, QWizardPage)

class Ui_JoinWaitPage(object):
    def setupUi(self, JoinWaitPage):
        if not JoinWaitPage.objectName():
            JoinWaitPage.setObjectName(u"JoinWaitPage")
        self.layout = QVBoxLayout(JoinWaitPage)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(JoinWaitPage)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.fingerprint = QLabel(JoinWaitPage)
        self.fingerprint.setObjectName(u"fingerprint")
        self.fingerprint.setProperty(u"styleClass", u"fingerprint")

        self.layout.addWidget(self.fingerprint)

        self.explain = QLabel(JoinWaitPage)
        self.explain.setObjectName(u"explain")
        self.explain.setWordWrap(True)
        self.explain.setProperty(u"styleClass", u"hint")

        self.layout.addWidget(self.explain)

        self.busy = QProgressBar(JoinWaitPage)
        self.busy.setObjectName(u"busy")
        self.busy.setMaximum(0)
        self.busy.setTextVisible(False)

        self.layout.addWidget(self.busy)

        self.status = QLabel(JoinWaitPage)
        self.status.setObjectName(u"status")
        self.status.setWordWrap(True)

        self.layout.addWidget(self.status)

        self.bottom = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.bottom)


        self.retranslateUi(JoinWaitPage)

        QMetaObject.connectSlotsByName(JoinWaitPage)
    # setupUi

    def retranslateUi(self, JoinWaitPage):
        self.intro.setText(QCoreApplication.translate("JoinWaitPage", u"Read this fingerprint to your administrator, in person or over a phone number you both already trust. They type it on their computer to approve this one:", None))
#if QT_CONFIG(accessibility)
        self.fingerprint.setAccessibleName(QCoreApplication.translate("JoinWaitPage", u"This computer's fingerprint", None))
#endif // QT_CONFIG(accessibility)
        self.explain.setText(QCoreApplication.translate("JoinWaitPage", u"The fingerprint proves to your administrator that the request on the server comes from this computer and nobody else's. This window waits for the approval; you can cancel and join again later.", None))
#if QT_CONFIG(accessibility)
        self.busy.setAccessibleName(QCoreApplication.translate("JoinWaitPage", u"Waiting for the approval", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.status.setAccessibleName(QCoreApplication.translate("JoinWaitPage", u"Joining status", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

