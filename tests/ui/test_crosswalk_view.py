"""The results screen's view switch (sections / MNR / ICMEC) over a real SQLite file, with the hand-worked
fixture of tests/domain/test_crosswalk.py: mnr-01 54.5 %, mnr-03 54.0 % (III.B-01, III.A-02, V-01 drive its
gap), mnr-12 mapped by no question."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication

from app.domain.crosswalk import CAVEAT_MARK
from app.ui import i18n
from app.ui.results import ResultsView
from app.ui.weights import select_row
from tests.domain.test_crosswalk import tagged_questionnaire
from tests.factories import sample_answers
from tests.ui.helpers import add_assessment, make_controller, set_language


@pytest.fixture
def results_view(qtbot, tmp_path: Path):
    """The results view, shown on its grouped tab, over `questionnaire` in `lang` with the sample answers."""
    made: list = []

    def make(questionnaire, lang: str = "en") -> ResultsView:
        set_language(lang)
        c = make_controller(tmp_path / "a.sqlite", questionnaire)
        made.append(c)
        c.open(add_assessment(c))
        for a in sample_answers():
            c.set_answer(a.question_id, value=a.value, na_reason=a.na_reason, confidence=a.confidence)
        v = ResultsView(c)
        qtbot.addWidget(v)
        v.resize(1100, 700)
        v.show()
        qtbot.waitExposed(v)
        v.tabs.setCurrentIndex(1)
        return v

    yield make
    for c in made:
        c.ws.close()
    set_language("en")


@pytest.fixture
def view(results_view):
    return results_view(tagged_questionnaire())


def rows(v: ResultsView) -> dict[str, int]:
    t = v.grouped.panel.groups_table
    return {t.item(r, 0).data(Qt.ItemDataRole.UserRole): r for r in range(t.rowCount())}


def drivers(v: ResultsView) -> list[str]:
    t = v.grouped.panel.drivers_table
    return [t.item(r, 0).data(Qt.ItemDataRole.UserRole) for r in range(t.rowCount())]


def test_switch_shows_every_capability_with_hand_worked_scores(view: ResultsView):
    g = view.grouped
    assert g.stack.currentWidget() is view.sections_table  # sections first, as before
    g.set_view("mnr")
    assert g.stack.currentWidget() is g.panel
    t = g.panel.groups_table
    assert list(rows(view)) == ["mnr-01", "mnr-03", "mnr-12"]
    r1 = rows(view)["mnr-01"]
    # coverage 2/3 reaches the threshold: a quoted score with its band
    assert t.item(r1, 2).text() == i18n.fmt_percent(100 * 3 / 5.5)
    assert t.item(r1, 2).toolTip() == "Developing"
    assert t.item(r1, 3).text() == i18n.fmt_percent(40.0)
    r3 = rows(view)["mnr-03"]
    assert t.item(r3, 2).text() == i18n.fmt_percent(100 * (3 + 2 / 3 + 2) / 10.5)
    assert t.item(r3, 1).text() == i18n.fmt_share(0.8)
    assert "5" in t.item(r3, 0).toolTip()  # questions tagged with it
    empty = rows(view)["mnr-12"]
    assert t.item(empty, 1).text() == "no question maps here" and t.columnSpan(empty, 1) == 3


def test_selected_capability_lists_the_questions_driving_its_gap(qtbot, view: ResultsView):
    view.grouped.set_view("mnr")
    panel = view.grouped.panel
    assert drivers(view) == ["III.B-01"]  # the first capability is selected at once
    select_row(panel.groups_table, rows(view)["mnr-03"])
    assert drivers(view) == ["III.B-01", "III.A-02", "V-01"]
    # each row: the id, the answer and weight × gap on its first line, then the question's whole text
    heads = [panel.drivers_table.item(r, 0).text().split("\n")[0] for r in range(3)]
    assert [h.rsplit(" ", 1)[1] for h in heads] == [
        i18n.fmt_number(2.5, 2), i18n.fmt_number(4 / 3, 2), i18n.fmt_number(1.0, 2)]
    assert heads[0].startswith("III.B-01 · ") and "weight × gap" in heads[0]
    text = view.controller.questionnaire.question("III.B-01").text.get("en")
    assert panel.drivers_table.item(0, 0).text().split("\n", 1)[1] == text
    assert not panel.open_button.isEnabled()
    select_row(panel.drivers_table, 1)
    assert panel.open_button.isEnabled()
    with qtbot.waitSignal(view.open_question) as opened:
        panel.open_button.click()
    assert opened.args == ["III.A-02"]
    select_row(panel.groups_table, rows(view)["mnr-12"])
    assert drivers(view) == [] and "maps to this capability" in panel.drivers_note.text()
    assert panel.drivers_note.isVisibleTo(panel) and not panel.drivers_table.isVisibleTo(panel)


def test_answer_change_refreshes_the_crosswalk(view: ResultsView):
    view.grouped.set_view("icmec")
    assert list(rows(view)) == ["icmec.definition"]
    t = view.grouped.panel.groups_table
    assert t.item(0, 2).text() == i18n.fmt_percent(0.0)
    from app.domain.answers import AnswerValue

    view.controller.set_answer("III.B-01", value=AnswerValue.FULLY)
    view.refresh()
    assert t.item(0, 2).text() == i18n.fmt_percent(100.0)
    assert t.horizontalHeaderItem(0).text() == "Criterion"


def test_charts_page_has_a_chart_per_framework(view: ResultsView):
    charts = view.framework_charts.charts
    assert [label for label, _, _ in charts["mnr"].items] == ["1 Leadership", "3 Legislation", "12 Hotline"]
    assert charts["mnr"].items[2][1] is None


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_translated_and_selectable_right_to_left(view: ResultsView, lang: str):
    set_language(lang)
    QApplication.processEvents()  # the LanguageChange events
    g = view.grouped
    g.set_view("mnr")
    assert g.switch_label.text() == {"fr": "Afficher les scores &selon\u00a0:", "ar": "عرض ال&درجات حسب:"}[lang]
    assert g.switch.currentData() == "mnr"
    assert g.panel.selected_group() is not None and drivers(view) == ["III.B-01"]  # RTL: a row is selected
    assert view.tabs.tabText(1) == {"fr": "Tableaux des scores", "ar": "جداول الدرجات"}[lang]


def test_unmapped_and_unanswered_capabilities_say_which_they_are(view: ResultsView):
    """No question maps to mnr-12: "no question maps here", in the chart and the table. A capability whose
    questions are all unanswered: "not scored yet" (answering would give it a score)."""
    from app.domain.answers import AnswerValue

    chart = view.framework_charts.charts["mnr"]
    assert chart.notes == [None, None, "no question maps here"]
    assert "12 Hotline: no question maps here" in chart.toolTip()
    for qid in ("III.A-01", "III.B-01"):  # mnr-01 then has no answer on the scale (III.A-03 N/A, V-02 none)
        view.controller.set_answer(qid, value=AnswerValue.DONT_KNOW)
    view.refresh()
    assert chart.items[0][1] is None and chart.notes[0] == "not scored yet"
    view.grouped.set_view("mnr")
    t = view.grouped.panel.groups_table
    r1 = rows(view)["mnr-01"]
    assert t.item(r1, 2).text() == "not scored yet" and "none of them is answered" in t.item(r1, 2).toolTip()
    assert t.item(rows(view)["mnr-12"], 1).text() == "no question maps here"


@pytest.fixture
def noted_view(results_view, request):
    """The results view over a questionnaire where mnr-01 carries a coverage note (in en/fr/ar)."""
    from tests.export.test_crosswalk_caveats import noted_questionnaire

    return results_view(noted_questionnaire(), getattr(request, "param", "en"))


@pytest.mark.parametrize("noted_view", ["en", "fr", "ar"], indirect=True)
def test_groups_to_read_with_care_are_marked_with_the_reason(noted_view: ResultsView, request):
    from tests.export.test_crosswalk_caveats import NOTE

    lang = request.node.callspec.params["noted_view"]
    g = noted_view.grouped
    g.set_view("mnr")
    t = g.panel.groups_table
    r = rows(noted_view)
    assert t.item(r["mnr-01"], 0).text().startswith("* ")  # first, so that eliding on the right keeps it
    drawn = QFontMetrics(t.font()).elidedText(t.item(r["mnr-01"], 0).text(), Qt.TextElideMode.ElideRight,
                                              t.columnWidth(0) - t.fontMetrics().averageCharWidth() * 2)
    assert drawn.startswith("*"), drawn
    labels = [label for label, *_ in noted_view.framework_charts.charts["mnr"].items]
    assert any(label.startswith("* ") for label in labels) and not any(label.endswith("*") for label in labels)
    assert NOTE.get(lang) in t.item(r["mnr-01"], 0).toolTip()
    assert "*" not in t.item(r["mnr-03"], 0).text() and NOTE.get(lang) not in t.item(r["mnr-03"], 0).toolTip()
    select_row(t, r["mnr-01"])
    assert NOTE.get(lang) in g.panel.drivers_note.text()  # whole, wrapped (it was elided on one line)
    assert CAVEAT_MARK in g.legend.text() and g.legend.isVisibleTo(g)  # the * explained under the table
    g.set_view("icmec")
    r = rows(noted_view)
    proxy = {"en": "Proxy: based on 1 question only.", "fr": "Indicatif\u00a0: repose sur une seule question.",
             "ar": "مؤشر تقريبي: يستند إلى سؤال واحد فقط."}[lang]
    assert t.item(r["icmec.definition"], 0).text().startswith("* ")
    assert proxy in t.item(r["icmec.definition"], 0).toolTip()
    assert g.switch.currentText() == {"en": "ICMEC / REPERES legislative criteria",
                                      "fr": "Critères législatifs ICMEC / REPERES",
                                      "ar": "المعايير التشريعية ICMEC / REPERES"}[lang]
    assert "REPERES" in g.switch.toolTip() and "*" in g.switch.toolTip()
    noted_view.grouped.grab().save(f"/tmp/h17e_caveat_{lang}.png")
