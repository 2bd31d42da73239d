"""The command line: real processes for exit codes and messages; no tracebacks ever."""

from __future__ import annotations

import json
import shutil

import pytest

from app import __version__
from tests.cli.helpers import cli
from tests.conftest import SHIPPED


def test_version_and_help():
    assert cli("--version").stdout.strip() == f"opsc-assess {__version__}"
    out = cli("--help").stdout
    for cmd in ("validate", "list", "new", "export", "score", "import-answers", "template", "coverage"):
        assert cmd in out


def test_validate_shipped_questionnaire_passes():
    r = cli("validate", str(SHIPPED))
    assert r.returncode == 0, r.stdout + r.stderr
    assert "ok: opsc-crc-c-156" in r.stdout


def test_validate_names_file_line_and_key_and_exits_1(tmp_path):
    copy = tmp_path / "opsc"
    shutil.copytree(SHIPPED, copy)
    f = copy / "sections" / "III.A.yaml"
    lines = f.read_text(encoding="utf-8").splitlines()
    n = next(i for i, line in enumerate(lines) if line.strip().startswith("weight:"))
    lines[n] = lines[n].replace("weight:", "wieght:")
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    r = cli("validate", str(copy))
    assert r.returncode == 1
    assert f"sections/III.A.yaml:{n + 1}:" in r.stdout and "wieght" in r.stdout
    assert "Traceback" not in r.stdout + r.stderr


@pytest.fixture
def on(database):
    """The command line on each engine: the data folder's file, or OPSC_ASSESS_DATABASE_URL."""
    url = database if isinstance(database, str) else None

    def _run(*args: str, env_home=None):
        return cli(*args, env_home=env_home, url=url)

    return _run


def test_new_list_score_and_bad_input(tmp_path, on):
    home = tmp_path / "home"
    cli = on
    r = cli("new", "--title", "Revue 2026", "--country", "bf", env_home=home)
    assert r.returncode == 0 and r.stdout.strip() == "1"
    assert "Revue 2026" in cli("list", env_home=home).stdout
    bad = cli("new", "--title", "x", "--country", "ZZ", env_home=home)
    assert bad.returncode == 1 and bad.stderr.count("\n") == 1 and "ISO 3166" in bad.stderr
    missing = cli("score", "42", env_home=home)
    assert missing.returncode == 1 and "no assessment 42" in missing.stderr and "Traceback" not in missing.stderr
    usage = cli("frobnicate", env_home=home)
    assert usage.returncode == 2
    data = json.loads(cli("score", "1", "--json", env_home=home).stdout)
    o = data["overall"]
    assert (o["score"], o["conservative"], o["coverage"]) == (None, 0.0, 0.0)
    from app.definitions import load_questionnaire

    total = len(load_questionnaire(SHIPPED).questions())
    assert (o["band"], o["provisional"], o["answered"], o["applicable"]) == (None, True, 0, total)
    assert "III.A" in data["sections"]


def test_import_answers_then_score_json(tmp_path, on):
    home = tmp_path / "home"
    cli = on
    cli("new", "--title", "T", "--country", "KE", env_home=home)
    from app.definitions import load_questionnaire

    q = load_questionnaire(SHIPPED)
    first, second = q.sections[1].questions[0], q.sections[1].questions[1]
    csv = tmp_path / "a.csv"
    csv.write_text(f"question_id,answer,na_reason,comment\n{first.id},fully,,\n{second.id},partially,,\n",
                   encoding="utf-8")
    r = cli("import-answers", "1", str(csv), env_home=home)
    assert r.returncode == 0, r.stderr
    s = json.loads(cli("score", "1", "--json", env_home=home).stdout)["sections"][q.sections[1].id]
    w1, w2 = first.weight, second.weight
    assert s["score"] == pytest.approx(100 * (w1 + w2 / 3) / (w1 + w2))
    n = len(q.sections[1].questions)
    assert (s["answered"], s["applicable"]) == (2, n)
    assert s["provisional"] is (2 * n / 3 > 2) and s["band"] is None  # 2 answers: thin evidence, no band
    assert data_overall_is_provisional(cli, home)
    listed = cli("list", env_home=home).stdout.splitlines()
    assert listed[1].split("\t")[3] == f"2/{len(q.questions())}"
    bad = tmp_path / "bad.csv"
    bad.write_text("question_id,answer,na_reason,comment\nNOPE,fully,,\n", encoding="utf-8")
    r = cli("import-answers", "1", str(bad), env_home=home)
    assert r.returncode == 1 and "bad.csv:2:" in r.stderr and "nothing was imported" in r.stderr


