"""The window fits the machines officials have: every tab of an open assessment at 1024×600 with normal
text and at 1366×768 with 150 % text, in English, French and Arabic (the shipped questionnaire, whose
long titles are what widened the window before). Also: each question opens at its top, the title names
the open assessment, and ids read correctly in Arabic."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFontMetricsF, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.definitions import check_questionnaire
from app.domain.questionnaire import Questionnaire
from app.services.settings import Settings
from app.ui import i18n
from app.ui.charts import BarChart
from app.ui.file_dialogs import ExportDialog
from app.ui.main_window import MainWindow
from tests.conftest import SHIPPED
from tests.ui.helpers import add_assessment, make_controller, set_language

FRAME = (16, 72)  # window border, title bar and a task bar around the window
SCREENS = [(1024, 600, 1.0), (1366, 768, 1.5)]


@pytest.fixture(scope="module")
def shipped() -> Questionnaire:
    q, problems = check_questionnaire(SHIPPED)
    assert q is not None, problems
    return q


@pytest.fixture(autouse=True)
def english():
    yield
    set_language("en")


def open_window(qtbot, tmp_path: Path, questionnaire: Questionnaire, lang: str, scale: float) -> MainWindow:
    set_language(lang, scale)
    controller = make_controller(tmp_path / "a.sqlite", questionnaire)
    aid = add_assessment(controller, "Revue nationale 2026", "CI")
    window = MainWindow(controller, Settings(first_run_done=True, language=lang, text_scale=scale))
    qtbot.addWidget(window)
    window.show()
    window.open_assessment(aid)
    assert window.stack.currentWidget() is window.page
    return window


@pytest.mark.parametrize("lang", ["en", "fr", "ar"])
@pytest.mark.parametrize(("width", "height", "scale"), SCREENS)
def test_every_tab_fits_the_screen(qtbot, tmp_path, shipped, lang, width, height, scale) -> None:
    window = open_window(qtbot, tmp_path, shipped, lang, scale)
    for tab in range(window.page.tabs.count()):  # the stack and tab widgets take the largest page's hint
        window.page.tabs.setCurrentIndex(tab)
        if tab == 1:
            for sub in range(window.page.results_view.tabs.count()):
                window.page.results_view.tabs.setCurrentIndex(sub)
        hint = window.minimumSizeHint()
        assert hint.width() <= width - FRAME[0], (lang, scale, tab, hint)
        assert hint.height() <= height - FRAME[1], (lang, scale, tab, hint)
    window.resize(width - FRAME[0], height - FRAME[1])
    QApplication.processEvents()
    assert window.width() <= width - FRAME[0]  # nothing forces it wider: no part falls off the screen
    window.controller.ws.close()


@pytest.mark.parametrize("lang", ["en", "fr", "ar"])
@pytest.mark.parametrize(("width", "height", "scale"), SCREENS)
def test_the_export_dialog_fits_the_screen(qtbot, tmp_path, shipped, lang, width, height, scale) -> None:
    window = open_window(qtbot, tmp_path, shipped, lang, scale)
    dialog = ExportDialog(window.controller, "pdf", window)
    hint = dialog.minimumSizeHint().expandedTo(dialog.minimumSize())
    assert hint.width() <= width - FRAME[0] and hint.height() <= height - FRAME[1], hint
    window.controller.ws.close()


def test_each_question_opens_at_its_top_after_a_tab_into_a_text_field(qtbot, tmp_path, shipped) -> None:
    window = open_window(qtbot, tmp_path, shipped, "en", 1.0)
    window.resize(1008, 528)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page = window.page.questions
    bar = page.scroll_area.verticalScrollBar()
    QApplication.processEvents()
    for _ in range(3):
        page.confidence.setFocus(Qt.FocusReason.OtherFocusReason)
        for _tab in range(2):  # two Tabs: into Evidence, then into Comment, below the fold
            QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is page.comment
        QApplication.processEvents()
        assert bar.value() > 0, "the comment is below the fold: the test needs a small window"
        QTest.keyClick(page.comment, Qt.Key.Key_PageDown)
        QApplication.processEvents()  # the new question laid out
        assert bar.value() == 0
        top = page.text.mapTo(page.scroll_area.viewport(), QPoint(0, 0)).y()
        assert 0 <= top < page.scroll_area.viewport().height()  # the question's text is on screen
    window.controller.ws.close()


def test_the_window_title_names_the_open_assessment(qtbot, tmp_path, shipped) -> None:
    window = open_window(qtbot, tmp_path, shipped, "en", 1.0)
    assert "Revue nationale 2026" in window.windowTitle() and "Côte d'Ivoire" in window.windowTitle()
    window.close_assessment()
    assert "Revue nationale" not in window.windowTitle()
    assert window.windowTitle() == "OPSC self-assessment"
    window.controller.ws.close()


def test_arabic_chapter_labels_read_number_then_full_stop(qtbot, tmp_path, shipped) -> None:
    """The outside walk: the Arabic section tree showed ".III", ".IV": the full stop, isolated with the numeral,
    was drawn on its right, where an Arabic reader starts. Only the numeral is isolated; the full stop follows it in
    the line's right-to-left order (a right-to-left mark after it), so it is drawn on the numeral's left."""
    window = open_window(qtbot, tmp_path, shipped, "ar", 1.0)
    top = window.page.tree.items["chapter:III"]
    title = shipped.chapters[[c.id for c in shipped.chapters].index("III")].title.get("ar")
    assert top.text(0) == "\u2066III\u2069.\u200f " + title
    set_language("en")
    assert i18n.chapter_number("III") == "III."
    window.controller.ws.close()


def test_arabic_labels_start_with_an_isolated_id(qtbot, tmp_path, shipped) -> None:
    window = open_window(qtbot, tmp_path, shipped, "ar", 1.0)
    page = window.page.questions
    qid = page.qid
    assert qid is not None and "-" in qid
    assert i18n.ltr(qid) in page.position.text()  # III-01, not 01-III
    item = window.page.tree.items["III.A"]
    assert item.text(0).startswith(i18n.ltr("III.A") + " ")
    window.controller.ws.close()


def _written_columns(chart: BarChart, image: QImage) -> list[int]:
    """Columns of the first row's lane where something other than background or grid line is drawn."""
    plot = chart.plot_rect()
    background = image.pixelColor(int(plot.left()) + 3, int(plot.top()) + 3).rgb()
    ticks = [chart._x(plot, t) for t in (0, 25, 50, 75, 100)]
    y0, y1 = int(plot.top()) + 2, int(plot.top() + chart._row_height()) - 2
    return [x for x in range(int(plot.left()) + 1, int(plot.right()) - 1)
            if all(abs(x - t) > 3 for t in ticks)
            and any(image.pixelColor(x, y).rgb() != background for y in range(y0, y1))]


