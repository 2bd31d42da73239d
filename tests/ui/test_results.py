"""Results dashboard over a real Workspace on a real SQLite file, answers given through the controller."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from app.domain.report import Priority
from app.services.workspace import Workspace
from app.storage import open_database
from app.ui import i18n
from app.ui.controller import Controller
from app.ui.results import ResultsView
from app.ui.weights import OVERRIDE_MARK, select_row
from tests.factories import make_questionnaire, sample_answers


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "a.sqlite"


@pytest.fixture
def controller(qapp, db_path: Path):
    i18n.apply_language(qapp, "en")
    ws = Workspace(open_database(db_path), make_questionnaire())
    c = Controller(ws)
    aid = c.create(title="National review", country_code="MA")
    assert aid is not None
    c.open(aid)
    yield c
    ws.close()
    i18n.apply_language(qapp, "en")


def answer_all(c: Controller) -> None:
    for a in sample_answers():
        c.set_answer(a.question_id, value=a.value, na_reason=a.na_reason, confidence=a.confidence)


@pytest.fixture
def view(qtbot, controller: Controller) -> ResultsView:
    answer_all(controller)
    v = ResultsView(controller)
    qtbot.addWidget(v)
    v.resize(1100, 700)
    v.show()
    qtbot.waitExposed(v)
    return v


def gap_ids(v: ResultsView) -> list[str]:
    return [v.gaps_table.item(r, 0).text() for r in range(v.gaps_table.rowCount())]


def section_row(v: ResultsView, section_id: str) -> int:
    rows = [r for r in range(v.sections_table.rowCount())
            if v.sections_table.item(r, 0).data(Qt.ItemDataRole.UserRole) == section_id]
    assert len(rows) == 1
    return rows[0]


# ---- header ----------------------------------------------------------------------------------------

def test_header_shows_the_overall_score_of_the_sample_answers(view: ResultsView):
    # by hand: (3*1 + 2*1/3 + 2.5*0 + 3*2/3) / (3 + 2 + 2.5 + 3) = 5.667 / 10.5 = 53.97 %
    by_hand = 100 * (3 + 2 / 3 + 0 + 2) / 10.5
    assert view.controller.score().overall.score == pytest.approx(by_hand)
    assert view.overall_label.text() == i18n.fmt_percent(by_hand)
    assert view.overall_label.text().replace("\u00a0", " ").startswith("54")
    assert view.band_label.text() == "Developing"
    # conservative: 5.667 / (10.5 + 1.5 + 2) = 40.5 %; coverage 4 of 6 applicable = 67 %
    assert i18n.fmt_percent(100 * (3 + 2 / 3 + 2) / 14) in view.details_label.text()
    # coverage first, in its own line: 4 of 6 applicable = 67 %, which reaches two thirds: a band is given
    assert i18n.fmt_share(4 / 6) in view.coverage_label.text()
    assert "4 of 6" in view.coverage_label.text()
    assert view.overridden_label.isHidden()


def test_thin_evidence_gives_a_provisional_score_and_no_band(qtbot, controller: Controller):
    """2 of 6 applicable answered: the score is shown as provisional, after the coverage, with no band."""
    controller.set_answer("III.A-01", value="fully")
    controller.set_answer("V-01", value="not")
    v = ResultsView(controller)
    qtbot.addWidget(v)
    v.show()
    # by hand: (3*1 + 3*0) / 6 = 50 %, coverage 2 of 7 applicable
    assert v.overall_label.text() == "Provisional: " + i18n.fmt_percent(50.0)
    assert "Developing" not in v.band_label.text() and "two thirds" in v.band_label.text()
    assert v.coverage_label.text().startswith("Coverage: " + i18n.fmt_share(2 / 7))
    row = section_row(v, "III.A")  # 1 of 3 answered
    # "100%†" as the capabilities show it, the words in the tooltip and the legend under the table
    assert v.sections_table.item(row, 3).text() == i18n.fmt_percent(100.0) + "\u2020"
    assert v.sections_table.item(row, 3).toolTip() == "provisional: " + i18n.fmt_percent(100.0)
    assert "\u2020 provisional" in v.grouped.legend.text()
    assert v.sections_table.item(row, 5).text() == "no band (provisional)"
    assert v.sections_table.item(row, 5).toolTip() == "no band: coverage under two thirds"


def test_header_says_not_scored_without_answers(qtbot, controller: Controller):
    v = ResultsView(controller)
    qtbot.addWidget(v)
    v.show()
    assert v.overall_label.text() == "Not scored" and i18n.fmt_percent(None) == "not scored"
    assert v.band_label.text() == ""
    assert v.gaps_table.rowCount() == 0
    assert v.bar_chart.items[0][1] is None


def test_an_answer_changed_through_the_controller_updates_the_view_at_once(view: ResultsView):
    view.controller.set_answer("III.B-01", value="fully")
    # by hand: (3 + 2/3 + 2.5 + 2) / 10.5 = 77.78 %
    assert view.overall_label.text() == i18n.fmt_percent(100 * (3 + 2 / 3 + 2.5 + 2) / 10.5)
    assert view.overall_label.text().replace("\u00a0", " ").startswith("78")
    assert "III.B-01" not in gap_ids(view)
    row = section_row(view, "III.B")  # 1 of 2 answered (the other is don't know): provisional
    assert view.sections_table.item(row, 3).text() == i18n.fmt_percent(100.0) + "\u2020"  # provisional


def test_a_hidden_view_refreshes_when_shown_again(view: ResultsView):
    view.hide()
    view.controller.set_answer("V-01", value="not")
    assert view.overall_label.text().replace("\u00a0", " ").startswith("54")  # not recomputed while hidden
    view.show()
    # by hand: (3 + 2/3 + 0 + 0) / 10.5 = 34.9 %
    assert view.overall_label.text() == i18n.fmt_percent(100 * (3 + 2 / 3) / 10.5)


def test_charts_and_section_table_show_the_scores(view: ResultsView):
    labels = [item[0] for item in view.bar_chart.items]
    assert labels == ["III.A Legislation", "III.B Data collection", "V Prohibition"]
    iii_a = view.controller.score().sections["III.A"]
    assert view.bar_chart.items[0][1:] == (iii_a.score, iii_a.conservative)
    assert [c for c, _ in view.radar_chart.items] == ["III General measures", "V Prohibition"]
    row = section_row(view, "III.A")
    # III.A by hand: (3*1 + 2*1/3) / 5 = 73.3 %; equal weights (1 + 1/3) / 2 = 66.7 %
    assert view.sections_table.item(row, 3).text() == i18n.fmt_percent(100 * (3 + 2 / 3) / 5)
    assert view.sections_table.item(row, 6).text() == i18n.fmt_percent(100 * (4 / 3) / 2)
    assert view.sections_table.item(row, 5).text() == "Established"
    # coverage first; confidence shares of the two answered: none declared, one documented, one verified
    assert view.sections_table.item(row, 2).text() == i18n.fmt_share(1.0)
    assert view.sections_table.item(row, 7).text() == " · ".join(
        [i18n.fmt_share(0.0), i18n.fmt_share(0.5), i18n.fmt_share(0.5)])


# ---- gaps ------------------------------------------------------------------------------------------

def test_gaps_are_sorted_by_weight_times_gap(view: ResultsView):
    # III.B-01: 2.5 * 1 = 2.5; III.A-02: 2 * 2/3 = 1.33; V-01: 3 * 1/3 = 1.0
    assert gap_ids(view) == ["III.B-01", "III.A-02", "V-01"]
    assert view.gaps_table.item(0, 2).text() == "Question III.B-01?"
    assert view.gaps_table.item(0, 3).text() == "Not in place"
    assert view.gaps_table.item(1, 5).text() == i18n.fmt_number(4 / 3, 2)


def test_filters_reduce_the_gaps(view: ResultsView):
    view.section_filter.setCurrentIndex(view.section_filter.findData("III.A"))
    assert gap_ids(view) == ["III.A-02"]
    view.section_filter.setCurrentIndex(0)
    view.confidence_filter.setCurrentIndex(view.confidence_filter.findData("declared"))
    assert gap_ids(view) == ["III.B-01", "V-01"]
    view.section_filter.setCurrentIndex(view.section_filter.findData("V"))
    assert gap_ids(view) == ["V-01"]


def test_activating_a_gap_opens_its_question(qtbot, view: ResultsView):
    view.tabs.setCurrentIndex(2)
    table = view.gaps_table
    select_row(table, 1)
    with qtbot.waitSignal(view.open_question) as blocker:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert blocker.args == ["III.A-02"]
    rect = table.visualItemRect(table.item(2, 2))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # a real double-click
    with qtbot.waitSignal(view.open_question) as blocker:  # starts with a press
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == ["V-01"]


def test_creating_an_action_from_a_gap_stores_it_with_the_suggested_priority(qtbot, view, db_path):
    select_row(view.gaps_table, 0)
    assert view.create_action_button.isEnabled()
    qtbot.mouseClick(view.create_action_button, Qt.MouseButton.LeftButton)
    dialog = view.action_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.priority.currentData() == "high"  # 2.5 * 1 >= 1.5
    dialog.description.setPlainText("Set up a national database of cases")
    dialog.lead.setText("Ministère de la Justice")
    dialog.no_deadline.setChecked(True)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    fresh = Workspace(open_database(db_path), make_questionnaire())
    try:
        [stored] = fresh.actions(view.controller.current)
    finally:
        fresh.close()
    assert (stored.question_id, stored.priority, stored.deadline) == ("III.B-01", Priority.HIGH, None)
    assert stored.description == "Set up a national database of cases"
    assert stored.lead == "Ministère de la Justice"


def test_create_action_needs_a_selected_gap(view: ResultsView):
    view.gaps_table.clearSelection()
    assert not view.create_action_button.isEnabled()


# ---- weights ---------------------------------------------------------------------------------------

def open_weights(qtbot, view: ResultsView):
    qtbot.mouseClick(view.weights_button, Qt.MouseButton.LeftButton)
    dialog = view.weights_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.select("III.A-01")
    assert dialog.spin.value() == 3.0
    return dialog


def test_a_weight_override_changes_the_section_score_and_is_marked(qtbot, view: ResultsView):
    dialog = open_weights(qtbot, view)
    dialog.spin.setValue(1.0)
    dialog.reason.setText("Covered by another question")
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert view.controller.weight_overrides() == {"III.A-01": 1.0}
    assert view.controller.weight_reasons() == {"III.A-01": "Covered by another question"}
    by_hand = 100 * (1 * 1 + 2 * 1 / 3) / (1 + 2)  # 55.6 %
    assert view.controller.score().sections["III.A"].score == pytest.approx(by_hand)
    assert round(by_hand, 1) == 55.6
    row = section_row(view, "III.A")
    assert view.sections_table.item(row, 3).text() == i18n.fmt_percent(by_hand)
    assert OVERRIDE_MARK in view.sections_table.item(row, 0).text()
    assert "III.A-01" in view.sections_table.item(row, 0).toolTip()
    assert not view.overridden_label.isHidden()
    assert OVERRIDE_MARK in dialog.table.item(0, 3).text()
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert view.controller.weight_overrides() == {}
    assert OVERRIDE_MARK not in view.sections_table.item(section_row(view, "III.A"), 0).text()
    assert view.overridden_label.isHidden()


def test_an_overridden_weight_is_marked_in_the_gaps(qtbot, view: ResultsView):
    view.controller.set_weight("III.A-02", 4.0, "Central in this country")
    row = gap_ids(view).index("III.A-02")
    assert view.gaps_table.item(row, 4).text() == f"4.00 {OVERRIDE_MARK}"  # weights with two decimals, like "2.50"
    assert gap_ids(view)[0] == "III.A-02"  # 4 * 2/3 = 2.67 now outranks III.B-01 (2.5)


def test_a_zero_weight_is_refused_with_a_message(qtbot, view: ResultsView):
    dialog = open_weights(qtbot, view)
    dialog.spin.setValue(0.0)
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert not dialog.error.isHidden()
    assert "greater than zero" in dialog.error.text()
    assert view.controller.weight_overrides() == {}
    assert view.overall_label.text().replace("\u00a0", " ").startswith("54")


def test_the_service_refusal_is_shown_in_the_weights_dialog(qtbot, view: ResultsView):
    dialog = open_weights(qtbot, view)
    view.controller.set_weight("III.A-01", -1.0)  # refused by the services, reported through `failed`
    assert not dialog.error.isHidden()
    assert "greater than zero" in dialog.error.text()
    assert view.controller.weight_overrides() == {}


# ---- languages -------------------------------------------------------------------------------------

@pytest.mark.parametrize("lang, band", [("fr", "En développement"), ("ar", "قيد التطوير")])
def test_band_and_content_follow_the_interface_language(qtbot, qapp, controller, lang, band):
    answer_all(controller)
    i18n.apply_language(qapp, lang)
    v = ResultsView(controller)
    qtbot.addWidget(v)
    v.show()
    assert v.band_label.text() == band
    assert v.gaps_table.item(0, 2).text() == make_questionnaire().question("III.B-01").text.get(lang)
    if lang == "ar":
        assert v.isRightToLeft() and v.bar_chart.isRightToLeft()
        select_row(v.gaps_table, 0)  # QTableView.selectRow would select nothing here
        assert v.selected_gap() is not None
    assert isinstance(v.tabs.currentWidget(), QWidget)
