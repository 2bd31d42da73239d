"""The comparison's reading and movements against hand-worked numbers (pure domain, no database)."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain.comparison import Figures, Line, Mark, Movement, Reading, in_time_order, reading_of
from app.domain.report import AssessmentInfo


def info(i: int, country: str, day: date | None = None, baseline: int | None = None) -> AssessmentInfo:
    return AssessmentInfo(i, f"A{i}", country, country, day, baseline_id=baseline)


def figs(score: float | None, coverage: float = 1.0, carried: int = 0, conservative: float | None = None) -> Figures:
    return Figures(score, conservative if conservative is not None else score, coverage, coverage < 2 / 3,
                   10, 10, carried)


def test_the_reading_is_over_time_only_for_one_country_in_order():
    d1, d2 = date(2024, 3, 1), date(2026, 3, 1)
    assert reading_of([info(1, "MA", d1), info(2, "MA", d2)]) is Reading.OVER_TIME
    # a follow-up of the first, even without dates (or with the same date), is over time
    assert reading_of([info(1, "MA", d1), info(2, "MA", d1, baseline=1)]) is Reading.OVER_TIME
    # the same country, later review first: no known order forward in time
    assert reading_of([info(1, "MA", d2), info(2, "MA", d1)]) is Reading.MIXED
    assert reading_of([info(1, "MA", d1), info(2, "MA", d1)]) is Reading.MIXED  # same day, not a follow-up
    assert reading_of([info(1, "MA"), info(2, "MA")]) is Reading.OVER_TIME  # undated: created in that order
    assert reading_of([info(1, "MA", d1), info(2, "BJ", d1), info(3, "KE", d1)]) is Reading.ACROSS_COUNTRIES
    # a country twice among others: neither
    assert reading_of([info(1, "MA", d1), info(2, "BJ", d1), info(3, "MA", d2)]) is Reading.MIXED


def test_a_follow_up_given_before_its_baseline_is_put_in_time_order():
    d1, d2, d3 = date(2024, 3, 1), date(2026, 3, 1), date(2028, 3, 1)
    base, follow = info(1, "MA", d1), info(2, "MA", d2, baseline=1)
    assert [i.id for i in in_time_order([follow, base])] == [1, 2]
    assert [i.id for i in in_time_order([base, follow])] == [1, 2]
    # a chain of three, in any order; a follow-up dated like its baseline (or undated) still comes after it
    third = info(3, "MA", d3, baseline=2)
    assert [i.id for i in in_time_order([third, base, follow])] == [1, 2, 3]
    assert [i.id for i in in_time_order([info(5, "MA", d1, baseline=4), info(4, "MA", d1)])] == [4, 5]
    assert [i.id for i in in_time_order([info(5, "MA", baseline=4), info(4, "MA")])] == [4, 5]
    # no follow-up link: the order given (a later review first stays mixed); other countries: as given
    assert [i.id for i in in_time_order([info(1, "MA", d2), info(2, "MA", d1)])] == [1, 2]
    assert [i.id for i in in_time_order([follow, base, info(9, "BJ", d1)])] == [2, 1, 9]


def test_over_time_a_movement_is_progress_and_is_provisional_on_thin_evidence():
    # 50.0 -> 57.5: +7.5 points, improved; the follow-up has 76 answers still to confirm: provisional
    m = Movement.between(figs(50.0), figs(57.5, coverage=0.7, carried=76))
    assert (m.score, m.mark, m.provisional, m.to_confirm) == (pytest.approx(7.5), Mark.IMPROVED, True, 76)
    m = Movement.between(figs(60.0), figs(40.0, coverage=0.5))  # coverage 1/2 < 2/3: provisional regression
    assert (m.mark, m.provisional, m.to_confirm) == (Mark.REGRESSED, True, 0)
    m = Movement.between(figs(60.0), figs(60.04))  # under 0.05 points: unchanged, on firm ground
    assert (m.mark, m.provisional) == (Mark.UNCHANGED, False)
    m = Movement.between(figs(None, coverage=0.0), figs(40.0))
    assert (m.mark, m.score, m.provisional) == (Mark.NOT_COMPARABLE, None, False)


def test_across_countries_a_difference_is_neutral():
    m = Movement.between(figs(50.0), figs(57.5), Reading.ACROSS_COUNTRIES)
    assert (m.score, m.mark) == (pytest.approx(7.5), Mark.HIGHER)
    assert Movement.between(figs(50.0), figs(42.0), Reading.MIXED).mark is Mark.LOWER
    assert Movement.between(figs(50.0), figs(50.0), Reading.ACROSS_COUNTRIES).mark is Mark.SAME
    assert Movement.between(figs(50.0), figs(42.0, coverage=0.5), Reading.ACROSS_COUNTRIES).provisional


def test_highest_lowest_and_spread_of_a_line():
    # scores 40, 72.5, 40, not scored: highest the second; lowest the first and the third (tie); spread 32.5
    line = Line("s", {1: figs(40.0), 2: figs(72.5), 3: figs(40.0), 4: figs(None, coverage=0.0)},
                Movement.between(figs(40.0), figs(None, coverage=0.0), Reading.ACROSS_COUNTRIES))
    assert (line.highest(), line.lowest(), line.spread) == ([2], [1, 3], pytest.approx(32.5))
    alone = Line("s", {1: figs(40.0), 2: figs(None, coverage=0.0)}, line.change)
    assert alone.spread is None


def test_a_provisional_score_takes_no_place_in_the_ranking_nor_the_spread():
    """docs/methodology.md §3: only a score at two-thirds coverage is ranked. A country at 46 % coverage
    scoring 12 is neither the lowest nor sets the spread (outside review of issue 17, minor 3)."""
    line = Line("s", {1: figs(40.0), 2: figs(72.5), 3: figs(12.0, coverage=0.46), 4: figs(95.0, coverage=0.5)},
                Movement.between(figs(40.0), figs(95.0, coverage=0.5), Reading.ACROSS_COUNTRIES))
    assert (line.highest(), line.lowest(), line.spread) == ([2], [1], pytest.approx(32.5))
    one = Line("s", {1: figs(40.0), 2: figs(12.0, coverage=0.46)}, line.change)
    assert (one.spread, one.highest(), one.lowest()) == (None, [1], [1])
