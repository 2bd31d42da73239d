"""A passphrase protecting an exchange file has at least 8 characters (issue 14, outside tester: 2 were
accepted); files protected earlier with a shorter one are still read."""

from __future__ import annotations

import pytest

from app.export import exchange_file as xf
from app.services import exchange as ex
from app.services.workspace import ServiceError
from tests.cli.helpers import run
from tests.services.test_exchange import facilitator_assessment, workshop  # noqa: F401 (fixture)


@pytest.mark.parametrize("passphrase", ["ab", "7 chars"])
def test_a_short_passphrase_is_refused_and_nothing_is_written(workshop, tmp_path, passphrase):  # noqa: F811
    fac = workshop("f")
    aid = facilitator_assessment(fac)
    out = tmp_path / "p.opsc"
    with pytest.raises(ServiceError) as e:
        ex.share(fac, aid, out, by="F", passphrase=passphrase)
    assert e.value.key == "exchange_passphrase_short"
    assert f"the passphrase has {len(passphrase)} characters; a file is protected with at least 8" in str(e.value)
    assert "au moins 8 caractères" in e.value.text("fr") and "8 محارف على الأقل" in e.value.text("ar")
    assert not out.exists() and list(tmp_path.glob("*.opsc*")) == []
    assert ex.share(fac, aid, out, by="F", passphrase="8 chars!").protected  # exactly the minimum: accepted


def test_a_file_protected_earlier_with_a_short_passphrase_is_still_read(workshop, tmp_path, monkeypatch):  # noqa: F811
    fac = workshop("f")
    aid = facilitator_assessment(fac)
    monkeypatch.setattr(xf, "MIN_PASSPHRASE", 1)  # as an earlier version wrote it
    old = ex.share(fac, aid, tmp_path / "old.opsc", by="F", passphrase="ab").path
    monkeypatch.undo()
    assert xf.MIN_PASSPHRASE == 8
    other = workshop("o")
    with pytest.raises(ex.ExchangeRefused) as e:
        ex.receive(other, old, passphrase="ac")
    assert e.value.key == "exchange_wrong_passphrase"
    assert ex.receive(other, old, passphrase="ab").outcome == "added"


def test_the_command_line_refuses_it_in_the_interface_language(tmp_path):
    home = tmp_path / "home"
    assert run(home, "new", "--title", "A", "--country", "MA").returncode == 0
    secret = tmp_path / "s.txt"
    secret.write_text("ab\n", encoding="utf-8")
    out = tmp_path / "a.opsc"
    for lang, said in (("en", "at least 8"), ("fr", "au moins 8 caractères"), ("ar", "8 محارف على الأقل")):
        r = run(home, "--lang", lang, "share", "1", "--out", str(out), "--passphrase-file", str(secret))
        assert r.returncode == 1 and said in r.stderr and "Traceback" not in r.stderr, r.stderr
        assert len(r.stderr.strip().splitlines()) == 1 and not out.exists()
    r = run(home, "--lang", "fr", "share", "1", "--out", str(out), env={"OPSC_PASSPHRASE": "short"})
    assert r.returncode == 1 and "au moins 8" in r.stderr and not out.exists()
