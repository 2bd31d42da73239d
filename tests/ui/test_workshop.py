"""The facilitator's workshop in the window, on real SQLite files: receive two groups' files (one protected),
see where they disagree, adopt the unanimous answers, decide the conflict with a note, check what is stored."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from app.domain.answers import AnswerValue
from app.services import contributions, exchange
from app.services.settings import Settings
from app.ui import exchange_dialogs, workshop
from app.ui.main_window import MainWindow
from tests.ui.helpers import assert_headers_fit, set_language
from tests.ui.workshop_helpers import PASSPHRASE, Workshop, group_file, make_workshop


@pytest.fixture(autouse=True)
def english():
    set_language("en")
    yield
    set_language("en")


@pytest.fixture
def shop(tmp_path: Path) -> Workshop:
    w = make_workshop(tmp_path / "shop")
    yield w
    w.controller.close_database()


def window_for(qtbot, shop: Workshop) -> MainWindow:
    window = MainWindow(shop.controller, Settings(first_run_done=True))
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.open_assessment(shop.assessment_id)
    return window


def receive_all(window: MainWindow, shop: Workshop, monkeypatch, answers: list[str | None]) -> list:
    """Receive the groups' files through the window, typing the passphrases in `answers` in turn."""
    asked: list[tuple[str, bool]] = []

    def ask(_parent, name: str, wrong: bool) -> str | None:
        asked.append((name, wrong))
        return answers.pop(0)

    monkeypatch.setattr(exchange_dialogs, "ask_passphrase", ask)
    summary = exchange_dialogs.receive_files(window, window.controller, list(shop.files))
    assert summary is not None
    summary.close()
    return [asked, summary]


def stored(shop: Workshop, qid: str):
    return shop.controller.ws.answers(shop.assessment_id).get(qid)


