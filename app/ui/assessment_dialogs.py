"""Creating an assessment and editing its details: title, country, date, organisation, assessors and
the confidentiality marking. Problems are shown beside the field, not in a pop-up."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QObject, QStringListModel, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.report import ValidationStatus
from app.services.countries import countries, country_name, find_code, search
from app.services.listing import AssessmentSummary
from app.services.workspace import MAX_TITLE

from . import i18n
from .fit import fit_to_screen

MARKINGS = ("Public", "Internal", "Restricted", "Confidential")


def marking_labels() -> dict[str, str]:
    return {"Public": QCoreApplication.translate("Marking", "Public"),
            "Internal": QCoreApplication.translate("Marking", "Internal"),
            "Restricted": QCoreApplication.translate("Marking", "Restricted"),
            "Confidential": QCoreApplication.translate("Marking", "Confidential")}


class CountryBox(QComboBox):
    """The REPERES countries first, a separator, then every ISO country; type to search."""

    def __init__(self, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        featured_done = False
        for c in countries(lang):
            if not c.featured and not featured_done:
                self.insertSeparator(self.count())
                featured_done = True
            self.addItem(c.name, c.code)
        # The completer lists what search() finds (accents, diacritics and aliases ignored), not what
        # Qt's own prefix/contains matching would: "ethiop" finds Éthiopie, "ivory" Côte d'Ivoire.
        self.lang = lang
        self.matches = QStringListModel(self)
        completer = QCompleter(self.matches, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.setCompleter(completer)
        self.setCurrentIndex(-1)
        line = self.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("Type to search, e.g. Morocco"))
            line.textEdited.connect(self._search)

    def _search(self, text: str) -> None:
        names = [c.name for c in search(text, self.lang)] if text.strip() else []
        self.matches.setStringList(names)
        completer = self.completer()
        if names and completer is not None:
            completer.complete()

    def code(self) -> str:
        """The ISO code of the country shown, or '' when the text is not a country name."""
        text = self.currentText().strip().casefold()
        if not text:
            return ""
        index = self.currentIndex()
        if index >= 0 and self.itemText(index).casefold() == text and self.itemData(index):
            return str(self.itemData(index))
        for i in range(self.count()):
            if self.itemData(i) and self.itemText(i).casefold() == text:
                return str(self.itemData(i))
        return find_code(text, self.lang)  # "cote d ivoire", "ethiopie", "Ivory Coast"

    def set_code(self, code: str) -> None:
        i = self.findData(code.upper())
        self.setCurrentIndex(i)
        if i < 0 and code:
            self.setEditText(country_name(code, self.lang))


class AssessmentDialog(QDialog):
    """New assessment (values=None) or the details of an existing one."""

    def __init__(self, parent: QWidget | None = None, values: dict[str, Any] | None = None):
        super().__init__(parent)
        self._new = values is None
        self.setWindowTitle(self.tr("New assessment") if self._new else self.tr("Edit assessment details"))
        self.setMinimumWidth(480)
        lang = i18n.current_language()
        self.title = QLineEdit(self)
        self.title.setMaxLength(MAX_TITLE)  # as an exchange file holds it: a longer one could not be shared
        self.title.setPlaceholderText(self.tr("e.g. National review 2026"))
        self.country = CountryBox(lang, self)
        self.date = QDateEdit(QDate.currentDate(), self)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat(i18n.locale(lang).dateFormat(i18n.locale(lang).FormatType.ShortFormat))
        self.organisation = QLineEdit(self)
        self.assessors = QLineEdit(self)
        self.assessors.setPlaceholderText(self.tr("Names, separated by semicolons"))
        self.marking = QComboBox(self)
        self.marking.setEditable(True)
        for key, label in marking_labels().items():
            self.marking.addItem(label, key)
        self.title_error = self._error_label()
        self.country_error = self._error_label()
        self.notice = self._error_label()  # someone else saved these details meanwhile
        self.report = ReportFields(self) if not self._new else None  # filled in once the work is under way
        self._lay_out()
        self._name_fields()
        if values:
            self.set_values(values)
        else:
            self.marking.setCurrentIndex(1)  # Internal

    def _error_label(self) -> QLabel:
        label = QLabel(self)
        label.setStyleSheet("color:#b3261e;")
        label.setWordWrap(True)
        label.hide()
        return label

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow("", self.title_error)
        form.addRow(self.tr("&Country:"), self.country)
        form.addRow("", self.country_error)
        form.addRow(self.tr("&Date:"), self.date)
        form.addRow(self.tr("&Organisation:"), self.organisation)
        form.addRow(self.tr("&Assessors:"), self.assessors)
        form.addRow(self.tr("Confidentiality &marking:"), self.marking)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Create") if self._new else self.tr("Save"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        if self.report is None:
            layout.addLayout(form)
        else:
            self.tabs = QTabWidget(self)
            details = QWidget(self.tabs)
            details.setLayout(form)
            self.tabs.addTab(details, self.tr("D&etails"))
            page = self.report.page()
            self.tabs.addTab(page, self.tr("For the &report"))
            layout.addWidget(self.tabs)
        layout.addWidget(self.buttons)
        if self.report is not None:
            # the report's long texts get the screen's height (they scroll beyond it), not a cramped box
            inner = page.widget() if isinstance(page, QScrollArea) else page
            inner = inner if inner is not None else page
            chrome = self.buttons.sizeHint().height() + self.tabs.tabBar().sizeHint().height() + \
                self.fontMetrics().height() * 4
            fit_to_screen(self, max(self.sizeHint().width(), self.fontMetrics().averageCharWidth() * 72),
                          inner.sizeHint().height() + chrome)

    def _name_fields(self) -> None:
        for widget, name, desc in (
            (self.title, self.tr("Title"), self.tr("Required. The name of this assessment.")),
            (self.country, self.tr("Country"), self.tr("Required. Type a few letters to search.")),
            (self.date, self.tr("Date of the assessment"), ""),
            (self.organisation, self.tr("Organisation"), self.tr("The ministry or body carrying out the assessment")),
            (self.assessors, self.tr("Assessors"), self.tr("The people who answered")),
            (self.marking, self.tr("Confidentiality marking"), self.tr("Printed on every page of the reports")),
        ):
            widget.setAccessibleName(name)
            widget.setAccessibleDescription(desc)

    def set_values(self, values: dict[str, Any]) -> None:
        self.title.setText(values.get("title", ""))
        self.country.set_code(values.get("country_code", ""))
        d = values.get("assessment_date")
        if isinstance(d, date):
            self.date.setDate(QDate(d.year, d.month, d.day))
        self.organisation.setText(values.get("organisation", ""))
        self.assessors.setText(values.get("assessors", ""))
        for field in (self.title, self.organisation, self.assessors):  # a long text shows its start, not its end
            field.setCursorPosition(0)
        if self.report is not None:
            self.report.set_values(values)
        marking = values.get("confidentiality", "")
        i = self.marking.findData(marking)
        if i >= 0:
            self.marking.setCurrentIndex(i)
        else:
            self.marking.setEditText(marking)

    def values(self) -> dict[str, Any]:
        marking = self.marking.currentText().strip()
        i = self.marking.currentIndex()
        if i >= 0 and self.marking.itemText(i) == marking:
            marking = str(self.marking.itemData(i))  # stored in English, shown translated
        d = self.date.date()
        return {"title": self.title.text().strip(), "country_code": self.country.code(),
                "assessment_date": date(d.year(), d.month(), d.day()), "organisation": self.organisation.text().strip(),
                "assessors": self.assessors.text().strip(), "confidentiality": marking}

    def show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def report_values(self) -> dict[str, Any]:
        """The fields of the report tab (empty for a new assessment, which has no such tab)."""
        return self.report.values() if self.report is not None else {}

    def problems(self) -> dict[str, str]:
        v = self.values()
        out = {}
        if not v["title"]:
            out["title"] = self.tr("Give the assessment a title.")
        if not v["country_code"]:
            out["country"] = self.tr("Choose a country from the list (type a few letters to search).")
        return out

    def accept(self) -> None:
        problems = self.problems()
        for key, label, widget in (("title", self.title_error, self.title),
                                   ("country", self.country_error, self.country)):
            label.setText(problems.get(key, ""))
            label.setVisible(key in problems)
            widget.setAccessibleDescription(problems.get(key, ""))
        if problems:
            (self.title if "title" in problems else self.country).setFocus()
            return
        super().accept()


def summary_values(controller: Any, summary: AssessmentSummary) -> dict[str, Any]:
    """The stored details of an assessment, for the edit dialog."""
    info = controller.info(summary.id)
    return {"version": info.version, "title": info.title, "country_code": info.country_code,
            "assessment_date": info.assessment_date,
            "organisation": info.organisation, "assessors": info.assessors, "confidentiality": info.confidentiality,
            **{k: getattr(info, k) for k in REPORT_FIELDS}}


REPORT_FIELDS = ("validation_status", "validated_by", "validated_on", "institutions", "process",
                 "executive_summary", "limitations")


class ReportFields(QObject):
    """What the printed report needs from the assessment team: whether it is validated, by whom and when,
    the institutions consulted, how the work was done, the key findings and the limitations."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.status = QComboBox(parent)
        self.status.addItem(self.tr("Draft (not validated yet)"), ValidationStatus.DRAFT.value)
        self.status.addItem(self.tr("Validated"), ValidationStatus.VALIDATED.value)
        self.validated_by = QLineEdit(parent)
        self.validated_by.setPlaceholderText(self.tr("Name and function, e.g. A. Koné, Director of Human Rights"))
        self.validated_by.setToolTip(self.validated_by.placeholderText())  # whole where the field cuts it
        self.validated_on = QDateEdit(QDate.currentDate(), parent)
        self.validated_on.setCalendarPopup(True)
        self.institutions = self._text(parent, self.tr("One a line: ministries, courts, police, NGOs, UN agencies…"))
        self.process = self._text(parent, self.tr("Who answered, in which meetings or workshops, between which "
                                                  "dates, with which documents"))
        self.executive_summary = self._text(parent, self.tr("The key findings, in your own words: printed at the "
                                                            "top of the report's summary"))
        self.limitations = self._text(parent, self.tr("What the assessment could not cover or verify"))
        self.status.currentIndexChanged.connect(self._status_changed)
        self._status_changed()

    @staticmethod
    def _text(parent: QWidget, placeholder: str) -> QPlainTextEdit:
        edit = QPlainTextEdit(parent)
        edit.setPlaceholderText(placeholder)
        edit.setTabChangesFocus(True)
        edit.setMinimumHeight(edit.fontMetrics().height() * 4)
        return edit

    def page(self) -> QWidget:
        inner = QWidget()
        form = QFormLayout(inner)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for text, widget, name in (
            (self.tr("&Status:"), self.status, self.tr("Status of the report")),
            (self.tr("Validated &by:"), self.validated_by, self.tr("Who validated the report")),
            (self.tr("Validated o&n:"), self.validated_on, self.tr("Date of validation")),
            (self.tr("&Institutions consulted:"), self.institutions, self.tr("Institutions consulted")),
            (self.tr("&How the assessment was carried out:"), self.process, self.tr("How the assessment was carried out")),
            (self.tr("&Key findings:"), self.executive_summary, self.tr("Key findings")),
            (self.tr("&Limitations:"), self.limitations, self.tr("Limitations")),
        ):
            label = QLabel(text, inner)
            label.setBuddy(widget)
            widget.setAccessibleName(name)
            if isinstance(widget, QPlainTextEdit):
                label.setWordWrap(True)
                # a long text: its label above it, the box the whole width (beside it, "How the assessment
                # was carried out:" took half the dialog at 150 % text)
                form.addRow(label)
                form.addRow(widget)
            else:
                form.addRow(label, widget)
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setWidget(inner)
        return area

    def _status_changed(self) -> None:
        validated = self.status.currentData() == ValidationStatus.VALIDATED
        self.validated_by.setEnabled(validated)
        self.validated_on.setEnabled(validated)

    def set_values(self, values: dict[str, Any]) -> None:
        self.status.setCurrentIndex(max(0, self.status.findData(ValidationStatus(values.get("validation_status", ValidationStatus.DRAFT)).value)))
        self.validated_by.setText(values.get("validated_by", ""))
        self.validated_by.setCursorPosition(0)
        d = values.get("validated_on")
        if isinstance(d, date):
            self.validated_on.setDate(QDate(d.year, d.month, d.day))
        for name in ("institutions", "process", "executive_summary", "limitations"):
            edit: QPlainTextEdit = getattr(self, name)
            edit.setPlainText(values.get(name, ""))

    def values(self) -> dict[str, Any]:
        validated = self.status.currentData() == ValidationStatus.VALIDATED
        d = self.validated_on.date()
        return {"validation_status": ValidationStatus(self.status.currentData()),
                "validated_by": self.validated_by.text().strip() if validated else "",
                "validated_on": date(d.year(), d.month(), d.day()) if validated else None,
                **{name: getattr(self, name).toPlainText().strip()
                   for name in ("institutions", "process", "executive_summary", "limitations")}}
