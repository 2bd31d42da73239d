"""follow-up --date and list (text and --json) on the command line, real processes on a SQLite file."""

from __future__ import annotations

import json
from datetime import date

from tests.cli.helpers import cli


def _csv(tmp_path):
    from app.definitions import load_questionnaire
    from tests.conftest import SHIPPED

    q = load_questionnaire(SHIPPED)
    first, second = q.sections[1].questions[:2]
    csv = tmp_path / "a.csv"
    csv.write_text(f"question_id,answer,na_reason,comment\n{first.id},fully,,\n{second.id},not,,\n", encoding="utf-8")
    return csv, first.id


def test_follow_up_with_a_date_and_the_list_shows_its_baseline(tmp_path):
    home = tmp_path / "home"
    assert cli("new", "--title", "Kenya 2024", "--country", "KE", "--date", "2024-05-02", env_home=home).returncode == 0
    csv, first = _csv(tmp_path)
    assert cli("import-answers", "1", str(csv), env_home=home).returncode == 0
    r = cli("follow-up", "1", "--title", "Kenya 2026", "--date", "2026-06-15", env_home=home)
    assert (r.returncode, r.stdout.strip()) == (0, "2"), r.stderr
    r = cli("follow-up", "1", env_home=home)  # no --date: today
    assert r.returncode == 0, r.stderr
    listed = {a["id"]: a for a in json.loads(cli("list", "--json", env_home=home).stdout)}
    assert listed[2]["date"] == "2026-06-15" and listed[2]["baseline"] == 1 and listed[2]["carried_over"] == 2
    assert listed[2]["answered"] == 0  # carried over counts as unanswered until confirmed
    assert listed[3]["date"] == date.today().isoformat()
    assert listed[1]["baseline"] is None and listed[1]["carried_over"] == 0 and listed[1]["answered"] == 2
    lines = cli("list", env_home=home).stdout.splitlines()
    assert lines[0].split("\t")[7:] == ["carried over", "follow-up of", "title"]
    rows = {line.split("\t")[0]: line.split("\t") for line in lines[1:]}
    assert rows["2"][2:] == ["2026-06-15", f"0/{rows['2'][3].split('/')[1]}", "0", "0", "0", "2", "1", "Kenya 2026"]
    assert rows["1"][7:] == ["0", "-", "Kenya 2024"]


def test_a_bad_date_is_one_clear_line_in_the_interface_language_and_creates_nothing(tmp_path):
    home = tmp_path / "home"
    assert cli("new", "--title", "Mali 2024", "--country", "ML", "--date", "2024-05-02", env_home=home).returncode == 0
    for bad in ("2026-13-01", "15/06/2026", "2026-6-1", "tomorrow"):
        r = cli("follow-up", "1", "--date", bad, env_home=home)
        assert r.returncode == 1 and r.stdout == "", bad
        assert r.stderr.strip() == f"error: '{bad}' is not a date: write it as YYYY-MM-DD, for example 2026-11-30"
    r = cli("--lang", "fr", "follow-up", "1", "--date", "31/02/2026", env_home=home)
    assert r.returncode == 1
    assert r.stderr.strip().replace("\u00a0", " ") == (  # French spacing: no-break spaces inside « » and before :
        "erreur : « 31/02/2026 » n’est pas une date : écrivez-la sous la forme AAAA-MM-JJ, par exemple 2026-11-30")
    r = cli("--lang", "ar", "follow-up", "1", "--date", "2023-01-01", env_home=home)  # before the baseline
    assert r.returncode == 1 and "يسبق تاريخ التقييم" in r.stderr and "Traceback" not in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1
    assert [a["id"] for a in json.loads(cli("list", "--json", env_home=home).stdout)] == [1]


def test_new_refuses_a_bad_date_the_same_way(tmp_path):
    home = tmp_path / "home"
    r = cli("--lang", "ar", "new", "--title", "Niger 2026", "--country", "NE", "--date", "2026-02-30", env_home=home)
    assert r.returncode == 1 and "2026-02-30" in r.stderr and "ليس تاريخاً" in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1 and "usage:" not in r.stderr
    assert json.loads(cli("list", "--json", env_home=home).stdout) == []
    r = cli("new", "--title", "Niger 2026", "--country", "NE", "--date", "2026-02-28", env_home=home)
    assert r.returncode == 0 and json.loads(cli("list", "--json", env_home=home).stdout)[0]["date"] == "2026-02-28"


def test_reimporting_the_same_answers_into_a_follow_up_says_they_stay_to_confirm(tmp_path):
    # issue 17 reader: a CSV of the earlier answers read back into the follow-up said "0 changed, 2 unchanged"
    # with nothing about the carried-over answers, which the same answer given again does not confirm
    home = tmp_path / "home"
    assert cli("new", "--title", "Kenya 2024", "--country", "KE", "--date", "2024-05-02", env_home=home).returncode == 0
    csv, _ = _csv(tmp_path)
    r = cli("import-answers", "1", str(csv), env_home=home)
    assert r.returncode == 0 and "to confirm" not in r.stdout  # a baseline: nothing carried over
    assert cli("follow-up", "1", "--title", "Kenya 2026", env_home=home).returncode == 0
    r = cli("import-answers", "2", str(csv), env_home=home)
    assert r.returncode == 0, r.stderr
    done, hint = r.stdout.strip().splitlines()
    assert done.startswith("0 answers changed") and "2 unchanged" in done
    assert hint.startswith("2 answers still to confirm, carried over from the baseline")
    assert "does not confirm a carried-over answer: confirm it in the window" in hint
    # the reader: "40 answers … does not confirm it; confirm it" (and in French "40 réponses … ne la confirme pas ;
    # confirmez-la"): no pronoun may stand for the counted answers
    for k, lang in enumerate(("fr", "ar")):
        line = cli("--lang", lang, "import-answers", "2", str(csv), env_home=home).stdout.strip().splitlines()[1]
        assert ("ne la confirme pas ;", "لا يؤكّدها؛")[k] not in line
    r = cli("--lang", "fr", "import-answers", "2", str(csv), env_home=home)
    assert r.stdout.strip().splitlines()[1].startswith("2 réponses encore à confirmer (venant de l’examen précédent). Redonner")
    r = cli("--lang", "ar", "import-answers", "2", str(csv), env_home=home)
    assert r.stdout.strip().splitlines()[1].startswith("إجابتان ما زالتا بانتظار التأكيد (من المراجعة السابقة)")
