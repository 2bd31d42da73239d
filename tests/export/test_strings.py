from __future__ import annotations

import string
from datetime import date
from xml.etree import ElementTree

import pytest

from app.export import strings
from app.export.strings import LANGS, fmt_date, fmt_pct, fmt_share, french_spacing, label
from tests.conftest import REPO


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


def _interface(lang: str) -> dict[str, set[str]]:
    """Source text -> its translations in the interface (translations/app_<lang>.ts)."""
    tree = ElementTree.parse(REPO / "translations" / f"app_{lang}.ts")
    out: dict[str, set[str]] = {}
    for message in tree.iter("message"):
        out.setdefault(message.findtext("source") or "", set()).add(message.findtext("translation") or "")
    return out


# label key -> the interface's source text naming the same thing
SAME_TERM = {
    "legal_provision": "Legal provision", "evidence": "Evidence", "comment": "Comment", "confidence": "Confidence",
    "coverage": "Coverage", "band": "Band", "answered": "Answered", "action_plan": "Action plan",
    "not_scored": "not scored", "overall_score": "Overall score", "score": "Score", "weight": "Weight",
    "questionnaire_weight": "Questionnaire weight", "used_weight": "Weight used", "lead": "Lead institution",
    "partners": "Partners", "deadline": "Deadline", "budget": "Budget", "priority": "Priority", "status": "Status",
    "organisation": "Organisation", "assessors": "Assessors",
}
# label key -> an interface text that starts with the term (it is not translated on its own there)
STARTS_TERM = {"legal_provision": "Legal provision: statute and article",
               "conservative_score": "Conservative score (unanswered counted as 0): {c}"}


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_reports_use_the_interface_terms(lang: str) -> None:
    ui, i = _interface(lang), LANGS.index(lang)
    for key, source in SAME_TERM.items():
        if source in ui:  # legal provision is only translated within longer texts
            assert strings._LABELS[key][i] in ui[source], (key, ui[source])
    for key, source in STARTS_TERM.items():
        assert any(t.startswith(strings._LABELS[key][i]) for t in ui[source]), (key, ui[source])
    assert any(t.startswith(strings._LABELS["coverage"][i])
               for t in ui["Coverage: {cov} of applicable questions answered ({a} of {n})"])
