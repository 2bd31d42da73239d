"""Hostile questionnaire files are refused by file and line, quickly, without crashing the process."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from app.definitions import check_questionnaire, safe_yaml
from tests.definitions.test_loader import META, SECTION, write

REPO = Path(__file__).resolve().parents[2]


def errors(root: Path) -> list[str]:
    q, problems = check_questionnaire(root)
    assert q is None
    return [str(p) for p in problems if not p.warning]


def test_an_alias_bomb_is_refused_before_it_is_expanded(tmp_path):
    bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 10)}]\n" for i in range(9))
    root = write(tmp_path, section=SECTION + "extra:\n" + "".join("  " + line + "\n" for line in bomb.splitlines()))
    found = errors(root)
    assert len(found) == 1 and "sections/III.A.yaml:" in found[0] and "anchors and aliases" in found[0]


def test_a_duplicate_key_is_refused_with_both_lines(tmp_path):
    section = SECTION.replace("    weight: 3.0\n", "    weight: 3.0\n    weight: 0.1\n")
    found = errors(write(tmp_path, section=section))
    assert found == ["mini/sections/III.A.yaml:13: error: the key 'weight' appears twice in the same mapping "
                     "(first on line 12); the second would silently replace the first"]


def test_the_same_key_in_two_mappings_is_fine(tmp_path):
    q, problems = check_questionnaire(write(tmp_path))
    assert q is not None and not [p for p in problems if not p.warning]


@pytest.mark.parametrize("depth", [1_000, 100_000])
def test_deep_nesting_is_refused_by_file_and_line_without_a_crash(tmp_path, depth):
    root = write(tmp_path, section=SECTION + "deep: " + "[" * depth + "]" * depth + "\n")
    # in a child process: if the parser crashed with SIGSEGV, the test would see it instead of dying
    code = ("import sys; from app.definitions import check_questionnaire as c; q, p = c(sys.argv[1]); "
            "print('\\n'.join(str(x) for x in p if not x.warning))")
    done = subprocess.run([sys.executable, "-c", code, str(root)], capture_output=True, text=True, cwd=REPO,
                          timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == (f"mini/sections/III.A.yaml:{SECTION.count(chr(10)) + 1}: error: values are "
                                   f"nested more than {safe_yaml.MAX_DEPTH} levels deep")


def test_an_oversized_file_is_refused_without_being_read(tmp_path, monkeypatch):
    monkeypatch.setattr(safe_yaml, "MAX_BYTES", 1000)
    found = errors(write(tmp_path, section=SECTION + "# " + "x" * 2000 + "\n"))
    assert len(found) == 1 and found[0].startswith("mini/sections/III.A.yaml: error: the file is ")
    assert "a questionnaire file may be at most" in found[0]


def test_a_huge_integer_is_a_problem_not_a_crash(tmp_path):
    found = errors(write(tmp_path, meta=META.replace('version: "1.0"', "version: " + "9" * 6000)))
    assert "questionnaire.yaml" in found[0] and "cannot be read" in found[0]


def test_binary_garbage_is_a_syntax_problem(tmp_path):
    root = write(tmp_path)
    (root / "sections" / "III.A.yaml").write_bytes(b"id: \x00\x01\x02\xff\xfe")
    found = errors(root)
    assert "III.A.yaml" in found[0]


# ---- property tests: whatever a section file holds, the loader reports problems, never raises ----

from hypothesis import given  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_SCALARS = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20)
_YAMLISH = st.recursive(_SCALARS, lambda kids: st.lists(kids, max_size=4)
                        | st.dictionaries(st.text(max_size=8), kids, max_size=4), max_leaves=30)


def _check(tmp_root: Path, text: str | bytes) -> None:
    target = tmp_root / "sections" / "III.A.yaml"
    target.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8", "surrogatepass"))
    q, problems = check_questionnaire(tmp_root)
    assert q is not None or any(not p.warning for p in problems)
    for p in problems:
        assert p.file.endswith(".yaml") and isinstance(p.message, str)


@pytest.fixture(scope="module")
def mini(tmp_path_factory):
    return write(tmp_path_factory.mktemp("prop"))


@given(data=_YAMLISH)
def test_any_yaml_structure_as_a_section(mini, data):
    import yaml

    _check(mini, yaml.safe_dump(data, allow_unicode=True))


@given(text=st.text(max_size=400))
def test_any_text_as_a_section(mini, text):
    _check(mini, text)


@given(cut=st.integers(0, len(SECTION)), junk=st.sampled_from(["", "&a ", "*a", "[", "{", ":", "- ", "\t", "'", '"']))
def test_a_truncated_or_spoiled_section(mini, cut, junk):
    _check(mini, SECTION[:cut] + junk + SECTION[cut:cut + 40])


def test_a_refused_tags_file_is_one_problem_not_one_per_tagged_question(tmp_path):
    """The outside tester put one alias bomb in tags.yaml and got 274 'unknown tag' lines after it."""
    import shutil

    root = tmp_path / "opsc"
    shutil.copytree(REPO / "questionnaires" / "opsc", root)
    with (root / "tags.yaml").open("a", encoding="utf-8") as f:
        f.write('a: &a ["x","x"]\nb: [*a,*a]\n')
    found = errors(root)
    assert len(found) == 1 and "tags.yaml" in found[0] and "anchors and aliases" in found[0]
    assert not any("unknown tag" in p for p in found)


def test_a_size_over_the_limit_reads_with_one_decimal(tmp_path, monkeypatch):
    monkeypatch.setattr(safe_yaml, "MAX_BYTES", 4 * 2**20)
    found = errors(write(tmp_path, section=SECTION + "# " + "x" * int(0.8 * 2**20) + "\n" + "#" * 4 * 2**20 + "\n"))
    assert "the file is 4.8 MB; a questionnaire file may be at most 4.0 MB" in found[0]
