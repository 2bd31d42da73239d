"""The window's quick overview of a workshop (counted by the database) agrees with the contributions
service's rule, question by question, also after a group's newer file replaced its earlier one and with a
file limited to some sections; one question's contributions come with the replaced ones on request."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from app.domain.answers import AnswerValue
from app.services import contributions, exchange, workshop
from tests.ui.helpers import make_workspace


@pytest.fixture
def shop(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    fac = make_workspace(tmp_path / "fac.sqlite")
    aid = fac.create_assessment("Review", "MA", None, "", "")
    handout = exchange.share(fac, aid, tmp_path / "handout.opsc", by="Facilitator").path
    clock = [datetime.now().replace(microsecond=0)]

    class Clock(datetime):  # each file written 5 minutes after the last; with a zone when one is asked for
        @classmethod
        def now(cls, tz=None):
            clock[0] += timedelta(minutes=5)
            return clock[0] if tz is None else clock[0].astimezone(tz)

    monkeypatch.setattr(exchange, "datetime", Clock)

    def send(name: str, by: str, answers: dict[str, AnswerValue | None], sections: list[str] | None = None,
             laptop: str | None = None) -> None:
        ws = make_workspace(tmp_path / f"{laptop or name}.sqlite")  # a newer file of a group: from its laptop
        if laptop is None:
            gid = exchange.receive(ws, handout).assessment_id
        else:
            gid = ws.repo.assessment_id_by_uid(fac.repo.assessment(aid).uid)
        for qid, value in answers.items():
            ws.set_answer(gid, qid, None, value=value)
        path = exchange.share(ws, gid, tmp_path / f"{name}.opsc", by=by, sections=sections).path
        ws.close()
        exchange.receive(fac, path)

    send("a", "Group A", {"III.A-01": AnswerValue.FULLY, "III.A-02": AnswerValue.NOT, "V-01": AnswerValue.NOT})
    send("b", "Group B", {"III.A-01": AnswerValue.FULLY, "III.A-02": AnswerValue.LARGELY, "V-01": AnswerValue.NOT})
    send("c", "Group C", {"V-01": AnswerValue.PARTIALLY, "V-02": AnswerValue.NOT}, sections=["V"])
    send("a2", "Group A", {"III.A-01": AnswerValue.FULLY, "III.A-02": AnswerValue.LARGELY, "V-01": None,
                           "III.B-01": AnswerValue.NOT}, laptop="a")  # replaces Group A's first file
    yield fac, aid
    fac.close()


def test_overview_matches_the_contributions_rule(shop) -> None:
    fac, aid = shop
    o = workshop.overview(fac, aid)
    v = contributions.view(fac, aid)
    assert o.agreements == {qid: q.agreement.value for qid, q in v.questions.items()}
    assert o.agreements["III.A-01"] == "unanimous" and o.agreements["III.A-02"] == "unanimous"  # A changed its mind
    assert o.agreements["V-01"] == "conflict"  # B and C (A's first file said so too; its newer one does not)
    assert o.agreements["III.B-01"] == "single" and o.agreements["V-02"] == "single"
    assert o.agreements["III.A-03"] == "none"
    assert [(c.by, c.answers) for c in o.contributors] == [("Group B", 3), ("Group C", 2), ("Group A", 3)]
    assert {s.section_id: (s.unanimous, s.conflict, s.single, s.none) for s in o.sections()} == {
        sid: (s.unanimous, s.conflict, s.single, s.none) for sid, s in v.sections.items()}
    assert o.unanimous_to_adopt() == 2


def test_one_question_with_its_history(shop) -> None:
    fac, aid = shop
    o = workshop.overview(fac, aid)
    now = workshop.question(fac, o, "III.A-02")
    assert [(r.by, r.answer.value, r.superseded) for r in now.rows] == [
        ("Group B", AnswerValue.LARGELY, False), ("Group A", AnswerValue.LARGELY, False)]
    past = workshop.question(fac, o, "III.A-02", history=True)
    assert ("Group A", AnswerValue.NOT, True) in [(r.by, r.answer.value, r.superseded) for r in past.rows]
    assert past.rows[-1].superseded  # the replaced ones after the ones in use
    assert now.consensus is None  # receiving never wrote the facilitator's answer
