"""No heading alone at a page's foot (issue 15, outside walk: "Don't know answers to follow up" and its intro line
alone at the foot of page 5, en/fr). Every report builder's story goes through `keep_headings` and its document
template keeps with `KeepWithStart`: a heading and its intro line stay with what follows; before a long table
they go with its first rows (the table splits), they do not push the whole table to the next page."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Spacer, Table

from app.export.pdf import write_pdf
from app.export.pdf_flowables import KeepWithStart, keep_headings
from app.export.pdf_layout import Layout
from app.export.pdf_text import register_fonts
from app.export.strings import label
from tests.factories import sample_report

FRAME_HEIGHT = 700.0


class _Doc(BaseDocTemplate):  # the templates' keeping, with a record of where each flowable landed
    def __init__(self, path: Path):
        super().__init__(str(path), pagesize=A4, keepTogetherClass=KeepWithStart)
        frame = Frame(50, 60, 480, FRAME_HEIGHT, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate("body", [frame])])
        self.landed: list[tuple[str, int]] = []

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802
        tag = "table" if isinstance(flowable, Table) else getattr(flowable, "tag", "")  # a split table's parts
        self.landed.append((tag, self.page))


def _story(room_left: float) -> list[Flowable]:
    register_fonts()
    layout = Layout("en", False, 480)
    heading = layout.p("Don't know answers to follow up", "h2")
    intro = layout.p("Questions answered 'don't know', with who could answer them.", "note")
    rows = [["Section", "Question"]] + [[f"III.A-{i:02d}", f"Question number {i}"] for i in range(1, 41)]
    table = layout.table(rows, [1, 3])
    heading.tag, intro.tag, table.tag = "heading", "intro", "table"
    return [Spacer(1, FRAME_HEIGHT - room_left), heading, intro, table]


def _pages_of(tmp_path: Path, room_left: float) -> dict[str, int]:
    doc = _Doc(tmp_path / "k.pdf")
    doc.build(keep_headings(_story(room_left)))
    first: dict[str, int] = {}
    for tag, page in doc.landed:
        first.setdefault(tag, page)
    return first


def test_a_heading_and_its_intro_do_not_stay_alone_at_the_foot_of_a_page(tmp_path: Path) -> None:
    pages = _pages_of(tmp_path, room_left=60)  # room for the heading and the intro, not for a table row more
    assert pages["heading"] == pages["intro"] == pages["table"] == 2, pages


def test_with_room_for_its_first_rows_a_long_table_starts_under_its_heading(tmp_path: Path) -> None:
    pages = _pages_of(tmp_path, room_left=200)  # the heading, the intro and a few rows fit: no half-empty page
    assert pages["heading"] == pages["intro"] == pages["table"] == 1, pages


needs_pdftotext = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext is not installed")


@needs_pdftotext
@pytest.mark.parametrize("lang", ["en", "fr", "ar"])
def test_no_report_page_ends_with_a_heading(tmp_path: Path, lang: str) -> None:
    """The sample report, page by page: the don't-know heading shares its page with the list's first row."""
    path = tmp_path / "r.pdf"
    data = sample_report(lang)
    write_pdf(data, path)
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True)
    pages = [p.replace("\u00a0", " ").replace("\u202f", " ") for p in out.stdout.split("\f")]
    heading = label("dont_know_list", lang).replace("\u00a0", " ").replace("\u202f", " ")
    words = heading.split()[-2:] if lang != "ar" else heading.split()[:1]
    holding = [p for p in pages if all(w in p for w in words)]
    assert holding, heading
    page = holding[-1]
    after = page[page.find(words[-1]):]
    assert len([line for line in after.splitlines() if line.strip()]) >= 4, after  # more than the heading and intro


@needs_pdftotext
@pytest.mark.parametrize("lang", ["en", "fr", "ar"])
@pytest.mark.parametrize("room_left", [50.0, 70.0, 95.0, 130.0])
def test_the_dont_know_heading_and_intro_stay_with_the_table_s_first_rows(tmp_path: Path, lang: str,
                                                                           room_left: float) -> None:
    """The report's own don't-know part (heading, introduction, a long table) after a page filled but for
    `room_left` points: the page holding the heading holds the first don't-know question too (it was kept
    with its introduction only, both alone at the foot of p. 5 in French, the table on p. 6)."""
    from app.export.common import dont_know_rows
    from app.export.pdf_story import dont_know, keep_heading
    from tests.export.helpers import shipped_report

    register_fonts()
    data = shipped_report(lang)
    found = dont_know_rows(data)
    assert len(found) > 12  # a long table, that splits
    layout = Layout(lang, lang == "ar", 480)
    doc = _Doc(tmp_path / "d.pdf")
    doc.build(keep_headings([Spacer(1, FRAME_HEIGHT - room_left), *keep_heading(dont_know(data, layout))]))
    out = subprocess.run(["pdftotext", str(tmp_path / "d.pdf"), "-"], capture_output=True, text=True, check=True)
    pages = out.stdout.split("\f")
    first_id = found[0][1].id
    holding = [n for n, page in enumerate(pages) if first_id in page]
    word = max(label("dont_know_intro", lang).split(), key=len)  # the introduction's longest word
    with_intro = [n for n, page in enumerate(pages) if word in page.replace("\u202f", " ").replace("\u00a0", " ")]
    assert holding and with_intro and holding[0] == with_intro[0], (holding, with_intro)


@needs_pdftotext
@pytest.mark.parametrize("lang", ["en", "ar"])
@pytest.mark.parametrize("room_left", [120.0, 170.0, 220.0, 260.0])
def test_the_report_never_ends_on_a_page_with_only_the_changed_weights_and_about(tmp_path: Path, lang: str,
                                                                                 room_left: float) -> None:
    """The methodology annex's end (bands, changed weights, "About this report") after a page filled but for
    `room_left` points: "About this report" shares its page with the bands' table (the Arabic summary once
    ended on a page holding only "Weights changed" and "About this report")."""
    from app.export.pdf_parts import methodology

    register_fonts()
    data = sample_report(lang)
    layout = Layout(lang, lang == "ar", 480)
    story = methodology(data, layout)
    answer_scale = next(i for i, f in enumerate(story) if "KeepTogether" in type(f).__name__)
    tail = story[answer_scale + 2:]  # after the answer scale's and the weights' tables
    doc = _Doc(tmp_path / "m.pdf")
    doc.build(keep_headings([Spacer(1, FRAME_HEIGHT - room_left), *tail]))
    out = subprocess.run(["pdftotext", str(tmp_path / "m.pdf"), "-"], capture_output=True, text=True, check=True)
    pages = [p.replace("\u202f", " ").replace("\u00a0", " ") for p in out.stdout.split("\f")]
    about = [n for n, p in enumerate(pages) if label("about", lang) in p]
    bands = [n for n, p in enumerate(pages) if label("bands", lang) in p]
    assert about and bands and about[-1] == bands[-1], (about, bands)
