# Generated from ui/new_case.ui by tools/compile_ui.py — do not edit; edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'new_case.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

from nap_desktop.gui.widgets.intake_fields import (ServiceGrid, UnknownDateField)

class Ui_NewCaseDialog(object):
    def setupUi(self, NewCaseDialog):
        if not NewCaseDialog.objectName():
            NewCaseDialog.setObjectName(u"NewCaseDialog")
        self.layout = QVBoxLayout(NewCaseDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(NewCaseDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)
        self.intro.setProperty(u"styleClass", u"hint")

        self.layout.addWidget(self.intro)

        self.columns = QHBoxLayout()
        self.columns.setObjectName(u"columns")
        self.left = QVBoxLayout()
        self.left.setObjectName(u"left")
        self.personal_box = QGroupBox(NewCaseDialog)
        self.personal_box.setObjectName(u"personal_box")
        self.personal_form = QFormLayout(self.personal_box)
        self.personal_form.setObjectName(u"personal_form")
        self.legal_name_label = QLabel(self.personal_box)
        self.legal_name_label.setObjectName(u"legal_name_label")

        self.personal_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.legal_name_label)

        self.legal_name_box = QWidget(self.personal_box)
        self.legal_name_box.setObjectName(u"legal_name_box")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.legal_name_box.sizePolicy().hasHeightForWidth())
        self.legal_name_box.setSizePolicy(sizePolicy)
        self.legal_name_column = QVBoxLayout(self.legal_name_box)
        self.legal_name_column.setSpacing(2)
        self.legal_name_column.setObjectName(u"legal_name_column")
        self.legal_name_column.setContentsMargins(0, 0, 0, 0)
        self.legal_name = QLineEdit(self.legal_name_box)
        self.legal_name.setObjectName(u"legal_name")

        self.legal_name_column.addWidget(self.legal_name)

        self.legal_name_error = QLabel(self.legal_name_box)
        self.legal_name_error.setObjectName(u"legal_name_error")
        self.legal_name_error.setWordWrap(True)
        self.legal_name_error.setProperty(u"styleClass", u"error")

        self.legal_name_column.addWidget(self.legal_name_error)


        self.personal_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.legal_name_box)

        self.preferred_name_label = QLabel(self.personal_box)
        self.preferred_name_label.setObjectName(u"preferred_name_label")

        self.personal_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.preferred_name_label)

        self.preferred_name_box = QWidget(self.personal_box)
        self.preferred_name_box.setObjectName(u"preferred_name_box")
        sizePolicy.setHeightForWidth(self.preferred_name_box.sizePolicy().hasHeightForWidth())
        self.preferred_name_box.setSizePolicy(sizePolicy)
        self.preferred_name_column = QVBoxLayout(self.preferred_name_box)
        self.preferred_name_column.setSpacing(2)
        self.preferred_name_column.setObjectName(u"preferred_name_column")
        self.preferred_name_column.setContentsMargins(0, 0, 0, 0)
        self.preferred_name = QLineEdit(self.preferred_name_box)
        self.preferred_name.setObjectName(u"preferred_name")

        self.preferred_name_column.addWidget(self.preferred_name)

        self.preferred_name_hint = QLabel(self.preferred_name_box)
        self.preferred_name_hint.setObjectName(u"preferred_name_hint")
        self.preferred_name_hint.setWordWrap(True)
        self.preferred_name_hint.setProperty(u"styleClass", u"hint")

        self.preferred_name_column.addWidget(self.preferred_name_hint)

        self.preferred_name_error = QLabel(self.preferred_name_box)
        self.preferred_name_error.setObjectName(u"preferred_name_error")
        self.preferred_name_error.setWordWrap(True)
        self.preferred_name_error.setProperty(u"styleClass", u"error")

        self.preferred_name_column.addWidget(self.preferred_name_error)


        self.personal_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.preferred_name_box)

        self.dob_label = QLabel(self.personal_box)
        self.dob_label.setObjectName(u"dob_label")

        self.personal_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.dob_label)

        self.dob_box = QWidget(self.personal_box)
        self.dob_box.setObjectName(u"dob_box")
        sizePolicy.setHeightForWidth(self.dob_box.sizePolicy().hasHeightForWidth())
        self.dob_box.setSizePolicy(sizePolicy)
        self.dob_column = QVBoxLayout(self.dob_box)
        self.dob_column.setSpacing(2)
        self.dob_column.setObjectName(u"dob_column")
        self.dob_column.setContentsMargins(0, 0, 0, 0)
        self.dob = UnknownDateField(self.dob_box)
        self.dob.setObjectName(u"dob")

        self.dob_column.addWidget(self.dob)

        self.dob_error = QLabel(self.dob_box)
        self.dob_error.setObjectName(u"dob_error")
        self.dob_error.setWordWrap(True)
        self.dob_error.setProperty(u"styleClass", u"error")

        self.dob_column.addWidget(self.dob_error)


        self.personal_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.dob_box)

        self.minor_label = QLabel(self.personal_box)
        self.minor_label.setObjectName(u"minor_label")

        self.personal_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.minor_label)

        self.minor_box = QWidget(self.personal_box)
        self.minor_box.setObjectName(u"minor_box")
        sizePolicy.setHeightForWidth(self.minor_box.sizePolicy().hasHeightForWidth())
        self.minor_box.setSizePolicy(sizePolicy)
        self.minor_column = QVBoxLayout(self.minor_box)
        self.minor_column.setSpacing(2)
        self.minor_column.setObjectName(u"minor_column")
        self.minor_column.setContentsMargins(0, 0, 0, 0)
        self.minor = QCheckBox(self.minor_box)
        self.minor.setObjectName(u"minor")

        self.minor_column.addWidget(self.minor)

        self.minor_error = QLabel(self.minor_box)
        self.minor_error.setObjectName(u"minor_error")
        self.minor_error.setWordWrap(True)
        self.minor_error.setProperty(u"styleClass", u"error")

        self.minor_column.addWidget(self.minor_error)


        self.personal_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.minor_box)

        self.minor_hint = QLabel(self.personal_box)
        self.minor_hint.setObjectName(u"minor_hint")
        self.minor_hint.setWordWrap(True)
        self.minor_hint.setProperty(u"styleClass", u"hint")

        self.personal_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.minor_hint)

        self.languages_label = QLabel(self.personal_box)
        self.languages_label.setObjectName(u"languages_label")

        self.personal_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.languages_label)

        self.languages_box = QWidget(self.personal_box)
        self.languages_box.setObjectName(u"languages_box")
        sizePolicy.setHeightForWidth(self.languages_box.sizePolicy().hasHeightForWidth())
        self.languages_box.setSizePolicy(sizePolicy)
        self.languages_column = QVBoxLayout(self.languages_box)
        self.languages_column.setSpacing(2)
        self.languages_column.setObjectName(u"languages_column")
        self.languages_column.setContentsMargins(0, 0, 0, 0)
        self.languages = QLineEdit(self.languages_box)
        self.languages.setObjectName(u"languages")

        self.languages_column.addWidget(self.languages)

        self.languages_hint = QLabel(self.languages_box)
        self.languages_hint.setObjectName(u"languages_hint")
        self.languages_hint.setWordWrap(True)
        self.languages_hint.setProperty(u"styleClass", u"hint")

        self.languages_column.addWidget(self.languages_hint)

        self.languages_error = QLabel(self.languages_box)
        self.languages_error.setObjectName(u"languages_error")
        self.languages_error.setWordWrap(True)
        self.languages_error.setProperty(u"styleClass", u"error")

        self.languages_column.addWidget(self.languages_error)


        self.personal_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.languages_box)

        self.interpreter_label = QLabel(self.personal_box)
        self.interpreter_label.setObjectName(u"interpreter_label")

        self.personal_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.interpreter_label)

        self.interpreter_box = QWidget(self.personal_box)
        self.interpreter_box.setObjectName(u"interpreter_box")
        sizePolicy.setHeightForWidth(self.interpreter_box.sizePolicy().hasHeightForWidth())
        self.interpreter_box.setSizePolicy(sizePolicy)
        self.interpreter_column = QVBoxLayout(self.interpreter_box)
        self.interpreter_column.setSpacing(2)
        self.interpreter_column.setObjectName(u"interpreter_column")
        self.interpreter_column.setContentsMargins(0, 0, 0, 0)
        self.interpreter = QCheckBox(self.interpreter_box)
        self.interpreter.setObjectName(u"interpreter")

        self.interpreter_column.addWidget(self.interpreter)

        self.interpreter_error = QLabel(self.interpreter_box)
        self.interpreter_error.setObjectName(u"interpreter_error")
        self.interpreter_error.setWordWrap(True)
        self.interpreter_error.setProperty(u"styleClass", u"error")

        self.interpreter_column.addWidget(self.interpreter_error)


        self.personal_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.interpreter_box)

        self.safe_contact_label = QLabel(self.personal_box)
        self.safe_contact_label.setObjectName(u"safe_contact_label")

        self.personal_form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.safe_contact_label)

        self.safe_contact_box = QWidget(self.personal_box)
        self.safe_contact_box.setObjectName(u"safe_contact_box")
        sizePolicy.setHeightForWidth(self.safe_contact_box.sizePolicy().hasHeightForWidth())
        self.safe_contact_box.setSizePolicy(sizePolicy)
        self.safe_contact_column = QVBoxLayout(self.safe_contact_box)
        self.safe_contact_column.setSpacing(2)
        self.safe_contact_column.setObjectName(u"safe_contact_column")
        self.safe_contact_column.setContentsMargins(0, 0, 0, 0)
        self.safe_contact = QPlainTextEdit(self.safe_contact_box)
        self.safe_contact.setObjectName(u"safe_contact")
        self.safe_contact.setMinimumSize(QSize(0, 72))
        self.safe_contact.setMaximumSize(QSize(16777215, 72))
        self.safe_contact.setTabChangesFocus(True)

        self.safe_contact_column.addWidget(self.safe_contact)

        self.safe_contact_hint = QLabel(self.safe_contact_box)
        self.safe_contact_hint.setObjectName(u"safe_contact_hint")
        self.safe_contact_hint.setWordWrap(True)
        self.safe_contact_hint.setProperty(u"styleClass", u"hint")

        self.safe_contact_column.addWidget(self.safe_contact_hint)

        self.safe_contact_error = QLabel(self.safe_contact_box)
        self.safe_contact_error.setObjectName(u"safe_contact_error")
        self.safe_contact_error.setWordWrap(True)
        self.safe_contact_error.setProperty(u"styleClass", u"error")

        self.safe_contact_column.addWidget(self.safe_contact_error)


        self.personal_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.safe_contact_box)


        self.left.addWidget(self.personal_box)

        self.left_stretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.left.addItem(self.left_stretch)

        self.left.setStretch(1, 1)

        self.columns.addLayout(self.left)

        self.right = QVBoxLayout()
        self.right.setObjectName(u"right")
        self.case_box = QGroupBox(NewCaseDialog)
        self.case_box.setObjectName(u"case_box")
        self.case_form = QFormLayout(self.case_box)
        self.case_form.setObjectName(u"case_form")
        self.trafficking_label = QLabel(self.case_box)
        self.trafficking_label.setObjectName(u"trafficking_label")

        self.case_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.trafficking_label)

        self.trafficking_box = QWidget(self.case_box)
        self.trafficking_box.setObjectName(u"trafficking_box")
        sizePolicy.setHeightForWidth(self.trafficking_box.sizePolicy().hasHeightForWidth())
        self.trafficking_box.setSizePolicy(sizePolicy)
        self.trafficking_column = QVBoxLayout(self.trafficking_box)
        self.trafficking_column.setSpacing(2)
        self.trafficking_column.setObjectName(u"trafficking_column")
        self.trafficking_column.setContentsMargins(0, 0, 0, 0)
        self.trafficking = QComboBox(self.trafficking_box)
        self.trafficking.setObjectName(u"trafficking")

        self.trafficking_column.addWidget(self.trafficking)

        self.trafficking_error = QLabel(self.trafficking_box)
        self.trafficking_error.setObjectName(u"trafficking_error")
        self.trafficking_error.setWordWrap(True)
        self.trafficking_error.setProperty(u"styleClass", u"error")

        self.trafficking_column.addWidget(self.trafficking_error)


        self.case_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.trafficking_box)


        self.right.addWidget(self.case_box)

        self.referral_box = QGroupBox(NewCaseDialog)
        self.referral_box.setObjectName(u"referral_box")
        self.referral_box.setCheckable(True)
        self.referral_form = QFormLayout(self.referral_box)
        self.referral_form.setObjectName(u"referral_form")
        self.partner_label = QLabel(self.referral_box)
        self.partner_label.setObjectName(u"partner_label")

        self.referral_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.partner_label)

        self.partner_box = QWidget(self.referral_box)
        self.partner_box.setObjectName(u"partner_box")
        sizePolicy.setHeightForWidth(self.partner_box.sizePolicy().hasHeightForWidth())
        self.partner_box.setSizePolicy(sizePolicy)
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


        self.referral_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.partner_box)

        self.incoming_label = QLabel(self.referral_box)
        self.incoming_label.setObjectName(u"incoming_label")

        self.referral_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.incoming_label)

        self.incoming_box = QWidget(self.referral_box)
        self.incoming_box.setObjectName(u"incoming_box")
        sizePolicy.setHeightForWidth(self.incoming_box.sizePolicy().hasHeightForWidth())
        self.incoming_box.setSizePolicy(sizePolicy)
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


        self.referral_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.incoming_box)

        self.direction_label = QLabel(self.referral_box)
        self.direction_label.setObjectName(u"direction_label")

        self.referral_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.direction_label)

        self.direction_box = QWidget(self.referral_box)
        self.direction_box.setObjectName(u"direction_box")
        sizePolicy.setHeightForWidth(self.direction_box.sizePolicy().hasHeightForWidth())
        self.direction_box.setSizePolicy(sizePolicy)
        self.direction_column = QVBoxLayout(self.direction_box)
        self.direction_column.setSpacing(2)
        self.direction_column.setObjectName(u"direction_column")
        self.direction_column.setContentsMargins(0, 0, 0, 0)
        self.direction = QComboBox(self.direction_box)
        self.direction.setObjectName(u"direction")

        self.direction_column.addWidget(self.direction)

        self.direction_hint = QLabel(self.direction_box)
        self.direction_hint.setObjectName(u"direction_hint")
        self.direction_hint.setWordWrap(True)
        self.direction_hint.setProperty(u"styleClass", u"hint")

        self.direction_column.addWidget(self.direction_hint)

        self.direction_error = QLabel(self.direction_box)
        self.direction_error.setObjectName(u"direction_error")
        self.direction_error.setWordWrap(True)
        self.direction_error.setProperty(u"styleClass", u"error")

        self.direction_column.addWidget(self.direction_error)


        self.referral_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.direction_box)

        self.services_label = QLabel(self.referral_box)
        self.services_label.setObjectName(u"services_label")

        self.referral_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.services_label)

        self.services_box = QWidget(self.referral_box)
        self.services_box.setObjectName(u"services_box")
        sizePolicy.setHeightForWidth(self.services_box.sizePolicy().hasHeightForWidth())
        self.services_box.setSizePolicy(sizePolicy)
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


        self.referral_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.services_box)

        self.urgency_label = QLabel(self.referral_box)
        self.urgency_label.setObjectName(u"urgency_label")

        self.referral_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.urgency_label)

        self.urgency_box = QWidget(self.referral_box)
        self.urgency_box.setObjectName(u"urgency_box")
        sizePolicy.setHeightForWidth(self.urgency_box.sizePolicy().hasHeightForWidth())
        self.urgency_box.setSizePolicy(sizePolicy)
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


        self.referral_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.urgency_box)

        self.referring_person_label = QLabel(self.referral_box)
        self.referring_person_label.setObjectName(u"referring_person_label")

        self.referral_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.referring_person_label)

        self.referring_person_box = QWidget(self.referral_box)
        self.referring_person_box.setObjectName(u"referring_person_box")
        sizePolicy.setHeightForWidth(self.referring_person_box.sizePolicy().hasHeightForWidth())
        self.referring_person_box.setSizePolicy(sizePolicy)
        self.referring_person_column = QVBoxLayout(self.referring_person_box)
        self.referring_person_column.setSpacing(2)
        self.referring_person_column.setObjectName(u"referring_person_column")
        self.referring_person_column.setContentsMargins(0, 0, 0, 0)
        self.referring_person = QLineEdit(self.referring_person_box)
        self.referring_person.setObjectName(u"referring_person")

        self.referring_person_column.addWidget(self.referring_person)

        self.referring_person_error = QLabel(self.referring_person_box)
        self.referring_person_error.setObjectName(u"referring_person_error")
        self.referring_person_error.setWordWrap(True)
        self.referring_person_error.setProperty(u"styleClass", u"error")

        self.referring_person_column.addWidget(self.referring_person_error)


        self.referral_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.referring_person_box)

        self.external_label = QLabel(self.referral_box)
        self.external_label.setObjectName(u"external_label")

        self.referral_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.external_label)

        self.external_box = QWidget(self.referral_box)
        self.external_box.setObjectName(u"external_box")
        sizePolicy.setHeightForWidth(self.external_box.sizePolicy().hasHeightForWidth())
        self.external_box.setSizePolicy(sizePolicy)
        self.external_column = QVBoxLayout(self.external_box)
        self.external_column.setSpacing(2)
        self.external_column.setObjectName(u"external_column")
        self.external_column.setContentsMargins(0, 0, 0, 0)
        self.external = QLineEdit(self.external_box)
        self.external.setObjectName(u"external")

        self.external_column.addWidget(self.external)

        self.external_error = QLabel(self.external_box)
        self.external_error.setObjectName(u"external_error")
        self.external_error.setWordWrap(True)
        self.external_error.setProperty(u"styleClass", u"error")

        self.external_column.addWidget(self.external_error)


        self.referral_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.external_box)


        self.right.addWidget(self.referral_box)

        self.right_stretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.right.addItem(self.right_stretch)

        self.right.setStretch(2, 1)

        self.columns.addLayout(self.right)

        self.columns.setStretch(0, 3)
        self.columns.setStretch(1, 3)

        self.layout.addLayout(self.columns)

        self.button_row = QHBoxLayout()
        self.button_row.setObjectName(u"button_row")
        self.message = QLabel(NewCaseDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)
        self.message.setProperty(u"styleClass", u"error")

        self.button_row.addWidget(self.message)

        self.buttons = QDialogButtonBox(NewCaseDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setOrientation(Qt.Orientation.Horizontal)
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel)

        self.button_row.addWidget(self.buttons, 0, Qt.AlignmentFlag.AlignBottom)

        self.button_row.setStretch(0, 1)

        self.layout.addLayout(self.button_row)

