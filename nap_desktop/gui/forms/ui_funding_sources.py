# Generated from ui/funding_sources.ui by tools/compile_ui.py — do not edit; edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'funding_sources.ui'
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
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

from nap_desktop.gui.widgets.plan_fields import OptionalDateField

class Ui_FundingDialog(object):
    def setupUi(self, FundingDialog):
        if not FundingDialog.objectName():
            FundingDialog.setObjectName(u"FundingDialog")
        FundingDialog.setMinimumSize(QSize(1000, 0))
        self.layout = QVBoxLayout(FundingDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(FundingDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)
        self.intro.setProperty(u"styleClass", u"hint")

        self.layout.addWidget(self.intro)

        self.columns = QHBoxLayout()
        self.columns.setObjectName(u"columns")
        self.source_group = QGroupBox(FundingDialog)
        self.source_group.setObjectName(u"source_group")
        self.source_layout = QVBoxLayout(self.source_group)
        self.source_layout.setObjectName(u"source_layout")
        self.source_list = QListWidget(self.source_group)
        self.source_list.setObjectName(u"source_list")
        self.source_list.setMaximumSize(QSize(16777215, 130))

        self.source_layout.addWidget(self.source_list)

        self.source_empty = QLabel(self.source_group)
        self.source_empty.setObjectName(u"source_empty")
        self.source_empty.setWordWrap(True)
        self.source_empty.setProperty(u"styleClass", u"hint")

        self.source_layout.addWidget(self.source_empty)

        self.source_form = QFormLayout()
        self.source_form.setObjectName(u"source_form")
        self.funder_label = QLabel(self.source_group)
        self.funder_label.setObjectName(u"funder_label")

        self.source_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.funder_label)

        self.funder_box = QWidget(self.source_group)
        self.funder_box.setObjectName(u"funder_box")
        self.funder_column = QVBoxLayout(self.funder_box)
        self.funder_column.setSpacing(2)
        self.funder_column.setObjectName(u"funder_column")
        self.funder_column.setContentsMargins(0, 0, 0, 0)
        self.funder = QComboBox(self.funder_box)
        self.funder.setObjectName(u"funder")

        self.funder_column.addWidget(self.funder)

        self.funder_error = QLabel(self.funder_box)
        self.funder_error.setObjectName(u"funder_error")
        self.funder_error.setWordWrap(True)
        self.funder_error.setProperty(u"styleClass", u"error")

        self.funder_column.addWidget(self.funder_error)


        self.source_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.funder_box)

        self.source_name_label = QLabel(self.source_group)
        self.source_name_label.setObjectName(u"source_name_label")

        self.source_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.source_name_label)

        self.source_name_box = QWidget(self.source_group)
        self.source_name_box.setObjectName(u"source_name_box")
        self.source_name_column = QVBoxLayout(self.source_name_box)
        self.source_name_column.setSpacing(2)
        self.source_name_column.setObjectName(u"source_name_column")
        self.source_name_column.setContentsMargins(0, 0, 0, 0)
        self.source_name = QLineEdit(self.source_name_box)
        self.source_name.setObjectName(u"source_name")

        self.source_name_column.addWidget(self.source_name)

        self.source_name_error = QLabel(self.source_name_box)
        self.source_name_error.setObjectName(u"source_name_error")
        self.source_name_error.setWordWrap(True)
        self.source_name_error.setProperty(u"styleClass", u"error")

        self.source_name_column.addWidget(self.source_name_error)


        self.source_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.source_name_box)

        self.award_number_label = QLabel(self.source_group)
        self.award_number_label.setObjectName(u"award_number_label")

        self.source_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.award_number_label)

        self.award_number_box = QWidget(self.source_group)
        self.award_number_box.setObjectName(u"award_number_box")
        self.award_number_column = QVBoxLayout(self.award_number_box)
        self.award_number_column.setSpacing(2)
        self.award_number_column.setObjectName(u"award_number_column")
        self.award_number_column.setContentsMargins(0, 0, 0, 0)
        self.award_number = QLineEdit(self.award_number_box)
        self.award_number.setObjectName(u"award_number")

        self.award_number_column.addWidget(self.award_number)

        self.award_number_error = QLabel(self.award_number_box)
        self.award_number_error.setObjectName(u"award_number_error")
        self.award_number_error.setWordWrap(True)
        self.award_number_error.setProperty(u"styleClass", u"error")

        self.award_number_column.addWidget(self.award_number_error)


        self.source_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.award_number_box)

        self.period_start_label = QLabel(self.source_group)
        self.period_start_label.setObjectName(u"period_start_label")

        self.source_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.period_start_label)

        self.period_start_box = QWidget(self.source_group)
        self.period_start_box.setObjectName(u"period_start_box")
        self.period_start_column = QVBoxLayout(self.period_start_box)
        self.period_start_column.setSpacing(2)
        self.period_start_column.setObjectName(u"period_start_column")
        self.period_start_column.setContentsMargins(0, 0, 0, 0)
        self.period_start = QDateEdit(self.period_start_box)
        self.period_start.setObjectName(u"period_start")
        self.period_start.setCalendarPopup(True)
        self.period_start.setDisplayFormat(u"yyyy-MM-dd")

        self.period_start_column.addWidget(self.period_start)

        self.period_start_error = QLabel(self.period_start_box)
        self.period_start_error.setObjectName(u"period_start_error")
        self.period_start_error.setWordWrap(True)
        self.period_start_error.setProperty(u"styleClass", u"error")

        self.period_start_column.addWidget(self.period_start_error)


        self.source_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.period_start_box)

        self.period_end_label = QLabel(self.source_group)
        self.period_end_label.setObjectName(u"period_end_label")

        self.source_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.period_end_label)

        self.period_end_box = QWidget(self.source_group)
        self.period_end_box.setObjectName(u"period_end_box")
        self.period_end_column = QVBoxLayout(self.period_end_box)
        self.period_end_column.setSpacing(2)
        self.period_end_column.setObjectName(u"period_end_column")
        self.period_end_column.setContentsMargins(0, 0, 0, 0)
        self.period_end = QDateEdit(self.period_end_box)
        self.period_end.setObjectName(u"period_end")
        self.period_end.setCalendarPopup(True)
        self.period_end.setDisplayFormat(u"yyyy-MM-dd")

        self.period_end_column.addWidget(self.period_end)

        self.period_end_error = QLabel(self.period_end_box)
        self.period_end_error.setObjectName(u"period_end_error")
        self.period_end_error.setWordWrap(True)
        self.period_end_error.setProperty(u"styleClass", u"error")

        self.period_end_column.addWidget(self.period_end_error)


        self.source_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.period_end_box)

        self.source_active_box = QWidget(self.source_group)
        self.source_active_box.setObjectName(u"source_active_box")
        self.source_active_column = QVBoxLayout(self.source_active_box)
        self.source_active_column.setSpacing(2)
        self.source_active_column.setObjectName(u"source_active_column")
        self.source_active_column.setContentsMargins(0, 0, 0, 0)
        self.source_active = QCheckBox(self.source_active_box)
        self.source_active.setObjectName(u"source_active")

        self.source_active_column.addWidget(self.source_active)

        self.source_active_error = QLabel(self.source_active_box)
        self.source_active_error.setObjectName(u"source_active_error")
        self.source_active_error.setWordWrap(True)
        self.source_active_error.setProperty(u"styleClass", u"error")

        self.source_active_column.addWidget(self.source_active_error)


        self.source_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.source_active_box)


        self.source_layout.addLayout(self.source_form)

        self.source_actions = QHBoxLayout()
        self.source_actions.setObjectName(u"source_actions")
        self.source_new = QPushButton(self.source_group)
        self.source_new.setObjectName(u"source_new")
        self.source_new.setAutoDefault(False)

        self.source_actions.addWidget(self.source_new)

        self.source_push = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.source_actions.addItem(self.source_push)

        self.source_save = QPushButton(self.source_group)
        self.source_save.setObjectName(u"source_save")
        self.source_save.setAutoDefault(False)

        self.source_actions.addWidget(self.source_save)


        self.source_layout.addLayout(self.source_actions)


        self.columns.addWidget(self.source_group)

        self.project_group = QGroupBox(FundingDialog)
        self.project_group.setObjectName(u"project_group")
        self.project_layout = QVBoxLayout(self.project_group)
        self.project_layout.setObjectName(u"project_layout")
        self.project_list = QListWidget(self.project_group)
        self.project_list.setObjectName(u"project_list")
        self.project_list.setMaximumSize(QSize(16777215, 130))

        self.project_layout.addWidget(self.project_list)

        self.project_empty = QLabel(self.project_group)
        self.project_empty.setObjectName(u"project_empty")
        self.project_empty.setWordWrap(True)
        self.project_empty.setProperty(u"styleClass", u"hint")

        self.project_layout.addWidget(self.project_empty)

        self.project_form = QFormLayout()
        self.project_form.setObjectName(u"project_form")
        self.project_name_label = QLabel(self.project_group)
        self.project_name_label.setObjectName(u"project_name_label")

        self.project_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.project_name_label)

        self.project_name_box = QWidget(self.project_group)
        self.project_name_box.setObjectName(u"project_name_box")
        self.project_name_column = QVBoxLayout(self.project_name_box)
        self.project_name_column.setSpacing(2)
        self.project_name_column.setObjectName(u"project_name_column")
        self.project_name_column.setContentsMargins(0, 0, 0, 0)
        self.project_name = QLineEdit(self.project_name_box)
        self.project_name.setObjectName(u"project_name")

        self.project_name_column.addWidget(self.project_name)

        self.project_name_error = QLabel(self.project_name_box)
        self.project_name_error.setObjectName(u"project_name_error")
        self.project_name_error.setWordWrap(True)
        self.project_name_error.setProperty(u"styleClass", u"error")

        self.project_name_column.addWidget(self.project_name_error)


        self.project_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.project_name_box)

        self.project_type_label = QLabel(self.project_group)
        self.project_type_label.setObjectName(u"project_type_label")

        self.project_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.project_type_label)

        self.project_type_box = QWidget(self.project_group)
        self.project_type_box.setObjectName(u"project_type_box")
        self.project_type_column = QVBoxLayout(self.project_type_box)
        self.project_type_column.setSpacing(2)
        self.project_type_column.setObjectName(u"project_type_column")
        self.project_type_column.setContentsMargins(0, 0, 0, 0)
        self.project_type = QComboBox(self.project_type_box)
        self.project_type.setObjectName(u"project_type")

        self.project_type_column.addWidget(self.project_type)

        self.project_type_error = QLabel(self.project_type_box)
        self.project_type_error.setObjectName(u"project_type_error")
        self.project_type_error.setWordWrap(True)
        self.project_type_error.setProperty(u"styleClass", u"error")

        self.project_type_column.addWidget(self.project_type_error)


        self.project_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.project_type_box)

        self.project_funding_label = QLabel(self.project_group)
        self.project_funding_label.setObjectName(u"project_funding_label")

        self.project_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.project_funding_label)

        self.project_funding_box = QWidget(self.project_group)
        self.project_funding_box.setObjectName(u"project_funding_box")
        self.project_funding_column = QVBoxLayout(self.project_funding_box)
        self.project_funding_column.setSpacing(2)
        self.project_funding_column.setObjectName(u"project_funding_column")
        self.project_funding_column.setContentsMargins(0, 0, 0, 0)
        self.project_funding = QComboBox(self.project_funding_box)
        self.project_funding.setObjectName(u"project_funding")

        self.project_funding_column.addWidget(self.project_funding)

        self.project_funding_error = QLabel(self.project_funding_box)
        self.project_funding_error.setObjectName(u"project_funding_error")
        self.project_funding_error.setWordWrap(True)
        self.project_funding_error.setProperty(u"styleClass", u"error")

        self.project_funding_column.addWidget(self.project_funding_error)


        self.project_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.project_funding_box)

        self.operating_start_label = QLabel(self.project_group)
        self.operating_start_label.setObjectName(u"operating_start_label")

        self.project_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.operating_start_label)

        self.operating_start_box = QWidget(self.project_group)
        self.operating_start_box.setObjectName(u"operating_start_box")
        self.operating_start_column = QVBoxLayout(self.operating_start_box)
        self.operating_start_column.setSpacing(2)
        self.operating_start_column.setObjectName(u"operating_start_column")
        self.operating_start_column.setContentsMargins(0, 0, 0, 0)
        self.operating_start = QDateEdit(self.operating_start_box)
        self.operating_start.setObjectName(u"operating_start")
        self.operating_start.setCalendarPopup(True)
        self.operating_start.setDisplayFormat(u"yyyy-MM-dd")

        self.operating_start_column.addWidget(self.operating_start)

        self.operating_start_error = QLabel(self.operating_start_box)
        self.operating_start_error.setObjectName(u"operating_start_error")
        self.operating_start_error.setWordWrap(True)
        self.operating_start_error.setProperty(u"styleClass", u"error")

        self.operating_start_column.addWidget(self.operating_start_error)


        self.project_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.operating_start_box)

        self.operating_end_label = QLabel(self.project_group)
        self.operating_end_label.setObjectName(u"operating_end_label")

        self.project_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.operating_end_label)

        self.operating_end_box = QWidget(self.project_group)
        self.operating_end_box.setObjectName(u"operating_end_box")
        self.operating_end_column = QVBoxLayout(self.operating_end_box)
        self.operating_end_column.setSpacing(2)
        self.operating_end_column.setObjectName(u"operating_end_column")
        self.operating_end_column.setContentsMargins(0, 0, 0, 0)
        self.operating_end = OptionalDateField(self.operating_end_box)
        self.operating_end.setObjectName(u"operating_end")

        self.operating_end_column.addWidget(self.operating_end)

        self.operating_end_error = QLabel(self.operating_end_box)
        self.operating_end_error.setObjectName(u"operating_end_error")
        self.operating_end_error.setWordWrap(True)
        self.operating_end_error.setProperty(u"styleClass", u"error")

        self.operating_end_column.addWidget(self.operating_end_error)


        self.project_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.operating_end_box)

        self.coc_code_label = QLabel(self.project_group)
        self.coc_code_label.setObjectName(u"coc_code_label")

        self.project_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.coc_code_label)

        self.coc_code_box = QWidget(self.project_group)
        self.coc_code_box.setObjectName(u"coc_code_box")
        self.coc_code_column = QVBoxLayout(self.coc_code_box)
        self.coc_code_column.setSpacing(2)
        self.coc_code_column.setObjectName(u"coc_code_column")
        self.coc_code_column.setContentsMargins(0, 0, 0, 0)
        self.coc_code = QLineEdit(self.coc_code_box)
        self.coc_code.setObjectName(u"coc_code")
        self.coc_code.setPlaceholderText(u"XX-500")

        self.coc_code_column.addWidget(self.coc_code)

        self.coc_code_error = QLabel(self.coc_code_box)
        self.coc_code_error.setObjectName(u"coc_code_error")
        self.coc_code_error.setWordWrap(True)
        self.coc_code_error.setProperty(u"styleClass", u"error")

        self.coc_code_column.addWidget(self.coc_code_error)


        self.project_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.coc_code_box)

        self.geocode_label = QLabel(self.project_group)
        self.geocode_label.setObjectName(u"geocode_label")

        self.project_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.geocode_label)

        self.geocode_box = QWidget(self.project_group)
        self.geocode_box.setObjectName(u"geocode_box")
        self.geocode_column = QVBoxLayout(self.geocode_box)
        self.geocode_column.setSpacing(2)
        self.geocode_column.setObjectName(u"geocode_column")
        self.geocode_column.setContentsMargins(0, 0, 0, 0)
        self.geocode = QLineEdit(self.geocode_box)
        self.geocode.setObjectName(u"geocode")

        self.geocode_column.addWidget(self.geocode)

        self.geocode_error = QLabel(self.geocode_box)
        self.geocode_error.setObjectName(u"geocode_error")
        self.geocode_error.setWordWrap(True)
        self.geocode_error.setProperty(u"styleClass", u"error")

        self.geocode_column.addWidget(self.geocode_error)


        self.project_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.geocode_box)

        self.housing_type_label = QLabel(self.project_group)
        self.housing_type_label.setObjectName(u"housing_type_label")

        self.project_form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.housing_type_label)

        self.housing_type_box = QWidget(self.project_group)
        self.housing_type_box.setObjectName(u"housing_type_box")
        self.housing_type_column = QVBoxLayout(self.housing_type_box)
        self.housing_type_column.setSpacing(2)
        self.housing_type_column.setObjectName(u"housing_type_column")
        self.housing_type_column.setContentsMargins(0, 0, 0, 0)
        self.housing_type = QComboBox(self.housing_type_box)
        self.housing_type.setObjectName(u"housing_type")

        self.housing_type_column.addWidget(self.housing_type)

        self.housing_type_error = QLabel(self.housing_type_box)
        self.housing_type_error.setObjectName(u"housing_type_error")
        self.housing_type_error.setWordWrap(True)
        self.housing_type_error.setProperty(u"styleClass", u"error")

        self.housing_type_column.addWidget(self.housing_type_error)


        self.project_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.housing_type_box)

        self.project_active_box = QWidget(self.project_group)
        self.project_active_box.setObjectName(u"project_active_box")
        self.project_active_column = QVBoxLayout(self.project_active_box)
        self.project_active_column.setSpacing(2)
        self.project_active_column.setObjectName(u"project_active_column")
        self.project_active_column.setContentsMargins(0, 0, 0, 0)
        self.project_active = QCheckBox(self.project_active_box)
        self.project_active.setObjectName(u"project_active")

        self.project_active_column.addWidget(self.project_active)

        self.project_active_error = QLabel(self.project_active_box)
        self.project_active_error.setObjectName(u"project_active_error")
        self.project_active_error.setWordWrap(True)
        self.project_active_error.setProperty(u"styleClass", u"error")

        self.project_active_column.addWidget(self.project_active_error)


        self.project_form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.project_active_box)


        self.project_layout.addLayout(self.project_form)

        self.project_actions = QHBoxLayout()
        self.project_actions.setObjectName(u"project_actions")
        self.project_new = QPushButton(self.project_group)
        self.project_new.setObjectName(u"project_new")
        self.project_new.setAutoDefault(False)

        self.project_actions.addWidget(self.project_new)

        self.project_push = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.project_actions.addItem(self.project_push)

        self.project_save = QPushButton(self.project_group)
        self.project_save.setObjectName(u"project_save")
        self.project_save.setAutoDefault(False)

        self.project_actions.addWidget(self.project_save)


        self.project_layout.addLayout(self.project_actions)


        self.columns.addWidget(self.project_group)


        self.layout.addLayout(self.columns)

        self.message = QLabel(FundingDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)
        self.message.setProperty(u"styleClass", u"error")

        self.layout.addWidget(self.message)

        self.buttons = QDialogButtonBox(FundingDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.funder_label.setBuddy(self.funder)
        self.source_name_label.setBuddy(self.source_name)
        self.award_number_label.setBuddy(self.award_number)
        self.period_start_label.setBuddy(self.period_start)
        self.period_end_label.setBuddy(self.period_end)
        self.project_name_label.setBuddy(self.project_name)
        self.project_type_label.setBuddy(self.project_type)
        self.project_funding_label.setBuddy(self.project_funding)
        self.operating_start_label.setBuddy(self.operating_start)
        self.operating_end_label.setBuddy(self.operating_end)
        self.coc_code_label.setBuddy(self.coc_code)
        self.geocode_label.setBuddy(self.geocode)
        self.housing_type_label.setBuddy(self.housing_type)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.funder, self.source_name)
        QWidget.setTabOrder(self.source_name, self.award_number)
        QWidget.setTabOrder(self.award_number, self.period_start)
        QWidget.setTabOrder(self.period_start, self.period_end)
        QWidget.setTabOrder(self.period_end, self.source_active)
        QWidget.setTabOrder(self.source_active, self.source_list)
        QWidget.setTabOrder(self.source_list, self.source_new)
        QWidget.setTabOrder(self.source_new, self.source_save)
        QWidget.setTabOrder(self.source_save, self.project_name)
        QWidget.setTabOrder(self.project_name, self.project_type)
        QWidget.setTabOrder(self.project_type, self.project_funding)
        QWidget.setTabOrder(self.project_funding, self.operating_start)
        QWidget.setTabOrder(self.operating_start, self.operating_end)
        QWidget.setTabOrder(self.operating_end, self.coc_code)
        QWidget.setTabOrder(self.coc_code, self.geocode)
        QWidget.setTabOrder(self.geocode, self.housing_type)
        QWidget.setTabOrder(self.housing_type, self.project_active)
        QWidget.setTabOrder(self.project_active, self.project_list)
        QWidget.setTabOrder(self.project_list, self.project_new)
        QWidget.setTabOrder(self.project_new, self.project_save)

        self.retranslateUi(FundingDialog)
        self.buttons.rejected.connect(FundingDialog.reject)

        QMetaObject.connectSlotsByName(FundingDialog)
    # setupUi

    def retranslateUi(self, FundingDialog):
        FundingDialog.setWindowTitle(QCoreApplication.translate("FundingDialog", u"Funding sources and projects", None))
        self.intro.setText(QCoreApplication.translate("FundingDialog", u"The awards that fund your services and the housing projects the HMIS export reports on. Supervisors and administrators may change them.", None))
        self.source_group.setTitle(QCoreApplication.translate("FundingDialog", u"Funding sources", None))
