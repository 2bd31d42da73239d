"""A follow-up's exchange file names its baseline (manifest `baseline_uid`, issue 17): the receiving database
keeps the follow-up link when it holds that baseline, and comparing a baseline of this database with its
follow-up received as a file shows the action plan's progress. Older files without the field still read."""

from __future__ import annotations

import io
import json
import zipfile
from datetime import date

from app.domain.comparison import ActionState
from app.export import exchange_file as xf
from app.services import exchange as ex
from app.services import followup
from app.services.compare_files import compare_sources, read_file
from tests.services.test_exchange import laptop


def _ministry_and_field(tmp_path):
    """The ministry's baseline (two actions), shared to a field laptop that starts the follow-up there,
    marks one action done and answers one question, then shares the follow-up back."""
    ministry, field = laptop(tmp_path, "ministry"), laptop(tmp_path, "field")
    base = ministry.create_assessment("Maroc 2024", "MA", date(2024, 3, 1))
    ministry.set_answer(base, "III.A-01", value="partially")
    ministry.add_action(base, "III.A-01", description="Décret d’application", deadline=date(2025, 1, 1))
    ministry.add_action(base, "V-01", description="Former les juges", deadline=date(2027, 1, 1))
    ex.share(ministry, base, tmp_path / "base.opsc", by="Ministère")
    field_base = ex.receive(field, tmp_path / "base.opsc", by="Terrain").assessment_id
    new = followup.start_follow_up(field, field_base, title="Maroc 2026", assessment_date=date(2026, 3, 1))
    judges = next(a for a in field.actions(new) if a.question_id == "V-01")
    field.update_action(judges.id, status="done")
    field.set_answer(new, "III.A-01", value="fully")
    ex.share(field, new, tmp_path / "follow.opsc", by="Terrain")
    return ministry, field, base


def _manifest(path):
    with zipfile.ZipFile(path) as z:
        return json.loads(z.read("manifest.json"))


def test_a_follow_up_file_names_its_baseline_and_the_link_survives_the_trip(tmp_path):
    ministry, field, base = _ministry_and_field(tmp_path)
    try:
        uid = ministry.repo.assessment(base).uid
        manifest = _manifest(tmp_path / "follow.opsc")
        assert manifest["baseline_uid"] == uid
        assert manifest["format_version"] == xf.FORMAT_VERSION == 2  # an optional key: no format bump
        assert "baseline_uid" not in _manifest(tmp_path / "base.opsc")  # not a follow-up: no key at all
        # compared as a file with the ministry's baseline: the action plan's progress is there
        f = read_file(ministry, tmp_path / "follow.opsc", -1)
        c = compare_sources(ministry, [base, f])
        assert c.actions is not None
        assert c.actions.counts()[ActionState.DONE] == 1 and c.actions.counts()[ActionState.LATE] == 1
        # the wrong way round (the file first) is no baseline/follow-up pair
        assert compare_sources(ministry, [f, base]).actions is None
        # received: the follow-up keeps its link, and compares as a pair from the database
        got = ex.receive(ministry, tmp_path / "follow.opsc", by="Terrain")
        assert ministry.repo.assessment(got.assessment_id).baseline_id == base
        assert followup.review_chain(ministry, got.assessment_id) == [base, got.assessment_id]
        c = compare_sources(ministry, [base, got.assessment_id])
        assert c.actions is not None and c.actions.counts()[ActionState.DONE] == 1
    finally:
        ministry.close()
        field.close()


def test_an_older_file_without_the_baseline_still_reads(tmp_path):
    """A file written before `baseline_uid` (the same format version 2): read and received as before, the
    follow-up without its link, and the comparison without action-plan progress (no pair is guessed)."""
    ministry, field, base = _ministry_and_field(tmp_path)
    try:
        with zipfile.ZipFile(tmp_path / "follow.opsc") as z:
            manifest = json.loads(z.read("manifest.json"))
            assessment = json.loads(z.read("assessment.json"))
        del manifest["baseline_uid"]
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as z:
            z.writestr("manifest.json", json.dumps(manifest))
            z.writestr("assessment.json", json.dumps(assessment))
        old = tmp_path / "old.opsc"
        old.write_bytes(buf.getvalue())
        f = read_file(ministry, old, -1)
        assert f.baseline_uid is None and compare_sources(ministry, [base, f]).actions is None
        got = ex.receive(ministry, old, by="Terrain")
        assert ministry.repo.assessment(got.assessment_id).baseline_id is None
    finally:
        ministry.close()
        field.close()


def test_a_baseline_of_another_country_is_not_linked(tmp_path):
    """A file naming as baseline an assessment this database holds for another country: not linked."""
    ministry, field, base = _ministry_and_field(tmp_path)
    try:
        ministry.update_assessment(base, country_code="TN")
        got = ex.receive(ministry, tmp_path / "follow.opsc", by="Terrain")
        assert ministry.repo.assessment(got.assessment_id).baseline_id is None
    finally:
        ministry.close()
        field.close()
