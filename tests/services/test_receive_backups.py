"""When a receive makes a backup (issue 11, measured): receiving only adds contributions, so a receive skips
the backup when the newest one was made before a receive (or merge) and nothing but contributions has been
written since. Real SQLite files in tmp_path; the backups are read back and restored."""

from __future__ import annotations

import sqlite3
from datetime import datetime

import pytest

from app.domain.answers import AnswerValue
from app.services import backups as bk
from app.services import contributions as co
from app.services import exchange as ex
from app.services.workspace import Workspace
from tests.services.test_exchange import answer_all, facilitator_assessment, workshop  # noqa: F401


def merges(ws):
    return sorted(ws.backups_folder.glob("*-merge.sqlite"))


def contributions_in(path):
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT count(*) FROM contributions").fetchone()[0]
    finally:
        con.close()


def participant_files(workshop, fac, aid, tmp_path, names, values=("largely", "partially", "not")):  # noqa: F811
    handout = ex.share(fac, aid, tmp_path / "handout.opsc", by="Facilitator").path
    out = []
    for n, name in enumerate(names):
        ws = workshop(name)
        got = ex.receive(ws, handout).assessment_id
        answer_all(ws, got, values[n % len(values)], f"{name}'s view")
        out.append(ex.share(ws, got, tmp_path / f"{name}.opsc", by=name).path)
    return out


def test_two_receives_in_a_row_make_one_backup_which_restores_the_state_before_the_first(
        workshop, tmp_path):  # noqa: F811
    fac = workshop("facilitator")
    aid = facilitator_assessment(fac)
    files = participant_files(workshop, fac, aid, tmp_path, ["amina", "bruno", "chen"])
    before = {q: (a.value, a.comment) for q, a in fac.answers(aid).items()}

    for f in files:
        assert ex.receive(fac, f).outcome == "contribution"
    assert len(merges(fac)) == 1  # three receives, one backup (made before the first)
    assert len(fac.repo.contributions(aid)) == 3
    backup = merges(fac)[0]
    assert contributions_in(backup) == 0

    restored = bk.restore_backup(fac, backup)
    try:
        assert restored.repo.contributions(aid) == []
        assert {q: (a.value, a.comment) for q, a in restored.answers(aid).items()} == before
    finally:
        restored.close()


def test_an_answer_changed_between_two_receives_makes_a_second_backup(workshop, tmp_path):  # noqa: F811
    fac = workshop("facilitator")
    aid = facilitator_assessment(fac)
    first, second = participant_files(workshop, fac, aid, tmp_path, ["amina", "bruno"])
    ex.receive(fac, first)
    assert len(merges(fac)) == 1
    fac.set_answer(aid, "III.A-01", comment="Code pénal, art. 2 et 3")
    ex.receive(fac, second)
    assert len(merges(fac)) == 2
    newest = fac.backups_folder / bk.list_backups(fac)[0].path.name
    assert newest in merges(fac)
    con = sqlite3.connect(newest)
    try:  # the second backup holds the answer changed and the first contribution, not the second
        assert con.execute("SELECT comment FROM answers WHERE question_id = 'III.A-01'").fetchone()[0] == \
            "Code pénal, art. 2 et 3"
    finally:
        con.close()
    assert contributions_in(newest) == 1


def test_other_writes_between_receives_make_a_fresh_backup(workshop, tmp_path):  # noqa: F811
    fac = workshop("facilitator")
    aid = facilitator_assessment(fac)
    files = participant_files(workshop, fac, aid, tmp_path, ["amina", "bruno", "chen", "dina", "eli"],
                              values=("largely",))
    ex.receive(fac, files[0])
    count = len(merges(fac))
    writes = [lambda: fac.set_weight(aid, "V-02", 3.0, "a reason"),
              lambda: fac.add_action(aid, "V-01", description="Train judges", lead="MoJ"),
              lambda: fac.update_assessment(aid, title="Revue nationale 2026 (atelier)"),
              lambda: co.adopt_unanimous(fac, aid) or pytest.fail("nothing adopted")]
    for write, f in zip(writes, files[1:], strict=True):
        write()
        ex.receive(fac, f)
        assert len(merges(fac)) > count, write
        count = len(merges(fac))


def test_a_batch_receive_makes_one_backup_then_a_receive_after_it_none(workshop, tmp_path):  # noqa: F811
    fac = workshop("facilitator")
    aid = facilitator_assessment(fac)
    files = participant_files(workshop, fac, aid, tmp_path, ["amina", "bruno", "chen"])
    got = ex.receive_files(fac, files[:2])
    assert [r.outcome for r in got] == ["contribution", "contribution"]
    assert len(merges(fac)) == 1
    ex.receive(fac, files[2])
    assert len(merges(fac)) == 1
    assert isinstance(fac, Workspace) and len(fac.repo.contributions(aid)) == 3


def test_a_handout_written_between_receives_makes_a_fresh_backup(workshop, tmp_path):  # noqa: F811
    fac = workshop("facilitator")
    aid = facilitator_assessment(fac)
    first, second = participant_files(workshop, fac, aid, tmp_path, ["amina", "bruno"])
    ex.receive(fac, first)
    count = len(merges(fac))
    ex.share(fac, aid, tmp_path / "late-handout.opsc", by="Facilitator")  # recorded in this database
    ex.receive(fac, second)
    assert len(merges(fac)) == count + 1


def test_a_decision_or_a_hand_out_recorded_alone_makes_a_fresh_backup_contributions_alone_do_not(
        workshop, tmp_path):  # noqa: F811
    """The count of writes (schema 15) against the newest backup's, through the Repository's own write paths:
    a decision with no answer adopted, a hand-out, an action deleted each need a fresh backup on the next
    receive; a contribution stored directly does not (tests/storage/test_write_marks.py: every write path)."""
    fac = workshop("facilitator")
    aid = facilitator_assessment(fac)
    files = participant_files(workshop, fac, aid, tmp_path, ["amina", "bruno", "chen", "dina", "eli", "farid"],
                              values=("largely",))
    ex.receive(fac, files[0])
    count = len(merges(fac))
    [action] = fac.repo.actions(aid)
    writes = [lambda: fac.repo.add_decisions(aid, [{"question_id": "V-01", "adopted_from": "", "value": None,
                                                    "agreement": "conflict", "note": "to discuss tomorrow"}]),
              lambda: fac.repo.add_handout(aid, "h-late", "shared", ("V",), {}, datetime(2026, 11, 30, 9)),
              lambda: fac.repo.delete_action(action.id)]
    for write, f in zip(writes, files[1:4], strict=True):
        write()
        ex.receive(fac, f)
        assert len(merges(fac)) == count + 1, write
        count += 1
    fac.repo.add_contribution(aid, {"author": "Ghita", "institution": "ONG", "kind": "template", "source": "g.xlsx",
                                    "sections": "", "written_at": datetime(2026, 11, 30, 9)},
                              {"V-01": {"value": AnswerValue.NOT}})
    ex.receive(fac, files[4])
    ex.receive(fac, files[5])
    assert len(merges(fac)) == count  # contributions only since the last backup: none made
    assert len(fac.repo.contributions(aid)) == 7  # six files and Ghita's
