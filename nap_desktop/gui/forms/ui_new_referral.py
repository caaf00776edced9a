# Generated from ui/new_referral.ui by tools/compile_ui.py — do not edit; edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'new_referral.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QVBoxLayout, QWidget)

from nap_desktop.gui.widgets.intake_fields import ServiceGrid

class Ui_NewReferralDialog(object):
    def setupUi(self, NewReferralDialog):
        if not NewReferralDialog.objectName():
            NewReferralDialog.setObjectName(u"NewReferralDialog")
        self.layout = QVBoxLayout(NewReferralDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(NewReferralDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)
        self.intro.setProperty(u"styleClass", u"hint")

        self.layout.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.partner_label = QLabel(NewReferralDialog)
        self.partner_label.setObjectName(u"partner_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.partner_label)

        self.partner_box = QWidget(NewReferralDialog)
        self.partner_box.setObjectName(u"partner_box")
        self.partner_column = QVBoxLayout(self.partner_box)
        self.partner_column.setSpacing(2)
        self.partner_column.setObjectName(u"partner_column")
        self.partner_column.setContentsMargins(0, 0, 0, 0)
        self.partner = QComboBox(self.partner_box)
        self.partner.setObjectName(u"partner")

        self.partner_column.addWidget(self.partner)

        self.partner_error = QLabel(self.partner_box)
        self.partner_error.setObjectName(u"partner_error")
        self.partner_error.setWordWrap(True)
        self.partner_error.setProperty(u"styleClass", u"error")

        self.partner_column.addWidget(self.partner_error)


        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.partner_box)

        self.incoming_label = QLabel(NewReferralDialog)
        self.incoming_label.setObjectName(u"incoming_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.incoming_label)

        self.incoming_box = QWidget(NewReferralDialog)
        self.incoming_box.setObjectName(u"incoming_box")
        self.incoming_column = QVBoxLayout(self.incoming_box)
        self.incoming_column.setSpacing(2)
        self.incoming_column.setObjectName(u"incoming_column")
        self.incoming_column.setContentsMargins(0, 0, 0, 0)
        self.incoming = QComboBox(self.incoming_box)
        self.incoming.setObjectName(u"incoming")

        self.incoming_column.addWidget(self.incoming)

        self.incoming_error = QLabel(self.incoming_box)
        self.incoming_error.setObjectName(u"incoming_error")
        self.incoming_error.setWordWrap(True)
        self.incoming_error.setProperty(u"styleClass", u"error")

        self.incoming_column.addWidget(self.incoming_error)


        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.incoming_box)

        self.services_label = QLabel(NewReferralDialog)
        self.services_label.setObjectName(u"services_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.services_label)

        self.services_box = QWidget(NewReferralDialog)
        self.services_box.setObjectName(u"services_box")
        self.services_column = QVBoxLayout(self.services_box)
        self.services_column.setSpacing(2)
        self.services_column.setObjectName(u"services_column")
        self.services_column.setContentsMargins(0, 0, 0, 0)
        self.services = ServiceGrid(self.services_box)
        self.services.setObjectName(u"services")

        self.services_column.addWidget(self.services)

        self.services_error = QLabel(self.services_box)
        self.services_error.setObjectName(u"services_error")
        self.services_error.setWordWrap(True)
        self.services_error.setProperty(u"styleClass", u"error")

        self.services_column.addWidget(self.services_error)


        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.services_box)

        self.urgency_label = QLabel(NewReferralDialog)
        self.urgency_label.setObjectName(u"urgency_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.urgency_label)

        self.urgency_box = QWidget(NewReferralDialog)
        self.urgency_box.setObjectName(u"urgency_box")
        self.urgency_column = QVBoxLayout(self.urgency_box)
        self.urgency_column.setSpacing(2)
        self.urgency_column.setObjectName(u"urgency_column")
        self.urgency_column.setContentsMargins(0, 0, 0, 0)
        self.urgency = QComboBox(self.urgency_box)
        self.urgency.setObjectName(u"urgency")

        self.urgency_column.addWidget(self.urgency)

        self.urgency_error = QLabel(self.urgency_box)
        self.urgency_error.setObjectName(u"urgency_error")
        self.urgency_error.setWordWrap(True)
        self.urgency_error.setProperty(u"styleClass", u"error")

        self.urgency_column.addWidget(self.urgency_error)


        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.urgency_box)

        self.release_label = QLabel(NewReferralDialog)
        self.release_label.setObjectName(u"release_label")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.release_label)

        self.release_box = QWidget(NewReferralDialog)
        self.release_box.setObjectName(u"release_box")
        self.release_column = QVBoxLayout(self.release_box)
        self.release_column.setSpacing(2)
        self.release_column.setObjectName(u"release_column")
        self.release_column.setContentsMargins(0, 0, 0, 0)
        self.release = QComboBox(self.release_box)
        self.release.setObjectName(u"release")

        self.release_column.addWidget(self.release)

        self.release_hint = QLabel(self.release_box)
        self.release_hint.setObjectName(u"release_hint")
        self.release_hint.setWordWrap(True)
        self.release_hint.setProperty(u"styleClass", u"hint")

        self.release_column.addWidget(self.release_hint)

        self.release_error = QLabel(self.release_box)
        self.release_error.setObjectName(u"release_error")
        self.release_error.setWordWrap(True)
        self.release_error.setProperty(u"styleClass", u"error")

        self.release_column.addWidget(self.release_error)


        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.release_box)

        self.follows_label = QLabel(NewReferralDialog)
        self.follows_label.setObjectName(u"follows_label")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.follows_label)

        self.follows_box = QWidget(NewReferralDialog)
        self.follows_box.setObjectName(u"follows_box")
        self.follows_column = QVBoxLayout(self.follows_box)
        self.follows_column.setSpacing(2)
        self.follows_column.setObjectName(u"follows_column")
        self.follows_column.setContentsMargins(0, 0, 0, 0)
        self.follows = QComboBox(self.follows_box)
        self.follows.setObjectName(u"follows")

        self.follows_column.addWidget(self.follows)

        self.follows_hint = QLabel(self.follows_box)
        self.follows_hint.setObjectName(u"follows_hint")
        self.follows_hint.setWordWrap(True)
        self.follows_hint.setProperty(u"styleClass", u"hint")

        self.follows_column.addWidget(self.follows_hint)

        self.follows_error = QLabel(self.follows_box)
        self.follows_error.setObjectName(u"follows_error")
        self.follows_error.setWordWrap(True)
        self.follows_error.setProperty(u"styleClass", u"error")

        self.follows_column.addWidget(self.follows_error)


        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.follows_box)

        self.reason_label = QLabel(NewReferralDialog)
        self.reason_label.setObjectName(u"reason_label")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.reason_label)

        self.reason_box = QWidget(NewReferralDialog)
        self.reason_box.setObjectName(u"reason_box")
        self.reason_column = QVBoxLayout(self.reason_box)
        self.reason_column.setSpacing(2)
        self.reason_column.setObjectName(u"reason_column")
        self.reason_column.setContentsMargins(0, 0, 0, 0)
        self.reason = QLineEdit(self.reason_box)
        self.reason.setObjectName(u"reason")

        self.reason_column.addWidget(self.reason)

        self.reason_hint = QLabel(self.reason_box)
        self.reason_hint.setObjectName(u"reason_hint")
        self.reason_hint.setWordWrap(True)
        self.reason_hint.setProperty(u"styleClass", u"hint")

        self.reason_column.addWidget(self.reason_hint)

        self.reason_error = QLabel(self.reason_box)
        self.reason_error.setObjectName(u"reason_error")
        self.reason_error.setWordWrap(True)
        self.reason_error.setProperty(u"styleClass", u"error")

        self.reason_column.addWidget(self.reason_error)


        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.reason_box)


        self.layout.addLayout(self.form)

        self.message = QLabel(NewReferralDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)
        self.message.setProperty(u"styleClass", u"error")

        self.layout.addWidget(self.message)

        self.buttons = QDialogButtonBox(NewReferralDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.partner_label.setBuddy(self.partner)
        self.incoming_label.setBuddy(self.incoming)
        self.services_label.setBuddy(self.services)
        self.urgency_label.setBuddy(self.urgency)
        self.release_label.setBuddy(self.release)
        self.follows_label.setBuddy(self.follows)
        self.reason_label.setBuddy(self.reason)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.partner, self.incoming)
        QWidget.setTabOrder(self.incoming, self.services)
        QWidget.setTabOrder(self.services, self.urgency)
        QWidget.setTabOrder(self.urgency, self.release)
        QWidget.setTabOrder(self.release, self.follows)
        QWidget.setTabOrder(self.follows, self.reason)

        self.retranslateUi(NewReferralDialog)

        QMetaObject.connectSlotsByName(NewReferralDialog)
    # setupUi

    def retranslateUi(self, NewReferralDialog):
        NewReferralDialog.setWindowTitle(QCoreApplication.translate("NewReferralDialog", u"New referral", None))
        self.intro.setText(QCoreApplication.translate("NewReferralDialog", u"A referral on this case: one you send to a partner, or one a partner sent you. A case can hold any number of them.", None))
        self.partner_label.setText(QCoreApplication.translate("NewReferralDialog", u"&Partner:", None))
