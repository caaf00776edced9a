# Generated from ui/agency_page.ui by tools/compile_ui.py — do not edit; edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'agency_page.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QWidget, QWizardPage)

class Ui_AgencyPage(object):
    def setupUi(self, AgencyPage):
        if not AgencyPage.objectName():
            AgencyPage.setObjectName(u"AgencyPage")
        self.form = QFormLayout(AgencyPage)
        self.form.setObjectName(u"form")
        self.name_label = QLabel(AgencyPage)
        self.name_label.setObjectName(u"name_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_edit = QLineEdit(AgencyPage)
        self.name_edit.setObjectName(u"name_edit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name_edit)

        self.kind_label = QLabel(AgencyPage)
        self.kind_label.setObjectName(u"kind_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.kind_combo = QComboBox(AgencyPage)
        self.kind_combo.setObjectName(u"kind_combo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kind_combo)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name_edit)
        self.kind_label.setBuddy(self.kind_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name_edit, self.kind_combo)

        self.retranslateUi(AgencyPage)

        QMetaObject.connectSlotsByName(AgencyPage)
    # setupUi

    def retranslateUi(self, AgencyPage):
        AgencyPage.setTitle(QCoreApplication.translate("AgencyPage", u"Your agency", None))
        AgencyPage.setSubTitle(QCoreApplication.translate("AgencyPage", u"The vault belongs to one agency. Partners are added later.", None))
        self.name_label.setText(QCoreApplication.translate("AgencyPage", u"Agency &name:", None))
#if QT_CONFIG(accessibility)
        self.name_edit.setAccessibleName(QCoreApplication.translate("AgencyPage", u"Agency name", None))
#endif // QT_CONFIG(accessibility)
        self.kind_label.setText(QCoreApplication.translate("AgencyPage", u"&Kind of agency:", None))
#if QT_CONFIG(accessibility)
        self.kind_combo.setAccessibleName(QCoreApplication.translate("AgencyPage", u"Kind of agency", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

