"""After an export: buttons to open the file and its folder; reports go to the Documents folder by
default, then to the folder of the last export; a summary-only PDF from the dialog and the command line."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from app.services.settings import Settings, load_settings, save_settings
from app.ui import file_dialogs
from app.ui.file_dialogs import ExportDialog, ExportDoneDialog, documents_folder
from tests.cli.helpers import cli
from tests.ui.helpers import add_assessment, make_controller, make_window, set_language


@pytest.fixture(autouse=True)
def english(qapp):
    """English for every test; asks for the QApplication itself, so that a test run alone (-k) works."""
    set_language("en")
    yield


@pytest.fixture
def controller(tmp_path: Path):
    c = make_controller(tmp_path / "a.sqlite")
    aid = add_assessment(c)
    c.open(aid)
    c.set_answer("III.A-01", value="fully", comment="Loi de 2019")
    yield c
    c.ws.close()


def export(qtbot, controller, out: Path, summary: bool = False) -> ExportDialog:
    dialog = ExportDialog(controller, "pdf")
    qtbot.addWidget(dialog)
    dialog.path.setText(str(out))
    dialog.summary.setChecked(summary)
    dialog.run()
    assert dialog.error.isHidden(), dialog.error.text()
    return dialog


def test_reports_go_to_documents_then_to_the_last_folder_used(qtbot, controller, tmp_path) -> None:
    first = ExportDialog(controller, "pdf")
    qtbot.addWidget(first)
    assert Path(first.path.text()).parent == documents_folder()
    assert documents_folder() != Path(file_dialogs.__file__).parent
    (tmp_path / "reports").mkdir()
    export(qtbot, controller, tmp_path / "reports" / "r.pdf")
    assert load_settings().export_folder == str(tmp_path / "reports")
    again = ExportDialog(controller, "xlsx")
    qtbot.addWidget(again)
    assert Path(again.path.text()).parent == tmp_path / "reports"
    assert Path(again.path.text()).suffix == ".xlsx" and not again.summary.isEnabled()
    save_settings(Settings(export_folder=str(tmp_path / "gone")))  # a folder since deleted: Documents again
    third = ExportDialog(controller, "pdf")
    qtbot.addWidget(third)
    assert Path(third.path.text()).parent == documents_folder()


def test_the_done_dialog_opens_the_file_or_its_folder(qtbot, tmp_path, monkeypatch) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    path = tmp_path / "out" / "report.pdf"
    dialog = ExportDoneDialog(path)
    qtbot.addWidget(dialog)
    dialog.open_file_button.click()
    dialog.open_folder_button.click()
    assert opened == [QUrl.fromLocalFile(str(path)), QUrl.fromLocalFile(str(path.parent))]
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: False)
    dialog.show()
    dialog.open_file_button.click()
    assert dialog.isVisible() and not dialog.error.isHidden()  # said, not silently ignored


def test_the_window_offers_to_open_the_report_after_exporting(qtbot, controller, tmp_path, monkeypatch) -> None:
    window = make_window(qtbot, controller)
    window.page.load(controller.current)

    def accept(self: ExportDialog) -> int:
        self.path.setText(str(tmp_path / "w.pdf"))
        self.run()
        return int(ExportDialog.DialogCode.Accepted)

    monkeypatch.setattr(ExportDialog, "exec", accept)
    window.export("pdf")
    assert isinstance(window.export_done, ExportDoneDialog) and window.export_done.isVisible()
    assert window.export_done.path == tmp_path / "w.pdf"
    assert window.settings.export_folder == str(tmp_path)
    window.export_done.close()


def test_a_summary_only_pdf_leaves_out_the_questions(qtbot, controller, tmp_path) -> None:
    export(qtbot, controller, tmp_path / "full.pdf")
    export(qtbot, controller, tmp_path / "summary.pdf", summary=True)
    full, summary = PdfReader(tmp_path / "full.pdf"), PdfReader(tmp_path / "summary.pdf")
    full_text = "".join(p.extract_text() for p in full.pages)
    summary_text = "".join(p.extract_text() for p in summary.pages)
    assert "Loi de 2019" in full_text and "Loi de 2019" not in summary_text
    assert len(summary.pages) < len(full.pages)


def test_summary_from_the_command_line(tmp_path) -> None:
    home = tmp_path / "home"
    assert cli("new", "--title", "Revue", "--country", "MA", env_home=home).returncode == 0
    ok = cli("export", "1", "--format", "pdf", "--summary", "--out", str(tmp_path / "s.pdf"), env_home=home)
    assert ok.returncode == 0, ok.stderr
    full = cli("export", "1", "--format", "pdf", "--out", str(tmp_path / "f.pdf"), env_home=home)
    assert full.returncode == 0
    summary, whole = PdfReader(tmp_path / "s.pdf"), PdfReader(tmp_path / "f.pdf")
    assert len(summary.pages) * 2 < len(whole.pages)  # 13 against 37 pages for an empty assessment
    summary_text = "".join(page.extract_text() for page in summary.pages)
    whole_text = "".join(page.extract_text() for page in whole.pages)
    # the summary leaves out the question-by-question chapters: none of the 242 "Not answered" lines
    assert whole_text.count("Not answered") >= 242 and "Not answered" not in summary_text
    assert "Chapter III" in whole_text and "Chapter III" not in summary_text
    refused = cli("export", "1", "--format", "xlsx", "--summary", "--out", str(tmp_path / "s.xlsx"), env_home=home)
    assert refused.returncode == 1 and "--summary" in refused.stderr and "Traceback" not in refused.stderr


def test_the_audit_trail_option_adds_the_annex(qtbot, controller, tmp_path) -> None:
    dialog = ExportDialog(controller, "xlsx")
    qtbot.addWidget(dialog)
    assert not dialog.audit.isChecked()  # off unless asked for
    dialog.path.setText(str(tmp_path / "plain.xlsx"))
    dialog.run()
    with_trail = ExportDialog(controller, "xlsx")
    qtbot.addWidget(with_trail)
    with_trail.path.setText(str(tmp_path / "audit.xlsx"))
    with_trail.audit.setChecked(True)
    with_trail.run()
    assert with_trail.error.isHidden(), with_trail.error.text()
    from openpyxl import load_workbook

    assert "Audit trail" not in load_workbook(tmp_path / "plain.xlsx").sheetnames
    rows = [[c.value for c in r] for r in load_workbook(tmp_path / "audit.xlsx")["Audit trail"].iter_rows()]
    assert ["Answer III.A-01 · Comment (created)", "—", "Loi de 2019", "window"] in [r[2:] for r in rows]


def test_the_export_options_wrap_and_their_labels_tick_the_boxes(qtbot, tmp_path) -> None:
    """The audit-trail option was cut in French at 1024 px and at 150 %: its text now wraps beside the box."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel

    set_language("fr")
    try:
        controller = make_controller(tmp_path / "a.sqlite")
        controller.open(add_assessment(controller))
        dialog = ExportDialog(controller, "pdf")
        qtbot.addWidget(dialog)
        label = dialog.audit.property("wrapped_label")
        assert isinstance(label, QLabel) and label.wordWrap() and "&" in label.text() and label.buddy() is dialog.audit
        assert dialog.audit.accessibleName() and not dialog.audit.text()
        qtbot.mouseClick(label, Qt.MouseButton.LeftButton)
        assert dialog.audit.isChecked()
        controller.ws.close()
    finally:
        set_language("en")