#if QT_CONFIG(shortcut)
        self.legal_name_label.setBuddy(self.legal_name)
        self.preferred_name_label.setBuddy(self.preferred_name)
        self.dob_label.setBuddy(self.dob)
        self.minor_label.setBuddy(self.minor)
        self.languages_label.setBuddy(self.languages)
        self.interpreter_label.setBuddy(self.interpreter)
        self.safe_contact_label.setBuddy(self.safe_contact)
        self.trafficking_label.setBuddy(self.trafficking)
        self.partner_label.setBuddy(self.partner)
        self.incoming_label.setBuddy(self.incoming)
        self.direction_label.setBuddy(self.direction)
        self.services_label.setBuddy(self.services)
        self.urgency_label.setBuddy(self.urgency)
        self.referring_person_label.setBuddy(self.referring_person)
        self.external_label.setBuddy(self.external)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.legal_name, self.preferred_name)
        QWidget.setTabOrder(self.preferred_name, self.dob)
        QWidget.setTabOrder(self.dob, self.minor)
        QWidget.setTabOrder(self.minor, self.languages)
        QWidget.setTabOrder(self.languages, self.interpreter)
        QWidget.setTabOrder(self.interpreter, self.safe_contact)
        QWidget.setTabOrder(self.safe_contact, self.trafficking)
        QWidget.setTabOrder(self.trafficking, self.referral_box)
        QWidget.setTabOrder(self.referral_box, self.partner)
        QWidget.setTabOrder(self.partner, self.incoming)
        QWidget.setTabOrder(self.incoming, self.direction)
        QWidget.setTabOrder(self.direction, self.services)
        QWidget.setTabOrder(self.services, self.urgency)
        QWidget.setTabOrder(self.urgency, self.referring_person)
        QWidget.setTabOrder(self.referring_person, self.external)

        self.retranslateUi(NewCaseDialog)

        QMetaObject.connectSlotsByName(NewCaseDialog)
    # setupUi

    def retranslateUi(self, NewCaseDialog):
        NewCaseDialog.setWindowTitle(QCoreApplication.translate("NewCaseDialog", u"New case", None))
        self.intro.setText(QCoreApplication.translate("NewCaseDialog", u"Record what you know now; everything can be completed later in the case. A pseudonymous case number is assigned when you create it.", None))
        self.personal_box.setTitle(QCoreApplication.translate("NewCaseDialog", u"Personal details", None))
        self.legal_name_label.setText(QCoreApplication.translate("NewCaseDialog", u"&Legal name:", None))
