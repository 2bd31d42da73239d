"""One progress rule: the list, the section tree, the question page, the results, both reports and the
command line give the same counts for the same assessment (issue 12: they used to give 3, 2 and 0)."""

from __future__ import annotations

import json

from openpyxl import load_workbook
from pypdf import PdfReader

from app import cli
from app.domain.answers import AnswerValue
from app.export.pdf import write_pdf
from app.export.strings import label
from app.export.xlsx import write_xlsx
from app.services.workspace import Workspace
from app.ui import i18n
from app.ui.controller import Controller
from app.ui.section_tree import AssessmentPage


def test_every_view_counts_progress_the_same_way(qtbot, qapp, tmp_path, capsys):
    i18n.apply_language(qapp, "en")
    ws = Workspace.open()  # the shipped questionnaire, in the test's own data folder
    qn = ws.questionnaire
    aid = ws.create_assessment("Agreement", "KE")
    s1 = qn.sections[1]
    q = s1.questions
    # one question in each state, all in the second section
    ws.set_answer(aid, q[0].id, value=AnswerValue.FULLY)
    ws.set_answer(aid, q[1].id, value=AnswerValue.PARTIALLY)
    ws.set_answer(aid, q[2].id, value=AnswerValue.DONT_KNOW)  # not answered
    ws.set_answer(aid, q[3].id, value=AnswerValue.NA, na_reason="No such service in this country")  # not applicable
    ws.set_answer(aid, q[4].id, value=AnswerValue.NA)  # N/A awaiting its reason: not answered, still applicable
    total = len(qn.questions())
    answered, applicable = 2, total - 1
    s_applicable = len(q) - 1

    # the list (service and window)
    summary = ws.list_assessments()[0]
    assert (summary.progress.answered, summary.progress.applicable) == (answered, applicable)
    assert (summary.progress.dont_know, summary.progress.na_pending, summary.progress.na) == (1, 1, 1)

    # the section tree, the question page and the results view
    controller = Controller(ws)
    page = AssessmentPage(controller)
    qtbot.addWidget(page)
    controller.open(aid)
    page.load(aid)
    assert page.tree.items[s1.id].text(1) == f"2/{s_applicable}"
    assert page.tree.progress_of(s1.id) == (2, s_applicable)  # the progress line under the count
    page.go_to_question(q[0].id)
    assert page.questions.progress.text().endswith(f"Answered {answered} of {applicable}")
    page.results_view.refresh()
    assert f"({answered} of {applicable})" in page.results_view.coverage_label.text()
    r = controller.score()
    assert (r.overall.answered, r.overall.applicable) == (answered, applicable)
    assert (r.sections[s1.id].answered, r.sections[s1.id].applicable) == (2, s_applicable)

    # both reports
    data = ws.report_data(aid, "en")
    sentence = label("answered_of", "en", answered=answered, applicable=applicable)
    pdf = write_pdf(data, tmp_path / "r.pdf")
    text = " ".join((p.extract_text() or "") for p in PdfReader(str(pdf)).pages[:5])  # after contents, validation
    assert sentence in " ".join(text.split())
    wb = load_workbook(write_xlsx(data, tmp_path / "r.xlsx"))
    cells = [c.value for row in wb[label("sheet_summary", "en")].iter_rows() for c in row]
    assert sentence in cells
    section_row = next(row for row in wb[label("sheet_summary", "en")].iter_rows() if row[0].value == s1.id)
    assert (section_row[7].value, section_row[8].value) == (2, s_applicable)

    # the command line
    capsys.readouterr()
    assert cli.run(["list"]) == 0
    line = capsys.readouterr().out.splitlines()[1].split("\t")
    assert line[3] == f"{answered}/{applicable}" and line[4:6] == ["1", "1"]
    assert cli.run(["score", str(aid), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert (out["overall"]["answered"], out["overall"]["applicable"]) == (answered, applicable)
    assert (out["sections"][s1.id]["answered"], out["sections"][s1.id]["applicable"]) == (2, s_applicable)
    assert out["overall"]["provisional"] is True and out["overall"]["band"] is None
    ws.close()
