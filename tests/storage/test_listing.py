"""The quick list (standard-library sqlite3, used at startup) says exactly what the Workspace says, and
leaves every file it should not read to the full opening, untouched."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from app.domain.answers import AnswerValue
from app.services.listing import quick_list
from app.services.workspace import Workspace
from app.storage import CorruptDatabaseError, NewerDatabaseError, open_database
from app.storage.listing import list_current
from app.storage.migrations import head_version
from tests.conftest import REPO
from tests.factories import make_questionnaire
from tests.storage.released_schemas import make_released_file


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


IDS = [x.id for x in make_questionnaire().questions()]


def filled(path: Path) -> Workspace:
    ws = Workspace(open_database(path), make_questionnaire())
    a = ws.create_assessment("Revue nationale", "MA", date(2026, 3, 1), "Ministère")
    b = ws.create_assessment("مراجعة", "LB")
    c = ws.create_assessment("Empty", "KE", None, "")
    ws.set_answer(a, IDS[0], value=AnswerValue.FULLY.value)
    ws.set_answer(a, IDS[1], value=AnswerValue.PARTIALLY.value, comment="x")
    ws.set_answer(a, IDS[2], comment="a comment but no answer")  # a row without a value: not counted
    ws.set_answer(a, IDS[3], value=AnswerValue.DONT_KNOW.value)
    ws.set_answer(b, IDS[0], value=AnswerValue.NA.value, na_reason="not relevant")
    ws.set_answer(b, IDS[1], value=AnswerValue.NA.value)  # reason still missing
    ws.update_assessment(c, title="Empty, renamed")
    con = sqlite3.connect(path)  # an answer to a question this questionnaire no longer has: not counted
    con.execute("INSERT INTO answers (assessment_id, question_id, value, updated_at) "
                "VALUES (?, 'GONE-01', 'fully', '2026-01-01 00:00:00.000000')", (c,))
    con.commit()
    con.close()
    return ws


def test_the_quick_list_is_the_workspace_list(tmp_path: Path) -> None:
    ws = filled(tmp_path / "a.sqlite")
    expected = ws.list_assessments()
    ws.close()
    assert quick_list(tmp_path / "a.sqlite", IDS) == expected
    by_title = {s.title: s.progress for s in expected}
    assert (by_title["Revue nationale"].answered, by_title["Revue nationale"].dont_know) == (2, 1)
    assert (by_title["مراجعة"].answered, by_title["مراجعة"].na, by_title["مراجعة"].na_pending) == (0, 1, 1)
    assert by_title["Empty, renamed"].answered == 0 and by_title["Empty, renamed"].total == len(IDS)
    assert {s.title: s.assessment_date for s in expected}["Revue nationale"] == date(2026, 3, 1)


def test_the_quick_list_follows_the_last_change(tmp_path: Path) -> None:
    ws = filled(tmp_path / "a.sqlite")
    first = ws.list_assessments()[-1]
    ws.set_answer(first.id, IDS[4], value=AnswerValue.NOT.value)
    expected = ws.list_assessments()
    ws.close()
    listed = quick_list(tmp_path / "a.sqlite", IDS)
    assert listed == expected and listed is not None
    assert next(s for s in listed if s.id == first.id).answered == first.answered + 1


def test_a_missing_or_empty_file_is_left_to_the_full_opening(tmp_path: Path) -> None:
    assert quick_list(tmp_path / "none.sqlite", IDS) is None
    (tmp_path / "empty.sqlite").write_bytes(b"")
    assert quick_list(tmp_path / "empty.sqlite", IDS) is None
    assert not (tmp_path / "none.sqlite").exists()


def test_an_older_file_is_left_to_the_migration_untouched(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    make_released_file(path, 1)
    before = digest(path)
    assert head_version() > 1 and list_current(path) is None and quick_list(path, IDS) is None
    assert digest(path) == before and not Path(str(path) + "-wal").exists()


@pytest.mark.parametrize("kind", ["newer", "corrupt", "foreign"])
def test_a_file_that_cannot_be_used_is_refused_untouched(tmp_path: Path, kind: str) -> None:
    path = tmp_path / f"{kind}.sqlite"
    if kind == "corrupt":
        path.write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 40)
    else:
        if kind == "newer":
            open_database(path).close()
            con = sqlite3.connect(path, isolation_level=None)
            con.execute(f"PRAGMA user_version = {head_version() + 1}")
        else:
            con = sqlite3.connect(path, isolation_level=None)
            con.execute("CREATE TABLE other (x)")
        con.close()
    before = digest(path)
    if kind != "foreign":
        with pytest.raises(NewerDatabaseError if kind == "newer" else CorruptDatabaseError):
            list_current(path)
    assert quick_list(path, IDS) is None  # the full opening explains it in the user's language
    assert digest(path) == before
    assert not Path(str(path) + "-wal").exists() and not Path(str(path) + "-shm").exists()


def test_listing_imports_no_sqlalchemy(tmp_path: Path) -> None:
    ws = filled(tmp_path / "a.sqlite")
    ws.close()
    code = ("import sys\nfrom pathlib import Path\nfrom app.services.listing import quick_list\n"
            f"print(len(quick_list(Path({str(tmp_path / 'a.sqlite')!r}), ['x'])), "
            "sorted(m for m in sys.modules if m.startswith(('sqlalchemy', 'app.storage.db'))))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, check=True)
    assert out.stdout.strip() == "3 []"
