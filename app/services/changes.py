"""Typed change notices: what a service call changed, and who made the change.

Every service call that changes something returns one; the interface refreshes from it and never
makes one up. `by` is the database user the change was made as (on a shared server, the account
of the person at the keyboard; on a SQLite file, the login name of this computer).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class ChangeKind(StrEnum):
    ASSESSMENT_CREATED = "assessment_created"
    ASSESSMENT_UPDATED = "assessment"
    ASSESSMENT_DELETED = "deleted"
    ANSWER = "answer"
    ANSWERS_IMPORTED = "import"
    WEIGHT = "weights"
    ACTION_ADDED = "action_added"
    ACTION_UPDATED = "action"
    ACTION_DELETED = "action_deleted"
    QUESTIONNAIRE_UPGRADED = "upgrade"  # answers carried over to a new questionnaire version
    DATABASE_OPENED = "workspace"  # another database file or server is now in use


ANSWER_KINDS = frozenset({ChangeKind.ANSWER, ChangeKind.ANSWERS_IMPORTED, ChangeKind.QUESTIONNAIRE_UPGRADED})
ACTION_KINDS = frozenset({ChangeKind.ACTION_ADDED, ChangeKind.ACTION_UPDATED, ChangeKind.ACTION_DELETED})


@dataclass(frozen=True)
class Change:
    kind: ChangeKind
    assessment_id: int  # -1 for DATABASE_OPENED
    by: str = ""  # the database user who made the change
    question_ids: tuple[str, ...] = ()  # the answers, weights or actions' questions concerned
    fields: tuple[str, ...] = ()  # the fields written (answer or assessment fields)
    action_id: int | None = None
    version: int | None = None  # the row's version after the change (answers, assessments)

    @property
    def question_id(self) -> str | None:
        """The one question concerned, when there is exactly one."""
        return self.question_ids[0] if len(self.question_ids) == 1 else None

    def concerns(self, question_id: str) -> bool:
        """True when this change may have altered the answer to `question_id` (an upgrade may alter any)."""
        if self.kind is ChangeKind.QUESTIONNAIRE_UPGRADED:
            return not self.question_ids or question_id in self.question_ids
        return self.kind in ANSWER_KINDS and question_id in self.question_ids
