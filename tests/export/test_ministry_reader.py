"""What a ministry's reader found in the printed reports (issue 15), read back as they read them: the PDF
with pdftotext page by page, the workbook with openpyxl (cell types, reading order, print titles)."""

from __future__ import annotations

import dataclasses
import io
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Spacer

from app.domain.report import ActionItem, ActionStatus, Priority, ValidationStatus
from app.domain.workshop import WorkshopAnnex
from app.export.pdf import write_pdf
from app.export.pdf_layout import PADDING, Layout, share_widths
from app.export.pdf_text import register_fonts, word_width
from app.export.strings import label
from app.export.xlsx import write_xlsx
from app.export.xlsx_style import reads_left_to_right
from tests.export.helpers import shipped_report
from tests.factories import sample_report

needs_pdftotext = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext is not installed")


def _pages(path: Path) -> list[str]:
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True)
    return [p.replace("\u00a0", " ").replace("\u202f", " ") for p in out.stdout.split("\f")]


def _many_actions(lang: str, n: int = 14):
    actions = tuple(ActionItem(i, "III.A-01", f"Action number {i}: train the judges of the region {i} on the "
                                              "protocol and its offences", lead="Ministère de la Justice",
                               partners="UNICEF; OIM", deadline=date(2027, 6, 30), budget=1000.0 * i,
                               currency="MAD" if i % 2 else "XOF", priority=Priority.HIGH)
                    for i in range(1, n + 1))
    return dataclasses.replace(sample_report(lang), actions=actions)


@needs_pdftotext
@pytest.mark.parametrize("n", [9, 12, 14, 16, 19, 22])
def test_action_plan_totals_stay_with_the_last_actions(tmp_path: Path, n: int) -> None:
    """Whatever the number of actions, the page holding the totals holds the last two actions too."""
    path = tmp_path / "r.pdf"
    write_pdf(_many_actions("en", n), path)
    pages = _pages(path)
    with_totals = [p for p in pages if "Total budget (MAD)" in p]
    assert len(with_totals) == 1
    page = with_totals[0]
    assert "Total budget (XOF)" in page
    assert f"Action number {n}:" in page and f"Action number {n - 1}:" in page


def test_columns_are_as_wide_as_their_longest_word() -> None:
    register_fonts()
    for lang in ("en", "fr", "ar"):
        layout = Layout(lang, lang == "ar", 493.0)
        header = ["When (UTC)", "Who", "What", "From", "To", label("audit_means", lang)]
        fingerprint = "b2964cfcd4e3435de090605c20a3ec35d3ba44048ec8df919fdb20ef0d021f95"
        rows = [header, *[["2026-11-30 14:05:45", "root", "Details · Title (created)", "—", fingerprint,
                           label(f"means_{m}", lang)] for m in ("import", "cli", "window")]]
        widths = layout.fit_words(rows, [493 * f / 9.4 for f in (1.3, 0.9, 1.8, 2.2, 2.2, 1.0)], True)
        assert sum(widths) == pytest.approx(493.0)
        style = layout.styles["cell"]
        for r in rows[1:]:
            for c in (0, 1, 5):  # the short words of these columns all fit; only the fingerprint is cut
                longest = max(word_width(layout.text(w), style.fontName, style.fontSize) for w in r[c].split())
                assert widths[c] >= longest + PADDING, (lang, c, r[c])


def test_share_widths_keeps_the_total_and_caps_only_the_longest_needs() -> None:
    assert share_widths([60.0, 120.0, 120.0, 100.0], [90.0, 10.0, 10.0, 10.0]) == pytest.approx(
        [90.0, 310 * 120 / 340, 310 * 120 / 340, 310 * 100 / 340])
    # a run longer than a quarter of the table (a fingerprint) claims no more than its share
    assert share_widths([100.0, 100.0, 100.0, 100.0], [300.0, 10.0, 10.0, 10.0]) == pytest.approx([100.0] * 4)
    capped = share_widths([100.0, 100.0], [80.0, 500.0])
    assert sum(capped) == pytest.approx(200.0) and capped[0] >= 80.0


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_no_word_of_a_table_is_cut_in_the_printed_pdf(tmp_path: Path, lang: str) -> None:
    data = dataclasses.replace(_many_actions(lang, 3), actions=tuple(
        dataclasses.replace(a, status=s) for a, s in zip(_many_actions(lang, 3).actions, (
            ActionStatus.DONE, ActionStatus.IN_PROGRESS, ActionStatus.PLANNED), strict=True)))
    path = tmp_path / "r.pdf"
    write_pdf(data, path)
    text = " ".join(_pages(path))
    done = label("status_done", lang)
    assert done in text  # "Réalisée" whole, never "Réalisé" over "e"
    assert f"{done[:-1]}\n" not in text


