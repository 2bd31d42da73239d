"""A group's `handed_out` marks are checked against what the facilitator's database handed out (issue 11,
outside facilitator: a group could hide a changed answer by marking it handed out, or claim the facilitator's
answers as its own). Three laptops (separate database files), real exchange files crafted by hand."""

from __future__ import annotations

import io
import json
import zipfile

from app.services import contributions as co
from app.services import exchange as ex
from tests.services.test_exchange import workshop  # noqa: F401 (fixture)


def craft(src, dst, change):
    """Rewrite a plain exchange file's assessment.json with `change(doc)`, as a group tampering with it would."""
    with zipfile.ZipFile(src) as z:
        manifest, doc = z.read("manifest.json"), json.loads(z.read("assessment.json"))
    change(doc)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("manifest.json", manifest)
        z.writestr("assessment.json", json.dumps(doc))
    dst.write_bytes(buf.getvalue())
    return dst


def setup(workshop, tmp_path, sections=None):  # noqa: F811
    fac = workshop("facilitator")
    aid = fac.create_assessment("Revue 2026", "MA")
    fac.set_answers(aid, [("V-01", {"value": "partially", "comment": "plan adopted"}),
                          ("V-02", {"value": "fully"}), ("III.A-01", {"value": "largely"})])
    handout = ex.share(fac, aid, tmp_path / "handout.opsc", by="Facilitatrice", sections=sections).path
    group = workshop("justice")
    gid = ex.receive(group, handout).assessment_id
    return fac, aid, group, gid


def contribution_of(fac, aid, by):
    return {qid: q.contributions[by].value.value for qid, q in co.view(fac, aid).questions.items()
            if by in q.contributions}


def test_an_honest_file_has_consistent_marks(workshop, tmp_path):  # noqa: F811
    fac, aid, group, gid = setup(workshop, tmp_path)
    group.set_answer(gid, "V-01", None, value="not")
    got = ex.receive(fac, ex.share(group, gid, tmp_path / "justice.opsc", by="Justice").path)
    assert (got.unmarked, got.claimed, got.answers) == (0, 0, 1)
    assert contribution_of(fac, aid, "Justice") == {"V-01": "not"}


def test_a_changed_answer_marked_handed_out_is_the_groups_and_said(workshop, tmp_path):  # noqa: F811
    fac, aid, group, gid = setup(workshop, tmp_path)
    group.set_answer(gid, "V-01", None, value="not")
    group.set_answer(gid, "III.B-01", None, value="fully")  # the hand-out carried no answer here
    sent = ex.share(group, gid, tmp_path / "justice.opsc", by="Justice").path

    def hide(doc):  # the group hides its changes: marked as the facilitator's
        doc["answers"]["V-01"]["handed_out"] = True
        doc["answers"]["III.B-01"]["handed_out"] = True
        doc["answers"]["V-02"]["comment"] = "changed, marked handed out"
        doc["answers"]["V-02"]["handed_out"] = True

    got = ex.receive(fac, craft(sent, tmp_path / "hidden.opsc", hide))
    assert got.unmarked == 3 and got.claimed == 0
    assert contribution_of(fac, aid, "Justice") == {"V-01": "not", "V-02": "fully", "III.B-01": "fully"}
    # an answer marked handed out that IS as handed out stays the facilitator's
    assert "III.A-01" not in contribution_of(fac, aid, "Justice")
    assert fac.answers(aid)["V-01"].value.value == "partially"  # the facilitator's answer never moves


def test_claiming_the_facilitators_answers_is_said_and_taken_as_the_file_says(workshop, tmp_path):  # noqa: F811
    fac, aid, group, gid = setup(workshop, tmp_path)
    group.set_answer(gid, "V-01", None, value="not")
    sent = ex.share(group, gid, tmp_path / "justice.opsc", by="Justice").path

    def claim(doc):
        for a in doc["answers"].values():
            a["handed_out"] = False

    got = ex.receive(fac, craft(sent, tmp_path / "claimed.opsc", claim))
    assert (got.unmarked, got.claimed) == (0, 2)  # V-02 and III.A-01 exactly as handed out
    assert contribution_of(fac, aid, "Justice") == {"V-01": "not", "V-02": "fully", "III.A-01": "largely"}


def test_a_mark_outside_the_sections_handed_out_is_the_groups(workshop, tmp_path):  # noqa: F811
    fac, aid, group, gid = setup(workshop, tmp_path, sections=["V"])
    group.set_answer(gid, "III.A-01", None, value="not")  # not handed out to this group at all
    sent = ex.share(group, gid, tmp_path / "justice.opsc", by="Justice", sections=[]).path

    def hide(doc):
        doc["answers"]["III.A-01"]["handed_out"] = True

    got = ex.receive(fac, craft(sent, tmp_path / "hidden.opsc", hide))
    assert got.unmarked == 1 and contribution_of(fac, aid, "Justice") == {"III.A-01": "not"}


def test_marks_are_checked_against_the_hand_out_the_file_answers(workshop, tmp_path):  # noqa: F811
    """The facilitator changes an answer after handing out the first file: a group answering that first
    hand-out, its answer left as handed out, is not flagged; the same mark with the new value is not the
    hand-out it answers, so it is the group's."""
    fac, aid, group, gid = setup(workshop, tmp_path)
    fac.set_answer(aid, "V-02", None, value="not")
    ex.share(fac, aid, tmp_path / "handout2.opsc", by="Facilitatrice")
    sent = ex.share(group, gid, tmp_path / "justice.opsc", by="Justice").path
    got = ex.receive(fac, sent)
    assert (got.unmarked, got.claimed, got.answers) == (0, 0, 0) and got.empty

    def mark_new_value(doc):
        doc["answers"]["V-02"]["value"] = "not"  # the second hand-out's value, not the first's

    got = ex.receive(fac, craft(ex.share(group, gid, tmp_path / "j2.opsc", by="Justice").path,
                                tmp_path / "j2-crafted.opsc", mark_new_value))
    assert got.unmarked == 1 and contribution_of(fac, aid, "Justice") == {"V-02": "not"}


def test_a_group_laptop_shares_back_the_sections_it_was_handed(workshop, tmp_path):  # noqa: F811
    fac, aid, group, gid = setup(workshop, tmp_path, sections=["V"])
    assert ex.handed_sections(group, gid) == ("V",) and ex.handed_sections(fac, aid) == ()
    group.set_answer(gid, "V-01", None, value="not")
    group.set_answer(gid, "III.A-01", None, value="not")
    back = ex.share(group, gid, tmp_path / "justice.opsc", by="Justice")
    assert back.sections == ("V",) and back.as_handed_out
    assert back.left_out == ("III.A-01",)  # answered outside the hand-out: not sent, and said (cli/window)
    got = ex.receive(fac, back.path)
    assert got.sections == ("V",) and contribution_of(fac, aid, "Justice") == {"V-01": "not"}
    everything = ex.share(group, gid, tmp_path / "all.opsc", by="Justice", sections=[])
    assert everything.sections == () and not everything.as_handed_out and everything.left_out == ()
    other = ex.share(group, gid, tmp_path / "iii.opsc", by="Justice", sections=["III.A"])
    assert other.sections == ("III.A",) and not other.as_handed_out
