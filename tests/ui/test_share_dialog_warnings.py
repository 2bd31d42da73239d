"""The share dialog on a group's laptop (issue 11, outside facilitator minors 3 and 4): a copy of a protected
hand-out has its passphrase box ticked and says why (unticked: a warning that the file will not be protected);
a file that would carry none of the group's own answers is warned about while the sections are chosen; the
facilitator's own hand-out, which legitimately carries no answers, is not. Real widgets, real SQLite files."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from app.domain.answers import AnswerValue
from app.services import exchange
from app.ui import exchange_dialogs
from tests.ui.helpers import make_controller, set_language
from tests.ui.workshop_helpers import PASSPHRASE

SHOTS = Path("/tmp/h11m-shots")


@pytest.fixture(autouse=True)
def english():
    yield
    set_language("en")


@pytest.fixture
def laptops(tmp_path: Path, monkeypatch):
    fac = make_controller(tmp_path / "facilitator.sqlite")
    aid = fac.create(title="National review 2026", country_code="MA", assessment_date=date(2026, 11, 23))
    assert aid is not None
    protected = fac.share(aid, tmp_path / "protected.opsc", "Facilitator", None, PASSPHRASE).path
    plain = fac.share(aid, tmp_path / "plain.opsc", "Facilitator", None, None).path
    group = make_controller(tmp_path / "group.sqlite")
    other = make_controller(tmp_path / "other.sqlite")
    monkeypatch.setattr(exchange_dialogs, "ask_passphrase", lambda *_: PASSPHRASE)
    for c, f in ((group, protected), (other, plain)):  # received through the window
        summary = exchange_dialogs.receive_files(None, c, [f])  # type: ignore[arg-type]
        assert summary is not None and summary.outcomes[0].kind == "added"
        summary.close()
    yield fac, aid, group, other
    for c in (fac, group, other):
        c.close_database()


def dialog_for(qtbot, controller, aid: int) -> exchange_dialogs.ShareDialog:
    d = exchange_dialogs.ShareDialog(controller, aid)
    qtbot.addWidget(d)
    return d


def test_a_copy_of_a_protected_hand_out_proposes_protection(qtbot, laptops, tmp_path: Path) -> None:
    fac, aid, group, other = laptops
    d = dialog_for(qtbot, group, 1)
    d.show()
    assert d.protect.isChecked() and d.passphrase.isEnabled()
    assert not d.protect_note.isHidden() and "was protected with a passphrase" in d.protect_note.text()
    d.protect.setChecked(False)
    assert "this file will not be" in d.protect_note.text() and "anyone who gets it" in d.protect_note.text()
    d.protect.setChecked(True)
    d.author.setText("Justice")
    d.path.setText(str(tmp_path / "back.opsc"))
    d.run()  # no passphrase typed: the box stays ticked until unticked on purpose
    assert d.written is None and "at least" in d.error.text()
    d.passphrase.setText(PASSPHRASE)
    d.confirm.setText(PASSPHRASE)
    d.run()
    assert d.written is not None and exchange.is_protected(d.written)
    # a copy of a plain hand-out, and the facilitator's original: nothing proposed, nothing said
    for c, a in ((other, 1), (fac, aid)):
        d = dialog_for(qtbot, c, a)
        assert not d.protect.isChecked() and d.protect_note.isHidden()


def test_a_file_with_none_of_the_groups_own_answers_is_warned_about(qtbot, laptops) -> None:
    fac, aid, group, other = laptops
    d = dialog_for(qtbot, group, 1)
    d.show()
    assert not d.nothing_note.isHidden() and "none of your own answers" in d.nothing_note.text()
    group.open(1)
    group.set_answer("V-01", value=AnswerValue.NOT, comment="")
    d = dialog_for(qtbot, group, 1)
    d.show()
    assert d.nothing_note.isHidden()
    d.some.setChecked(True)
    d.check_section("III.A")  # a section the group did not answer: said while choosing
    assert not d.nothing_note.isHidden()
    d.check_section("V")
    assert d.nothing_note.isHidden()
    d = dialog_for(qtbot, fac, aid)  # the hand-out carries no answers, and that is its purpose
    d.show()
    assert d.nothing_note.isHidden()


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_the_share_dialog_with_its_warnings_at_1024x600(qtbot, laptops, lang: str) -> None:
    fac, aid, group, other = laptops
    set_language(lang)
    d = dialog_for(qtbot, group, 1)
    d.protect.setChecked(False)
    d.resize(min(d.width(), 1024), 600)
    d.show()
    qtbot.waitExposed(d)
    assert not d.nothing_note.isHidden() and not d.protect_note.isHidden()
    words = {"fr": ("aucune de vos réponses", "ne le sera pas"), "ar": ("أي إجابة من إجاباتك", "لن يكون")}[lang]
    assert words[0] in d.nothing_note.text() and words[1] in d.protect_note.text()
    assert d.width() <= 1024 and d.height() <= 600
    SHOTS.mkdir(exist_ok=True)
    d.grab().save(str(SHOTS / f"share-warnings-{lang}.png"))