#if QT_CONFIG(accessibility)
        self.legal_name.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"Legal name", None))
#endif // QT_CONFIG(accessibility)
        self.preferred_name_label.setText(QCoreApplication.translate("NewCaseDialog", u"&Preferred name:", None))
#if QT_CONFIG(accessibility)
        self.preferred_name.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"Preferred name", None))
#endif // QT_CONFIG(accessibility)
        self.preferred_name_hint.setText(QCoreApplication.translate("NewCaseDialog", u"The name the survivor uses; shown first.", None))
        self.dob_label.setText(QCoreApplication.translate("NewCaseDialog", u"Date of &birth:", None))
#if QT_CONFIG(accessibility)
        self.dob.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"Date of birth", None))
#endif // QT_CONFIG(accessibility)
        self.minor_label.setText(QCoreApplication.translate("NewCaseDialog", u"&Minor:", None))
#if QT_CONFIG(accessibility)
        self.minor.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"Minor", None))
#endif // QT_CONFIG(accessibility)
        self.minor.setText(QCoreApplication.translate("NewCaseDialog", u"Under 18", None))
        self.languages_label.setText(QCoreApplication.translate("NewCaseDialog", u"Lan&guages:", None))
#if QT_CONFIG(accessibility)
        self.languages.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"Languages", None))
