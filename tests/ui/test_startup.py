"""Fast start: the window is on screen before anything heavy happens; the data follows; the assessment
page waits for the first open; the validated questionnaire is cached, and any edit invalidates it."""

from __future__ import annotations

import hashlib
import pickle
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

import app.definitions
from app.services import catalog
from app.services.settings import Settings, load_settings
from app.services.workspace import Workspace
from app.storage.migrations import head_version
from app.ui import application
from app.ui.errors import QuestionnaireProblemsDialog, StorageChoice
from tests.conftest import REPO, SHIPPED
from tests.storage.released_schemas import make_released_file
from tests.ui.helpers import add_assessment, make_controller

HEAVY = ("sqlalchemy", "pydantic", "yaml", "babel", "app.services.workspace", "app.storage",
         "app.definitions", "app.ui.controller", "app.ui.assessment_list", "app.ui.section_tree",
         "app.ui.question_page", "app.ui.results", "app.ui.errors")
HEAVY_AT_LIST = ("sqlalchemy", "pydantic", "yaml", "pycountry", "app.services.workspace", "app.storage.db",
                 "app.ui.controller", "app.ui.section_tree", "app.ui.question_page", "app.ui.results",
                 "app.services.catalog", "hashlib")


@pytest.fixture(autouse=True)
def fresh_catalog():
    catalog.load.cache_clear()
    yield
    catalog.load.cache_clear()


@pytest.fixture
def after_first_start() -> None:
    """The shipped questionnaire validated once, as at the first start: its cache and index written."""
    assert catalog.default().questionnaire is not None
    catalog.load.cache_clear()


def existing_file(path: Path, title: str = "Revue nationale 2026") -> Path:
    controller = make_controller(path)
    add_assessment(controller, title, "MA")
    controller.ws.close()
    return path


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_the_window_is_shown_then_lists_the_assessments_then_opens_the_database_in_full(
        qtbot, tmp_path: Path, monkeypatch, after_first_start) -> None:
    db = existing_file(tmp_path / "a.sqlite")
    seen: list[tuple[bool, bool, int, bool]] = []
    real_open = Workspace.open

    def spy(db_path=None, questionnaire=None):
        w = window_ref[0]
        seen.append((w.isVisible(), w.is_listed, w.list_page.table.rowCount(), w.new_action.isEnabled()))
        return real_open(db_path, questionnaire)

    monkeypatch.setattr(Workspace, "open", staticmethod(spy))
    window_ref: list[application.MainWindow] = []
    settings = Settings(first_run_done=True, last_database=str(db))
    window = application.begin(settings)
    window_ref.append(window)
    qtbot.addWidget(window)
    assert window.isVisible() and not window.ready and not window.is_listed
    assert window.loading_label.text() == "Opening your assessments…"
    assert not window.new_action.isEnabled() and not window.edit_action.isEnabled()
    qtbot.waitUntil(lambda: window.is_listed, timeout=5000)
    assert window.stack.currentWidget() is window.list_page
    assert window.list_page.table.item(0, 0).text() == "Revue nationale 2026"
    assert window.new_action.isEnabled() and window.edit_action.isEnabled()
    qtbot.waitUntil(lambda: window.ready, timeout=10000)  # SQLAlchemy, loaded in the background
    assert seen == [(True, True, 1, True)]  # the list was on screen and usable before the full opening
    assert window.list_page.table.rowCount() == 1 and window.list_page.selected_id() is not None
    assert "a.sqlite" in window.file_label.text()
    window.controller.ws.close()


def test_acting_on_the_list_before_the_background_load_loads_at_once(
        qtbot, tmp_path: Path, monkeypatch, after_first_start) -> None:
    db = existing_file(tmp_path / "a.sqlite")
    monkeypatch.setattr(application, "complete_in_background", lambda window: None)
    window = application.begin(Settings(first_run_done=True, last_database=str(db)))
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.listed, timeout=5000):
        pass
    assert not window.ready and window.list_page.open_button.isEnabled()
    window.list_page.open_selected()  # Enter on the list
    assert window.ready and window.stack.currentWidget() is window.page
    assert window.controller.current == window.list_page.summaries[0].id
    window.controller.close_assessment()
    assert window.stack.currentWidget() is window.list_page and window.list_page.table.rowCount() == 1
    window.controller.ws.close()


