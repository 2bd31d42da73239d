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

    # a template made for another version of the questionnaire (another meaning) is refused, with the reason
    other = replace(ws.questionnaire, version="2.0", sections=ws.questionnaire.sections[:2])
    old = tmp_path / "other.xlsx"
    write_answer_template(other, {}, "en", old, aid)
    with pytest.raises(ImportRefused) as e:
        read_import(ws, aid, old)
    assert "version 2.0" in e.value.problems[0] and "write a new template" in e.value.problems[0]

    # a template written before a wording fix (other texts, same meaning) is still accepted
    reworded = replace(ws.questionnaire, content_hash="sha256:after-a-typo-fix",
                       title=replace(ws.questionnaire.title, values={"en": "Reworded", "fr": "Reformulé"}))
    assert reworded.meaning_hash == ws.questionnaire.meaning_hash
    assert reworded.wording_hash != ws.questionnaire.wording_hash
    typo = tmp_path / "typo.xlsx"
    write_answer_template(reworded, {}, "en", typo, aid)
    assert read_import(ws, aid, typo).rows == []

    # a workbook that is not a template at all
    from openpyxl import Workbook

    stray = tmp_path / "budget.xlsx"
    Workbook().save(stray)
    with pytest.raises(ImportRefused):
        read_import(ws, aid, stray)


# ---- imports never erase; the summary counts exactly what changed ------------------------------


def _template_with(ws, aid, path, edits):
    """Write the app's answer template for `aid`, then fill cells as a workshop group would in Excel."""
    from openpyxl import load_workbook

    from app.export.template import write_answer_template

    write_answer_template(ws.questionnaire, ws.answers(aid), "en", path, aid)
    wb = load_workbook(path)
    sheet = next(s for s in wb.worksheets if s.sheet_state == "visible")
    rows = {sheet.cell(r, 1).value: r for r in range(2, sheet.max_row + 1)}
    for qid, (col, value) in edits.items():
        sheet.cell(rows[qid], col).value = value
    wb.save(path)


def test_two_workshop_copies_do_not_erase_each_other(ws, tmp_path, reopen):
    aid = ws.create_assessment("T", "MA")
    blank = {}
    _template_with(ws, aid, tmp_path / "group1.xlsx", {"III.A-01": (5, "fully")})
    _template_with(ws, aid, tmp_path / "group2.xlsx", {"V-01": (5, "partially")})  # both from the empty file
    assert ws.answers(aid) == blank
    first = read_import(ws, aid, tmp_path / "group1.xlsx")
    assert first.changed == 1
    apply_import(ws, first)
    second = read_import(ws, aid, tmp_path / "group2.xlsx")
    assert second.changed == 1 and [r.question_id for r in second.rows] == ["V-01"]
    apply_import(ws, second)
    answers = reopen().answers(aid)
    assert answers["III.A-01"].value is AnswerValue.FULLY  # the blank cell in group 2's copy left it alone
    assert answers["V-01"].value is AnswerValue.PARTIALLY


def test_blank_cells_keep_stored_answer_reason_and_comment(ws, tmp_path):
    aid = ws.create_assessment("T", "KE")
    ws.set_answer(aid, "III.A-01", value="largely", comment="Law 12/2010")
    ws.set_answer(aid, "III.A-03", value="na", na_reason="No tourism sector")
    f = tmp_path / "a.csv"
    # III.A-01 blank answer + blank comment; III.A-03 same answer, no reason repeated; V-01 new
    f.write_text(HEADER + "III.A-01,,,\nIII.A-03,na,,\nV-01,not,,\n", encoding="utf-8")
    plan = read_import(ws, aid, f)
    assert plan.changed == 1 and plan.unchanged == 2 and plan.rows[0].question_id == "V-01"
    apply_import(ws, plan)
    a = ws.answers(aid)
    assert (a["III.A-01"].value, a["III.A-01"].comment) == (AnswerValue.LARGELY, "Law 12/2010")
    assert a["III.A-03"].na_reason == "No tourism sector"


def test_a_changed_comment_alone_is_counted(ws, tmp_path):
    aid = ws.create_assessment("T", "KE")
    ws.set_answer(aid, "V-01", value="fully", comment="old")
    f = tmp_path / "a.csv"
    f.write_text(HEADER + "V-01,fully,,new text\n", encoding="utf-8")
    plan = read_import(ws, aid, f)
    assert plan.changed == 1 and plan.rows[0].values == {"comment": "new text"}
    apply_import(ws, plan)
    assert ws.answers(aid)["V-01"].comment == "new text"
    assert read_import(ws, aid, f).changed == 0  # importing the same file again changes nothing


