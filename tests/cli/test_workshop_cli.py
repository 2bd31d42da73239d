"""The workshop commands as a facilitator scripts them: three laptops (three data folders), real
processes, exit codes, one-line errors in the interface language, passphrases never on the command line."""

from __future__ import annotations

import json

from tests.cli.helpers import ok, refused, run


def test_a_three_laptop_workshop_on_the_command_line(tmp_path):
    fac, p1, p2 = tmp_path / "fac", tmp_path / "p1", tmp_path / "p2"
    secret = tmp_path / "secret.txt"
    secret.write_text("mot de passe de l’atelier\n", encoding="utf-8")
    aid = ok(fac, "new", "--title", "Atelier Rabat", "--country", "MA").strip()
    handout = tmp_path / "handout.opsc"
    assert "protected" in ok(fac, "share", aid, "--out", str(handout), "--by", "Facilitatrice",
                             "--passphrase-file", str(secret))
    assert b"Atelier Rabat" not in handout.read_bytes()

    for home, name, answer in ((p1, "Police", "fully"), (p2, "Justice", "not")):
        out = ok(home, "receive", str(handout), env={"OPSC_PASSPHRASE": "mot de passe de l’atelier"})
        assert out.strip() == "handout.opsc: assessment 1: added"
        csv = tmp_path / f"{name}.csv"
        csv.write_text(f"question_id,answer,na_reason,comment\nV-01,{answer},,{name}\n", encoding="utf-8")
        ok(home, "import-answers", "1", str(csv))
        ok(home, "share", "1", "--out", str(tmp_path / f"{name}.opsc"), "--by", name, "--sections", "V")

    before = ok(fac, "score", aid, "--json")
    out = ok(fac, "receive", str(tmp_path / "Police.opsc"), str(tmp_path / "Justice.opsc"))
    assert out.splitlines() == [f"Police.opsc: assessment {aid}: contribution from Police",
                                f"Justice.opsc: assessment {aid}: contribution from Justice"]
    assert ok(fac, "score", aid, "--json") == before  # the facilitator's answers did not move

    data = json.loads(ok(fac, "contributions", aid, "--json"))
    assert [(c["by"], c["answers"]) for c in data["contributors"]] == [("Police", 1), ("Justice", 1)]
    assert data["questions"]["V-01"] == {"consensus": None, "contributions": {"Police": "fully", "Justice": "not"},
                                           "agreement": "conflict"}
    assert {q["agreement"] for q in data["questions"].values()} == {"conflict", "none"}
    assert ok(fac, "adopt", aid, "--unanimous").splitlines() == [
        "0 answers adopted", "1 question not adopted: the contributors disagree; decide each with --question QID --from NAME "
        "--note TEXT (V-01)"]
    err = refused(fac, "adopt", aid, "--question", "V-01", "--from", "Justice")
    assert "note" in err
    ok(fac, "adopt", aid, "--question", "V-01", "--from", "Justice", "--note", "the law is not applied")
    data = json.loads(ok(fac, "contributions", aid, "--json"))
    assert data["questions"]["V-01"]["consensus"] == "not"


def test_errors_are_one_line_in_the_interface_language_and_change_nothing(tmp_path):
    fac = tmp_path / "fac"
    aid = ok(fac, "new", "--title", "A", "--country", "MA").strip()
    f = tmp_path / "a.opsc"
    secret = tmp_path / "s.txt"
    secret.write_text("right horse", encoding="utf-8")
    ok(fac, "share", aid, "--out", str(f), "--passphrase-file", str(secret))
    other = tmp_path / "other"
    assert "passphrase is wrong" in refused(other, "receive", str(f), env={"OPSC_PASSPHRASE": "wrong"})
    assert "phrase secrète est erronée" in refused(other, "--lang", "fr", "receive", str(f),
                                                    env={"OPSC_PASSPHRASE": "wrong"})
    assert "عبارة المرور خاطئة" in refused(other, "--lang", "ar", "receive", str(f), env={"OPSC_PASSPHRASE": "x"})
    assert "--passphrase-file" in refused(other, "receive", str(f))  # no terminal to ask at
    junk = tmp_path / "junk.opsc"
    junk.write_bytes(b"\x00" * 100)
    assert "not an exchange file" in refused(other, "receive", str(junk))
    assert "no assessment 99" in refused(fac, "contributions", "99", "--json")
    assert "no assessment 99" in refused(fac, "share", "99", "--out", str(tmp_path / "x.opsc"))
    assert "n’existe pas d’évaluation 99" in refused(fac, "--lang", "fr", "adopt", "99", "--unanimous")
    # one good file and one bad file: each stands on its own (docs/file-formats.md)
    good = tmp_path / "good.opsc"
    ok(fac, "share", aid, "--out", str(good))
    r = run(other, "receive", str(junk), str(good))
    assert r.returncode == 1 and "Traceback" not in r.stderr
    assert r.stdout.splitlines() == ["good.opsc: assessment 1: added"]
    assert r.stderr.splitlines()[0].startswith("junk.opsc: refused, nothing of it received: ")
    assert "not an exchange file" in r.stderr.splitlines()[0]
    assert r.stderr.splitlines()[1] == "1 of 2 files refused; the others were received"
    assert len(ok(other, "list").strip().splitlines()[1:]) == 1