def test_not_scored_is_written_at_the_start_of_the_scale_in_arabic(qtbot) -> None:
    set_language("ar")
    chart = BarChart()
    qtbot.addWidget(chart)
    chart.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    chart.set_items([("قسم", None, None)])
    chart.resize(700, 200)
    image = chart.grab().toImage()
    cols = _written_columns(chart, image)
    assert cols, "nothing written in the plot"
    assert min(cols) > chart.plot_rect().center().x(), "'not scored' must sit at the right end (the scale's 0)"


@pytest.mark.parametrize("lang", ["en", "fr", "ar"])
def test_the_dashboard_reads_at_1280_px_without_sideways_scrolling(qtbot, tmp_path, shipped, lang) -> None:
    from app.domain.answers import SCALE_ORDER
    from app.ui.charts import two_lines

    window = open_window(qtbot, tmp_path, shipped, lang, 1.0)
    for i, q in enumerate(shipped.questions()[:90]):
        window.controller.set_answer(q.id, value=SCALE_ORDER[i % 4])
    window.resize(1280 - FRAME[0], 800 - FRAME[1])
    window.show_tab(1)
    view = window.page.results_view
    for sub, table in ((1, view.sections_table), (2, view.gaps_table)):
        view.tabs.setCurrentIndex(sub)
        QApplication.processEvents()
        assert table.horizontalScrollBar().maximum() == 0, (lang, sub)  # every column in view
    view.tabs.setCurrentIndex(0)
    QApplication.processEvents()
    chart = view.bar_chart
    fm = chart.fontMetrics()
    width = chart._label_width() - fm.averageCharWidth()
    cut = [label for label, _, _ in chart.items if "…" in "".join(two_lines(fm, label, width))]
    assert not cut, cut  # full labels (wrapped on two lines where needed), not "IX Re…"
    assert chart.plot_rect().top() >= fm.height() * 2  # the legend and the scale above the bars
    assert view.coverage_label.text() and view.terms_label.isVisible()
    assert view.sections_table.horizontalHeaderItem(2).toolTip()  # coverage explained where it is shown
    window.controller.ws.close()


@pytest.mark.parametrize("lang", ["en", "fr", "ar"])
@pytest.mark.parametrize(("width", "height", "scale"), SCREENS)
def test_the_crosswalk_list_gets_the_room_on_a_small_screen(qtbot, tmp_path, shipped, lang, width, height, scale):
    """The 21 MNR capabilities: at least 7 rows show whole at once (4 did before the score panel gave way; the
    names now wrap, so rows are counted, not lines), and dragging the score panel away gives the list the whole
    height."""
    window = open_window(qtbot, tmp_path, shipped, lang, scale)
    window.resize(width - FRAME[0], height - FRAME[1])
    window.page.tabs.setCurrentIndex(1)
    results = window.page.results_view
    results.tabs.setCurrentIndex(1)
    results.grouped.set_view("mnr")
    QApplication.processEvents()
    QApplication.processEvents()
    table = results.grouped.panel.groups_table
    assert table.rowCount() == 21

    def whole_rows() -> int:
        room = table.viewport().height()
        return sum(1 for r in range(table.rowCount()) if table.rowViewportPosition(r) + table.rowHeight(r) <= room)

    shown = whole_rows()
    assert shown >= 7, (lang, scale, shown)
    before = table.viewport().height()
    panel_height = results.header_area.height()
    results.split.setSizes([0, results.split.height()])  # the user drags the score panel away
    QApplication.processEvents()
    QApplication.processEvents()
    # the panel's height goes to the list (the panel is compact now: dragging it away gives the list its few
    # more rows)
    assert table.viewport().height() >= before + panel_height - 12 and panel_height >= 2 * table.rowHeight(1)
    assert whole_rows() > shown
    window.controller.ws.close()


