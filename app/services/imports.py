"""Importing answers from a CSV file or an Excel answer template: the whole file is checked first,
then applied in one transaction, or nothing is.

CSV columns: question_id,answer,na_reason,comment (UTF-8 with or without BOM, UTF-16 with BOM, or
cp1252 from older Excel; comma or semicolon separated). Answers: fully|largely|partially|not|na|dont_know.

An import never erases: an empty cell leaves what is stored alone (clearing an answer is done in the
window), and only the fields that differ from what is stored are written. The limits below bound the
time and memory a hostile file can take; docs/file-formats.md lists them.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.domain.answers import Answer, AnswerValue
from app.domain.audit import Means

from .changes import Change
from .messages import FileRefused, Problem, shown
from .workspace import Workspace

COLUMNS = ("question_id", "answer", "na_reason", "comment")
TEXT_COLUMNS = ("na_reason", "comment")
VALUES = tuple(v.value for v in AnswerValue)

MAX_FILE_BYTES = 20 * 1024 * 1024  # an answers file: 20 MB
MAX_ROWS = 10_000  # lines of answers in one file (the questionnaire has a few hundred questions)
MAX_TEXT = 100_000  # characters in one reason or comment
# Control characters refused in a text (tab, line feed and carriage return are text): C0, DEL, C1, and the
# bidirectional overrides that make text display in another order than it is stored (U+202D, U+202E).
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202d\u202e]")
# in a short field (a title, a name, an id) no control character at all, line breaks and every
# bidirectional embedding or override included (marks such as U+200F and isolates are kept: Arabic needs them)
_CONTROL_SHORT = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2028\u2029]")


def control_in(text: str, long: bool = True) -> str | None:
    """The first control character of `text` that cannot be stored (long: a comment or reason), or None."""
    found = (_CONTROL if long else _CONTROL_SHORT).search(text)
    return found.group() if found else None


# what reads as a line break but is a control character (vertical tab, form feed, NEL, the Unicode line and
# paragraph separators): a new line in a long text; in a short field these and tab/CR/LF are a space
_BREAKS = re.compile("[\x0b\x0c\x85\u2028\u2029]")
_SHORT_SPACES = re.compile("[\t\n\r\x0b\x0c\x85\u2028\u2029]+")
_ISOLATES = re.compile("[\u2066-\u2069]")  # no isolate in a short field either (balanced or not)


def storable(text: str, long: bool = True) -> str:
    """`text` as it may be stored and written to an exchange file: what `control_in` refuses is taken out
    (the one rule for writing and reading): a line-break-like control becomes a new line (long) or a
    space (short), every other control and bidirectional override/embedding character is dropped (pasted
    from a word processor, e.g. U+202B…U+202C around Arabic). `control_in(storable(t, long), long)` is None."""
    if long:
        return _CONTROL.sub("", _BREAKS.sub("\n", text))
    return _ISOLATES.sub("", _CONTROL_SHORT.sub("", _SHORT_SPACES.sub(" ", text)))


csv.field_size_limit(MAX_TEXT * 4 + 1024)  # our own limit is checked below, with a clear message


class ImportRefused(FileRefused):
    """The file was refused; nothing was changed."""


@dataclass(frozen=True)
class PlannedRow:
    line: int
    question_id: str
    values: dict[str, Any]  # only the fields that differ from what is stored
    before: str | None  # the answer stored now (value code), for the preview

    @property
    def after(self) -> str | None:
        return str(self.values["value"]) if "value" in self.values else self.before


@dataclass
class ImportPlan:
    assessment_id: int
    source: Path
    rows: list[PlannedRow] = field(default_factory=list)
    unchanged: int = 0  # lines of the file that match what is stored (or are blank)

    @property
    def changed(self) -> int:
        """The number of questions whose stored answer, reason or comment the import changes."""
        return len(self.rows)

    @property
    def read(self) -> int:
        return len(self.rows) + self.unchanged


Rows = list[tuple[int, dict[str, str]]]


# a well-formed UTF-8 sequence of two to four bytes: text holding one is UTF-8, not Windows-1252
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


def _decode(raw: bytes, name: str) -> str:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError:
            raise ImportRefused([Problem(name, "encoding")]) from None
    if b"\x00" in raw[:4096]:
        raise ImportRefused([Problem(name, "binary")])
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        if _UTF8_SEQUENCE.search(raw):  # UTF-8 text with a stray byte: cp1252 would turn every accent to mojibake
            line = raw[:e.start].count(b"\n") + 1
            raise ImportRefused([Problem(name, "encoding_byte", line, {"byte": f"0x{raw[e.start]:02X}"})]) \
                from None
    try:
        return raw.decode("cp1252")
    except UnicodeDecodeError:
        raise ImportRefused([Problem(name, "encoding")]) from None


def _check_size(path: Path) -> None:
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise ImportRefused([Problem(path.name, "too_big", values={
            "size": f"{size / 2**20:.1f}", "limit": MAX_FILE_BYTES // 2**20})])


def read_bytes(path: Path) -> bytes:
    """The file's bytes, refusing a missing, unreadable or oversized file by name."""
    try:
        _check_size(path)
        return path.read_bytes()
    except FileNotFoundError:
        raise ImportRefused([Problem(path.name, "not_found")]) from None
    except OSError as e:
        raise ImportRefused([Problem(path.name, "unreadable", values={"reason": e.strerror or type(e).__name__})]) \
            from None


