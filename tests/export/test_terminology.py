"""The treaty is named by its full official title (glossary opsc-title) wherever it is named in full: the
reports, the About and first-run screens (one translated string) and the user guides; the Arabic uses the
Protocol's official term and Arabic punctuation."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import yaml

from app.export.strings import keys as label_keys
from app.export.strings import label

ROOT = Path(__file__).resolve().parents[2]
LANGS = ("en", "fr", "ar")
NOT_THE_PROTOCOLS_TERM = "المواد الإباحية المتعلقة بالأطفال"  # the Protocol's Arabic says استغلال الأطفال في المواد الإباحية
ARABIC_LETTER = r"[\u0621-\u064A\u0671-\u06D3]"


def plain(text: str) -> str:
    """Whitespace (line wraps, no-break spaces) as one space, one apostrophe."""
    return " ".join(text.replace("\u2019", "'").split())


def official_title(lang: str) -> str:
    glossary = yaml.safe_load((ROOT / "questionnaires" / "glossary.yaml").read_text(encoding="utf-8"))
    [term] = [t for t in glossary["terms"] if t["id"] == "opsc-title"]
    return plain(term[lang])


def translations(lang: str) -> dict[tuple[str, str], str]:
    root = ET.parse(ROOT / "translations" / f"app_{lang}.ts").getroot()
    return {(ctx.findtext("name") or "", m.findtext("source") or ""): "".join(m.find("translation").itertext())
            for ctx in root.iter("context") for m in ctx.iter("message")}


@pytest.mark.parametrize("lang", LANGS)
def test_the_full_title_is_the_glossarys(lang: str) -> None:
    title = official_title(lang)
    assert title in plain(label("report_title", lang))
    assert title in plain((ROOT / "docs" / f"user-guide.{lang}.md").read_text(encoding="utf-8"))
    if lang != "en":
        table = translations(lang)
        assert {plain(text) for (ctx, _), text in table.items() if ctx == "Treaty"} == {title}
        named = {ctx: text for (ctx, source), text in table.items() if "{treaty}" in source}
        assert set(named) == {"AboutDialog", "FirstRunDialog"} and all("{treaty}" in t for t in named.values())


def test_the_window_shows_the_full_title(qapp) -> None:
    from app.ui import i18n
    from app.ui.help import AboutDialog, FirstRunDialog

    for lang in LANGS:
        i18n.apply_language(qapp, lang)
        try:
            about, first = AboutDialog(None, None), FirstRunDialog(None)
            assert official_title(lang) in plain(about.basis.text()), lang
            assert official_title(lang) in plain(first.purpose.text()), lang
            about.deleteLater()
            first.deleteLater()
        finally:
            i18n.apply_language(qapp, "en")


def test_arabic_uses_the_protocols_terms_and_arabic_punctuation() -> None:
    texts = {f"ts {src[:40]}": text for (_, src), text in translations("ar").items() if ";;" not in text}
    texts |= {f"label {k}": label(k, "ar") for k in label_keys()}
    texts["guide"] = (ROOT / "docs" / "user-guide.ar.md").read_text(encoding="utf-8")
    latin_mark = re.compile(ARABIC_LETTER + r"[\u064B-\u0652]*\s*[,;?]|[,;?]\s*" + ARABIC_LETTER)
    assert not [k for k, t in texts.items() if NOT_THE_PROTOCOLS_TERM in t]
    assert not [k for k, t in texts.items() if latin_mark.search(t)], "Latin , ; ? next to Arabic (use ، ؛ ؟)"
    assert not [k for k, t in texts.items() if re.search("[\"“”]", t)], "Arabic quotes are « »"


def test_the_workbook_title_wraps_over_the_summary_table(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    from app.export.xlsx import SUMMARY_WIDTHS, write_xlsx
    from tests.factories import sample_report

    path = write_xlsx(sample_report("fr"), tmp_path / "r.xlsx")
    ws = load_workbook(path).worksheets[0]
    assert official_title("fr") in plain(ws["A1"].value)
    assert ws["A1"].alignment.wrap_text
    assert any(str(r).startswith("A1:") and r.max_col == len(SUMMARY_WIDTHS) for r in ws.merged_cells.ranges)
    assert ws.row_dimensions[1].height >= 40  # two lines at least: the full title does not fit on one