def test_the_capability_names_are_whole_at_1280_px_and_150_percent(qtbot, tmp_path, shipped) -> None:
    """The outside walk: at 1280x800 and 150 % the name column was ~90 px ("1 Lead…"), the "Score" column
    ("provisional: 53%") taking the room. The names now wrap, whole; a provisional score is "53%†" with a legend;
    the name column keeps at least 16 characters and the questions' text 12, in en/fr/ar, MNR and ICMEC."""
    from app.domain.answers import SCALE_ORDER
    from app.domain.crosswalk import CAVEAT_MARK
    from app.ui.crosswalk_view import PROVISIONAL_MARK

    for lang in ("en", "fr", "ar"):
        window = open_window(qtbot, tmp_path / lang, shipped, lang, 1.5)
        for i, q in enumerate(shipped.questions()[::2][:90]):  # a third answered: provisional scores
            window.controller.set_answer(q.id, value=SCALE_ORDER[(i * 5) % 4])
        window.resize(1280 - FRAME[0], 800 - FRAME[1])
        window.show_tab(1)
        results = window.page.results_view
        results.tabs.setCurrentIndex(1)
        panel = results.grouped.panel
        for view in ("mnr", "icmec"):
            results.grouped.set_view(view)
            QApplication.processEvents()
            QApplication.processEvents()
            table = panel.groups_table
            char = table.fontMetrics().averageCharWidth()
            assert table.columnWidth(0) >= char * 16, (lang, view, table.columnWidth(0))
            assert table.horizontalScrollBar().maximum() == 0
            for r in range(table.rowCount()):  # every name whole: its wrapped height fits the row
                item = table.item(r, 0)
                need = table.fontMetrics().boundingRect(0, 0, table.columnWidth(0) - char, 10000,
                                                        int(Qt.TextFlag.TextWordWrap), item.text()).height()
                assert table.rowHeight(r) >= need, (lang, view, item.text(), table.rowHeight(r), need)
            scores = [table.item(r, 2).text() for r in range(table.rowCount()) if table.item(r, 2)]
            legend = results.grouped.legend
            assert any(s.endswith(PROVISIONAL_MARK) for s in scores) and legend.isVisible()
            assert PROVISIONAL_MARK in legend.text()
            assert not any(":" in s for s in scores)  # no "provisional: 53%" in the cell: in its tooltip
            # a group to read with care is marked * and the legend says what the mark means
            marked = any(table.item(r, 0).text().startswith(CAVEAT_MARK + " ") for r in range(table.rowCount()))
            assert marked == (CAVEAT_MARK in legend.text()), (lang, view, legend.text())
        window.controller.ws.close()


@pytest.mark.parametrize("lang", ["en", "fr", "ar"])
@pytest.mark.parametrize(("width", "height", "scale"), [(1024, 600, 1.0), (1280, 800, 1.5), (1366, 768, 1.5)])
def test_the_questions_driving_a_gap_can_be_read(qtbot, tmp_path, shipped, lang, width, height, scale) -> None:
    """The outside walk: the "Questions driving the gap" panel showed 2-3 cut words of each question (a third of
    the width, a text column of 12 characters), its heading and note cut to one line. Each driving question now
    shows its id, answer and weight × gap, then its whole text wrapped; the heading and the note wrap; nothing is
    cut: the pane scrolls as one, never sideways, and the first question starts in view."""
    from PySide6.QtWidgets import QStyleOptionViewItem

    from app.domain.answers import SCALE_ORDER

    window = open_window(qtbot, tmp_path, shipped, lang, scale)
    for i, q in enumerate(shipped.questions()[::2][:90]):
        window.controller.set_answer(q.id, value=SCALE_ORDER[(i * 5) % 4])
    window.resize(width - FRAME[0], height - FRAME[1])
    window.show_tab(1)
    results = window.page.results_view
    results.tabs.setCurrentIndex(1)
    results.grouped.set_view("mnr")
    panel = results.grouped.panel
    texts = {q.id: q.text.get(lang) for q in shipped.questions()}
    listed = 0
    for row in range(9):  # the first nine capabilities (one marked *, one not scored yet)
        panel.groups_table.setCurrentCell(row, 1)
        qtbot.wait(5)  # the list refits at its width
        drivers, area = panel.drivers_table, panel.drivers_area
        assert area.horizontalScrollBar().maximum() == 0
        for label in (panel.drivers_title, panel.drivers_note):  # wrapped, whole: not elided on one line
            assert label.wordWrap() and "…" not in label.text()
            if label.isVisibleTo(panel) and label.text():  # once laid out (a few passes: label, pane, area)
                qtbot.waitUntil(lambda label=label: label.height() >= label.heightForWidth(label.width()),
                                timeout=2000)
        if not drivers.rowCount():
            continue
        assert drivers.isVisibleTo(panel)
        assert drivers.height() >= sum(drivers.rowHeight(r) for r in range(drivers.rowCount()))  # no inner scroll
        option = QStyleOptionViewItem()
        option.initFrom(drivers)
        for r in range(drivers.rowCount()):
            item = drivers.item(r, 0)
            qid = item.data(Qt.ItemDataRole.UserRole)
            head, text = item.text().split("\n", 1)
            assert text == texts[qid] and qid in head  # the whole question, not a few cut words
            option.rect.setRect(0, 0, drivers.columnWidth(0), 100)
            need = drivers.itemDelegate().sizeHint(option, drivers.model().index(r, 0)).height()
            assert drivers.rowHeight(r) >= need, (lang, qid, drivers.rowHeight(r), need)
        assert drivers.columnWidth(0) >= drivers.fontMetrics().averageCharWidth() * 20, drivers.columnWidth(0)
        top = drivers.mapTo(area.widget(), QPoint(0, 0)).y()
        assert area.verticalScrollBar().value() == 0 and top + drivers.rowHeight(0) // 2 <= area.viewport().height()
        listed += 1
    assert listed >= 4
    window.controller.ws.close()


