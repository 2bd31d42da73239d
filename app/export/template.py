"""The Excel answer template: one row per question to fill in offline, and reading it back.

The answer column holds the codes fully|largely|partially|not|na|dont_know (drop-down list); the
Legend sheet and a help column show what they mean in the template's language. A hidden sheet
records which questionnaire (id, version, content hash) the template was made for. Checking the
values and ids read back is the caller's job (app.services.imports).
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from openpyxl import Workbook, load_workbook
from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import InvalidFileException
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from app.domain.answers import ANSWER_LABELS, SCALE_ORDER, Answer
from app.domain.questionnaire import Questionnaire

from .atomic import write_atomically
from .strings import label
from .xlsx_style import add_styles, fit_row_height, header_row, put, save_workbook, set_widths, setup_page

log = logging.getLogger(__name__)

FORMAT = "opsc-answer-template"
FORMAT_VERSION = "1"
META_SHEET = "_meta"
COLUMNS = ("question_id", "section", "paragraphs", "question", "answer", "na_reason", "comment")
LONG_COLUMNS = ("na_reason", "comment")  # text longer than a cell holds goes on in <name>_2, <name>_3...
PART = 32_000  # UTF-16 units per cell, under Excel's 32,767 characters
# Limits when reading a template back (docs/file-formats.md): bounded time and memory for any file.
MAX_EXPANDED = 16 * 2**20  # bytes of all the workbook's parts once unpacked (a template: ~0.5 MB)
MAX_PARTS = 1_000  # files inside the workbook's zip
MAX_SHARED_STRINGS = 100_000  # distinct texts in the workbook (a template: a few thousand)
MAX_CELLS = 200_000  # cells in all its sheets (a template: 242 rows of 10-15 cells)
MAX_ROWS = 10_000  # rows of answers read
WIDTHS = (11, 9, 11, 60, 13, 30, 45, 22, 24)
ANSWER_COL = "E"
CODES = tuple(v.value for v in SCALE_ORDER)


class TemplateError(ValueError):
    """The file is not an answer template written by this application (or cannot be read).

    `key` and `values` name the message (app.services.messages) so the caller can translate it."""

    def __init__(self, message: str, key: str = "not_template", **values: object):
        super().__init__(message)
        self.key = key
        self.values = values


@dataclass(frozen=True)
class TemplateRow:
    row: int  # the Excel row number, for messages
    question_id: str
    answer: str
    na_reason: str
    comment: str
    # the "carried over" cell of a follow-up's template (None: a template without that column); the
    # person clears it to confirm the carried-over answer as it is
    carried_over: str | None = None
    # long texts whose first cell was changed while their continuation cells were left as written: joining
    # them would glue the end of the old text to the new one. (column, its continuation columns as shown)
    stale: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class TemplateContents:
    meta: dict[str, str] = field(default_factory=dict)
    rows: list[TemplateRow] = field(default_factory=list)


def write_answer_template(questionnaire: Questionnaire, answers: dict[str, Answer], lang: str,
                          path: str | os.PathLike[str], assessment_id: int | None = None,
                          assessment_uid: str = "", country: str = "") -> Path:
    wb = Workbook()
    add_styles(wb, lang)
    ws = wb.active
    assert ws is not None
    ws.title = label("sheet_answers", lang)
    legend = wb.create_sheet(label("sheet_legend", lang))
    _legend(legend, lang)
    columns, checks = _answers(ws, questionnaire, answers, lang, legend.title)
    meta = wb.create_sheet(META_SHEET)
    _meta(meta, questionnaire, lang, assessment_id, ws.title, columns,
          [("assessment_uid", assessment_uid), ("country", country), *checks, *_prefilled(answers)])
    meta.sheet_state = "hidden"
    return write_atomically(path, lambda tmp: save_workbook(wb, tmp), lang)


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


def split_text(text: str, size: int = PART) -> list[str]:
    """`text` in pieces of at most `size` UTF-16 units (what Excel counts), never splitting a character."""
    parts: list[str] = []
    start = units = 0
    for i, c in enumerate(text):
        width = 2 if ord(c) > 0xFFFF else 1
        if units + width > size:
            parts.append(text[start:i])
            start, units = i, 0
        units += width
    parts.append(text[start:])
    return parts


def continuation_columns(answers: dict[str, Answer]) -> list[str]:
    """The extra columns the longest reason and comment need: na_reason_2, comment_2, comment_3..."""
    extra = []
    for name in LONG_COLUMNS:
        most = max((len(split_text(getattr(a, name))) for a in answers.values()), default=1)
        extra += [f"{name}_{n}" for n in range(2, most + 1)]
    return extra


def text_digest(text: str) -> str:
    """A short fingerprint of a text as read back, blind to changes of white space only (line ends,
    spaces Excel or the person may add): it tells whether a cell was edited, nothing more."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()[:16]


