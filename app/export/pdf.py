"""The PDF report (reportlab platypus): get_story builds the flowables, the template lays out the pages.

A4; DejaVu fonts embedded; header with the assessment title and country, footer with the
classification and "page X of Y" (counted by NumberedCanvas once every page is known); one
bookmark and outline entry per chapter and section; title, author, subject and /Lang set.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from app.domain.report import ReportData, ValidationStatus

from .atomic import write_atomically
from .audit_annex import pdf_annex
from .pdf_charts import fit
from .pdf_crosswalk import crosswalk_part
from .pdf_layout import NAVY, RULE, Layout
from .pdf_parts import actions, methodology, sections
from .pdf_story import contents, cover, results, summary, validation
from .pdf_text import FONT, display, register_fonts, text_width
from .pdf_workshop import workshop
from .strings import label

MARGIN = 18 * mm
TOP = 22 * mm
BOTTOM = 20 * mm


def get_story(data: ReportData, width: float) -> list[Flowable]:
    layout = Layout(data.lang, data.rtl, width)
    body = [] if data.summary_only else sections(data, layout)
    return [*cover(data, layout), *contents(data, layout), *validation(data, layout), *summary(data, layout), *results(data, layout),
            *crosswalk_part(data, layout), *body,
            *actions(data, layout), *workshop(data, layout), *methodology(data, layout), *pdf_annex(data, layout)]


class NumberedCanvas(Canvas):  # type: ignore[misc]
    """Keeps every page until the end, then draws header and footer with the total page count."""

    def __init__(self, *args: Any, report: ReportData, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self._report = report
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            if number > 1:
                self._furniture(number, total)
            super().showPage()
        super().save()

    def _line(self, y: float, left: str, right: str, size: float) -> None:
        width, _ = A4
        self.setFont(FONT, size)
        half = (width - 2 * MARGIN) / 2 - 6
        first, second = (right, left) if self._report.rtl else (left, right)
        first, second = fit(first, FONT, size, half), fit(second, FONT, size, half)
        self.drawString(MARGIN, y, display(first, FONT))
        self.drawString(width - MARGIN - text_width(second, FONT, size), y, display(second, FONT))

    def _furniture(self, number: int, total: int) -> None:
        data, (width, height) = self._report, A4
        self.saveState()
        self.setFillColor(NAVY)
        self._line(height - 13 * mm, data.assessment.title, data.assessment.country_name, 8)
        self.setStrokeColor(RULE)
        self.setLineWidth(0.5)
        self.line(MARGIN, height - 15 * mm, width - MARGIN, height - 15 * mm)
        self.line(MARGIN, 14 * mm, width - MARGIN, 14 * mm)
        self.setFillColor(colors.HexColor("#595959"))
        page = label("page_x_of_y", data.lang, page=number, total=total)
        marking = data.assessment.confidentiality
        if data.assessment.validation_status != ValidationStatus.VALIDATED:  # a draft says so on every page
            marking = f"{label('draft_mark', data.lang)} · {marking}" if marking else label("draft_mark", data.lang)
        self._line(10 * mm, marking, page, 7.5)
        self.restoreState()


def _cover_band(canvas: Canvas, _doc: BaseDocTemplate) -> None:
    width, height = A4
    canvas.saveState()
    canvas.setFillColor(NAVY)
    canvas.rect(0, height - 28 * mm, width, 28 * mm, stroke=0, fill=1)
    canvas.setFillColor(colors.HexColor("#9DC3E6"))
    canvas.rect(0, height - 30 * mm, width, 2 * mm, stroke=0, fill=1)
    canvas.restoreState()


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
        )
        frame = Frame(MARGIN, BOTTOM, A4[0] - 2 * MARGIN, A4[1] - TOP - BOTTOM, id="body", leftPadding=0,
                      rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate("cover", [frame], onPage=_cover_band), PageTemplate("body", [frame])])

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

        def make_canvas(*args: Any, **kwargs: Any) -> NumberedCanvas:
            return NumberedCanvas(*args, report=data, **kwargs)

        # two passes (or three): the first finds on which page each heading falls, the next print them
        doc.multiBuild(get_story(data, doc.width), canvasmaker=make_canvas)

    return write_atomically(path, build, data.lang)
