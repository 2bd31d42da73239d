"""CSV import: the whole file is checked first; all of it is applied, or nothing."""

from __future__ import annotations

import pytest

from app.domain.answers import AnswerValue
from app.services.imports import ImportRefused, apply_import, read_import

HEADER = "question_id,answer,na_reason,comment\n"


def test_valid_csv_is_applied(ws, tmp_path, reopen):
    aid = ws.create_assessment("T", "KE")
    f = tmp_path / "a.csv"
    f.write_text(HEADER + "III.A-01,fully,,Penal code art. 5\nIII.A-03,na,No such sector,\nV-01,dont_know,,\n",
                 encoding="utf-8")
    plan = read_import(ws, aid, f)
    assert [r.question_id for r in plan.rows] == ["III.A-01", "III.A-03", "V-01"]
    assert plan.changed == 3
    apply_import(ws, plan)
    answers = reopen().answers(aid)
    assert answers["III.A-01"].value is AnswerValue.FULLY and answers["III.A-01"].comment == "Penal code art. 5"
    assert answers["III.A-03"].na_reason == "No such sector"


def test_every_bad_row_is_listed_with_its_line_and_nothing_changes(ws, tmp_path):
    aid = ws.create_assessment("T", "KE")
    ws.set_answer(aid, "V-01", value="partially")
    f = tmp_path / "bad.csv"
    f.write_text(HEADER + "III.A-01,fully,,\nXX-9,fully,,\nV-01,sometimes,,\nIII.A-03,na,,\nIII.A-01,not,,\n",
                 encoding="utf-8")
    with pytest.raises(ImportRefused) as e:
        read_import(ws, aid, f)
    p = e.value.problems
    assert p[0].startswith("bad.csv:3:") and "unknown question id 'XX-9'" in p[0]
    assert p[1].startswith("bad.csv:4:") and "'sometimes' is not an answer" in p[1]
    assert p[2].startswith("bad.csv:5:") and "no reason" in p[2]
    assert p[3].startswith("bad.csv:6:") and "already appears on line 2" in p[3]
    assert ws.answers(aid)["V-01"].value is AnswerValue.PARTIALLY
    assert "III.A-01" not in ws.answers(aid)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252"])
def test_encodings_from_excel_are_accepted(ws, tmp_path, encoding):
    aid = ws.create_assessment("T", "CI")
    f = tmp_path / "enc.csv"
    f.write_bytes((HEADER + "III.A-01,partially,,Loi n° 2010-272 relative à la traite\n").encode(encoding))
    plan = read_import(ws, aid, f)
    apply_import(ws, plan)
    assert ws.answers(aid)["III.A-01"].comment == "Loi n° 2010-272 relative à la traite"


def test_semicolon_separated_csv_from_french_excel(ws, tmp_path):
    aid = ws.create_assessment("T", "CI")
    f = tmp_path / "fr.csv"
    f.write_bytes("question_id;answer;na_reason;comment\nV-01;largely;;Code pénal, art. 3\n".encode("cp1252"))
    apply_import(ws, read_import(ws, aid, f))
    assert ws.answers(aid)["V-01"].comment == "Code pénal, art. 3"


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"", "the file is empty"), (b"id,value\nV-01,fully\n", "the header is"), (HEADER.encode(), "no answers")],
)
def test_empty_or_wrong_header_is_refused(ws, tmp_path, content, message):
    aid = ws.create_assessment("T", "CI")
    f = tmp_path / "x.csv"
    f.write_bytes(content)
    with pytest.raises(ImportRefused) as e:
        read_import(ws, aid, f)
    assert message in e.value.problems[0]


def test_excel_template_round_trip_and_refusals(ws, tmp_path, reopen):
    from dataclasses import replace

    from app.export.template import write_answer_template

    aid = ws.create_assessment("T", "MA")
    ws.set_answer(aid, "V-01", value="partially")
    path = tmp_path / "template.xlsx"
    write_answer_template(ws.questionnaire, ws.answers(aid), "fr", path, aid)
    from openpyxl import load_workbook

    wb = load_workbook(path)
    sheet = next(s for s in wb.worksheets if s.sheet_state == "visible")
    row = next(r for r in range(2, sheet.max_row + 1) if sheet.cell(r, 1).value == "III.A-01")
    sheet.cell(row, 5).value = "largely"
    wb.save(path)

    plan = read_import(ws, aid, path)
    changed = {r.question_id: (r.before, r.values["value"]) for r in plan.rows if r.before != r.values["value"]}
    assert changed == {"III.A-01": (None, "largely")}
    apply_import(ws, plan)
    answers = reopen().answers(aid)
    assert answers["III.A-01"].value is AnswerValue.LARGELY and answers["V-01"].value is AnswerValue.PARTIALLY

    # a template made for another version of the questionnaire is refused, with the reason
    other = replace(ws.questionnaire, version="2.0")
    old = tmp_path / "other.xlsx"
    write_answer_template(other, {}, "en", old, aid)
    with pytest.raises(ImportRefused) as e:
        read_import(ws, aid, old)
    assert "version 2.0" in e.value.problems[0] and "write a new template" in e.value.problems[0]

    # a workbook that is not a template at all
    from openpyxl import Workbook

    stray = tmp_path / "budget.xlsx"
    Workbook().save(stray)
    with pytest.raises(ImportRefused):
        read_import(ws, aid, stray)