def test_an_unusable_last_folder_falls_back_to_documents(qtbot, controller, tmp_path, monkeypatch, caplog) -> None:
    """A folder name too long for the system (ENAMETOOLONG from is_dir) or a folder whose parent cannot be
    read (PermissionError) is not usable: the dialogs offer the Documents folder and log why (outside
    adversary M2: Export, Import, Receive and Save template crashed every time)."""
    from app.ui.exchange_dialogs import ShareDialog

    save_settings(Settings(export_folder=str(tmp_path / ("x" * 300) / "reports")))  # a real ENAMETOOLONG
    dialog = ExportDialog(controller, "pdf")
    qtbot.addWidget(dialog)
    assert Path(dialog.path.text()).parent == documents_folder()
    share = ShareDialog(controller, controller.current)
    qtbot.addWidget(share)
    assert Path(share.path.text()).parent == documents_folder()
    assert "cannot be used" in caplog.text
    save_settings(Settings(export_folder=str(tmp_path / "locked" / "reports")))

    def refused(self: Path) -> bool:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "is_dir", refused)  # as root the test cannot make a parent unreadable
    assert file_dialogs.export_folder(load_settings()) == documents_folder()


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_a_long_error_grows_the_dialog_and_overlaps_nothing(qtbot, controller, tmp_path, lang) -> None:
    """The red message of a failed export is a wrapped line of the layout: the dialog grows for it, the check
    boxes keep their height and nothing overlaps (outside adversary M3: clipped over the check boxes)."""
    set_language(lang)
    try:
        dialog = ExportDialog(controller, "pdf")
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        blocker = tmp_path / "a file, not a folder"
        blocker.write_text("x")
        dialog.path.setText(str(blocker / ("a report with a long name " * 6).strip() / "report.pdf"))
        dialog.run()
        assert not dialog.error.isHidden()
        qtbot.wait(50)
        dialog.grab().save(str(tmp_path / f"export-error-{lang}.png"))
        error = dialog.error
        assert error.height() >= error.heightForWidth(error.width()), "the message is clipped"
        rows = [dialog.summary.parentWidget(), dialog.audit.parentWidget()]
        for row in rows:
            label = next(c for c in row.children() if c.__class__.__name__ == "QLabel")
            assert label.height() >= label.heightForWidth(label.width()), label.text()
            assert row.geometry().bottom() < error.geometry().top(), "the message overlaps the check boxes"
    finally:
        set_language("en")


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_a_name_too_long_is_translated_and_its_path_wraps(qtbot, controller, tmp_path, lang) -> None:
    """ENAMETOOLONG gave the system's English words and one unbreakable line cut off at both ends (minor 3)."""
    set_language(lang)
    try:
        dialog = ExportDialog(controller, "pdf")
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.path.setText(str(tmp_path / ("r" * 300 + ".pdf")))
        dialog.run()
        error = dialog.error
        assert not error.isHidden() and "too long" not in error.text()
        assert ("trop long" if lang == "fr" else "أطول") in error.text()
        assert error.minimumSizeHint().width() <= error.width(), "a line of the message is cut off"
        assert error.height() >= error.heightForWidth(error.width())
        dialog.grab().save(str(tmp_path / f"too-long-{lang}.png"))
    finally:
        set_language("en")