#endif // QT_CONFIG(accessibility)
        self.languages.setPlaceholderText(QCoreApplication.translate("NewCaseDialog", u"e.g. Spanish, K'iche'", None))
        self.languages_hint.setText(QCoreApplication.translate("NewCaseDialog", u"Separate languages with commas.", None))
        self.interpreter_label.setText(QCoreApplication.translate("NewCaseDialog", u"&Interpreter:", None))
#if QT_CONFIG(accessibility)
        self.interpreter.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"Interpreter needed", None))
#endif // QT_CONFIG(accessibility)
        self.interpreter.setText(QCoreApplication.translate("NewCaseDialog", u"Needs an interpreter", None))
        self.safe_contact_label.setText(QCoreApplication.translate("NewCaseDialog", u"Sa&fe contact:", u"new case"))
#if QT_CONFIG(accessibility)
        self.safe_contact.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"Safe-contact instructions", None))
#endif // QT_CONFIG(accessibility)
        self.safe_contact_hint.setText(QCoreApplication.translate("NewCaseDialog", u"When and how it is safe to call, text or visit.", None))
        self.case_box.setTitle(QCoreApplication.translate("NewCaseDialog", u"Case", None))
        self.trafficking_label.setText(QCoreApplication.translate("NewCaseDialog", u"&Trafficking type:", None))
