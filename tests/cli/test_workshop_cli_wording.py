"""The workshop commands' wording an outside facilitator noted (issue 11, minors): adopt says how many in a
sentence (and --json for scripts), template follows the interface language, a wrong passphrase is said once,
adopt's hints are in the interface language."""

from __future__ import annotations

import json

from openpyxl import load_workbook

from tests.cli.helpers import ok, refused, run
from tests.cli.test_workshop_facilitator_cli import group_file


def test_adopt_says_how_many_in_a_sentence_and_json_for_scripts(tmp_path):
    fac = tmp_path / "fac"
    aid = ok(fac, "new", "--title", "Atelier", "--country", "MA").strip()
    handout = tmp_path / "handout.opsc"
    ok(fac, "share", aid, "--out", str(handout), "--by", "Facilitatrice")
    _, justice = group_file(tmp_path, handout, "Justice", [("V-01", "not"), ("V-02", "fully"), ("III.A-14", "not")])
    _, police = group_file(tmp_path, handout, "Police", [("V-01", "not"), ("V-02", "fully"), ("III.A-14", "fully")])
    ok(fac, "receive", str(justice), str(police))
    before = ok(fac, "score", aid, "--json")
    ar = ok(fac, "--lang", "ar", "adopt", aid, "--unanimous").splitlines()
    assert ar[:2] == ["اعتُمدت إجابتان", "V-01, V-02"], ar
    # the hint names its placeholders in Arabic, not QID / NAME
    assert "QID" not in ar[2] and "NAME" not in ar[2] and "السؤال" in ar[2] and ar[2].startswith("سؤال واحد لم"), ar
    assert ok(fac, "score", aid, "--json") != before
    data = json.loads(ok(fac, "adopt", aid, "--unanimous", "--json"))
    assert data == {"adopted": [], "not_adopted": {"same": ["V-01", "V-02"], "conflict": ["III.A-14"]}}
    fr = ok(fac, "--lang", "fr", "adopt", aid, "--unanimous").splitlines()
    assert fr[0] == "0 réponse adoptée"
    assert "--question QUESTION --from NOM --note TEXTE (III.A-14)" in fr[1] and "QID" not in fr[1]


def test_template_follows_the_interface_language_unless_given_its_own(tmp_path):
    fac = tmp_path / "fac"
    aid = ok(fac, "new", "--title", "A", "--country", "MA").strip()

    def rtl(path):
        return load_workbook(path).worksheets[0].sheet_view.rightToLeft

    def texts(path):
        return " ".join(str(c.value) for row in load_workbook(path).worksheets[0].iter_rows(max_row=3) for c in row
                        if c.value)

    ok(fac, "template", aid, "--out", str(tmp_path / "en.xlsx"))
    ok(fac, "--lang", "ar", "template", aid, "--out", str(tmp_path / "ar.xlsx"))
    ok(fac, "--lang", "ar", "template", aid, "--out", str(tmp_path / "fr.xlsx"), "--lang", "fr")
    assert not rtl(tmp_path / "en.xlsx") and rtl(tmp_path / "ar.xlsx")
    assert not rtl(tmp_path / "fr.xlsx")
    assert texts(tmp_path / "fr.xlsx") != texts(tmp_path / "en.xlsx")


def test_a_wrong_passphrase_says_nothing_was_received_once(tmp_path):
    fac = tmp_path / "fac"
    aid = ok(fac, "new", "--title", "A", "--country", "MA").strip()
    f = tmp_path / "a.opsc"
    secret = tmp_path / "s.txt"
    secret.write_text("right horse battery", encoding="utf-8")
    ok(fac, "share", aid, "--out", str(f), "--passphrase-file", str(secret))
    other = tmp_path / "other"
    en = refused(other, "receive", str(f), env={"OPSC_PASSPHRASE": "wrong one!"})
    assert en == "a.opsc: refused, nothing of it received: the passphrase is wrong (or the file's header was altered)"
    fr = refused(other, "--lang", "fr", "receive", str(f), env={"OPSC_PASSPHRASE": "wrong one!"})
    assert fr.count("reçu") == 1 and "phrase secrète est erronée" in fr, fr
    ar = refused(other, "--lang", "ar", "receive", str(f), env={"OPSC_PASSPHRASE": "wrong one!"})
    assert ar.count("يُستلم") == 1, ar
    r = run(other, "list", "--json")
    assert json.loads(r.stdout) == []


def test_share_warns_of_an_unprotected_copy_of_a_protected_hand_out_and_of_nothing_of_its_own(tmp_path):
    fac, group = tmp_path / "fac", tmp_path / "group"
    secret = tmp_path / "s.txt"
    secret.write_text("atelier de rabat", encoding="utf-8")
    aid = ok(fac, "new", "--title", "Atelier", "--country", "MA").strip()
    handout = tmp_path / "handout.opsc"
    r = run(fac, "share", aid, "--out", str(handout), "--passphrase-file", str(secret))
    assert r.returncode == 0 and r.stderr == "", r.stderr  # the hand-out: no answers, legitimately; no warning
    ok(group, "receive", str(handout), "--passphrase-file", str(secret))
    # shared back at once: not protected, and nothing of its own: two warnings, the file written all the same
    back = tmp_path / "back.opsc"
    r = run(group, "share", "1", "--out", str(back), "--by", "Justice")
    assert r.returncode == 0 and back.exists()
    warnings = r.stderr.splitlines()
    assert len(warnings) == 2, r.stderr
    assert warnings[0].startswith("warning: the hand-out this copy came from was protected with a passphrase, "
                                  "but this file is not"), warnings
    assert warnings[1].startswith("warning: this file carries none of this copy's own answers"), warnings
    r = run(group, "--lang", "fr", "share", "1", "--out", str(back), "--by", "Justice")
    assert r.stderr.startswith("attention\u00a0: le fichier distribué d’où vient cette copie était protégé"), r.stderr
    r = run(group, "--lang", "ar", "share", "1", "--out", str(back), "--by", "Justice")
    assert r.stderr.startswith("تنبيه: كانت النسخة الموزّعة"), r.stderr
    # answered and protected: nothing to warn about
    csv = tmp_path / "a.csv"
    csv.write_text("question_id,answer,na_reason,comment\nV-01,not,,\n", encoding="utf-8")
    ok(group, "import-answers", "1", str(csv))
    r = run(group, "share", "1", "--out", str(back), "--by", "Justice", "--passphrase-file", str(secret))
    assert r.returncode == 0 and r.stderr == "", r.stderr
    r = run(group, "share", "1", "--out", str(back), "--by", "Justice")  # answered, but not protected
    assert r.stderr.startswith("warning: the hand-out this copy came from was protected") and \
        len(r.stderr.splitlines()) == 1, r.stderr
    # a section without its own answers: warned even though the copy has answers elsewhere
    r = run(group, "share", "1", "--out", str(back), "--by", "Justice", "--sections", "III.A",
            "--passphrase-file", str(secret))
    assert r.stderr.startswith("warning: this file carries none of this copy's own answers"), r.stderr
