"""An obligation is scored once (docs/methodology.md): the validator refuses a second question that asks
nearly the same thing, unless the two are declared distinct with a reason, and the version mapping
accounts for every question the review removed."""

from __future__ import annotations

import shutil
from pathlib import Path

import yaml

from app.definitions import check_questionnaire, load_questionnaire
from app.definitions.loader import SIMILAR, similarity
from tests.conftest import SHIPPED

# The question that 1.0.0 asked twice: III.A-02 repeated V-10 in other words.
DUPLICATE = """\
  - id: III.A-90
    paragraphs: [14]
    opsc_articles: ["3 (1) (a) (i)"]
    strength: should
    weight: 2.0
    asks_for_law: true
    tags: []
    text:
      en: >-
        Does the law make it an offence to offer, deliver or accept a child for the purpose of
        transferring the child's organs for profit?
      fr: La loi érige-t-elle en infraction le fait d'offrir, de remettre ou d'accepter un enfant aux fins de vente de ses organes ?
      ar: هل يجرّم القانون عرض الطفل أو تسليمه أو قبوله بغرض نقل أعضائه توخياً للربح؟
    guidance:
      en: A provision in force covers it.
      fr: Une disposition en vigueur le couvre.
      ar: يغطيه نص نافذ.
"""


def copy_with(tmp_path: Path, extra: str) -> Path:
    copy = tmp_path / "opsc"
    shutil.copytree(SHIPPED, copy)
    target = copy / "sections" / "III.A.yaml"
    target.write_text(target.read_text(encoding="utf-8").rstrip("\n") + "\n" + extra, encoding="utf-8")
    return copy


def errors(root: Path) -> list[str]:
    q, problems = check_questionnaire(root)
    assert q is None
    return [str(p) for p in problems if not p.warning]


def test_a_duplicated_question_is_an_error_naming_both_questions_and_the_line(tmp_path):
    errs = errors(copy_with(tmp_path, DUPLICATE))
    dup = [e for e in errs if "asks nearly the same thing" in e]
    assert len(dup) == 1, errs
    # Reported at the later of the two in the walk order, naming both, with file and line.
    assert "V-10 asks nearly the same thing as III.A-90" in dup[0] and "sections/V.yaml:" in dup[0]
    assert "scored once" in dup[0] and "distinct_from" in dup[0]


def test_a_declared_distinction_with_a_reason_is_accepted(tmp_path):
    declared = DUPLICATE.replace(
        "    tags: []\n", "    tags: []\n    distinct_from:\n      V-10: \"a fixture: pretend the measures differ\"\n"
    )
    q = load_questionnaire(copy_with(tmp_path, declared))
    assert "III.A-90" in [x.id for x in q.questions()]


def test_a_distinction_must_name_a_real_question_and_give_a_reason(tmp_path):
    unknown = DUPLICATE.replace("    tags: []\n", "    tags: []\n    distinct_from:\n      V-99: \"no such question here\"\n")
    errs = errors(copy_with(tmp_path / "a", unknown))
    assert any("distinct_from names 'V-99'" in e for e in errs), errs
    assert any("V-10 asks nearly the same thing as III.A-90" in e for e in errs), "a wrong declaration must not hide it"
    bare = DUPLICATE.replace("    tags: []\n", "    tags: []\n    distinct_from:\n      V-10: \"\"\n")
    errs = errors(copy_with(tmp_path / "b", bare))
    assert any("distinct_from" in e for e in errs), errs


def test_rewording_alone_does_not_hide_a_duplicate():
    # The measure, paraphrased the way a second author would write it, still crosses the threshold.
    a = "Is it an offence to offer, deliver or accept a child for the purpose of engaging the child in forced labour?"
    b = "Does criminal law punish offering, delivering or accepting a child for forced labour purposes?"
    assert similarity(a, b) >= SIMILAR
    assert similarity(a, "Do vulnerable families receive social protection and financial support?") < 0.1


def test_the_shipped_questionnaire_asks_each_obligation_once():
    q, problems = check_questionnaire(SHIPPED)
    assert q is not None, "\n".join(map(str, problems))


MIGRATIONS = SHIPPED / "migrations"


def test_the_version_mapping_accounts_for_every_removed_question():
    q = load_questionnaire(SHIPPED)
    ids = {x.id for x in q.questions()}
    files = sorted(MIGRATIONS.glob("*-to-*.yaml"))
    assert files, "questions were removed in 2.0.0: a mapping file is required"
    latest = yaml.safe_load(files[-1].read_text(encoding="utf-8"))
    assert str(latest["to"]) == q.version
    assert set(latest) <= {"from", "to", "renamed", "split", "merged", "changed", "removed", "notes"}
    gone = set(latest.get("removed") or []) | set(latest.get("renamed") or {}) | set(latest.get("split") or {})
    for olds in (latest.get("merged") or {}).values():
        gone |= set(olds)
    assert not gone & ids, f"ids that the mapping retires are still (or again) in use: {sorted(gone & ids)}"
    for new in list((latest.get("renamed") or {}).values()) + list(latest.get("merged") or {}) + list(latest.get("changed") or []):
        assert new in ids, new
    for news in (latest.get("split") or {}).values():
        assert set(news) <= ids, news
    notes = latest.get("notes") or {}
    for qid in gone | set(latest.get("changed") or []):
        assert str(notes.get(qid, "")).strip(), f"{qid}: the mapping must say why (notes)"
