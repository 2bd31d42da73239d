"""Files that cannot be used are never touched; a broken questionnaire still lets the app start."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QPushButton

from app.services.settings import Settings
from app.storage import open_database
from app.ui import application
from app.ui.errors import Banner, StorageChoice, StorageErrorDialog, questionnaire_problems_text
from tests.conftest import SHIPPED
from tests.factories import make_questionnaire


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def corrupt_file(path: Path) -> Path:
    path.write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 40)
    return path


def random_bytes(path: Path) -> Path:
    path.write_bytes(bytes((i * 7919 + 13) % 256 for i in range(8192)))
    return path


def newer_file(path: Path) -> Path:
    open_database(path).close()
    con = sqlite3.connect(path)
    con.execute("PRAGMA user_version = 99")
    con.close()
    return path


def foreign_file(path: Path) -> Path:
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE contacts (name TEXT)")
    con.execute("INSERT INTO contacts VALUES ('someone')")
    con.commit()
    con.close()
    return path


@pytest.mark.parametrize(("make", "expected"), [
    (random_bytes, "not an OPSC assessment file"),
    (corrupt_file, "damaged"),
    (newer_file, "newer version"),
    (foreign_file, "not an OPSC assessment file"),
])
def test_a_file_that_cannot_be_opened_is_explained_and_left_untouched(qtbot, tmp_path: Path, make, expected) -> None:
    path = make(tmp_path / "bad.sqlite")
    before = digest(path)
    messages: list[str] = []

    def choose(_parent, message: str) -> StorageChoice:
        messages.append(message)
        return StorageChoice.QUIT

    assert application.open_workspace(path, make_questionnaire(), None, choose) is None
    assert len(messages) == 1 and expected in messages[0] and "has not been changed" in messages[0]
    assert str(path) in messages[0]
    assert digest(path) == before


def test_after_a_bad_file_the_user_can_start_a_new_one(qtbot, tmp_path: Path, monkeypatch) -> None:
    bad = corrupt_file(tmp_path / "bad.sqlite")
    before = digest(bad)
    monkeypatch.setattr(application, "choose_database", lambda _p, new: tmp_path / "fresh.sqlite" if new else None)
    ws = application.open_workspace(bad, make_questionnaire(), None, lambda _p, _m: StorageChoice.NEW)
    assert ws is not None and ws.db.path == tmp_path / "fresh.sqlite"
    assert ws.list_assessments() == []
    ws.close()
    assert digest(bad) == before


def test_start_remembers_the_file_and_quits_cleanly_when_asked(qtbot, tmp_path: Path) -> None:
    bad = newer_file(tmp_path / "newer.sqlite")
    settings = Settings(first_run_done=True, last_database=str(bad))
    assert application.start(settings, choose=lambda _p, _m: StorageChoice.QUIT) is None
    open_database(tmp_path / "good.sqlite").close()  # a remembered file that is gone is not made again
    settings = Settings(first_run_done=True, last_database=str(tmp_path / "good.sqlite"))
    window = application.start(settings)
    assert window is not None
    qtbot.addWidget(window)
    assert window.questionnaire_ok
    assert Path(window.controller.ws.db.path) == tmp_path / "good.sqlite"
    window.controller.ws.close()


def test_the_storage_dialog_offers_three_ways_out(qtbot) -> None:
    dialog = StorageErrorDialog("The file x is damaged")
    qtbot.addWidget(dialog)
    texts = [b.text().replace("&", "") for b in dialog.findChildren(QPushButton)]
    assert {"Open another file…", "Start a new file…", "Quit"} <= set(texts)


def broken_questionnaire(tmp_path: Path) -> tuple[Path, int]:
    """A copy of the shipped questionnaire with a misspelt key; returns the folder and the line."""
    folder = tmp_path / "opsc"
    shutil.copytree(SHIPPED, folder)
    section = folder / "sections" / "III.A.yaml"
    lines = section.read_text(encoding="utf-8").splitlines(keepends=True)
    n = next(i for i, line in enumerate(lines) if line.strip().startswith("strength:"))
    lines[n] = lines[n].replace("strength:", "strenght:")
    section.write_text("".join(lines), encoding="utf-8")
    return folder, n + 1


def test_a_typo_in_the_questionnaire_is_reported_with_file_and_line_and_the_app_starts(qtbot, tmp_path) -> None:
    folder, line = broken_questionnaire(tmp_path)
    settings = Settings(first_run_done=True, last_database=str(tmp_path / "a.sqlite"))
    window = application.start(settings, questionnaire_dir=folder)
    assert window is not None
    qtbot.addWidget(window)
    assert not window.questionnaire_ok
    assert not window.new_action.isEnabled() and not window.list_page.new_button.isEnabled()
    assert not window.list_page.empty_new_button.isEnabled()
    text = questionnaire_problems_text(window.loaded)
    assert f"III.A.yaml:{line}" in text and "strenght" in text and "python -m app validate" in text
    dialog = window.show_questionnaire_problems()
    assert dialog is not None and dialog.isVisible()
    cells = [dialog.table.item(r, c).text() for r in range(dialog.table.rowCount()) for c in range(4)]
    assert any(c.endswith("III.A.yaml") for c in cells) and str(line) in cells
    dialog.close()
    window.controller.ws.close()


def test_the_banner_shows_and_hides(qtbot) -> None:
    banner = Banner("error")
    qtbot.addWidget(banner)
    banner.show()
    assert banner.isHidden() is False
    banner.hide()
    banner.show_message("Disk full")
    assert banner.isVisible() and banner.text() == "Disk full"


def test_a_damaged_file_with_a_backup_offers_to_restore_it_and_keeps_the_damaged_one(qtbot, tmp_path: Path,
                                                                                       monkeypatch) -> None:
    from app.domain.answers import AnswerValue
    from app.services.backups import backup_before
    from app.services.workspace import Workspace
    from app.ui.backups_dialog import RestoreBackupDialog

    path = tmp_path / "a.sqlite"
    ws = Workspace(open_database(path), make_questionnaire())
    aid = ws.create_assessment("Revue nationale", "SN")
    ws.set_answer(aid, "V-01", value="fully", comment="Code pénal, art. 3")
    assert backup_before(ws, "manual") is not None
    ws.close()
    corrupt_file(path)  # the disk failed; the backup is sound
    before = digest(path)
    offered: list[bool] = []
    shown: list[RestoreBackupDialog] = []

    def choose(_parent, message: str, can_restore: bool = False) -> StorageChoice:
        offered.append(can_restore)
        assert "damaged" in message
        return StorageChoice.RESTORE

    def run(dialog) -> int:
        assert isinstance(dialog, RestoreBackupDialog) and dialog.damaged
        dialog.show()
        dialog.grab().save(str(tmp_path / "restore-damaged.png"))
        shown.append(dialog)
        assert dialog.table.rowCount() == 2  # the first change of the day's, and the one made by hand
        assert "Revue nationale" in dialog.table.item(0, 2).text() and dialog.chosen() is dialog.backups[0]
        assert dialog.restore_button.isEnabled()
        monkeypatch.setattr(dialog, "confirm", lambda b: True)
        dialog.restore()
        return int(dialog.result())

    monkeypatch.setattr(application, "run_dialog", run)
    ws = application.open_workspace(path, make_questionnaire(), None, choose)
    assert offered == [True] and len(shown) == 1
    assert ws is not None and ws.db.path == path
    restored = ws.answers(aid)["V-01"]
    assert (restored.value, restored.comment) == (AnswerValue.FULLY, "Code pénal, art. 3")
    ws.close()
    [aside] = (tmp_path / "backups").glob("a-*-damaged.sqlite")  # nothing lost: the damaged file, unchanged
    assert digest(aside) == before


def test_the_storage_dialog_offers_a_restore_only_when_there_is_one(qtbot) -> None:
    with_backup = StorageErrorDialog("The file x is damaged", can_restore=True)
    qtbot.addWidget(with_backup)
    texts = [b.text().replace("&", "") for b in with_backup.findChildren(QPushButton)]
    assert "Restore a backup…" in texts
    plain = StorageErrorDialog("The file x is damaged")
    qtbot.addWidget(plain)
    assert "Restore a backup…" not in [b.text().replace("&", "") for b in plain.findChildren(QPushButton)]


def test_a_damaged_file_without_backups_is_not_offered_a_restore(qtbot, tmp_path: Path) -> None:
    bad = corrupt_file(tmp_path / "bad.sqlite")
    calls: list[tuple] = []

    def choose(*args, **kwargs) -> StorageChoice:
        calls.append((args[1:], kwargs))
        return StorageChoice.QUIT

    assert application.open_workspace(bad, make_questionnaire(), None, choose) is None
    assert calls and calls[0][1] == {}