def read_csv_rows(path: Path, known: frozenset[str] = frozenset()) -> Rows:
    name = path.name
    text = _decode(read_bytes(path), name)
    if not text.strip():
        raise ImportRefused([Problem(name, "empty", values={"header": ",".join(COLUMNS)})])
    first = text.split("\n", 1)[0]  # not splitlines(): it also splits at \x1c-\x1e, \x85, \u2028...
    # comma, semicolon (French Excel) or tab (Excel's "Unicode text"): the one the header line uses most
    delimiter = max((",", ";", "\t"), key=first.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    try:
        header = [h.strip().lower() for h in next(reader)]
    except (csv.Error, StopIteration):
        header = [first[:60]]
    if header[: len(COLUMNS)] != list(COLUMNS):
        raise ImportRefused([Problem(name, "header", 1, {"found": shown(",".join(header)),
                                                         "header": ",".join(COLUMNS)})])
    rows: Rows = []
    start = reader.line_num + 1
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as e:  # strict: a stray quote is refused, never guessed at
            unclosed = "end of data" in str(e)
            raise ImportRefused([Problem(name, "quote_unclosed" if unclosed else "csv_syntax",
                                         start if unclosed else reader.line_num)]) from None
        line, start = start, reader.line_num + 1
        if len(rows) >= MAX_ROWS:
            raise ImportRefused([Problem(name, "too_many_rows", line, {"limit": MAX_ROWS, "n": len(known)})])
        if not any(c.strip() for c in cells):
            continue
        swallowed = _swallowed(cells, delimiter, known)
        if swallowed:
            raise ImportRefused([Problem(name, "quote_swallow", line, {"end": start - 1, "qid": shown(swallowed)})])
        cells += [""] * (len(COLUMNS) - len(cells))
        rows.append((line, dict(zip(COLUMNS, (c.strip() for c in cells), strict=False))))
    if not rows:
        raise ImportRefused([Problem(name, "no_rows")])
    return rows


def _swallowed(cells: list[str], delimiter: str, known: frozenset[str]) -> str | None:
    """The id of a question whose own line ended up inside a quoted text (a missing closing quote)."""
    for cell in cells[1:]:
        for piece in cell.splitlines()[1:]:
            head = piece.split(delimiter, 1)[0].strip().strip('"')
            if head in known and delimiter in piece:
                return head
    return None


def plan_rows(ws: Workspace, assessment_id: int, source: Path, rows: Rows) -> ImportPlan:
    known = {q.id for q in ws.questionnaire.questions()}
    current = ws.answers(assessment_id)
    problems: list[Problem] = []
    plan = ImportPlan(assessment_id, source)
    seen: dict[str, int] = {}
    for line, r in rows:
        found = _check_row(source.name, line, r, known, seen, current)
        if isinstance(found, Problem):
            problems.append(found)
            continue
        if found:
            before = current.get(r["question_id"])
            plan.rows.append(PlannedRow(line, r["question_id"], found,
                                        before.value.value if before and before.value else None))
        else:
            plan.unchanged += 1
    if problems:
        raise ImportRefused(problems)
    return plan


def _check_row(name: str, line: int, r: dict[str, str], known: set[str], seen: dict[str, int],
               current: dict[str, Answer]) -> Problem | dict[str, Any]:
    """What one row would change (only the fields that differ, never an empty cell), or its problem."""
    qid, value = r["question_id"], r["answer"].lower()
    if qid not in known:
        return Problem(name, "unknown_id", line, {"qid": shown(qid)})
    if qid in seen:
        return Problem(name, "duplicate", line, {"qid": qid, "first": seen[qid]})
    seen[qid] = line
    if value and value not in VALUES:
        return Problem(name, "bad_answer", line, {"value": shown(r["answer"]), "values": "|".join(VALUES)})
    if r.get("stale"):  # a template's long text: never glue the end of the old text to a new beginning
        return Problem(name, "template_stale_tail", line, {"qid": qid, "column": r["stale"],
                                                           "cells": r.get("stale_cells", "")})
    for column in TEXT_COLUMNS:
        text = r.get(column, "")
        if len(text) > MAX_TEXT:
            return Problem(name, "too_long", line, {"column": column, "n": len(text), "limit": MAX_TEXT})
        bad = _CONTROL.search(text)
        if bad:
            return Problem(name, "control", line, {"column": column, "char": shown(bad.group())})
    stored = current.get(qid) or Answer(qid)
    if value == "na" and not (r.get("na_reason") or stored.na_reason):
        return Problem(name, "na_no_reason", line, {"qid": qid})
    wanted = {"value": value, "na_reason": r.get("na_reason", ""), "comment": r.get("comment", "")}
    have = {"value": stored.value.value if stored.value else "",
            "na_reason": stored.na_reason.strip(),
            "comment": stored.comment.strip()}
    changes: dict[str, Any] = {k: v for k, v in wanted.items() if v and v != have[k]}
    # a carried-over answer (follow-up review) is confirmed by another value, or by clearing its
    # "carried over" cell in the template; the same value given again (a template sent back
    # unchanged, a CSV of the earlier answers) leaves it to confirm
    if stored.carried_over and "value" not in changes and r.get("carried_over") == "" and value == have["value"]:
        changes["carried_over"] = False
    return changes


def read_import(ws: Workspace, assessment_id: int, path: Path) -> ImportPlan:
    """Check the whole file; raise ImportRefused listing the bad rows, or return what would change."""
    if not path.is_file():
        raise ImportRefused([Problem(str(path), "not_found")])
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        from app.export.template import TemplateError, read_answer_template

        _check_size(path)
        try:
            contents = read_answer_template(path)
        except TemplateError as e:
            raise ImportRefused([Problem(path.name, e.key, values=e.values)]) from e
        rows = template_rows(ws, assessment_id, path, contents)
    else:
        rows = read_csv_rows(path, frozenset(q.id for q in ws.questionnaire.questions()))
    return plan_rows(ws, assessment_id, path, rows)


def template_fits(q: Any, meta: dict[str, str]) -> bool:
    """A template fits when it asks the same questions with the same meaning: a wording or translation
    fix since it was written (another content fingerprint, same meaning fingerprint) does not matter."""
    if meta.get("questionnaire_id") != q.id:
        return False
    if meta.get("questionnaire_meaning"):
        return bool(meta["questionnaire_meaning"] == q.meaning_hash)
    # written before meaning fingerprints: the same version, and either the same content or a version
    # whose frozen meaning is the current one
    if meta.get("questionnaire_version") != q.version:
        return False
    if meta.get("questionnaire_hash") in (None, "", q.content_hash):
        return True
    frozen = q.snapshot(q.version)
    return frozen is not None and frozen.meaning_hash == q.meaning_hash


def template_rows(ws: Workspace, assessment_id: int, path: Path, contents: Any) -> Rows:
    meta = contents.meta
    q = ws.questionnaire
    if not template_fits(q, meta):
        raise ImportRefused([Problem(path.name, "wrong_version", values={
            "qid": shown(meta.get("questionnaire_id")), "version": shown(meta.get("questionnaire_version")),
            "app_qid": q.id, "app_version": q.version})])
    made_for = meta.get("assessment_uid") or ""  # older templates carry none: read as before
    if made_for:
        target = ws.repo.assessment(assessment_id)
        if made_for != target.uid:
            raise ImportRefused([Problem(path.name, "template_other_assessment", values={
                "country": shown(meta.get("country") or "?"), "title": shown(target.title),
                "id": assessment_id})])
    if len(contents.rows) > MAX_ROWS:
        raise ImportRefused([Problem(path.name, "too_many_rows", values={"limit": MAX_ROWS,
                                                                         "n": len(q.questions())})])
    return [(r.row, {"question_id": r.question_id, "answer": r.answer, "na_reason": r.na_reason,
                     "comment": r.comment, **({} if r.carried_over is None else {"carried_over": r.carried_over}),
                     **({"stale": r.stale[0][0], "stale_cells": r.stale[0][1]} if r.stale else {})})
            for r in contents.rows]


def apply_import(ws: Workspace, plan: ImportPlan) -> Change:
    """Write the planned rows in one transaction, after a backup; a plan with nothing to change writes nothing."""
    if plan.rows:
        from .backups import backup_before

        backup_before(ws, "import")
    return ws.set_answers(plan.assessment_id, [(r.question_id, dict(r.values)) for r in plan.rows],
                          means=Means.IMPORT)
