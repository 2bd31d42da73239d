"""ISO 3166-1 countries with names in English, French and Arabic (pycountry, offline)."""

from __future__ import annotations

import gettext
import re
import unicodedata
from dataclasses import dataclass
from functools import cache

import pycountry

# The 14 countries of the REPERES programme (seed 003), offered first.
REPERES = ("BJ", "BF", "CI", "ET", "KE", "LB", "MG", "ML", "MA", "NE", "RW", "TZ", "TG", "UG")


@dataclass(frozen=True)
class Country:
    code: str
    name: str
    featured: bool


@cache
def _translator(lang: str) -> gettext.NullTranslations:
    if lang == "en":
        return gettext.NullTranslations()
    try:
        return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang])
    except OSError:
        return gettext.NullTranslations()


def _english(c: object) -> str:
    return str(getattr(c, "common_name", None) or getattr(c, "name"))  # noqa: B009


def country_name(code: str, lang: str = "en") -> str:
    c = pycountry.countries.get(alpha_2=code.upper())
    if c is None:
        return code
    if lang == "en":
        return _english(c)
    return _translator(lang).gettext(str(c.name))


def is_country(code: str) -> bool:
    return bool(code) and pycountry.countries.get(alpha_2=code.upper()) is not None


@cache
def countries(lang: str = "en") -> tuple[Country, ...]:
    """The REPERES countries first (alphabetically), then every other country."""
    every = [Country(c.alpha_2, country_name(c.alpha_2, lang), c.alpha_2 in REPERES) for c in pycountry.countries]
    every.sort(key=lambda c: (not c.featured, c.name.casefold()))
    return tuple(every)


# Names people type that ISO does not use (English usage; the official names are searched as well).
ALIASES: dict[str, tuple[str, ...]] = {
    "CI": ("Ivory Coast",), "CV": ("Cape Verde",), "CZ": ("Czech Republic",), "SZ": ("Swaziland",),
    "MK": ("Macedonia",), "TR": ("Turkey",), "CD": ("DR Congo", "Congo-Kinshasa", "Zaire"),
    "CG": ("Congo-Brazzaville",), "KP": ("North Korea",), "KR": ("South Korea",), "LA": ("Laos",),
    "SY": ("Syria",), "MM": ("Burma",), "TZ": ("Tanzania",), "BO": ("Bolivia",), "VE": ("Venezuela",),
    "IR": ("Iran",), "RU": ("Russia",), "MD": ("Moldova",), "VN": ("Vietnam",), "GB": ("UK", "Britain"),
    "US": ("USA", "America"), "AE": ("UAE", "Emirates"), "PS": ("Palestine",), "TL": ("East Timor",),
}
_ARABIC_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي",
                              "\u0640": None})  # hamza carriers, alif maqsura, ta marbuta, tatweel
_NOT_WORD = re.compile(r"[\W_]+")


def fold(text: str) -> str:
    """Text for searching: case, accents and Arabic diacritics (harakat) ignored, letter variants
    unified, punctuation as spaces: "Côte d’Ivoire" and "cote d ivoire" fold the same."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).translate(_ARABIC_FOLD)
    return " ".join(_NOT_WORD.sub(" ", bare).split())


@cache
def _search_keys() -> dict[str, tuple[str, ...]]:
    """Every country's folded names in the three languages, its official name, aliases and code."""
    keys: dict[str, tuple[str, ...]] = {}
    for c in pycountry.countries:
        names = [country_name(c.alpha_2, lang) for lang in ("en", "fr", "ar")]
        names += [str(getattr(c, "name", "")), str(getattr(c, "official_name", "")), *ALIASES.get(c.alpha_2, ())]
        keys[c.alpha_2] = tuple(dict.fromkeys(fold(n) for n in names if n))
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
