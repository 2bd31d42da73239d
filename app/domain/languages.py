"""The languages of the content and the interface (kept tiny: the window imports it before anything else)."""

import re
import unicodedata

LANGUAGES: tuple[str, ...] = ("en", "fr", "ar")
FALLBACK_LANGUAGE = "en"
RTL_LANGUAGES: frozenset[str] = frozenset({"ar"})

# French typography (Imprimerie nationale): a narrow no-break space before ; ! ?, a no-break space
# before : and », and after «. An ordinary space there lets a line start with "?" or ":".
_FR_THIN = re.compile(r"[ \t]([;!?])")
_FR_WIDE = re.compile(r"[ \t]([:»])")
_FR_OPEN = re.compile(r"«[ \t]")


def french_spacing(text: str) -> str:
    """French typography: no line break before ; ! ? : » or after « (narrow or no-break spaces)."""
    text = _FR_THIN.sub("\u202f\\1", text)
    return _FR_OPEN.sub("«\u00a0", _FR_WIDE.sub("\u00a0\\1", text))


def typeset(text: str, lang: str) -> str:
    """`text` with the typography of `lang` (French spacing; other languages unchanged). Every output
    uses this one helper: the window, the workbook and the PDF."""
    return french_spacing(text) if lang == "fr" else text


def first_strong(text: str) -> str | None:
    """'L' or 'R' from the first letter with a direction (rules P2-P3 of the bidi algorithm), or None when
    there is none (digits, punctuation): the direction a paragraph of `text` reads in. Every output uses it."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return "R"
        if kind == "L":
            return "L"
    return None