def test_a_relative_name_is_written_in_the_export_folder(qtbot, controller, tmp_path, monkeypatch) -> None:
    """A bare name went to the program's working folder and the done dialog said just 'relative-name.pdf'
    (minor 8): it goes to the export folder the dialog offered, and the field shows the full path."""
    (tmp_path / "reports").mkdir()
    (tmp_path / "cwd").mkdir()
    monkeypatch.chdir(tmp_path / "cwd")
    save_settings(Settings(export_folder=str(tmp_path / "reports")))
    dialog = export(qtbot, controller, Path("relative-name.pdf"))
    assert dialog.written == tmp_path / "reports" / "relative-name.pdf" and dialog.written.is_file()
    assert dialog.path.text() == str(tmp_path / "reports" / "relative-name.pdf")
    assert list((tmp_path / "cwd").iterdir()) == []


@pytest.mark.parametrize("lang", ["en", "fr", "ar"])
def test_import_problems_wrap_without_a_sideways_scroll_bar(qtbot, tmp_path, lang) -> None:
    """The end of each problem was behind a horizontal scroll bar in every language (minor 4)."""
    from app.services.imports import ImportRefused
    from app.services.messages import Problem
    from app.ui.file_dialogs import ImportProblemsDialog

    set_language(lang)
    try:
        refused = ImportRefused([Problem("answers.csv", "exchange_unknown_question", line=n, values={"qid": "X-" + "9" * 20})
                                 for n in range(2, 6)])
        dialog = ImportProblemsDialog(refused)
        qtbot.addWidget(dialog)
        dialog.resize(460, 380)
        dialog.show()
        qtbot.waitExposed(dialog)
        qtbot.wait(50)
        dialog.grab().save(str(tmp_path / f"problems-{lang}.png"))
        view = dialog.list
        assert not view.horizontalScrollBar().isVisible()
        assert view.horizontalScrollBar().maximum() == 0
        for i in range(view.count()):
            rect = view.visualItemRect(view.item(i))
            assert rect.right() <= view.viewport().width(), view.item(i).text()
            assert rect.height() > view.fontMetrics().height() * 1.5  # wrapped on two lines or more
    finally:
        set_language("en")