def data_overall_is_provisional(cli, home):
    o = json.loads(cli("score", "1", "--json", env_home=home).stdout)["overall"]
    return o["provisional"] is True and o["band"] is None and o["score"] is not None


def test_data_stays_in_the_data_folder(tmp_path):
    home = tmp_path / "home"
    cli("new", "--title", "T", "--country", "KE", env_home=home)
    assert (home / "assessments.sqlite").exists()


def test_upgrade_an_assessment_answered_against_the_released_1_0_0(tmp_path):
    """An assessment of release 1.0.0 (as in the field) upgraded to the shipped version from the command line."""
    from app.definitions import load_questionnaire
    from app.services.workspace import Workspace
    from app.storage import open_database

    home = tmp_path / "home"
    cli("new", "--title", "Revue 2025", "--country", "SN", env_home=home)
    q = load_questionnaire(SHIPPED)
    old = q.snapshot("1.0.0")
    ws = Workspace(open_database(home / "assessments.sqlite"), q)
    assert ws.file is not None and ws.file.exists()
    ws.repo.update_assessment(1, {"questionnaire_version": "1.0.0", "questionnaire_hash": old.content_hash})
    # III-01 unchanged, III.F-01 changed in meaning, III.A-01 removed (as the mapping says)
    for qid, value in (("III-01", "fully"), ("III.F-01", "partially"), ("III.A-01", "largely")):
        ws.repo.save_answer(1, qid, {"value": value, "comment": f"about {qid}"})
    ws.close()
    dry = cli("upgrade", "1", "--dry-run", env_home=home)
    assert dry.returncode == 0 and "dry run" in dry.stdout
    r = cli("upgrade", "1", env_home=home)
    assert r.returncode == 0, r.stderr
    out = r.stdout
    assert f"1.0.0 -> {q.id} {q.version}" in out
    assert "kept as they were (1): III-01" in out
    assert "flagged to review (answer kept) (1): III.F-01" in out
    assert "  of which answered (1): III.A-01" in out
    assert "III.A-01:" in out  # the mapping's note says why
    again = cli("upgrade", "1", env_home=home)
    assert again.returncode == 1 and "nothing to upgrade" in again.stderr
    s = json.loads(cli("score", "1", "--json", env_home=home).stdout)["overall"]
    assert (s["answered"], s["to_review"]) == (2, 1)


def test_upgrade_database_creates_the_schema_and_a_missing_password_is_one_line(pg_server, pg_url, tmp_path):
    r = cli("upgrade-database", url=pg_url, env_home=tmp_path)
    assert r.returncode == 0 and "schema version" in r.stdout and "created" in r.stdout, r.stderr
    again = cli("upgrade-database", url=pg_url, env_home=tmp_path)
    assert "already current" in again.stdout
    no_password = pg_url.replace(":admin-secret-for-tests@", "@")
    r = cli("list", url=no_password, env_home=tmp_path)  # no terminal to ask on: one clear line
    assert r.returncode == 1 and "needs the password" in r.stderr and "Traceback" not in r.stderr
    assert "admin-secret" not in r.stderr
    wrong = cli("list", url=pg_url.replace("admin-secret-for-tests", "wrong"), env_home=tmp_path)
    assert wrong.returncode == 1 and "refused the one given" in wrong.stderr and "wrong" not in wrong.stderr.split(
        "refused")[0].split("//")[-1].split("@")[0]
    assert not (tmp_path / "assessments.sqlite").exists()  # on a server, no local file is made
