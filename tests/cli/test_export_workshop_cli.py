"""`export … --workshop` adds the workshop annex to the PDF and the workbook, from the command line."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from openpyxl import load_workbook

from app.export.strings import label
from tests.cli.helpers import ok


def test_export_with_the_workshop_annex(tmp_path) -> None:
    fac, p1, p2 = tmp_path / "fac", tmp_path / "p1", tmp_path / "p2"
    aid = ok(fac, "new", "--title", "Atelier Rabat", "--country", "MA").strip()
    handout = tmp_path / "handout.opsc"
    ok(fac, "share", aid, "--out", str(handout), "--by", "Facilitatrice")
    for home, name, answer in ((p1, "Police", "fully"), (p2, "Justice", "not")):
        ok(home, "receive", str(handout))
        csv = tmp_path / f"{name}.csv"
        csv.write_text(f"question_id,answer,na_reason,comment\nV-01,{answer},,{name}\n", encoding="utf-8")
        ok(home, "import-answers", "1", str(csv))
        ok(home, "share", "1", "--out", str(tmp_path / f"{name}.opsc"), "--by", name)
    ok(fac, "receive", str(tmp_path / "Police.opsc"), str(tmp_path / "Justice.opsc"))

    xlsx = tmp_path / "r.xlsx"
    ok(fac, "export", aid, "--format", "xlsx", "--lang", "fr", "--out", str(xlsx), "--workshop")
    ws = load_workbook(xlsx)[label("sheet_workshop", "fr")]
    values = [str(c.value) for row in ws.iter_rows() for c in row if c.value is not None]
    assert "Police" in values and "Justice" in values and "V-01" in values  # V-01 is in dispute
    plain = tmp_path / "plain.xlsx"
    ok(fac, "export", aid, "--format", "xlsx", "--out", str(plain))
    assert label("sheet_workshop", "en") not in load_workbook(plain).sheetnames

    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    pdf = tmp_path / "r.pdf"
    ok(fac, "export", aid, "--format", "pdf", "--out", str(pdf), "--workshop")
    text = " ".join(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())
    assert label("annex_workshop", "en") in text and "Fully in place: Police" in text and "Not in place: Justice" in text


def test_the_global_lang_is_the_reports_language_and_help_says_it_is_not_remembered(tmp_path) -> None:
    """Outside facilitator, minor: `--lang ar export --workshop` wrote an English report, and --help said the
    global --lang was "remembered" (only the window remembers it: for a command it holds for that command)."""
    fac = tmp_path / "fac"
    aid = ok(fac, "new", "--title", "Atelier", "--country", "MA").strip()
    xlsx = tmp_path / "ar.xlsx"
    ok(fac, "--lang", "ar", "export", aid, "--format", "xlsx", "--out", str(xlsx), "--workshop")
    names = load_workbook(xlsx).sheetnames
    assert label("sheet_workshop", "ar") in names and label("sheet_workshop", "en") not in names
    fr = tmp_path / "fr.xlsx"  # the command's own --lang still wins
    ok(fac, "--lang", "ar", "export", aid, "--format", "xlsx", "--lang", "fr", "--out", str(fr), "--workshop")
    assert label("sheet_workshop", "fr") in load_workbook(fr).sheetnames
    plain = tmp_path / "en.xlsx"  # nothing said: English, as before (nothing was remembered)
    ok(fac, "export", aid, "--format", "xlsx", "--out", str(plain), "--workshop")
    assert label("sheet_workshop", "en") in load_workbook(plain).sheetnames
    helped = " ".join(ok(fac, "--help").split())
    assert "(remembered)" not in helped and "with a command, for that command only, not remembered" in helped
