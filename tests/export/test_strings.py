from __future__ import annotations

import string
from datetime import date

import pytest

from app.export import strings
from app.export.strings import LANGS, fmt_date, fmt_pct, fmt_share, french_spacing, label


@pytest.mark.parametrize("key", strings.keys())
def test_every_label_exists_in_every_language_with_the_same_placeholders(key: str) -> None:
    texts = [label(key, lang) if "{" not in strings._LABELS[key][0] else strings._LABELS[key][i]
             for i, lang in enumerate(LANGS)]
    assert all(t.strip() for t in texts)
    fields = [{f for _, f, _, _ in string.Formatter().parse(t) if f} for t in strings._LABELS[key]]
    assert fields[0] == fields[1] == fields[2]


def test_arabic_labels_are_in_arabic_script() -> None:
    keys = strings.keys()
    arabic = [k for k in keys if any("\u0600" <= ch <= "\u06ff" for ch in label(k, "ar"))]
    assert arabic == keys


def test_label_formats_and_falls_back_to_english() -> None:
    assert label("page_x_of_y", "fr", page=2, total=9) == "Page 2 sur 9"
    assert label("page_x_of_y", "ar", page=2, total=9) == "الصفحة 2 من 9"
    assert label("overall_score", "de") == "Overall score"
    assert label("overall_score", "fr") == "Score global"
    assert label("overall_score", "ar") == "الدرجة الإجمالية"


def test_methodology_text_states_the_method() -> None:
    text = " ".join(label(k, "en") for k in strings.METHOD_KEYS)
    for fact in ("2/3", "1/3", "must 3", "reminds 3", "urges 2.5", "should 2", "recommends 1.5", "encourages 1",
                 "≥ 85", "≥ 60", "≥ 35", "≥ 15", "< 15", "unanswered"):
        assert fact in text
    assert "2,5" in " ".join(label(k, "fr") for k in strings.METHOD_KEYS)


def test_french_typography_uses_no_break_spaces() -> None:
    assert french_spacing("Réponse : « oui » ?") == "Réponse\u00a0: «\u00a0oui\u00a0»\u202f?"
    assert "\u00a0:" in label("annex_methodology", "fr")


def test_number_and_date_formats() -> None:
    assert fmt_pct(None, "en") == "not scored"
    assert fmt_pct(None, "fr") == "non évalué"
    assert fmt_pct(72.25, "en") == "72.2%" or fmt_pct(72.25, "en") == "72.3%"
    assert fmt_pct(50.0, "fr") == "50,0\u202f%"
    assert fmt_share(0.5, "en") == "50.0%"
    assert fmt_date(date(2026, 8, 1), "fr") == "1 août 2026"
    assert fmt_date(None, "en") == "–"