#if QT_CONFIG(accessibility)
        self.source_list.setAccessibleName(QCoreApplication.translate("FundingDialog", u"Funding sources", None))
#endif // QT_CONFIG(accessibility)
        self.source_empty.setText(QCoreApplication.translate("FundingDialog", u"No funding sources yet. Add each award: the funder, its number and its period.", None))
        self.funder_label.setText(QCoreApplication.translate("FundingDialog", u"&Funder:", None))
#if QT_CONFIG(accessibility)
        self.funder.setAccessibleName(QCoreApplication.translate("FundingDialog", u"Funder", None))
#endif // QT_CONFIG(accessibility)
        self.source_name_label.setText(QCoreApplication.translate("FundingDialog", u"&Name:", None))
#if QT_CONFIG(accessibility)
        self.source_name.setAccessibleName(QCoreApplication.translate("FundingDialog", u"Name of the award", None))
#endif // QT_CONFIG(accessibility)
        self.award_number_label.setText(QCoreApplication.translate("FundingDialog", u"A&ward number:", None))
#if QT_CONFIG(accessibility)
        self.award_number.setAccessibleName(QCoreApplication.translate("FundingDialog", u"Award number", None))
#endif // QT_CONFIG(accessibility)
        self.period_start_label.setText(QCoreApplication.translate("FundingDialog", u"Period f&rom:", None))
