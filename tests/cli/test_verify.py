"""python -m app verify on a real SQLite file, tampered with the sqlite3 tool's way (plain SQL behind the
app's back): each kind of tampering exits 4 naming what does not match, in the chosen language."""

from __future__ import annotations

import sqlite3

import pytest

from app.definitions import load_questionnaire
from tests.cli.helpers import cli
from tests.conftest import SHIPPED


@pytest.fixture
def filled(tmp_path):
    """Assessment 1, made and answered from the command line: 3 entries (created, 2 imported answers)."""
    home = tmp_path / "home"
    assert cli("new", "--title", "Kenya 2026", "--country", "KE", env_home=home).returncode == 0
    q = load_questionnaire(SHIPPED)
    first, second = q.sections[1].questions[0].id, q.sections[1].questions[1].id
    csv = tmp_path / "a.csv"
    csv.write_text(f"question_id,answer,na_reason,comment\n{first},fully,,Children Act 2022\n{second},partially,,\n",
                   encoding="utf-8")
    assert cli("import-answers", "1", str(csv), env_home=home).returncode == 0
    return home, first, second


def tamper(home, *statements):
    con = sqlite3.connect(home / "assessments.sqlite")
    for s in statements:
        con.execute(s)
    con.commit()
    con.close()


def check(home, *args):
    r = cli("verify", *args, env_home=home)
    assert "Traceback" not in r.stdout + r.stderr
    return r


def test_an_untouched_file_verifies(filled):
    home, _, _ = filled
    r = check(home, "1")
    assert r.returncode == 0 and r.stdout.strip() == "assessment 1: 3 entries, chain intact, state matches"
    con = sqlite3.connect(home / "assessments.sqlite")
    assert [m for (m,) in con.execute("SELECT means FROM audit_entries ORDER BY seq")] == ["cli", "import", "import"]
    con.close()
    r = check(home)  # no id: every assessment
    assert r.returncode == 0 and r.stdout.count("chain intact") == 1


def test_an_answer_changed_with_the_sqlite3_tool_is_named(filled):
    home, first, _ = filled
    tamper(home, f"UPDATE answers SET value = 'not' WHERE question_id = '{first}'")
    r = check(home, "1")
    assert r.returncode == 4
    assert f"the answer to {first}: answer is stored as 'not' but the trail says 'fully'" in r.stderr
    fr = check(home, "1", "--lang", "fr")
    assert fr.returncode == 4 and f"la réponse à {first}\xa0: la valeur enregistrée pour «\xa0réponse\xa0» est «\xa0not\xa0»" \
        in fr.stderr and "(e)" not in fr.stderr
    ar = check(home, "1", "--lang", "ar")
    assert ar.returncode == 4 and f"الإجابة عن {first}: قيمة الإجابة المحفوظة" in ar.stderr
    assert "عُدّلت خارج التطبيق" in ar.stderr
    assert all(" value " not in out for out in (r.stderr, fr.stderr, ar.stderr))  # no column name shown


def test_a_deleted_entry_is_named(filled):
    home, _, second = filled
    tamper(home, "DELETE FROM audit_entries WHERE seq = 2")
    r = check(home, "1")
    assert r.returncode == 4
    assert "entry 2 is missing (the next one is 3)" in r.stderr
    assert "entry 3 is not chained to the one before it" in r.stderr


def test_a_deleted_last_entry_is_found_by_the_state(filled):
    home, _, second = filled
    tamper(home, "DELETE FROM audit_entries WHERE seq = 3")
    r = check(home, "1")
    assert r.returncode == 4 and f"the answer to {second} is stored but not in the trail" in r.stderr


def test_an_edited_entry_is_named(filled):
    home, first, _ = filled
    tamper(home, "UPDATE audit_entries SET changes = replace(changes, 'Children Act 2022', 'Children Act 2020') "
                 "WHERE seq = 2")
    r = check(home, "1")
    assert r.returncode == 4 and "entry 2 was altered after it was written" in r.stderr
    assert f"the answer to {first}: comment is stored as 'Children Act 2022'" in r.stderr
    fr = check(home, "1", "--lang", "fr")
    assert f"la réponse à {first}\xa0: la valeur enregistrée pour «\xa0commentaire\xa0» est «\xa0Children Act 2022\xa0»" in fr.stderr
    logs = list((home / "logs").glob("*.log*"))
    assert logs and all("Children Act" not in p.read_text(encoding="utf-8") for p in logs)  # no answer text logged


def test_a_rewritten_entry_with_a_recomputed_hash_breaks_the_next_link(filled):
    """Rewriting one entry and its own hash is not enough: the next entry still names the old hash."""
    home, _, _ = filled
    from datetime import datetime

    from app.domain.audit import Entry

    con = sqlite3.connect(home / "assessments.sqlite")
    row = con.execute("SELECT assessment_id, seq, at, who, kind, entity, op, changes, means, prev_hash FROM "
                      "audit_entries WHERE seq = 2").fetchone()
    forged = Entry(row[0], row[1], datetime.fromisoformat(row[2]), row[3], row[4], row[5], row[6],
                   row[7].replace("fully", "not"), row[8], row[9], "")
    con.execute("UPDATE audit_entries SET changes = ?, hash = ? WHERE seq = 2", (forged.changes, forged.computed_hash()))
    con.commit()
    con.close()
    r = check(home, "1")
    assert r.returncode == 4 and "entry 3 is not chained to the one before it" in r.stderr
    assert "entry 2 was altered" not in r.stderr


def test_an_unknown_assessment_is_refused_cleanly(filled):
    home, _, _ = filled
    r = check(home, "42")
    assert r.returncode == 4 and "there is no assessment 42 and no audit trail for it" in r.stderr


def test_one_deleted_middle_entry_is_one_gap_not_a_problem_per_later_entry(tmp_path):
    """The outside tester deleted entry 6 of a long trail and got 240 problems ('entry 6 is missing (the next
    one is 7)', 'entry 7 is missing (the next one is 8)'...). The gap is told once, the count goes on."""
    home = tmp_path / "home"
    assert cli("new", "--title", "Kenya 2026", "--country", "KE", env_home=home).returncode == 0
    q = load_questionnaire(SHIPPED)
    for i, question in enumerate(q.questions()[:10]):  # 10 imports: 11 entries
        csv = tmp_path / f"a{i}.csv"
        csv.write_text(f"question_id,answer,na_reason,comment\n{question.id},fully,,\n", encoding="utf-8")
        assert cli("import-answers", "1", str(csv), env_home=home).returncode == 0
    tamper(home, "DELETE FROM audit_entries WHERE seq = 6")
    r = check(home, "1")
    assert r.returncode == 4
    assert r.stderr.count("is missing") == 1 and "entry 6 is missing (the next one is 7)" in r.stderr
    assert "entry 8" not in r.stderr and len(r.stderr.strip().splitlines()) <= 5, r.stderr
    fr = cli("--lang", "fr", "verify", "1", env_home=home)  # the global --lang applies to verify
    assert "l’entrée 6 manque" in fr.stderr
