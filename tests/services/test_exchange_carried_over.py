"""A follow-up's answers carried over from its baseline and not yet confirmed keep that mark in an exchange
file (per-answer `carried_over`, issue 17 outside review, major 1): comparing the file gives the figures the
database gives, receiving it keeps them "to confirm", and a contribution leaves them out (they are the
previous review's answers, not the sender's). Files without the key read every answer as confirmed."""

from __future__ import annotations

import io
import json
import zipfile
from datetime import date

from app.export import exchange_file as xf
from app.services import exchange as ex
from app.services import followup
from app.services.compare_files import compare_sources, read_file
from tests.services.test_exchange import laptop


def _follow_up(ws):
    """A baseline with four answers and its follow-up: one confirmed, one changed, two still to confirm."""
    base = ws.create_assessment("Burkina Faso 2024", "BF", date(2024, 3, 1))
    for qid, value in (("III.A-01", "partially"), ("III.A-02", "fully"), ("III.A-03", "not"),
                       ("V-01", "largely")):
        ws.set_answer(base, qid, value=value)
    new = followup.start_follow_up(ws, base, title="Burkina Faso 2026", assessment_date=date(2026, 3, 1))
    followup.confirm_all(ws, new, ["III.A-01"])
    ws.set_answer(new, "III.A-03", value="partially")
    assert sorted(followup.carried_over(ws, new)) == ["III.A-02", "V-01"]
    return base, new


def _figures(c):
    lines = {"overall": c.overall, **c.sections}
    return {k: ({i: f for i, f in zip((0, 1), line.figures.values(), strict=True)}, line.change)
            for k, line in lines.items()}


def test_compare_against_the_file_gives_the_database_figures(tmp_path):
    ws = laptop(tmp_path, "ministry")
    try:
        base, new = _follow_up(ws)
        ex.share(ws, new, tmp_path / "fu.opsc", by="Ministère")
        with zipfile.ZipFile(tmp_path / "fu.opsc") as z:
            answers = json.loads(z.read("assessment.json"))["answers"]
        assert {q for q, a in answers.items() if a["carried_over"]} == {"III.A-02", "V-01"}
        assert json.loads(zipfile.ZipFile(tmp_path / "fu.opsc").read("manifest.json"))["format_version"] \
            == xf.FORMAT_VERSION == 2  # an optional key: no format bump
        from_db = compare_sources(ws, [base, new])
        from_file = compare_sources(ws, [base, read_file(ws, tmp_path / "fu.opsc", -1)])
        assert _figures(from_file) == _figures(from_db)
        assert from_db.overall.change.to_confirm == 2 and from_db.overall.change.provisional
        assert [f.carried_over for f in from_file.overall.figures.values()] == [0, 2]
        assert from_file.open_by[-1] == from_db.open_by[new]
    finally:
        ws.close()


def test_received_into_an_empty_folder_keeps_them_to_confirm(tmp_path):
    ws, other = laptop(tmp_path, "ministry"), laptop(tmp_path, "empty")
    try:
        _, new = _follow_up(ws)
        ex.share(ws, new, tmp_path / "fu.opsc", by="Ministère")
        got = ex.receive(other, tmp_path / "fu.opsc", by="Ministère")
        assert got.outcome == "added"
        assert sorted(followup.carried_over(other, got.assessment_id)) == ["III.A-02", "V-01"]
        assert other.answers(got.assessment_id) == ws.answers(new)
    finally:
        ws.close()
        other.close()


def test_a_contribution_leaves_out_answers_nobody_confirmed(tmp_path):
    """The follow-up's original comes back to a co-facilitator's copy as a contribution: only the answers its
    author confirmed or changed count; the two still carried over are the previous review's."""
    ws, copy = laptop(tmp_path, "ministry"), laptop(tmp_path, "co")
    try:
        _, new = _follow_up(ws)
        ex.share(ws, new, tmp_path / "fu.opsc", by="Ministère")
        held = ex.receive(copy, tmp_path / "fu.opsc", by="Ministère").assessment_id
        ws.set_answer(new, "V-01", value="fully")  # answered again: confirmed, now the ministry's own
        ex.share(ws, new, tmp_path / "fu2.opsc", by="Ministère")
        got = ex.receive(copy, tmp_path / "fu2.opsc", by="Ministère")
        assert got.outcome == "contribution" and got.assessment_id == held
        assert got.answers == 3  # III.A-01 (confirmed), III.A-03 (changed), V-01 (changed); not III.A-02
    finally:
        ws.close()
        copy.close()


def test_a_file_without_the_key_reads_every_answer_as_confirmed(tmp_path):
    ws, other = laptop(tmp_path, "ministry"), laptop(tmp_path, "empty")
    try:
        _, new = _follow_up(ws)
        ex.share(ws, new, tmp_path / "fu.opsc", by="Ministère")
        with zipfile.ZipFile(tmp_path / "fu.opsc") as z:
            manifest = json.loads(z.read("manifest.json"))
            assessment = json.loads(z.read("assessment.json"))
        for a in assessment["answers"].values():
            del a["carried_over"]
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as z:
            z.writestr("manifest.json", json.dumps(manifest))
            z.writestr("assessment.json", json.dumps(assessment))
        (tmp_path / "old.opsc").write_bytes(buf.getvalue())
        got = ex.receive(other, tmp_path / "old.opsc", by="Ministère")
        assert followup.carried_over(other, got.assessment_id) == []
        assert len(other.answers(got.assessment_id)) == 4
    finally:
        ws.close()
        other.close()
