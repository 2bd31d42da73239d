"""The glossary and the content agree: where a text uses a key term in English, its French and Arabic
versions use the glossary's French and Arabic term, and every glossary term is one the content uses."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterator

import pytest
import yaml

from app.definitions import load_questionnaire
from app.domain.questionnaire import Text
from tests.conftest import REPO, SHIPPED

GLOSSARY = REPO / "questionnaires" / "glossary.yaml"
LANGS = ("en", "fr", "ar")

# Official titles of the Protocol as published by the United Nations (A/RES/54/263).
OFFICIAL_TITLE = {
    "fr": "Protocole facultatif à la Convention relative aux droits de l'enfant, concernant la vente d'enfants, "
    "la prostitution des enfants et la pornographie mettant en scène des enfants",
    "ar": "البروتوكول الاختياري لاتفاقية حقوق الطفل بشأن بيع الأطفال واستغلال الأطفال في البغاء وفي المواد الإباحية",
}

_TASHKEEL = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")  # diacritics and tatweel
_ALEF = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه"})
_SPACE = re.compile(r"\s+")


def norm(text: str, lang: str) -> str:
    """Lower case, one kind of apostrophe and space; for Arabic, without diacritics or tatweel and with
    the alef variants and ta marbuta / ha folded together."""
    text = unicodedata.normalize("NFC", text).replace("’", "'").replace("\u2011", "-")
    text = _SPACE.sub(" ", text.replace("\u00a0", " ").replace("\u202f", " ")).strip().casefold()
    if lang == "ar":
        text = _TASHKEEL.sub("", text).translate(_ALEF)
    return text


def english_pattern(term: str) -> re.Pattern[str]:
    """The English term as a whole word or phrase (an English plural -s/-es included), so that "ICT"
    does not match "victim"; a hyphen and a space count as the same separator."""
    parts = [re.escape(p) for p in re.split(r"[\s-]+", norm(term, "en"))]
    return re.compile(r"(?<!\w)" + r"[\s-]+".join(parts) + r"(?:s|es)?(?!\w)")


def load_glossary() -> list[dict]:
    return yaml.safe_load(GLOSSARY.read_text(encoding="utf-8"))["terms"]


@pytest.fixture(scope="module")
def glossary() -> list[dict]:
    return load_glossary()


@pytest.fixture(scope="module")
def items() -> list[tuple[str, Text]]:
    """Every localized text of the questionnaire, with where it stands."""
    return list(localized_items(load_questionnaire(SHIPPED)))


def localized_items(q) -> Iterator[tuple[str, Text]]:
    yield "questionnaire title", q.title
    for c in q.chapters:
        yield f"chapter {c.id} title", c.title
    for s in q.sections:
        yield f"section {s.id} title", s.title
        yield f"section {s.id} intro", s.intro
        for x in s.questions:
            yield f"{x.id} text", x.text
            yield f"{x.id} guidance", x.guidance
    for t in q.tags:
        yield f"tag {t.id} name", t.name


def forms(term: dict, lang: str) -> list[str]:
    """The glossary form of a term in `lang`, then its accepted grammatical variants."""
    return [term[lang], *(term.get("variants") or {}).get(lang, [])]


def occurs(form: str, text: str, lang: str) -> bool:
    """`form` occurs in the normalised `text`: a substring, since endings vary (abus sexuel/s) and
    Arabic attaches prepositions and conjunctions; in French it must start a word, so that "TIC"
    is not found in "politique"."""
    form = norm(form, lang)
    if lang == "fr":
        return re.search(r"(?<!\w)" + re.escape(form), text) is not None
    return form in text


def uses(text: str, term: dict, lang: str) -> bool:
    t = norm(text, lang)
    return any(occurs(f, t, lang) for f in forms(term, lang))


def terms_used(en: str, patterns: list[tuple[dict, re.Pattern[str]]]) -> list[dict]:
    """The glossary terms that the English text uses, longest first. An occurrence that lies inside an
    occurrence of a longer term ("sexual exploitation" in "sexual exploitation of children in
    prostitution") is translated as part of that term and is not counted on its own."""
    taken: list[tuple[int, int]] = []
    found = []
    for t, pattern in sorted(patterns, key=lambda tp: -len(tp[0]["en"])):
        hits = [m.span() for m in pattern.finditer(en)]
        free = [h for h in hits if not any(a <= h[0] and h[1] <= b for a, b in taken)]
        taken += hits
        if free:
            found.append(t)
    return found


def corpus(items: list[tuple[str, Text]], lang: str) -> str:
    return "\n".join(norm(text.values.get(lang, ""), lang) for _, text in items)


def test_glossary_terms_are_complete_and_ids_unique(glossary):
    assert len(glossary) >= 20
    ids = [t.get("id") for t in glossary]
    assert all(isinstance(i, str) and re.fullmatch(r"[a-z0-9-]+", i) for i in ids), ids
    dupes = [i for i, n in Counter(ids).items() if n > 1]
    assert not dupes, f"duplicate glossary ids: {dupes}"
    for t in glossary:
        assert set(t) <= {"id", "en", "fr", "ar", "note", "variants", "compact"}, f"{t['id']}: unknown keys {set(t)}"
        for lang in LANGS:
            assert isinstance(t.get(lang), str) and t[lang].strip(), f"{t['id']}: no {lang} form"
            assert isinstance(t.get("note"), dict) and str(t["note"].get(lang, "")).strip(), f"{t['id']}: no {lang} note"


# Words that carry no meaning of their own in a term; elided articles (d', l') are dropped with them.
FUNCTION_WORDS = {
    "en": {"and", "of", "the", "in", "on", "to", "for", "a", "an"},
    "fr": {"de", "des", "du", "la", "le", "les", "et", "à", "au", "aux", "en", "sur", "d", "l"},
    "ar": {"في", "على", "من", "و"},
}


def meaningful_words(text: str, lang: str) -> int:
    """How many words of a term carry meaning; a hyphenated word (awareness-raising) counts once."""
    words = re.split(r"[\s']+", norm(text, lang))
    return sum(1 for w in words if w and w not in FUNCTION_WORDS[lang])


def too_short(term: dict) -> list[str]:
    """The French or Arabic forms of a term that are stems too short for the term check to fail: a form
    must keep as many meaningful words as the English term has, up to three. "victime" for "child
    victims" is found in every text about any victim, so a translation that drifts from "enfants
    victimes" would still pass; "ضحايا" likewise."""
    need = min(meaningful_words(term["en"], "en"), 3)
    out = []
    for lang in ("fr", "ar"):
        # `compact: [fr]` marks a language whose established term says it in one word fewer
        # ("entraide judiciaire" for "mutual legal assistance"); never more than one fewer.
        floor = need - 1 if lang in (term.get("compact") or []) else need
        out += [f"{term['id']}: {lang} {form!r} has {meaningful_words(form, lang)} meaningful word(s), the English {need}"
                for form in forms(term, lang) if meaningful_words(form, lang) < floor]
    return out


def test_no_form_is_a_stem_so_short_that_the_check_cannot_fail(glossary):
    short = [msg for t in glossary for msg in too_short(t)]
    assert not short, "glossary forms that drop a word of the term:\n" + "\n".join(short)


def test_the_length_rule_can_fail():
    # The stems the glossary used before issue 13 are refused; full forms and one-word terms pass.
    assert too_short({"id": "child-victims", "en": "child victims", "fr": "victime", "ar": "ضحايا"})
    assert too_short({"id": "isp", "en": "Internet service providers", "fr": "fournisseurs de services Internet",
                      "ar": "خدمات الإنترنت"})
    assert too_short({"id": "tt", "en": "travel and tourism", "fr": "tourisme", "ar": "السفر والسياحة"})
    assert not too_short({"id": "cv", "en": "child victims", "fr": "enfants victimes", "ar": "الأطفال الضحايا"})
    assert not too_short({"id": "ar", "en": "awareness-raising", "fr": "sensibilisation", "ar": "توعية"})
    mla = {"id": "mla", "en": "mutual legal assistance", "fr": "entraide judiciaire", "ar": "المساعدة القانونية المتبادلة"}
    assert too_short(mla) and not too_short({**mla, "compact": ["fr"]})
    assert too_short({**mla, "fr": "entraide", "compact": ["fr"]}), "compact allows one word fewer, not more"
    assert not too_short({"id": "csam", "en": "child sexual abuse material", "fr": "matériels d'abus sexuels sur enfants",
                          "ar": "مواد الاعتداء الجنسي على الأطفال"})


def test_variants_are_lists_of_other_forms_of_the_term(glossary):
    for t in glossary:
        variants = t.get("variants")
        if variants is None:
            continue
        assert isinstance(variants, dict) and variants and set(variants) <= {"fr", "ar"}, f"{t['id']}: {variants}"
        for lang, vs in variants.items():
            assert isinstance(vs, list) and vs, f"{t['id']}: variants.{lang} must be a non-empty list"
            main = norm(t[lang], lang)
            seen = [main]
            for v in vs:
                assert isinstance(v, str) and v.strip(), f"{t['id']}: empty {lang} variant"
                nv = norm(v, lang)
                # A variant that the main form (or another variant) contains would accept everything the
                # longer form accepts and more: a shortened escape hatch, not another form of the term.
                assert all(nv not in s and s not in nv for s in seen), f"{t['id']}: {lang} variant {v!r} overlaps {seen}"
                seen.append(nv)


def test_every_glossary_form_and_variant_occurs_in_the_content(glossary, items):
    text = {lang: corpus(items, lang) for lang in LANGS}
    missing = []
    for t in glossary:
        if not english_pattern(t["en"]).search(text["en"]):
            missing.append(f"{t['id']}: en {t['en']!r}")
        for lang in ("fr", "ar"):
            if not any(occurs(f, text[lang], lang) for f in forms(t, lang)):
                missing.append(f"{t['id']}: {lang} {t[lang]!r} (nor any variant)")
            for v in forms(t, lang)[1:]:
                if not occurs(v, text[lang], lang):
                    missing.append(f"{t['id']}: {lang} variant {v!r} is used nowhere")
    assert not missing, "glossary forms the content never uses:\n" + "\n".join(missing)


def test_the_official_titles_of_the_protocol_are_in_the_glossary(glossary):
    by_id = {t["id"]: t for t in glossary}
    assert "opsc-title" in by_id
    for lang, title in OFFICIAL_TITLE.items():
        assert norm(by_id["opsc-title"][lang], lang) == norm(title, lang), lang


def test_wherever_the_english_text_uses_a_term_the_translations_use_the_glossary_term(glossary, items):
    patterns = [(t, english_pattern(t["en"])) for t in glossary]
    failures = []
    for where, text in items:
        for t in terms_used(norm(text.values.get("en", ""), "en"), patterns):
            for lang in ("fr", "ar"):
                translated = text.values.get(lang, "")
                if translated.strip() and not uses(translated, t, lang):
                    failures.append(f"{where} [{lang}]: {t['id']} — expected {' / '.join(forms(t, lang))!r}")
    assert not failures, f"{len(failures)} texts do not use the glossary term:\n" + "\n".join(failures)


def test_the_check_can_fail():
    """The term check is not vacuous: a translation that avoids the term is reported."""
    term = {"id": "x", "en": "sexual exploitation", "fr": "exploitation sexuelle", "ar": "الاستغلال الجنسي",
            "variants": {"ar": ["للاستغلال الجنسي"]}}
    assert english_pattern("ICT").search("child victims") is None
    assert english_pattern("action plan").search("two national action plans")
    assert uses("contre l'exploitation sexuelle", term, "fr")
    assert not uses("contre l'exploitation des enfants", term, "fr")
    assert uses("من الاستغلالِ الجنسيّ", term, "ar")
    assert uses("وللاستغلال الجنسي", term, "ar")
    assert not uses("استغلالهم جنسياً", term, "ar")
    assert norm("إساءةـ آمنة", "ar") == norm("اساءه امنه", "ar")
    assert not uses("les politiques publiques", {"fr": "TIC"}, "fr")
    assert uses("au moyen des TIC", {"fr": "TIC"}, "fr")
    nested = {"id": "y", "en": "sexual exploitation of children in prostitution"}
    patterns = [(term, english_pattern(term["en"])), (nested, english_pattern(nested["en"]))]
    assert terms_used("the sexual exploitation of children in prostitution", patterns) == [nested]
    assert terms_used("sexual exploitation of children in prostitution and sexual exploitation online",
                      patterns) == [nested, term]
