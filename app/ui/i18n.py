"""Languages of the interface: Qt translators, right-to-left layout, the bundled font, locale formats."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QApplication

from app import paths

LOCALES = {"en": "en_GB", "fr": "fr_FR", "ar": "ar"}
_installed: list[QTranslator] = []
_family: str | None = None


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


def apply_language(app: QApplication, lang: str, text_scale: float = 1.0) -> None:
    """Install the interface and Qt translations for `lang`, the layout direction and the font."""
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    if lang != "en":
        qt = QTranslator(app)
        if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            _installed.append(qt)
        ours = QTranslator(app)
        if ours.load(f"app_{lang}", str(paths.translations_dir())):
            app.installTranslator(ours)
            _installed.append(ours)
    QLocale.setDefault(locale(lang))
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if lang == "ar" else Qt.LayoutDirection.LeftToRight)
    font = QFont(load_fonts())
    base = QGuiApplication.font().pointSizeF()
    font.setPointSizeF(max(6.0, (base if base > 0 else 10.0) * text_scale))
    app.setFont(font)
    app.setProperty("opsc_lang", lang)


def current_language() -> str:
    app = QCoreApplication.instance()
    lang = app.property("opsc_lang") if app is not None else None
    return str(lang) if lang else "en"


def fmt_percent(value: float | None, decimals: int = 0) -> str:
    """A score in percent (0-100), in the current locale; None is 'not scored'."""
    if value is None:
        return QCoreApplication.translate("Format", "not scored")
    return QLocale().toString(float(value), "f", decimals) + "\u00a0%"


def fmt_share(value: float | None) -> str:
    """A share 0-1 (coverage) as a percentage."""
    return "–" if value is None else fmt_percent(100.0 * value)


def fmt_number(value: float, decimals: int = 0) -> str:
    return QLocale().toString(float(value), "f", decimals)


def fmt_date(d: date | None) -> str:
    if d is None:
        return ""
    return QLocale().toString(QDate(d.year, d.month, d.day), QLocale.FormatType.ShortFormat)
