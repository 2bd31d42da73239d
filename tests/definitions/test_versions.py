"""Questionnaire versions: frozen meaning snapshots and version mappings are read and checked by the loader;
wording fixes leave the meaning fingerprint alone."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from app.definitions import check_questionnaire, load_questionnaire
from app.definitions.versions import snapshot_yaml
from tests.conftest import REPO, SHIPPED
from tests.definitions.test_loader import META, SECTION, write

MAPPING = """\
from: "1.0"
to: "2.0"
renamed: {III.A-02: III.A-12}
removed: []
notes: {III.A-12: "Same question, numbered after the review."}
"""


def mini_v2(tmp_path: Path, mapping: str = MAPPING) -> Path:
    """Version 1.0 frozen, then version 2.0 where III.A-02 became III.A-12."""
    root = write(tmp_path)
    (root / "versions").mkdir()
    (root / "versions" / "1.0.yaml").write_text(snapshot_yaml(load_questionnaire(root)), encoding="utf-8")
    (root / "questionnaire.yaml").write_text(META.replace('version: "1.0"', 'version: "2.0"'), encoding="utf-8")
    section = (root / "sections" / "III.A.yaml").read_text(encoding="utf-8")
    (root / "sections" / "III.A.yaml").write_text(section.replace("id: III.A-02", "id: III.A-12"), encoding="utf-8")
    (root / "migrations").mkdir()
    (root / "migrations" / "1.0-to-2.0.yaml").write_text(mapping, encoding="utf-8")
    return root


def errors(root: Path) -> list[str]:
    q, problems = check_questionnaire(root)
    assert q is None
    return [str(p) for p in problems if not p.warning]


def test_a_wording_fix_keeps_the_meaning_fingerprint(tmp_path):
    before = load_questionnaire(write(tmp_path / "a"))
    after = load_questionnaire(write(tmp_path / "b", section=SECTION.replace("Is it a crime?", "Is it an offence?")
                                     .replace("Est-ce un crime ?", "Est-ce une infraction ?")))
    assert before.meaning_hash == after.meaning_hash
    assert before.wording_hash != after.wording_hash
    assert before.content_hash != after.content_hash


@pytest.mark.parametrize(("old", "new"), [
    ("strength: must\n    weight: 3.0", "strength: should\n    weight: 2.0"),  # strength and weight
    ("id: III.A-01", "id: III.A-09"),  # id
])
def test_a_change_of_meaning_changes_the_meaning_fingerprint(tmp_path, old, new):
    before = load_questionnaire(write(tmp_path / "a"))
    assert old in SECTION
    after = load_questionnaire(write(tmp_path / "b", section=SECTION.replace(old, new, 1)))
    assert before.meaning_hash != after.meaning_hash


def test_snapshots_and_mappings_are_loaded_with_the_questionnaire(tmp_path):
    q = load_questionnaire(mini_v2(tmp_path))
    assert [s.version for s in q.snapshots] == ["1.0"]
    assert q.snapshot("1.0") is not None and "III.A-02" in q.snapshot("1.0").questions
    [m] = q.mappings
    assert (m.from_version, m.to_version, m.renamed) == ("1.0", "2.0", {"III.A-02": "III.A-12"})


def test_a_question_gone_without_a_mapping_entry_is_an_error(tmp_path):
    root = mini_v2(tmp_path, 'from: "1.0"\nto: "2.0"\n')
    assert any("'III.A-02' of version 1.0 is not in version 2.0: list it under removed, renamed, split or merged"
               in e and "1.0-to-2.0.yaml" in e for e in errors(root))


@pytest.mark.parametrize(("mapping", "message"), [
    ('from: "1.0"\nto: "2.0"\nremoved: [III.A-02, III.A-77]\n', "'III.A-77' is not a question of version 1.0"),
    ('from: "1.0"\nto: "2.0"\nrenamed: {III.A-02: III.A-99}\n', "'III.A-99' is not a question of version 2.0"),
    ('from: "1.0"\nto: "2.0"\nremoved: [III.A-01, III.A-02]\n', "'III.A-01' still exists in version 2.0"),
    ('from: "1.0"\nto: "2.0"\nremoved: [III.A-02]\nrenamed: {III.A-02: III.A-12}\n',
     "'III.A-02' is listed both under renamed and under removed"),
    ('from: "1.0"\nto: "2.0"\nrenamd: {III.A-02: III.A-12}\n', "unknown key 'renamd'"),
    ('from: "1.0"\nto: "2.0"\nremoved: [III.A-02]\nnotes: {X-1: why}\n', "the note is about 'X-1'"),
    ('from: "0.9"\nto: "2.0"\nremoved: [III.A-02]\n', "must be named 0.9-to-2.0.yaml"),
    ('from: "0.9"\nto: "2.0"\n', "the meaning of version 0.9 is unknown"),
    ('from: "1.0"\nto: "2.0"\nmerged: {III.A-12: [III.A-02]}\n', "'III.A-12' is merged from a single question"),
])
def test_mapping_mistakes_are_named_with_file_line_and_key(tmp_path, mapping, message):
    found = errors(mini_v2(tmp_path, mapping))
    assert any(message in e for e in found), found
    assert all("1.0-to-2.0.yaml:" in e for e in found if message in e)


def test_one_question_merged_into_a_question_that_stays_is_accepted(tmp_path):
    # III.A-01 exists in both versions: its own answer joins the fold, so one old id is enough.
    root = mini_v2(tmp_path, 'from: "1.0"\nto: "2.0"\nmerged: {III.A-01: [III.A-02]}\n'
                             'notes: {III.A-02: "Folded into III.A-01."}\n')
    q, problems = check_questionnaire(root)
    assert q is not None, [str(p) for p in problems]
    [m] = q.mappings
    assert m.merged == {"III.A-01": ("III.A-02",)}


def test_meaning_changed_without_a_new_version_is_an_error(tmp_path):
    root = write(tmp_path)
    (root / "versions").mkdir()
    (root / "versions" / "1.0.yaml").write_text(snapshot_yaml(load_questionnaire(root)), encoding="utf-8")
    section = (root / "sections" / "III.A.yaml").read_text(encoding="utf-8")
    (root / "sections" / "III.A.yaml").write_text(section.replace("strength: must\n    weight: 3.0",
                                                                  "strength: should\n    weight: 2.0", 1), encoding="utf-8")
    found = errors(root)
    assert any("changed meaning since version 1.0 was frozen (III.A-01)" in e for e in found), found


def test_a_wording_fix_after_freezing_is_fine(tmp_path):
    root = write(tmp_path)
    (root / "versions").mkdir()
    (root / "versions" / "1.0.yaml").write_text(snapshot_yaml(load_questionnaire(root)), encoding="utf-8")
    section = (root / "sections" / "III.A.yaml").read_text(encoding="utf-8")
    (root / "sections" / "III.A.yaml").write_text(section.replace("Is it a crime?", "Is it an offence?"), encoding="utf-8")
    assert load_questionnaire(root).version == "1.0"


def test_a_snapshot_edited_by_hand_is_refused(tmp_path):
    root = mini_v2(tmp_path)
    snap = root / "versions" / "1.0.yaml"
    snap.write_text(snap.read_text(encoding="utf-8").replace("weight: 3.0", "weight: 2.0", 1), encoding="utf-8")
    assert any("edited by hand" in e and "1.0.yaml" in e for e in errors(root))


def test_the_shipped_mapping_and_snapshot_agree_with_the_shipped_questionnaire():
    q = load_questionnaire(SHIPPED)
    one = q.snapshot("1.0.0")
    assert one is not None and len(one.questions) == 259  # the release assessments in the field answered
    assert any(m.from_version == "1.0.0" and m.to_version == q.version for m in q.mappings) or q.version == "1.0.0"


def test_freeze_version_writes_the_snapshot_once(tmp_path):
    root = write(tmp_path)
    run = [sys.executable, "-m", "app", "freeze-version", str(root)]
    r = subprocess.run(run, capture_output=True, text=True, cwd=REPO)
    assert r.returncode == 0, r.stderr
    assert (root / "versions" / "1.0.yaml").read_text(encoding="utf-8") == snapshot_yaml(load_questionnaire(root))
    assert subprocess.run(run, capture_output=True, text=True, cwd=REPO).returncode == 0  # same content: fine
    section = (root / "sections" / "III.A.yaml").read_text(encoding="utf-8")
    (root / "sections" / "III.A.yaml").write_text(section.replace("strength: must\n    weight: 3.0",
                                                                  "strength: should\n    weight: 2.0", 1), encoding="utf-8")
    r = subprocess.run(run, capture_output=True, text=True, cwd=REPO)
    assert r.returncode == 1 and "changed meaning since version 1.0 was frozen" in r.stderr