def test_receive_filter_adopt_and_decide(qtbot, shop: Workshop, monkeypatch) -> None:
    window = window_for(qtbot, shop)
    asked, summary = receive_all(window, shop, monkeypatch, ["wrong passphrase", PASSPHRASE])
    assert asked == [("police.opsc", False), ("police.opsc", True)]  # asked again, saying it was wrong
    assert [o.kind for o in summary.outcomes] == ["contribution", "contribution"]
    assert [o.by for o in summary.outcomes] == ["Group Justice", "Group Police"]
    assert "Contribution from Group Police" in summary.table.item(1, 1).text()
    # receiving never changed the facilitator's answers
    assert stored(shop, "V-01").value is AnswerValue.FULLY and stored(shop, "III.A-01") is None

    window.show_tab(window.page.WORKSHOP)
    view = window.page.workshop_view
    qtbot.waitUntil(lambda: not view._dirty)
    view.set_filter("conflict")
    assert view.listed() == ["III.A-02"]
    view.set_filter("unanimous")
    assert view.listed() == ["III.A-01", "V-01"]
    view.set_filter("single")
    assert view.listed() == ["III.B-01"]
    view.set_filter(None)
    assert len(view.listed()) == 7
    assert "≠1" in window.page.tree.items["III.A"].text(1)  # the tree marks the section with a conflict
    assert "≠" not in window.page.tree.items["III.B"].text(1)

    # adopt all unanimous: only III.A-01 (V-01 already has the facilitator's answer)
    shown: list[str] = []
    monkeypatch.setattr(workshop, "ask", lambda box: shown.append(box.text()) or QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(workshop, "tell", lambda _p, _t, text: shown.append(text))
    assert view.adopt_unanimous() == 1
    assert "1 questions" in shown[0] and "Answers adopted: 1" in shown[1]
    # what was left alone, and why, with how many
    assert "Not adopted, the contributors disagree (decide each one with a note): 1" in shown[1]
    assert "Not adopted, only one contributor answered: 1" in shown[1]
    assert view.adopt_unanimous() == 0  # nothing left: never a bare "nothing", the reasons are counted
    assert shown[2].startswith("No question to adopt.")
    assert "Not adopted, the contributors disagree (decide each one with a note): 1" in shown[2]
    assert "Already the facilitator's answer" in shown[2]
    a = stored(shop, "III.A-01")
    assert a.value is AnswerValue.FULLY and "Penal code, art. 12" in a.comment
    assert stored(shop, "V-01").value is AnswerValue.FULLY  # left as it was

    # decide the conflict: Group Police's answer, with a note (required)
    view.set_filter("conflict")
    view.show_question("III.A-02")
    assert "disagree" in view.agreement.text()
    assert [view.table.item(r, 0).text() for r in range(view.table.rowCount())] == ["Group Justice", "Group Police"]
    assert view.table.item(1, 1).text() == "National Police"
    assert view.table.item(1, 3).text() == "Never enforced"
    view.select_contributor("Group Police")
    dialog = view.adopt_selected()
    assert dialog is not None and dialog.conflict
    assert not dialog.ok.isEnabled()  # no note yet
    dialog.note.setPlainText("The police report shows no prosecution since 2020.")
    assert dialog.ok.isEnabled()
    dialog.ok.click()
    qtbot.waitUntil(lambda: stored(shop, "III.A-02") is not None)
    a = stored(shop, "III.A-02")
    assert a.value is AnswerValue.NOT and a.comment == "Never enforced"
    decisions = contributions.decisions(shop.controller.ws, shop.assessment_id)
    assert decisions[-1].note == "The police report shows no prosecution since 2020."
    assert decisions[-1].adopted_from == "Group Police"
    assert "no prosecution" in view.note.text()
    assert "Not in place" in view.consensus.text()
    # decided: no longer listed as a disagreement to decide, but under "decided", marked ✓≠ in list and tree
    assert "decided by the facilitator" in view.agreement.text()
    view.set_filter("conflict")
    assert view.listed() == []
    assert "Disagree, not decided (0)" in view.filter.itemText(view.filter.findData("conflict"))
    view.set_filter("decided")
    assert view.listed() == ["III.A-02"] and view.list.item(0).text().startswith("✓≠")
    window.page.tree.refresh()
    assert "≠" not in window.page.tree.items["III.A"].text(1) and "✓1" in window.page.tree.items["III.A"].text(1)


def test_cancelled_adoption_changes_nothing(qtbot, shop: Workshop, monkeypatch) -> None:
    window = window_for(qtbot, shop)
    receive_all(window, shop, monkeypatch, [PASSPHRASE])
    window.show_tab(window.page.WORKSHOP)
    view = window.page.workshop_view
    monkeypatch.setattr(workshop, "ask", lambda box: QMessageBox.StandardButton.Cancel)
    assert view.adopt_unanimous() is None
    view.show_question("III.A-02")
    view.select_contributor("Group Justice")
    dialog = view.adopt_selected()
    assert dialog is not None
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert stored(shop, "III.A-01") is None and stored(shop, "III.A-02") is None


def test_refused_files_change_nothing_and_say_why(qtbot, shop: Workshop, monkeypatch, tmp_path: Path) -> None:
    window = window_for(qtbot, shop)
    junk = tmp_path / "notes.opsc"
    junk.write_bytes(b"this is not an exchange file")
    flipped = tmp_path / "flipped.opsc"
    data = bytearray(shop.files[1].read_bytes())
    data[-5] ^= 0x01  # one byte of the authentication tag
    flipped.write_bytes(bytes(data))
    monkeypatch.setattr(exchange_dialogs, "ask_passphrase", lambda *_a: PASSPHRASE)
    summary = exchange_dialogs.receive_files(window, window.controller, [junk, flipped])
    assert summary is not None
    assert [o.kind for o in summary.outcomes] == ["refused", "refused"]
    assert all(summary.table.item(r, 1).text().startswith("Refused, nothing changed") for r in range(2))
    summary.close()
    assert not window.controller.has_contributions()


def test_skipping_a_protected_file(qtbot, shop: Workshop, monkeypatch) -> None:
    window = window_for(qtbot, shop)
    monkeypatch.setattr(exchange_dialogs, "ask_passphrase", lambda *_a: None)
    summary = exchange_dialogs.receive_files(window, window.controller, [shop.files[1]])
    assert summary is not None and summary.outcomes[0].kind == "skipped"
    summary.close()
    assert not window.controller.has_contributions()


def test_newer_file_from_the_same_group_keeps_the_earlier_in_history(qtbot, shop: Workshop, monkeypatch) -> None:
    window = window_for(qtbot, shop)
    receive_all(window, shop, monkeypatch, [PASSPHRASE])

    class Later(datetime):
        @classmethod
        def now(cls, tz=None):  # the group's second file is written an hour later
            return datetime.now(tz) + timedelta(hours=1)

    monkeypatch.setattr(exchange, "datetime", Later)
    handout = shop.folder / "handout.opsc"
    again = group_file(handout, shop.folder, "justice", "Group Justice",  # from the Justice laptop
                       {"III.A-02": (AnswerValue.NOT, "Checked again")}, out="justice-again")
    monkeypatch.undo()
    monkeypatch.setattr(exchange_dialogs, "ask_passphrase", lambda *_a: None)
    summary = exchange_dialogs.receive_files(window, window.controller, [again])
    assert summary is not None and summary.outcomes[0].replaced
    assert "replaces their earlier one" in summary.table.item(0, 1).text()
    summary.close()
    window.show_tab(window.page.WORKSHOP)
    view = window.page.workshop_view
    view.show_question("III.A-02")
    assert "All contributors agree" in view.agreement.text()  # both now say "Not in place"
    rows = [view.table.item(r, 0).text() for r in range(view.table.rowCount())]
    assert rows == ["Group Police", "Group Justice"] or rows == ["Group Justice", "Group Police"]
    view.history.setChecked(True)
    rows = [view.table.item(r, 0).text() for r in range(view.table.rowCount())]
    assert "Group Justice (earlier, replaced)" in rows
    r = rows.index("Group Justice (earlier, replaced)")
    assert view.table.item(r, 2).text() == "Largely in place"
    view.select_row(r)
    assert not view.adopt_button.isEnabled()  # an earlier, replaced answer cannot be adopted


def test_share_dialog_checks_and_writes(qtbot, shop: Workshop, tmp_path: Path) -> None:
    c = shop.controller
    dialog = exchange_dialogs.ShareDialog(c, shop.assessment_id)
    qtbot.addWidget(dialog)
    dialog.path.setText(str(tmp_path / "out" / "for-group-v"))
    (tmp_path / "out").mkdir()
    dialog.author.setText("Facilitator")
    dialog.some.setChecked(True)
    dialog.run()
    assert "at least one section" in dialog.error.text() and dialog.written is None
    dialog.check_section("V")
    dialog.protect.setChecked(True)
    dialog.passphrase.setText("short")
    dialog.confirm.setText("short")
    dialog.run()
    assert "at least 8" in dialog.error.text()
    dialog.passphrase.setText(PASSPHRASE)
    dialog.confirm.setText(PASSPHRASE + "x")
    dialog.run()
    assert "differ" in dialog.error.text()
    dialog.confirm.setText(PASSPHRASE)
    dialog.run()
    assert dialog.written == tmp_path / "out" / "for-group-v.opsc"
    assert exchange.is_protected(dialog.written)
    read = exchange.read_exchange(c.ws, dialog.written, PASSPHRASE)
    assert read.manifest.sections == ["V"]
    assert read.by == "Facilitator"
    assert b"Facilitator's own" not in dialog.written.read_bytes()  # nothing readable in a protected file


@pytest.mark.parametrize("fmt", ["pdf", "xlsx"])
def test_export_dialog_adds_the_workshop_annex(qtbot, shop: Workshop, monkeypatch, tmp_path: Path, fmt) -> None:
    """The annex read back from the written report: contributors, institutions, the question in dispute."""
    import shutil
    import subprocess

    from openpyxl import load_workbook

    from app.export.strings import label
    from app.ui.file_dialogs import ExportDialog

    window = window_for(qtbot, shop)
    receive_all(window, shop, monkeypatch, [PASSPHRASE])
    dialog = ExportDialog(window.controller, fmt, window)
    qtbot.addWidget(dialog)
    assert dialog.workshop.isVisibleTo(dialog) and dialog.workshop.isChecked()  # offered once contributions exist
    out = tmp_path / f"report.{fmt}"
    dialog.path.setText(str(out))
    dialog.run()
    assert dialog.written == out
    if fmt == "pdf":
        if shutil.which("pdftotext") is None:
            pytest.skip("pdftotext (poppler-utils) is not installed")
        text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
        plain = " ".join(text.split())
        assert label("annex_workshop", "en") in plain and label("in_dispute", "en") in plain
        for expected in ("Group Justice", "Group Police", "Ministry of Justice", "National Police", "III.A-02",
                         "Largely in place: Group Justice", "Not in place: Group Police"):
            assert expected in plain
    else:
        wb = load_workbook(out)
        ws = wb[label("sheet_workshop", "en")]
        values = [str(c.value) for row in ws.iter_rows() for c in row if c.value is not None]
        assert "Group Justice" in values and "National Police" in values and "III.A-02" in values
        assert any("Not in place: Group Police" in v for v in values)


def test_export_dialog_without_contributions_has_no_annex_choice(qtbot, shop: Workshop, tmp_path: Path) -> None:
    from app.ui.file_dialogs import ExportDialog

    dialog = ExportDialog(shop.controller, "pdf")
    qtbot.addWidget(dialog)
    assert not dialog.workshop.isVisibleTo(dialog)


def test_a_batch_in_the_window_a_group_template_with_its_institution_and_a_refused_copy(
        qtbot, shop: Workshop, monkeypatch) -> None:
    from app.export.template import write_answer_template

    window = window_for(qtbot, shop)
    ws = shop.controller.ws
    template = write_answer_template(ws.questionnaire, ws.answers(shop.assessment_id), "en",
                                     shop.folder / "groupe.xlsx", shop.assessment_id)
    asked: list[str] = []

    def group(_parent, name: str, default: str):
        asked.append(name)
        return ("Groupe Éducation", "Ministère de l’Éducation")

    monkeypatch.setattr(exchange_dialogs, "ask_group", group)
    monkeypatch.setattr(exchange_dialogs, "ask_passphrase", lambda *_a: None)
    justice = shop.files[0]
    summary = exchange_dialogs.receive_files(window, window.controller, [justice, template, justice])
    assert summary is not None
    assert asked == ["groupe.xlsx"]
    assert [o.kind for o in summary.outcomes] == ["contribution", "contribution", "refused"]
    assert summary.table.item(2, 1).text().startswith("Refused, nothing changed")
    assert "already" in summary.table.item(2, 1).text()
    summary.close()
    people = {c.by: c.institution for c in contributions.view(ws, shop.assessment_id).contributors}
    assert people == {"Group Justice": "Ministry of Justice", "Groupe Éducation": "Ministère de l’Éducation"}
    assert [c.by for c in contributions.history(ws, shop.assessment_id)] == ["Group Justice", "Groupe Éducation"]
    annex = window.controller.workshop_annex()
    assert ("Groupe Éducation", "Ministère de l’Éducation") in [(p.by, p.institution) for p in annex.contributors]


def test_the_group_dialog_needs_a_name_and_tidies_what_is_typed(qtbot) -> None:
    dialog = exchange_dialogs.GroupDialog("groupe.xlsx", "groupe")
    qtbot.addWidget(dialog)
    assert dialog.ok_button.isEnabled()
    dialog.name.setText("   ")
    assert not dialog.ok_button.isEnabled()
    dialog.name.setText("  Groupe   Police ")
    dialog.institution.setText(" DGSN ")
    assert dialog.ok_button.isEnabled() and dialog.answer() == ("Groupe Police", "DGSN")


def test_go_to_the_next_and_previous_disagreement(qtbot, shop: Workshop, monkeypatch) -> None:
    window = window_for(qtbot, shop)
    receive_all(window, shop, monkeypatch, [PASSPHRASE])
    folder = shop.folder / "third"
    folder.mkdir()
    # a third group disagreeing on III.B-01 too (Justice said "not"), and on V-01 (the others said "not"); the
    # hand-out's own V-01 "fully" left alone would be the facilitator's answer, not Education's
    third = group_file(shop.folder / "handout.opsc", folder, "education", "Group Education",
                       {"III.B-01": (AnswerValue.FULLY, "A database exists"),
                        "V-01": (AnswerValue.FULLY, "Checked by Education")})
    monkeypatch.setattr(exchange_dialogs, "ask_passphrase", lambda *_a: None)
    exchange_dialogs.receive_files(window, window.controller, [third]).close()
    go = {a.text(): a for a in window.go_actions}
    assert go["Next d&isagreement"].shortcut().toString() == "F4"
    assert go["Previous disa&greement"].shortcut().toString() == "Shift+F4"
    view = window.page.workshop_view
    window.page.questions.show_question("III.A-01")
    go["Next d&isagreement"].trigger()
    assert window.page.tabs.currentIndex() == window.page.WORKSHOP
    assert view.qid == "III.A-02" and window.page.questions.qid == "III.A-02"  # the questionnaire follows
    go["Next d&isagreement"].trigger()
    assert view.qid == "III.B-01"
    go["Next d&isagreement"].trigger()
    assert view.qid == "V-01"  # Education said "fully"; the others said "not"
    go["Next d&isagreement"].trigger()
    assert view.qid == "III.A-02"  # wrapping round
    go["Previous disa&greement"].trigger()
    assert view.qid == "V-01"
    view.set_filter("unanimous")
    go["Previous disa&greement"].trigger()
    assert view.qid == "III.B-01" and view.filter.currentData() is None  # a filter hiding it is cleared
    for qid, by in (("III.A-02", "Group Police"), ("III.B-01", "Group Justice"), ("V-01", "Group Justice")):
        assert window.controller.adopt(qid, by, "decided in plenary") is not None
    go["Next d&isagreement"].trigger()
    assert "without a decision" in window.statusBar().currentMessage()


@pytest.mark.parametrize("lang", ["en", "fr", "ar"])
def test_the_contributions_headers_fit_at_1024x600(qtbot, shop: Workshop, monkeypatch, lang: str) -> None:
    """The facilitator's finding: at 1024 x 600 the "Confidence" header was clipped."""
    window = window_for(qtbot, shop)
    receive_all(window, shop, monkeypatch, [PASSPHRASE])
    set_language(lang)
    window.resize(1024, 600)
    window.show_tab(window.page.WORKSHOP)
    view = window.page.workshop_view
    view._headers()
    view.show_question("III.A-02")
    qtbot.wait(50)
    assert_headers_fit(view.table)  # "Commentaire" was clipped once the list was widened


@pytest.mark.parametrize("lang", ["en", "fr", "ar"])
def test_the_question_list_and_the_contributions_both_fit_at_1024x600(qtbot, shop: Workshop, monkeypatch,
                                                                      lang: str) -> None:
    """The outside walk: in French at 1024 x 600 the question list was 68 px wide ("III.B-0…"), and widening
    it clipped the table's headers. Built in the language, as a user starts it."""
    set_language(lang)
    window = window_for(qtbot, shop)
    receive_all(window, shop, monkeypatch, [PASSPHRASE])
    window.resize(1024 - 16, 600 - 72)
    window.show_tab(window.page.WORKSHOP)
    view = window.page.workshop_view
    view.show_question("III.A-02")
    qtbot.wait(50)
    assert window.width() <= 1024 - 16
    char = view.list.fontMetrics().averageCharWidth()
    assert view.list.width() >= char * 24, view.list.width()  # the id and a few words of the question
    assert_headers_fit(view.table)
    table = view.table
    header = table.horizontalHeader()
    used = sum(header.sectionSize(c) for c in range(header.count()))
    assert used <= table.viewport().width() + 1, (used, table.viewport().width())  # nothing cut at the right


def test_a_file_without_answers_of_its_own_is_received_and_shown_as_such(qtbot, shop: Workshop, monkeypatch) -> None:
    """A group sends the hand-out back unchanged: received, the summary says it brings no answers of its own,
    and the workshop view lists that contributor as such."""
    from tests.ui.workshop_helpers import group_file

    same = group_file(shop.folder / "handout.opsc", shop.folder, "civil", "Group Civil", {})
    shop.files.append(same)
    window = window_for(qtbot, shop)
    _asked, summary = receive_all(window, shop, monkeypatch, [PASSPHRASE])
    assert [o.kind for o in summary.outcomes] == ["contribution"] * 3
    text = summary.table.item(2, 1).text()
    assert "Contribution from Group Civil" in text and "it brings no answers of its own" in text
    assert "no answers of its own" not in summary.table.item(0, 1).text()
    window.show_tab(window.page.WORKSHOP)
    view = window.page.workshop_view
    qtbot.waitUntil(lambda: not view._dirty)
    assert "Group Civil (no answers of its own)" in view.summary.text()
    assert "Group Justice (" not in view.summary.text()


def test_a_group_laptop_shares_back_the_sections_it_was_handed(qtbot, shop: Workshop, tmp_path: Path) -> None:
    """The facilitator hands out chapter V only; on the group's laptop the share dialog has those sections
    checked and says so; choosing the whole assessment sends every section."""
    from tests.ui.helpers import make_controller

    handout = shop.controller.share(shop.assessment_id, tmp_path / "v.opsc", "Facilitator", ["V"], None).path
    group = make_controller(tmp_path / "group.sqlite")
    try:
        gid = group.receive(handout).assessment_id
        group.open(gid)
        group.set_answer("III.A-01", value=AnswerValue.NOT)
        group.set_answer("V-02", value=AnswerValue.NOT)
        dialog = exchange_dialogs.ShareDialog(group, gid)
        qtbot.addWidget(dialog)
        assert dialog.some.isChecked() and dialog.chosen_sections() == ["V"]
        assert not dialog.handed_note.isHidden() and "V" in dialog.handed_note.text()
        # III.A-01 answered outside the hand-out: the dialog says it is left out
        assert not dialog.outside_note.isHidden() and ": 1 (III.A-01)" in dialog.outside_note.text()
        dialog.grab().save(str(tmp_path / "share-handed.png"))
        dialog.author.setText("Group Civil")
        dialog.path.setText(str(tmp_path / "back.opsc"))
        dialog.run()
        read = exchange.read_exchange(group.ws, dialog.written)
        assert read.manifest.sections == ["V"] and "III.A-01" not in read.payload.answers
        whole = exchange_dialogs.ShareDialog(group, gid)
        qtbot.addWidget(whole)
        whole.whole.setChecked(True)
        whole.author.setText("Group Civil")
        whole.path.setText(str(tmp_path / "all.opsc"))
        whole.run()
        read = exchange.read_exchange(group.ws, whole.written)
        assert read.manifest.sections is None and "III.A-01" in read.payload.answers
    finally:
        group.close_database()
    # the facilitator's own dialog: nothing was handed to it, the whole assessment is the default
    mine = exchange_dialogs.ShareDialog(shop.controller, shop.assessment_id)
    qtbot.addWidget(mine)
    assert mine.whole.isChecked() and mine.handed_note.isHidden() and mine.outside_note.isHidden()


def test_the_summary_says_when_a_files_hand_out_marks_are_contradicted(qtbot, shop: Workshop, monkeypatch) -> None:
    """Group Justice's file, edited by hand: its own III.A-01 marked as handed out (the hand-out carried no
    answer there). Received, counted as the group's, and the summary says so."""
    import io
    import json
    import zipfile

    src = shop.files[0]
    with zipfile.ZipFile(src) as z:
        manifest, doc = z.read("manifest.json"), json.loads(z.read("assessment.json"))
    doc["answers"]["III.A-01"]["handed_out"] = True
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("manifest.json", manifest)
        z.writestr("assessment.json", json.dumps(doc))
    src.write_bytes(buf.getvalue())
    shop.files[:] = [src]
    window = window_for(qtbot, shop)
    _asked, summary = receive_all(window, shop, monkeypatch, [])
    text = summary.table.item(0, 1).text()
    assert "Contribution from Group Justice" in text
    assert "answers marked as handed out but different from what you handed out: 1 (counted as the group's own)" in text
    given = contributions.view(shop.controller.ws, shop.assessment_id).questions["III.A-01"].contributions
    assert given["Group Justice"].value is AnswerValue.FULLY


LONG_COMMENT = ("La loi existe mais son application reste partielle faute de moyens et de formation des magistrats "
                "dans les régions ; les parquets ne disposent pas d'unités spécialisées et les victimes sont rarement "
                "entendues, selon les rapports des organisations de terrain réunies en atelier.")


@pytest.mark.parametrize("lang", ["en", "fr", "ar"])
@pytest.mark.parametrize(("width", "height", "scale"), [(1024, 600, 1.0), (1280, 800, 1.5), (1366, 768, 1.5)])
def test_three_contributions_show_at_once_at_1024x600(qtbot, shop: Workshop, monkeypatch, lang: str, width: int,
                                                      height: int, scale: float) -> None:
    """The outside walk: in French at 1024x600 with 3 contributions the table showed one at a time (a row ~120 px
    tall in a ~130 px view) and "Fiabilité" needed sideways scrolling. Rows are capped to a share of the height
    (elided, whole in the tooltip), the selected one shown whole; every column is in view. At 1280x800 and
    1366x768 with 150 % text "Confidence" was reached only by scrolling sideways, and the comment (the column
    people read) had ~15 characters: it keeps 22, and when the six columns cannot fit with whole words the
    confidence, then the institution, then the legal provision make room, shown in the tooltips and, for the
    selected contribution, in the line below the table. Never a sideways scroll bar."""
    handout = shop.folder / "handout.opsc"
    civil = group_file(handout, shop.folder, "civil", "Société civile (coalition des ONG)", {
        "III.A-02": (AnswerValue.PARTIALLY, LONG_COMMENT)},
        institution="Coalition nationale des organisations de la société civile")
    shop.files.append(civil)
    set_language(lang, scale)
    window = window_for(qtbot, shop)
    receive_all(window, shop, monkeypatch, [PASSPHRASE])
    window.resize(width - 16, height - 72)
    window.show_tab(window.page.WORKSHOP)
    view = window.page.workshop_view
    with qtbot.waitSignal(view.fitter.refitted, timeout=3000):  # the fitter runs from the event loop
        view.show_question("III.A-02")
    table = view.table
    assert table.rowCount() == 3 and window.width() <= width - 16
    header = table.horizontalHeader()
    char = table.fontMetrics().averageCharWidth()
    # once fitted (the fitter runs from the event loop: waited for, not timed)
    qtbot.waitUntil(lambda: sum(header.sectionSize(c) for c in range(header.count()))
                    <= table.viewport().width() + 1 and header.sectionSize(3) >= char * 22
                    and sum(table.rowHeight(r) for r in range(3))
                    <= table.viewport().height() and table.horizontalScrollBar().maximum() == 0, timeout=3000)
    room = table.viewport().height()
    bottoms = [table.rowViewportPosition(r) + table.rowHeight(r) for r in range(3)]
    assert all(table.rowViewportPosition(r) >= 0 for r in range(3)) and max(bottoms) <= room, (bottoms, room)
    header = table.horizontalHeader()
    used = sum(header.sectionSize(c) for c in range(header.count()))
    assert used <= table.viewport().width() + 1 and table.horizontalScrollBar().maximum() == 0, (
        used, [header.sectionSize(c) for c in range(header.count())])
    assert table.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    assert_headers_fit(table)  # every shown column at least as wide as its header's longest word
    assert header.sectionSize(3) >= char * 22, (header.sectionSize(3), char)  # the comment, the column people read
    dropped = view.fitter.dropped
    assert all(header.isSectionHidden(c) == (c in dropped) for c in range(6))
    assert not header.isSectionHidden(0) and not header.isSectionHidden(2)  # who and what always shown
    if (width, scale) == (1024, 1.0) and lang == "en":
        assert dropped == ()  # every column fits a 1024-px screen in English
    long_row = next(r for r in range(3) if table.item(r, 3).text() == LONG_COMMENT)
    tip = table.item(long_row, 3).toolTip()
    assert tip.startswith(LONG_COMMENT)  # whole where the cell is cut
    confidence = table.item(long_row, 5).text()
    assert confidence and ((confidence in tip) == (5 in dropped))  # a hidden column's content in the tooltip
    assert view.more.isVisibleTo(view) == bool(dropped)
    assert table.rowHeight(long_row) < table.sizeHintForRow(long_row)  # capped
    view.select_row(long_row)  # selected: whole, or as tall as the others leave it and its comment below the table
    qtbot.waitUntil(lambda: table.rowHeight(long_row) >= table.sizeHintForRow(long_row)
                    or LONG_COMMENT in view.more.text(), timeout=3000)
    top = table.rowViewportPosition(long_row)
    assert top >= 0 and top < table.viewport().height()
    if dropped:  # the selected contribution's hidden columns, below the table
        more = view.more.text()
        assert table.item(long_row, 0).text() in more
        assert all(table.model().headerData(c, Qt.Orientation.Horizontal) in more for c in dropped)
        assert (confidence in more) == (5 in dropped)
    view.select_row(0)  # another selected: the long one capped again
    qtbot.waitUntil(lambda: table.rowHeight(long_row) < table.sizeHintForRow(long_row), timeout=3000)


@pytest.mark.parametrize("lang", ["en", "fr", "ar"])
@pytest.mark.parametrize(("width", "height", "scale"), [(1024, 600, 1.0), (1366, 768, 1.5)])
def test_the_selected_long_contribution_keeps_its_answer_and_the_others_in_view(
        qtbot, shop: Workshop, monkeypatch, lang: str, width: int, height: int, scale: float) -> None:
    """The outside walk: selecting the contribution with a long comment made its row taller than the view (~173 px
    at 1024x600 in French), scrolled to its top with the comment still cut; the other columns were centred, so the
    answer ("Partiellement en place") and the institution sat half below the edge, and the two other rows were out
    of view, just before "Adopt the selected answer…". Cells are read from the top; the selected row takes what the
    others leave of the view; its whole comment shows below the table."""
    from PySide6.QtCore import QRect

    handout = shop.folder / "handout.opsc"
    civil = group_file(handout, shop.folder, "civil", "Société civile (coalition des ONG)", {
        "III.A-02": (AnswerValue.PARTIALLY, LONG_COMMENT)},
        institution="Coalition nationale des organisations de la société civile")
    shop.files.append(civil)
    set_language(lang, scale)
    window = window_for(qtbot, shop)
    receive_all(window, shop, monkeypatch, [PASSPHRASE])
    window.resize(width - 16, height - 72)
    window.show_tab(window.page.WORKSHOP)
    view = window.page.workshop_view
    with qtbot.waitSignal(view.fitter.refitted, timeout=3000):
        view.show_question("III.A-02")
    table = view.table
    long_row = next(r for r in range(3) if table.item(r, 3).text() == LONG_COMMENT)
    for c in range(6):
        assert table.item(long_row, c).textAlignment() & Qt.AlignmentFlag.AlignTop
    view.select_row(long_row)
    qtbot.wait(50)  # the fitter and the row caps run from the event loop
    qtbot.waitUntil(lambda: LONG_COMMENT in view.more.text() or
                    table.rowHeight(long_row) >= table.sizeHintForRow(long_row), timeout=3000)
    QApplication.processEvents()
    viewport = QRect(0, 0, table.viewport().width(), table.viewport().height())
    answer = table.visualRect(table.model().index(long_row, 2))
    fm = table.fontMetrics()
    # the answer's first line (the cell is read from its top) is inside the view
    assert viewport.contains(QRect(answer.left(), answer.top(), answer.width(), fm.height())), (answer, viewport)
    assert table.rowHeight(long_row) <= table.viewport().height()
    # the two other contributions show too: at least one line of each
    for r in range(3):
        top = table.rowViewportPosition(r)
        assert top >= 0 and top + fm.height() <= table.viewport().height(), (r, top, table.viewport().height())
    if table.rowHeight(long_row) < table.sizeHintForRow(long_row):  # cut in the row: whole below the table
        assert view.more.isVisibleTo(view) and LONG_COMMENT in view.more.text()
    view.select_row((long_row + 1) % 3)  # another selected: the line below no longer holds the long comment
    qtbot.waitUntil(lambda: LONG_COMMENT not in view.more.text() or not view.more.isVisibleTo(view), timeout=3000)


def test_the_question_list_shows_several_words_of_each_question(qtbot, shop: Workshop, monkeypatch) -> None:
    """The outside walk: the workshop's list of questions showed ~10 characters of each question at every size (one
    elided line beside the id). The start of the question wraps under its id: two lines or more of it show."""
    set_language("fr")
    window = window_for(qtbot, shop)
    receive_all(window, shop, monkeypatch, [PASSPHRASE])
    window.resize(1024 - 16, 600 - 72)
    window.show_tab(window.page.WORKSHOP)
    view = window.page.workshop_view
    view.show_question("III.A-02")
    QApplication.processEvents()
    listing = view.list
    item = listing.currentItem()
    assert item is not None
    rect = listing.visualItemRect(item)
    fm = listing.fontMetrics()
    assert rect.height() >= fm.lineSpacing() * 2, (rect.height(), fm.lineSpacing())
    words = item.text().split("  ", 2)[-1]  # after the mark and the id
    assert len(words) >= 25 and item.toolTip().split(": ", 1)[1].startswith(words.rstrip("…").rstrip())


@pytest.mark.parametrize("lang", ["en", "fr", "ar"])
@pytest.mark.parametrize(("width", "height", "scale"), [(1024, 600, 1.0), (1366, 768, 1.5)])
def test_capped_rows_end_on_whole_lines_and_never_cut_the_answer(
        qtbot, shop: Workshop, monkeypatch, lang: str, width: int, height: int, scale: float) -> None:
    """The outside walk (1366x768 at 150 % in Arabic): a capped row was its lines plus half a line, so it ended in a
    half-drawn line: the answer "قائم بالكامل" read "قائم" with "بالكامل" cut through its letters, "Groupe" over half
    of "Justice". Every row is whole lines (plus the grid line), at least as tall as its wrapped answer; with nothing
    selected the long row takes what the others leave (it was cut with ~100 px empty below it)."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QFontMetricsF

    handout = shop.folder / "handout.opsc"
    civil = group_file(handout, shop.folder, "civil", "Société civile (coalition des ONG)", {
        "III.A-02": (AnswerValue.PARTIALLY, LONG_COMMENT)},
        institution="Coalition nationale des organisations de la société civile")
    shop.files.append(civil)
    set_language(lang, scale)
    window = window_for(qtbot, shop)
    receive_all(window, shop, monkeypatch, [PASSPHRASE])
    window.resize(width - 16, height - 72)
    window.show_tab(window.page.WORKSHOP)
    view = window.page.workshop_view
    with qtbot.waitSignal(view.fitter.refitted, timeout=3000):
        view.show_question("III.A-02")
    table = view.table
    long_row = next(r for r in range(3) if table.item(r, 3).text() == LONG_COMMENT)
    line = QFontMetricsF(table.font()).height()
    grid = 1 if table.showGrid() else 0
    fm = table.fontMetrics()

    def check(state: str) -> None:
        QApplication.processEvents()
        for r in range(3):
            h = table.rowHeight(r) - grid
            lines = round(h / line)
            assert lines >= 1 and abs(h - lines * line) <= 1, (state, r, h, line)  # whole lines, none cut across
            answer = table.item(r, 2).text()
            wrapped = fm.boundingRect(QRect(0, 0, table.columnWidth(2) - 6, 10_000),
                                      int(Qt.TextFlag.TextWordWrap), answer).height()
            assert wrapped <= h + 1, (state, r, answer, wrapped, h)  # the answer is never cut

    qtbot.waitUntil(lambda: table.rowHeight(long_row) < table.sizeHintForRow(long_row), timeout=3000)
    check("nothing selected")
    used = sum(table.rowHeight(r) for r in range(3))
    # the long row is cut only where the view has no room for one more of its lines (it was cut at an equal share)
    assert used + line + grid > table.viewport().height() - 2, (used, table.viewport().height())
    view.select_row(long_row)
    qtbot.wait(50)  # the fitter and the row caps run from the event loop
    qtbot.waitUntil(lambda: LONG_COMMENT in view.more.text() or
                    table.rowHeight(long_row) >= table.sizeHintForRow(long_row), timeout=3000)
    check("long row selected")


def _paragraph_direction(text: str) -> str:
    """The Unicode bidi algorithm's paragraph direction (rules P2-P3): the first strong letter outside isolates."""
    import unicodedata

    depth = 0
    for ch in text:
        if ch in "\u2066\u2067\u2068":
            depth += 1
        elif ch == "\u2069":
            depth = max(0, depth - 1)
        elif depth == 0 and unicodedata.bidirectional(ch) in ("L", "R", "AL"):
            return "ltr" if unicodedata.bidirectional(ch) == "L" else "rtl"
    return "ltr"


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_line_below_the_table_reads_in_the_interface_direction(qtbot, shop: Workshop, monkeypatch,
                                                                    lang: str) -> None:
    """The outside walk (Arabic): the line under the table started with the Latin contributor's name, so it was laid
    out left to right and the colon landed on the wrong side ("التعليق :La"). It reads in the interface's direction,
    the user's text (name, comment) isolated."""
    handout = shop.folder / "handout.opsc"
    civil = group_file(handout, shop.folder, "civil", "Société civile (coalition des ONG)", {
        "III.A-02": (AnswerValue.PARTIALLY, LONG_COMMENT)},
        institution="Coalition nationale des organisations de la société civile")
    shop.files.append(civil)
    set_language(lang, 1.5)
    window = window_for(qtbot, shop)
    receive_all(window, shop, monkeypatch, [PASSPHRASE])
    window.resize(1366 - 16, 768 - 72)
    window.show_tab(window.page.WORKSHOP)
    view = window.page.workshop_view
    with qtbot.waitSignal(view.fitter.refitted, timeout=3000):
        view.show_question("III.A-02")
    table = view.table
    long_row = next(r for r in range(3) if table.item(r, 3).text() == LONG_COMMENT)
    view.select_row(long_row)
    qtbot.waitUntil(lambda: LONG_COMMENT in view.more.text(), timeout=3000)
    text = view.more.text()
    assert _paragraph_direction(text) == ("rtl" if lang == "ar" else "ltr"), repr(text[:40])
    assert "\u2068" + LONG_COMMENT + "\u2069" in text  # the comment isolated: its full stop stays at its end
    assert "\u2068Société civile (coalition des ONG)\u2069" in text


@pytest.mark.parametrize("lang", ["en", "fr", "ar"])
def test_a_column_empty_for_every_contribution_makes_room_first(qtbot, shop: Workshop, monkeypatch,
                                                                 lang: str) -> None:
    """The outside walk (1280x800 at 150 % in French): the confidence and the institution were hidden for lack of
    room while "Disposition légale", empty for every contribution, stayed. An empty column is hidden first."""
    set_language(lang, 1.5)
    window = window_for(qtbot, shop)
    receive_all(window, shop, monkeypatch, [PASSPHRASE])
    window.resize(1280 - 16, 800 - 72)
    window.show_tab(window.page.WORKSHOP)
    view = window.page.workshop_view
    with qtbot.waitSignal(view.fitter.refitted, timeout=3000):
        view.show_question("III.A-02")
    QApplication.processEvents()
    table = view.table
    assert table.rowCount() >= 2 and not any(table.item(r, 4).text() for r in range(table.rowCount()))
    dropped = view.fitter.dropped
    if lang == "fr":
        assert dropped, "the six columns fit: nothing to test"  # the walk's case
    assert not dropped or dropped[0] == 4, dropped  # the empty legal provision first
    assert all(table.item(0, c).text() for c in (1, 5))  # the institution and the confidence have content
    if len(dropped) > 1 and table.currentRow() < 0:  # the hidden columns named, with the language's comma
        names = [str(table.model().headerData(c, Qt.Orientation.Horizontal)) for c in dropped]
        assert ("، " if lang == "ar" else ", ").join(names) in view.more.text(), view.more.text()
