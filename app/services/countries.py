"""ISO 3166-1 countries with names in English, French and Arabic, following United Nations usage.

Names come from the Unicode CLDR: a table generated from Babel's data (scripts/country_names.py, checked
by a test), so that Babel and its locale data are not loaded at run time. Where CLDR departs from the
names the United Nations uses in its documents (UNTERM) for a country we feature, `UN_NAMES` overrides it; CLDR's own name is still searched ("Tanzania", "ساحل العاج" find the country).
Lists are sorted the way a reader of the language expects (`collation_key`).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

# The 14 countries of the REPERES programme (seed 003), offered first.
REPERES = ("BJ", "BF", "CI", "ET", "KE", "LB", "MG", "ML", "MA", "NE", "RW", "TZ", "TG", "UG")
LANGS = ("en", "fr", "ar")

# UN short names (UNTERM) where CLDR's differ: code -> {lang: name}. Checked for every REPERES country
# in the three languages (tests/services/test_countries.py lists them all); the two Congos are added
# because CLDR's "Congo - Kinshasa" is no country's name in a UN document.
UN_NAMES: dict[str, dict[str, str]] = {
    "BJ": {"ar": "بنن"},
    "CI": {"en": "Côte d'Ivoire", "fr": "Côte d'Ivoire", "ar": "كوت ديفوار"},  # UNTERM's apostrophe
    "TZ": {"en": "United Republic of Tanzania", "fr": "République-Unie de Tanzanie", "ar": "جمهورية تنزانيا المتحدة"},
    "CD": {"en": "Democratic Republic of the Congo", "fr": "République démocratique du Congo",
           "ar": "جمهورية الكونغو الديمقراطية"},
    "CG": {"en": "Congo", "fr": "Congo", "ar": "الكونغو"},
}


@dataclass(frozen=True)
class Country:
    code: str
    name: str
    featured: bool


def _cldr(lang: str) -> dict[str, str]:
    """CLDR's country names in `lang` (English for an unknown language), ISO countries only: a table
    generated from Babel (scripts/country_names.py), so that neither Babel nor its locale data is
    loaded at run time."""
    from .country_names import NAMES

    return NAMES[lang if lang in LANGS else "en"]


def country_name(code: str, lang: str = "en") -> str:
    """The country's name in `lang` as the UN writes it; the code itself when it is no ISO country."""
    code = code.upper()
    lang = lang if lang in LANGS else "en"
    un = UN_NAMES.get(code, {}).get(lang)
    return un or _cldr(lang).get(code, code)


def is_country(code: str) -> bool:
    return bool(code) and code.upper() in _cldr("en")


# -- sorting ----------------------------------------------------------------------------------------
_LIGATURES = str.maketrans({"œ": "oe", "æ": "ae", "ß": "ss", "ø": "o", "đ": "d", "ł": "l", "ı": "i"})
_ARABIC_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي",
                              "\u0640": None})  # hamza carriers, alif maqsura, ta marbuta, tatweel
_NOT_WORD = re.compile(r"[\W_]+")
_ARTICLE = re.compile(r"(?<!\S)ال(?=\S\S)")  # the definite article at the start of a word


def _bare(text: str) -> str:
    """Case, accents, ligatures and Arabic letter variants and diacritics folded; punctuation as spaces."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_LIGATURES))
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).translate(_ARABIC_FOLD)
    return " ".join(_NOT_WORD.sub(" ", bare).split())


def collation_key(text: str, lang: str) -> tuple[str, str, str]:
    """Sort key for names in `lang`: letters first (accents, case and punctuation second, as in a French
    or English index: "Éthiopie" between "Espagne" and "Fidji"); in Arabic, by the letters of the
    alphabet with hamza forms on one alif and the article "ال" ignored, as the UN lists its Member
    States ("إثيوبيا" before "الأرجنتين" before "الأردن"). Code points of the Arabic block already
    follow the alphabet's order once those variants are folded."""
    primary = _bare(text)
    if lang == "ar":
        primary = _ARTICLE.sub("", primary)
    return primary, unicodedata.normalize("NFKD", text.casefold()), text


@cache
def countries(lang: str = "en") -> tuple[Country, ...]:
    """The REPERES countries first, then every other country, each group sorted for `lang`."""
    every = [Country(code, country_name(code, lang), code in REPERES) for code in _cldr("en")]
    every.sort(key=lambda c: (not c.featured, collation_key(c.name, lang)))
    return tuple(every)


# -- searching --------------------------------------------------------------------------------------
# Names people type that neither the UN nor CLDR uses (English usage; every name above is searched too).
ALIASES: dict[str, tuple[str, ...]] = {
    "CI": ("Ivory Coast",), "CV": ("Cape Verde",), "CZ": ("Czech Republic",), "SZ": ("Swaziland",),
    "MK": ("Macedonia",), "TR": ("Turkey",), "CD": ("DR Congo", "Congo-Kinshasa", "Zaire"),
    "CG": ("Congo-Brazzaville",), "KP": ("North Korea",), "KR": ("South Korea",), "LA": ("Laos",),
    "SY": ("Syria",), "MM": ("Burma",), "TZ": ("Tanzania",), "BO": ("Bolivia",), "VE": ("Venezuela",),
    "IR": ("Iran",), "RU": ("Russia",), "MD": ("Moldova",), "VN": ("Vietnam",), "GB": ("UK", "Britain"),
    "US": ("USA", "America"), "AE": ("UAE", "Emirates"), "PS": ("Palestine",), "TL": ("East Timor",),
}


def fold(text: str) -> str:
    """Text for searching: case, accents and Arabic diacritics (harakat) ignored, letter variants
    unified, punctuation as spaces: "Côte d’Ivoire" and "cote d ivoire" fold the same."""
    return _bare(text)


@cache
def _search_keys() -> dict[str, tuple[str, ...]]:
    """Every country's folded names in the three languages (UN and CLDR), aliases and code."""
    keys: dict[str, tuple[str, ...]] = {}
    for code in _cldr("en"):
        names = [country_name(code, lang) for lang in LANGS]
        names += [_cldr(lang)[code] for lang in LANGS] + list(ALIASES.get(code, ()))
        keys[code] = tuple(dict.fromkeys(fold(n) for n in names if n))
    return keys


def search(query: str, lang: str = "en") -> tuple[Country, ...]:
    """The countries (in `countries(lang)` order) one of whose names holds every word of `query`,
    ignoring case, accents and diacritics; names in the other languages and common aliases count
    ("ivory" finds Côte d'Ivoire, "ethiop" Éthiopie)."""
    words = fold(query).split()
    if not words:
        return countries(lang)
    keys = _search_keys()
    return tuple(c for c in countries(lang)
                 if any(all(w in name for w in words) for name in keys.get(c.code, ())))


def find_code(text: str, lang: str = "en") -> str:
    """The code of the country whose name (in any language) or alias is exactly `text`, folded; '' if none
    or if several match."""
    target = fold(text)
    if not target:
        return ""
    hits = {code for code, names in _search_keys().items() if target in names or target == fold(code)}
    return hits.pop() if len(hits) == 1 else ""
