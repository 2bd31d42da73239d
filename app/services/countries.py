"""ISO 3166-1 countries with names in English, French and Arabic (pycountry, offline)."""

from __future__ import annotations

import gettext
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
