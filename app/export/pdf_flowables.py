"""Small custom flowables of the PDF report, drawn straight on the canvas (cheap: hundreds per report)."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.platypus import Flowable

from .pdf_charts import fit
from .pdf_text import FONT, FONT_BOLD, visual

LIGHT = colors.HexColor("#F2F2F2")
INK = colors.HexColor("#262626")
GREY = colors.HexColor("#595959")


class QuestionHead(Flowable):  # type: ignore[misc]
    """The band above a question: reference (id, paragraphs, weight), confidence, and the answer on
    a background of its colour. One line; mirrored for right-to-left reports."""

    HEIGHT = 16.0

    def __init__(self, reference: str, confidence: str, answer: str, colour: str, rtl: bool):
        super().__init__()
        self.reference, self.confidence, self.answer = reference, confidence, answer
        self.colour, self.rtl = colors.HexColor("#" + colour), rtl
        self.width = 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width = availWidth
        return availWidth, self.HEIGHT

    def _text(self, x: float, text: str, font: str, width: float, colour: colors.Color, right: bool) -> None:
        self.canv.setFont(font, 8.5)
        self.canv.setFillColor(colour)
        shown = visual(fit(text, font, 8.5, width))
        if right:
            self.canv.drawRightString(x, 5, shown)
        else:
            self.canv.drawString(x, 5, shown)

    def draw(self) -> None:
        w, answer_w = self.width, self.width * 0.3
        ref_w, conf_w = w * 0.5, w * 0.2
        answer_x = 0.0 if self.rtl else w - answer_w
        self.canv.saveState()
        self.canv.setFillColor(LIGHT)
        self.canv.rect(0, 0, w, self.HEIGHT, stroke=0, fill=1)
        self.canv.setFillColor(self.colour)
        self.canv.rect(answer_x, 0, answer_w, self.HEIGHT, stroke=0, fill=1)
        if self.rtl:
            self._text(w - 4, self.reference, FONT_BOLD, ref_w - 8, INK, right=True)
            self._text(w - ref_w - 4, self.confidence, FONT, conf_w - 8, GREY, right=True)
            self._text(answer_w - 4, self.answer, FONT_BOLD, answer_w - 8, INK, right=True)
        else:
            self._text(4, self.reference, FONT_BOLD, ref_w - 8, INK, right=False)
            self._text(ref_w + 4, self.confidence, FONT, conf_w - 8, GREY, right=False)
            self._text(answer_x + 4, self.answer, FONT_BOLD, answer_w - 8, INK, right=False)
        self.canv.restoreState()


class Stack(Flowable):  # type: ignore[misc]
    """Flowables stacked vertically in one table cell (kept together)."""

    def __init__(self, parts: list[Flowable]):
        super().__init__()
        self.parts = parts
        self._heights: list[float] = []

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self._heights = [p.wrap(availWidth, availHeight)[1] for p in self.parts]
        self.width = availWidth
        return availWidth, sum(self._heights) + 2 * len(self.parts)

    def draw(self) -> None:
        y = sum(self._heights) + 2 * len(self.parts)
        for part, h in zip(self.parts, self._heights, strict=True):
            y -= h + 2
            part.drawOn(self.canv, 0, y)
