"""Names typed by hand on the command line (--by, --institution, OPSC_USER) get the rule exchange files get
for their short fields: no control character, a bounded length; refused with exit 1 and nothing stored.
Stored names are printed by `contributions` with their control characters escaped."""

from __future__ import annotations

import json
import sqlite3

import openpyxl

from tests.cli.helpers import ok, refused, run


def _filled(src, dst, qid="V-01", code="fully"):
    wb = openpyxl.load_workbook(src)
    ws = wb["Answers"]
    hdr = [c.value for c in ws[1]]
    for row in ws.iter_rows(min_row=2):
        if row[0].value == qid:
            row[hdr.index("answer")].value = code
    wb.save(dst)
    return dst


def test_control_characters_and_overlong_names_are_refused(tmp_path):
    fac = tmp_path / "fac"
    aid = ok(fac, "new", "--title", "Atelier", "--country", "MA").strip()
    blank = tmp_path / "blank.xlsx"
    ok(fac, "template", aid, "--out", str(blank))
    t = _filled(blank, tmp_path / "T.xlsx")
    before = (fac / "assessments.sqlite").read_bytes()
    err = refused(fac, "receive", str(t), "--by", "Groupe T", "--institution", "Min\x1b[2J\x07istry\u202e")
    assert "institution" in err and "control character (\\x1b)" in err
    err = refused(fac, "receive", str(t), "--by", "Grp\x1b[31mx")
    assert "group's name" in err and "\\x1b" in err and "\x1b" not in err
    err = refused(fac, "receive", str(t), "--by", "G" * 10_000)
    assert "10000 characters" in err and "200" in err
    err = refused(fac, "receive", str(t), "--by", "G", "--institution", "I" * 501)
    assert "501 characters" in err
    err = refused(fac, "--lang", "fr", "receive", str(t), "--by", "Grp\x07")
    assert "caractère de contrôle" in err
    err = refused(fac, "new", "--title", "X", "--country", "MA", env={"OPSC_USER": "Fat\x1bima"})
    assert "OPSC_USER" in err
    assert (fac / "assessments.sqlite").read_bytes() == before  # nothing stored
    out = ok(fac, "receive", str(t), "--by", "Groupe T", "--institution", "Ministère")
    assert "contribution from Groupe T" in out
    assert [c["by"] for c in json.loads(ok(fac, "contributions", aid, "--json"))["contributors"]] == ["Groupe T"]


def test_institution_with_only_exchange_files_is_refused(tmp_path):
    fac, grp = tmp_path / "fac", tmp_path / "grp"
    aid = ok(fac, "new", "--title", "Atelier", "--country", "MA").strip()
    ok(fac, "share", aid, "--out", str(tmp_path / "h.opsc"))
    ok(grp, "receive", str(tmp_path / "h.opsc"))
    csv = tmp_path / "a.csv"
    csv.write_text("question_id,answer,na_reason,comment\nV-01,fully,,\n", encoding="utf-8")
    ok(grp, "import-answers", "1", str(csv))
    ok(grp, "share", "1", "--out", str(tmp_path / "g.opsc"), "--by", "Police")
    err = refused(fac, "receive", str(tmp_path / "g.opsc"), "--institution", "DGSN")
    assert "--institution" in err and ".opsc" in err
    assert json.loads(ok(fac, "contributions", aid, "--json"))["contributors"] == []


def test_contributions_prints_stored_names_escaped(tmp_path):
    """A name stored raw by an older version (or straight in the database) is never printed raw."""
    fac = tmp_path / "fac"
    aid = ok(fac, "new", "--title", "Atelier", "--country", "MA").strip()
    blank = tmp_path / "blank.xlsx"
    ok(fac, "template", aid, "--out", str(blank))
    ok(fac, "receive", str(_filled(blank, tmp_path / "T.xlsx")), "--by", "Groupe T", "--institution", "Min")
    with sqlite3.connect(fac / "assessments.sqlite") as c:
        tables = [r[0] for r in c.execute("select name from sqlite_master where type='table'")]
        table = next(t for t in tables if "contribut" in t)
        cols = [r[1] for r in c.execute(f"pragma table_info({table})")]
        col = "author" if "author" in cols else "by"
        c.execute(f"update {table} set {col} = ?", ("Grp\x1b[31mx\u202e",))
    r = run(fac, "contributions", aid)
    assert r.returncode == 0, r.stderr
    assert "\x1b" not in r.stdout and "\u202e" not in r.stdout
    assert "Grp\\x1b[31mx\\u202e" in r.stdout