@pytest.mark.parametrize("lang", ["en", "fr", "ar"])
def test_a_provisional_section_score_is_marked_as_the_capabilities_are(qtbot, tmp_path, shipped, lang) -> None:
    """The outside walk: the sections' score table said "provisional: 53%" in the cell where the capabilities say
    "53%†" with a legend. Both now use the mark, its words in the tooltip and the legend under the table."""
    from app.domain.answers import SCALE_ORDER
    from app.ui.crosswalk_view import PROVISIONAL_MARK

    window = open_window(qtbot, tmp_path, shipped, lang, 1.0)
    for i, q in enumerate(shipped.questions()[::2][:90]):
        window.controller.set_answer(q.id, value=SCALE_ORDER[(i * 5) % 4])
    window.show_tab(1)
    results = window.page.results_view
    results.tabs.setCurrentIndex(1)
    results.grouped.set_view("sections")
    QApplication.processEvents()
    table = results.sections_table
    scores = [table.item(r, 3) for r in range(table.rowCount())]
    marked = [i for i in scores if i.text().endswith(PROVISIONAL_MARK)]
    assert marked and not any(":" in i.text() for i in scores)
    assert all(":" in i.toolTip() for i in marked)  # "provisional: 53%" in its tooltip
    legend = results.grouped.legend
    assert legend.isVisible() and PROVISIONAL_MARK in legend.text()
    for q in shipped.questions():  # every answered section reaches two thirds: no mark, no legend
        window.controller.set_answer(q.id, value=SCALE_ORDER[0])
    window.page.results_view.refresh()
    assert not any(table.item(r, 3).text().endswith(PROVISIONAL_MARK) for r in range(table.rowCount()))
    assert not legend.isVisibleTo(results.grouped)
    window.controller.ws.close()


def _columns_fit(table, stretch: int, chars: int) -> None:
    """Every column in view (no sideways scrolling) and the text column at least `chars` characters wide."""
    header = table.horizontalHeader()
    shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
    total = sum(header.sectionSize(c) for c in shown)
    assert total <= table.viewport().width() + 1, (total, table.viewport().width())
    assert table.horizontalScrollBar().maximum() == 0
    assert header.sectionSize(stretch) >= table.fontMetrics().averageCharWidth() * chars, header.sectionSize(stretch)


def _values_whole(table, columns: tuple[int, ...]) -> None:
    """Each word of these columns' cells fits its column: a short value is never cut ("30/06/2…", "4 500 00…",
    "En dévelo…" in French at 150 % text)."""
    import re

    model, fm, header = table.model(), table.fontMetrics(), table.horizontalHeader()
    for c in columns:
        words = {w for r in range(model.rowCount()) for w in re.split(r"[ \n\t]+", str(model.index(r, c).data() or ""))}
        longest = max((fm.horizontalAdvance(w) for w in words), default=0)
        assert header.sectionSize(c) >= longest + 6, (c, max(words, key=fm.horizontalAdvance), header.sectionSize(c))


@pytest.mark.parametrize("lang", ["en", "fr", "ar"])
@pytest.mark.parametrize(("width", "height", "scale"), [(1024, 600, 1.0), (1280, 800, 1.0), (1366, 768, 1.5)])
def test_score_and_action_tables_read_without_sideways_scrolling(qtbot, tmp_path, shipped, lang, width, height,
                                                                 scale) -> None:
    """The title / description column takes the room and wraps; numbers stay compact (it collapsed to "G…"
    at 1024×600 and to "…" at 150 % text, with a scroll bar and the last column cut)."""
    from datetime import date

    from app.domain.answers import SCALE_ORDER

    window = open_window(qtbot, tmp_path, shipped, lang, scale)
    qs = shipped.questions()
    for i, q in enumerate(qs[:100]):
        window.controller.set_answer(q.id, value=SCALE_ORDER[i % 4])
    window.controller.add_action(qs[0].id, description="Adopter une loi sur la protection de l'enfance en ligne",
                                 lead="Ministère de la Justice", partners="UNICEF; ECPAT", priority="high",
                                 budget=4500000.0, currency="XOF", deadline=date(2027, 6, 30))
    window.resize(width - FRAME[0], height - FRAME[1])
    window.show_tab(1)
    view = window.page.results_view
    for sub, table, stretch in ((1, view.sections_table, 1), (2, view.gaps_table, 2)):
        view.tabs.setCurrentIndex(sub)
        QApplication.processEvents()
        QApplication.processEvents()
        _columns_fit(table, stretch, 18)
        _values_whole(table, (5,) if sub == 1 else (3,))  # the band, the answer
        # each row as tall as its wrapped text needs (a long title on two or three lines, not cut)
        fm = table.fontMetrics()
        three = fm.lineSpacing() * 3 + fm.height() // 2 + 2  # the gaps' question text: three lines at most
        assert all(table.rowHeight(r) >= min(table.sizeHintForRow(r), three) for r in range(table.rowCount()))
        assert max(table.rowHeight(r) for r in range(table.rowCount())) > table.fontMetrics().height() * 1.5
    window.show_tab(2)
    QApplication.processEvents()
    QApplication.processEvents()
    _columns_fit(window.page.actions_view.table, 1, 18)
    from app.ui.actions import BUDGET, DEADLINE, PRIORITY, STATUS

    _values_whole(window.page.actions_view.table, (DEADLINE, BUDGET, PRIORITY, STATUS))
    window.controller.ws.close()