def test_a_40000_character_comment_survives_the_template_round_trip(ws, tmp_path, reopen):
    from openpyxl import load_workbook

    from app.export.template import write_answer_template

    aid = ws.create_assessment("T", "MA")
    long = "".join(f"{i:05d} Loi n° 2010-272 حماية الطفل 😀\n" for i in range(1200))  # astral + RTL + newlines
    assert len(long) > 40_000
    ws.set_answer(aid, "III.A-01", value="partially", comment=long)
    path = tmp_path / "t.xlsx"
    write_answer_template(ws.questionnaire, ws.answers(aid), "fr", path, aid)
    wb = load_workbook(path)
    sheet = next(s for s in wb.worksheets if s.sheet_state == "visible")
    widest = max(len(str(c.value or "").encode("utf-16-le")) // 2 for r in sheet.iter_rows() for c in r)
    assert widest <= 32_767  # every cell is one Excel can hold
    plan = read_import(ws, aid, path)
    assert plan.changed == 0  # nothing was cut, so nothing differs
    sheet.cell(next(r for r in range(2, sheet.max_row + 1) if sheet.cell(r, 1).value == "III.A-01"), 5).value = "fully"
    wb.save(path)
    plan = read_import(ws, aid, path)
    assert plan.changed == 1 and plan.rows[0].values == {"value": "fully"}
    apply_import(ws, plan)
    assert reopen().answers(aid)["III.A-01"].comment == long  # kept exactly, trailing line break too


# ---- broken, hostile and huge CSV files ---------------------------------------------------------


def test_an_unclosed_quote_is_refused_with_its_line(ws, tmp_path):
    aid = ws.create_assessment("T", "KE")
    f = tmp_path / "q.csv"
    f.write_text(HEADER + 'III.A-01,fully,,ok\nV-01,not,,"unclosed\nIII.A-03,largely,,\nV-02,fully,,\n',
                 encoding="utf-8")
    with pytest.raises(ImportRefused) as e:
        read_import(ws, aid, f)
    assert e.value.problems[0].startswith("q.csv:3:") and "never closed" in e.value.problems[0]
    assert ws.answers(aid) == {}


def test_a_quote_closed_too_late_that_swallows_rows_is_refused(ws, tmp_path):
    aid = ws.create_assessment("T", "KE")
    f = tmp_path / "q.csv"
    f.write_text(HEADER + 'V-01,not,,"starts here\nIII.A-03,largely,,"\nV-02,fully,,\n', encoding="utf-8")
    with pytest.raises(ImportRefused) as e:
        read_import(ws, aid, f)
    assert e.value.problems[0].startswith("q.csv:2:") and "III.A-03" in e.value.problems[0]


def test_a_multi_line_quoted_comment_is_accepted(ws, tmp_path):
    aid = ws.create_assessment("T", "KE")
    f = tmp_path / "m.csv"
    f.write_bytes((HEADER + 'V-01,not,,"line one\r\nline ""two"", with comma"\r\nV-02,fully,,\r\n').encode())
    apply_import(ws, read_import(ws, aid, f))
    assert ws.answers(aid)["V-01"].comment == 'line one\r\nline "two", with comma'


def test_a_stray_quote_after_a_quoted_field_is_refused(ws, tmp_path):
    aid = ws.create_assessment("T", "KE")
    f = tmp_path / "s.csv"
    f.write_text(HEADER + 'V-01,"not"x,,\n', encoding="utf-8")
    with pytest.raises(ImportRefused) as e:
        read_import(ws, aid, f)
    assert e.value.problems[0].startswith("s.csv:2:")


def test_a_flood_of_errors_is_capped_with_a_count(ws, tmp_path):
    aid = ws.create_assessment("T", "KE")
    f = tmp_path / "flood.csv"
    f.write_text(HEADER + "".join(f"X-{i},fully,,\n" for i in range(5000)), encoding="utf-8")
    with pytest.raises(ImportRefused) as e:
        read_import(ws, aid, f)
    assert e.value.total == 5000 and len(e.value.items) == 20
    assert e.value.problems[-1] == "… and 4980 more problems not listed"
    assert len(str(e.value)) < 2000


def test_limits_on_rows_size_and_text(ws, tmp_path, monkeypatch):
    from app.services import imports

    aid = ws.create_assessment("T", "KE")
    f = tmp_path / "big.csv"
    f.write_text(HEADER + "V-01,fully,,\n" * (imports.MAX_ROWS + 1), encoding="utf-8")
    with pytest.raises(ImportRefused, match="more than 10000 lines"):
        read_import(ws, aid, f)
    f.write_text(HEADER + "V-01,fully,," + "x" * (imports.MAX_TEXT + 1) + "\n", encoding="utf-8")
    with pytest.raises(ImportRefused, match=r"big.csv:2: the comment is 100001 characters long"):
        read_import(ws, aid, f)
    monkeypatch.setattr(imports, "MAX_FILE_BYTES", 100)
    with pytest.raises(ImportRefused, match=r"big.csv: the file is .* MB; an answers file may be at most"):
        read_import(ws, aid, f)


def test_control_bytes_are_never_echoed_raw(ws, tmp_path):
    aid = ws.create_assessment("T", "KE")
    f = tmp_path / "nul.csv"
    f.write_bytes(HEADER.encode() + b"V-\x1b[31m01,fully,,\nV-02,ful\x07ly,,\nIII.A-02,fully,,bad\x01byte\n")
    with pytest.raises(ImportRefused) as e:
        read_import(ws, aid, f)
    text = str(e.value)
    assert "\x1b" not in text and "\x07" not in text and "\x01" not in text
    assert "\\x1b" in text and "\\x07" in text and "control character (\\x01)" in text
    f.write_bytes(HEADER.encode() + b"V-01,fully,,\x00\x00\x00\n")
    with pytest.raises(ImportRefused, match="binary data"):
        read_import(ws, aid, f)


def test_utf16_from_excel_unicode_text_is_accepted(ws, tmp_path):
    aid = ws.create_assessment("T", "MA")
    f = tmp_path / "u16.csv"
    f.write_bytes((HEADER + "V-01,fully,,نص عربي\n").encode("utf-16"))
    apply_import(ws, read_import(ws, aid, f))
    assert ws.answers(aid)["V-01"].comment == "نص عربي"


def test_problems_are_translated(ws, tmp_path):
    aid = ws.create_assessment("T", "KE")
    f = tmp_path / "t.csv"
    f.write_text(HEADER + "X-1,fully,,\n", encoding="utf-8")
    with pytest.raises(ImportRefused) as e:
        read_import(ws, aid, f)
    assert e.value.lines("fr")[0] == "t.csv:2: identifiant de question inconnu «\u00a0X-1\u00a0»"
    assert "معرّف سؤال غير معروف" in e.value.lines("ar")[0]


def test_a_missing_or_unreadable_file_is_named(ws, tmp_path):
    import os

    aid = ws.create_assessment("T", "KE")
    with pytest.raises(ImportRefused, match="gone.csv: the file does not exist"):
        read_import(ws, aid, tmp_path / "gone.csv")
    if os.geteuid() == 0:
        return  # root reads any file
    f = tmp_path / "locked.csv"
    f.write_text(HEADER + "V-01,fully,,\n", encoding="utf-8")
    f.chmod(0)
    with pytest.raises(ImportRefused, match="locked.csv: the file cannot be read"):
        read_import(ws, aid, f)


def test_an_unclosed_quote_in_the_header_is_refused(ws, tmp_path):
    """Found by the fuzz test: a header line that opens a quote and never closes it."""
    aid = ws.create_assessment("T", "KE")
    f = tmp_path / "h.csv"
    f.write_bytes(b'"\xac\x1a\xe4\x80\x1d\x1d}')
    with pytest.raises(ImportRefused) as e:
        read_import(ws, aid, f)
    assert e.value.problems[0].startswith("h.csv:1: the header is '\"")
    assert "\x1a" not in str(e.value) and "\\x1a" in str(e.value)


def test_excel_unicode_text_utf16_with_tabs_is_read(ws, tmp_path):
    aid = ws.create_assessment("T", "MA")
    f = tmp_path / "unicode.txt"
    f.write_bytes("question_id\tanswer\tna_reason\tcomment\r\nV-01\tlargely\t\tCode pénal, art. 3 ; حماية\r\n"
                  .encode("utf-16"))
    apply_import(ws, read_import(ws, aid, f))
    assert ws.answers(aid)["V-01"].comment == "Code pénal, art. 3 ; حماية"


def test_utf8_with_one_stray_latin1_byte_is_refused_with_its_line(ws, tmp_path):
    aid = ws.create_assessment("T", "MA")
    f = tmp_path / "mixed.csv"
    f.write_bytes(HEADER.encode() + "V-01,fully,,Loi relative à la traite\n".encode()
                  + b"V-02,not,,Code p\xe9nal\n")
    with pytest.raises(ImportRefused) as e:
        read_import(ws, aid, f)
    assert e.value.problems[0].startswith("mixed.csv:3:") and "0xE9" in e.value.problems[0]
    assert "0xE9" in e.value.lines("fr")[0] and "UTF-8" in e.value.lines("ar")[0]
    assert ws.answers(aid) == {}
