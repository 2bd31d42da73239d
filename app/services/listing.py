"""What the start shows first: the assessments of a file, read without SQLAlchemy (see
app.storage.listing). The Workspace lists the same summaries once it is open."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from app.domain.answers import Answer, AnswerValue
from app.domain.progress import Progress, progress
from app.storage import StorageError
from app.storage.listing import list_current


@dataclass(frozen=True)
class AssessmentSummary:
    id: int
    title: str
    country_code: str
    assessment_date: date | None
    organisation: str
    progress: Progress  # the one progress rule over the questionnaire's questions
    updated_at: datetime
    baseline_id: int | None = None  # a follow-up's baseline (None for a first review or a deleted baseline)

    @property
    def carried_over(self) -> int:
        """A follow-up's answers carried over from its baseline and still to confirm."""
        return self.progress.carried_over

    @property
    def answered(self) -> int:
        return self.progress.answered


def quick_list(path: Path, questions: Sequence[str]) -> list[AssessmentSummary] | None:
    """The assessments in `path` with their progress over `questions` (ids), newest change first, as
    Workspace.list_assessments gives them, when the file can be read as it is; None when it must first
    be opened in full (created, migrated, or refused with an explanation)."""
    try:
        listed = list_current(path)
    except (StorageError, OSError):
        return None  # opening it in full says what is wrong, in the user's language
    if listed is None:
        return None
    rows, answer_rows = listed
    answers: dict[int, dict[str, Answer]] = {}
    last: dict[int, datetime] = {}
    try:
        for aid, qid, value, na_reason, carried, updated in answer_rows:
            answers.setdefault(aid, {})[qid] = Answer(qid, AnswerValue(value) if value else None, na_reason,
                                                      carried_over=carried)
            last[aid] = max(last.get(aid, updated), updated)
    except ValueError:  # a value this app does not know: let the full opening judge the file
        return None
    out = []
    for r in rows:
        lu = last.get(r.id)
        out.append(AssessmentSummary(r.id, r.title, r.country_code, r.assessment_date, r.organisation,
                                     progress(questions, answers.get(r.id, {})),
                                     max(r.updated_at, lu) if lu else r.updated_at, r.baseline_id))
    return sorted(out, key=lambda a: (a.updated_at, a.id), reverse=True)
