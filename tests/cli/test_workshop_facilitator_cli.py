"""What an outside facilitator found running a three-laptop workshop from the command line (issue 11):
separate data folders, real processes, the exact commands they typed."""

from __future__ import annotations

import json

import pytest
from openpyxl import load_workbook

from tests.cli.helpers import ok, refused, run


def fill_template(path, answers):
    """Type answers into an answer template as a group does in Excel: {question id: code}."""
    wb = load_workbook(path)
    sheet = wb.worksheets[0]
    header = [c.value for c in sheet[1]]
    qcol, acol = header.index("question_id") + 1, header.index("answer") + 1
    for row in range(2, sheet.max_row + 1):
        qid = sheet.cell(row, qcol).value
        if qid in answers:
            sheet.cell(row, acol).value = answers[qid]
    wb.save(path)


def group_file(tmp_path, handout, name, csv_rows, sections=None):
    """One group's laptop: receive the hand-out, answer, share back under the group's name."""
    home = tmp_path / name
    ok(home, "receive", str(handout))
    csv = tmp_path / f"{name}.csv"
    csv.write_text("question_id,answer,na_reason,comment\n" + "".join(f"{q},{a},,\n" for q, a in csv_rows),
                   encoding="utf-8")
    ok(home, "import-answers", "1", str(csv))
    out = tmp_path / f"{name}.opsc"
    ok(home, "share", "1", "--out", str(out), "--by", name, *(["--sections", sections] if sections else []))
    return home, out


@pytest.fixture(scope="module")
def workshop(tmp_path_factory):
    """The facilitator's laptop with an assessment, two groups' exchange files and a filled template."""
    tmp = tmp_path_factory.mktemp("shop")
    fac = tmp / "fac"
    aid = ok(fac, "new", "--title", "Atelier", "--country", "MA").strip()
    handout = tmp / "handout.opsc"
    ok(fac, "share", aid, "--out", str(handout), "--by", "Facilitatrice")
    _, justice = group_file(tmp, handout, "Groupe Justice", [("III.A-14", "fully"), ("V-01", "not")])
    _, police = group_file(tmp, handout, "Groupe Police", [("III.A-14", "partially"), ("V-01", "not")])
    template = tmp / "civil.xlsx"
    ok(fac, "template", aid, "--out", str(template))
    fill_template(template, {"V-01": "largely", "III.A-14": "fully"})
    return tmp, fac, aid, justice, police, template


def test_by_names_only_the_template_in_a_batch(workshop, tmp_path):
    tmp, fac, aid, justice, police, template = workshop
    home = tmp_path / "fac"
    ok(home, "receive", str(tmp / "handout.opsc"))  # a copy of the facilitator's laptop, the same assessment
    out = ok(home, "receive", str(justice), str(police), str(template), "--by", "Groupe Société civile",
             "--into", "1")
    assert out.splitlines() == ["Groupe Justice.opsc: assessment 1: contribution from Groupe Justice",
                                "Groupe Police.opsc: assessment 1: contribution from Groupe Police",
                                "civil.xlsx: assessment 1: contribution from Groupe Société civile"]
    data = json.loads(ok(home, "contributions", "1", "--json"))
    assert [c["by"] for c in data["contributors"]] == ["Groupe Justice", "Groupe Police", "Groupe Société civile"]
    assert data["questions"]["V-01"]["contributions"] == {"Groupe Justice": "not", "Groupe Police": "not",
                                                          "Groupe Société civile": "largely"}


def test_by_with_only_exchange_files_is_refused_and_receives_nothing(workshop, tmp_path):
    tmp, fac, aid, justice, police, template = workshop
    home = tmp_path / "fac"
    ok(home, "receive", str(tmp / "handout.opsc"))
    err = refused(home, "receive", str(justice), str(police), "--by", "Groupe Société civile")
    assert "--by" in err and "Groupe Justice, Groupe Police" in err and "without --by" in err
    assert json.loads(ok(home, "contributions", "1", "--json"))["contributors"] == []
    err = refused(home, "--lang", "fr", "receive", str(justice), "--by", "X")
    assert "sans --by" in err
    two = tmp_path / "two.xlsx"
    two.write_bytes(template.read_bytes())
    err = refused(home, "receive", str(template), str(two), "--by", "Groupe Société civile")
    assert "2 answer templates" in err
    assert json.loads(ok(home, "contributions", "1", "--json"))["contributors"] == []


def test_receive_help_says_what_by_names():
    r = run("/nonexistent-unused", "receive", "--help")
    assert "exchange files (.opsc) carry their author" in " ".join(r.stdout.split())


