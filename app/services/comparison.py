"""Comparing assessments of this database (issue 17): reads them and hands them to the pure comparison
(app/domain/comparison.py, whose types are re-exported here for the window and the command line).

`compare(ws, ids)` returns a `Comparison`:
- `overall` and `sections` (the sections x assessments matrix): each a `Line` with the `Figures` of every
  assessment and the `Movement` from the first to the last (improved / regressed / unchanged over time;
  a neutral higher / lower / same across countries; provisional on thin evidence);
- `reading`: over time (one country, in order), across countries, or mixed (`reading_of`);
- `changed`: the questions whose answer differs between the assessments, with the direction from the
  first to the last and each assessment's comment;
- `actions`: for a baseline/follow-up pair (the last assessment is a follow-up of the first, directly
  or through other follow-ups), the follow-up's action plan as done, late, in progress and not started;
- `shared_questions`, `left_out`, `versions`, `versions_differ`, `shared_only`: what was compared when
  the questionnaire versions differ.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from app.domain.comparison import (
    OPEN_ORDER,
    PROGRESS_MARKS,
    STEADY,
    ActionLine,
    ActionProgress,
    ActionState,
    ChangedQuestion,
    Column,
    Comparison,
    ComparisonError,
    ComparisonReport,
    Figures,
    Line,
    Mark,
    Movement,
    Reading,
    action_state,
    build,
    changed_questions,
    in_time_order,
    reading_of,
    restrict,
    same_meaning,
)
from app.storage.repository import now

from .workspace import ServiceError, Workspace

__all__ = [
    "OPEN_ORDER", "PROGRESS_MARKS", "STEADY", "ActionLine", "ActionProgress", "ActionState", "ChangedQuestion", "Column", "Comparison", "ComparisonReport", "Figures",
    "Line", "Mark", "Movement", "Reading", "action_progress", "action_state", "changed_questions", "compare", "comparison_report",
    "in_time_order", "is_follow_up_pair", "reading_of", "restrict", "same_meaning",
]


def compare(ws: Workspace, ids: Sequence[int], today: date | None = None, lang: str = "en") -> Comparison:
    """Compare assessments of this database, the first being the reference of every change (a baseline and its
    follow-up, directly or through other follow-ups, are compared baseline first whatever their order). Refuses
    fewer than two different ids, an unknown id, another questionnaire's assessment and versions with no
    question in common (ServiceError, in the user's language). `today` dates what is late when the
    follow-up has no date of its own; `lang` is the language of the countries' names."""
    ids = list(dict.fromkeys(ids))
    if len(ids) < 2:
        raise ServiceError("compare_too_few")
    infos = in_time_order([ws.info(i, lang) for i in ids])
    if len(infos) == 2 and is_follow_up_pair(ws, infos[1].id, infos[0].id):  # a follow-up of a follow-up first
        infos.reverse()
    ids = [i.id for i in infos]
    answers = {i: ws.answers(i) for i in ids}
    overrides = {i: ws.weight_overrides(i) for i in ids}
    pair = is_follow_up_pair(ws, ids[0], ids[-1])
    as_of = (infos[-1].assessment_date or today or date.today()) if pair else None
    try:
        return build(ws.questionnaire, infos, answers, overrides, ws.actions(ids[-1]) if pair else None, as_of)
    except ComparisonError as e:
        raise ServiceError(e.key, **e.values) from None


def is_follow_up_pair(ws: Workspace, first: int, last: int) -> bool:
    """True when `last` is a follow-up of `first`, directly or through other follow-ups."""
    from .followup import review_chain

    return first in review_chain(ws, last)[:-1]


def action_progress(ws: Workspace, first: int, last: int, today: date | None = None) -> ActionProgress | None:
    """The action-plan progress of a baseline/follow-up pair (None for any other pair)."""
    if not is_follow_up_pair(ws, first, last):
        return None
    as_of = ws.info(last).assessment_date or today or date.today()
    return ActionProgress(first, last, as_of, tuple(ActionLine(a, action_state(a, as_of)) for a in ws.actions(last)))


def comparison_report(ws: Workspace, ids: Sequence[int], lang: str, today: date | None = None) -> ComparisonReport:
    """The comparison in `lang`, ready for the Excel and PDF writers."""
    from app import __version__

    return ComparisonReport(lang, compare(ws, ids, today, lang), __version__, now())
