"""The compare dialog's "Add a file…": a received exchange file (.opsc) joins the comparison without being
stored; a protected one asks for its passphrase (again when wrong); a refused file says why (real SQLite)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.domain.answers import AnswerValue
from app.services.exchange import share
from app.ui import compare_dialog, exchange_dialogs
from app.ui.compare_dialog import CompareDialog
from tests.ui.helpers import add_assessment, make_controller, make_workspace, set_language


@pytest.fixture
def files(tmp_path) -> tuple[Path, Path]:
    """Kenya's review on another laptop, shared plain and protected."""
    ws = make_workspace(tmp_path / "away.sqlite")
    aid = ws.create_assessment("Kenya 2026", "KE")
    ws.set_answer(aid, "III.A-01", value="fully")
    ws.set_answer(aid, "V-01", value="not")
    plain, locked = tmp_path / "kenya.opsc", tmp_path / "locked.opsc"
    share(ws, aid, plain, by="Wanjiru")
    share(ws, aid, locked, by="Wanjiru", passphrase="pamoja 2026")
    ws.close()
    return plain, locked


@pytest.fixture
def controller(tmp_path):
    set_language("en")
    c = make_controller(tmp_path / "here.sqlite")
    c.open(add_assessment(c, "Benin 2026", "BJ"))
    c.set_answer("III.A-01", value=AnswerValue.PARTIALLY)
    yield c
    c.ws.close()


def test_a_file_joins_the_comparison_ticked_and_nothing_is_stored(qtbot, controller, files):
    base = controller.assessments()[0].id
    d = CompareDialog(controller, [base])
    qtbot.addWidget(d)
    key = d.add_file(files[0])
    assert key is not None and key < 0
    assert d.chosen() == [base, key] and d.comparison is not None
    col = d.comparison.columns[1]
    assert (col.title, col.country_code) == ("Kenya 2026", "KE")
    changed = {c.question_id: c.values for c in d.comparison.changed}
    assert changed["III.A-01"] == {base: AnswerValue.PARTIALLY, key: AnswerValue.FULLY}
    item = d.picker.item(d.picker.count() - 1)
    assert "kenya.opsc" in item.text() and item.checkState() == Qt.CheckState.Checked
    d.picker.setCurrentItem(item)
    d.up_button.click()  # the file becomes the reference
    assert d.chosen() == [key, base] and d.comparison.columns[0].title == "Kenya 2026"
    assert [s.id for s in controller.assessments()] == [base]  # compared, not received
    out = controller.export_comparison(d.chosen(), "xlsx", "en", Path(d.controller.ws.file).parent / "c.xlsx")
    assert out.exists() and out.stat().st_size > 0


def test_a_protected_file_asks_again_when_the_passphrase_is_wrong(qtbot, controller, files, monkeypatch):
    asked: list[bool] = []
    answers = iter(["wrong", "pamoja 2026"])

    def ask(_parent, _name, wrong):
        asked.append(wrong)
        return next(answers)

    monkeypatch.setattr(exchange_dialogs, "ask_passphrase", ask)
    d = CompareDialog(controller, [])
    qtbot.addWidget(d)
    key = d.add_file(files[1])
    assert key is not None and asked == [False, True] and key in d.chosen()


def test_a_damaged_file_says_why_and_adds_nothing(qtbot, controller, tmp_path, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(compare_dialog, "show_error", lambda _p, message, _t=None: shown.append(message))
    junk = tmp_path / "junk.opsc"
    junk.write_bytes(b"not an exchange file")
    d = CompareDialog(controller, [])
    qtbot.addWidget(d)
    before = d.picker.count()
    assert d.add_file(junk) is None and d.picker.count() == before
    assert len(shown) == 1 and "junk.opsc" in shown[0]