@pytest.mark.parametrize("lang", ["en", "fr", "ar"])
@pytest.mark.parametrize("scale", [1.0, 1.5])
def test_the_welcome_fits_the_screen_with_its_buttons_in_view(qtbot, lang, scale) -> None:
    """Qt capped the welcome at 2/3 of the screen's height and its wrapped text was cut (steps 3-4 hidden):
    now it uses the screen's height and its body scrolls, the buttons always in view."""
    from app.ui.fit import available
    from app.ui.help import FirstRunDialog

    set_language(lang, scale)
    dialog = FirstRunDialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    QApplication.processEvents()
    area = available(dialog)
    assert dialog.width() <= area.width() and dialog.height() <= area.height(), (dialog.size(), area)
    for button in (dialog.start_button, dialog.guide_button):
        top_left = button.mapTo(dialog, QPoint(0, 0))
        assert button.isVisible() and top_left.y() + button.height() <= dialog.height()
    body = dialog.body.widget()
    need = body.layout().totalHeightForWidth(body.width())
    assert body.height() >= need - 2  # the whole body is there: it scrolls rather than clips
    if body.height() > dialog.body.viewport().height():
        assert dialog.body.verticalScrollBar().maximum() > 0
    assert dialog.body.horizontalScrollBar().maximum() == 0
    assert "CRC/\u2060C/\u2060156" in dialog.purpose.text()  # the symbol is not broken across lines


def test_no_break_keeps_a_symbol_on_one_line(qtbot) -> None:
    from PySide6.QtGui import QFont, QTextLayout, QTextOption

    def lines(text: str, width: int) -> list[str]:
        layout = QTextLayout(text, QFont())
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(option)
        layout.beginLayout()
        out = []
        while (line := layout.createLine()).isValid():
            line.setLineWidth(width)
            out.append(text[line.textStart():line.textStart() + line.textLength()])
        layout.endLayout()
        return out

    plain = "Guidelines of the Committee (CRC/C/156). It is"
    width = QFontMetricsF(QFont()).horizontalAdvance("Guidelines of the Committee (CRC/C")
    assert any(line.rstrip().endswith("CRC/C") or line.rstrip().endswith("CRC/") for line in lines(plain, width))
    kept = "Guidelines of the Committee " + i18n.nobreak("(CRC/C/156)") + ". It is"
    assert any("CRC/\u2060C/\u2060156" in line for line in lines(kept, width))


def test_arabic_placeholder_and_title_line(qtbot, tmp_path, shipped) -> None:
    """Art. 227-23 read "23-227" in the Arabic placeholder; the title line sits at the right in Arabic while a
    French title keeps its own direction (isolated)."""
    window = open_window(qtbot, tmp_path, shipped, "ar", 1.0)
    page = window.page.questions
    assert "\u2066227-23\u2069" in page.legal_provision.placeholderText()
    title = window.page.title
    assert title.alignment() & Qt.AlignmentFlag.AlignRight and title.alignment() & Qt.AlignmentFlag.AlignAbsolute
    assert "\u2068Revue nationale 2026\u2069" in title.text()
    window.controller.ws.close()


def test_the_workshop_list_shows_id_and_question_without_sideways_scroll(qtbot, tmp_path, shipped) -> None:
    window = open_window(qtbot, tmp_path, shipped, "fr", 1.0)
    window.resize(1024 - FRAME[0], 600 - FRAME[1])
    window.show_tab(3)
    QApplication.processEvents()
    lst = window.page.workshop_view.list
    assert lst.horizontalScrollBar().maximum() == 0 or not lst.horizontalScrollBar().isVisible()
    q = shipped.questions()[0]
    first = lst.item(0).text()
    assert q.id in first and q.text.get("fr").split()[0] in first  # the id and the start of the question
    window.controller.ws.close()


@pytest.mark.parametrize("lang", ["en", "fr", "ar"])
@pytest.mark.parametrize(("width", "height", "scale"), [(1024, 600, 1.0), *SCREENS[1:]])
def test_every_header_shows_its_words_whole(qtbot, tmp_path, shipped, lang, width, height, scale) -> None:
    """The outside walk: score-table headers cut to "onservativ", "ocumente" at 1024 px and at 150 % text, the
    section tree's count header to "Answe" / "Répon". Every visible header wraps between words, whole."""
    from PySide6.QtWidgets import QAbstractItemView, QTableView, QTreeView

    from app.ui.fit import WrapHeader
    from tests.ui.helpers import assert_headers_fit

    window = open_window(qtbot, tmp_path, shipped, lang, scale)
    window.resize(width - FRAME[0], height - FRAME[1])
    QApplication.processEvents()
    assert_headers_fit(window.page.tree)
    window.page.tabs.setCurrentIndex(1)
    results = window.page.results_view
    checked = 0
    for sub in range(results.tabs.count()):
        results.tabs.setCurrentIndex(sub)
        qtbot.wait(20)
        for view in results.findChildren(QAbstractItemView):
            if isinstance(view, (QTableView, QTreeView)) and view.isVisible():
                header = view.horizontalHeader() if isinstance(view, QTableView) else view.header()
                assert isinstance(header, WrapHeader), type(view)
                assert_headers_fit(view)
                checked += 1
    assert checked >= 3
    window.controller.ws.close()


@pytest.mark.parametrize("lang", ["en", "fr", "ar"])
def test_at_150_percent_a_1024_px_screen_holds_the_window_and_the_section_names(qtbot, tmp_path, shipped,
                                                                                  lang) -> None:
    """The outside walk: in French at 150 % text the window could not be narrower than 1338 px (the workshop's
    row of buttons and check box, the list page's six buttons in a row, the status bar's path), so on a 1024-px
    screen the section tree kept 4-6 letters of each name. Every tab now fits 1024 px at 150 %, and the tree's
    name column keeps more than a dozen characters."""
    window = open_window(qtbot, tmp_path, shipped, lang, 1.5)
    for tab in range(window.page.tabs.count()):
        window.page.tabs.setCurrentIndex(tab)
        assert window.minimumSizeHint().width() <= 1024 - FRAME[0], (tab, window.minimumSizeHint())
    window.page.tabs.setCurrentIndex(0)
    window.resize(1024 - FRAME[0], 600 - FRAME[1])
    QApplication.processEvents()
    assert window.width() <= 1024 - FRAME[0]
    tree = window.page.tree
    assert tree.columnWidth(0) >= tree.fontMetrics().averageCharWidth() * 14, tree.columnWidth(0)
    window.controller.ws.close()


