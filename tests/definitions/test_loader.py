"""The questionnaire loader: valid folders load; every kind of mistake is named with file, line and key."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from app.definitions import QuestionnaireError, check_questionnaire, load_questionnaire

META = """\
format: 1
id: mini
version: "1.0"
title: {en: Mini, fr: Mini, ar: مصغر}
chapters:
  - id: III
    title: {en: General, fr: Général, ar: عام}
sections: [III.A]
"""

SECTION = """\
id: III.A
chapter: III
paragraphs: [14, 19]
title: {en: Legislation, fr: Législation, ar: التشريعات}
intro: {en: Intro, fr: Intro, ar: مقدمة}
context_paragraphs: [15]
questions:
  - id: III.A-01
    paragraphs: [14]
    opsc_articles: ["3 (1)"]
    strength: must
    weight: 3.0
    asks_for_law: true
    text: {en: "Is it a crime?", fr: "Est-ce un crime ?", ar: "هل هي جريمة؟"}
    guidance: {en: Look at the code., fr: Voir le code., ar: انظر القانون.}
  - id: III.A-02
    paragraphs: [16, 80]
    strength: encourages
    weight: 1.0
    text: {en: "Second?", fr: "Deuxième ?", ar: "الثاني؟"}
    guidance: {en: G., fr: G., ar: ت.}
"""


def write(tmp_path: Path, meta: str = META, section: str = SECTION) -> Path:
    root = tmp_path / "mini"
    (root / "sections").mkdir(parents=True)
    (root / "questionnaire.yaml").write_text(meta, encoding="utf-8")
    (root / "sections" / "III.A.yaml").write_text(section, encoding="utf-8")
    return root


def errors(root: Path) -> list[str]:
    q, problems = check_questionnaire(root)
    assert q is None
    return [str(p) for p in problems if not p.warning]


def test_valid_folder_loads_into_the_domain(tmp_path):
    q = load_questionnaire(write(tmp_path))
    assert [s.id for s in q.sections] == ["III.A"]
    first = q.question("III.A-01")
    assert first.paragraphs == (14,) and first.weight == 3.0 and first.asks_for_law
    assert first.text.get("fr") == "Est-ce un crime ?"
    assert q.section("III.A").context_paragraphs == (15,)
    assert q.content_hash.startswith("sha256:")


def test_hash_ignores_comments_but_not_wording(tmp_path):
    a = load_questionnaire(write(tmp_path / "a")).content_hash
    b = load_questionnaire(write(tmp_path / "b", section="# note\n" + SECTION)).content_hash
    c = load_questionnaire(write(tmp_path / "c", section=SECTION.replace("Is it a crime?", "Is it an offence?")))
    assert a == b
    assert c.content_hash != a


def test_typo_in_a_key_is_named_with_file_line_and_key(tmp_path):
    root = write(tmp_path, section=SECTION.replace("    guidance: {en: G.", "    guidnce: {en: G."))
    errs = errors(root)
    assert any("sections/III.A.yaml:21:" in e and "guidnce" in e and "typo" in e for e in errs), errs
    assert any("guidance" in e and "missing" in e for e in errs), errs


def test_paragraph_outside_range_and_wrong_weight(tmp_path):
    root = write(tmp_path, section=SECTION.replace("paragraphs: [14]", "paragraphs: [12]")
                 .replace("weight: 3.0", "weight: 2.0"))
    errs = "\n".join(errors(root))
    assert "III.A.yaml:9: [questions[0](III.A-01).paragraphs[0]]" in errs
    assert "section's own range 14-19" in errs
    assert "III.A.yaml:12:" in errs and "does not follow the rule for 'must' (3.0)" in errs


def test_duplicate_ids_unknown_strength_and_yaml_syntax(tmp_path):
    dup = SECTION.replace("id: III.A-02", "id: III.A-01").replace("strength: encourages", "strength: maybe")
    errs = "\n".join(errors(write(tmp_path / "d", section=dup)))
    assert "strength" in errs and "'maybe'" in errs
    errs = "\n".join(errors(write(tmp_path / "e", section=SECTION.replace("paragraphs: [16, 80]", "paragraphs: [16, 80]\n   - x"))))
    assert "YAML syntax" in errs
    only_dup = SECTION.replace("id: III.A-02", "id: III.A-01")
    errs = "\n".join(errors(write(tmp_path / "f", section=only_dup)))
    assert "question id 'III.A-01' is already used" in errs


def test_missing_section_file_points_at_the_listing_line(tmp_path):
    root = write(tmp_path, meta=META.replace("sections: [III.A]", "sections: [III.A, III.B]"))
    errs = "\n".join(errors(root))
    assert "III.B.yaml" in errs and "file not found" in errs and "questionnaire.yaml" in errs


def test_missing_translation_is_a_warning_not_an_error(tmp_path):
    root = write(tmp_path, section=SECTION.replace('fr: "Deuxième ?", ', ""))
    q, problems = check_questionnaire(root)
    assert q is not None
    warnings = [str(p) for p in problems if p.warning]
    assert any("no 'fr' text" in w and "III.A-02" in w for w in warnings)
    assert q.question("III.A-02").text.get("fr") == "Second?"  # English shown in its place


def test_load_raises_with_all_problems(tmp_path):
    root = write(tmp_path, section=SECTION.replace("weight: 1.0", "weight: -1"))
    with pytest.raises(QuestionnaireError) as e:
        load_questionnaire(root)
    assert "weight" in str(e.value)


def test_not_utf8_is_explained(tmp_path):
    root = write(tmp_path)
    (root / "sections" / "III.A.yaml").write_bytes("id: III.A\ntitle: {fr: Législation}\n".encode("cp1252"))
    assert any("not UTF-8" in e for e in errors(root))


def test_shipped_copy_with_a_typo_is_reported(tmp_path):
    from tests.conftest import SHIPPED

    copy = tmp_path / "opsc"
    shutil.copytree(SHIPPED, copy)
    target = copy / "sections" / "III.A.yaml"
    target.write_text(target.read_text(encoding="utf-8").replace("strength:", "strenght:", 1), encoding="utf-8")
    errs = errors(copy)
    assert any("III.A.yaml" in e and "strenght" in e for e in errs)


# ---- An obligation is scored once (docs/methodology.md) ------------------------------------------

COPY = """\
  - id: III.A-03
    paragraphs: [17]
    strength: should
    weight: 2.0
    text: {en: "Is it really a crime?", fr: "Est-ce vraiment un crime ?", ar: "هل هي حقاً جريمة؟"}
    guidance: {en: G., fr: G., ar: ت.}
