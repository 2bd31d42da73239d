"""Schema 9 (issue 11) on both engines: the global assessment id, contributions with their history,
decisions, and migrating existing assessments (each gets its own uid)."""

from __future__ import annotations

import uuid
from datetime import datetime

import pytest
from sqlalchemy import create_engine, text

from app.domain.answers import AnswerValue, Confidence
from app.storage import Repository, open_database
from app.storage.migrations import upgrade
from app.storage.workshop import ContributionExists

Q = dict(questionnaire_id="q", questionnaire_version="1", questionnaire_hash="h")


@pytest.fixture
def repo(database):
    db = open_database(database)
    yield Repository(db)
    db.close()


def meta(author, written, sections=""):
    return {"author": author, "institution": "Police", "kind": "exchange", "source": f"{author}.opsc",
            "sections": sections, "written_at": written}


def test_every_assessment_gets_its_own_uuid(repo):
    a, b = repo.add_assessment(title="A", country_code="MA", **Q), repo.add_assessment(title="B", country_code="KE", **Q)
    ua, ub = repo.assessment(a).uid, repo.assessment(b).uid
    assert ua != ub and str(uuid.UUID(ua)) == ua
    assert repo.assessment_id_by_uid(ub) == b and repo.assessment_id_by_uid(str(uuid.uuid4())) is None


def test_a_received_assessment_keeps_its_uid_answers_weights_actions(repo):
    uid = str(uuid.uuid4())
    aid = repo.receive_assessment(uid, {"title": "Bénin", "country_code": "BJ", **Q},
                                  {"V-01": {"value": AnswerValue.LARGELY, "comment": "Code pénal",
                                            "confidence": Confidence.VERIFIED}},
                                  {"V-01": (2.5, "national priority")}, [("V-01", {"description": "Train judges"})])
    assert repo.assessment(aid).uid == uid
    stored = repo.answers(aid)["V-01"].answer
    assert (stored.value, stored.comment, stored.confidence) == ("largely", "Code pénal", "verified")
    assert repo.weight_overrides(aid) == {"V-01": (2.5, "national priority")}
    assert [a.description for a in repo.actions(aid)] == ["Train judges"]


def test_contributions_supersede_by_author_and_keep_history(repo):
    aid = repo.add_assessment(title="A", country_code="MA", **Q)
    repo.save_answer(aid, "V-01", {"value": "fully"})
    t1, t2 = datetime(2026, 11, 20, 10), datetime(2026, 11, 21, 9)
    c1, replaced = repo.add_contribution(aid, meta("Amina", t1), {"V-01": {"value": AnswerValue.NOT,
                                                                           "comment": "no law yet"}})
    assert replaced is None
    other, _ = repo.add_contribution(aid, meta("Bruno", t1, "III.A,V"), {"V-02": {"value": AnswerValue.FULLY}})
    c2, replaced = repo.add_contribution(aid, meta(" amina ", t2), {"V-01": {"value": AnswerValue.PARTIALLY}})
    assert replaced == c1
    current = repo.contributions(aid)
    assert [(c.id, c.author) for c in current] == [(other, "Bruno"), (c2, " amina ")]
    assert current[0].sections == ("III.A", "V")
    assert current[1].answers["V-01"].value is AnswerValue.PARTIALLY
    history = repo.contributions(aid, history=True)
    assert {c.id: c.superseded_by for c in history} == {c1: c2, other: None, c2: None}
    assert history[0].answers["V-01"].comment == "no law yet"
    with pytest.raises(ContributionExists):
        repo.add_contribution(aid, meta("AMINA", t1), {})
    assert len(repo.contributions(aid, history=True)) == 3
    assert repo.answers(aid)["V-01"].answer.value == "fully"  # the consensus is untouched


def test_decisions_are_recorded_and_go_with_their_assessment(repo):
    aid = repo.add_assessment(title="A", country_code="MA", **Q)
    repo.add_contribution(aid, meta("Amina", datetime(2026, 1, 1)), {"V-01": {"value": AnswerValue.NOT}})
    repo.add_decisions(aid, [{"question_id": "V-01", "adopted_from": "Amina", "value": AnswerValue.NOT,
                              "agreement": "conflict", "note": "law not applied"}])
    [d] = repo.decisions(aid)
    assert (d.question_id, d.adopted_from, d.value, d.note) == ("V-01", "Amina", "not", "law not applied")
    repo.delete_assessment(aid)
    assert repo.decisions(aid) == [] and repo.contributions(aid, history=True) == []


def _insert_two(con):
    for title in ("Kenya 2024", "Maroc 2025"):
        con.execute(text("INSERT INTO assessments (title, country_code, questionnaire_id, questionnaire_version, "
                         "questionnaire_hash, created_at, updated_at) VALUES (:t, 'KE', 'q', '1', 'h', "
                         "'2024-01-01 00:00:00', '2024-01-01 00:00:00')"), {"t": title})