def _trail_who(home, aid):
    from app.storage import Repository, open_database

    db = open_database(home / "assessments.sqlite")
    try:
        return [e.who for e in Repository(db).audit_entries(int(aid))]
    finally:
        db.close()


def test_who_the_command_line_records_opsc_user_then_the_settings_name(tmp_path):
    from app.export import exchange_file as xf

    home = tmp_path / "home"
    aid = ok(home, "new", "--title", "Revue", "--country", "MA", env={"OPSC_USER": " Fatima  Zahra "}).strip()
    assert _trail_who(home, aid) == ["Fatima Zahra"]
    (home / "settings.json").write_text(json.dumps({"user_name": "Karim Idrissi", "institution": "DGSN"}),
                                        encoding="utf-8")
    csv = tmp_path / "a.csv"
    csv.write_text("question_id,answer,na_reason,comment\nV-01,fully,,\n", encoding="utf-8")
    ok(home, "import-answers", aid, str(csv))
    assert _trail_who(home, aid) == ["Fatima Zahra", "Karim Idrissi"]
    out = tmp_path / "k.opsc"
    ok(home, "share", aid, "--out", str(out))  # author and institution: the ones given in the settings
    manifest, _, _ = xf.read(out.read_bytes(), None)
    assert (manifest["written_by"], manifest["institution"]) == ("Karim Idrissi", "DGSN")
    ok(home, "share", aid, "--out", str(out), env={"OPSC_USER": "Fatima Zahra"})
    assert xf.read(out.read_bytes(), None)[0]["written_by"] == "Fatima Zahra"


def test_a_group_template_received_with_its_institution(tmp_path):
    fac = tmp_path / "fac"
    aid = ok(fac, "new", "--title", "Atelier", "--country", "MA").strip()
    template = tmp_path / "groupe.xlsx"
    ok(fac, "template", aid, "--out", str(template))
    out = ok(fac, "receive", str(template), "--by", "Groupe Police", "--institution", "DGSN")
    # a blank template is received (the group is named and listed), and said plainly to bring nothing
    assert out.strip() == (f"groupe.xlsx: assessment {aid}: contribution from Groupe Police; it brings no answers of "
                           "its own: every answer in it is as it was handed out, or blank (received, nothing to "
                           "compare)")
    data = json.loads(ok(fac, "contributions", aid, "--json"))
    assert [(c["by"], c["institution"]) for c in data["contributors"]] == [("Groupe Police", "DGSN")]
    r = run(fac, "receive", str(template), "--by", "Groupe Police")  # the same file again: refused
    assert r.returncode == 1 and "already received" in r.stderr and r.stdout == ""


