"""A follow-up review's own report (PDF and workbook) says what it is: a follow-up of which review, how many
answers carried over from it still await confirmation, and, on each such answer, that it is carried over and
not scored; the workbook leaves its value and gap empty, as the score does (the ministry reader found
III.B-03 printed "Largely in place" like any answer and scored 0.667 in the Answers sheet)."""

from __future__ import annotations

import re
from datetime import date

import pytest
from openpyxl import load_workbook

from app.export.common import questionnaire_line, quoted_title
from app.export.pdf_shape import visual_runs
from app.export.strings import fmt_date, label
from app.export.strings_compare import count_of
from app.services import followup
from app.services.exports import export_report
from app.services.workspace import Workspace
from app.storage import open_database
from tests.export.test_external_tools import comparable as _comparable
from tests.export.test_external_tools import pdftotext
from tests.factories import make_questionnaire
from tests.services.test_comparison import FIRST, answered

BASELINE = "Maroc 2024"


def comparable(text: str) -> str:
    """Letters and digits only: poppler moves the punctuation around a Latin run in right-to-left text
    ("Maroc 2024 (1 مارس ‪.)2024")."""
    return re.sub(r"[\W_]", "", _comparable(text))


@pytest.fixture
def follow_up(tmp_path):
    """Morocco 2024 answered as FIRST (six answers with a value), its follow-up where III.A-01 is answered
    anew and V-01 confirmed: four answers still carried over (III.A-02, III.A-03, III.B-01, III.B-02)."""
    ws = Workspace(open_database(tmp_path / "a.sqlite"), make_questionnaire())
    base = answered(ws, BASELINE, "MA", FIRST, date(2024, 3, 1))
    new = followup.start_follow_up(ws, base, title="Maroc 2026")
    ws.update_assessment(new, assessment_date=date(2026, 3, 1))
    ws.set_answers(new, [("III.A-01", {"value": "fully", "carried_over": False})])
    followup.confirm_answer(ws, new, "V-01")
    assert followup.carried_over(ws, new) == ["III.A-02", "III.A-03", "III.B-01", "III.B-02"]
    yield ws, new
    ws.close()


@pytest.mark.parametrize("lang", ["en", "fr", "ar"])
def test_the_pdf_names_the_baseline_and_marks_each_answer_still_to_confirm(follow_up, tmp_path, lang):
    ws, new = follow_up
    pages = pdftotext(export_report(ws, new, "pdf", lang, tmp_path / f"f-{lang}.pdf")).split("\f")
    data = ws.report_data(new, lang)
    baseline = f"{quoted_title(BASELINE, lang)} ({fmt_date(date(2024, 3, 1), lang)})"
    four = count_of("answer", 4, lang)
    cover = comparable(pages[0])
    assert comparable(label("follow_up_of", lang)) in cover
    assert comparable(label("follow_up_value", lang, baseline=baseline, answers=four)) in cover
    everything = comparable("".join(pages))
    assert comparable(label("follow_up_note", lang, baseline=baseline, answers=four)) in everything
    mark = comparable(label("carried_from", lang, baseline=baseline))
    blocks = _question_blocks(pages, [q.id for q in data.questionnaire.questions()])
    for qid in ("III.A-02", "III.A-03", "III.B-01", "III.B-02"):
        assert mark in comparable(blocks[qid]), qid
        assert comparable(label("to_confirm", lang)) in comparable(blocks[qid]), qid
    for qid in ("III.A-01", "V-01", "V-02"):  # answered anew, confirmed, never answered: no mark
        assert mark not in comparable(blocks[qid]), qid


