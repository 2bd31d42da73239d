"""Small custom flowables of the PDF report, drawn straight on the canvas (cheap: hundreds per report)."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.platypus import Flowable

from .pdf_charts import fit
from .pdf_text import FONT, FONT_BOLD, display, text_width

LIGHT = colors.HexColor("#F2F2F2")
INK = colors.HexColor("#262626")
GREY = colors.HexColor("#595959")


class QuestionHead(Flowable):  # type: ignore[misc]
    """The band above a question: reference (id, paragraphs, weight), confidence, and the answer on
    a background of its colour. One line; mirrored for right-to-left reports."""

    HEIGHT = 16.0
    SIZE = 8.5

    def __init__(self, reference: str, confidence: str, answer: str, colour: str, rtl: bool):
        super().__init__()
        self.reference, self.confidence, self.answer = reference, confidence, answer
        self.colour, self.rtl = colors.HexColor("#" + colour), rtl
        self.width = 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width = availWidth
        return availWidth, self.HEIGHT

    def _texts(self) -> list[tuple[float, str, str, colors.Color]]:
        """(left x, shown text, font, colour) of the three texts, each cut to its column."""
        w = self.width
        columns = [(0.0, w * 0.5, self.reference, FONT_BOLD, INK), (w * 0.5, w * 0.2, self.confidence, FONT, GREY),
                   (w * 0.7, w * 0.3, self.answer, FONT_BOLD, INK)]
        out = []
        for x, width, text, font, colour in columns:
            if not text:
                continue
            cut = fit(text, font, self.SIZE, width - 8)
            shown = display(cut, font)
            if self.rtl:  # mirrored columns, texts aligned to their right edge
                x = w - x - 4 - text_width(cut, font, self.SIZE)
            else:
                x += 4
            out.append((x, shown, font, colour))
        return out

    def draw(self) -> None:
        canvas, w, answer_w = self.canv, self.width, self.width * 0.3
        canvas.setFillColor(LIGHT)
        canvas.rect(0, 0, w, self.HEIGHT, stroke=0, fill=1)
        canvas.setFillColor(self.colour)
        canvas.rect(0.0 if self.rtl else w - answer_w, 0, answer_w, self.HEIGHT, stroke=0, fill=1)
        text = canvas.beginText()
        for x, shown, font, colour in self._texts():
            text.setFont(font, self.SIZE)
            text.setFillColor(colour)
            text.setTextOrigin(x, 5)
            text.textOut(shown)
        canvas.drawText(text)


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
