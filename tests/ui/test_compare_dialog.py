"""The comparison dialog over a real SQLite file: a review and its follow-up (over time), and three
countries (across countries). The matrix, the changes, the action plan's progress, export."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from app.domain.answers import AnswerValue
from app.services.comparison import Reading
from app.services.followup import follow_up
from app.ui import i18n
from app.ui.compare_dialog import BAND_TINTS, IMPROVED, PROVISIONAL_TINT, REGRESSED, CompareDialog
from tests.factories import sample_answers
from tests.ui.helpers import add_assessment, make_controller, set_language


@pytest.fixture
def controller(tmp_path):
    set_language("en")
    c = make_controller(tmp_path / "a.sqlite")
    base = add_assessment(c, "Review 2024", "MA")
    c.open(base)
    for a in sample_answers():
        c.set_answer(a.question_id, value=a.value, na_reason=a.na_reason, confidence=a.confidence,
                     comment=a.comment)
    c.add_action("III.B-01", description="Create a database", deadline=date(2020, 1, 1))
    c.add_action("V-01", description="Train judges", status="done")
    new = follow_up(c.ws, base, "Review 2026").assessment_id
    c.open(new)
    c.confirm_all()
    c.set_answer("III.B-01", value=AnswerValue.FULLY, comment="Database opened in 2025")  # 0 -> 1
    c.set_answer("III.A-02", value=AnswerValue.NOT)  # 1/3 -> 0
    c.ids = (base, new)  # type: ignore[attr-defined]
    yield c
    c.ws.close()
    set_language("en")


def dialog(qtbot, c, ids) -> CompareDialog:
    d = CompareDialog(c, list(ids))
    qtbot.addWidget(d)
    d.show()
    return d


def row_of(d: CompareDialog, title_start: str) -> int:
    t = d.matrix
    return next(r for r in range(t.rowCount()) if t.item(r, 0).text().startswith(title_start))


def test_over_time_matrix_changes_and_action_plan(qtbot, controller):
    base, new = controller.ids
    d = dialog(qtbot, controller, (base, new))
    assert d.chosen() == [base, new]
    t = d.matrix
    assert t.columnCount() == 4 and t.rowCount() == 1 + 3  # overall + three sections
    b = row_of(d, "III.B")
    # III.B: 0 % (coverage 1/2) -> 100 % (1/2): both provisional? coverage 0.5 < 2/3: grey, marked
    assert t.item(b, 1).text().startswith("provisional: " + i18n.fmt_percent(0.0))
    assert t.item(b, 1).background().color() == QColor(PROVISIONAL_TINT)
    # on thin evidence (coverage 1/2 on each side) no verdict: no arrow, no "improved", but why (issue 17 reader)
    assert "▲" not in t.item(b, 3).text() and "mprove" not in t.item(b, 3).toolTip()
    assert "provisional, no verdict yet" in t.item(b, 3).text()
    assert "coverage under two thirds" in t.item(b, 3).toolTip()
    assert t.item(b, 3).foreground().color() != IMPROVED and not t.item(b, 3).font().bold()
    a = row_of(d, "III.A")
    # III.A: (3 + 2/3) / 5 = 73.3 % -> 3 / 5 = 60 %: regressed, both with full coverage and a band
    assert t.item(a, 1).text().split("\n")[0] == i18n.fmt_percent(100 * (3 + 2 / 3) / 5)
    assert t.item(a, 2).text().split("\n")[0] == i18n.fmt_percent(60.0)
    assert t.item(a, 2).background().color() == QColor(BAND_TINTS["established"])
    assert t.item(a, 3).text().startswith("▼") and "provisional" not in t.item(a, 3).text()
    assert t.item(a, 3).foreground().color() == REGRESSED
    # score, conservative score and coverage in each cell: III.A first (3 + 2/3) / 5 with full coverage
    assert t.item(a, 1).text().split("\n")[1:] == [
        "conservative " + i18n.fmt_percent(100 * (3 + 2 / 3) / 5), "coverage " + i18n.fmt_share(1.0)]
    ch = d.changed
    assert [ch.item(r, 0).text() for r in range(ch.rowCount())] == ["III.A-02", "III.B-01"]
    assert "improved" in ch.item(1, 3).text() and "Database opened in 2025" in ch.item(1, 4).text()
    assert d.tabs.isTabEnabled(2)
    assert "done 1" in d.actions_label.text() and "late 1" in d.actions_label.text()
    assert not d.note.isVisible()


def test_across_countries_and_too_few(qtbot, controller):
    base, new = controller.ids
    other = add_assessment(controller, "Revue 2026", "SN")
    d = dialog(qtbot, controller, (base,))
    assert d.comparison is None and not d.xlsx_button.isEnabled()
    d.set_chosen([base, new, other])
    assert d.comparison is not None and d.matrix.columnCount() == 5
    # Morocco twice and Senegal: neither over time nor one assessment per country
    assert d.comparison.reading is Reading.MIXED and "Mixed comparison" in d.summary.text()
    col = 1 + d.comparison.ids.index(other)
    assert d.matrix.item(0, col).text().startswith("not scored")  # nothing answered: not a poor score
    assert d.matrix.item(0, col).background().color() != QColor(BAND_TINTS["minimal"])
    d.set_chosen([base, other])
    assert d.comparison.reading is Reading.ACROSS_COUNTRIES and "Across countries" in d.summary.text()
    assert "improved" not in d.summary.text()
    last = d.matrix.columnCount() - 1
    assert d.matrix.horizontalHeaderItem(last).text().startswith("Spread")
    for r in range(d.matrix.rowCount()):  # neutral: no arrow, no green or red
        cell = d.matrix.item(r, last)
        assert "▲" not in cell.text() and "▼" not in cell.text()
        assert cell.foreground().color() not in (IMPROVED, REGRESSED)
        assert cell.text() == "–" or cell.text().replace("\u2066", "").replace("\u2069", "").endswith(" pts")
    assert d.changed.isColumnHidden(3)  # no direction from one country to another
    assert not d.tabs.isTabEnabled(2)  # the action plan's progress: a review and its follow-up only


def test_picker_is_keyboard_operable(qtbot, controller):
    base, new = controller.ids
    d = dialog(qtbot, controller, ())
    d.picker.setFocus()
    d.picker.setCurrentRow(0)
    qtbot.keyClick(d.picker, Qt.Key.Key_Space)
    d.picker.setCurrentRow(1)
    qtbot.keyClick(d.picker, Qt.Key.Key_Space)
    assert d.chosen() == [base, new] and d.comparison is not None


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_translated(qtbot, controller, lang):
    set_language(lang)
    d = dialog(qtbot, controller, controller.ids)
    assert d.windowTitle() != "Compare assessments"
    assert not d.tabs.tabText(1).startswith("Changed answers")
    assert d.isRightToLeft() is (lang == "ar")


def test_export_buttons_write_the_comparison(qtbot, controller, tmp_path):
    d = dialog(qtbot, controller, controller.ids)
    assert d.xlsx_button.isVisibleTo(d) and d.pdf_button.isVisibleTo(d)
    out = d.write("xlsx", tmp_path / "cmp.xlsx")
    assert out is not None and out.exists()
    from openpyxl import load_workbook

    assert len(load_workbook(out).sheetnames) >= 1
    pdf = d.write("pdf", tmp_path / "cmp.pdf")
    assert pdf is not None and pdf.read_bytes().startswith(b"%PDF")


def test_changed_answers_show_na_reasons_and_french_colons(qtbot, controller):
    base, new = controller.ids
    controller.open(new)
    controller.set_answer("III.A-03", value=AnswerValue.FULLY)  # N/A (with its reason) in 2024 -> fully
    set_language("fr")
    d = dialog(qtbot, controller, (base, new))
    ch = d.changed
    rows = {ch.item(r, 0).text(): r for r in range(ch.rowCount())}
    notes = ch.item(rows["III.A-03"], 4).text()
    assert notes == "Review 2024\u00a0: sans objet\u00a0: No such technology in use."
    assert ch.item(rows["III.B-01"], 4).text() == "Review 2026\u00a0: Database opened in 2025"


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_dialog_fits_the_screen_and_its_columns_fit_the_dialog(qtbot, controller, lang):
    """It was a fixed 960x540: taller than a 1024x600 screen leaves, only the first column at 150 % text, and in
    Arabic the picker cut the start of a French title. Now bounded by the screen, resizable, columns fitted."""
    from app.ui.fit import available

    set_language(lang)
    d = dialog(qtbot, controller, controller.ids)
    area = available(d)
    assert d.width() <= area.width() and d.height() <= area.height(), (d.size(), area)
    assert d.minimumSizeHint().height() <= area.height()
    QApplication.processEvents()
    QApplication.processEvents()
    t = d.matrix
    header = t.horizontalHeader()
    assert sum(header.sectionSize(c) for c in range(header.count())) <= t.viewport().width() + 1
    assert header.sectionSize(0) >= t.fontMetrics().averageCharWidth() * 20  # the section names keep the room
    assert d.picker.wordWrap() and d.picker.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff


def test_a_provisional_change_in_arabic_keeps_its_sign_before_the_digits_and_gives_no_verdict(qtbot, controller):
    """Issue 17 reader: in Arabic a negative difference read "6.7−"; a provisional one said "improved". The
    difference is a left-to-right isolate ("−54.0" as written), with no arrow, then "provisional, no verdict"."""
    base, _ = controller.ids
    set_language("ar")
    new = follow_up(controller.ws, base, "Review 2027").assessment_id  # every answer still to confirm
    controller.open(new)
    controller.set_answer("III.A-02", value=AnswerValue.NOT)
    d = dialog(qtbot, controller, (base, new))
    overall = next(r for r in range(d.matrix.rowCount()) if d.matrix.item(r, 0).font().bold())
    text = d.matrix.item(overall, d.matrix.columnCount() - 1).text()
    number = text.split("\n")[0]
    assert number.startswith("\u2066") and number.endswith("\u2069")  # isolated left to right
    shown = number.strip("\u2066\u2069\u200e\u061c")  # less the isolate and the locale's direction marks
    assert shown[0] in "-\u2212" and shown[1].isdigit()  # the sign first, then the digits
    assert "▲" not in text and "▼" not in text and "مؤقّت، لا حكم بعد" in text


@pytest.mark.parametrize("lang", ["ar", "fr", "en"])
def test_at_150_percent_the_list_label_and_the_summary_do_not_meet_and_dates_stay_whole(qtbot, controller,
                                                                                       lang) -> None:
    """The outside walk, Arabic at 150 % text: the list's label ran into the summary beside it, and dates broke
    after a slash ("11/23/" then "2026" on the next line)."""
    set_language(lang, 1.5)
    d = dialog(qtbot, controller, controller.ids)
    d.resize(1008, 528)
    qtbot.wait(50)
    label = QRect(d.picker_label.mapTo(d, QPoint(0, 0)), d.picker_label.size())
    summary = QRect(d.summary.mapTo(d, QPoint(0, 0)), d.summary.size())
    assert not label.intersects(summary), (label, summary)
    assert summary.bottom() < label.top()  # the summary across the top, the list's label under it
    for r in range(d.picker.count()):
        text = d.picker.item(r).text()
        assert "/" not in text.replace("/\u2060", "") and "\u2068" in text, text  # no break inside the date
    header = d.matrix.horizontalHeaderItem(1).text()
    assert "\u2068" in header and "/" not in header.replace("/\u2060", ""), header


def test_comparing_from_a_baseline_ticks_it_and_its_follow_up(qtbot, controller):
    """The outside walk: opened from a baseline, the dialog ticked only the baseline; the follow-up started from it
    is what a user wants to compare it with. From the follow-up, its baseline is ticked too (as before)."""
    from tests.ui.helpers import make_window

    base, new = controller.ids
    window = make_window(qtbot, controller)
    window.close_assessment()
    for target in (base, new):
        window.list_page.select(target)
        window.compare_assessments()
        assert window.compare_dialog.chosen() == [base, new], target
        window.compare_dialog.close()
    window.close()