def test_migrating_to_schema_9_gives_each_existing_assessment_a_distinct_uid(database):
    url = database if isinstance(database, str) else f"sqlite:///{database}"
    engine = create_engine(url)
    with engine.begin() as con:
        upgrade(con, "test", target=8)
        _insert_two(con)
    engine.dispose()
    db = open_database(database)
    assert db.migrated_from == 8
    repo = Repository(db)
    uids = [repo.assessment(i).uid for i in (1, 2)]
    assert len(set(uids)) == 2 and all(str(uuid.UUID(u)) == u for u in uids)
    assert repo.contributions(1) == []
    db.close()


def test_a_received_assessment_starts_its_audit_trail_with_a_baseline(repo):
    """Issue 11: `verify` found no trail for an assessment received from an exchange file."""
    gone = repo.add_assessment(title="Deleted", country_code="TG", **Q)
    repo.delete_assessment(gone)  # its trail stays: the received one must not take its id (SQLite max + 1)
    aid = repo.receive_assessment(str(uuid.uuid4()), {"title": "Bénin", "country_code": "BJ", **Q},
                                  {"V-01": {"value": AnswerValue.LARGELY, "comment": "Code pénal"}},
                                  {"V-01": (2.5, "national priority")}, [("V-01", {"description": "Train judges"})])
    assert aid != gone
    [entry] = repo.audit_entries(aid)
    assert (entry.kind, entry.op, entry.means, entry.seq) == ("baseline", "baseline", "merge", 1)
    assert "Code pénal" in entry.changes and "Train judges" in entry.changes
    assert repo.verify(aid).ok, repo.verify(aid)
    repo.save_answer(aid, "V-01", {"value": "fully"})  # the trail goes on from the baseline
    assert repo.verify(aid).ok and len(repo.audit_entries(aid)) == 2


def test_contribution_answers_read_back_are_the_answers_written(repo):
    """The contributions' answers are made without Answer's own __init__ (app/storage/workshop.py, _answer):
    every field as written, and the objects equal, hash and print as Answers made the usual way."""
    from app.domain.answers import Answer

    aid = repo.add_assessment(title="A", country_code="MA", **Q)
    full = {"value": AnswerValue.NA, "na_reason": "no such court", "comment": "c", "legal_provision": "art. 3",
            "evidence": "report", "confidence": Confidence.VERIFIED, "institution": "Justice"}
    repo.add_contribution(aid, meta("Amina", datetime(2026, 11, 20)), {"V-01": full, "V-02": {"comment": "?"}})
    got = repo.contributions(aid)[0].answers
    expected = {"V-01": Answer("V-01", **full), "V-02": Answer("V-02", comment="?")}
    assert got == expected
    assert [hash(got[q]) for q in sorted(got)] == [hash(expected[q]) for q in sorted(expected)]
    assert repr(got["V-01"]) == repr(expected["V-01"])
    assert got["V-02"].value is None and got["V-02"].confidence is None and got["V-02"].to_review is False
    with pytest.raises(AttributeError):  # still frozen
        got["V-01"].comment = "changed"  # type: ignore[misc]


def test_migrating_to_schema_13_adds_the_hand_outs_with_nothing_lost(database):
    """Schema 13 (the hand-outs recorded, issue 11) on both engines: a schema 12 database keeps its assessment,
    answers, has no hand-out recorded, then records and reads them."""
    url = database if isinstance(database, str) else f"sqlite:///{database}"
    engine = create_engine(url)
    with engine.begin() as con:
        upgrade(con, "test", target=12)
        for title in ("Kenya 2024", "Maroc 2025"):
            con.execute(text("INSERT INTO assessments (title, country_code, questionnaire_id, questionnaire_version, "
                             "questionnaire_hash, created_at, updated_at, uid) VALUES (:t, 'KE', 'q', '1', 'h', "
                             "'2024-01-01 00:00:00', '2024-01-01 00:00:00', :u)"), {"t": title, "u": str(uuid.uuid4())})
        con.execute(text("INSERT INTO answers (assessment_id, question_id, value, comment, updated_at) "
                         "VALUES (1, 'V-01', 'largely', 'Code pénal, art. 3', '2024-01-01 00:00:00')"))
    engine.dispose()
    db = open_database(database)
    assert db.migrated_from == 12
    repo = Repository(db)
    [stored] = repo.answers(1).values()
    assert (stored.answer.value, stored.answer.comment) == (AnswerValue.LARGELY, "Code pénal, art. 3")
    assert repo.handouts(1) == []
    repo.add_handout(1, "h-1", "shared", ("V", "III.A"), {"V-01": "0123456789abcdef"}, datetime(2026, 11, 30, 9))
    repo.add_handout(1, "h-0", "received", ("V",), {}, datetime(2026, 11, 29, 9))
    [shared] = repo.handouts(1, "shared")
    assert (shared.uid, shared.sections, shared.answers) == ("h-1", ("V", "III.A"), {"V-01": "0123456789abcdef"})
    assert [h.direction for h in repo.handouts(1)] == ["shared", "received"]
    assert repo.handouts(2) == []
    db.close()
