"""The rotating log in the data folder, and the crash handler: traceback logged, calm dialog shown."""

from __future__ import annotations

import logging
import sys

import pytest

from app import applog


@pytest.fixture
def log_file(data_home):
    path = applog.setup()
    yield path
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_opsc", False):
            root.removeHandler(handler)
            handler.close()


def test_the_log_lives_in_the_data_folder_and_rotates(log_file, data_home):
    assert log_file == data_home / "logs" / "opsc-assess.log"
    logging.getLogger("app.test").warning("x" * 1000)
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert "started; data folder" in log_file.read_text(encoding="utf-8")
    for _ in range(applog.MAX_BYTES // 1000 * (applog.BACKUPS + 2)):
        logging.getLogger("app.test").warning("y" * 1000)
    names = sorted(p.name for p in log_file.parent.iterdir())
    assert names == ["opsc-assess.log", *(f"opsc-assess.log.{i}" for i in range(1, applog.BACKUPS + 1))]
    assert all(p.stat().st_size <= applog.MAX_BYTES + 2000 for p in log_file.parent.iterdir())


def test_an_unwritable_data_folder_means_no_log_and_no_error(monkeypatch, tmp_path):
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x")
    monkeypatch.setenv("OPSC_ASSESS_HOME", str(blocker))
    assert applog.setup() is None


def test_answer_text_never_reaches_the_log_even_in_a_storage_error(log_file, tmp_path):
    from sqlalchemy.exc import DBAPIError

    from app.services.workspace import Workspace
    from app.storage import open_database
    from tests.factories import make_questionnaire

    secret = "-".join(["SECRET", "COMMENT", "TEXT"])  # not spelled out: the traceback shows source lines
    ws = Workspace(open_database(tmp_path / "a.sqlite"), make_questionnaire())
    aid = ws.create_assessment("T", "KE")
    ws.set_answer(aid, "V-01", comment=secret)
    with ws.db.connection() as con:  # a failing statement with the answer text as a parameter
        try:
            con.exec_driver_sql("INSERT INTO nowhere VALUES (?)", (secret,))
        except DBAPIError as e:  # logged the way the crash hook would log it
            logging.getLogger("app.test").error("failed", exc_info=e)
    ws.close()
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = log_file.read_text(encoding="utf-8")
    assert "INSERT INTO nowhere" in text and secret not in text


def test_the_hook_logs_the_traceback_and_shows_the_log_location(qtbot, log_file, monkeypatch):
    from app.ui import crash

    shown: list[str] = []
    monkeypatch.setattr(crash.CrashDialog, "exec", lambda self: shown.append(self.text()) or 0)
    try:
        raise ZeroDivisionError("boom in a slot")
    except ZeroDivisionError:
        crash.handle(*sys.exc_info())
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = log_file.read_text(encoding="utf-8")
    assert "unexpected error" in text and "ZeroDivisionError: boom in a slot" in text and "Traceback" in text
    assert len(shown) == 1 and str(log_file) in shown[0] and "safe" in shown[0]


def test_the_dialog_is_translated(qtbot, log_file, monkeypatch):
    from PySide6.QtWidgets import QApplication

    from app.ui import crash, i18n

    app = QApplication.instance()
    try:
        i18n.apply_language(app, "fr")
        assert "journal" in crash.crash_text() and str(log_file) in crash.crash_text()
        i18n.apply_language(app, "ar")
        assert str(log_file) in crash.crash_text() and any("\u0600" <= c <= "\u06ff" for c in crash.crash_text())
    finally:
        i18n.apply_language(app, "en")


def test_the_crash_dialog_fits_a_short_screen_at_250_percent(qtbot, log_file):
    """At 250 % text the message box was 1,057 px tall, its OK button off a 768 px screen (outside adversary)."""
    from PySide6.QtWidgets import QDialogButtonBox

    from app.ui import crash
    from app.ui.fit import available
    from tests.ui.helpers import set_language

    set_language("fr", 2.5)
    try:
        dialog = crash.CrashDialog()
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.grab().save(str(log_file.parent / "crash-250.png"))
        area = available(dialog)
        assert dialog.height() <= area.height() and dialog.width() <= area.width()
        ok = dialog.findChild(QDialogButtonBox)
        assert ok.isVisible() and ok.geometry().bottom() <= dialog.height()
        assert str(log_file) in dialog.text()
    finally:
        set_language("en")
