"""score --by mnr|icmec: the score --json shape grouped by tag, as a real process on a real SQLite file."""

from __future__ import annotations

import json

import pytest

from app.definitions import load_questionnaire
from tests.cli.helpers import cli
from tests.conftest import SHIPPED


def test_score_by_mnr_counts_a_question_in_each_of_its_capabilities(tmp_path):
    home = tmp_path / "home"
    assert cli("new", "--title", "T", "--country", "MA", env_home=home).returncode == 0
    qn = load_questionnaire(SHIPPED)
    both = next(q for q in qn.questions() if len([t for t in q.tags if t.startswith("mnr-")]) >= 2)
    tag_a, tag_b = [t for t in both.tags if t.startswith("mnr-")][:2]
    other = next(q for q in qn.questions() if tag_a in q.tags and tag_b not in q.tags and q.id != both.id)
    csv = tmp_path / "a.csv"
    csv.write_text(f"question_id,answer,na_reason,comment\n{both.id},fully,,\n{other.id},partially,,\n",
                   encoding="utf-8")
    assert cli("import-answers", "1", str(csv), env_home=home).returncode == 0

    r = cli("score", "1", "--json", "--by", "mnr", env_home=home)
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert data["by"] == "mnr"
    assert list(data["groups"]) == [f"mnr-{n:02d}" for n in range(1, 22)]
    a, b = data["groups"][tag_a], data["groups"][tag_b]
    w1, w2 = both.weight, other.weight
    # tag_a: fully (1) and partially (1/3); tag_b: only the fully answered question
    assert a["score"] == pytest.approx(100 * (w1 + w2 / 3) / (w1 + w2))
    assert b["score"] == pytest.approx(100.0)
    assert a["answered"] == 2 and b["answered"] == 1
    all_a = sum(q.weight for q in qn.questions() if tag_a in q.tags)
    assert a["conservative"] == pytest.approx(100 * (w1 + w2 / 3) / all_a)
    assert a["coverage"] == pytest.approx(2 / a["applicable"])
    assert [g["question"] for g in a["gaps"]] == [other.id]
    assert a["gaps"][0]["weight_x_gap"] == pytest.approx(w2 * 2 / 3)
    assert b["gaps"] == []
    # same keys as score --json for every group, plus the name, questions and gaps
    plain = json.loads(cli("score", "1", "--json", env_home=home).stdout)
    assert set(plain["overall"]) <= set(a) and data["overall"] == plain["overall"]
    assert a["name"].startswith("MNR ")


def test_score_by_icmec_text_and_bad_framework(tmp_path):
    home = tmp_path / "home"
    cli("new", "--title", "T", "--country", "KE", env_home=home)
    r = cli("score", "1", "--by", "icmec", env_home=home)
    assert r.returncode == 0 and "icmec.definition" in r.stdout and "not scored" in r.stdout
    bad = cli("score", "1", "--by", "unicef", env_home=home)
    assert bad.returncode == 2 and "invalid choice" in bad.stderr
    missing = cli("score", "7", "--json", "--by", "mnr", env_home=home)
    assert missing.returncode == 1 and "no assessment 7" in missing.stderr
