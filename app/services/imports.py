"""Importing answers from a CSV file or an Excel answer template: the whole file is checked first,
then applied in one transaction, or nothing is.

CSV columns: question_id,answer,na_reason,comment (UTF-8 with or without BOM, or cp1252 from older
Excel; comma or semicolon separated). Answers: fully|largely|partially|not|na|dont_know.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.domain.answers import AnswerValue

from .workspace import Workspace

COLUMNS = ("question_id", "answer", "na_reason", "comment")
VALUES = tuple(v.value for v in AnswerValue)


class ImportRefused(Exception):
    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("\n".join(problems))


@dataclass(frozen=True)
class PlannedRow:
    line: int
    question_id: str
    values: dict[str, Any]
    before: str | None  # the answer stored now (value code), for the preview


@dataclass
class ImportPlan:
    assessment_id: int
    source: Path
    rows: list[PlannedRow] = field(default_factory=list)

    @property
    def changed(self) -> int:
        return sum(1 for r in self.rows if r.before != r.values.get("value"))


def _decode(raw: bytes, name: str) -> str:
    for enc in ("utf-8-sig", "cp1252"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            continue
    raise ImportRefused([f"{name}: the file is neither UTF-8 nor Windows-1252 text; save it as 'CSV UTF-8'"])


def read_csv_rows(path: Path) -> list[tuple[int, dict[str, str]]]:
    try:
        raw = path.read_bytes()
    except OSError as e:
        raise ImportRefused([f"{path.name}: cannot be read ({e.strerror or e})"]) from e
    text = _decode(raw, path.name)
    if not text.strip():
        raise ImportRefused([f"{path.name}: the file is empty; it needs a header line {','.join(COLUMNS)}"])
    first = text.splitlines()[0]
    delimiter = ";" if first.count(";") > first.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    header = [h.strip().lower() for h in next(reader)]
    if header[: len(COLUMNS)] != list(COLUMNS):
        raise ImportRefused([f"{path.name}:1: the header is '{','.join(header)}'; it must be {','.join(COLUMNS)}"])
    rows = []
    for cells in reader:
        line = reader.line_num
        if not any(c.strip() for c in cells):
            continue
        cells += [""] * (len(COLUMNS) - len(cells))
        rows.append((line, dict(zip(COLUMNS, (c.strip() for c in cells), strict=False))))
    if not rows:
        raise ImportRefused([f"{path.name}: the file has a header but no answers"])
    return rows


def plan_rows(ws: Workspace, assessment_id: int, source: Path, rows: list[tuple[int, dict[str, str]]]) -> ImportPlan:
    known = {q.id for q in ws.questionnaire.questions()}
    current = ws.answers(assessment_id)
    problems: list[str] = []
    plan = ImportPlan(assessment_id, source)
    seen: dict[str, int] = {}
    for line, r in rows:
        qid, value = r["question_id"], r["answer"].lower()
        where = f"{source.name}:{line}"
        if qid not in known:
            problems.append(f"{where}: unknown question id '{qid}'")
            continue
        if qid in seen:
            problems.append(f"{where}: question '{qid}' already appears on line {seen[qid]}; keep one line")
            continue
        seen[qid] = line
        if value and value not in VALUES:
            problems.append(f"{where}: '{r['answer']}' is not an answer; use one of {'|'.join(VALUES)}")
            continue
        if value == "na" and not r.get("na_reason"):
            problems.append(f"{where}: '{qid}' is not applicable but has no reason; write it in na_reason")
            continue
        values: dict[str, Any] = {"value": value or None, "na_reason": r.get("na_reason", "")}
        if r.get("comment"):
            values["comment"] = r["comment"]
        before = current.get(qid)
        plan.rows.append(PlannedRow(line, qid, values, before.value.value if before and before.value else None))
    if problems:
        raise ImportRefused(problems)
    return plan


def read_import(ws: Workspace, assessment_id: int, path: Path) -> ImportPlan:
    """Check the whole file; raise ImportRefused listing every bad row, or return what would change."""
    if not path.exists():
        raise ImportRefused([f"{path}: file not found"])
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        from app.export.template import TemplateError, read_answer_template

        try:
            contents = read_answer_template(path)
        except TemplateError as e:
            raise ImportRefused([str(e)]) from e
        rows = template_rows(ws, assessment_id, path, contents)
    else:
        rows = read_csv_rows(path)
    return plan_rows(ws, assessment_id, path, rows)


def template_rows(ws: Workspace, assessment_id: int, path: Path, contents: Any) -> list[tuple[int, dict[str, str]]]:
    meta = contents.meta
    q = ws.questionnaire
    if (meta.get("questionnaire_id"), meta.get("questionnaire_version")) != (q.id, q.version) or \
            meta.get("questionnaire_hash") not in (None, "", q.content_hash):
        raise ImportRefused([
            f"{path.name}: this template was made for questionnaire {meta.get('questionnaire_id')} version "
            f"{meta.get('questionnaire_version')}, but the app uses {q.id} version {q.version}. The questions may "
            "differ, so it is refused: write a new template from this app and copy the answers into it."])
    return [(r.row, {"question_id": str(r.question_id or "").strip(), "answer": str(r.answer or "").strip(),
                     "na_reason": str(r.na_reason or "").strip(), "comment": str(r.comment or "").strip()})
            for r in contents.rows]


def apply_import(ws: Workspace, plan: ImportPlan) -> None:
    ws.set_answers(plan.assessment_id, [(r.question_id, dict(r.values)) for r in plan.rows])
