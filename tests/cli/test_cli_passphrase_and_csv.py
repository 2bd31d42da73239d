"""Command-line refusals the outside tester found in English or too lax: the passphrase file (missing,
blank), in the interface language, naming the file; nothing written."""

from __future__ import annotations

from tests.cli.helpers import ok, run


def test_a_blank_or_missing_passphrase_file_is_refused_naming_it(tmp_path):
    home = tmp_path / "home"
    aid = ok(home, "new", "--title", "T", "--country", "MA").strip()
    blank = tmp_path / "blank.txt"
    blank.write_text("   \n", encoding="utf-8")
    out = tmp_path / "x.opsc"
    r = run(home, "share", aid, "--out", str(out), "--passphrase-file", str(blank))
    assert r.returncode == 1 and "blank.txt is empty or holds only spaces" in r.stderr and not out.exists()
    r = run(home, "--lang", "fr", "share", aid, "--out", str(out), "--passphrase-file", str(tmp_path / "nope.txt"))
    assert r.returncode == 1 and "Traceback" not in r.stderr
    assert "le fichier de phrase secrète" in r.stderr and "nope.txt" in r.stderr and "n’existe pas" in r.stderr
    assert not out.exists()


def test_a_full_disk_has_the_command_lines_own_words(monkeypatch, capsys, tmp_path):
    """'what you typed is kept on screen' is the window's sentence; a command says what happened to it."""
    from app import cli
    from app.storage.errors import DiskFullError

    def full(args):
        raise DiskFullError(tmp_path / "assessments.sqlite", "database or disk is full")

    monkeypatch.setenv("OPSC_ASSESS_HOME", str(tmp_path))
    monkeypatch.setitem(cli.COMMANDS, "list", full)
    assert cli.run(["list"]) == 1
    err = capsys.readouterr().err
    assert "assessments.sqlite is full: the command's change was not saved" in err and "on screen" not in err
    assert cli.run(["--lang", "fr", "list"]) == 1
    assert "relancez la commande" in capsys.readouterr().err


def test_receive_says_what_became_of_each_file_in_french_and_arabic(tmp_path):
    fac, p = tmp_path / "fac", tmp_path / "p"
    aid = ok(fac, "new", "--title", "Revue", "--country", "MA").strip()
    ok(fac, "share", aid, "--out", str(tmp_path / "h.opsc"))
    assert ok(p, "--lang", "fr", "receive", str(tmp_path / "h.opsc")).strip() == "h.opsc\xa0: évaluation 1\xa0: ajoutée"
    ok(p, "share", "1", "--out", str(tmp_path / "a.opsc"), "--by", "Amina")
    out = ok(fac, "--lang", "ar", "receive", str(tmp_path / "a.opsc"))
    # Amina sent the hand-out back unchanged: received, and said to bring no answers of its own
    assert out.strip() == (f"a.opsc: التقييم {aid}: مساهمة من Amina؛ لا يحمل أي إجابة خاصة به: كل إجابة فيه كما "
                           "وُزّعت أو فارغة (استُلم، ولا شيء للمقارنة)")
    r = run(fac, "--lang", "fr", "receive", str(tmp_path / "a.opsc"), str(tmp_path / "missing.opsc"))
    assert r.returncode == 1 and "refusé, rien n’en a été reçu" in r.stderr and "les 2 fichiers ont tous été refusés\u202f; rien n’a été reçu" in r.stderr
    assert "les autres" not in r.stderr  # there are no others (outside facilitator, minor)
