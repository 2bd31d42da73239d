"""Row heights: `line_count` counts the lines on the words' lengths, without building them; it must give the
count of the lines `wrap_lines` builds (which split_text cuts long texts with) for any text and width."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from app.export.xlsx_style import line_count, wrap_lines

settings.register_profile("opsc-lines", max_examples=400, deadline=None, derandomize=True)

WORDS = st.sampled_from(["", "a", "de", "loi", "l’enfant", "protection", "https://example.org/a/very/long/link/to/a/law",
                         "قانون", "العقوبات", "x" * 90])
TEXTS = st.lists(st.tuples(WORDS, st.sampled_from([" ", " ", "  ", "\n", "\n\n"])), max_size=40).map(
    lambda parts: "".join(w + sep for w, sep in parts))


@settings(settings.get_profile("opsc-lines"))
@given(TEXTS, st.sampled_from([1, 3, 8, 10, 16, 22.5, 34, 46, 60]), st.sampled_from(["en", "fr", "ar"]),
       st.sampled_from([10.0, 12.0, 15.0]), st.booleans())
def test_line_count_is_the_number_of_lines_wrap_lines_makes(text, width, lang, size, bold):
    assert line_count(text, width, lang, size, bold) == len(wrap_lines(text, width, lang, size, bold))


def test_line_count_against_hand_counted_lines():
    # a 10-character column holds 11 characters of 10-point English ((10 * 7 + 5) * 0.75 - 4 = 52.25 points,
    # 4.6 points a character)
    assert line_count("", 10) == 1
    assert line_count("one two", 10) == 1
    assert line_count("one two three", 10) == 2  # "one two" / "three"
    assert line_count("one two three four", 10) == 2  # "one two" / "three four"
    assert line_count("a\nb\n", 10) == 3
    assert line_count("x" * 30, 10) == 3  # an unbroken run cut at 11 characters: 11 + 11 + 8
    assert line_count("ab " + "x" * 30, 10) == 3  # "ab xxxxxxxx" (the run cut to fill the line) / 11 / 11


PROSE = st.lists(st.sampled_from(["a", "de", "loi", "l’enfant", "protection", "قانون", "العقوبات", "x" * 30]),
                 min_size=1, max_size=60).map(" ".join)


@settings(settings.get_profile("opsc-lines"))
@given(PROSE, st.sampled_from([1, 3, 8, 10, 16, 22.5, 34, 46, 60]), st.sampled_from(["en", "ar"]),
       st.sampled_from(["", " ", "\n"]))
def test_prose_lines_found_at_spaces_match_wrap_lines(text, width, lang, tail):
    # words one space apart (what comments are): line_count finds each line's end with rfind; a word longer
    # than a line (x * 30 in a narrow column) sends the paragraph back to the word-by-word count
    text += tail
    assert line_count(text, width, lang) == len(wrap_lines(text, width, lang))
