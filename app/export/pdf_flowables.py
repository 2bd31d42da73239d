"""Small custom flowables of the PDF report, drawn straight on the canvas (cheap: hundreds per report)."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer
from reportlab.platypus.doctemplate import ActionFlowable

from .pdf_charts import fit
from .pdf_text import FONT, FONT_BOLD, TextFlow, display, text_width

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

    plain_wrap = True  # its wrap needs no canvas (see TextFlow.plain_wrap)

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


class KeepWithStart(KeepTogether):  # type: ignore[misc]
    """The document templates' `keepTogetherClass`: a heading (style keepWithNext) stays on the page of what
    follows it, never alone at a page's foot. When what follows is too long for the rest of the page (a long
    table, a long comment), the heading goes with its start and it splits there, as long as that start holds
    a few lines or rows (ReportLab's KeepTogether would push it all to the next page, leaving half a page
    empty)."""

    MIN_START = 30.0  # points: two or three lines of text, or a table's header and two rows at the least

    def split(self, aW: float, aH: float) -> list[Flowable]:  # noqa: N803
        content = list(self._content)
        if len(content) > 1:
            heads = 0.0
            for f in content[:-1]:
                heads += f.wrapOn(self.canv, aW, aH)[1] + f.getSpaceBefore() + f.getSpaceAfter()
            last = content[-1]
            room = aH - heads - last.getSpaceBefore()
            if room >= self.MIN_START and last.wrapOn(self.canv, aW, room)[1] > room:
                parts = last.splitOn(self.canv, aW, room)
                if len(parts) >= 2 and parts[0].wrapOn(self.canv, aW, room)[1] >= self.MIN_START:
                    return [*content[:-1], *parts]
        return list(super().split(aW, aH))


def keep_headings(story: list[Flowable]) -> list[Flowable]:
    """Every heading (h1–h3 on its own) kept with what follows it, and a short introduction right after a
    heading (a "note" or "intro" line) kept with what follows it too: no heading, nor heading and its intro
    line, alone at a page's foot (the outside walk found "Don't know answers to follow up" and its intro alone
    on p. 5). Before a page break (or a conditional one) nothing is to keep."""
    def breaks(f: Flowable | None) -> bool:
        return f is None or isinstance(f, (CondPageBreak, ActionFlowable))

    for i, f in enumerate(story):
        following = story[i + 1] if i + 1 < len(story) else None
        if _style_name(f) not in ("h1", "h2", "h3") or breaks(following):
            continue
        f.keepWithNext = 1
        after = story[i + 2] if i + 2 < len(story) else None
        if following is not None and (_style_name(following) in ("note", "intro") or type(following) is Spacer) \
                and not breaks(after):
            following.keepWithNext = 1
    return story


def _style_name(f: Flowable) -> str:
    """The style of a text flowable: a Paragraph's, or that of a TextFlow's first piece (the report's texts)."""
    pieces = getattr(f, "pieces", None)
    # a question's card (a TextFlow with a band as its lead) is not a heading, even with no field under its
    # text: taken for one, every plain question kept with the next and a run of them pushed to a new page
    if isinstance(f, TextFlow) and pieces and len(pieces) == 1 and f.lead is None:
        return str(pieces[0].style.name)
    return str(getattr(getattr(f, "style", None), "name", "")) if isinstance(f, Paragraph) else ""
