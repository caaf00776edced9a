# Generated from ui/admin_page.ui by tools/compile_ui.py — do not edit; edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'admin_page.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QWidget, QWizardPage)

class Ui_AdminPage(object):
    def setupUi(self, AdminPage):
        if not AdminPage.objectName():
            AdminPage.setObjectName(u"AdminPage")
        self.form = QFormLayout(AdminPage)
        self.form.setObjectName(u"form")
        self.user_label = QLabel(AdminPage)
        self.user_label.setObjectName(u"user_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.user_label)

        self.user_edit = QLineEdit(AdminPage)
        self.user_edit.setObjectName(u"user_edit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.user_edit)

        self.full_name_label = QLabel(AdminPage)
        self.full_name_label.setObjectName(u"full_name_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.full_name_label)

        self.full_name_edit = QLineEdit(AdminPage)
        self.full_name_edit.setObjectName(u"full_name_edit")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.full_name_edit)

#if QT_CONFIG(shortcut)
        self.user_label.setBuddy(self.user_edit)
        self.full_name_label.setBuddy(self.full_name_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.user_edit, self.full_name_edit)

        self.retranslateUi(AdminPage)

        QMetaObject.connectSlotsByName(AdminPage)
    # setupUi

    def retranslateUi(self, AdminPage):
        AdminPage.setTitle(QCoreApplication.translate("AdminPage", u"First administrator", None))
        AdminPage.setSubTitle(QCoreApplication.translate("AdminPage", u"This person adds the other users. Use your own name.", None))
        self.user_label.setText(QCoreApplication.translate("AdminPage", u"&User name:", None))
#if QT_CONFIG(accessibility)
        self.user_edit.setAccessibleName(QCoreApplication.translate("AdminPage", u"User name", None))
#endif // QT_CONFIG(accessibility)
        self.user_edit.setPlaceholderText(QCoreApplication.translate("AdminPage", u"for example: jdoe", None))
        self.full_name_label.setText(QCoreApplication.translate("AdminPage", u"&Full name:", None))
#if QT_CONFIG(accessibility)
        self.full_name_edit.setAccessibleName(QCoreApplication.translate("AdminPage", u"Full name", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

