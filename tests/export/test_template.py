from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from app.domain.answers import Answer, AnswerValue
from app.export.template import TemplateError, read_answer_template, write_answer_template
from tests.factories import make_questionnaire, sample_answers

CODES = "fully,largely,partially,not,na,dont_know"


def _template(tmp_path: Path, lang: str = "en") -> Path:
    path = tmp_path / f"template-{lang}.xlsx"
    answers = {a.question_id: a for a in sample_answers()}
    write_answer_template(make_questionnaire(), answers, lang, path, 7)
    return path


@pytest.mark.parametrize("lang", ["en", "fr", "ar"])
def test_round_trip_gives_the_same_rows(tmp_path: Path, lang: str) -> None:
    contents = read_answer_template(_template(tmp_path, lang))
    q = make_questionnaire()
    assert contents.meta["questionnaire_id"] == q.id
    assert contents.meta["questionnaire_version"] == q.version
    assert contents.meta["questionnaire_hash"] == q.content_hash
    assert contents.meta["assessment_id"] == "7"
    assert [r.question_id for r in contents.rows] == [x.id for x in q.questions()]
    assert [r.row for r in contents.rows] == list(range(2, 2 + len(q.questions())))
    by_id = {r.question_id: r for r in contents.rows}
    for a in sample_answers():
        assert by_id[a.question_id].answer == (a.value.value if a.value else "")
        assert by_id[a.question_id].na_reason == a.na_reason
        assert by_id[a.question_id].comment == a.comment
    assert by_id["V-02"].answer == ""


def test_drop_down_with_the_codes_and_hidden_meta(tmp_path: Path) -> None:
    wb = load_workbook(_template(tmp_path, "ar"))
    ws = wb.worksheets[0]
    assert ws.sheet_view.rightToLeft
    validations = ws.data_validations.dataValidation
    assert len(validations) == 1
    dv = validations[0]
    assert dv.type == "list"
    assert dv.formula1 == f'"{CODES}"'
    assert str(dv.sqref) == "E2:E8"
    assert wb["_meta"].sheet_state == "hidden"
    legend = wb.worksheets[1]
    assert [legend.cell(row=r, column=1).value for r in range(2, 8)] == CODES.split(",")
    assert legend["B2"].value == "قائم بالكامل"
    assert ws["E2"].value == "fully"
    assert ws["H2"].value.startswith("=IFERROR(VLOOKUP(E2,")


def test_edited_template_is_read_with_row_numbers(tmp_path: Path) -> None:
    path = _template(tmp_path)
    wb = load_workbook(path)
    ws = wb.worksheets[0]
    ws["E8"] = "largely"
    ws["G8"] = "Décret n° 2-12-349, 20 mars 2013"
    ws["E3"] = 12  # a number typed by mistake: read as text, checked by the caller
    wb.save(path)
    rows = {r.question_id: r for r in read_answer_template(path).rows}
    assert (rows["V-02"].row, rows["V-02"].answer, rows["V-02"].comment) == (8, "largely",
                                                                                "Décret n° 2-12-349, 20 mars 2013")
    assert rows["III.A-02"].answer == "12"


def test_existing_answers_are_prefilled(tmp_path: Path) -> None:
    path = tmp_path / "t.xlsx"
    answers = {"V-01": Answer("V-01", AnswerValue.NA, na_reason="No border.", comment="=1+1")}
    write_answer_template(make_questionnaire(), answers, "fr", path, None)
    ws = load_workbook(path).worksheets[0]
    assert ws.title == "Réponses"
    assert (ws["E7"].value, ws["F7"].value, ws["G7"].value) == ("na", "No border.", "=1+1")
    assert ws["G7"].data_type == "s"
    assert ws["E2"].value is None


def test_a_workbook_that_is_not_a_template_is_refused(tmp_path: Path) -> None:
    other = tmp_path / "other.xlsx"
    wb = Workbook()
    wb.active["A1"] = "question_id"
    wb.save(other)
    with pytest.raises(TemplateError, match="other.xlsx is not an answer template"):
        read_answer_template(other)


@pytest.mark.parametrize("content", [b"question_id,answer\nIII.A-01,fully\n", b"", b"PK\x03\x04broken"])
def test_a_file_that_is_not_a_workbook_is_refused(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "answers.xlsx"
    path.write_bytes(content)
    with pytest.raises(TemplateError, match="not an answer template"):
        read_answer_template(path)


def test_a_zip_bomb_is_refused_before_openpyxl_reads_it(tmp_path: Path, monkeypatch) -> None:
    import zipfile

    from app.export import template

    good = write_answer_template(make_questionnaire(), {}, "en", tmp_path / "good.xlsx")
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as out:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":  # 70 MB once unpacked, as a shared-strings bomb
                data = data.replace(b"</worksheet>", b"<!--" + b"A" * 70_000_000 + b"--></worksheet>")
            out.writestr(info, data)
    assert bomb.stat().st_size < 2_000_000

    def never(*args, **kwargs):
        raise AssertionError("openpyxl was asked to read the bomb")

    monkeypatch.setattr(template, "load_workbook", never)
    with pytest.raises(TemplateError) as e:
        read_answer_template(bomb)
    assert e.value.key == "xlsx_too_big" and e.value.values["part"] == "xl/worksheets/sheet1.xml"
    assert e.value.values["limit"] == 16
