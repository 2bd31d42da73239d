from __future__ import annotations

from app.services.countries import REPERES, countries, country_name
from app.services.coverage import coverage_markdown, paragraph_map, uncovered
from tests.factories import make_questionnaire


def test_paragraph_map_and_uncovered_paragraphs():
    q = make_questionnaire()
    pmap = paragraph_map(q)
    assert pmap[14] == ["III.A-01"] and pmap[56] == ["V-02"]
    gaps = uncovered(q)
    assert 15 in gaps and 14 not in gaps and len(gaps) == 103 - 7


def test_coverage_markdown_table_marks_gaps():
    text = coverage_markdown(make_questionnaire())
    assert "| 14 | III.A | III.A-01 |" in text
    assert "| 15 | III.A | **none** |" in text
    assert "| 113 | - | **none** |" in text


def test_reperes_countries_come_first_in_each_language():
    for lang in ("en", "fr", "ar"):
        listed = countries(lang)
        assert {c.code for c in listed[:14]} == set(REPERES)
        assert len(listed) > 240
    assert country_name("CI", "fr") == "Côte d'Ivoire"
    assert country_name("MA", "ar") == "المغرب"
    assert country_name("TZ", "en").startswith("Tanzania")