def _long_check(first: object, rest: list[object]) -> str:
    """What the hidden sheet records of a long text split across cells: the fingerprint of its first cell
    and of its continuation cells joined, as written."""
    return f"{text_digest(_raw(first))} {text_digest(''.join(_raw(p) for p in rest))}"


def _answers(ws: Worksheet, q: Questionnaire, answers: dict[str, Answer], lang: str, legend: str
             ) -> tuple[list[str], list[tuple[str, str]]]:
    """Writes the answer rows; returns the columns and, for each text split across cells, the check
    that lets the import see a first cell edited while its continuation was not (`long:QID:column`)."""
    extra = continuation_columns(answers)
    checks: list[tuple[str, str]] = []
    setup_page(ws, lang, landscape=True, title_rows="1:1")
    set_widths(ws, (*WIDTHS, *(30,) * len(extra)))
    header_row(ws, 1, [*COLUMNS, label("meaning", lang), label("carried_over_col", lang), *extra], lang)
    lookup = f"'{legend.replace(chr(39), chr(39) * 2)}'!$A$2:$B${len(SCALE_ORDER) + 1}"
    row = 1
    for question in q.questions():
        row += 1
        a = answers.get(question.id) or Answer(question.id)
        parts = {name: split_text(getattr(a, name)) for name in LONG_COLUMNS}
        values = (question.id, question.section_id, question.paragraph_label, question.text.get(lang),
                  a.value.value if a.value else "", parts["na_reason"][0], parts["comment"][0])
        for col, value in enumerate(values, start=1):  # the reason and comment come back on import: verbatim
            put(ws, row, col, value, lang, "cell", verbatim=col >= 6)
        put(ws, row, 8, f'=IFERROR(VLOOKUP({ANSWER_COL}{row},{lookup},2,FALSE),"")', lang, "cell", formula=True)
        put(ws, row, 9, label("carried_over_mark", lang) if a.carried_over else "", lang, "cell")
        for col, name in enumerate(extra, start=10):
            base, n = name.rsplit("_", 1)
            pieces = parts[base]
            put(ws, row, col, pieces[int(n) - 1] if int(n) <= len(pieces) else "", lang, "cell", verbatim=True)
        for name in LONG_COLUMNS:
            if len(parts[name]) > 1:  # the cells as written (clean_text may have dropped characters)
                first = ws.cell(row=row, column=COLUMNS.index(name) + 1).value
                rest = [ws.cell(row=row, column=col).value for col, x in enumerate(extra, start=10)
                        if x.rsplit("_", 1)[0] == name]
                checks.append((f"long:{question.id}:{name}", _long_check(first, rest)))
        fit_row_height(ws, row, WIDTHS, values)
    dv = DataValidation(type="list", formula1=f'"{",".join(CODES)}"', allow_blank=True, showErrorMessage=True,
                        error=label("template_bad_value", lang), errorTitle=label("answer", lang))
    dv.add(f"{ANSWER_COL}2:{ANSWER_COL}{max(row, 2)}")
    ws.add_data_validation(dv)
    ws.freeze_panes = "B2"
    return [*COLUMNS, "meaning", "carried_over", *extra], checks


