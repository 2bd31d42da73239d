"""Country names as the UN writes them (CLDR through Babel, overridden where UNTERM differs), sorted
the way a reader of each language expects."""

from __future__ import annotations

import pytest

from app.services.countries import REPERES, UN_NAMES, collation_key, countries, country_name, is_country

# UN short names (UNTERM) of the 14 REPERES countries, in English, French and Arabic.
UN = {
    "BJ": ("Benin", "Bénin", "بنن"),
    "BF": ("Burkina Faso", "Burkina Faso", "بوركينا فاسو"),
    "CI": ("Côte d'Ivoire", "Côte d'Ivoire", "كوت ديفوار"),
    "ET": ("Ethiopia", "Éthiopie", "إثيوبيا"),
    "KE": ("Kenya", "Kenya", "كينيا"),
    "LB": ("Lebanon", "Liban", "لبنان"),
    "MG": ("Madagascar", "Madagascar", "مدغشقر"),
    "ML": ("Mali", "Mali", "مالي"),
    "MA": ("Morocco", "Maroc", "المغرب"),
    "NE": ("Niger", "Niger", "النيجر"),
    "RW": ("Rwanda", "Rwanda", "رواندا"),
    "TZ": ("United Republic of Tanzania", "République-Unie de Tanzanie", "جمهورية تنزانيا المتحدة"),
    "TG": ("Togo", "Togo", "توغو"),
    "UG": ("Uganda", "Ouganda", "أوغندا"),
}


@pytest.mark.parametrize("code", REPERES)
def test_reperes_countries_carry_their_un_names_in_three_languages(code: str) -> None:
    assert tuple(country_name(code, lang) for lang in ("en", "fr", "ar")) == UN[code]


def test_overrides_are_only_where_cldr_differs_and_cldr_names_are_still_found() -> None:
    from app.services.countries import _cldr, search

    for code, names in UN_NAMES.items():
        assert any(_cldr(lang)[code] != name for lang, name in names.items()), code
    assert [c.code for c in search("Tanzanie", "fr")] == ["TZ"]
    assert [c.code for c in search("ساحل العاج", "ar")] == ["CI"]
    assert [c.code for c in search("كوت ديفوار", "en")] == ["CI"]


def test_every_iso_country_and_nothing_else() -> None:
    listed = {c.code for c in countries("en")}
    assert len(listed) == 249  # ISO 3166-1 has 249 assigned codes
    assert {"EU", "UN", "XK", "ZZ", "AC", "IC"}.isdisjoint(listed)
    assert is_country("ma") and not is_country("EU") and not is_country("")
    assert country_name("EU", "fr") == "EU" and country_name("QQ") == "QQ"


def test_english_names_spell_out_and_and_saint() -> None:
    assert country_name("BA") == "Bosnia and Herzegovina"
    assert country_name("KN") == "Saint Kitts and Nevis"
    assert country_name("CD") == "Democratic Republic of the Congo" and country_name("CG") == "Congo"
    assert country_name("CD", "fr") == "République démocratique du Congo"


def _names(lang: str, featured: bool) -> list[str]:
    return [c.name for c in countries(lang) if c.featured == featured]


def test_french_sorts_accented_initials_with_their_letter() -> None:
    reperes = _names("fr", True)
    assert reperes.index("Éthiopie") < reperes.index("Kenya") < reperes.index("Togo")
    assert reperes[:4] == ["Bénin", "Burkina Faso", "Côte d'Ivoire", "Éthiopie"]
    others = _names("fr", False)
    assert others.index("Égypte") < others.index("Équateur") < others.index("Érythrée") < others.index("Espagne")
    assert others.index("Émirats arabes unis") < others.index("Espagne") < others.index("États-Unis") < others.index("Fidji")
    assert others.index("Îles Salomon") > others.index("Hongrie") and others.index("Islande") > others.index("Inde")


def test_arabic_sorts_by_the_alphabet_ignoring_hamza_forms_and_the_article() -> None:
    reperes = _names("ar", True)
    assert reperes == ["إثيوبيا", "أوغندا", "بنن", "بوركينا فاسو", "توغو", "جمهورية تنزانيا المتحدة", "رواندا",
                       "كوت ديفوار", "كينيا", "لبنان", "مالي", "مدغشقر", "المغرب", "النيجر"]
    others = _names("ar", False)
    # as in the UN's Arabic list of Member States: Azerbaijan, Argentina, Jordan, Armenia, ... Spain, Australia
    assert others.index("أذربيجان") < others.index("الأرجنتين") < others.index("الأردن") < others.index("أرمينيا")
    assert others.index("إسبانيا") < others.index("أستراليا") < others.index("إسرائيل")
    assert others.index("البحرين") < others.index("البرازيل") < others.index("بلجيكا")


def test_english_sorting_and_the_key_itself() -> None:
    assert _names("en", True)[-1] == "United Republic of Tanzania"
    others = _names("en", False)
    assert others.index("Åland Islands") < others.index("Albania")
    assert collation_key("Éthiopie", "fr") < collation_key("Fidji", "fr") < collation_key("Togo", "fr")
    assert collation_key("Œ", "fr")[0] == "oe"
    assert collation_key("الأردن", "ar")[0] == collation_key("أردن", "ar")[0] == "اردن"


def test_the_country_table_is_what_babel_gives_and_babel_is_not_loaded_to_name_a_country() -> None:
    """app/services/country_names.py is generated from Babel's CLDR data (scripts/country_names.py);
    run `python scripts/country_names.py` after upgrading Babel. The app itself does not import it."""
    import subprocess
    import sys

    from scripts.country_names import TABLE, source
    from tests.conftest import REPO

    assert TABLE.read_text(encoding="utf-8") == source()
    code = ("import sys\nfrom app.services.countries import countries, country_name, search\n"
            "assert country_name('MA', 'ar') == 'المغرب' and search('tanzan')[0].code == 'TZ'\n"
            "assert len(countries('fr')) == 249\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] == 'babel'))\n")
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
