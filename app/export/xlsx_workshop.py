"""The workshop sheet of the Excel report: contributors, agreement per section, the questions in dispute."""

from __future__ import annotations

from collections.abc import Sequence

from openpyxl.worksheet.worksheet import Worksheet

from app.domain.report import ReportData
from app.domain.workshop import WorkshopAnnex

from .strings import label
from .workshop_common import (
    AGREEMENT_KEYS,
    CONTRIBUTOR_KEYS,
    DISPUTE_KEYS,
    agreement_rows,
    contributor_rows,
    dispute_rows,
)
from .xlsx_style import fit_row_height, header_row, put, set_widths, setup_page

WIDTHS = (26, 50, 18, 40, 13, 13, 13)


def workshop_sheet(ws: Worksheet, data: ReportData, annex: WorkshopAnnex) -> None:
    lang = data.lang
    setup_page(ws, lang, landscape=True)
    set_widths(ws, WIDTHS)
    put(ws, 1, 1, label("annex_workshop", lang), lang, "title")
    if not annex.contributors:  # one sentence, as in the PDF
        put(ws, 3, 1, label("no_workshop", lang), lang, "line")
        return
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=4)
    put(ws, 2, 1, label("workshop_intro", lang), lang)
    fit_row_height(ws, 2, (sum(WIDTHS[:4]),), (label("workshop_intro", lang),))
    row = _block(ws, 4, label("contributors", lang), CONTRIBUTOR_KEYS, contributor_rows(annex, lang), lang,
                 label("no_contributions", lang))
    row = _block(ws, row + 1, label("agreement_by_section", lang), AGREEMENT_KEYS, agreement_rows(data, annex),
                 lang, "", note=label("agreement_intro", lang))
    _block(ws, row + 1, label("in_dispute", lang), DISPUTE_KEYS, dispute_rows(data, annex), lang,
           label("no_disputes", lang))


def _block(ws: Worksheet, row: int, title: str, keys: Sequence[str], rows: list[list[str]], lang: str,
           empty: str, note: str = "") -> int:
    """A heading, an optional note, a header row and the rows (or the `empty` line); the next free row."""
    put(ws, row, 1, title, lang, "heading")
    row += 1
    if note:
        put(ws, row, 1, note, lang, "line")
        row += 1
    if not rows:
        put(ws, row, 1, empty, lang, "line")
        return row + 1
    header_row(ws, row, [label(k, lang) for k in keys], lang)
    for values in rows:
        row += 1
        for col, value in enumerate(values, start=1):
            put(ws, row, col, value, lang, "cell")
        fit_row_height(ws, row, WIDTHS, values)
    return row + 1
