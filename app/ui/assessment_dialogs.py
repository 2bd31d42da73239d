"""Creating an assessment and editing its details: title, country, date, organisation, assessors and
the confidentiality marking. Problems are shown beside the field, not in a pop-up."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QStringListModel, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.services.countries import countries, country_name, find_code, search
from app.services.workspace import AssessmentSummary

from . import i18n

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
            self.setEditText(country_name(code))


class AssessmentDialog(QDialog):
    """New assessment (values=None) or the details of an existing one."""

    def __init__(self, parent: QWidget | None = None, values: dict[str, Any] | None = None):
        super().__init__(parent)
        self._new = values is None
        self.setWindowTitle(self.tr("New assessment") if self._new else self.tr("Edit assessment details"))
        self.setMinimumWidth(480)
        lang = i18n.current_language()
        self.title = QLineEdit(self)
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
        layout.addLayout(form)
        layout.addWidget(self.buttons)

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
    return {"title": info.title, "country_code": info.country_code, "assessment_date": info.assessment_date,
            "organisation": info.organisation, "assessors": info.assessors, "confidentiality": info.confidentiality}
