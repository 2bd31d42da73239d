"""The workshop annex of the PDF report: contributors, agreement per section, the questions in dispute."""

from __future__ import annotations

from reportlab.platypus import Flowable, PageBreak

from app.domain.report import ReportData

from .pdf_layout import LIGHT, Layout
from .pdf_story import heading
from .strings import label
from .workshop_common import (
    AGREEMENT_KEYS,
    CONTRIBUTOR_KEYS,
    DISPUTE_KEYS,
    agreement_rows,
    contributor_rows,
    dispute_rows,
)


def workshop(data: ReportData, layout: Layout) -> list[Flowable]:
    """Nothing when the report was asked without the annex (data.workshop is None)."""
    annex, lang = data.workshop, data.lang
    if annex is None:
        return []
    story: list[Flowable] = [PageBreak(), heading(layout, label("annex_workshop", lang), "h1", "workshop", 0)]
    people = contributor_rows(annex, lang)
    if not people:  # one sentence: no intro on contributions that do not exist, no table of zeros
        return [*story, layout.p(label("no_workshop", lang), "body")]
    story += [layout.p(label("workshop_intro", lang), "body"), layout.p(label("contributors", lang), "h2"),
              layout.table([[label(k, lang) for k in CONTRIBUTOR_KEYS], *people], [2.2, 2.6, 1.3, 1.0])]
    rows = agreement_rows(data, annex)
    last = len(rows)  # the total, under the header row
    story += [layout.p(label("agreement_by_section", lang), "h2"), layout.p(label("agreement_intro", lang), "note"),
              layout.table([[label(k, lang) for k in AGREEMENT_KEYS], *rows], [0.8, 3.0, 0.9, 0.9, 0.9, 0.9, 0.9],
                           extra=[("BACKGROUND", (0, last), (-1, last), LIGHT)])]
    story.append(layout.p(label("in_dispute", lang), "h2"))
    disputes = dispute_rows(data, annex)
    if disputes:
        story.append(layout.table([[label(k, lang) for k in DISPUTE_KEYS], *disputes], [0.8, 3.2, 1.2, 2.8]))
    else:
        story.append(layout.p(label("no_disputes", lang), "body"))
    return story