def prefill_mark(value: str, na_reason: str, comment: str) -> str:
    """A short fingerprint of what a template row held when it was written (answer code, reason, comment),
    kept in the hidden sheet: a row still holding it was not answered by whoever filled the template."""
    text = json.dumps([value.strip().lower(), na_reason.strip(), comment.strip()], ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def _prefilled(answers: dict[str, Answer]) -> list[tuple[str, str]]:
    """The hidden sheet's rows "prefilled", "prefilled_2"...: question id:fingerprint of every row written
    with an answer, a reason or a comment in it (split across rows: a cell holds 32,767 characters)."""
    text = ",".join(f"{qid}:{prefill_mark(a.value.value if a.value else '', a.na_reason, a.comment)}"
                    for qid, a in sorted(answers.items()) if a.value or a.na_reason.strip() or a.comment.strip())
    parts = [p for p in split_text(text) if p]
    count = sum(1 for qid, a in answers.items() if a.value or a.na_reason.strip() or a.comment.strip())
    # the count lets the reader tell a list cut short (a row deleted by hand) from a complete one
    return [("prefilled_count", str(count)),
            *((f"prefilled_{n}" if n > 1 else "prefilled", part) for n, part in enumerate(parts, start=1))]


def prefilled_marks(meta: dict[str, str]) -> dict[str, str]:
    """The fingerprints of the pre-filled rows a template's hidden sheet holds (none in older templates).
    check_meta has refused a damaged list before this reads it."""
    text, n = meta.get("prefilled", ""), 2
    while f"prefilled_{n}" in meta:
        text += meta[f"prefilled_{n}"]
        n += 1
    return dict(pair.split(":", 1) for pair in text.split(",") if ":" in pair)


_QID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")
_MARK = re.compile(r"[0-9a-f]{16}")
_LONG = re.compile(r"[0-9a-f]{16} [0-9a-f]{16}")
_LONG_KEY = re.compile(r"long:[A-Za-z0-9][A-Za-z0-9._-]{0,63}:(na_reason|comment)")
_UID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
_COLUMN = re.compile(r"(question_id|section|paragraphs|question|answer|na_reason|comment|meaning|carried_over"
                     r"|(na_reason|comment)_[2-9]|(na_reason|comment)_[1-9][0-9]{1,2})")


_QUESTIONNAIRE_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,199}")


def check_meta(meta: dict[str, str], name: str) -> None:
    """Refuse a hidden sheet that is there but damaged or edited (TemplateError "template_meta_damaged"
    naming the entry), or that a newer version of the application wrote ("template_newer_format").

    What the sheet says decides which rows count as a group's own answers (the pre-filled fingerprints)
    and which assessment the template is for: a garbled entry read as "absent" would make every row
    count, so only what this application writes is accepted. A template written before an entry existed
    simply lacks it (no assessment_uid, no prefilled list): that is read as before."""
    def damaged(entry: str) -> TemplateError:
        return TemplateError(f"{name}: hidden sheet entry '{entry}' damaged", "template_meta_damaged",
                             entry=entry[:40])

    version = meta.get("format_version", "")
    if not version.isascii() or not version.isdigit():
        raise damaged("format_version")
    if int(version) > int(FORMAT_VERSION):
        raise TemplateError(f"{name}: template format {version}", "template_newer_format",
                            version=version[:10], supported=FORMAT_VERSION)
    if "questionnaire_id" in meta and not _QUESTIONNAIRE_ID.fullmatch(meta["questionnaire_id"]):
        raise damaged("questionnaire_id")  # emptied, or a formula ('=...' read without its value)
    if meta.get("assessment_id") and not (meta["assessment_id"].isascii() and meta["assessment_id"].isdigit()):
        raise damaged("assessment_id")
    if meta.get("assessment_uid") and not _UID.fullmatch(meta["assessment_uid"]):
        raise damaged("assessment_uid")
    columns = meta.get("columns", ",".join(COLUMNS)).split(",")
    if not {"question_id", "answer"} <= set(columns) or len(set(columns)) != len(columns) \
            or not all(_COLUMN.fullmatch(c) for c in columns):
        raise damaged("columns")
    for key, value in meta.items():
        if key.startswith("long:") and (not _LONG.fullmatch(value) or not _LONG_KEY.fullmatch(key)):
            raise damaged(key if _LONG_KEY.fullmatch(key) else "long")
    parts = sorted(key for key in meta if key.startswith("prefilled_") and key != "prefilled_count")
    numbers = [int(k[10:]) if k[10:].isascii() and k[10:].isdigit() else 0 for k in parts]
    if sorted(numbers) != list(range(2, 2 + len(numbers))) or (numbers and "prefilled" not in meta):
        raise damaged("prefilled")  # a part without the one before it, or an entry we never write
    text, n = meta.get("prefilled", ""), 2
    while f"prefilled_{n}" in meta:
        text += meta[f"prefilled_{n}"]
        n += 1
    pairs = [p.split(":", 1) for p in text.split(",")] if text else []
    if any(len(p) != 2 or not _QID.fullmatch(p[0]) or not _MARK.fullmatch(p[1]) for p in pairs) \
            or len({p[0] for p in pairs}) != len(pairs):
        raise damaged("prefilled")
    count = meta.get("prefilled_count")
    if count is not None and (not count.isascii() or not count.isdigit() or int(count) != len(pairs)):
        raise damaged("prefilled_count")  # a row of fingerprints deleted, or the count edited


