"""Comparing received exchange files (.opsc) directly, alongside assessments of this database (issue 17:
"from this database or received as exchange files"), without storing anything.

An exchange file is read and checked as `receive` reads it (`exchange.read_exchange`: format, passphrase,
questionnaire, every field), then handed to the same pure comparison as the database's assessments. A file
gets a negative key (-1, -2 … in the order given) where an assessment has its id, so both can stand in one
comparison; `labels` names each file (its path as given) for the command line's JSON and text.

A follow-up's file names its baseline by global id (manifest `baseline_uid`): the action-plan progress of a
baseline/follow-up pair is shown when both ends are assessments of this database, when the follow-up is a
file whose baseline (or an earlier review of its chain) is the first assessment compared, and when both are
files, the last naming the first. Files written before `baseline_uid` carry no link: no progress for them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from app.domain.answers import Answer
from app.domain.comparison import Comparison, ComparisonError, ComparisonReport, build
from app.domain.report import ActionItem, AssessmentInfo

from .comparison import is_follow_up_pair
from .countries import country_name
from .exchange import ExchangeFile, read_exchange
from .workspace import ServiceError, Workspace


@dataclass(frozen=True)
class FileAssessment:
    """An exchange file read for a comparison: its assessment as the comparison needs it (nothing stored)."""

    key: int  # negative: -1 for the first file given, -2 for the second…
    label: str  # how the user named it (the path as given)
    info: AssessmentInfo
    answers: dict[str, Answer]
    overrides: dict[str, float]
    actions: tuple[ActionItem, ...]
    uid: str = ""
    baseline_uid: str | None = None  # a follow-up's file: the global id of the review it started from


Source = int | FileAssessment


def read_file(ws: Workspace, path: Path, key: int, label: str | None = None, lang: str = "en",
              passphrase: str | None = None) -> FileAssessment:
    """Read and check the exchange file `path` for a comparison (ExchangeRefused when it cannot be used,
    PassphraseNeeded-style refusal `exchange_passphrase_*` when protected and no or a wrong passphrase)."""
    if key >= 0:
        raise ValueError("a file's key is negative: ids belong to the database's assessments")
    f = read_exchange(ws, Path(path), passphrase)
    return _assessment(ws, f, key, label or str(path), lang)


def _assessment(ws: Workspace, f: ExchangeFile, key: int, label: str, lang: str) -> FileAssessment:
    d = f.payload.details
    q = ws.questionnaire
    code = d.country_code.upper()
    info = AssessmentInfo(
        id=key, title=d.title, country_code=code, country_name=country_name(code, lang),
        assessment_date=d.assessment_date, organisation=d.organisation, assessors=d.assessors,
        confidentiality=d.confidentiality, institutions=d.institutions, process=d.process,
        executive_summary=d.executive_summary, limitations=d.limitations,
        # read_exchange accepted the file: same questionnaire, same meaning as the one in use
        questionnaire_id=q.id, questionnaire_version=q.version, questionnaire_hash=q.content_hash)
    answers = {qid: Answer(qid, a.value, a.na_reason, a.comment, a.legal_provision, a.evidence, a.confidence,
                           a.institution, a.to_review, a.carried_over)
               for qid, a in f.payload.answers.items()}
    actions = tuple(ActionItem(-(n + 1), a.question_id, a.description, a.lead, a.partners, a.deadline, a.budget,
                               a.currency, a.priority, a.status) for n, a in enumerate(f.payload.actions))
    return FileAssessment(key, label, info, answers, {qid: w.weight for qid, w in f.payload.weights.items()},
                          actions, f.uid, f.baseline_uid)


def _pair_actions(ws: Workspace, first: Source, last: Source) -> tuple[ActionItem, ...] | None:
    """The follow-up's action plan when `last` is a follow-up of `first` (None for any other pair): both in
    this database (through the follow-up chain); the last a file naming the first, or a review the first
    started, as its baseline; or both files, the last naming the first."""
    if isinstance(last, int):
        return tuple(ws.actions(last)) if isinstance(first, int) and is_follow_up_pair(ws, first, last) else None
    if not last.baseline_uid:
        return None
    if isinstance(first, FileAssessment):
        return last.actions if first.uid == last.baseline_uid else None
    base = ws.repo.assessment_id_by_uid(last.baseline_uid)
    if base is None:
        return None
    return last.actions if base == first or is_follow_up_pair(ws, first, base) else None


def compare_sources(ws: Workspace, sources: Sequence[Source], today: date | None = None,
                    lang: str = "en") -> Comparison:
    """Compare assessments of this database (ids) and exchange files (read with `read_file`), in the order
    given: the first is the reference of every change. Refuses as `comparison.compare` does."""
    seen: set[int] = set()
    kept: list[Source] = []
    for s in sources:  # an assessment or a file given twice counts once, where it first stands
        k = s if isinstance(s, int) else s.key
        if k not in seen:
            seen.add(k)
            kept.append(s)
    sources = kept
    keys = [s if isinstance(s, int) else s.key for s in sources]
    if len(keys) < 2:
        raise ServiceError("compare_too_few")
    infos, answers, overrides = [], {}, {}
    for s in sources:
        if isinstance(s, int):
            info = ws.info(s, lang)
            infos.append(info)
            answers[s], overrides[s] = ws.answers(s), ws.weight_overrides(s)
        else:
            infos.append(s.info)
            answers[s.key], overrides[s.key] = s.answers, s.overrides
    pair = _pair_actions(ws, sources[0], sources[-1])
    as_of = (infos[-1].assessment_date or today or date.today()) if pair is not None else None
    try:
        return build(ws.questionnaire, infos, answers, overrides, pair, as_of)
    except ComparisonError as e:
        raise ServiceError(e.key, **e.values) from None


def comparison_report(ws: Workspace, sources: Sequence[Source], lang: str,
                      today: date | None = None) -> ComparisonReport:
    """The comparison in `lang`, ready for the Excel and PDF writers."""
    from app import __version__
    from app.storage.repository import now

    return ComparisonReport(lang, compare_sources(ws, sources, today, lang), __version__, now())


def export(ws: Workspace, sources: Sequence[Source], fmt: str, lang: str, out: Path) -> Path:
    """Write the comparison as an Excel workbook or a PDF progress report (as exports.export_comparison)."""
    from .exports import write_comparison

    return write_comparison(comparison_report(ws, sources, lang), fmt, out)


def relabel(doc: object, labels: dict[int, str]) -> object:
    """The `compare --json` document with each file's key (-1, "-1") replaced by its label."""
    names = {str(k): v for k, v in labels.items()}
    if isinstance(doc, dict):
        return {names.get(k, k) if isinstance(k, str) else k: relabel(v, labels) for k, v in doc.items()}
    if isinstance(doc, list):
        return [labels.get(x, x) if isinstance(x, int) and not isinstance(x, bool) else relabel(x, labels)
                for x in doc]
    return doc
