"""The assessments of a file and their answers' states, read with the standard library's sqlite3 only
(no SQLAlchemy): what the start shows first (app.services.listing turns them into summaries). It
reads a file that is already at the current schema; any other file (missing, older, damaged, newer,
foreign) is left to `open_database`, which migrates or refuses it.
"""

from __future__ import annotations

import sqlite3
from datetime import date, datetime
from pathlib import Path
from typing import NamedTuple

from .errors import StorageError
from .files import inspected
from .migrations import head_version

# the last change: of the details, or of an action (adding or editing one leaves the details' row alone)
_ASSESSMENTS = ("SELECT id, title, country_code, assessment_date, organisation, max(updated_at, coalesce("
                "(SELECT max(updated_at) FROM actions WHERE assessment_id = assessments.id), updated_at)), baseline_id "
                "FROM assessments")
_ANSWERS = "SELECT assessment_id, question_id, value, na_reason, carried_over, updated_at FROM answers"


class ListedAssessment(NamedTuple):
    id: int
    title: str
    country_code: str
    assessment_date: date | None
    organisation: str
    updated_at: datetime
    baseline_id: int | None = None  # the review a follow-up started from


class ListedAnswer(NamedTuple):
    assessment_id: int
    question_id: str
    value: str | None
    na_reason: str
    carried_over: bool
    updated_at: datetime


def list_current(path: Path) -> tuple[list[ListedAssessment], list[ListedAnswer]] | None:
    """The assessments in `path` and the state of every answer; None when the file is not (yet) at the
    current schema and must go through `open_database`. Raises StorageError for a file that cannot be
    used."""
    path = Path(path)
    if not path.is_file() or path.stat().st_size == 0:
        return None
    with inspected(path) as (con, version):
        if version != head_version():
            return None
        try:
            rows = con.execute(_ASSESSMENTS).fetchall()
            answer_rows = con.execute(_ANSWERS).fetchall()
        except sqlite3.Error as e:
            raise StorageError(path, str(e)) from e
    try:
        assessments = [ListedAssessment(int(aid), str(title), str(country), date.fromisoformat(day) if day else None,
                                        str(organisation or ""), datetime.fromisoformat(changed),
                                        int(base) if base is not None else None)
                       for aid, title, country, day, organisation, changed, base in rows]
        answers = [ListedAnswer(int(aid), str(qid), str(value) if value else None, str(na_reason or ""),
                                bool(carried), datetime.fromisoformat(changed))
                   for aid, qid, value, na_reason, carried, changed in answer_rows]
    except (TypeError, ValueError) as e:  # a value this app never writes: let the full path judge the file
        raise StorageError(path, f"unreadable value: {e}") from e
    return assessments, answers
