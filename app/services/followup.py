"""Follow-up reviews (issue 17): a new assessment of the same country that starts from an earlier one.

- `start_follow_up` copies the baseline's details, answers, weight overrides and action plan (with each
  action's status) into a new assessment that remembers its baseline, in one transaction;
- every copied answer that has a value is *carried over — to confirm*: it shows its value but counts as
  unanswered in the score and apart in the progress (docs/methodology.md, "The progress rule") until a
  person confirms it (`confirm_answer`, `confirm_all`) or answers it again (`Workspace.set_answer` with a
  value clears the mark);
- the follow-up is answered against the questionnaire the app uses: a baseline answered against an
  earlier version is carried over to it as `upgrade` does (meaning changes flagged to review).

The texts a new review writes afresh (validation, process, key findings, limitations) are not copied.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from .changes import Change, ChangeKind
from .messages import message
from .workspace import ServiceError, Workspace, answer_dict

MEANS = "follow-up"  # the write path, for the audit trail

# Details of the baseline a follow-up keeps (the rest is written afresh by the new review).
COPIED_DETAILS = ("country_code", "organisation", "assessors", "confidentiality", "institutions")


@dataclass(frozen=True)
class FollowUp:
    """What starting a follow-up did."""

    assessment_id: int  # the new assessment
    baseline_id: int
    carried_over: int  # answers marked "carried over — to confirm"
    copied_answers: int  # every answer copied (with comments, evidence...), carried over or not
    actions: int  # actions copied with their status
    upgraded_from: str | None  # the questionnaire version the baseline was answered against, if upgraded
    change: Change


def parse_date(text: str) -> date:
    """A date typed as YYYY-MM-DD (the command line's --date); ServiceError("bad_date") otherwise."""
    from .messages import shown

    value = text.strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    raise ServiceError("bad_date", value=shown(text, 30))


def follow_up(ws: Workspace, assessment_id: int, title: str | None = None, lang: str = "en",
              assessment_date: date | None = None) -> FollowUp:
    """Start a follow-up review of `assessment_id`; `title` defaults to "<baseline title> — follow-up"
    in `lang`, `assessment_date` (the follow-up's own date) to today. Refuses an unknown id, a blank
    title and a date before the baseline's (ServiceError)."""
    base = ws.info(assessment_id)
    record = ws.repo.assessment(assessment_id)
    name = message("follow_up_title", lang, title=base.title) if title is None else title.strip()
    if not name:
        raise ServiceError("empty_title")
    if assessment_date is not None and base.assessment_date is not None and assessment_date < base.assessment_date:
        raise ServiceError("follow_up_before_baseline", date=assessment_date.isoformat(),
                           baseline=base.assessment_date.isoformat())
    answers = ws.answers(assessment_id)
    copied: dict[str, dict[str, Any]] = {}
    for qid, a in answers.items():
        values = answer_dict(a)
        values["carried_over"] = a.value is not None
        copied[qid] = values
    actions = [(x.question_id, {"description": x.description, "lead": x.lead, "partners": x.partners,
                                "deadline": x.deadline, "budget": x.budget, "currency": x.currency,
                                "priority": x.priority, "status": x.status}) for x in ws.actions(assessment_id)]
    weights = ws.repo.weight_overrides(assessment_id)
    values = {k: getattr(record, k) for k in COPIED_DETAILS}
    values.update(title=name, assessment_date=assessment_date or date.today(), questionnaire_id=record.questionnaire_id,
                  questionnaire_version=record.questionnaire_version, questionnaire_hash=record.questionnaire_hash)
    ws._before_change()
    new_id = ws.repo.add_follow_up(assessment_id, values, copied, actions, weights, means=MEANS)
    upgraded = _bring_up_to_date(ws, new_id)
    return FollowUp(new_id, assessment_id, sum(1 for v in copied.values() if v["carried_over"]), len(copied),
                    len(actions), upgraded, Change(ChangeKind.ASSESSMENT_CREATED, new_id, ws.user, version=1))


def start_follow_up(ws: Workspace, assessment_id: int, title: str | None = None, lang: str = "en",
                    assessment_date: date | None = None) -> int:
    """`follow_up`, returning just the new assessment's id (the command line prints it)."""
    return follow_up(ws, assessment_id, title, lang, assessment_date).assessment_id


def _bring_up_to_date(ws: Workspace, assessment_id: int) -> str | None:
    """Carry a follow-up of an older baseline over to the questionnaire the app uses, as `upgrade` does;
    a version whose meaning is not known is left for the version notice to explain."""
    from .versions import Kind, status, upgrade

    st = status(ws, assessment_id)
    if st.kind in (Kind.SAME, Kind.UNKNOWN):
        return None
    before = ws.info(assessment_id).questionnaire_version
    upgrade(ws, assessment_id)
    return before if st.kind == Kind.MEANING else None


def carried_over(ws: Workspace, assessment_id: int) -> list[str]:
    """The question ids still carried over — to confirm, in questionnaire order (ids the questionnaire
    does not know last)."""
    marked = {qid for qid, a in ws.answers(assessment_id).items() if a.carried_over}
    order = [q.id for q in ws.questionnaire.questions() if q.id in marked]
    return order + sorted(marked - set(order))


def confirm_answer(ws: Workspace, assessment_id: int, question_id: str,
                   expected_version: int | None = None) -> Change:
    """A person confirms a carried-over answer as it is: the mark goes, the answer counts again.
    With `expected_version`, an answer someone else changed meanwhile is not touched (AnswerConflict)."""
    return ws.set_answer(assessment_id, question_id, expected_version, carried_over=False)


def confirm_all(ws: Workspace, assessment_id: int, question_ids: list[str] | None = None) -> Change:
    """Confirm several carried-over answers at once (all of them by default), in one transaction."""
    ids = carried_over(ws, assessment_id) if question_ids is None else list(question_ids)
    known = {q.id for q in ws.questionnaire.questions()}
    return ws.set_answers(assessment_id, [(qid, {"carried_over": False}) for qid in ids if qid in known])


def baseline_of(ws: Workspace, assessment_id: int) -> int | None:
    """The assessment a follow-up started from (None for a first review, or once the baseline is deleted)."""
    return ws.info(assessment_id).baseline_id


def follow_ups_of(ws: Workspace, assessment_id: int) -> list[int]:
    """The follow-up reviews started from an assessment, oldest first."""
    ws.info(assessment_id)  # an unknown id is refused, not answered with []
    return ws.repo.follow_ups(assessment_id)


def review_chain(ws: Workspace, assessment_id: int) -> list[int]:
    """The assessment's baselines, oldest first, ending with the assessment itself."""
    out = [assessment_id]
    seen = {assessment_id}
    nxt = baseline_of(ws, assessment_id)
    while nxt is not None and nxt not in seen:
        out.append(nxt)
        seen.add(nxt)
        nxt = ws.repo.assessment(nxt).baseline_id
    return out[::-1]