def test_the_facilitators_own_answers_never_come_back_as_a_groups(tmp_path):
    """The facilitator answers III.A-10 and V-01 and shares; Justice answers only III.A items: V-01 (and the
    III.A-10 it left alone) are not Justice's contribution. Nor are a template's pre-filled rows."""
    fac = tmp_path / "fac"
    aid = ok(fac, "new", "--title", "Atelier", "--country", "MA").strip()
    csv = tmp_path / "fac.csv"
    csv.write_text("question_id,answer,na_reason,comment\nIII.A-10,largely,,Facilitatrice\nV-01,partially,,\n",
                   encoding="utf-8")
    ok(fac, "import-answers", aid, str(csv))
    handout = tmp_path / "handout.opsc"
    ok(fac, "share", aid, "--out", str(handout), "--by", "Facilitatrice")
    _, justice = group_file(tmp_path, handout, "Groupe Justice", [("III.A-14", "fully"), ("III.A-15", "not")])
    _, police = group_file(tmp_path, handout, "Groupe Police", [("V-01", "not")])
    template = tmp_path / "civil.xlsx"
    ok(fac, "template", aid, "--out", str(template))
    fill_template(template, {"V-02": "fully"})  # III.A-10 and V-01 stay as pre-filled

    ok(fac, "receive", str(justice), str(police))
    ok(fac, "receive", str(template), "--by", "Groupe Société civile")
    data = json.loads(ok(fac, "contributions", aid, "--json"))
    assert [(c["by"], c["answers"]) for c in data["contributors"]] == [
        ("Groupe Justice", 2), ("Groupe Police", 1), ("Groupe Société civile", 1)]
    assert data["questions"]["V-01"]["contributions"] == {"Groupe Police": "not"}
    assert data["questions"]["V-01"]["agreement"] == "single"
    assert data["questions"]["III.A-10"]["contributions"] == {}
    assert data["questions"]["III.A-14"]["contributions"] == {"Groupe Justice": "fully"}
    assert data["questions"]["V-02"]["contributions"] == {"Groupe Société civile": "fully"}

    # the facilitator's own hand-out received back: refused, the facilitator is no contributor
    err = refused(fac, "receive", str(handout))
    assert "hand-out" in err and err.count("received") == 1, err  # "refused, nothing of it received" once
    assert "fichier distribué" in refused(fac, "--lang", "fr", "receive", str(handout))
    data = json.loads(ok(fac, "contributions", aid, "--json"))
    assert [c["by"] for c in data["contributors"]] == ["Groupe Justice", "Groupe Police", "Groupe Société civile"]


def test_adopt_says_what_it_adopted_and_whom_it_knows(workshop, tmp_path):
    tmp, fac, aid, justice, police, template = workshop
    home = tmp_path / "fac"
    ok(home, "receive", str(tmp / "handout.opsc"))
    ok(home, "receive", str(justice), str(police))
    err = refused(home, "adopt", "1", "--question", "III.A-14", "--from", "Nobody", "--note", "n")
    assert err == ("error: no contribution from “Nobody” for III.A-14; contributors to III.A-14: Groupe Justice, "
                   "Groupe Police")
    err = refused(home, "--lang", "fr", "adopt", "1", "--question", "III.A-14", "--from", "Nobody", "--note", "n")
    assert err.startswith("erreur\u00a0: aucune contribution de «\u00a0Nobody\u00a0»")
    assert refused(home, "--lang", "ar", "adopt", "1", "--question", "V-02", "--from", "X").startswith("خطأ: ")
    # how many, said in words (the number first in English), then which questions
    conflict = ("1 question not adopted: the contributors disagree; decide each with --question QID --from NAME "
                "--note TEXT (III.A-14)")
    assert ok(home, "adopt", "1", "--unanimous").splitlines() == ["1 answer adopted", "V-01", conflict]
    assert ok(home, "adopt", "1", "--unanimous").splitlines() == [
        "0 answers adopted", conflict, "1 question not adopted: all contributors agree with the facilitator's answer already (V-01)"]


def test_adopt_unanimous_says_why_nothing_was_adopted(tmp_path):
    """The facilitator pre-filled V-01 and V-02; both groups agree on another answer to V-01, disagree on
    III.A-14 and only one answers III.A-15: "0" comes with a count per reason, in en/fr/ar."""
    fac = tmp_path / "fac"
    aid = ok(fac, "new", "--title", "Atelier", "--country", "MA").strip()
    assert ok(fac, "adopt", aid, "--unanimous").splitlines() == [
        "0 answers adopted", "no contributor answered any question yet: nothing to adopt"]
    csv = tmp_path / "fac.csv"
    csv.write_text("question_id,answer,na_reason,comment\nV-01,partially,,\nV-02,fully,,\n", encoding="utf-8")
    ok(fac, "import-answers", aid, str(csv))
    handout = tmp_path / "handout.opsc"
    ok(fac, "share", aid, "--out", str(handout), "--by", "Facilitatrice")
    _, justice = group_file(tmp_path, handout, "Justice", [("V-01", "not"), ("III.A-14", "fully"),
                                                            ("III.A-15", "not")])
    _, police = group_file(tmp_path, handout, "Police", [("V-01", "not"), ("III.A-14", "partially")])
    ok(fac, "receive", str(justice), str(police))
    before = ok(fac, "score", aid, "--json")
    lines = ok(fac, "adopt", aid, "--unanimous").splitlines()
    assert lines[0] == "0 answers adopted"
    assert lines[1:] == [
        "1 question not adopted: all contributors agree, but the facilitator's own answer differs; decide each "
        "with --question QID --from NAME --note TEXT (V-01)",
        "1 question not adopted: the contributors disagree; decide each with --question QID --from NAME "
        "--note TEXT (III.A-14)",
        "1 question not adopted: only one contributor answered; adopt it with --question QID --from NAME if "
        "you agree (III.A-15)"]
    fr = ok(fac, "--lang", "fr", "adopt", aid, "--unanimous").splitlines()
    assert fr[0] == "0 réponse adoptée" and fr[1].startswith("1 question non adoptée\u00a0: tous les contributeurs sont "
                                             "d’accord, mais la réponse de l’animateur est différente")
    ar = ok(fac, "--lang", "ar", "adopt", aid, "--unanimous").splitlines()
    assert ar[0] == "لم تُعتمد أي إجابة" and ar[1].startswith("سؤال واحد لم يُعتمد: يتفق جميع المساهمين، لكن إجابة الميسّر")
    assert ok(fac, "score", aid, "--json") == before  # nothing adopted, nothing changed
