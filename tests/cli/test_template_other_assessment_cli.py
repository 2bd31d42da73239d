"""An answer template records the uid (and country) of the assessment it was made from; import-answers and
receive refuse one made from another assessment (another database, another country), exit 1, nothing
changed. A template without a uid (made by an older version) is read as before."""

from __future__ import annotations

import openpyxl

from tests.cli.helpers import ok, refused, run
from tests.cli.test_hand_typed_names_cli import _filled


def test_a_template_of_another_assessment_is_refused_by_import_and_receive(tmp_path):
    here, there = tmp_path / "here", tmp_path / "there"
    ok(here, "new", "--title", "Maroc", "--country", "MA")
    ok(there, "new", "--title", "France", "--country", "FR")
    blank = tmp_path / "other.xlsx"
    ok(there, "template", "1", "--out", str(blank))
    meta = {r[0].value: r[1].value for r in openpyxl.load_workbook(blank)["_meta"].iter_rows()}
    assert meta["country"] == "FR" and len(meta["assessment_uid"]) == 36
    other = _filled(blank, tmp_path / "other-filled.xlsx")
    before = (here / "assessments.sqlite").read_bytes()
    r = run(here, "import-answers", "1", str(other))
    assert r.returncode == 1 and "Traceback" not in r.stderr, r.stderr
    err = r.stderr
    assert "another assessment (country FR)" in err and "'Maroc'" in err
    err = refused(here, "receive", str(other), "--by", "Groupe T")
    assert "another assessment" in err
    err = refused(here, "--lang", "fr", "receive", str(other), "--by", "Groupe T")
    assert "une autre évaluation" in err
    assert (here / "assessments.sqlite").read_bytes() == before

    # an older template (no uid in _meta): read as before
    wb = openpyxl.load_workbook(other)
    for row in wb["_meta"].iter_rows():
        if row[0].value in ("assessment_uid", "country"):
            row[1].value = None
    wb.save(tmp_path / "old.xlsx")
    ok(here, "import-answers", "1", str(tmp_path / "old.xlsx"))
    assert (here / "assessments.sqlite").read_bytes() != before  # its answer was written
