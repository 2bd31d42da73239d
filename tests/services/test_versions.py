"""What changed in the questionnaire since an assessment was answered: nothing, the wording, or the meaning."""

from __future__ import annotations

from dataclasses import replace

from app.domain.answers import AnswerValue
from app.domain.questionnaire import Questionnaire, Strength
from app.domain.versions import VersionMapping, meaning_of
from app.export.common import version_rows
from app.services import versions
from app.services.workspace import Workspace
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
