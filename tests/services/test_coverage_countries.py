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
    assert country_name("TZ", "en") == "United Republic of Tanzania"


def test_country_search_folds_accents_diacritics_and_knows_aliases():
    from app.services.countries import find_code, fold, search

    assert fold("Côte d’Ivoire") == fold("cote d ivoire") == "cote d ivoire"
    assert fold("النّيجر") == fold("النيجر")  # the shadda is ignored
    assert fold("إثيوبيا") == fold("اثيوبيا")  # hamza on the alif is ignored
    assert [c.code for c in search("ethiop", "fr")] == ["ET"]
    assert [c.code for c in search("النيجر", "ar")] == ["NE"]
    assert [c.code for c in search("ivory", "en")] == ["CI"]
    assert "CD" in {c.code for c in search("congo", "fr")} and len(search("", "en")) > 240
    assert find_code("ethiopie", "fr") == "ET" and find_code("Ivory Coast") == "CI"
    assert find_code("congo") == "CG" or find_code("congo") == ""  # never a guess between two Congos


def test_coverage_markdown_lists_each_tag_with_its_questions_and_notes():
    from dataclasses import replace

    from app.domain.questionnaire import Tag, Text

    q = make_questionnaire()
    tags = (Tag("mnr-03", "mnr", Text({"en": "MNR 3 Legislation"})),
            Tag("icmec.access", "icmec", Text({"en": "ICMEC: access"}), "The Guidelines say nothing of it."))
    text = coverage_markdown(replace(q, tags=tags))
    assert "### WePROTECT Model National Response capabilities (1 listed, 1 with questions)" in text
    assert "| mnr-03 | MNR 3 Legislation | III.A-01, III.A-02, V-01, V-02 |  |" in text
    assert "### ICMEC / REPERES legislative criteria (1 listed, 0 with questions)" in text
    assert ("| icmec.access | ICMEC: access | **no question maps here** | The Guidelines say nothing of it. |"
            in text)