def test_an_older_file_is_backed_up_and_migrated_before_the_list_is_shown(
        qtbot, tmp_path: Path, after_first_start) -> None:
    db = tmp_path / "old.sqlite"
    make_released_file(db, 1)
    con = sqlite3.connect(db, isolation_level=None)
    con.execute("INSERT INTO assessments (title, country_code, questionnaire_id, questionnaire_version, "
                "questionnaire_hash, created_at, updated_at) VALUES ('Ancienne revue', 'SN', 'opsc', '1.0.0', "
                "'x', '2025-01-02 10:00:00.000000', '2025-01-02 10:00:00.000000')")
    con.close()
    window = application.begin(Settings(first_run_done=True, last_database=str(db)))
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.is_listed, timeout=10000)
    assert window.ready  # the full opening came first: the list was built from the migrated file
    assert window.list_page.table.item(0, 0).text() == "Ancienne revue"
    con = sqlite3.connect(db)
    assert con.execute("PRAGMA user_version").fetchone()[0] == head_version()
    con.close()
    assert len([p for p in tmp_path.rglob("*") if p.name.startswith("old-v1-")]) == 1  # the backup first
    window.controller.ws.close()


def test_the_list_is_shown_before_sqlalchemy_is_imported(tmp_path: Path, after_first_start) -> None:
    db = existing_file(tmp_path / "a.sqlite")
    code = f"""
import sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from app.services.settings import Settings
from app.ui import application
application.complete_in_background = lambda window: None
w = application.begin(Settings(first_run_done=True, last_database={str(db)!r}))
def listed():
    heavy = sorted(m for m in sys.modules if any(m == h or m.startswith(h + ".") for h in {HEAVY_AT_LIST!r}))
    print(w.list_page.table.rowCount(), w.ready, heavy)
    app.quit()
w.listed.connect(listed)
app.exec()
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, check=True,
                         timeout=60)
    assert out.stdout.strip() == "1 False []"


def test_the_assessment_page_is_built_on_first_open_only(qtbot, tmp_path: Path) -> None:
    db = existing_file(tmp_path / "a.sqlite")
    window = application.start(Settings(first_run_done=True, last_database=str(db)))
    assert window is not None
    qtbot.addWidget(window)
    assert window._page is None  # not built at startup
    window.show()
    window.list_page.open_selected()
    assert window._page is not None and window.stack.currentWidget() is window.page
    assert window.page.questions.qid  # the first question is shown
    window.controller.ws.close()


def test_a_damaged_database_at_startup_offers_the_choice_over_the_shown_window_and_is_untouched(
        qtbot, tmp_path: Path) -> None:
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 40)
    before = digest(bad)
    asked: list[tuple[bool, str]] = []
    window_ref: list[application.MainWindow] = []

    def choose(parent, message: str) -> StorageChoice:
        asked.append((parent is window_ref[0] and parent.isVisible(), message))
        return StorageChoice.QUIT

    window = application.begin(Settings(first_run_done=True, last_database=str(bad)), choose=choose)
    window_ref.append(window)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: bool(asked), timeout=5000)
    assert asked[0][0] and "damaged" in asked[0][1] and "has not been changed" in asked[0][1]
    qtbot.waitUntil(lambda: not window.isVisible())  # the user chose to quit
    assert not window.ready
    assert digest(bad) == before
    assert load_settings().last_database == str(bad)  # quitting neither forgets nor replaces the file


def test_a_broken_questionnaire_at_startup_shows_its_problems_and_the_list(qtbot, tmp_path: Path) -> None:
    folder = tmp_path / "opsc"
    shutil.copytree(SHIPPED, folder)
    section = folder / "sections" / "III.A.yaml"
    section.write_text(section.read_text(encoding="utf-8").replace("strength:", "strenght:", 1), encoding="utf-8")
    db = existing_file(tmp_path / "a.sqlite")
    window = application.begin(Settings(first_run_done=True, last_database=str(db)), questionnaire_dir=folder)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.ready, timeout=5000)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(QuestionnaireProblemsDialog)))
    assert window.list_page.table.rowCount() == 1 and not window.new_action.isEnabled()
    assert not window.list_page.open_button.isEnabled()
    for dialog in window.findChildren(QuestionnaireProblemsDialog):
        dialog.close()
    window.controller.ws.close()


def test_showing_the_window_imports_nothing_heavy() -> None:
    code = ("import sys, app.cli, app.ui.application\n"
            f"print(sorted(m for m in sys.modules if m.startswith({HEAVY!r})))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, check=True)
    assert out.stdout.strip() == "[]"


# ---- the questionnaire cache -------------------------------------------------------------------------
def copy_of_shipped(tmp_path: Path) -> Path:
    folder = tmp_path / "opsc"
    shutil.copytree(SHIPPED, folder)
    return folder


def refuse_validation(monkeypatch) -> None:
    def refuse(*_a, **_k):
        raise AssertionError("validated again instead of using the cache")

    monkeypatch.setattr(app.definitions, "check_questionnaire", refuse)


def test_the_validated_questionnaire_is_cached_and_reused(tmp_path: Path, monkeypatch) -> None:
    folder = copy_of_shipped(tmp_path)
    first = catalog.load(folder)
    assert first.questionnaire is not None and catalog.cache_file(folder).exists()
    catalog.load.cache_clear()
    refuse_validation(monkeypatch)
    again = catalog.load(folder)
    assert again.questionnaire == first.questionnaire and again.problems == ()
    assert again.questionnaire.content_hash == first.questionnaire.content_hash


@pytest.mark.parametrize("edit", ["change", "add", "remove"])
def test_any_edit_to_the_files_invalidates_the_cache(tmp_path: Path, edit: str) -> None:
    folder = copy_of_shipped(tmp_path)
    before = catalog.load(folder).questionnaire
    assert before is not None
    catalog.load.cache_clear()
    meta = folder / "questionnaire.yaml"
    if edit == "change":
        meta.write_bytes(meta.read_bytes() + b"\n# a comment only\n")
    elif edit == "add":
        (folder / "notes.txt").write_text("draft", encoding="utf-8")
    else:
        (folder / "tags.yaml").unlink()
    calls: list[Path] = []
    real = app.definitions.check_questionnaire

    def counting(path, *a, **k):
        calls.append(Path(path))
        return real(path, *a, **k)

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(app.definitions, "check_questionnaire", counting)
        catalog.load(folder)
    assert calls == [folder]


def test_a_section_text_edit_is_seen_at_the_next_start(tmp_path: Path) -> None:
    folder = copy_of_shipped(tmp_path)
    q = catalog.load(folder).questionnaire
    assert q is not None
    question = q.sections[0].questions[0]
    section_file = folder / "sections" / f"{q.sections[0].id}.yaml"
    old = question.text.get("en")
    text = section_file.read_text(encoding="utf-8")
    assert old.split()[0] in text
    section_file.write_text(text.replace(old.split()[0], "Edited", 1), encoding="utf-8")
    catalog.load.cache_clear()
    fresh = catalog.load(folder).questionnaire
    assert fresh is not None and fresh.content_hash != q.content_hash


@pytest.mark.parametrize("damage", [b"", b"not a pickle", b"\x80\x05garbage"])
def test_a_damaged_cache_is_ignored_and_rewritten(tmp_path: Path, damage: bytes) -> None:
    folder = copy_of_shipped(tmp_path)
    good = catalog.load(folder).questionnaire
    catalog.cache_file(folder).write_bytes(damage)
    catalog.load.cache_clear()
    assert catalog.load(folder).questionnaire == good
    stored = pickle.loads(catalog.cache_file(folder).read_bytes())
    assert stored["questionnaire"] == good


def test_a_cache_from_another_version_is_ignored(tmp_path: Path, monkeypatch) -> None:
    folder = copy_of_shipped(tmp_path)
    catalog.load(folder)
    catalog.load.cache_clear()
    monkeypatch.setattr(catalog, "__version__", "99.0")
    calls: list[int] = []
    real = app.definitions.check_questionnaire
    monkeypatch.setattr(app.definitions, "check_questionnaire", lambda *a, **k: calls.append(1) or real(*a, **k))
    assert catalog.load(folder).questionnaire is not None and calls == [1]


def test_a_questionnaire_with_problems_is_never_cached(tmp_path: Path) -> None:
    folder = copy_of_shipped(tmp_path)
    section = folder / "sections" / "III.A.yaml"
    section.write_text(section.read_text(encoding="utf-8").replace("strength:", "strenght:", 1), encoding="utf-8")
    loaded = catalog.load(folder)
    assert loaded.errors and not catalog.cache_file(folder).exists()