def _rows_split(lang: str, tall: bool) -> list[str]:
    register_fonts()
    layout = Layout(lang, lang == "ar", 493.0)
    text = "The ministry reports that the national database is being built with the statistics office. "
    body = text * (60 if tall else 3)
    rows = [["Id", "Comment"], ["III.A-16", "short"], ["III.A-17", body], ["III.A-18", "short"]]
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=51, rightMargin=51)
    doc.build([Spacer(1, 640), layout.table(rows, [0.6, 3.0])])
    return [page.extract_text() for page in PdfReader(io.BytesIO(out.getvalue())).pages]


def test_a_short_row_is_never_split_across_pages() -> None:
    pages = _rows_split("en", tall=False)
    for page in pages:  # the whole row on one page: its three sentences together
        if "III.A-17" in page:
            assert page.count("statistics") == 3


def test_a_row_taller_than_a_page_continues_under_its_id() -> None:
    pages = _rows_split("en", tall=True)
    continued = [p for p in pages if "III.A-17 (cont.)" in p]
    assert continued, pages
    assert sum(p.count("statistics") for p in pages) == 60


def test_french_summary_line_says_how_many_applicable_questions_are_answered() -> None:
    assert label("answered_of", "fr", answered=174, applicable=222) == "174 des 222 questions applicables ont une réponse"
    assert label("answered_of", "ar", answered=174, applicable=222).startswith("تمت الإجابة على 174 من أصل 222")


@needs_pdftotext
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_workshop_annex_without_contributions_is_one_sentence(tmp_path: Path, lang: str) -> None:
    data = dataclasses.replace(sample_report(lang), workshop=WorkshopAnnex(contributors=(), sections=(), disputes=()))
    write_pdf(data, tmp_path / "r.pdf")
    text = " ".join(" ".join(_pages(tmp_path / "r.pdf")).split())
    assert " ".join(label("no_workshop", lang).replace("\u202f", " ").split()) in text
    assert label("workshop_intro", lang)[:40] not in text
    write_xlsx(data, tmp_path / "r.xlsx")
    ws = load_workbook(tmp_path / "r.xlsx")[label("sheet_workshop", lang)]
    values = [c.value for row in ws.iter_rows() for c in row if c.value]
    assert len(values) == 2  # the title and the sentence


def _workbook(tmp_path: Path, lang: str):
    base = _many_actions(lang, 3)
    info = dataclasses.replace(base.assessment, validation_status=ValidationStatus.VALIDATED,
                               validated_on=date(2026, 6, 30),
                               process="Trois ateliers nationaux ont réuni 47 participants.\n"
                                       "عُقدت ثلاث ورشات وطنية بمشاركة 47 مشاركاً.")
    data = dataclasses.replace(base, assessment=info)
    write_xlsx(data, tmp_path / "r.xlsx")
    return data, load_workbook(tmp_path / "r.xlsx")


@pytest.mark.parametrize("lang", ["en", "fr", "ar"])
def test_workbook_figures_dates_and_totals_are_typed(tmp_path: Path, lang: str) -> None:
    data, wb = _workbook(tmp_path, lang)
    summary = wb[label("sheet_summary", lang)]
    cells = {c.coordinate: c for row in summary.iter_rows() for c in row}
    by_label = {c.value: summary.cell(row=c.row, column=2) for c in cells.values() if c.column == 1}
    validated = by_label[label("validated_on", lang)]
    assert validated.value.date() == date(2026, 6, 30) and validated.number_format == "yyyy-mm-dd"
    actions = wb[label("sheet_actions", lang)]
    totals = {r[6].value: r[5] for r in actions.iter_rows() if r[1].value and str(r[1].value).startswith(
        label("total_budget_of", lang, currency="")[:8])}
    assert set(totals) == {"MAD", "XOF"}
    assert totals["MAD"].value == pytest.approx(4000.0) and totals["XOF"].value == pytest.approx(2000.0)
    assert totals["MAD"].data_type == "n" and totals["MAD"].number_format == "#,##0.00"