def test_a_missing_documents_folder_is_created_in_the_home_folder(qtbot, controller, tmp_path, monkeypatch) -> None:
    """The outside walk: on an account without ~/Documents the export dialog's default folder did not exist ("The
    folder …/Documents does not exist; choose another folder."). It is created in the home folder; where it cannot
    be (a file of that name), the home folder itself is offered."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
    monkeypatch.delenv("XDG_DOCUMENTS_DIR", raising=False)
    assert not (home / "Documents").exists()
    folder = documents_folder()
    assert folder == home / "Documents" and folder.is_dir()
    dialog = ExportDialog(controller, "pdf")
    qtbot.addWidget(dialog)
    assert Path(dialog.path.text()).parent == home / "Documents"
    dialog.path.setText(str(folder / "r.pdf"))
    dialog.run()
    assert dialog.error.isHidden(), dialog.error.text()
    assert (folder / "r.pdf").stat().st_size > 0
    (folder / "r.pdf").unlink()
    folder.rmdir()
    folder.write_text("not a folder")  # cannot be created: the home folder instead
    assert documents_folder() == home


def test_the_default_file_name_stays_readable_and_its_start_shows(qtbot, tmp_path) -> None:
    """The outside walk: "Revue nationale OPSC 2026 — Ministère de la Justice" became "… 2026 _ Ministère …": only
    what file systems refuse is replaced now. And the 520-px field showed only the name's end: its start shows."""
    from app.ui.file_dialogs import file_name_of

    title = "Revue nationale OPSC 2026 — Ministère de la Justice"
    assert file_name_of(title) == title
    assert file_name_of("التقييم الوطني 2026") == "التقييم الوطني 2026"
    assert file_name_of('Rapport: A/B "final" <v2>? *|\\') == "Rapport_ A_B _final_ _v2__ ___"
    assert file_name_of("Bilan 2026.  ") == "Bilan 2026"  # Windows drops a trailing dot or space
    assert file_name_of("CON") == "CON_" and file_name_of(" \t") == "assessment"
    c = make_controller(tmp_path / "a.sqlite")
    aid = add_assessment(c, title)
    c.open(aid)
    dialog = ExportDialog(c, "pdf")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    path = Path(dialog.path.text())
    assert path.name == title + ".pdf"
    field = dialog.path
    assert field.fontMetrics().horizontalAdvance(field.text()) > field.width()  # too long to show whole
    assert field.cursorPosition() == len(str(path.parent)) + 1  # at the name's start, which is in view
    assert 0 <= field.cursorRect().left() < field.width() // 2
    dialog.format.setCurrentIndex(dialog.format.findData("xlsx"))
    assert Path(field.text()).name == title + ".xlsx" and field.cursorPosition() == len(str(path.parent)) + 1
    c.ws.close()
