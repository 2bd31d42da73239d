"""The start's questionnaire index: the number of questions of a questionnaire that loaded without
problems, trusted only for exactly the same files."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from app.services import catalog, catalog_index
from tests.conftest import SHIPPED


@pytest.fixture(autouse=True)
def fresh_catalog():
    catalog.load.cache_clear()
    yield
    catalog.load.cache_clear()


def copy_of_shipped(tmp_path: Path) -> Path:
    folder = tmp_path / "opsc"
    shutil.copytree(SHIPPED, folder)
    return folder


def test_written_when_the_questionnaire_loads_and_read_back(tmp_path: Path) -> None:
    folder = copy_of_shipped(tmp_path)
    assert catalog_index.question_ids(folder) is None  # never loaded: unknown
    q = catalog.load(folder).questionnaire
    assert q is not None and catalog_index.question_ids(folder) == [x.id for x in q.questions()]
    assert len(q.questions()) > 200


def test_rewritten_when_only_the_index_is_missing(tmp_path: Path) -> None:
    folder = copy_of_shipped(tmp_path)
    catalog.load(folder)
    catalog_index.index_file(folder).unlink()
    catalog.load.cache_clear()
    q = catalog.load(folder).questionnaire  # served by the content cache
    assert q is not None and catalog_index.question_ids(folder) == [x.id for x in q.questions()]


@pytest.mark.parametrize("edit", ["append", "same-size-new-time", "add", "remove"])
def test_any_edit_makes_it_unknown(tmp_path: Path, edit: str) -> None:
    folder = copy_of_shipped(tmp_path)
    catalog.load(folder)
    meta = folder / "questionnaire.yaml"
    if edit == "append":
        meta.write_bytes(meta.read_bytes() + b"\n# note\n")
    elif edit == "same-size-new-time":
        st = meta.stat()
        os.utime(meta, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000))
    elif edit == "add":
        (folder / "sections" / "extra.yaml").write_text("x: 1\n", encoding="utf-8")
    else:
        (folder / "tags.yaml").unlink()
    assert catalog_index.question_ids(folder) is None


@pytest.mark.parametrize("content", ["", "not json", "[]", '{"format": 2, "questions": "many"}',
                                     '{"format": 2, "questions": [1, 2]}'])
def test_a_damaged_index_is_ignored(tmp_path: Path, content: str) -> None:
    folder = copy_of_shipped(tmp_path)
    catalog.load(folder)
    catalog_index.index_file(folder).write_text(content, encoding="utf-8")
    assert catalog_index.question_ids(folder) is None


def test_another_version_is_ignored(tmp_path: Path, monkeypatch) -> None:
    folder = copy_of_shipped(tmp_path)
    catalog.load(folder)
    monkeypatch.setattr(catalog_index, "__version__", "99.0")
    assert catalog_index.question_ids(folder) is None


def test_not_written_for_a_questionnaire_with_problems(tmp_path: Path) -> None:
    folder = copy_of_shipped(tmp_path)
    section = folder / "sections" / "III.A.yaml"
    section.write_text(section.read_text(encoding="utf-8").replace("strength:", "strenght:", 1), encoding="utf-8")
    assert catalog.load(folder).errors
    assert not catalog_index.index_file(folder).exists() and catalog_index.question_ids(folder) is None