#if QT_CONFIG(accessibility)
        self.period_start.setAccessibleName(QCoreApplication.translate("FundingDialog", u"Award period from", None))
#endif // QT_CONFIG(accessibility)
        self.period_end_label.setText(QCoreApplication.translate("FundingDialog", u"Period &to:", None))
#if QT_CONFIG(accessibility)
        self.period_end.setAccessibleName(QCoreApplication.translate("FundingDialog", u"Award period to", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.source_active.setAccessibleName(QCoreApplication.translate("FundingDialog", u"Funding source in use", None))
#endif // QT_CONFIG(accessibility)
        self.source_active.setText(QCoreApplication.translate("FundingDialog", u"In &use", None))
        self.source_new.setText(QCoreApplication.translate("FundingDialog", u"New fundin&g source", None))
#if QT_CONFIG(accessibility)
        self.source_new.setAccessibleName(QCoreApplication.translate("FundingDialog", u"Start a new funding source", None))
#endif // QT_CONFIG(accessibility)
        self.source_save.setText(QCoreApplication.translate("FundingDialog", u"Sa&ve funding source", None))
#if QT_CONFIG(accessibility)
        self.source_save.setAccessibleName(QCoreApplication.translate("FundingDialog", u"Save the funding source", None))
#endif // QT_CONFIG(accessibility)
        self.project_group.setTitle(QCoreApplication.translate("FundingDialog", u"Projects", None))
#if QT_CONFIG(accessibility)
        self.project_list.setAccessibleName(QCoreApplication.translate("FundingDialog", u"Projects", None))
#endif // QT_CONFIG(accessibility)
        self.project_empty.setText(QCoreApplication.translate("FundingDialog", u"No projects yet. A housing project is what the HMIS export reports on.", None))
        self.project_name_label.setText(QCoreApplication.translate("FundingDialog", u"Na&me:", None))
#if QT_CONFIG(accessibility)
        self.project_name.setAccessibleName(QCoreApplication.translate("FundingDialog", u"Name of the project", None))
#endif // QT_CONFIG(accessibility)
        self.project_type_label.setText(QCoreApplication.translate("FundingDialog", u"HMIS project t&ype:", None))
#if QT_CONFIG(accessibility)
        self.project_type.setAccessibleName(QCoreApplication.translate("FundingDialog", u"HMIS project type", None))
#endif // QT_CONFIG(accessibility)
        self.project_funding_label.setText(QCoreApplication.translate("FundingDialog", u"Funding s&ource:", None))
#if QT_CONFIG(accessibility)
        self.project_funding.setAccessibleName(QCoreApplication.translate("FundingDialog", u"Funding source of the project", None))
#endif // QT_CONFIG(accessibility)
        self.operating_start_label.setText(QCoreApplication.translate("FundingDialog", u"Operating &start:", None))
#if QT_CONFIG(accessibility)
        self.operating_start.setAccessibleName(QCoreApplication.translate("FundingDialog", u"Operating from", None))
#endif // QT_CONFIG(accessibility)
        self.operating_end_label.setText(QCoreApplication.translate("FundingDialog", u"Operating unti&l:", None))
#if QT_CONFIG(accessibility)
        self.operating_end.setAccessibleName(QCoreApplication.translate("FundingDialog", u"Operating until", None))
#endif // QT_CONFIG(accessibility)
        self.coc_code_label.setText(QCoreApplication.translate("FundingDialog", u"&CoC code:", None))
#if QT_CONFIG(accessibility)
        self.coc_code.setAccessibleName(QCoreApplication.translate("FundingDialog", u"Continuum of Care code", None))
#endif // QT_CONFIG(accessibility)
        self.geocode_label.setText(QCoreApplication.translate("FundingDialog", u"G&eocode:", None))
#if QT_CONFIG(accessibility)
        self.geocode.setAccessibleName(QCoreApplication.translate("FundingDialog", u"Geocode", None))
#endif // QT_CONFIG(accessibility)
        self.geocode.setPlaceholderText(QCoreApplication.translate("FundingDialog", u"6 digits", None))
        self.housing_type_label.setText(QCoreApplication.translate("FundingDialog", u"&Housing type:", None))
#if QT_CONFIG(accessibility)
        self.housing_type.setAccessibleName(QCoreApplication.translate("FundingDialog", u"Housing type", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.project_active.setAccessibleName(QCoreApplication.translate("FundingDialog", u"Project in use", None))
#endif // QT_CONFIG(accessibility)
        self.project_active.setText(QCoreApplication.translate("FundingDialog", u"&Active", None))
        self.project_new.setText(QCoreApplication.translate("FundingDialog", u"New &project", None))
#if QT_CONFIG(accessibility)
        self.project_new.setAccessibleName(QCoreApplication.translate("FundingDialog", u"Start a new project", None))
#endif // QT_CONFIG(accessibility)
        self.project_save.setText(QCoreApplication.translate("FundingDialog", u"Save pro&ject", None))
#if QT_CONFIG(accessibility)
        self.project_save.setAccessibleName(QCoreApplication.translate("FundingDialog", u"Save the project", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