def test_a_file_that_brings_no_answers_of_its_own_is_received_and_said_so(tmp_path):
    """Two groups' laptops: one sends the facilitator's hand-out back unchanged, one answers a question. The
    unchanged one is received (not refused) and its line says it brings no answers of its own, in en/fr/ar."""
    fac, p1, p2 = tmp_path / "fac", tmp_path / "p1", tmp_path / "p2"
    aid = ok(fac, "new", "--title", "Atelier", "--country", "MA").strip()
    csv = tmp_path / "fac.csv"
    csv.write_text("question_id,answer,na_reason,comment\nV-01,partially,,\n", encoding="utf-8")
    ok(fac, "import-answers", aid, str(csv))
    handout = tmp_path / "handout.opsc"
    ok(fac, "share", aid, "--out", str(handout), "--by", "Facilitatrice")
    for home in (p1, p2):
        ok(home, "receive", str(handout))
    ok(p1, "share", "1", "--out", str(tmp_path / "same.opsc"), "--by", "Groupe Police")
    csv.write_text("question_id,answer,na_reason,comment\nV-02,fully,,\n", encoding="utf-8")
    ok(p2, "import-answers", "1", str(csv))
    ok(p2, "share", "1", "--out", str(tmp_path / "justice.opsc"), "--by", "Groupe Justice")
    out = ok(fac, "receive", str(tmp_path / "same.opsc"), str(tmp_path / "justice.opsc")).splitlines()
    assert out == [f"same.opsc: assessment {aid}: contribution from Groupe Police; it brings no answers of its own: "
                   "every answer in it is as it was handed out, or blank (received, nothing to compare)",
                   f"justice.opsc: assessment {aid}: contribution from Groupe Justice"]
    data = json.loads(ok(fac, "contributions", aid, "--json"))
    assert [(c["by"], c["answers"]) for c in data["contributors"]] == [("Groupe Police", 0), ("Groupe Justice", 1)]
    ok(p1, "share", "1", "--out", str(tmp_path / "same2.opsc"), "--by", "Groupe Police")
    fr = ok(fac, "--lang", "fr", "receive", str(tmp_path / "same2.opsc")).strip()
    assert fr.endswith("(remplace la précédente)\u00a0; il n’apporte aucune réponse propre\u00a0: chaque réponse y "
                       "est telle qu’elle a été distribuée, ou vide (reçu, rien à comparer)")
    ok(p1, "share", "1", "--out", str(tmp_path / "same3.opsc"), "--by", "Groupe Police")
    ar = ok(fac, "--lang", "ar", "receive", str(tmp_path / "same3.opsc")).strip()
    assert "لا يحمل أي إجابة خاصة به" in ar


def test_a_group_shares_back_the_sections_it_was_handed_and_forged_marks_are_caught(tmp_path):
    """Issue 11 (outside facilitator): a hand-out limited to chapter V; the group answers V-01 and III.A-14
    and shares back without --sections: only V is sent, and the line says so. A file whose changed answer
    is marked as handed out is caught on receiving and counted as the group's."""
    import io
    import zipfile

    fac, grp = tmp_path / "fac", tmp_path / "grp"
    aid = ok(fac, "new", "--title", "Atelier", "--country", "MA").strip()
    csv = tmp_path / "fac.csv"
    csv.write_text("question_id,answer,na_reason,comment\nV-01,partially,,\nV-02,fully,,\n", encoding="utf-8")
    ok(fac, "import-answers", aid, str(csv))
    handout = tmp_path / "handout.opsc"
    assert "sections V" in ok(fac, "share", aid, "--out", str(handout), "--sections", "V")
    ok(grp, "receive", str(handout))
    csv.write_text("question_id,answer,na_reason,comment\nV-01,not,,\nIII.A-14,fully,,\n", encoding="utf-8")
    ok(grp, "import-answers", "1", str(csv))
    back = tmp_path / "justice.opsc"
    out, left = ok(grp, "share", "1", "--out", str(back), "--by", "Justice").strip().splitlines()
    assert out.endswith("sections V (the sections handed out to you; --all-sections sends every section, "
                        "--sections chooses others)"), out
    # III.A-14 answered outside the hand-out is not sent, and never silently
    assert left == ("Answers outside the sections handed out to you, not sent: 1 (III.A-14); "
                    "--all-sections sends them")
    fr = ok(grp, "--lang", "fr", "share", "1", "--out", str(tmp_path / "fr.opsc"), "--by", "Justice")
    assert "V (les sections qui vous ont été distribuées" in fr and "non envoyées\xa0: 1 (III.A-14)" in fr
    ar = ok(grp, "--lang", "ar", "share", "1", "--out", str(tmp_path / "ar.opsc"), "--by", "Justice")
    assert "لم تُرسَل: 1" in ar and "III.A-14" in ar
    every = ok(grp, "share", "1", "--out", str(tmp_path / "all.opsc"), "--by", "Justice", "--all-sections")
    assert "sections all" in every and "handed out" not in every
    assert refused(grp, "share", "1", "--out", str(tmp_path / "x.opsc"), "--sections", "V", "--all-sections")
    assert ok(fac, "receive", str(back)).strip() == f"justice.opsc: assessment {aid}: contribution from Justice"
    data = json.loads(ok(fac, "contributions", aid, "--json"))
    assert data["contributors"][0]["sections"] == ["V"]
    assert data["questions"]["V-01"]["contributions"] == {"Justice": "not"}
    assert data["questions"]["III.A-14"]["contributions"] == {}

    # the group hides its changed V-01 by marking it handed out (a newer file, crafted by hand)
    newer = tmp_path / "newer.opsc"
    ok(grp, "share", "1", "--out", str(newer), "--by", "Justice")
    with zipfile.ZipFile(newer) as z:
        manifest, doc = z.read("manifest.json"), json.loads(z.read("assessment.json"))
    doc["answers"]["V-01"]["handed_out"] = True
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("manifest.json", manifest)
        z.writestr("assessment.json", json.dumps(doc))
    newer.write_bytes(buf.getvalue())
    out = ok(fac, "receive", str(newer)).strip()
    assert out == (f"newer.opsc: assessment {aid}: contribution from Justice (replaces their earlier one); answers marked "
                   "as handed out but different from what you handed out: 1 (counted as the group's own)")
    data = json.loads(ok(fac, "contributions", aid, "--json"))
    assert data["questions"]["V-01"]["contributions"] == {"Justice": "not"}