def test_workbook_questionnaire_weights_score_is_a_number(tmp_path: Path) -> None:
    from tests.export.helpers import overridden_report

    data = overridden_report("fr")
    write_xlsx(data, tmp_path / "r.xlsx")
    ws = load_workbook(tmp_path / "r.xlsx")[label("sheet_summary", "fr")]
    row = next(r for r in ws.iter_rows() if r[0].value == label("score_questionnaire_weights", "fr"))
    assert isinstance(row[1].value, float)
    assert row[1].value == pytest.approx(data.result.questionnaire_overall.score)
    assert '%' in row[1].number_format


def test_arabic_workbook_reads_each_paragraph_in_its_own_direction(tmp_path: Path) -> None:
    _, wb = _workbook(tmp_path, "ar")
    summary = wb[label("sheet_summary", "ar")]
    orders = {c.value: c.alignment.readingOrder for row in summary.iter_rows() for c in row
              if isinstance(c.value, str) and "47" in c.value}
    assert orders == {"Trois ateliers nationaux ont réuni 47 participants.": 1,
                      "عُقدت ثلاث ورشات وطنية بمشاركة 47 مشاركاً.": 2}
    assert reads_left_to_right("Rapport 2024 — وزارة") and not reads_left_to_right("2024 وزارة Rapport")
    _, wb = _workbook(tmp_path, "fr")  # an Arabic paragraph in the French workbook reads right to left
    summary = wb[label("sheet_summary", "fr")]
    arabic = [c for row in summary.iter_rows() for c in row if isinstance(c.value, str) and c.value.startswith("عُقدت")]
    assert arabic and arabic[0].alignment.readingOrder == 2


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_radar_table_names_chapters_by_their_own_title(tmp_path: Path, lang: str) -> None:
    data = shipped_report(lang)
    write_xlsx(data, tmp_path / "r.xlsx")
    rows = list(load_workbook(tmp_path / "r.xlsx")[label("sheet_summary", lang)].iter_rows(values_only=True))
    chapters = {c.id: c.title.get(lang) for c in data.questionnaire.chapters}
    sections = {s.id: s.title.get(lang) for s in data.questionnaire.sections}
    assert any(i in sections and chapters[i] != sections[i] for i in chapters)  # chapter III and section III
    start = next(i for i, r in enumerate(rows) if r[0] == label("chapter", lang) and r[1] == label("title", lang))
    radar = [r for r in rows[start + 1:] if r[0] in chapters]
    assert radar and all(r[1] == chapters[r[0]] for r in radar)


def test_a_paragraph_never_leaves_its_last_line_alone_on_the_next_page() -> None:
    from app.export.pdf_text import para

    register_fonts()
    style = Layout("en", False, 493.0).styles["body"]
    flow = para("word " * 200, style)  # about ten lines
    _, height = flow.wrap(300, 1000)
    line = style.leading
    parts = flow.split(300, height - line * 0.5)  # room for all but the last line
    assert len(parts) == 2
    assert len(parts[1]._lines) == 2  # the last line takes the one before it along


def test_comparison_marking_says_how_many_are_drafts() -> None:
    from types import SimpleNamespace

    from app.export.xlsx_compare import _marking

    def col(status: str, mark: str) -> SimpleNamespace:
        return SimpleNamespace(info=SimpleNamespace(validation_status=status, confidentiality=mark))

    both = SimpleNamespace(columns=[col("validated", "Restricted"), col("draft", "")])
    assert _marking(both, "en") == "DRAFT (1 of 2 not validated) · Restricted"  # type: ignore[arg-type]
    done = SimpleNamespace(columns=[col("validated", "Restricted"), col("validated", "Confidential")])
    assert _marking(done, "en") == "Restricted · Confidential"  # type: ignore[arg-type]
    drafts = SimpleNamespace(columns=[col("draft", ""), col("draft", "")])
    assert _marking(drafts, "fr") == "PROJET"  # type: ignore[arg-type]


def test_comparison_names_and_comments_read_in_the_right_direction() -> None:
    from app.export.xlsx_compare import comment_of, reading

    assert reading("تقييم ذاتي لبنان 2026 (Lebanon, 25 March 2026)", "L").startswith("\u200e")  # English report
    assert reading("Senegal 2026 (Senegal)", "L") == "Senegal 2026 (Senegal)"  # no mark when not needed
    arabic = comment_of("Auto-évaluation 2026", "نص التعليق.", "ar")  # an Arabic comment under a Latin title
    assert arabic == "\u200fAuto-évaluation 2026: نص التعليق."
    assert comment_of("تقييم 2026", "French comment.", "ar") == "\u200eتقييم 2026: French comment."
