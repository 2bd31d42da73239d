"""The PDF report (reportlab platypus): get_story builds the flowables, the template lays out the pages.

A4; DejaVu fonts embedded; header with the assessment title and country, footer with the
classification and "page X of Y" (pdf_layout.PageCanvas, shared with the comparison report); one
bookmark and outline entry per chapter and section; title, author, subject and /Lang set.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from app.domain.report import ReportData, ValidationStatus

from .atomic import write_atomically
from .audit_annex import pdf_annex
from .pdf_crosswalk import crosswalk_part
from .pdf_flowables import KeepWithStart, keep_headings
from .pdf_layout import BOTTOM, MARGIN, TOP, Layout, PageCanvas, cover_band
from .pdf_parts import actions, methodology, sections
from .pdf_story import contents, cover, results, summary, validation
from .pdf_text import FONT, register_fonts
from .pdf_workshop import workshop
from .strings import label


def get_story(data: ReportData, width: float) -> list[Flowable]:
    layout = Layout(data.lang, data.rtl, width)
    body = [] if data.summary_only else sections(data, layout)
    return [*cover(data, layout), *contents(data, layout), *validation(data, layout), *summary(data, layout), *results(data, layout),
            *crosswalk_part(data, layout), *body,
            *actions(data, layout), *workshop(data, layout), *methodology(data, layout), *pdf_annex(data, layout)]


def marking(data: ReportData) -> str:
    """The footer's classification: a draft says so on every page."""
    mark = data.assessment.confidentiality
    if data.assessment.validation_status != ValidationStatus.VALIDATED:
        mark = f"{label('draft_mark', data.lang)} · {mark}" if mark else label("draft_mark", data.lang)
    return mark


class ReportTemplate(BaseDocTemplate):  # type: ignore[misc]
    """Two page templates (cover, body); headings with an `_outline` become bookmarks."""

    def __init__(self, filename: str, data: ReportData):
        a = data.assessment
        super().__init__(
            filename, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=TOP, bottomMargin=BOTTOM,
            title=a.title or label("report_title", data.lang), author=a.organisation,
            subject=label("report_title", data.lang), creator=f"OPSC-Assess {data.app_version}".strip(),
            keywords=["OPSC", "CRC/C/156", a.country_name], lang=data.lang, displayDocTitle=True,
            initialFontName=FONT,
            keepTogetherClass=KeepWithStart,  # a heading kept with the first rows of a long table
        )
        frame = Frame(MARGIN, BOTTOM, A4[0] - 2 * MARGIN, A4[1] - TOP - BOTTOM, id="body", leftPadding=0,
                      rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate("cover", [frame], onPage=cover_band), PageTemplate("body", [frame])])

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802
        outline = getattr(flowable, "_outline", None)
        if outline is not None:
            title, key, level = outline
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(title, key, level=level, closed=level == 0)
            self.notify("TOCEntry", (level, title, self.page, key))  # the printed table of contents


def write_pdf(data: ReportData, path: str | os.PathLike[str]) -> Path:
    """Write the PDF report of `data` to `path` (replacing it only once the document is complete)."""
    register_fonts()

    def build(tmp: Path) -> None:
        doc = ReportTemplate(str(tmp), data)

        def make_canvas(*args: Any, **kwargs: Any) -> PageCanvas:
            return PageCanvas(*args, language=data.lang, rtl=data.rtl, marking=marking(data),
                              header=(data.assessment.title, data.assessment.country_name), **kwargs)

        # two passes (or three): the first finds on which page each heading falls, the next print them
        doc.multiBuild(keep_headings(get_story(data, doc.width)), canvasmaker=make_canvas)

    return write_atomically(path, build, data.lang)
