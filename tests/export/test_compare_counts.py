"""The ministry reader's grammar findings on the comparison reports (issue 17, seventh round): "de Examen de
référence…" in the French title line, "2 assessments of 1 countries", "1 answers still to confirm". Counts in
the comparison's sentences take their noun in the form the number asks for; read back from the files."""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from app.export.strings_compare import count_of
from app.services import followup
from app.services.exports import export_comparison
from app.services.workspace import Workspace
from app.storage import open_database
from tests.factories import make_questionnaire
from tests.services.test_comparison import FIRST, LAST, answered


def test_a_count_takes_its_noun_in_the_form_of_its_number():
    assert [count_of("country", n, "en") for n in (1, 2)] == ["1 country", "2 countries"]
    assert [count_of("answer", n, "fr") for n in (0, 1, 2)] == ["0 réponse", "1 réponse", "2 réponses"]
    assert count_of("country", 1, "fr") == "1 pays" and count_of("country", 3, "fr") == "3 pays"
    # Arabic: the noun then "one"; the dual alone; 3-10 plural; 11-99 singular accusative; 100 singular
    assert [count_of("answer", n, "ar") for n in (1, 2, 3, 10, 11, 99, 100, 103)] == [
        "إجابة واحدة", "إجابتان", "3 إجابات", "10 إجابات", "11 إجابة", "99 إجابة", "100 إجابة", "103 إجابات"]
    assert [count_of("assessment", n, "ar") for n in (2, 14)] == ["تقييمان", "14 تقييماً"]


def _all_text(path) -> str:
    return " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(path).pages)


def _cells(path) -> str:
    wb = load_workbook(path)
    return "\n".join(str(c.value) for sh in wb.worksheets for row in sh.iter_rows() for c in row if c.value)


@pytest.fixture
def one_carried(tmp_path):
    """Morocco 2024 and its follow-up with exactly one carried-over answer left to confirm."""
    ws = Workspace(open_database(tmp_path / "a.sqlite"), make_questionnaire())
    base = answered(ws, "Maroc 2024", "MA", FIRST, date(2024, 3, 1))
    new = followup.start_follow_up(ws, base, title="Maroc 2026")
    ws.update_assessment(new, assessment_date=date(2026, 3, 1))
    keep = followup.carried_over(ws, new)[0]
    ws.set_answers(new, [(qid, {"value": v}) for qid, v in LAST.items() if qid != keep])
    followup.confirm_all(ws, new, [q for q in followup.carried_over(ws, new) if q != keep])
    assert len(followup.carried_over(ws, new)) == 1
    yield ws, base, new, tmp_path
    ws.close()


def test_one_answer_to_confirm_is_said_in_the_singular(one_carried):
    ws, base, new, tmp = one_carried
    en = _all_text(export_comparison(ws, [base, new], "pdf", "en", tmp / "c.pdf"))
    assert "1 answer still to confirm" in en and "1 answers" not in en
    assert "still to confirm in “Maroc 2026”: 1 answer;" in en
    fr = _all_text(export_comparison(ws, [base, new], "pdf", "fr", tmp / "c-fr.pdf"))
    assert "1 réponse encore à confirmer" in fr and "1 réponses" not in fr
    # the titles quoted, not "de Maroc 2024" (a title starting with a vowel read "de Examen de référence")
    assert "de « Maroc 2024 » à « Maroc 2026 »" in fr.replace("\u202f", " ").replace("\u00a0", " ")
    ar = _cells(export_comparison(ws, [base, new], "xlsx", "ar", tmp / "c-ar.xlsx"))
    assert "إجابة واحدة بانتظار التأكيد" in ar and "1 إجابة" not in ar


def test_one_country_out_of_date_order_is_not_of_1_countries(tmp_path):
    """Two reviews of one country, not linked, the later one first: a mixed reading, said of one country."""
    ws = Workspace(open_database(tmp_path / "a.sqlite"), make_questionnaire())
    a = answered(ws, "Maroc 2024", "MA", FIRST, date(2024, 3, 1))
    b = answered(ws, "Maroc 2026", "MA", LAST, date(2026, 3, 1))
    try:
        en = _all_text(export_comparison(ws, [b, a], "pdf", "en", tmp_path / "m.pdf"))
        assert "Mixed comparison: 2 assessments of one country, not in date order" in en
        assert "1 countries" not in en
        fr = _cells(export_comparison(ws, [b, a], "xlsx", "fr", tmp_path / "m.xlsx")).replace("\u202f", " ")
        assert "2 évaluations d’un même pays, hors de l’ordre des dates" in fr and "1 pays" not in fr
        ar = _cells(export_comparison(ws, [b, a], "xlsx", "ar", tmp_path / "m-ar.xlsx"))
        assert "تقييمان لبلد واحد" in ar
        c = answered(ws, "Tunisie 2025", "TN", LAST, date(2025, 3, 1))
        three = _cells(export_comparison(ws, [b, a, c], "xlsx", "en", tmp_path / "t.xlsx"))
        assert "3 assessments of 2 countries" in three
    finally:
        ws.close()
