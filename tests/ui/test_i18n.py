"""Languages: translators (ours and Qt's), right-to-left, the bundled font, number formats, .ts quality."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from app import paths
from app.domain.questionnaire import Text
from app.ui import i18n

TRANSLATIONS = Path(__file__).resolve().parents[2] / "translations"
TS_FILES = sorted(TRANSLATIONS.glob("app_*.ts"))
ARABIC = re.compile(r"[\u0600-\u06FF]")
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}|%n|%\d")


def lrelease() -> str | None:
    local = Path(sys.executable).parent / "pyside6-lrelease"
    return str(local) if local.exists() else shutil.which("pyside6-lrelease")


@pytest.fixture
def compiled_translations(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The .qm files compiled fresh from the .ts files, so the test never depends on `make`."""
    tool = lrelease()
    if tool is None:
        pytest.skip("pyside6-lrelease is not installed")
    out = tmp_path / "qm"
    out.mkdir()
    for ts in TS_FILES:
        subprocess.run([tool, "-silent", str(ts), "-qm", str(out / ts.with_suffix(".qm").name)], check=True)
    monkeypatch.setattr(paths, "translations_dir", lambda: out)
    return out


@pytest.fixture(autouse=True)
def back_to_english(qapp: QApplication) -> Iterator[None]:
    yield
    i18n.apply_language(qapp, "en")


def test_arabic_is_right_to_left_and_translated(qapp: QApplication, compiled_translations: Path) -> None:
    i18n.apply_language(qapp, "ar")
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert i18n.current_language() == "ar"
    assert QCoreApplication.translate("SettingsDialog", "Settings") == "الإعدادات"
    i18n.apply_language(qapp, "en")
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert QCoreApplication.translate("SettingsDialog", "Settings") == "Settings"


def test_french_interface_strings(qapp: QApplication, compiled_translations: Path) -> None:
    i18n.apply_language(qapp, "fr")
    assert QCoreApplication.translate("FirstRunDialog", "Welcome") == "Bienvenue"
    assert QCoreApplication.translate("Format", "not scored") == "non évalué"


def test_qt_standard_buttons_follow_the_language(qapp: QApplication, compiled_translations: Path) -> None:
    i18n.apply_language(qapp, "ar")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    text = box.button(QDialogButtonBox.StandardButton.Cancel).text()
    assert ARABIC.search(text), text
    i18n.apply_language(qapp, "fr")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == "Annuler"


def test_switching_back_removes_every_translator(qapp: QApplication, compiled_translations: Path) -> None:
    i18n.apply_language(qapp, "ar")
    i18n.apply_language(qapp, "fr")
    assert QCoreApplication.translate("SettingsDialog", "Settings") == "Paramètres"
    i18n.apply_language(qapp, "xx")  # unknown language: English, never a crash
    assert i18n.current_language() == "en"
    assert QCoreApplication.translate("SettingsDialog", "Settings") == "Settings"


def test_bundled_font_and_text_scale_do_not_compound(qapp: QApplication) -> None:
    i18n.apply_language(qapp, "ar", 1.0)
    assert qapp.font().family() == "DejaVu Sans"
    normal = qapp.font().pointSizeF()
    i18n.apply_language(qapp, "ar", 1.5)
    i18n.apply_language(qapp, "fr", 1.5)
    assert qapp.font().pointSizeF() == pytest.approx(normal * 1.5)
    i18n.apply_language(qapp, "en", 1.0)
    assert qapp.font().pointSizeF() == pytest.approx(normal)


def test_number_formats(qapp: QApplication) -> None:
    i18n.apply_language(qapp, "fr")
    assert i18n.fmt_percent(54.5, 1) == "54,5\u202f%"
    assert i18n.fmt_share(0.54) == "54\u202f%"
    assert QLocale().decimalPoint() == ","
    i18n.apply_language(qapp, "ar")
    assert i18n.fmt_percent(54.5, 1) == "\u200e54.5%"  # Latin digits and a leading LRM, as in the reports
    i18n.apply_language(qapp, "en")
    assert i18n.fmt_percent(54.5, 1) == "54.5%"
    assert i18n.fmt_percent(None) == "not scored"
    assert i18n.fmt_share(None) == "–"


def test_tr_content_marks_english_fallback(qapp: QApplication) -> None:
    full = Text({"en": "Law", "fr": "Loi", "ar": "قانون"})
    english_only = Text({"en": "Law"})
    i18n.apply_language(qapp, "fr")
    assert i18n.tr_content(full) == ("Loi", False)
    assert i18n.tr_content(english_only) == ("Law", True)
    i18n.apply_language(qapp, "en")
    assert i18n.tr_content(english_only) == ("Law", False)


