"""What changed in the questionnaire since an assessment was answered: nothing, the wording, or the meaning."""

from __future__ import annotations

from dataclasses import replace

import pytest

from app.domain.answers import AnswerValue
from app.domain.questionnaire import Questionnaire, Strength
from app.domain.versions import VersionMapping, meaning_of
from app.export.common import version_rows
from app.services import versions
from app.services.workspace import ServiceError, Workspace
from app.storage import open_database
from tests.factories import make_questionnaire


def version_2(q1: Questionnaire) -> Questionnaire:
    """2.0: III.A-03 removed, V-02 now a 'must' (weight 3); 1.0 frozen, with its mapping."""
    a, b, v = q1.sections
    a2 = replace(a, questions=a.questions[:2])
    v2 = replace(v, questions=(v.questions[0], replace(v.questions[1], strength=Strength.MUST, weight=3.0)))
    return replace(q1, version="2.0", content_hash="sha256:v2", sections=(a2, b, v2),
                   snapshots=(meaning_of(q1),),
                   mappings=(VersionMapping("1.0", "2.0", removed=("III.A-03",)),))


def test_wording_meaning_and_same(tmp_path):
    q1 = make_questionnaire()
    path = tmp_path / "a.sqlite"
    ws = Workspace(open_database(path), q1)
    aid = ws.create_assessment("Review", "MA")
    ws.set_answer(aid, "III.A-01", value=AnswerValue.FULLY)
    assert versions.status(ws, aid).kind == versions.Kind.SAME
    ws.close()

    # a typo fixed: same version, another content fingerprint, same meaning
    reworded = replace(q1, content_hash="sha256:typo-fixed")
    ws = Workspace(open_database(path), reworded)
    st = versions.status(ws, aid)
    assert st.kind == versions.Kind.WORDING and st.answered_against == st.scored_with == "test-q 1.0"
    assert versions.acknowledge_wording(ws, aid)  # the notice can be cleared ...
    assert versions.status(ws, aid).kind == versions.Kind.SAME  # ... and stays cleared
    assert ws.answers(aid)["III.A-01"].value is AnswerValue.FULLY
    ws.close()

    # a change of meaning: listed, and not cleared by acknowledging
    ws = Workspace(open_database(path), version_2(q1))
    st = versions.status(ws, aid)
    assert st.kind == versions.Kind.MEANING
    assert (st.answered_against, st.scored_with) == ("test-q 1.0", "test-q 2.0")
    assert st.plan is not None and st.plan.touched == ["V-02", "III.A-03"]
    assert not versions.acknowledge_wording(ws, aid)
    assert versions.status(ws, aid).kind == versions.Kind.MEANING
    # the reports say both
    rows = dict(version_rows(ws.report_data(aid, "en")))
    assert rows["answered_against"].startswith("test-q 1.0") and rows["scored_with"] == "test-q 2.0"
    ws.close()


def test_a_version_whose_meaning_is_unknown_is_said_so(tmp_path):
    q1 = make_questionnaire()
    path = tmp_path / "a.sqlite"
    ws = Workspace(open_database(path), q1)
    aid = ws.create_assessment("Review", "MA")
    ws.close()
    ws = Workspace(open_database(path), replace(version_2(q1), snapshots=()))
    st = versions.status(ws, aid)
    assert st.kind == versions.Kind.UNKNOWN and "1.0" in st.detail
    ws.close()


def test_upgrade_by_hand(tmp_path):
    """1.0 -> 2.0 (III.A-03 removed, V-02 reweighted): kept, flagged, removed into the history, scores."""
    from app.domain.answers import Confidence
    from app.domain.progress import progress

    q1, path = make_questionnaire(), tmp_path / "a.sqlite"
    ws = Workspace(open_database(path), q1)
    aid = ws.create_assessment("Review", "MA")
    ws.set_answer(aid, "III.A-01", value=AnswerValue.FULLY, confidence=Confidence.VERIFIED)
    ws.set_answer(aid, "III.A-03", value=AnswerValue.NA, na_reason="No such technology")
    ws.set_answer(aid, "V-02", value=AnswerValue.PARTIALLY, comment="draft law")
    ws.set_answer(aid, "III.B-02", value=AnswerValue.DONT_KNOW, institution="National statistics office")
    ws.set_weight(aid, "III.A-03", 0.5, "rarely relevant")
    ws.close()

    ws = Workspace(open_database(path), version_2(q1))
    dry = versions.upgrade(ws, aid, dry_run=True)
    assert dry.change is None and versions.status(ws, aid).kind == versions.Kind.MEANING
    from app.services.backups import list_backups

    assert not [b for b in list_backups(ws) if b.reason == "upgrade"]  # a dry run writes nothing
    r = versions.upgrade(ws, aid)
    [backup] = [b for b in list_backups(ws) if b.reason == "upgrade"]  # a safety copy taken first
    assert not backup.problem and [a.title for a in backup.assessments] == ["Review"]
    assert r.kept == ["III.A-01", "III.B-02"]  # the answers kept as they were
    assert (r.to_review, r.removed, r.removed_answers, r.added) == (["V-02"], ["III.A-03"], ["III.A-03"], [])
    answers = ws.answers(aid)
    assert answers["III.A-01"].value is AnswerValue.FULLY and answers["III.A-01"].confidence is Confidence.VERIFIED
    assert not answers["III.A-01"].to_review
    assert answers["V-02"].value is AnswerValue.PARTIALLY and answers["V-02"].to_review
    assert answers["V-02"].comment == "draft law"
    assert answers["III.B-02"].institution == "National statistics office"
    assert "III.A-03" not in answers and ws.weight_overrides(aid) == {}
    [h] = versions.history(ws, aid)
    assert (h["from_version"], h["to_version"]) == ("1.0", "2.0")
    assert h["details"]["removed_answers"][0]["question_id"] == "III.A-03"
    assert h["details"]["removed_answers"][0]["na_reason"] == "No such technology"
    assert h["details"]["to_review"]["V-02"]["why"] == "weight"
    assert versions.status(ws, aid).kind == versions.Kind.SAME
    # the progress rule counts the answer to review; the score uses it with the new weight 3:
    # answered III.A-01 (3 x 1) and V-02 (3 x 1/3) -> (3 + 1) / 6 = 66.7 %
    p = progress(ws.questionnaire.questions(), answers)
    assert (p.answered, p.to_review, p.dont_know) == (2, 1, 1)
    assert ws.score(aid).overall.score == pytest.approx(100 * 4 / 6)
    assert ws.list_assessments()[0].progress.to_review == 1
    # answering it again is reviewing it
    ws.set_answer(aid, "V-02", value=AnswerValue.LARGELY)
    assert not ws.answers(aid)["V-02"].to_review
    with pytest.raises(ServiceError, match="nothing to upgrade"):
        versions.upgrade(ws, aid)
    ws.close()