def test_a_table_too_narrow_for_its_columns_scrolls_sideways_rather_than_cutting_one(qtbot) -> None:
    """Issue 15: the workshop's contributions at 1280x800 and 150 % had a header 645 px wide in a 589 px view,
    its last column ("Confidence") cut with no scroll bar. When the narrowed columns still exceed the room,
    the sideways scroll bar reaches every column."""
    from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

    from app.ui.fit import fit_columns

    table = QTableWidget(1, 6)
    table.setHorizontalHeaderLabels(["Contributor", "Institution", "Answer", "Comment", "Legal provision",
                                     "Confidence"])
    for c, text in enumerate(["Documentation officer", "Ministry of justice", "Partially in place",
                              "A comment", "Penal code article", "Moderate"]):
        table.setItem(0, c, QTableWidgetItem(text))
    fitter = fit_columns(table, 3, min_chars=14, max_chars={0: 24, 1: 22, 2: 20, 4: 22, 5: 14})
    qtbot.addWidget(table)
    table.resize(260, 200)
    table.show()
    qtbot.waitExposed(table)
    fitter.refit()
    header = table.horizontalHeader()
    total = sum(header.sectionSize(c) for c in range(header.count()))
    room = table.viewport().width()
    assert total > room  # the case: the columns cannot all fit
    bar = table.horizontalScrollBar()
    assert table.horizontalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    assert bar.maximum() > 0
    bar.setValue(bar.maximum())  # scrolled to the end, the last column shows whole
    assert table.columnViewportPosition(5) >= 0 and table.columnViewportPosition(5) + header.sectionSize(5) <= room
    table.resize(1400, 200)
    fitter.refit()
    assert sum(header.sectionSize(c) for c in range(header.count())) <= table.viewport().width()
    assert table.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff


@pytest.mark.parametrize("lang", ["en", "fr", "ar"])
def test_the_weights_dialog_headers_are_whole_at_150_percent(qtbot, tmp_path, shipped, lang) -> None:
    """The outside walk: "Poids du questionnaire" cut on both sides in French at 150 %. A highlighted header
    label is drawn bold (every label, with whole rows selected), wider than the regular font the columns are
    measured with: the headers are not highlighted, and each word fits its column."""
    from app.ui.weights import WeightsDialog
    from tests.ui.helpers import assert_headers_fit

    window = open_window(qtbot, tmp_path, shipped, lang, 1.5)
    dialog = WeightsDialog(window.controller, None, window)
    qtbot.addWidget(dialog)
    dialog.show()
    QApplication.processEvents()
    header = dialog.table.horizontalHeader()
    assert dialog.table.selectionModel().selectedRows() and not header.highlightSections()
    assert_headers_fit(dialog.table)
    window.controller.ws.close()


def test_whole_words_columns_keep_their_longest_word_and_scroll_sideways(qtbot) -> None:
    """The outside walk: the workshop's contributions read "Documen…", "Partia… in place" at 1024x600 in French.
    With whole_words no column is narrower than its longest word; what does not fit scrolls sideways."""
    from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

    from app.ui.fit import fit_columns

    table = QTableWidget(1, 6)
    table.setHorizontalHeaderLabels(["Contributeur", "Institution", "Réponse", "Commentaire", "Disposition légale",
                                     "Fiabilité"])
    texts = ["Documentation officer", "Ministère de la Justice", "Partiellement en place",
             "Documentation partielle", "Code pénal", "Documentée"]
    for c, text in enumerate(texts):
        table.setItem(0, c, QTableWidgetItem(text))
    fitter = fit_columns(table, 3, min_chars=12, max_chars={0: 24, 1: 22, 2: 20, 4: 22, 5: 14}, whole_words=True)
    qtbot.addWidget(table)
    table.resize(420, 200)
    table.show()
    qtbot.waitExposed(table)
    fitter.refit()
    fm, header = table.fontMetrics(), table.horizontalHeader()
    for c, text in enumerate(texts):
        longest = max(fm.horizontalAdvance(w) for w in text.split())
        assert header.sectionSize(c) >= longest + fm.averageCharWidth(), (text, header.sectionSize(c), longest)
    assert table.horizontalScrollBar().maximum() > 0  # the last columns are reached by scrolling


def test_the_workshop_contributions_never_cut_a_word(qtbot, tmp_path, shipped) -> None:
    window = open_window(qtbot, tmp_path, shipped, "fr", 1.0)
    assert window.page.workshop_view.fitter.whole_words
    window.controller.ws.close()