# ---- the .ts files ---------------------------------------------------------------------------------
def messages() -> Iterator[tuple[Path, str, ET.Element]]:
    for ts in TS_FILES:
        for ctx in ET.parse(ts).getroot().iter("context"):
            for m in ctx.iter("message"):
                yield ts, ctx.findtext("name") or "", m


def translations_of(m: ET.Element) -> list[str]:
    t = m.find("translation")
    assert t is not None
    forms = [f.text or "" for f in t.iter("numerusform")]
    return forms if m.get("numerus") == "yes" else [t.text or ""]


def test_both_languages_exist() -> None:
    assert {p.name for p in TS_FILES} >= {"app_fr.ts", "app_ar.ts"}
    langs = {ET.parse(p).getroot().get("language") for p in TS_FILES}
    assert {"fr_FR", "ar"} <= langs


def test_no_unfinished_or_empty_translation() -> None:
    bad = []
    for ts, ctx, m in messages():
        t = m.find("translation")
        assert t is not None
        if t.get("type") in ("unfinished", "vanished", "obsolete") or not all(s.strip() for s in translations_of(m)):
            bad.append(f"{ts.name} [{ctx}] {m.findtext('source')!r}")
    assert not bad, "untranslated:\n" + "\n".join(bad)


def test_placeholders_are_kept() -> None:
    bad = []
    for ts, ctx, m in messages():
        source = m.findtext("source") or ""
        wanted = sorted(set(PLACEHOLDER.findall(source)))
        for text in translations_of(m):
            if sorted(set(PLACEHOLDER.findall(text))) != wanted:
                bad.append(f"{ts.name} [{ctx}] {source!r} -> {text!r}")
    assert not bad, "placeholders changed:\n" + "\n".join(bad)


def test_keyboard_mnemonics_are_kept() -> None:
    def has_mnemonic(s: str) -> bool:
        return bool(re.search(r"&(?!&)\S", s.replace("&&", "")))

    bad = [f"{ts.name} [{ctx}] {m.findtext('source')!r}" for ts, ctx, m in messages()
           if has_mnemonic(m.findtext("source") or "") and not all(has_mnemonic(t) for t in translations_of(m))]
    assert not bad, "lost the & shortcut:\n" + "\n".join(bad)


def test_contexts_are_the_ones_used_at_run_time() -> None:
    """lupdate files `parent.tr(...)` under 'parent' and `tr = QCoreApplication.translate; tr(ctx, text)`
    under the empty context with the text as a comment: at run time those strings are never found."""
    bad = [f"{ctx!r} {m.find('location').get('filename')}:{m.find('location').get('line')} {m.findtext('source')!r}"
           for ts, ctx, m in messages() if ts.name == "app_fr.ts"
           and (ctx in ("parent", "self", "QCoreApplication") or (ctx == "" and m.findtext("comment")))]
    assert not bad, "strings extracted under a context Qt will not ask for:\n" + "\n".join(bad)


def test_an_arabic_percent_reads_digits_then_sign_after_arabic_text_and_after_a_wrap(qapp: QApplication) -> None:
    """The outside walk: "مؤقّتة: 60%" showed "%60" (the sign on the digits' left: after an Arabic letter the
    digits are Arabic numbers), while a figure alone read "60%". Laid out right to left, on one line and with
    the figure wrapped onto a line of its own, the sign is drawn right of the digits, as in the reports."""
    from PySide6.QtGui import QFontMetrics, QTextLayout, QTextOption

    i18n.apply_language(qapp, "ar")
    try:
        text = "مؤقّتة: " + i18n.fmt_percent(60.0)
        for width in (1000, QFontMetrics(qapp.font()).horizontalAdvance("60%") + 4):
            layout = QTextLayout(text, qapp.font())
            option = QTextOption()
            option.setTextDirection(Qt.LayoutDirection.RightToLeft)
            option.setWrapMode(QTextOption.WrapMode.WordWrap)
            layout.setTextOption(option)
            layout.beginLayout()
            lines = []
            while (line := layout.createLine()).isValid():
                line.setLineWidth(width)
                lines.append(line)
            layout.endLayout()
            six, sign = text.index("6"), text.index("%")
            line = next(x for x in lines if x.textStart() <= six < x.textStart() + x.textLength())
            assert line.cursorToX(six)[0] < line.cursorToX(sign)[0], (width, len(lines))
        assert len(lines) == 2  # the narrow case did wrap
    finally:
        i18n.apply_language(qapp, "en")
