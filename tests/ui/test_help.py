"""The welcome, About, the user guide and the settings dialog."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QProcess, Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication

from app import __version__, paths
from app.domain.questionnaire import LANGUAGES
from app.services.settings import Settings, load_settings
from app.ui import help as help_module
from app.ui import i18n
from app.ui.help import (
    AboutDialog,
    FirstRunDialog,
    SettingsDialog,
    UserGuideDialog,
    restart_app,
    show_user_guide,
)
from tests.ui.test_i18n import compiled_translations  # noqa: F401  (a fixture)

DOCS = Path(__file__).resolve().parents[2] / "docs"


@pytest.fixture(autouse=True)
def back_to_english(qapp: QApplication) -> Iterator[None]:
    yield
    i18n.apply_language(qapp, "en")


def settings_file(home: Path) -> dict:
    return json.loads((home / "settings.json").read_text(encoding="utf-8"))


def test_first_run_shows_the_data_folder_and_opens_it(qtbot, data_home: Path, monkeypatch) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    dialog = FirstRunDialog(None)
    qtbot.addWidget(dialog)
    assert dialog.folder.text() == str(data_home)
    assert dialog.folder.isReadOnly()
    assert "CRC/C/156" in dialog.purpose.text().replace("\u2060", "")  # word joiners: never broken
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert opened == [QUrl.fromLocalFile(str(data_home))]
    assert data_home.is_dir()  # created so that the file manager has something to show


@pytest.mark.parametrize("checked", [True, False])
def test_dont_show_again_is_saved(qtbot, data_home: Path, checked: bool) -> None:
    assert FirstRunDialog.needed()
    dialog = FirstRunDialog(None)
    qtbot.addWidget(dialog)
    dialog.dont_show.setChecked(checked)
    dialog.accept()
    assert settings_file(data_home)["first_run_done"] is checked
    assert load_settings().first_run_done is checked
    assert FirstRunDialog.needed() is not checked


def test_first_run_language_applies_at_once(qtbot, qapp, data_home: Path, compiled_translations) -> None:  # noqa: F811
    dialog = FirstRunDialog(None)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    assert i18n.current_language() == "fr"
    assert dialog.windowTitle() == "Bienvenue"
    assert settings_file(data_home)["language"] == "fr"
    dialog.language.setCurrentIndex(dialog.language.findData("ar"))
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert dialog.start_box.title() == "كيف تبدأ"


def test_about_shows_versions_and_the_guidelines(qtbot, questionnaire, data_home: Path) -> None:
    dialog = AboutDialog(None, questionnaire)
    qtbot.addWidget(dialog)
    details = dialog.details()
    assert __version__ in dialog.heading.text()
    assert "CRC/C/156" in dialog.basis.text() and "2019" in dialog.basis.text()
    assert "MIT" in dialog.licence.text()
    assert qVersion() in details
    assert f"{questionnaire.id} {questionnaire.version}" in details
    assert questionnaire.content_hash.rpartition(":")[2][:12] in details
    assert str(data_home) in details
    assert "LICENSE-DejaVu.txt" in details
    assert (paths.fonts_dir() / "LICENSE-DejaVu.txt").is_file()
    dialog.copy_details()
    assert QApplication.clipboard().text() == details


def test_about_without_a_questionnaire(qtbot) -> None:
    dialog = AboutDialog(None, None)
    qtbot.addWidget(dialog)
    assert "–" in dialog.details()


def first_heading(lang: str) -> str:
    for line in (DOCS / f"user-guide.{lang}.md").read_text(encoding="utf-8").splitlines():
        if line.startswith("# "):
            return line[2:].strip()
    raise AssertionError(f"user-guide.{lang}.md has no heading")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_user_guide_opens_in_each_language(qtbot, lang: str) -> None:
    dialog = show_user_guide(None, lang)
    qtbot.addWidget(dialog)
    assert dialog.isVisible()
    assert dialog.path == DOCS / f"user-guide.{lang}.md"
    assert dialog.browser.toPlainText().splitlines()[0].strip() == first_heading(lang)
    rtl = Qt.LayoutDirection.RightToLeft if lang == "ar" else Qt.LayoutDirection.LeftToRight
    assert dialog.layoutDirection() == rtl


def test_user_guide_falls_back_to_english(qtbot, tmp_path: Path, monkeypatch) -> None:
    (tmp_path / "user-guide.en.md").write_text("# The English guide\n\nText.", encoding="utf-8")
    monkeypatch.setattr(paths, "docs_dir", lambda: tmp_path)
    dialog = show_user_guide(None, "fr")
    qtbot.addWidget(dialog)
    assert dialog.browser.toPlainText().startswith("The English guide")
    monkeypatch.setattr(paths, "docs_dir", lambda: tmp_path / "nowhere")
    missing = show_user_guide(None, "ar")
    qtbot.addWidget(missing)
    assert "missing" in missing.browser.toPlainText()


def test_settings_saved_and_restart_offered(qtbot, data_home: Path, monkeypatch) -> None:
    asked: list[bool] = []
    restarted: list[bool] = []
    monkeypatch.setattr(SettingsDialog, "offer_restart", lambda self: asked.append(True) or True)
    monkeypatch.setattr(help_module, "restart_app", lambda: restarted.append(True) or True)
    settings = Settings()
    dialog = SettingsDialog(None, settings, live=False)
    qtbot.addWidget(dialog)
    assert (dialog.scale.minimum(), dialog.scale.maximum()) == (75, 250)
    dialog.language.setCurrentIndex(dialog.language.findData("ar"))
    assert "restart" in dialog.note.text()
    dialog.scale.setValue(999)  # the spin box clamps
    dialog.accept()
    assert settings.language == "ar" and settings.text_scale == pytest.approx(2.5)
    assert settings_file(data_home)["language"] == "ar"
    assert asked == [True] and restarted == [True]
    assert i18n.current_language() == "en"  # not applied: the caller cannot switch live


def test_settings_applied_at_once_when_the_caller_can(qtbot, data_home: Path, monkeypatch) -> None:
    monkeypatch.setattr(SettingsDialog, "offer_restart", lambda self: pytest.fail("no restart needed"))
    settings = Settings()
    dialog = SettingsDialog(None, settings, live=True)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    dialog.accept()
    assert i18n.current_language() == "fr"
    assert load_settings().language == "fr"


def test_restart_starts_python_m_app_then_quits(monkeypatch) -> None:
    calls: list[tuple] = []
    quits: list[bool] = []
    monkeypatch.setattr(QProcess, "startDetached", lambda *a: calls.append(a) or (True, 42))
    monkeypatch.setattr(QApplication, "quit", lambda: quits.append(True))
    assert restart_app()
    program, args, cwd = calls[0]
    assert args == ["-m", "app"] and Path(cwd) == paths.install_root()
    assert quits == [True]


def test_user_guide_is_never_taller_than_the_screen(qtbot, monkeypatch) -> None:
    """It was resized to a fixed 720x640: on a 600 px screen its Close button was off the screen."""
    from PySide6.QtCore import QRect

    from app.ui import fit

    small = QRect(0, 0, 1008, 528)  # 1024x600 less the window frame and a task bar
    monkeypatch.setattr(fit, "available", lambda widget: small)
    dialog = show_user_guide(None, "en")
    qtbot.addWidget(dialog)
    assert dialog.height() <= small.height() and dialog.width() <= small.width()


def test_arabic_guide_never_breaks_a_command_across_lines(qtbot) -> None:
    """The outside walk: the Arabic guide broke `python -m app` as "python -m" then ".app" on the next line. Its
    code spans hold no-break spaces; copied, they are ordinary spaces again."""
    from PySide6.QtGui import QTextCursor, QTextDocumentFragment

    dialog = UserGuideDialog(None, "ar")
    qtbot.addWidget(dialog)
    document = dialog.browser.document()
    raw = document.toRawText()
    assert "python\u00a0-m\u00a0app" in raw and "python -m app" not in raw
    start = raw.index("python\u00a0-m\u00a0app")
    cursor = QTextCursor(document)
    cursor.setPosition(start)
    cursor.setPosition(start + len("python -m app"), QTextCursor.MoveMode.KeepAnchor)
    assert QTextDocumentFragment(cursor).toPlainText().strip() == "python -m app"  # what a copy gives
    english = UserGuideDialog(None, "en")
    qtbot.addWidget(english)
    assert "python -m app" in english.browser.document().toRawText()  # other languages unchanged
