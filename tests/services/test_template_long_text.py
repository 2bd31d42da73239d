"""A comment longer than one Excel cell goes on in comment_2 (far right). A person who rewrites or clears
the visible comment cell without seeing comment_2 must not get the old end glued to the new text: the
template records a fingerprint of each part as written and the import refuses such a row, naming it."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook

from app.export.template import write_answer_template
from app.services.exchange import ExchangeRefused, receive_template
from app.services.imports import ImportRefused, apply_import, read_import

QID = "III.A-01"
LONG = "Début du commentaire. " + "x" * 32_000 + " FIN-ANCIENNE " + "y" * 7_980  # two cells: G and J


def _template(ws, tmp_path, comment=LONG):
    aid = ws.create_assessment("T", "MA")
    ws.set_answer(aid, QID, value="partially", comment=comment)
    path = tmp_path / "t.xlsx"
    write_answer_template(ws.questionnaire, ws.answers(aid), "en", path, aid)
    return aid, path


def _edit(path, comment=None, comment_2=None, answer=None, out=None):
    wb = load_workbook(path)
    sheet = wb.worksheets[0]
    head = [c.value for c in sheet[1]]
    row = next(r for r in range(2, sheet.max_row + 1) if sheet.cell(r, 1).value == QID)
    for name, value in (("comment", comment), ("comment_2", comment_2), ("answer", answer)):
        if value is not None:
            sheet.cell(row, head.index(name) + 1).value = value or None
    wb.save(out or path)
    return row


def test_the_template_splits_and_joins_a_long_comment_exactly(ws, tmp_path):
    aid, path = _template(ws, tmp_path)
    head = [c.value for c in load_workbook(path).worksheets[0][1]]
    assert head[9] == "comment_2"  # column J
    assert read_import(ws, aid, path).changed == 0


def test_a_rewritten_first_cell_with_the_old_end_left_is_refused_naming_row_and_column(ws, tmp_path, reopen):
    aid, path = _template(ws, tmp_path)
    row = _edit(path, comment="New short comment written by the group.")
    with pytest.raises(ImportRefused) as e:
        read_import(ws, aid, path)
    msg = e.value.problems[0]
    assert msg.startswith(f"t.xlsx:{row}: {QID}: the comment was changed")
    assert "column J (comment_2)" in msg and "Clear column J (comment_2)" in msg
    assert reopen().answers(aid)[QID].comment == LONG  # nothing changed


def test_a_cleared_first_cell_does_not_make_the_old_end_the_comment(ws, tmp_path, reopen):
    aid, path = _template(ws, tmp_path)
    _edit(path, comment="")
    with pytest.raises(ImportRefused) as e:
        read_import(ws, aid, path)
    assert "comment_2" in e.value.problems[0]
    assert reopen().answers(aid)[QID].comment == LONG


def test_clearing_the_continuation_too_takes_the_new_text_alone(ws, tmp_path, reopen):
    aid, path = _template(ws, tmp_path)
    _edit(path, comment="New short comment.", comment_2="")
    plan = read_import(ws, aid, path)
    assert plan.changed == 1 and plan.rows[0].values == {"comment": "New short comment."}
    apply_import(ws, plan)
    assert reopen().answers(aid)[QID].comment == "New short comment."


def test_editing_both_parts_or_only_the_end_is_taken_as_written(ws, tmp_path, reopen):
    aid, path = _template(ws, tmp_path)
    _edit(path, comment="Nouveau début. ", comment_2="nouvelle fin.")
    apply_import(ws, read_import(ws, aid, path))
    assert reopen().answers(aid)[QID].comment == "Nouveau début. nouvelle fin."
    aid2, path2 = _template(ws, tmp_path)
    _edit(path2, comment_2="une autre fin")  # the first cell as written, the end changed
    apply_import(ws, read_import(ws, aid2, path2))
    assert reopen().answers(aid2)[QID].comment == LONG[:32_000] + "une autre fin"


def test_changing_only_the_answer_keeps_the_long_comment(ws, tmp_path, reopen):
    aid, path = _template(ws, tmp_path)
    _edit(path, answer="fully")
    plan = read_import(ws, aid, path)
    assert plan.rows[0].values == {"value": "fully"}
    apply_import(ws, plan)
    assert reopen().answers(aid)[QID].comment == LONG


def test_a_group_template_with_a_stale_end_is_refused_as_a_contribution(ws, tmp_path):
    aid, path = _template(ws, tmp_path)
    _edit(path, comment="group A says", answer="not")
    with pytest.raises(ExchangeRefused) as e:
        receive_template(ws, aid, path, "Group A")
    assert e.value.key == "template_stale_tail" and "column J (comment_2)" in e.value.problems[0]
    assert ws.repo.contributions(aid, history=True) == []


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_the_refusal_reads_in_french_and_arabic(ws, tmp_path, lang):
    aid, path = _template(ws, tmp_path)
    _edit(path, comment="x")
    with pytest.raises(ImportRefused) as e:
        read_import(ws, aid, path)
    text = e.value.lines(lang)[0]
    assert ("colonne J (comment_2)" in text) if lang == "fr" else ("العمود J (comment_2)" in text)


def test_the_cli_refuses_the_adversarys_edit_and_the_database_is_unchanged(tmp_path):
    """The outside tester's scenario: a 40,000-character comment, the group rewrites column G only."""
    import sqlite3

    from tests.cli.helpers import ok, run

    home = tmp_path / "home"
    aid = ok(home, "new", "--title", "Atelier", "--country", "MA").strip()
    csv = tmp_path / "long.csv"
    csv.write_text("question_id,answer,na_reason,comment\nIII-01,largely,,\"" + "A" * 32_000 + "TAIL" * 2_000
                   + "\"\n", encoding="utf-8")
    ok(home, "import-answers", aid, str(csv))
    path = tmp_path / "long_t.xlsx"
    ok(home, "template", aid, "--out", str(path))
    wb = load_workbook(path)
    ws = wb["Answers"]
    for row in ws.iter_rows(min_row=2):
        if row[0].value == "III-01":
            row[6].value = "New short comment written by the group."
    wb.save(path)

    def dump():
        with sqlite3.connect(home / "assessments.sqlite") as db:
            return list(db.iterdump())

    before = dump()
    r = run(home, "import-answers", aid, str(path))
    assert r.returncode == 1 and "Traceback" not in r.stderr
    assert "III-01: the comment was changed in its first cell" in r.stderr and "column J (comment_2)" in r.stderr
    r = run(home, "receive", str(path), "--by", "Group A")
    assert r.returncode == 1 and "column J (comment_2)" in r.stderr, r.stderr
    assert dump() == before
