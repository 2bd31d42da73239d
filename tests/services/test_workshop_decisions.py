"""A decision taken on a conflict stays valid until a contribution to THAT question changes after it
(issue 11, the facilitator's finding: every newer file reopened every decision). Three laptops, real files."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from app.services import contributions as co
from app.services import exchange as ex
from app.services import workshop as wk
from tests.services.test_exchange import facilitator_assessment, workshop  # noqa: F401 (fixture)


@dataclass
class Room:
    """The facilitator's workspace, its assessment and the hand-out written from it."""

    fac: Any
    aid: int
    handout: Path
    open_laptop: Any

    def laptop(self, name):
        """A group's laptop that received the hand-out: (its workspace, its copy's id)."""
        ws = self.open_laptop(name)
        return ws, ex.receive(ws, self.handout).assessment_id


@pytest.fixture
def room(workshop, tmp_path):  # noqa: F811
    fac = workshop("facilitator")
    aid = facilitator_assessment(fac)
    return Room(fac, aid, ex.share(fac, aid, tmp_path / "handout.opsc", by="Facilitatrice").path, workshop)


def send(ws, aid, tmp_path, name, answers, n):
    ws.set_answers(aid, [(q, {"value": v, "comment": c}) for q, (v, c) in answers.items()])
    return ex.share(ws, aid, tmp_path / f"{name}-{n}.opsc", by=name).path


def decided_everywhere(fac, aid):
    """The decided and disputed questions as the JSON, the window's overview and the annex see them."""
    data = co.view(fac, aid).to_json()
    o = wk.overview(fac, aid)
    annex = wk.annex(fac, aid)
    window_decided = sorted(q for q in o.agreements if o.state(q) == wk.DECIDED)
    window_open = sorted(q for q in o.agreements if o.state(q) == "conflict")
    assert data["decided"] == window_decided
    assert data["in_dispute"] == window_open == [d.question_id for d in annex.disputes]
    return data


def test_a_decision_stays_until_a_contribution_to_that_question_changes(room, tmp_path):
    fac, aid = room.fac, room.aid
    justice, jid = room.laptop("justice")
    police, pid = room.laptop("police")
    civil, cid = room.laptop("civil")
    ex.receive_files(fac, [send(justice, jid, tmp_path, "Groupe Justice", {"V-01": ("not", "no law")}, 1),
                           send(police, pid, tmp_path, "Groupe Police", {"V-01": ("fully", ""),
                                                                         "V-02": ("not", "")}, 1),
                           send(civil, cid, tmp_path, "Groupe Civil", {"V-02": ("fully", "")}, 1)])
    data = decided_everywhere(fac, aid)
    assert data["in_dispute"] == ["V-01", "V-02"]
    co.adopt(fac, aid, "V-01", from_author="Groupe Justice", note="the law is not applied")
    data = decided_everywhere(fac, aid)
    assert (data["in_dispute"], data["decided"]) == (["V-02"], ["V-01"])
    assert data["questions"]["V-01"]["decision"]["valid"] is True

    # a newer file that changes another question, and one giving the same answer again: still decided
    ex.receive(fac, send(civil, cid, tmp_path, "Groupe Civil", {"V-02": ("largely", "")}, 2))
    ex.receive(fac, send(police, pid, tmp_path, "Groupe Police", {"V-02": ("partially", "")}, 2))
    data = decided_everywhere(fac, aid)
    assert (data["in_dispute"], data["decided"]) == (["V-02"], ["V-01"])

    # Police changes its answer to V-01 after the decision: reopened, and said why
    ex.receive(fac, send(police, pid, tmp_path, "Groupe Police", {"V-01": ("largely", "")}, 3))
    data = decided_everywhere(fac, aid)
    assert data["in_dispute"] == ["V-01", "V-02"] and data["decided"] == []
    decision = data["questions"]["V-01"]["decision"]
    assert decision["valid"] is False and decision["note"] == "the law is not applied"
    assert [(r["by"], r["why"]) for r in decision["reopened"]] == [("Groupe Police", "changed")]
    o = wk.overview(fac, aid)
    shown = wk.question(fac, o, "V-01")
    assert not shown.decided and [(r.by, r.why) for r in shown.reopened] == [("Groupe Police", co.Why.CHANGED)]

    # decided again; then someone new answers it: reopened as "answered"
    co.adopt(fac, aid, "V-01", from_author="Groupe Police", note="after the discussion")
    assert decided_everywhere(fac, aid)["decided"] == ["V-01"]
    ex.receive(fac, send(civil, cid, tmp_path, "Groupe Civil", {"V-01": ("not", "")}, 3))
    data = decided_everywhere(fac, aid)
    assert [(r["by"], r["why"]) for r in data["questions"]["V-01"]["decision"]["reopened"]] == [
        ("Groupe Civil", "answered")]


def test_a_changed_comment_alone_reopens_a_decision(room, tmp_path):
    fac, aid = room.fac, room.aid
    a, aa = room.laptop("a")
    b, bb = room.laptop("b")
    ex.receive_files(fac, [send(a, aa, tmp_path, "A", {"V-02": ("not", "x")}, 1),
                           send(b, bb, tmp_path, "B", {"V-02": ("fully", "")}, 1)])
    co.adopt(fac, aid, "V-02", from_author="A", note="n")
    assert co.view(fac, aid).questions["V-02"].decided
    ex.receive(fac, send(b, bb, tmp_path, "B", {"V-02": ("fully", "art. 5 of the code")}, 2))
    q = co.view(fac, aid).questions["V-02"]
    assert not q.decided and [(r.by, r.why) for r in q.reopened] == [("B", co.Why.CHANGED)]


def test_changing_an_answer_to_the_decided_value_leaves_the_decision_standing(room, tmp_path):
    fac, aid = room.fac, room.aid
    a, aa = room.laptop("a")
    b, bb = room.laptop("b")
    c, cc = room.laptop("c")
    ex.receive_files(fac, [send(a, aa, tmp_path, "A", {"V-02": ("not", "x")}, 1),
                           send(b, bb, tmp_path, "B", {"V-02": ("fully", "")}, 1)])
    co.adopt(fac, aid, "V-02", from_author="A", note="n")  # decided: not
    # B comes round to the decided value, C answers it for the first time with that value: both agree
    ex.receive_files(fac, [send(b, bb, tmp_path, "B", {"V-02": ("not", "we agree")}, 2),
                           send(c, cc, tmp_path, "C", {"V-02": ("not", "")}, 1)])
    data = decided_everywhere(fac, aid)
    decision = data["questions"]["V-02"]["decision"]
    assert data["in_dispute"] == [] and decision["valid"] is True and decision["reopened"] == []
    assert data["questions"]["V-02"]["agreement"] == "unanimous" and co.view(fac, aid).questions["V-02"].decided
    # changing away from the decided value still reopens it
    ex.receive(fac, send(b, bb, tmp_path, "B", {"V-02": ("largely", "")}, 3))
    data = decided_everywhere(fac, aid)
    assert data["in_dispute"] == ["V-02"]
    assert [(r["by"], r["why"]) for r in data["questions"]["V-02"]["decision"]["reopened"]] == [("B", "changed")]
