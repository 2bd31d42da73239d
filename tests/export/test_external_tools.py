"""The reports as other programs see them: LibreOffice opens and converts the workbook, poppler reads
the PDF's text and fonts.

The tools are optional on a developer's machine (the tests skip) but required in CI, which installs
them (libreoffice-calc-nogui, poppler-utils): there, with CI set, a missing tool fails the test.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest

from app.domain.report import ReportData
from app.export.pdf import write_pdf
from app.export.strings import label
from app.export.xlsx import write_xlsx
from tests.export.helpers import shipped_report
from tests.factories import sample_report

TIMEOUT = 120


def tool(name: str) -> str:
    """The path of `name`; skip when it is missing, but fail in CI, where it must be installed."""
    path = shutil.which(name)
    if path is None:
        message = f"{name} is not installed (CI installs libreoffice-calc-nogui and poppler-utils)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return path


def run(args: list[str], timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, capture_output=True, text=True, timeout=timeout, check=False)


_BIDI_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_HARAKAT = re.compile("[\u064b-\u065f\u0670\u0640]")
_LAM_ALEF = re.compile("[لاأإآ]")


def comparable(text: str) -> str:
    """Extracted text made comparable with the logical text: presentation forms folded (NFKC), bidi
    controls, diacritics and spaces dropped; lam and alef dropped too, because pdftotext reads the
    lam-alef ligature back in either order."""
    text = _HARAKAT.sub("", _BIDI_CONTROLS.sub("", unicodedata.normalize("NFKC", text)))
    return re.sub(r"\s+", "", _LAM_ALEF.sub("", text))


def pdftotext(path: Path) -> str:
    done = run([tool("pdftotext"), "-enc", "UTF-8", str(path), "-"])
    assert done.returncode == 0, done.stderr
    assert "Error" not in done.stderr, done.stderr
    return done.stdout


def assert_all_fonts_embedded(path: Path) -> None:
    done = run([tool("pdffonts"), str(path)])
    assert done.returncode == 0 and "Error" not in done.stderr, done.stderr
    rows = done.stdout.splitlines()[2:]  # under the header and its rule
    assert rows, done.stdout
    for row in rows:
        emb = row.split()[-5]  # columns from the right: emb sub uni object ID
        assert emb == "yes", f"not embedded: {row}"


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_libreoffice_converts_the_workbook_without_error(tmp_path: Path, lang: str) -> None:
    soffice = tool("soffice")
    data: ReportData = sample_report(lang)
    workbook = write_xlsx(data, tmp_path / f"report-{lang}.xlsx")
    out = tmp_path / "out"
    profile = (tmp_path / "lo-profile").as_uri()  # a private profile: no clash with a running LibreOffice
    done = run([soffice, f"-env:UserInstallation={profile}", "--headless", "--norestore", "--convert-to", "pdf",
                "--outdir", str(out), str(workbook)], timeout=TIMEOUT)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Error" not in done.stdout + done.stderr, done.stdout + done.stderr  # e.g. "source file could not be loaded"
    pdf = out / f"report-{lang}.pdf"
    assert pdf.exists() and pdf.stat().st_size > 0, done.stdout + done.stderr
    raw = pdftotext(pdf)
    text = comparable(raw)
    assert comparable(label("report_title", lang)) in text  # the Summary sheet's title
    for header in ("conservative_score", "equal_weight_score", "applicable", "answered"):  # wrapped between words
        for word in label(header, lang).split() if lang != "ar" else ():  # (Arabic marks read back apart)
            assert word in raw.replace("\n", " "), (header, word)  # "Conservativ / e score" once
    assert "III.A" in text
    assert comparable(data.questionnaire.sections[0].title.get(lang)) in text


@pytest.mark.parametrize("lang", ["en", "fr", "ar"])
def test_pdftotext_reads_the_sections_and_pdffonts_sees_only_embedded_fonts(tmp_path: Path, lang: str) -> None:
    data = sample_report(lang)
    path = write_pdf(data, tmp_path / f"report-{lang}.pdf")
    text = comparable(pdftotext(path))
    assert comparable(label("executive_summary", lang)) in text
    assert comparable(label("action_plan", lang)) in text
    for section in data.questionnaire.sections:
        assert section.id in text
        assert comparable(section.title.get(lang)) in text
    for question in data.questionnaire.questions():
        assert question.id in text
    assert_all_fonts_embedded(path)


def test_pdftotext_reads_arabic_as_ordinary_letters_with_their_marks(tmp_path: Path) -> None:
    """Arabic is shaped by HarfBuzz (joined letters, marks placed) yet extracted as the text the user typed:
    plain letters (no presentation forms), reading order, diacritics kept, Latin ids and numbers intact."""
    import dataclasses

    base = sample_report("ar")
    title = "التقييمُ الوطنيُّ 2026"
    data = dataclasses.replace(base, assessment=dataclasses.replace(
        base.assessment, organisation="وزارة العدل", title=title))
    path = write_pdf(data, tmp_path / "report-ar.pdf")
    text = _BIDI_CONTROLS.sub("", pdftotext(path))  # poppler marks the direction of runs with embeddings
    assert not any("\ufb50" <= ch <= "\ufeff" for ch in text)  # no presentation forms
    for expected in ("وزارة العدل", title, label("assessors", "ar"), label("executive_summary", "ar"),
                     label("action_plan", "ar")):
        assert expected in text, expected
    assert "III.A-01" in text and "73.3" in text
    assert_all_fonts_embedded(path)


def used_heights(path: Path) -> list[float]:
    """The share of each page's body frame holding text: from the frame's top to the foot of its lowest
    word (the running header and footer, outside the frame, left out)."""
    from app.export.pdf_layout import BOTTOM, TOP

    done = run([tool("pdftotext"), "-bbox", str(path), "-"])
    assert done.returncode == 0, done.stderr
    height = 841.89  # A4
    shares = []
    for page in done.stdout.split("<page ")[1:]:
        feet = [float(m.group(2)) for m in re.finditer(r'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"', page)
                if float(m.group(1)) >= TOP - 4 and float(m.group(2)) <= height - BOTTOM + 4]
        shares.append((max(feet) - TOP) / (height - TOP - BOTTOM) if feet else 0.0)
    return shares


MIN_USED = 0.6  # a chapter starts on the page where the previous one ends when 260 pt (36 %) are left


@pytest.mark.parametrize("lang", ["en", "fr", "ar"])
def test_plain_questions_fill_their_pages(tmp_path: Path, lang: str) -> None:
    """Most questions without a comment (a real assessment): the question-by-question part fills every page.
    A plain question's card was once taken for a heading and kept with the next one, so a run of them went
    to the next page as one block, leaving a page with a section's heading, strip and introduction alone
    (20-25 % used). Counting lines did not see it (the strip's cells and the introduction make 20 lines);
    the height used does. A chapter starts on the page where the previous one ends when a good part is left,
    so a chapter's last page is more than 60 % full too."""
    data = shipped_report(lang, sparse=True)
    path = write_pdf(data, tmp_path / f"sparse-{lang}.pdf")
    pages = pdftotext(path).split("\f")[:-1]
    ids = [q.id for q in data.questionnaire.questions()]
    first = next(n for n, page in enumerate(pages) if re.search(rf"(?<![\w.-]){re.escape(ids[0])}(?![\w.-])", page))
    last = max(n for n, page in enumerate(pages) if re.search(rf"(?<![\w.-]){re.escape(ids[-1])}(?![\w.-])", page))
    shares = used_heights(path)
    assert last - first > 15, (first, last)  # the whole questionnaire, on many pages
    low = [(n + 1, round(shares[n], 2)) for n in range(first, last) if shares[n] < MIN_USED]
    assert not low, low


MIN_LINES = 20  # a page of the body holds far more (60-150 lines); a stray row or lone heading far fewer


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_no_page_holds_only_a_stray_row_or_a_lone_heading(tmp_path: Path, lang: str) -> None:
    """The whole questionnaire answered: chapters flow on when a page has room (no page with a chapter's last
    question alone), tables split leaving at least two rows each side, the charts fit together; only the
    cover and the signature page are short by design."""
    data = shipped_report(lang)
    path = write_pdf(data, tmp_path / f"full-{lang}.pdf")
    pages = pdftotext(path).split("\f")[:-1]
    counts = [len([line for line in page.splitlines() if line.strip()]) for page in pages]
    short = [(number, count) for number, count in enumerate(counts, start=1) if count < MIN_LINES and number not in (1, 3)]
    assert not short, counts
    # the radar's labels are whole (wrapped, not cut): every chapter's title on the radar's page
    def letters(text: str) -> str:  # poppler may turn "(%)" around in right-to-left text
        return re.sub(r"[()%]", "", comparable(text))

    radar = next(letters(p) for p in pages if letters(label("chart_chapters", lang)) in letters(p))
    for chapter in data.questionnaire.chapters:
        assert letters(f"{chapter.id} {chapter.title.get(lang)}") in radar, chapter.id


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_summary_sheet_never_prints_a_table_s_last_rows_alone(tmp_path: Path, lang: str) -> None:
    """The Summary sheet with full details (institutions, process, findings, limitations) and the shipped
    questionnaire, printed by LibreOffice: the chapters' table starts a page with its heading and header and
    ends on that page, with the charts' table; the sections' table is whole on page 1. A break before the
    charts only let page 1 end inside the chapters' table, its last 4 (en) or 6 (ar) rows alone on page 2."""
    import dataclasses

    soffice = tool("soffice")
    base = shipped_report(lang)
    details = dataclasses.replace(
        base.assessment, confidentiality="Restricted", validated_by="Directrice des affaires pénales et des grâces",
        institutions="\n".join(f"Ministère numéro {i} chargé de la protection de l'enfance" for i in range(6)),
        process="Atelier de trois jours réunissant 34 participants de 11 institutions ; réponses consolidées par le "
                "secrétariat technique puis validées en plénière. " * 2,
        executive_summary="Le cadre pénal est largement en place ; les lacunes principales concernent les données. " * 3,
        limitations="Les données statistiques de 2023 n'étaient pas disponibles. " * 2)
    data = dataclasses.replace(base, assessment=details)
    workbook = write_xlsx(data, tmp_path / f"summary-{lang}.xlsx")
    profile = (tmp_path / "lo-profile").as_uri()
    done = run([soffice, f"-env:UserInstallation={profile}", "--headless", "--norestore", "--convert-to", "pdf",
                "--outdir", str(tmp_path), str(workbook)], timeout=TIMEOUT)
    assert done.returncode == 0, done.stdout + done.stderr
    pdf = tmp_path / f"summary-{lang}.pdf"
    pages = [comparable(p) for p in run([tool("pdftotext"), "-l", "3", "-enc", "UTF-8", str(pdf), "-"]).stdout.split("\f")]
    heading = comparable(label("results_by_chapter", lang))
    where = [n for n, page in enumerate(pages) if heading in page]
    assert where == [1], where  # on page 2, at its top
    assert pages[1].startswith(heading) or pages[1].find(heading) < 40, pages[1][:80]
    for chapter in data.questionnaire.chapters:  # every chapter's row under it, on the same page
        assert comparable(chapter.title.get(lang)) in pages[1], chapter.id
    for section in data.questionnaire.sections:  # the sections' table whole on page 1
        assert comparable(section.title.get(lang)) in pages[0], section.id


@pytest.mark.parametrize("lang", ["en"])
def test_libreoffice_prints_each_crosswalk_chart_on_one_page(tmp_path: Path, lang: str) -> None:
    """The ministry reader: LibreOffice printed the MNR chart's first 6 bars at the foot of a page and the
    others on the next (the ICMEC chart too). Printed now, each chart's title is on one page only, which holds
    every one of its bars' labels (at 0.75 cm a bar LibreOffice named only every other ICMEC criterion).
    English: the chart's Arabic text does not read back."""
    from app.domain.crosswalk import short_name
    from app.export.pdf_crosswalk import report_crosswalks

    soffice = tool("soffice")
    data = shipped_report(lang)
    workbook = write_xlsx(data, tmp_path / f"cw-{lang}.xlsx")
    profile = (tmp_path / "lo-profile").as_uri()
    done = run([soffice, f"-env:UserInstallation={profile}", "--headless", "--norestore", "--convert-to", "pdf",
                "--outdir", str(tmp_path), str(workbook)], timeout=TIMEOUT)
    assert done.returncode == 0, done.stdout + done.stderr
    pages = [comparable(p) for p in pdftotext(tmp_path / f"cw-{lang}.pdf").split("\f")]
    crosswalks = report_crosswalks(data)
    assert len(crosswalks) == 2
    for cw in crosswalks:
        title = comparable(label(f"chart_{cw.framework}", lang))
        where = [n for n, page in enumerate(pages) if title in page]
        assert len(where) == 1, (cw.framework, where)
        for g in cw.groups:  # the bar's label (its start: a long one wraps in the chart)
            assert comparable(short_name(g.tag, lang))[:12] in pages[where[0]], (cw.framework, g.tag.id)
