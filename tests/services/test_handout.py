"""The facilitator's answers in a hand-out are not the groups' (issue 11, the facilitator's finding: they
came back as every group's own answers, with false conflicts and inflated counts). Format 2 marks them;
format 1 files are still read."""

from __future__ import annotations

import json
import zipfile

import pytest

from app.domain.answers import AnswerValue
from app.services import contributions as co
from app.services import exchange as ex
from tests.services.test_exchange import _rewrite, workshop  # noqa: F401 (fixture)


@pytest.fixture
def handout(workshop, tmp_path):  # noqa: F811
    fac = workshop("facilitator")
    aid = fac.create_assessment("Revue", "MA")
    fac.set_answers(aid, [("III.A-01", {"value": "largely", "comment": "facilitator"}),
                          ("V-01", {"value": "partially"})])
    return fac, aid, ex.share(fac, aid, tmp_path / "handout.opsc", by="Facilitatrice").path


def manifest_and_answers(path):
    with zipfile.ZipFile(path) as z:
        return json.loads(z.read("manifest.json")), json.loads(z.read("assessment.json"))["answers"]


def test_a_group_file_marks_the_answers_it_did_not_touch(workshop, handout, tmp_path):  # noqa: F811
    fac, aid, path = handout
    m, answers = manifest_and_answers(path)
    assert (m["format_version"], m["original"]) == (2, True)
    assert not any(a["handed_out"] for a in answers.values())  # the facilitator's own file: all theirs
    justice = workshop("justice")
    jid = ex.receive(justice, path).assessment_id
    justice.set_answers(jid, [("III.A-02", {"value": "fully"}),
                              ("III.A-01", {"value": "largely", "comment": "facilitator", "evidence": "report"})])
    back = ex.share(justice, jid, tmp_path / "justice.opsc", by="Groupe Justice").path
    m, answers = manifest_and_answers(back)
    assert m["original"] is False
    assert {q: a["handed_out"] for q, a in answers.items()} == {"III.A-01": False, "III.A-02": False, "V-01": True}

    r = ex.receive(fac, back)
    assert (r.outcome, r.answers) == ("contribution", 2)
    v = co.view(fac, aid)
    assert "Groupe Justice" not in v.questions["V-01"].contributions  # left as handed out: not theirs
    assert v.questions["III.A-01"].contributions["Groupe Justice"].evidence == "report"  # touched: theirs
    assert [c.answers for c in v.contributors] == [2]


def test_the_same_value_typed_again_is_still_the_hand_out(workshop, handout, tmp_path):  # noqa: F811
    """Changed and changed back: what the file carries is the hand-out's answer, not a group's view."""
    fac, aid, path = handout
    g = workshop("g")
    gid = ex.receive(g, path).assessment_id
    g.set_answers(gid, [("V-01", {"value": "not"})])
    g.set_answers(gid, [("V-01", {"value": "partially"})])
    ex.receive(fac, ex.share(g, gid, tmp_path / "g.opsc", by="G").path)
    assert co.view(fac, aid).questions["V-01"].contributions == {}


def test_the_facilitators_own_hand_out_coming_back_is_refused(workshop, handout, tmp_path):  # noqa: F811
    fac, aid, path = handout
    with pytest.raises(ex.ExchangeRefused) as e:
        ex.receive(fac, path)
    assert e.value.key == "exchange_own_handout"
    assert "Facilitatrice" in e.value.lines("en")[0]
    assert co.view(fac, aid).contributors == ()
    # a copy of the facilitator's database elsewhere is no original: there it is a contribution
    other = workshop("co-facilitator")
    ex.receive(other, path)
    again = ex.share(fac, aid, tmp_path / "again.opsc", by="Facilitatrice").path
    assert ex.receive(other, again).outcome == "contribution"


def test_a_format_1_file_is_still_read_and_counts_every_answer(workshop, handout, tmp_path):  # noqa: F811
    fac, aid, path = handout
    g = workshop("g")
    gid = ex.receive(g, path).assessment_id
    g.set_answers(gid, [("III.A-02", {"value": "fully"})])
    old = ex.share(g, gid, tmp_path / "old.opsc", by="G").path
    m, answers = manifest_and_answers(old)
    del m["original"]
    with zipfile.ZipFile(old) as z:
        doc = json.loads(z.read("assessment.json"))
    for a in doc["answers"].values():
        del a["handed_out"]
    _rewrite(old, manifest={**m, "format_version": 1}, assessment=doc)
    r = ex.receive(fac, old)
    assert (r.outcome, r.answers) == ("contribution", 3)  # format 1 cannot tell: every answer counts
    assert co.view(fac, aid).questions["V-01"].contributions["G"].value is AnswerValue.PARTIALLY
