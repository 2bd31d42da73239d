"""Languages of the interface: Qt translators, right-to-left layout, the bundled font, locale formats.

Content language = interface language: the questionnaire is shown in `current_language()`, with
English where a translation is missing (`tr_content` says when that happened).

Number formats follow the exported reports (app/export/strings.py): French "54,5 %" with a narrow
no-break space; Arabic with Latin digits and a decimal point (locale ar_001, see
translations/README.md for why); English "54.5%".
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QObject, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QApplication

from app import paths

if TYPE_CHECKING:
    from datetime import date

    from app.domain.questionnaire import Text
from app.domain.languages import LANGUAGES, typeset

LOCALES = {"en": "en_GB", "fr": "fr_FR", "ar": "ar_001"}
NAMES = {"en": "English", "fr": "Français", "ar": "العربية"}  # each language in its own words
_PERCENT_SEP = {"fr": "\u202f"}  # narrow no-break space before % in French only
LRM = "\u200e"  # left-to-right mark: a figure reads the same in every position of an Arabic line
_installed: list[QTranslator] = []
_family: str | None = None
_base_size: float | None = None


def load_fonts() -> str:
    """Register the bundled fonts (Latin and Arabic glyphs) once; return the family name."""
    global _family
    if _family is None:
        family = ""
        for ttf in sorted(paths.fonts_dir().glob("*.ttf")):
            fid = QFontDatabase.addApplicationFont(str(ttf))
            fams = QFontDatabase.applicationFontFamilies(fid) if fid >= 0 else []
            family = family or (fams[0] if fams else "")
        _family = family or QGuiApplication.font().family()
    return _family


def locale(lang: str) -> QLocale:
    return QLocale(LOCALES.get(lang, "en_GB"))


def _load(app: QApplication, name: str, folder: str) -> QTranslator | None:
    translator = QTranslator(app)
    if translator.load(name, folder) and not translator.isEmpty():
        app.installTranslator(translator)
        _installed.append(translator)
        return translator
    translator.deleteLater()
    return None


def install_translators(app: QApplication, lang: str) -> bool:
    """Qt's own strings (qtbase_<lang>) and ours (app_<lang>); False when ours is missing."""
    for t in _installed:
        app.removeTranslator(t)
        t.deleteLater()
    _installed.clear()
    if lang == "en":
        return True
    from PySide6.QtCore import QLibraryInfo  # only for French and Arabic

    _load(app, f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    return _load(app, f"app_{lang}", str(paths.translations_dir())) is not None


def apply_text_scale(app: QApplication, text_scale: float = 1.0) -> None:
    """The bundled font everywhere, at `text_scale` times the system size (not compounding)."""
    global _base_size
    if _base_size is None:
        size = QGuiApplication.font().pointSizeF()
        _base_size = size if size > 0 else 10.0
    font = QFont(load_fonts())
    font.setPointSizeF(max(6.0, _base_size * text_scale))
    app.setFont(font)


def apply_language(app: QApplication, lang: str, text_scale: float = 1.0) -> None:
    """Install the interface and Qt translations for `lang`, the layout direction and the font.

    Installing a translator sends QEvent.LanguageChange to every widget: views that re-set their
    texts in changeEvent switch at once; the others show the new language after a restart.
    """
    lang = lang if lang in LANGUAGES else "en"
    app.setProperty("opsc_lang", lang)  # before the translators, so retranslating views see it
    QLocale.setDefault(locale(lang))
    install_translators(app, lang)
    rtl = lang == "ar"
    if rtl or app.isRightToLeft():  # left to right is Qt's default: a start in English or French needs
        from PySide6.QtCore import Qt  # no call, nor Qt's namespace of enums (~40 ms to build)

        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
    apply_text_scale(app, text_scale)


def current_language() -> str:
    app = QCoreApplication.instance()
    lang = app.property("opsc_lang") if app is not None else None
    return str(lang) if lang in LANGUAGES else "en"


def tr_content(text: Text) -> tuple[str, bool]:
    """Questionnaire text in the current language and whether it fell back to English."""
    lang = current_language()
    fallback = lang != "en" and not text.has(lang) and text.has("en")
    return typeset(text.get(lang), "en" if fallback else lang), fallback


def ltr(text: object) -> str:
    """A path, file name or code kept left to right inside a translated sentence (a bidi isolate),
    so that slashes and brackets do not jump around in Arabic."""
    return f"\u2066{text}\u2069"


def isolate(text: object) -> str:
    """The user's own text (a name, a comment) inside a translated sentence: a first-strong bidi isolate, so that a
    French name does not turn an Arabic line left to right nor an Arabic one a French line, and the punctuation
    around it stays on its side."""
    return f"\u2068{text}\u2069"


def paragraph(text: str) -> str:
    """`text` read in the interface's direction whatever its first letter (a right-to-left mark in Arabic)."""
    return "\u200f" + text if rtl() else text


def nobreak(text: str) -> str:
    """`text` (a document symbol such as CRC/C/156, or an id such as 227-23) never broken across lines:
    a word joiner after each slash, non-breaking hyphens."""
    return text.replace("/", "/\u2060").replace("-", "\u2011")


def rtl() -> bool:
    return current_language() == "ar"


def code(text: object) -> str:
    """An id such as III-01 or IV.A inside a label: isolated left to right in Arabic (so it does not
    display as 01-III and a label starting with it still reads right to left); unchanged otherwise."""
    return ltr(text) if rtl() else str(text)


def chapter_number(chapter_id: str) -> str:
    """A chapter's number as a label starts with it ("III."). In Arabic only the numeral is isolated left to
    right; its period stays outside, in the line's right-to-left order, held there by a right-to-left mark: it is
    read after the number, so drawn on its left. (With the period inside the isolate it was drawn on the numeral's
    right, the first thing an Arabic reader met: ".III", ".IV" in the section tree.)"""
    return f"{ltr(chapter_id)}.\u200f" if rtl() else f"{chapter_id}."


def fmt_percent(value: float | None, decimals: int = 0) -> str:
    """A score in percent (0-100), in the current locale; None is 'not scored'.

    In Arabic the figure starts with a left-to-right mark, as every percent of the reports does
    (app/export/strings.py `figure`): after an Arabic letter ("مؤقّتة: 60%") the bidi rules make the digits
    Arabic numbers and put the sign on their left ("%60"), while a figure alone in its cell read "60%"; the
    mark makes it read "60%" wherever it stands, on a line of its own after a wrap included."""
    if value is None:
        return QCoreApplication.translate("Format", "not scored")
    lang = current_language()
    text = QLocale().toString(float(value), "f", decimals) + _PERCENT_SEP.get(lang, "") + "%"
    return LRM + text if lang == "ar" else text


def fmt_share(value: float | None) -> str:
    """A share 0-1 (coverage) as a percentage."""
    return "–" if value is None else fmt_percent(100.0 * value)


def fmt_number(value: float, decimals: int = 0) -> str:
    return QLocale().toString(float(value), "f", decimals)


def fmt_date(d: date | None) -> str:
    if d is None:
        return ""
    return QLocale().toString(QDate(d.year, d.month, d.day), QLocale.FormatType.ShortFormat)


def fmt_date_whole(d: date | None) -> str:
    """`fmt_date`, never broken across lines (no break after its slashes, no-break spaces) and isolated in its
    own direction (in an Arabic line, "11/23/" no longer ends a line with "2026" on the next)."""
    text = fmt_date(d)
    if not text:
        return ""
    return "\u2068" + text.replace("/", "/\u2060").replace(" ", "\u00a0") + "\u2069"


# ---- pseudo-translation: finds the strings that do not go through tr() ---------------------------
_ACCENTS = str.maketrans("AEIOUYCNSZaeiouycnsz", "ÂÉÎÖÛŸÇÑŠŽâéîöûÿçñšž")
_KEEP = re.compile(r"(\{[^{}]*\}|%\d|%n|<[^<>]*>|&[a-zA-Z]+;|&&)")
# Qt reads these through its translators to configure itself, not to show them.
_PSEUDO_SKIP_CONTEXTS = {"QShortcut", "QKeySequence"}
_PSEUDO_SKIP_SOURCES = {"QT_LAYOUT_DIRECTION"}


def pseudo(source: str) -> str:
    """'Save {n} files' -> '⟦Šâvé {n} fîléš⟧': accents letters, keeps placeholders, tags, '&' keys."""
    parts = _KEEP.split(source)
    out = [p if i % 2 else p.translate(_ACCENTS) for i, p in enumerate(parts)]
    return "⟦" + "".join(out) + "⟧"


class PseudoTranslator(QTranslator):
    """Returns a visibly changed text for every source string it is asked for."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        if not source or context in _PSEUDO_SKIP_CONTEXTS or source in _PSEUDO_SKIP_SOURCES:
            return None  # not translated here: Qt asks the next translator
        return pseudo(source)

    def isEmpty(self) -> bool:
        return False


def install_pseudo(app: QApplication) -> QTranslator:
    """Install the pseudo-locale on top of everything else (tests and translators' previews)."""
    translator = PseudoTranslator(app)
    app.installTranslator(translator)
    return translator


def remove_translator(app: QApplication, translator: QObject) -> None:
    if isinstance(translator, QTranslator):
        app.removeTranslator(translator)