def _meta(ws: Worksheet, q: Questionnaire, lang: str, assessment_id: int | None, sheet: str,
          columns: list[str], checks: list[tuple[str, str]]) -> None:
    pairs = [("format", FORMAT), ("format_version", FORMAT_VERSION), ("questionnaire_id", q.id),
             ("questionnaire_version", q.version), ("questionnaire_hash", q.content_hash),
             ("questionnaire_meaning", q.meaning_hash),
             ("assessment_id", "" if assessment_id is None else str(assessment_id)), ("lang", lang),
             ("sheet", sheet), ("columns", ",".join(columns)), *checks]
    for row, (key, value) in enumerate(pairs, start=1):
        put(ws, row, 1, key, "en")
        put(ws, row, 2, value, "en")


def _raw(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value)


def _text(value: object) -> str:
    return _raw(value).strip()


def _not_template(path: Path) -> TemplateError:
    return TemplateError(label("err_not_template", "en", name=path.name))


def _mb(size: int) -> str:
    """A size in MB with one decimal (4.8, not 4), rounded up so that a file over a limit never reads as
    the limit itself."""
    tenths = -(-size * 10 // 2**20)
    return f"{tenths // 10}.{tenths % 10}"


def check_expanded_size(path: Path, limit: int = MAX_EXPANDED) -> None:
    """Refuse a workbook whose parts would expand beyond `limit` bytes (a 'zip bomb': a few MB of
    repeated shared strings that openpyxl would unpack to gigabytes), or that holds more parts, shared
    texts or cells than any answer template, before openpyxl reads it. The sizes are the ones the zip
    declares; Python's zipfile never unpacks more than declared."""
    try:
        with zipfile.ZipFile(path) as z:
            infos = z.infolist()
            if len(infos) > MAX_PARTS:
                raise TemplateError(f"{path.name}: {len(infos)} parts", "xlsx_too_many_parts", n=len(infos),
                                    limit=MAX_PARTS)
            total = 0
            for info in infos:
                total += info.file_size
                if total > limit:
                    raise TemplateError(f"{path.name}: expands to {_mb(total)} MB (part {info.filename})",
                                        "xlsx_too_big", size=_mb(total), part=info.filename[:60],
                                        limit=limit // 2**20)
            _check_counts(path, z, infos)
    except TemplateError:
        raise
    except OSError as e:
        raise TemplateError(f"{path.name}: {e.strerror}", "unreadable", reason=e.strerror or type(e).__name__) from e
    except (zipfile.BadZipFile, ValueError) as e:
        raise _not_template(path) from e
    except (NotImplementedError, EOFError, RuntimeError, zlib.error) as e:  # e.g. "zip file version 6.4" (fuzzing)
        raise TemplateError(f"{path.name}: damaged ({e})", "xlsx_damaged") from e


# An element opening, with or without a namespace prefix: <si>, <si ...>, <x:c r="A1">
_SHARED = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?si[\s>/]")
_CELL = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?c[\s>/]")


def _count(z: zipfile.ZipFile, info: zipfile.ZipInfo, pattern: re.Pattern[bytes], limit: int) -> int:
    """How many times `pattern` opens in a part, streamed 1 MB at a time; stops once past `limit`."""
    n, tail = 0, b""
    with z.open(info) as f:
        while chunk := f.read(2**20):
            data = tail + chunk
            cut = max(0, len(data) - 64)  # a match cut by the chunk's end is found with the next one
            n += len(pattern.findall(data, 0, cut))
            tail = data[cut:]
            if n > limit:
                return n
    return n + len(pattern.findall(tail))


def _check_counts(path: Path, z: zipfile.ZipFile, infos: list[zipfile.ZipInfo]) -> None:
    """A template has a few thousand cells and shared texts (242 questions): a workbook with far more is
    refused before openpyxl builds them all in memory (2.6 million tiny shared strings in 56 MB took
    45 s and 470 MB)."""
    cells = 0
    for info in infos:
        name = info.filename.lower()
        if name.endswith("sharedstrings.xml"):
            found = _count(z, info, _SHARED, MAX_SHARED_STRINGS)
            if found > MAX_SHARED_STRINGS:
                raise TemplateError(f"{path.name}: more than {MAX_SHARED_STRINGS} shared strings",
                                    "xlsx_too_many_strings", limit=MAX_SHARED_STRINGS)
        elif name.startswith("xl/worksheets/") and name.endswith(".xml"):
            cells += _count(z, info, _CELL, MAX_CELLS - cells)
            if cells > MAX_CELLS:
                raise TemplateError(f"{path.name}: more than {MAX_CELLS} cells", "xlsx_too_many_cells",
                                    limit=MAX_CELLS)


def read_answer_template(path: str | os.PathLike[str]) -> TemplateContents:
    """The meta data and the answer rows of a template; TemplateError when it is not one."""
    source = Path(path)
    check_expanded_size(source)
    try:
        with source.open("rb") as f:  # closed by us even when openpyxl fails half-way
            return _read(f, source)
    except TemplateError:
        raise
    except OSError as e:
        raise TemplateError(f"{source.name}: {e.strerror}", "unreadable", reason=e.strerror or type(e).__name__) \
            from e
    except (InvalidFileException, zipfile.BadZipFile, KeyError) as e:
        raise _not_template(source) from e
    except Exception as e:  # a damaged zip or XML makes zlib, zipfile or openpyxl raise almost anything
        log.warning("workbook %s cannot be read", source.name, exc_info=True)  # the traceback is kept, not hidden
        raise TemplateError(f"{source.name}: damaged ({type(e).__name__})", "xlsx_damaged") from e


def _read(f: BinaryIO, source: Path) -> TemplateContents:
    wb = load_workbook(f, read_only=True, data_only=True)
    try:
        if META_SHEET not in wb.sheetnames:
            raise _not_template(source)
        entries = [(_text(r[0]), _text(r[1])) for r in wb[META_SHEET].iter_rows(values_only=True, max_col=2)
                   if r and r[0]]
        meta = dict(entries)
        if len(meta) != len(entries) and meta.get("format") == FORMAT:  # an entry given twice: which one holds?
            twice = next(k for k in meta if sum(1 for e in entries if e[0] == k) > 1)
            raise TemplateError(f"{source.name}: hidden sheet entry given twice", "template_meta_damaged",
                                entry=twice[:40] if _QID.fullmatch(twice.replace(":", "")) else "?")
        if meta.get("format") != FORMAT:
            raise _not_template(source)
        check_meta(meta, source.name)
        if meta.get("sheet") not in wb.sheetnames:
            raise _not_template(source)
        columns = meta.get("columns", ",".join(COLUMNS)).split(",")
        sheet = wb[meta["sheet"]].iter_rows(min_row=2, max_row=MAX_ROWS + 2, max_col=len(columns),
                                            values_only=True)
        rows = [_row(number, dict(zip(columns, cells, strict=False)), meta)
                for number, cells in enumerate(sheet, start=2) if any(_text(c) for c in cells)]
    finally:
        wb.close()
    return TemplateContents(meta, rows)


def _joined(cells: dict[str, object], name: str) -> str:
    """A long text read back from its cell and continuation cells (<name>_2, <name>_3...)."""
    parts, n = [cells.get(name)], 2
    while f"{name}_{n}" in cells:
        parts.append(cells[f"{name}_{n}"])
        n += 1
    return "".join(_raw(p) for p in parts).strip()


def _continuations(cells: dict[str, object], name: str) -> list[str]:
    names, n = [], 2
    while f"{name}_{n}" in cells:
        names.append(f"{name}_{n}")
        n += 1
    return names


def _stale(cells: dict[str, object], meta: dict[str, str], qid: str) -> tuple[tuple[str, str], ...]:
    """The long texts of this row whose first cell was edited (changed or cleared) while their
    continuation cells still hold the end of the text as it was written."""
    out = []
    columns = list(cells)
    for name in LONG_COLUMNS:
        check = meta.get(f"long:{qid}:{name}", "").split()
        more = _continuations(cells, name)
        if len(check) != 2 or not more:
            continue
        first, rest = _long_check(cells.get(name), [cells[m] for m in more]).split()
        if rest == check[1] != text_digest("") and first != check[0]:
            out.append((name, ", ".join(f"{get_column_letter(columns.index(m) + 1)} ({m})" for m in more)))
    return tuple(out)


def _row(number: int, cells: dict[str, object], meta: dict[str, str] | None = None) -> TemplateRow:
    qid = _text(cells.get("question_id"))
    return TemplateRow(number, qid, _text(cells.get("answer")),
                       _joined(cells, "na_reason"), _joined(cells, "comment"),
                       _text(cells.get("carried_over")) if "carried_over" in cells else None,
                       _stale(cells, meta or {}, qid))
