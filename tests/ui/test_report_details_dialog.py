"""The assessment details dialog holds what the report needs (validation, institutions, process, key
findings, limitations) on a second tab, saved with the details; it fits a 1024×600 screen."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from app.ui.assessment_dialogs import AssessmentDialog, summary_values
from tests.ui.helpers import add_assessment, make_controller, make_window, set_language


@pytest.fixture(autouse=True)
def english():
    set_language("en")
    yield
    set_language("en")


@pytest.fixture
def controller(tmp_path: Path):
    c = make_controller(tmp_path / "a.sqlite")
    yield c
    c.ws.close()


def test_a_new_assessment_asks_only_the_details(qtbot) -> None:
    dialog = AssessmentDialog()
    qtbot.addWidget(dialog)
    assert dialog.report is None and dialog.report_values() == {}


@pytest.mark.parametrize("lang", ["en", "fr", "ar"])
def test_the_report_tab_round_trips_and_fits_a_small_screen(qtbot, controller, lang) -> None:
    set_language(lang)
    aid = add_assessment(controller)
    summary = next(s for s in controller.assessments() if s.id == aid)
    dialog = AssessmentDialog(None, summary_values(controller, summary))
    qtbot.addWidget(dialog)
    assert dialog.tabs.count() == 2
    report = dialog.report
    assert report is not None and not report.validated_by.isEnabled()  # a draft has no validator yet
    report.status.setCurrentIndex(report.status.findData("validated"))
    assert report.validated_by.isEnabled()
    report.validated_by.setText("A. Koné")
    report.institutions.setPlainText("Ministère de la Justice\nUNICEF")
    report.limitations.setPlainText("Pas de données de police")
    values = dialog.report_values()
    assert values["validation_status"] == "validated" and values["validated_by"] == "A. Koné"
    assert isinstance(values["validated_on"], date)
    hint = dialog.minimumSizeHint()
    assert hint.width() <= 1008 and hint.height() <= 528, hint


def test_editing_the_details_saves_the_report_fields(qtbot, controller, monkeypatch) -> None:
    aid = add_assessment(controller)
    window = make_window(qtbot, controller)

    def fill(self: AssessmentDialog) -> int:
        assert self.report is not None
        self.report.executive_summary.setPlainText("Le cadre légal est largement en place.")
        self.report.process.setPlainText("Deux ateliers")
        return int(AssessmentDialog.DialogCode.Accepted)

    monkeypatch.setattr(AssessmentDialog, "exec", fill)
    window.list_page.select(aid)
    window.list_page.edit_selected()
    info = controller.info(aid)
    assert info.executive_summary == "Le cadre légal est largement en place." and info.process == "Deux ateliers"
    assert info.validation_status == "draft" and info.title == "National review 2026"


def test_the_details_dialog_uses_the_screen_height_for_the_report_tab(qtbot, controller) -> None:
    """'For the report' was cramped at 1024x600: the dialog now takes the height its long texts want, within
    the screen (they scroll beyond it)."""
    from app.ui.fit import available

    aid = add_assessment(controller)
    summary = next(s for s in controller.assessments() if s.id == aid)
    dialog = AssessmentDialog(None, summary_values(controller, summary))
    qtbot.addWidget(dialog)
    area = available(dialog)
    want = dialog.tabs.widget(1).widget().sizeHint().height()
    assert dialog.height() <= area.height()
    assert dialog.height() >= min(area.height(), want)  # all of it when the screen allows, else the screen


@pytest.mark.parametrize("lang", ["en", "fr", "ar"])
def test_the_report_tab_gives_its_width_to_the_texts_at_150_percent(qtbot, controller, lang) -> None:
    """The outside walk: at 150 % text the labels' column took half the dialog ("How the assessment was carried
    out:" beside its box). A long text's label now sits above it and the box takes the whole width."""
    set_language(lang, 1.5)
    aid = add_assessment(controller)
    summary = next(s for s in controller.assessments() if s.id == aid)
    dialog = AssessmentDialog(None, summary_values(controller, summary))
    qtbot.addWidget(dialog)
    dialog.resize(1008, 528)
    dialog.show()
    dialog.tabs.setCurrentIndex(1)
    qtbot.waitExposed(dialog)
    report = dialog.report
    assert report is not None
    page = dialog.tabs.currentWidget()
    for box in (report.institutions, report.process, report.executive_summary, report.limitations):
        assert box.width() >= page.width() * 0.8, (box.width(), page.width())
    label = report.process.parentWidget().layout().labelForField(report.process)
    assert label is None  # above the box, spanning the row, not a column beside it


def test_long_details_show_their_start(qtbot, controller) -> None:
    """The outside walk: the details dialog opened with the title field scrolled to its end ("…de la Justice"),
    and the validator's placeholder was cut: fields show their start; the placeholder is whole in the tooltip."""
    title = "Revue nationale OPSC 2026 — Ministère de la Justice, des Droits humains et de la Promotion civique"
    aid = add_assessment(controller, title)
    summary = next(s for s in controller.assessments() if s.id == aid)
    dialog = AssessmentDialog(None, summary_values(controller, summary))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.title.text() == title and dialog.title.cursorPosition() == 0
    assert dialog.organisation.cursorPosition() == 0
    report = dialog.report
    assert report is not None and report.validated_by.cursorPosition() == 0
    assert report.validated_by.toolTip() == report.validated_by.placeholderText() != ""