"""


def test_a_question_worded_like_another_is_reported_as_scoring_it_twice(tmp_path):
    errs = "\n".join(errors(write(tmp_path, section=SECTION + COPY)))
    assert "III.A.yaml:26: [questions[2](III.A-03).text]" in errs, errs
    assert "III.A-03 asks nearly the same thing as III.A-01" in errs and "an obligation is scored once" in errs


def test_declared_distinct_questions_pass_and_the_declaration_must_name_a_question(tmp_path):
    declared = COPY.replace("    text:", '    distinct_from: {III.A-01: "asks about a different offence entirely"}\n    text:')
    q, problems = check_questionnaire(write(tmp_path / "ok", section=SECTION + declared))
    assert q is not None, [str(p) for p in problems]
    wrong = declared.replace("{III.A-01:", "{III.A-09:")
    errs = "\n".join(errors(write(tmp_path / "bad", section=SECTION + wrong)))
    assert "distinct_from names 'III.A-09', which is not another question" in errs
    assert "asks nearly the same thing as III.A-01" in errs  # a wrong declaration excuses nothing
    short = COPY.replace("    text:", '    distinct_from: {III.A-01: "other"}\n    text:')
    assert any("distinct_from" in e for e in errors(write(tmp_path / "short", section=SECTION + short)))


def test_the_same_measure_key_on_two_questions_is_reported(tmp_path):
    section = (SECTION.replace("    asks_for_law: true\n", "    asks_for_law: true\n    measure: attempt\n")
               .replace("    strength: encourages\n", "    strength: encourages\n    measure: attempt\n"))
    errs = "\n".join(errors(write(tmp_path, section=section)))
    assert "[questions[1](III.A-02).measure]" in errs
    assert "the measure 'attempt' is already scored by III.A-01" in errs
    bad_key = SECTION.replace("    asks_for_law: true\n", "    asks_for_law: true\n    measure: Attempt Twice\n")
    assert any("measure" in e for e in errors(write(tmp_path / "k", section=bad_key)))


def test_a_reference_to_a_question_that_does_not_exist_is_reported(tmp_path):
    section = SECTION.replace("guidance: {en: G., fr: G.,", "guidance: {en: See III.A-07., fr: G.,")
    errs = "\n".join(errors(write(tmp_path, section=section)))
    assert "[questions[1](III.A-02).guidance.en]" in errs and "refers to question III.A-07" in errs
    intro = SECTION.replace("intro: {en: Intro,", "intro: {en: Scored in III.A-02 and III.A-04,")
    errs = "\n".join(errors(write(tmp_path / "i", section=intro)))
    assert "refers to question III.A-04" in errs and "III.A-02," not in errs
    # Other identifiers that merely look alike are not references.
    fine = SECTION.replace("guidance: {en: G., fr: G.,", "guidance: {en: CRC/C/OPSC/LVA/CO/1 and ETS No. 141., fr: G.,")
    assert check_questionnaire(write(tmp_path / "f", section=fine))[0] is not None
