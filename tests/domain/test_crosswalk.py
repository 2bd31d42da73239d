"""Crosswalk groups against numbers worked out by hand.

The factory questionnaire (tests/factories.py) with these tags:
  III.A-01 must 3.0       fully (1)        mnr-01, mnr-03          <- two capabilities: counts in both
  III.A-02 should 2.0     partially (1/3)  mnr-03
  III.A-03 encourages 1.0 N/A (reason)     mnr-01
  III.B-01 urges 2.5      not (0)          mnr-01, mnr-03, icmec.definition
  III.B-02 recommends 1.5 don't know       mnr-03
  V-01     must 3.0       largely (2/3)    mnr-03
  V-02     should 2.0     unanswered       mnr-01
  mnr-12: no question maps to it.

mnr-01: answered III.A-01 (3 x 1) and III.B-01 (2.5 x 0); V-02 unanswered; III.A-03 N/A (left out)
  score 3 / 5.5 = 54.55 %; conservative 3 / (3 + 2.5 + 2) = 40 %; coverage 2 / 3
mnr-03: 3 + 2/3 + 0 + 3 x 2/3 = 5.6667 over answered weights 10.5 = 53.97 %; over all 12 = 47.22 %;
  coverage 4 / 5; gaps by weight x gap: III.B-01 2.5, III.A-02 1.333, V-01 1.0
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from app.domain.crosswalk import crosswalk, short_name, tags_of
from app.domain.questionnaire import Questionnaire, Tag
from app.domain.scoring import score
from tests.factories import make_questionnaire, sample_answers, t

approx = pytest.approx

TAGS = {
    "III.A-01": ("mnr-01", "mnr-03"), "III.A-02": ("mnr-03",), "III.A-03": ("mnr-01",),
    "III.B-01": ("mnr-01", "mnr-03", "icmec.definition"), "III.B-02": ("mnr-03",), "V-01": ("mnr-03",),
    "V-02": ("mnr-01",),
}


def tagged_questionnaire() -> Questionnaire:
    qn = make_questionnaire()
    sections = tuple(replace(s, questions=tuple(replace(q, tags=TAGS[q.id]) for q in s.questions))
                     for s in qn.sections)
    tags = (Tag("mnr-01", "mnr", t("MNR 1 Leadership")), Tag("mnr-03", "mnr", t("MNR 3 Legislation")),
            Tag("mnr-12", "mnr", t("MNR 12 Hotline")), Tag("icmec.definition", "icmec", t("ICMEC: definition")))
    return replace(qn, sections=sections, tags=tags)


def _walk(framework: str, overrides: dict[str, float] | None = None):
    qn = tagged_questionnaire()
    answers = {a.question_id: a for a in sample_answers()}
    return crosswalk(qn, score(qn, answers, overrides), answers, framework)


def test_a_question_tagged_with_two_capabilities_counts_in_both():
    cw = _walk("mnr")
    assert [g.tag.id for g in cw.groups] == ["mnr-01", "mnr-03", "mnr-12"]  # tags-file order, icmec left out
    m1, m3 = cw.group("mnr-01"), cw.group("mnr-03")
    assert "III.A-01" in m1.question_ids and "III.A-01" in m3.question_ids
    assert m1.tally.score == approx(100 * 3 / 5.5)  # 54.55
    assert m1.tally.conservative == approx(40.0)
    assert m1.tally.coverage == approx(2 / 3)
    assert (m1.tally.total, m1.tally.applicable, m1.tally.answered, m1.tally.na) == (4, 3, 2, 1)
    assert m3.tally.score == approx(100 * (3 + 2 / 3 + 2) / 10.5)  # 53.97
    assert m3.tally.score == approx(53.968, abs=1e-3)
    assert m3.tally.conservative == approx(47.222, abs=1e-3)
    assert m3.tally.coverage == approx(0.8)
    assert m3.tally.dont_know == 1


def test_questions_driving_the_gap_sorted_by_weight_times_gap():
    cw = _walk("mnr")
    m3 = cw.group("mnr-03")
    assert [g.question_id for g in m3.gaps] == ["III.B-01", "III.A-02", "V-01"]
    assert [g.priority_score for g in m3.gaps] == approx([2.5, 4 / 3, 1.0])
    assert [g.question_id for g in cw.group("mnr-01").gaps] == ["III.B-01"]  # fully in place is no gap


def test_every_capability_appears_even_when_no_question_maps_to_it():
    cw = _walk("mnr")
    empty = cw.group("mnr-12")
    assert not empty.mapped and cw.unmapped == (empty,)
    assert (empty.tally.score, empty.tally.conservative, empty.tally.coverage, empty.tally.total) == (
        None, None, None, 0)
    assert empty.gaps == ()
    assert cw.untagged == ()


def test_icmec_and_untagged_questions():
    cw = _walk("icmec")
    d = cw.group("icmec.definition")
    assert (d.tally.score, d.tally.conservative, d.tally.coverage) == (0.0, 0.0, 1.0)
    assert len(cw.untagged) == 6 and "III.B-01" not in cw.untagged


def test_weight_overrides_are_used_as_in_the_section_scores():
    cw = _walk("mnr", {"III.B-01": 1.0})
    assert cw.group("mnr-01").tally.score == approx(75.0)  # 3 / (3 + 1)
    assert cw.group("mnr-03").gaps[0].question_id == "III.A-02"  # 2 x 2/3 = 1.33 now beats 1 x 1


def test_unknown_framework_is_refused():
    qn = tagged_questionnaire()
    with pytest.raises(ValueError, match="unknown framework"):
        crosswalk(qn, score(qn, []), {}, "unicef")


def test_shipped_questionnaire_names_all_21_mnr_capabilities_in_three_languages():
    from app.services.catalog import default

    qn = default().questionnaire
    assert qn is not None
    mnr = tags_of(qn, "mnr")
    assert [tg.id for tg in mnr] == [f"mnr-{n:02d}" for n in range(1, 22)]
    for lang in ("en", "fr", "ar"):
        names = [tg.name.values.get(lang, "").strip() for tg in mnr]
        assert all(names) and len(set(names)) == 21, lang
    assert short_name(mnr[2], "en") == "3 Legislation"
    assert len(tags_of(qn, "icmec")) >= 10
    for tg in tags_of(qn, "icmec"):
        assert all(tg.name.has(lang) for lang in ("en", "fr", "ar")), tg.id
