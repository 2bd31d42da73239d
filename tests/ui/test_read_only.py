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
        status = window.saved_label.text()  # the status bar does not promise automatic saving
        assert status == "🔒 Read-only: changes cannot be saved" and "saved automatically" not in status
        assert "permission" in window.saved_label.toolTip()
        window.grab().save(str(tmp_path / "read-only.png"))
        set_language("fr")
        window2 = make_window(qtbot, controller)
        assert "lecture seule" in window2.read_only_banner.text()
        assert "Lecture seule" in window2.saved_label.text() and "automatiquement" not in window2.saved_label.text()
        set_language("ar")
        window3 = make_window(qtbot, controller)
        assert "للقراءة فقط" in window3.saved_label.text()
        assert controller.assessments()[0].id == aid  # reading still works
    finally:
        set_language("en")
        controller.ws.close()


def test_a_writable_file_shows_no_banner(qtbot, tmp_path) -> None:
    controller = make_controller(tmp_path / "a.sqlite")
    try:
        window = make_window(qtbot, controller)
        assert not window.read_only_banner.isVisible()
        assert window.saved_label.text() == "All changes are saved automatically"
    finally:
        controller.ws.close()


def test_an_older_file_that_cannot_be_written_is_explained_in_each_language(qtbot, tmp_path) -> None:
    from app.storage.errors import OlderReadOnlyError
    from app.ui.controller import storage_message

    e = OlderReadOnlyError(tmp_path / "v2.sqlite", "read-only disk")
    try:
        for lang, words in (("en", "Copy the file to a folder you can write to"), ("fr", "Copiez-le dans un dossier"),
                            ("ar", "انسخ الملف إلى مجلد")):
            set_language(lang)
            text = storage_message(e)
            assert words in text and str(tmp_path / "v2.sqlite") in text
    finally:
        set_language("en")


def test_a_read_only_file_offers_no_new_assessment_and_one_banner(qtbot, tmp_path) -> None:
    """A read-only file showed two near-identical banners after a change was tried, and still offered
    'Create a new assessment' (outside adversary, minor 9)."""
    from datetime import date

    controller = make_controller(tmp_path / "a.sqlite")
    controller.ws.db.read_only = NoPermissionError(tmp_path / "a.sqlite")
    try:
        window = make_window(qtbot, controller)
        assert not window.list_page.empty_new_button.isEnabled()
        assert not window.list_page.new_button.isEnabled()

        def refused(*_a, **_k):  # what the read-only disk does to a write (root may write anyway in a test)
            raise NoPermissionError(tmp_path / "a.sqlite")

        controller.ws.new_assessment = refused
        controller.create(title="T", country_code="MA", assessment_date=date(2026, 1, 1), organisation="o")
        assert window.read_only_banner.isVisible() and not window.failure.isVisible()
        assert "read-only" in window.statusBar().currentMessage() and "Not saved" in window.saved_label.text()
        window.grab().save(str(tmp_path / "read-only-one-banner.png"))
    finally:
        controller.ws.close()
