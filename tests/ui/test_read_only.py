"""A file that cannot be written: the window says so in a lasting banner (translated), reading works,
and a change shows the reason instead of "damaged"."""

from __future__ import annotations

from app.storage.errors import NoPermissionError
from tests.ui.helpers import add_assessment, make_controller, make_window, set_language


def test_the_window_shows_why_changes_cannot_be_saved(qtbot, tmp_path) -> None:
    controller = make_controller(tmp_path / "a.sqlite")
    aid = add_assessment(controller)
    controller.ws.db.read_only = NoPermissionError(tmp_path / "a.sqlite")  # as open_database sets it
    try:
        window = make_window(qtbot, controller)
        assert window.read_only_banner.isVisible()
        text = window.read_only_banner.text()
        assert "read-only" in text and "permission" in text and "damaged" not in text
        window.grab().save(str(tmp_path / "read-only.png"))
        set_language("fr")
        window2 = make_window(qtbot, controller)
        assert "lecture seule" in window2.read_only_banner.text()
        assert controller.assessments()[0].id == aid  # reading still works
    finally:
        set_language("en")
        controller.ws.close()


def test_a_writable_file_shows_no_banner(qtbot, tmp_path) -> None:
    controller = make_controller(tmp_path / "a.sqlite")
    try:
        window = make_window(qtbot, controller)
        assert not window.read_only_banner.isVisible()
    finally:
        controller.ws.close()
