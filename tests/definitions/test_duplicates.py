"""An obligation is scored once (docs/methodology.md): the validator refuses a second question that asks
nearly the same thing, unless the two are declared distinct with a reason, and the version mapping
accounts for every question the review removed."""

from __future__ import annotations

import shutil
from itertools import combinations
from pathlib import Path

import pytest
import yaml

from app.definitions import check_questionnaire, load_questionnaire
from app.definitions.duplicates import SIMILAR, content_words, question_refs, similar_pairs
from app.definitions.duplicates import similarity as word_similarity
from app.definitions.duplicates import text_similarity as similarity
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
    # A draft of the next version: the frozen snapshot of the shipped version would (rightly) refuse an
    # added question as a meaning change without a new version; these tests are about duplicates.
    for snapshot in (copy / "versions").glob("*.yaml"):
        if snapshot.stem == load_questionnaire(SHIPPED).version:
            snapshot.unlink()
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


# ---- The parts of the check (measure keys, references, the similarity join) ----------------------


def test_content_words_drop_stop_words_and_fold_simple_endings():
    assert content_words("Is it an offence to offer, deliver or accept a child?") == {"offer", "deliver", "accept", "child"}
    assert content_words("transferring transferred transfers") == {"transfer"}
    assert content_words("engage engaging") == {"engag"}
    assert word_similarity(frozenset(), content_words("anything")) == 0.0


@pytest.mark.parametrize("threshold", [0.3, 0.45, 0.6, 0.8])
def test_prefix_filtered_join_finds_exactly_the_pairs_a_full_comparison_finds(threshold):
    q = load_questionnaire(SHIPPED)
    words = {x.id: content_words(x.text.get("en")) for x in q.questions()}
    brute = {(a, b) for (a, wa), (b, wb) in combinations(words.items(), 2) if word_similarity(wa, wb) >= threshold}
    fast = {(a, b) for a, b, _ in similar_pairs(words, threshold)}
    assert fast == brute
    if threshold <= 0.45:
        assert len(brute) > 5  # the comparison is not vacuous


def test_question_references_are_found_only_for_known_sections():
    text = "Scored in V-07 and III.A-10; see CRC/C/OPSC/LVA/CO/1, ETS No. 141, XIV-01 and V-070."
    assert list(question_refs(text, {"V", "III.A"})) == ["V-07", "III.A-10"]
    assert list(question_refs("يقيّمهما السؤالان V-05 وV-06", {"V"})) == ["V-05", "V-06"]


def test_a_pointer_to_a_folded_question_is_an_error(tmp_path):
    """Folding a question must not leave guidance that sends the reader to it (VI-01 pointed to III.A-09)."""
    copy = tmp_path / "opsc"
    shutil.copytree(SHIPPED, copy)
    target = copy / "sections" / "VI.yaml"
    text = target.read_text(encoding="utf-8")
    assert "scored here and in VI-02 to VI-04" in text
    target.write_text(text.replace("scored here and in VI-02 to VI-04", "scored here and in III.A-09", 1), encoding="utf-8")
    errs = errors(copy)
    assert any("VI.yaml" in e and "VI-01" in e and "refers to question III.A-09" in e for e in errs), errs


def test_the_same_measure_on_two_questions_is_an_error(tmp_path):
    copy = tmp_path / "opsc"
    shutil.copytree(SHIPPED, copy)
    target = copy / "sections" / "VI.yaml"
    text = target.read_text(encoding="utf-8")
    target.write_text(text.replace("measure: closure-of-premises", "measure: liability-of-legal-persons", 1),
                      encoding="utf-8")
    errs = errors(copy)
    assert any("VI-13" in e and "the measure 'liability-of-legal-persons' is already scored by VI-03" in e
               for e in errs), errs
