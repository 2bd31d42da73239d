"""The compare dialog's pick order: the ticked assessments are compared in the order of the list, which the
user can change (Move up / Move down, Alt+Up / Alt+Down); the first is the reference of every change."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.ui.test_compare_dialog import controller, dialog  # noqa: F401  (the fixture of a review and its follow-up)


def test_moving_an_assessment_up_makes_it_the_reference(qtbot, controller):  # noqa: F811
    base, new = controller.ids
    d = dialog(qtbot, controller, (base, new))
    assert d.chosen() == [base, new] and d.comparison is not None and d.comparison.ids[0] == base
    assert not d.up_button.isEnabled() and d.down_button.isEnabled()  # the first row is selected
    d.picker.setCurrentRow(1)
    assert d.up_button.isEnabled() and not d.down_button.isEnabled()
    d.up_button.click()
    assert d.chosen() == [new, base]
    assert d.comparison is not None and list(d.comparison.ids) == [new, base]  # the comparison follows at once
    assert d.picker.currentRow() == 0 and d.picker.item(0).checkState() == Qt.CheckState.Checked
    d.picker.setFocus()
    QTest.keyClick(d.picker, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert d.chosen() == [base, new] and list(d.comparison.ids) == [base, new]


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
