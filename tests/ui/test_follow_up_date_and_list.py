"""A follow-up's own date in the "Start a follow-up…" dialog (never before its baseline's), and the
assessment list naming a follow-up's baseline and counting what is still to confirm (real SQLite file)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog

from app.ui.follow_up import FollowUpDialog
from tests.factories import sample_answers
from tests.ui.helpers import add_assessment, make_controller, make_window, set_language


@pytest.fixture
def window(qtbot, tmp_path):
    set_language("en")
    c = make_controller(tmp_path / "a.sqlite")
    base = add_assessment(c, "Review 2024", "MA")  # dated 2026-11-23
    c.open(base)
    for a in sample_answers():
        c.set_answer(a.question_id, value=a.value, na_reason=a.na_reason)
    c.close_assessment()
    w = make_window(qtbot, c)
    yield w
    c.ws.close()
    set_language("en")


def test_the_dialog_asks_for_the_date_and_keeps_it_after_the_baseline(window, monkeypatch):
    seen: dict[str, object] = {}

    def choose(self: FollowUpDialog) -> QDialog.DialogCode:
        seen["minimum"] = self.date.minimumDate()
        seen["default"] = self.date.date()
        self.date.setDate(QDate(2026, 1, 1))  # before the baseline: the field does not take it
        seen["clamped"] = self.date.date()
        self.date.setDate(QDate(2027, 3, 15))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(FollowUpDialog, "exec", choose)
    page = window.list_page
    page.select(page.summaries[0].id)
    new = page.follow_up_selected()
    assert new is not None
    assert seen["minimum"] == QDate(2026, 11, 23) and seen["default"] == QDate.currentDate()
    assert seen["clamped"] == QDate(2026, 11, 23)
    assert window.controller.info(new).assessment_date == date(2027, 3, 15)


def test_the_list_names_the_baseline_and_counts_what_is_to_confirm(window, monkeypatch):
    monkeypatch.setattr(FollowUpDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    page = window.list_page
    base = page.summaries[0].id
    page.select(base)
    new = page.follow_up_selected()
    c = window.controller
    c.confirm_answer("III.A-01")
    page.refresh()
    rows = {s.id: r for r, s in enumerate(page.summaries)}
    follow = page.table.item(rows[new], 0)
    assert follow.text() == "Review 2024 — follow-up ↻ follow-up of “Review 2024”"
    assert "5 answers carried over from it are still to confirm" in follow.toolTip()
    assert page.table.item(rows[new], 4).text() == "1 of 7, ↻ 5 to confirm"  # a carried-over N/A counts as open
    # a first review's tooltip is its title alone (whole where a long one is cut), naming no baseline
    assert page.table.item(rows[base], 0).text() == "Review 2024" == page.table.item(rows[base], 0).toolTip()
    assert page.table.item(rows[base], 4).text() == "4 of 6"
    c.confirm_all()
    page.refresh()
    assert "every answer carried over from it is confirmed" in page.table.item(rows[new], 0).toolTip()
    assert "to confirm" not in page.table.item(rows[new], 4).text()