def test_a_long_title_in_the_arabic_list_at_150_percent_wraps(qtbot, tmp_path, shipped) -> None:
    """The outside walk: the Arabic list at 150 % cut titles to one line ("… Revue nationale de la mise en œuvre
    du"). A long title wraps on up to three lines, whole in its tooltip."""
    set_language("ar", 1.5)
    controller = make_controller(tmp_path / "a.sqlite", shipped)
    title = "Revue nationale de la mise en œuvre du Protocole facultatif 2026 — ministères et société civile"
    add_assessment(controller, title, "CI")
    add_assessment(controller, "Court", "CI")
    window = MainWindow(controller, Settings(first_run_done=True, language="ar", text_scale=1.5))
    qtbot.addWidget(window)
    window.resize(1280 - FRAME[0], 800 - FRAME[1])
    window.show()
    QApplication.processEvents()
    QApplication.processEvents()
    table = window.list_page.table
    fm = table.fontMetrics()
    rows = {table.item(r, 0).text(): r for r in range(table.rowCount())}
    long_row = rows[title]
    assert table.rowHeight(long_row) >= fm.lineSpacing() * 2, table.rowHeight(long_row)
    assert table.rowHeight(long_row) <= fm.lineSpacing() * 3 + fm.height() // 2 + 2
    assert table.rowHeight(rows["Court"]) < fm.lineSpacing() * 2
    assert table.item(long_row, 0).toolTip() == title
    controller.ws.close()


def test_the_arabic_action_plan_shows_the_question_text_at_1024x600(qtbot, tmp_path, shipped) -> None:
    """The outside walk: the Arabic action plan at 1024x600 cut the question to one letter ("III-01 — ه…", one
    line, elided). The id and the question's text wrap on up to 4 lines: several words of the question show."""
    from app.ui.actions import QUESTION
    from app.ui.fit import OneLineDelegate

    window = open_window(qtbot, tmp_path, shipped, "ar", 1.0)
    q = shipped.questions()[0]
    window.controller.add_action(q.id, description="Adopter une loi sur la protection de l'enfance en ligne",
                                 lead="Ministère de la Justice", partners="UNICEF; ECPAT", priority="high")
    window.resize(1024 - FRAME[0], 600 - FRAME[1])
    window.show_tab(2)
    table = window.page.actions_view.table
    fm = table.fontMetrics()
    qtbot.waitUntil(lambda: table.rowHeight(0) >= fm.lineSpacing() * 3, timeout=3000)
    assert not isinstance(table.itemDelegateForColumn(QUESTION), OneLineDelegate)
    width = table.columnWidth(QUESTION) - fm.averageCharWidth() * 2
    words = q.text.get("ar").split()
    lines = fm.boundingRect(0, 0, width, 10000, int(Qt.TextFlag.TextWordWrap),
                            " ".join(words[:4])).height()
    assert table.rowHeight(0) >= lines  # at least the question's first four words show
    assert table.columnWidth(QUESTION) >= fm.averageCharWidth() * 12
    window.controller.ws.close()


def test_columns_to_drop_make_room_and_come_back(qtbot) -> None:
    """Issue 15: rather than a sideways scroll bar, the columns named in `drop` are hidden in that order while the
    others cannot fit with whole words and the text column its `min_chars`; widened, they show again."""
    from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

    from app.ui.fit import fit_columns

    table = QTableWidget(1, 4)
    table.setHorizontalHeaderLabels(["Contributor", "Institution", "Comment", "Confidence"])
    for c, text in enumerate(["Documentation officer", "Ministry of justice", "A comment", "Documented"]):
        table.setItem(0, c, QTableWidgetItem(text))
    fitter = fit_columns(table, 2, min_chars=22, whole_words=True, drop=(3, 1))
    seen: list[tuple[int, ...]] = []
    fitter.dropped_changed.connect(lambda: seen.append(fitter.dropped))
    qtbot.addWidget(table)
    header, char = table.horizontalHeader(), table.fontMetrics().averageCharWidth()
    table.show()
    qtbot.waitExposed(table)
    for width, dropped in ((1200, ()), (char * 58, (3,)), (char * 44, (3, 1)), (1200, ())):
        table.resize(width, 200)
        fitter.refit()
        QApplication.processEvents()  # the scroll bar's range follows from the event loop
        assert fitter.dropped == dropped, (width, fitter.dropped)
        assert [header.isSectionHidden(c) for c in range(4)] == [c in dropped for c in range(4)]
        shown = [c for c in range(4) if not header.isSectionHidden(c)]
        assert sum(header.sectionSize(c) for c in shown) <= table.viewport().width()
        assert table.horizontalScrollBar().maximum() == 0, (width, table.horizontalScrollBar().maximum())
        assert header.sectionSize(2) >= char * 22
    assert seen == [(3,), (3, 1), ()]


def _settle(qtbot, table) -> None:
    """Wait until the column fitter has run on the view's final width (rows growing bring the vertical scroll
    bar, which narrows the view and fits the columns again) and the sideways scroll bar has been updated."""
    from app.ui.fit import ColumnFitter

    fitter = table.findChild(ColumnFitter)
    header = table.horizontalHeader()

    def settled() -> bool:
        QApplication.processEvents()
        return (not fitter._timer.isActive() and header.length() <= table.viewport().width()
                and table.horizontalScrollBar().maximum() == 0)
    with contextlib.suppress(qtbot.TimeoutError):  # the assertions that follow say what does not fit
        qtbot.waitUntil(settled, timeout=2000)


def _text_fits_cell(table, row: int, column: int) -> None:
    """The cell's text, on one line, within its column (the view's text margins taken off): not elided."""
    from PySide6.QtWidgets import QStyle

    text = str(table.model().index(row, column).data() or "")
    margin = table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1
    need = table.fontMetrics().horizontalAdvance(text) + 2 * margin
    assert need <= table.columnWidth(column), (text, need, table.columnWidth(column))


