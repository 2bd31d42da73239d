"""Command-line refusals the outside tester found in English or too lax: the passphrase file (missing,
blank), in the interface language, naming the file; nothing written."""

from __future__ import annotations

from tests.cli.test_workshop_cli import ok, run


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