#if QT_CONFIG(accessibility)
        self.trafficking.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"Trafficking type", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.referral_box.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"Record the first referral", None))
#endif // QT_CONFIG(accessibility)
        self.referral_box.setTitle(QCoreApplication.translate("NewCaseDialog", u"First &referral", None))
        self.partner_label.setText(QCoreApplication.translate("NewCaseDialog", u"Partner &agency:", None))
#if QT_CONFIG(accessibility)
        self.partner.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"Partner agency", None))
#endif // QT_CONFIG(accessibility)
        self.incoming_label.setText(QCoreApplication.translate("NewCaseDialog", u"&Who referred:", None))
#if QT_CONFIG(accessibility)
        self.incoming.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"Who referred", None))
#endif // QT_CONFIG(accessibility)
        self.direction_label.setText(QCoreApplication.translate("NewCaseDialog", u"&Direction:", None))
#if QT_CONFIG(accessibility)
        self.direction.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"Referral direction", None))
#endif // QT_CONFIG(accessibility)
        self.direction_hint.setText(QCoreApplication.translate("NewCaseDialog", u"Suggested from the two agencies' kinds.", None))
        self.services_label.setText(QCoreApplication.translate("NewCaseDialog", u"Ser&vices:", None))
#if QT_CONFIG(accessibility)
        self.services.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"Services requested", None))
#endif // QT_CONFIG(accessibility)
        self.urgency_label.setText(QCoreApplication.translate("NewCaseDialog", u"&Urgency:", None))
#if QT_CONFIG(accessibility)
        self.urgency.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"Urgency", None))
#endif // QT_CONFIG(accessibility)
        self.referring_person_label.setText(QCoreApplication.translate("NewCaseDialog", u"Referring p&erson:", None))
#if QT_CONFIG(accessibility)
        self.referring_person.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"Referring officer or worker", None))
#endif // QT_CONFIG(accessibility)
        self.external_label.setText(QCoreApplication.translate("NewCaseDialog", u"Their &case no.:", u"new case"))
#if QT_CONFIG(accessibility)
        self.external.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"Partner's case or investigation number", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.message.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"Problem creating the case", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

