"""The application shell: create, list, open, rename and delete assessments; language and text size;
import and export dialogs."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog

from app.domain.answers import AnswerValue
from app.services.settings import Settings, load_settings
from app.ui import assessment_list, file_dialogs, main_window
from app.ui.assessment_dialogs import AssessmentDialog
from tests.ui.helpers import add_assessment, make_controller, make_window, make_workspace, set_language


@pytest.fixture(autouse=True)
def english():
    set_language("en")
    yield
    set_language("en")


@pytest.fixture
def controller(tmp_path: Path):
    c = make_controller(tmp_path / "a.sqlite")
    yield c
    c.ws.close()


def fill(dialog: AssessmentDialog, title: str, country: str) -> None:
    dialog.title.setText(title)
    dialog.country.setEditText(country)
    dialog.date.setDate(QDate(2026, 11, 23))
    dialog.organisation.setText("Ministère de la Justice")
    dialog.assessors.setText("A. Benali; C. Dupont")


def test_the_dialog_refuses_a_missing_title_or_unknown_country_inline(qtbot) -> None:
    dialog = AssessmentDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    fill(dialog, "", "Atlantis")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.isVisible()
    assert dialog.title_error.isVisible() and dialog.country_error.isVisible()
    fill(dialog, "Review", "kenya")  # any case
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.values()["country_code"] == "KE"
    assert dialog.values()["assessment_date"] == date(2026, 11, 23)
    assert dialog.values()["confidentiality"] == "Internal"


def test_reperes_countries_come_first_then_a_separator(qtbot) -> None:
    dialog = AssessmentDialog()
    qtbot.addWidget(dialog)
    codes = [dialog.country.itemData(i) for i in range(dialog.country.count())]
    assert set(codes[:14]) == {"BJ", "BF", "CI", "ET", "KE", "LB", "MG", "ML", "MA", "NE", "RW", "TZ", "TG", "UG"}
    assert codes[14] is None  # the separator
    assert "FR" in codes[15:] and len(codes) > 200


def test_create_through_the_dialog_then_see_it_in_the_list_and_open_it(qtbot, controller, monkeypatch) -> None:
    window = make_window(qtbot, controller)

    def drive(self: AssessmentDialog) -> int:
        fill(self, "Revue nationale 2026", "Morocco")
        self.accept()
        return self.result()

    monkeypatch.setattr(AssessmentDialog, "exec", drive)
    QTest.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    summaries = controller.assessments()
    assert [s.title for s in summaries] == ["Revue nationale 2026"] and summaries[0].country_code == "MA"
    assert controller.current == summaries[0].id  # a new assessment opens at once
    assert window.stack.currentWidget() is window.page
    window.close_assessment()
    table = window.list_page.table
    assert window.stack.currentWidget() is window.list_page
    assert table.item(0, 0).text() == "Revue nationale 2026" and table.item(0, 1).text() == "Morocco"
    assert table.item(0, 4).text() == "0 of 7"
    table.setFocus()
    QTest.keyClick(table, Qt.Key.Key_Return)
    assert controller.current == summaries[0].id


def test_rename_and_delete_with_confirmation(qtbot, controller, monkeypatch) -> None:
    keep = add_assessment(controller, "Keep me", "KE")
    doomed = add_assessment(controller, "Delete me", "CI")
    window = make_window(qtbot, controller)
    page = window.list_page
    page.select(keep)

    def rename(self: AssessmentDialog) -> int:
        assert self.title.text() == "Keep me" and self.country.code() == "KE"
        self.title.setText("Kept and renamed")
        self.accept()
        return self.result()

    monkeypatch.setattr(AssessmentDialog, "exec", rename)
    page.edit_button.click()
    assert controller.info(keep).title == "Kept and renamed"
    asked: list[str] = []
    monkeypatch.setattr(assessment_list, "confirm_delete", lambda _p, _t, text: asked.append(text) or False)
    page.select(doomed)
    QTest.keyClick(page.table, Qt.Key.Key_Delete)
    assert "Delete me" in asked[0] and "Côte" in asked[0]
    assert {s.id for s in controller.assessments()} == {keep, doomed}  # cancelled: nothing deleted
    monkeypatch.setattr(assessment_list, "confirm_delete", lambda _p, _t, _text: True)
    page.delete_button.click()
    assert [s.id for s in controller.assessments()] == [keep]
    assert page.table.rowCount() == 1


def test_switching_language_rebuilds_the_window_where_the_user_was(qtbot, controller) -> None:
    aid = add_assessment(controller)
    window = make_window(qtbot, controller, Settings(first_run_done=True))
    window.open_assessment(aid)
    window.page.questions.show_question("III.B-01")
    window.page.questions.comment.setPlainText("not yet saved")
    new = window.set_language("ar") or main_window._windows[0]
    qtbot.addWidget(new)
    assert new is not window and new.isVisible() and not window.isVisible()
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert new.page.questions.qid == "III.B-01"
    assert new.page.questions.text.text() == "نص Question III.B-01?"
    assert controller.answer("III.B-01").comment == "not yet saved"
    assert load_settings().language == "ar"
    before = new.page.questions.text.font().pointSizeF()
    newer = new.set_text_scale(2.0) or main_window._windows[0]
    qtbot.addWidget(newer)
    assert newer.page.questions.text.font().pointSizeF() > 1.8 * before
    assert load_settings().text_scale == 2.0
    newer.close()


def test_closing_saves_the_window_geometry(qtbot, controller) -> None:
    settings = Settings(first_run_done=True)
    window = make_window(qtbot, controller, settings)
    window.close()
    assert load_settings().window_geometry


def test_import_refused_lists_every_problem_and_changes_nothing(qtbot, controller, tmp_path, monkeypatch) -> None:
    aid = add_assessment(controller)
    controller.open(aid)
    csv = tmp_path / "answers.csv"
    csv.write_text("question_id,answer,na_reason,comment\nIII.A-01,fully,,\nX-99,fully,,\nIII.A-02,maybe,,\n",
                   encoding="utf-8")
    shown: list[list[str]] = []

    def capture(self: QDialog) -> int:
        shown.append([self.list.item(i).text() for i in range(self.list.count())])
        return 0

    monkeypatch.setattr(file_dialogs.ImportProblemsDialog, "exec", capture)
    assert file_dialogs.import_answers(None, controller, csv) is False  # type: ignore[arg-type]
    assert len(shown[0]) == 2 and "answers.csv:3" in shown[0][0] and "answers.csv:4" in shown[0][1]
    assert controller.answers() == {}


def test_import_preview_then_apply_on_confirmation(qtbot, controller, tmp_path, monkeypatch) -> None:
    aid = add_assessment(controller)
    controller.open(aid)
    controller.set_answer("III.A-01", value="not")
    csv = tmp_path / "answers.csv"
    csv.write_text("question_id,answer,na_reason,comment\nIII.A-01,fully,,Vu\nIII.B-01,na,Pas de base,\n",
                   encoding="utf-8")
    rows: list[tuple[str, ...]] = []

    def preview(self: QDialog, accept: bool) -> int:
        t = self.table
        rows.extend(tuple(t.item(r, c).text() for c in range(4)) for r in range(t.rowCount()))
        return QDialog.DialogCode.Accepted if accept else QDialog.DialogCode.Rejected

    monkeypatch.setattr(file_dialogs.ImportPreviewDialog, "exec", lambda self: preview(self, False))
    assert file_dialogs.import_answers(None, controller, csv) is False  # type: ignore[arg-type]
    assert rows[0] == ("III.A-01", "Question III.A-01?", "Not in place", "Fully in place")
    assert controller.answer("III.A-01").value is AnswerValue.NOT  # cancelled: unchanged
    monkeypatch.setattr(file_dialogs.ImportPreviewDialog, "exec", lambda self: preview(self, True))
    assert file_dialogs.import_answers(None, controller, csv) is True  # type: ignore[arg-type]
    assert controller.answer("III.A-01").value is AnswerValue.FULLY
    assert controller.answer("III.B-01").na_reason == "Pas de base"


@pytest.mark.parametrize("fmt", ["xlsx", "pdf"])
def test_export_dialog_writes_the_report_in_the_chosen_language(qtbot, controller, tmp_path, fmt) -> None:
    pytest.importorskip(f"app.export.{fmt}")
    aid = add_assessment(controller)
    controller.open(aid)
    controller.set_answer("III.A-01", value="fully", comment="تعليق")
    dialog = file_dialogs.ExportDialog(controller, fmt)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("ar"))
    dialog.marking.setCurrentIndex(dialog.marking.findData("Restricted"))
    dialog.path.setText(str(tmp_path / "out" / "report"))
    dialog._format_changed()
    (tmp_path / "out").mkdir()
    dialog.run()
    assert dialog.error.isHidden(), dialog.error.text()
    out = tmp_path / "out" / f"report.{fmt}"
    assert out.exists() and out.stat().st_size > 1000
    assert controller.info(aid).confidentiality == "Restricted"


def test_export_failure_is_shown_in_the_dialog(qtbot, controller, tmp_path, monkeypatch) -> None:
    aid = add_assessment(controller)
    controller.open(aid)

    def refuse(*_a, **_k):
        raise PermissionError(13, "Permission denied", str(tmp_path / "x.pdf"))

    monkeypatch.setattr(controller, "export_report", refuse)
    dialog = file_dialogs.ExportDialog(controller, "pdf")
    qtbot.addWidget(dialog)
    dialog.path.setText(str(tmp_path / "x.pdf"))
    dialog.run()
    assert not dialog.error.isHidden() and "permission denied" in dialog.error.text()


def test_a_new_database_file_replaces_the_open_one(qtbot, controller, tmp_path, monkeypatch) -> None:
    from app.ui import application

    add_assessment(controller)
    window = make_window(qtbot, controller)
    monkeypatch.setattr(application, "choose_database", lambda _p, new: tmp_path / "other.sqlite")
    window.new_database_file()
    assert Path(controller.ws.db.path) == tmp_path / "other.sqlite"
    assert window.list_page.table.rowCount() == 0 and "other.sqlite" in window.file_label.text()
    assert load_settings().last_database == str(tmp_path / "other.sqlite")
    old = make_workspace(tmp_path / "a.sqlite")
    assert len(old.list_assessments()) == 1
    old.close()


def test_in_arabic_the_list_mirrors_and_still_selects_the_first_row(qtbot, controller) -> None:
    add_assessment(controller, "المراجعة الوطنية", "LB")
    set_language("ar")
    window = make_window(qtbot, controller)
    page = window.list_page
    assert page.isRightToLeft()
    assert page.selected_id() is not None and page.open_button.isEnabled()
    assert page.table.item(0, 1).text() == "لبنان"
    window.close()
