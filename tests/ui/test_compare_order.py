"""The compare dialog's pick order: the ticked assessments are compared in the order of the list, which the
user can change (Move up / Move down, Alt+Up / Alt+Down); the first is the reference of every change."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.services.comparison import Reading
from tests.ui.helpers import add_assessment
from tests.ui.test_compare_dialog import controller, dialog  # noqa: F401  (the fixture of a review and its follow-up)


def test_moving_an_assessment_up_makes_it_the_reference(qtbot, controller):  # noqa: F811
    base, new = controller.ids
    other = add_assessment(controller, "Revue 2026", "SN")
    d = dialog(qtbot, controller, (base, other))
    assert d.chosen() == [base, other] and d.comparison is not None and d.comparison.ids[0] == base
    assert not d.up_button.isEnabled() and d.down_button.isEnabled()  # the first row is selected
    row = next(r for r in range(d.picker.count()) if d.picker.item(r).data(Qt.ItemDataRole.UserRole) == other)
    d.picker.setCurrentRow(row)
    assert row > 0 and d.up_button.isEnabled()
    for _ in range(row):
        d.up_button.click()
    assert d.chosen() == [other, base]
    assert d.comparison is not None and list(d.comparison.ids) == [other, base]  # the comparison follows at once
    assert d.picker.currentRow() == 0 and d.picker.item(0).checkState() == Qt.CheckState.Checked
    d.picker.setFocus()
    QTest.keyClick(d.picker, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert d.chosen() == [base, other] and list(d.comparison.ids) == [base, other]


def test_a_follow_up_moved_above_its_baseline_is_still_read_over_time(qtbot, controller):  # noqa: F811
    # a follow-up says which review came first: the pair stays baseline -> follow-up (issue 17 reader: it
    # read as "mixed" with the follow-up first)
    base, new = controller.ids
    d = dialog(qtbot, controller, (base, new))
    d.picker.setCurrentRow(1)
    d.up_button.click()
    assert d.chosen() == [new, base]
    assert d.comparison is not None and list(d.comparison.ids) == [base, new]
    assert d.comparison.reading is Reading.OVER_TIME and d.comparison.actions is not None


def test_moving_an_unticked_assessment_keeps_the_comparison(qtbot, controller):  # noqa: F811
    base, new = controller.ids
    d = dialog(qtbot, controller, (base,))
    assert d.comparison is None
    d.picker.setCurrentRow(1)
    d.move_current(-1)
    assert d.chosen() == [base] and d.picker.item(0).data(Qt.ItemDataRole.UserRole) == new
    d.picker.item(0).setCheckState(Qt.CheckState.Checked)
    assert d.chosen() == [new, base]
    d.move_current(-1)  # already first: nothing moves
    assert d.chosen() == [new, base]
