"""Crosswalk use case: an assessment's scores grouped by MNR capability or ICMEC criterion."""

from __future__ import annotations

from app.domain.crosswalk import FRAMEWORKS, Crosswalk, crosswalk

from .workspace import Workspace


def assessment_crosswalk(ws: Workspace, assessment_id: int, framework: str) -> Crosswalk:
    """Scores and gaps of one assessment grouped by the tags of `framework` ("mnr" or "icmec"), with the
    weights the assessment uses (overrides included), read in one transaction."""
    if framework not in FRAMEWORKS:
        raise ValueError(f"unknown framework '{framework}': use {' or '.join(FRAMEWORKS)}")
    _, stored, result = ws.opening(assessment_id)
    answers = {qid: s.answer for qid, s in stored.items()}
    return crosswalk(ws.questionnaire, result, answers, framework)