def test_two_laptops_with_one_login_share_back_without_by(tmp_path):
    """Issue 11 (outside facilitator): both group laptops log in as `root`, each got its own section-limited
    hand-out, both shared back with no --by. Both contributions are kept (told apart by the database each
    laptop's file names: "root", "root (2)") and the line warns; group 2 re-sending under its own name from its
    laptop replaces its `root (2)` contribution, so adopt --unanimous does not count group 2 twice."""
    fac, g1, g2 = tmp_path / "fac", tmp_path / "g1", tmp_path / "g2"
    root = {"OPSC_USER": "root"}
    aid = ok(fac, "new", "--title", "Atelier", "--country", "MA").strip()
    for home, sections, answer in ((g1, "V", "not"), (g2, "III.A", "fully")):
        handout = tmp_path / f"{home.name}-out.opsc"
        ok(fac, "share", aid, "--out", str(handout), "--sections", sections)
        ok(home, "receive", str(handout))
        csv = tmp_path / f"{home.name}.csv"
        qid = "V-01" if sections == "V" else "III.A-14"
        csv.write_text(f"question_id,answer,na_reason,comment\n{qid},{answer},,\n", encoding="utf-8")
        ok(home, "import-answers", "1", str(csv))
        ok(home, "share", "1", "--out", str(tmp_path / f"{home.name}-back.opsc"), env=root)
    out = ok(fac, "receive", str(tmp_path / "g1-back.opsc"), str(tmp_path / "g2-back.opsc")).splitlines()
    assert out[0] == f"g1-back.opsc: assessment {aid}: contribution from root", out
    assert out[1].startswith(f"g2-back.opsc: assessment {aid}: contribution from root (2); another participant "
                             "already sent answers under the name root from another computer: both are kept"), out
    assert "--by" in out[1] and "replaces" not in out[1]
    data = json.loads(ok(fac, "contributions", aid, "--json"))
    assert [c["by"] for c in data["contributors"]] == ["root", "root (2)"]
    assert data["questions"]["V-01"]["contributions"] == {"root": "not"}
    assert data["questions"]["III.A-14"]["contributions"] == {"root (2)": "fully"}
    text = ok(fac, "contributions", aid)
    assert "root (2)\t" in text

    # group 2 re-sends under its own name, from its laptop: its `root (2)` contribution (sent from the same
    # database under that laptop's default name) is replaced
    csv = tmp_path / "g2.csv"
    csv.write_text("question_id,answer,na_reason,comment\nIII.A-14,fully,,\n", encoding="utf-8")
    ok(g2, "share", "1", "--out", str(tmp_path / "g2-again.opsc"), "--by", "المجموعة 2")
    line = ok(fac, "receive", str(tmp_path / "g2-again.opsc")).strip()
    assert line == (f"g2-again.opsc: assessment {aid}: contribution from المجموعة 2 (replaces the one from root (2), "
                    "sent from the same computer)"), line
    data = json.loads(ok(fac, "contributions", aid, "--json"))
    assert [c["by"] for c in data["contributors"]] == ["root", "المجموعة 2"]
    assert data["questions"]["III.A-14"]["contributions"] == {"المجموعة 2": "fully"}
    assert data["questions"]["III.A-14"]["agreement"] == "single"
    # before the fix, group 2's "fully" counted twice (root + المجموعة 2) and was adopted as unanimous
    adopted = ok(fac, "adopt", aid, "--unanimous").splitlines()
    assert adopted[0] == "0 answers adopted", adopted
    assert json.loads(ok(fac, "contributions", aid, "--json"))["questions"]["III.A-14"]["consensus"] is None