def _question_blocks(pages: list[str], ids: list[str]) -> dict[str, str]:
    """The text of each question's block in the question-by-question part: from its id's line to the next."""
    text = "\n".join(pages)
    start = text.index("\n", text.rindex(ids[0] + " ", 0, text.rindex(ids[-1])) - 200)  # the body's part
    body = text[start:]
    where = {qid: body.index(qid) for qid in ids}
    order = sorted(ids, key=where.__getitem__)
    return {qid: body[where[qid]:where[order[k + 1]] if k + 1 < len(order) else len(body)]
            for k, qid in enumerate(order)}


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_workbook_leaves_carried_over_answers_unscored_with_their_status(follow_up, tmp_path, lang):
    ws, new = follow_up
    data = ws.report_data(new, lang)
    wb = load_workbook(export_report(ws, new, "xlsx", lang, tmp_path / f"f-{lang}.xlsx"))
    sheet = wb[label("sheet_answers", lang)]
    head = [c.value for c in sheet[1]]
    col = {k: head.index(label(k, lang)) for k in ("question_id", "answer_code", "answer_value", "weighted_gap",
                                                    "answer_status")}
    rows = {r[col["question_id"]]: r for r in sheet.iter_rows(min_row=2, values_only=True) if r[col["question_id"]]}
    status = label("carried_over_status", lang)
    for qid in ("III.A-02", "III.A-03", "III.B-01"):
        r = rows[qid]
        assert r[col["answer_code"]] == FIRST[qid]  # what the baseline said, kept to pivot on
        assert (r[col["answer_value"]], r[col["weighted_gap"]], r[col["answer_status"]]) == (None, None, status), qid
    a1 = rows["III.A-01"]
    assert a1[col["answer_value"]] == 1.0 and a1[col["weighted_gap"]] == 0.0 and a1[col["answer_status"]] is None
    # the scored rows are exactly the ones the score counts: a pivot on the value agrees with the report
    scored = [qid for qid, r in rows.items() if r[col["answer_value"]] is not None]
    assert sorted(scored) == ["III.A-01", "V-01"]
    assert data.result.overall.answered == 2  # V-02 never answered; III.B-02 (don't know) carried over
    summary = " ".join(str(c.value) for row in wb.worksheets[0].iter_rows() for c in row if c.value)
    assert label("follow_up_of", lang) in summary
    assert f"{quoted_title(BASELINE, lang)} (" in summary and "4" in summary
    cell = next(c for row in wb.worksheets[0].iter_rows() for c in row
                if isinstance(c.value, str) and c.value.startswith(quoted_title(BASELINE, lang)))
    # the Arabic cell reads right to left (its first strong letter is the right-to-left mark), not from the Latin title
    assert (cell.alignment.readingOrder == 2) == (lang == "ar")


@pytest.mark.parametrize("title", ["Examen de référence OPSC 2024", "Maroc 2024", "Revue — suivi 2"])
def test_an_arabic_date_stays_whole_after_a_latin_title(title):
    """The ministry reader saw "Examen de référence OPSC 2024 (15" drawn as one left-to-right run and "مارس 2024)"
    away from it: the day left its month. In an Arabic sentence the title's run must end before the date's."""
    when = fmt_date(date(2024, 3, 15), "ar")
    text = label("carried_from", "ar", baseline=f"{quoted_title(title, 'ar')} ({when})")
    start = text.index(title)
    day = text.index("(15") + 1
    title_run = next(run for run in visual_runs(text, "R") if run[0] <= start < run[1])
    assert not title_run[2] and title_run[1] <= day  # the Latin run holds the title only, not the day after it
    for lang in ("en", "fr"):
        assert title in quoted_title(title, lang) and quoted_title(title, lang) != title


@pytest.mark.parametrize("lang", ["en", "fr", "ar"])
def test_one_answer_to_confirm_is_counted_in_the_singular(lang):
    """"1 answers carried over … they are shown" (reader, after confirming 39 of 40): the count takes its noun's form."""
    one = count_of("answer", 1, lang)
    text = label("follow_up_note", lang, baseline="X", answers=one) + label("follow_up_value", lang, baseline="X",
                                                                                 answers=one)
    assert one in text
    assert {"en": "1 answers", "fr": "1 réponses", "ar": "1 إجابة"}[lang] not in text


def test_the_arabic_cover_keeps_the_questionnaire_title_apart_from_its_latin_id(follow_up):
    """The Arabic cover drew "للجنة (— CRC/C/156)": the title's ")" and the dash joined the id's Latin run."""
    ws, new = follow_up
    line = questionnaire_line(ws.report_data(new, "ar"))
    title = ws.report_data(new, "ar").questionnaire.title.get("ar")
    end = len(title)
    runs = visual_runs(line, "R")
    assert all(not (start < end < stop and not rtl) for start, stop, rtl in runs), runs  # no Latin run across it
    assert questionnaire_line(ws.report_data(new, "en")).startswith(ws.report_data(new, "en").questionnaire.title.get("en") + " — ")
