"""File → Restore a backup…: the list shows each backup's date, reason and contents; restoring puts
the content back, and the file as it was is itself kept as a backup."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from app.services.backups import backup_before
from app.ui import backups_dialog
from tests.ui.helpers import add_assessment, make_controller, make_window


def test_restore_from_the_window(qtbot, tmp_path, monkeypatch) -> None:
    controller = make_controller(tmp_path / "a.sqlite")
    aid = add_assessment(controller, "Maroc 2026")
    controller.open(aid)
    controller.set_answer("V-01", value="fully")
    backup_before(controller.ws, "manual")
    controller.set_answer("V-01", value="not")
    window = make_window(qtbot, controller)
    dialog = backups_dialog.RestoreBackupDialog(controller, window)
    qtbot.addWidget(dialog)
    rows = {dialog.table.item(r, 1).text(): dialog.table.item(r, 2).text() for r in range(dialog.table.rowCount())}
    assert rows["by hand"] == "Maroc 2026 (MA): 1 answered"
    assert rows["first change of the day"] == "no assessments"
    dialog.show()
    dialog.grab().save(str(tmp_path / "backups.png"))
    manual = next(r for r in range(dialog.table.rowCount()) if dialog.table.item(r, 1).text() == "by hand")
    dialog.table.selectRow(manual)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.restore_button.click()
    assert dialog.result() == dialog.DialogCode.Accepted
    controller.open(aid)
    assert controller.answer("V-01").value.value == "fully"
    reasons = [b.reason for b in controller.backups()]
    assert "restore" in reasons  # the file as it was before the restore
    controller.ws.close()
