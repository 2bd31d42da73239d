"""compare with received exchange files (.opsc) beside ids: read and checked as receive reads them, compared,
never stored; a protected file takes --passphrase-file; refusals in one line (real processes, SQLite)."""

from __future__ import annotations

import json

import pytest
from openpyxl import load_workbook

from tests.cli.helpers import cli
from tests.conftest import SHIPPED


def _answers(tmp_path, name, rows):
    csv = tmp_path / name
    csv.write_text("question_id,answer,na_reason,comment\n" + "".join(f"{q},{a},,\n" for q, a in rows),
                   encoding="utf-8")
    return csv


@pytest.fixture
def setup(tmp_path):
    """Kenya's review, shared as a file from another laptop (its own data folder); Benin's here."""
    from app.definitions import load_questionnaire

    q = load_questionnaire(SHIPPED)
    s = q.sections[1]
    first, second = s.questions[0], s.questions[1]
    away, home = tmp_path / "away", tmp_path / "home"
    assert cli("new", "--title", "Kenya 2026", "--country", "KE", "--date", "2026-03-01", env_home=away).returncode == 0
    assert cli("import-answers", "1", str(_answers(tmp_path, "ke.csv", [(first.id, "fully"), (second.id, "not")])),
               env_home=away).returncode == 0
    plain, locked = tmp_path / "kenya.opsc", tmp_path / "kenya-locked.opsc"
    assert cli("share", "1", "--out", str(plain), "--by", "Wanjiru", env_home=away).returncode == 0
    secret = tmp_path / "pass.txt"
    secret.write_text("pamoja 2026\n", encoding="utf-8")
    r = cli("share", "1", "--out", str(locked), "--by", "Wanjiru", "--passphrase-file", str(secret), env_home=away)
    assert r.returncode == 0, r.stderr
    assert cli("new", "--title", "Bénin 2026", "--country", "BJ", "--date", "2026-03-02", env_home=home).returncode == 0
    assert cli("import-answers", "1", str(_answers(tmp_path, "bj.csv", [(first.id, "partially")])),
               env_home=home).returncode == 0
    return home, plain, locked, secret, s, first, second


def test_a_file_compares_beside_an_id_and_nothing_is_stored(tmp_path, setup):
    home, plain, _locked, _secret, s, first, second = setup
    r = cli("compare", "1", str(plain), "--json", env_home=home)
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert data["assessments"] == [1, str(plain)]
    assert data["reading"] == "across_countries"
    w1, w2 = first.weight, second.weight
    # hand-worked: Benin 1/3 of `first` only; Kenya `first` fully, `second` not in place
    assert data["sections"][s.id]["1"]["score"] == pytest.approx(100 / 3)
    assert data["sections"][s.id][str(plain)]["score"] == pytest.approx(100 * w1 / (w1 + w2))
    assert data["changed"][first.id] == {"1": "partially", str(plain): "fully"}
    assert data["changed"][second.id] == {"1": None, str(plain): "not"}
    assert [a["id"] for a in json.loads(cli("list", "--json", env_home=home).stdout)] == [1]  # nothing received
    text = cli("compare", str(plain), "1", env_home=home)  # the file first: it is the reference
    assert text.returncode == 0 and text.stdout.splitlines()[0].startswith("section") and "kenya.opsc" in text.stdout
    out = tmp_path / "cmp.xlsx"
    r = cli("compare", str(plain), "1", "--format", "xlsx", "--lang", "fr", "--out", str(out), env_home=home)
    assert r.returncode == 0, r.stderr
    cells = [c for ws in load_workbook(out).worksheets for row in ws.iter_rows(values_only=True) for c in row]
    assert "Kenya 2026" in " ".join(str(c) for c in cells if c)


def test_a_protected_file_takes_its_passphrase_and_refusals_are_one_line(tmp_path, setup):
    home, _plain, locked, secret, s, _first, _second = setup
    r = cli("compare", "1", str(locked), "--json", "--passphrase-file", str(secret), env_home=home)
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["assessments"] == [1, str(locked)]
    r = cli("compare", "1", str(locked), "--json", env_home=home)  # no terminal to ask on
    assert r.returncode == 1 and "passphrase" in r.stderr and len(r.stderr.strip().splitlines()) == 1
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("nope", encoding="utf-8")
    r = cli("compare", "1", str(locked), "--passphrase-file", str(wrong), env_home=home)
    assert r.returncode == 1 and "passphrase is wrong" in r.stderr and "Traceback" not in r.stderr
    r = cli("compare", "1", str(tmp_path / "missing.opsc"), env_home=home)
    assert r.returncode == 1 and "neither an assessment id nor an exchange file" in r.stderr
    junk = tmp_path / "junk.opsc"
    junk.write_bytes(b"not a zip at all")
    r = cli("--lang", "fr", "compare", "1", str(junk), env_home=home)
    assert r.returncode == 1 and r.stderr.startswith("erreur\u00a0: junk.opsc") and len(r.stderr.strip().splitlines()) == 1
    assert [a["id"] for a in json.loads(cli("list", "--json", env_home=home).stdout)] == [1]
