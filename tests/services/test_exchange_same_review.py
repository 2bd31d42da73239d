"""A file carrying the uid of an assessment held but for another country is not the same review: refused.
Another title only becomes a contribution with a note (the CLI line and the window's summary say it)."""

from __future__ import annotations

import pytest

from app.services import exchange as ex
from tests.services.test_exchange import _rewrite, facilitator_assessment, laptop


@pytest.fixture
def two(tmp_path):
    fac, p = laptop(tmp_path, "fac"), laptop(tmp_path, "p")
    yield fac, p
    fac.close()
    p.close()


def _contribution_file(fac, p, tmp_path, **details):
    aid = facilitator_assessment(fac)
    handout = ex.share(fac, aid, tmp_path / "handout.opsc", by="Facilitator").path
    pid = ex.receive(p, handout).assessment_id
    p.set_answer(pid, "V-01", value="fully")
    path = ex.share(p, pid, tmp_path / "amina.opsc", by="Amina").path
    if details:
        _rewrite(path, assessment={"details": {"title": "Revue nationale 2026", "country_code": "MA", **details}})
    return aid, path


def test_another_country_under_the_same_id_is_refused(two, tmp_path):
    fac, p = two
    aid, path = _contribution_file(fac, p, tmp_path, country_code="KE")
    with pytest.raises(ex.ExchangeRefused) as e:
        ex.receive(fac, path)
    assert e.value.key == "exchange_other_country"
    assert "for the country KE, not MA" in str(e.value) and "pays KE et non MA" in e.value.lines("fr")[0]
    assert fac.repo.contributions(aid, history=True) == []


def test_another_title_is_received_with_a_note(two, tmp_path):
    fac, p = two
    aid, path = _contribution_file(fac, p, tmp_path, title="Revue 2026 (copie)")
    got = ex.receive(fac, path)
    assert got.outcome == "contribution" and got.other_title == ("Revue 2026 (copie)", "Revue nationale 2026")


def test_the_same_title_has_no_note(two, tmp_path):
    fac, p = two
    _, path = _contribution_file(fac, p, tmp_path)
    assert ex.receive(fac, path).other_title is None


def test_the_window_summary_and_the_cli_say_it(two, tmp_path, qtbot):
    from app.services.messages import message
    from app.ui.exchange_dialogs import ReceiveOutcome, ReceiveSummary

    note = message("exchange_other_title", "en", theirs="Revue 2026 (copie)", ours="Revue nationale 2026")
    dialog = ReceiveSummary([ReceiveOutcome(tmp_path / "amina.opsc", "contribution", "Amina", "Revue nationale 2026",
                                            note=note)])
    qtbot.addWidget(dialog)
    assert dialog.table.item(0, 1).text().endswith(
        "— note: the file calls this assessment 'Revue 2026 (copie)', here it is 'Revue nationale 2026'")


def test_the_cli_line_says_the_other_title(tmp_path):
    from tests.cli.helpers import ok

    fac, p = tmp_path / "fac", tmp_path / "p"
    aid = ok(fac, "new", "--title", "Revue nationale", "--country", "MA").strip()
    ok(fac, "share", aid, "--out", str(tmp_path / "h.opsc"))
    ok(p, "receive", str(tmp_path / "h.opsc"))
    ok(p, "share", "1", "--out", str(tmp_path / "a.opsc"), "--by", "Amina")
    _rewrite(tmp_path / "a.opsc", assessment={"details": {"title": "Autre titre", "country_code": "MA"}})
    out = ok(fac, "receive", str(tmp_path / "a.opsc"))
    assert "contribution from Amina (note: the file calls this assessment 'Autre titre', here it is " \
           "'Revue nationale')" in out
