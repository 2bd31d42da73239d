"""The shipped questionnaire: complete, consistent, in three languages, covering CRC/C/156 ¶11–113."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from app.definitions import check_questionnaire
from app.domain.questionnaire import LANGUAGES, STRENGTH_WEIGHTS
from app.services.coverage import uncovered
from tests.conftest import SHIPPED

SECTIONS = ["III", "III.A", "III.B", "III.C", "III.D", "III.E", "III.F", "III.G", "IV.A", "IV.B", "IV.C", "V", "VI",
            "VII", "VIII.A", "VIII.B", "VIII.C", "IX", "X"]
IDS_LOCK = Path(__file__).with_name("question_ids.lock")


@pytest.fixture(scope="module")
def loaded():
    q, problems = check_questionnaire(SHIPPED)
    return q, problems


def test_shipped_questionnaire_has_no_errors_and_no_warnings(loaded):
    q, problems = loaded
    assert q is not None, "\n".join(map(str, problems))
    assert [str(p) for p in problems] == []


def test_all_nineteen_sections_in_the_order_of_the_guidelines(loaded):
    q, _ = loaded
    assert [s.id for s in q.sections] == SECTIONS
    assert all(s.questions for s in q.sections)
    assert 130 <= len(q.questions()) <= 280


def test_ids_follow_the_pattern_and_no_published_id_disappears(loaded):
    q, _ = loaded
    ids = [x.id for x in q.questions()]
    assert len(ids) == len(set(ids))
    for s in q.sections:
        for x in s.questions:
            assert re.fullmatch(re.escape(s.id) + r"-\d\d", x.id), x.id
    locked = IDS_LOCK.read_text(encoding="utf-8").split()
    missing = sorted(set(locked) - set(ids))
    assert not missing, f"question ids removed or renamed (answers are stored against them): {missing}"
    assert not sorted(set(ids) - set(locked)), "new question ids: add them to tests/definitions/question_ids.lock"


def test_paragraphs_lie_in_range_and_the_first_in_its_own_section(loaded):
    q, _ = loaded
    for s in q.sections:
        lo, hi = s.paragraph_range
        for x in s.questions:
            assert all(11 <= p <= 113 for p in x.paragraphs), x.id
            assert lo <= x.paragraphs[0] <= hi, x.id


def test_every_text_exists_in_all_three_languages(loaded):
    q, _ = loaded
    for s in q.sections:
        for lang in LANGUAGES:
            assert s.title.has(lang) and s.intro.has(lang), (s.id, lang)
            for x in s.questions:
                assert x.text.has(lang) and x.guidance.has(lang), (x.id, lang)
    for t in q.tags:
        assert all(t.name.has(lang) for lang in LANGUAGES), t.id


def test_arabic_texts_are_arabic_and_french_texts_are_not_english(loaded):
    q, _ = loaded
    arabic = re.compile(r"[\u0600-\u06FF]")
    for x in q.questions():
        ar = x.text.get("ar")
        assert len(arabic.findall(ar)) > len(ar) / 3, x.id
        assert x.text.get("fr") != x.text.get("en"), x.id


def test_weights_follow_the_documented_rule(loaded):
    q, _ = loaded
    for x in q.questions():
        assert x.weight == STRENGTH_WEIGHTS[x.strength], x.id
    doc = (SHIPPED.parent.parent / "docs" / "methodology.md").read_text(encoding="utf-8")
    for strength, w in STRENGTH_WEIGHTS.items():
        assert re.search(rf"\*{strength.value}\*.*\| {w:g} \|", doc), strength


def test_every_paragraph_asking_something_of_states_is_cited(loaded):
    q, _ = loaded
    assert uncovered(q) == []


def test_questions_that_ask_for_a_law_are_marked(loaded):
    q, _ = loaded
    laws = [x for x in q.questions() if x.asks_for_law]
    assert len(laws) >= 40
    assert all(x.asks_for_law for x in q.section("V").questions if x.paragraphs[0] in (47, 56, 65))


def test_committed_coverage_table_is_up_to_date(loaded):
    from app.services.coverage import coverage_markdown

    q, _ = loaded
    committed = (SHIPPED.parent.parent / "docs" / "content-coverage.md").read_text(encoding="utf-8")
    assert committed == coverage_markdown(q), "run: python -m app coverage"
