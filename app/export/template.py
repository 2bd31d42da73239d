"""The Excel answer template: one row per question to fill in offline, and reading it back.

The answer column holds the codes fully|largely|partially|not|na|dont_know (drop-down list); the
Legend sheet and a help column show what they mean in the template's language. A hidden sheet
records which questionnaire (id, version, content hash) the template was made for. Checking the
values and ids read back is the caller's job (app.services.imports).
"""

from __future__ import annotations

import os
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from openpyxl import Workbook, load_workbook
from openpyxl.utils.exceptions import InvalidFileException
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from app.domain.answers import ANSWER_LABELS, SCALE_ORDER, Answer
from app.domain.questionnaire import Questionnaire

from .atomic import write_atomically
from .strings import label
from .xlsx_style import add_styles, fit_row_height, header_row, put, set_widths, setup_page

FORMAT = "opsc-answer-template"
FORMAT_VERSION = "1"
META_SHEET = "_meta"
COLUMNS = ("question_id", "section", "paragraphs", "question", "answer", "na_reason", "comment")
WIDTHS = (11, 9, 11, 60, 13, 30, 45, 22)
ANSWER_COL = "E"
CODES = tuple(v.value for v in SCALE_ORDER)


class TemplateError(ValueError):
    """The file is not an answer template written by this application (or cannot be read)."""


@dataclass(frozen=True)
class TemplateRow:
    row: int  # the Excel row number, for messages
    question_id: str
    answer: str
    na_reason: str
    comment: str


@dataclass(frozen=True)
class TemplateContents:
    meta: dict[str, str] = field(default_factory=dict)
    rows: list[TemplateRow] = field(default_factory=list)


def write_answer_template(questionnaire: Questionnaire, answers: dict[str, Answer], lang: str,
                          path: str | os.PathLike[str], assessment_id: int | None = None) -> Path:
    wb = Workbook()
    add_styles(wb, lang)
    ws = wb.active
    assert ws is not None
    ws.title = label("sheet_answers", lang)
    legend = wb.create_sheet(label("sheet_legend", lang))
    _legend(legend, lang)
    _answers(ws, questionnaire, answers, lang, legend.title)
    meta = wb.create_sheet(META_SHEET)
    _meta(meta, questionnaire, lang, assessment_id, ws.title)
    meta.sheet_state = "hidden"
    return write_atomically(path, lambda tmp: wb.save(tmp), lang)


def _legend(ws: Worksheet, lang: str) -> None:
    setup_page(ws, lang)
    set_widths(ws, (14, 40))
    header_row(ws, 1, [label("code", lang), label("meaning", lang)], lang)
    for row, value in enumerate(SCALE_ORDER, start=2):
        put(ws, row, 1, value.value, lang, "cell_bold")
        put(ws, row, 2, ANSWER_LABELS[value].get(lang, ANSWER_LABELS[value]["en"]), lang, "cell")
    ws.merge_cells(start_row=len(SCALE_ORDER) + 3, start_column=1, end_row=len(SCALE_ORDER) + 3, end_column=2)
    put(ws, len(SCALE_ORDER) + 3, 1, label("template_help", lang), lang)
    fit_row_height(ws, len(SCALE_ORDER) + 3, (54,), (label("template_help", lang),))


def _answers(ws: Worksheet, q: Questionnaire, answers: dict[str, Answer], lang: str, legend: str) -> None:
    setup_page(ws, lang, landscape=True, title_rows="1:1")
    set_widths(ws, WIDTHS)
    header_row(ws, 1, [*COLUMNS, label("meaning", lang)], lang)
    lookup = f"'{legend.replace(chr(39), chr(39) * 2)}'!$A$2:$B${len(SCALE_ORDER) + 1}"
    row = 1
    for question in q.questions():
        row += 1
        a = answers.get(question.id)
        values = (question.id, question.section_id, question.paragraph_label, question.text.get(lang),
                  a.value.value if a and a.value else "", a.na_reason if a else "", a.comment if a else "")
        for col, value in enumerate(values, start=1):
            put(ws, row, col, value, lang, "cell")
        put(ws, row, 8, f'=IFERROR(VLOOKUP({ANSWER_COL}{row},{lookup},2,FALSE),"")', lang, "cell", formula=True)
        fit_row_height(ws, row, WIDTHS, values)
    dv = DataValidation(type="list", formula1=f'"{",".join(CODES)}"', allow_blank=True, showErrorMessage=True,
                        error=label("template_bad_value", lang), errorTitle=label("answer", lang))
    dv.add(f"{ANSWER_COL}2:{ANSWER_COL}{max(row, 2)}")
    ws.add_data_validation(dv)
    ws.freeze_panes = "B2"


def _meta(ws: Worksheet, q: Questionnaire, lang: str, assessment_id: int | None, sheet: str) -> None:
    pairs = [("format", FORMAT), ("format_version", FORMAT_VERSION), ("questionnaire_id", q.id),
             ("questionnaire_version", q.version), ("questionnaire_hash", q.content_hash),
             ("assessment_id", "" if assessment_id is None else str(assessment_id)), ("lang", lang),
             ("sheet", sheet), ("columns", ",".join(COLUMNS))]
    for row, (key, value) in enumerate(pairs, start=1):
        put(ws, row, 1, key, "en")
        put(ws, row, 2, value, "en")


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def _not_template(path: Path) -> TemplateError:
    return TemplateError(label("err_not_template", "en", name=path.name))


def read_answer_template(path: str | os.PathLike[str]) -> TemplateContents:
    """The meta data and the answer rows of a template; TemplateError when it is not one."""
    source = Path(path)
    try:
        wb = load_workbook(source, read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, ValueError, OSError) as e:
        raise _not_template(source) from e
    try:
        if META_SHEET not in wb.sheetnames:
            raise _not_template(source)
        meta = {_text(r[0]): _text(r[1]) for r in wb[META_SHEET].iter_rows(values_only=True, max_col=2) if r[0]}
        if meta.get("format") != FORMAT or meta.get("sheet") not in wb.sheetnames:
            raise _not_template(source)
        columns = meta.get("columns", ",".join(COLUMNS)).split(",")
        rows = [_row(number, dict(zip(columns, cells, strict=False)))
                for number, cells in enumerate(wb[meta["sheet"]].iter_rows(min_row=2, values_only=True), start=2)
                if any(_text(c) for c in cells[: len(columns)])]
    finally:
        wb.close()
    return TemplateContents(meta, rows)


def _row(number: int, cells: dict[str, object]) -> TemplateRow:
    return TemplateRow(number, _text(cells.get("question_id")), _text(cells.get("answer")),
                       _text(cells.get("na_reason")), _text(cells.get("comment")))