@pytest.mark.parametrize("lang", ["en", "fr", "ar"])
@pytest.mark.parametrize(("width", "height", "scale"), [(1024, 600, 1.0), (1280, 800, 1.5), (1366, 768, 1.5)])
def test_action_plan_budgets_and_deadlines_show_whole(qtbot, tmp_path, shipped, lang, width, height, scale) -> None:
    """The outside walk: once the question column wrapped on 4 lines, budgets were elided ("4 500 00…",
    "120 000 …", at 150 % "4,500,…"). An amount is never elided: the budget and deadline columns are as wide
    as their text, the others wrap, and the table does not scroll sideways."""
    from datetime import date

    from app.ui.actions import BUDGET, DEADLINE, QUESTION

    window = open_window(qtbot, tmp_path, shipped, lang, scale)
    qs = shipped.questions()
    for i, q in enumerate(qs[:6]):
        window.controller.add_action(
            q.id, description="Adopter une loi sur la protection de l'enfance en ligne et former les magistrats",
            lead="Ministère de la Justice", partners="UNICEF; ECPAT; Coalition des ONG",
            priority=["high", "medium", "low"][i % 3], budget=4500000.0 if i % 2 == 0 else 120000.0,
            currency="XOF" if i % 2 == 0 else "USD", deadline=date(2027, 6, 30) if i == 5 else None)
    window.resize(width - FRAME[0], height - FRAME[1])
    window.show_tab(2)
    table = window.page.actions_view.table
    fm = table.fontMetrics()
    qtbot.waitUntil(lambda: table.rowHeight(0) >= fm.lineSpacing() * 2, timeout=3000)
    # the rows' new heights bring the vertical scroll bar, and the columns are fitted again to the narrower view
    _settle(qtbot, table)
    for row in range(table.model().rowCount()):
        _text_fits_cell(table, row, BUDGET)
        _text_fits_cell(table, row, DEADLINE)
    _columns_fit(table, 1, 10)  # 8 columns at 1280 px with 150 % text: the description keeps 10 characters
    # the question still shows some words (7 characters a line at 1280x800 with 150 % text in Arabic when a deadline
    # is set: 8 columns; without deadlines its column is hidden and the others get its room)
    assert table.columnWidth(QUESTION) >= fm.averageCharWidth() * 7
    # without any deadline the empty Deadline column gives its room to the text columns
    for a in window.controller.actions():
        if a.deadline is not None:
            window.controller.update_action(a.id, deadline=None)
    qtbot.waitUntil(lambda: table.isColumnHidden(DEADLINE), timeout=3000)
    _settle(qtbot, table)
    for row in range(table.model().rowCount()):
        _text_fits_cell(table, row, BUDGET)
    _columns_fit(table, 1, 18)
    window.controller.ws.close()


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_the_drivers_pane_lists_the_largest_ten_and_its_note_ends_in_view(qtbot, tmp_path, shipped, lang) -> None:
    """The outside walk: the pane for "3 Legislation" listed ~80 questions (8,500 px of scrolling) and, in Arabic at
    1024x600, the last line of its note was cut at the bottom once scrolled to the end. The largest 10 by weight ×
    gap are listed, the rest counted with a pointer to the Gaps tab; the note's last line ends above the bottom."""
    from PySide6.QtGui import QColor

    from app.domain.answers import SCALE_ORDER
    from app.ui.crosswalk_view import MAX_DRIVERS

    window = open_window(qtbot, tmp_path, shipped, lang, 1.0)
    for i, q in enumerate(shipped.questions()):
        window.controller.set_answer(q.id, value=SCALE_ORDER[1 + i % 3])  # largely, partially, not: gaps everywhere
    window.resize(1024 - FRAME[0], 600 - FRAME[1])
    window.show_tab(1)
    results = window.page.results_view
    results.tabs.setCurrentIndex(1)
    results.grouped.set_view("mnr")
    panel = results.grouped.panel
    panel.groups_table.setCurrentCell(2, 1)
    group = panel.selected_group()
    assert group is not None and len(group.gaps) > MAX_DRIVERS + 20
    drivers = panel.drivers_table
    assert drivers.rowCount() == MAX_DRIVERS == 10
    listed = [drivers.item(r, 0).data(Qt.ItemDataRole.UserRole) for r in range(drivers.rowCount())]
    assert listed == [x.question_id for x in group.gaps[:MAX_DRIVERS]]  # the largest weight × gap first
    assert min(x.priority_score for x in group.gaps[:MAX_DRIVERS]) >= max(x.priority_score
                                                                         for x in group.gaps[MAX_DRIVERS:])
    more = panel.drivers_more
    assert more.isVisibleTo(panel) and i18n.fmt_number(len(group.gaps) - MAX_DRIVERS) in more.text()
    area = panel.drivers_area
    qtbot.waitUntil(lambda: panel.drivers_note.height() >= panel.drivers_note.heightForWidth(
        panel.drivers_note.width()), timeout=2000)
    qtbot.wait(20)
    bar = area.verticalScrollBar()
    assert bar.maximum() < 2500  # was 8,500 px
    bar.setValue(bar.maximum())
    QApplication.processEvents()
    image = area.viewport().grab().toImage()
    note = panel.drivers_note.geometry().translated(area.widget().pos())
    assert note.bottom() < area.viewport().height()
    bottom = [QColor(image.pixel(x, y)).lightness() for y in range(image.height() - 2, image.height())
              for x in range(image.width())]
    assert min(bottom) > 160, "ink in the pane's last rows: the note's last line is cut"
    panel.groups_table.setCurrentCell(0, 1)  # a group with fewer gaps: no such line
    group = panel.selected_group()
    assert group is not None
    assert more.isVisibleTo(panel) == (len(group.gaps) > MAX_DRIVERS)
    window.controller.ws.close()