#if QT_CONFIG(accessibility)
        self.partner.setAccessibleName(QCoreApplication.translate("NewReferralDialog", u"Partner agency", None))
#endif // QT_CONFIG(accessibility)
        self.incoming_label.setText(QCoreApplication.translate("NewReferralDialog", u"&Direction:", None))
#if QT_CONFIG(accessibility)
        self.incoming.setAccessibleName(QCoreApplication.translate("NewReferralDialog", u"Direction of the referral", None))
#endif // QT_CONFIG(accessibility)
        self.services_label.setText(QCoreApplication.translate("NewReferralDialog", u"Ser&vices:", None))
#if QT_CONFIG(accessibility)
        self.services.setAccessibleName(QCoreApplication.translate("NewReferralDialog", u"Services requested", None))
#endif // QT_CONFIG(accessibility)
        self.urgency_label.setText(QCoreApplication.translate("NewReferralDialog", u"&Urgency:", None))
#if QT_CONFIG(accessibility)
        self.urgency.setAccessibleName(QCoreApplication.translate("NewReferralDialog", u"Urgency", None))
#endif // QT_CONFIG(accessibility)
        self.release_label.setText(QCoreApplication.translate("NewReferralDialog", u"Re&lease:", None))
#if QT_CONFIG(accessibility)
        self.release.setAccessibleName(QCoreApplication.translate("NewReferralDialog", u"Release of information it relies on", None))
#endif // QT_CONFIG(accessibility)
        self.release_hint.setText(QCoreApplication.translate("NewReferralDialog", u"Only this client's releases to the chosen partner can be chosen. The export still checks what they allow.", None))
        self.follows_label.setText(QCoreApplication.translate("NewReferralDialog", u"&Follows from:", None))
#if QT_CONFIG(accessibility)
        self.follows.setAccessibleName(QCoreApplication.translate("NewReferralDialog", u"Referral it follows from", None))
#endif // QT_CONFIG(accessibility)
        self.follows_hint.setText(QCoreApplication.translate("NewReferralDialog", u"The referral of this case that led to this one (received from one partner, sent on to another). It stays in this vault.", None))
        self.reason_label.setText(QCoreApplication.translate("NewReferralDialog", u"Rea&son:", None))
#if QT_CONFIG(accessibility)
        self.reason.setAccessibleName(QCoreApplication.translate("NewReferralDialog", u"Reason for the referral", None))
#endif // QT_CONFIG(accessibility)
        self.reason_hint.setText(QCoreApplication.translate("NewReferralDialog", u"Why the survivor is referred; kept as a note on the referral.", None))
    # retranslateUi

