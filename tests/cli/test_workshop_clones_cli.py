"""Laptops cloned from one disk image BEFORE they received the hand-out (issue 11, outside facilitator, major):
they share one database id, so the sender is told by the received hand-out COPY instead — a random id minted
when a laptop receives the hand-out, written in every file shared back from it (`sender`). Separate data
folders are separate laptops; real processes."""

from __future__ import annotations

import json
import shutil
from datetime import UTC, datetime, timedelta

from app.export import exchange_file as xf
from tests.cli.helpers import ok, run
from tests.cli.test_workshop_senders_cli import ROOT, answer, contributors, manifest


def _handout(tmp_path):
    fac = tmp_path / "fac"
    aid = ok(fac, "new", "--title", "Atelier", "--country", "SN").strip()
    handout = tmp_path / "handout.opsc"
    ok(fac, "share", aid, "--out", str(handout))
    return fac, aid, handout


def _clone_before_handout(tmp_path):
    """One laptop's data folder (its database made, nothing received yet) copied to a second laptop."""
    g1, g2 = tmp_path / "g1", tmp_path / "g2"
    ok(g1, "list")  # the database exists, with its id
    shutil.copytree(g1, g2)
    return g1, g2


def test_clones_made_before_the_hand_out_are_two_senders_and_unanimity_sees_both(tmp_path):
    fac, aid, handout = _handout(tmp_path)
    g1, g2 = _clone_before_handout(tmp_path)
    for home, v1, v2 in ((g1, "not", "fully"), (g2, "fully", "fully")):
        ok(home, "receive", str(handout))
        answer(home, tmp_path, "V-01", v1)
        answer(home, tmp_path, "V-02", v2)
        ok(home, "share", "1", "--out", str(tmp_path / f"{home.name}-1.opsc"), env=ROOT)
    m1, m2 = manifest(tmp_path / "g1-1.opsc"), manifest(tmp_path / "g2-1.opsc")
    assert m1["sender_database"] == m2["sender_database"]  # the clones' one database id ...
    assert m1["sender"] and m2["sender"] and m1["sender"] != m2["sender"]  # ... but two received copies

    out = ok(fac, "receive", str(tmp_path / "g1-1.opsc"), str(tmp_path / "g2-1.opsc")).splitlines()
    assert out[0] == f"g1-1.opsc: assessment {aid}: contribution from root", out
    assert out[1].startswith(f"g2-1.opsc: assessment {aid}: contribution from root (2); another participant"), out
    assert not any("replaces" in line for line in out), out
    names, questions = contributors(fac, aid)
    assert names == ["root", "root (2)"]
    assert questions["V-01"]["contributions"] == {"root": "not", "root (2)": "fully"}
    assert questions["V-01"]["agreement"] == "conflict"
    # unanimity counts both groups: V-02 (both "fully") is adopted, V-01 (not / fully) is not
    adopted = json.loads(ok(fac, "adopt", aid, "--unanimous", "--json"))
    assert adopted["adopted"] == ["V-02"], adopted

    # the same copy sharing again keeps its id: its newer file replaces its own earlier one, and only that;
    # the other root is said to stay beside it, never "both are kept" next to "replaces"
    answer(g2, tmp_path, "V-01", "largely")
    ok(g2, "share", "1", "--out", str(tmp_path / "g2-2.opsc"), env=ROOT)
    assert manifest(tmp_path / "g2-2.opsc")["sender"] == m2["sender"]
    line = ok(fac, "receive", str(tmp_path / "g2-2.opsc")).strip()
    assert line.startswith(f"g2-2.opsc: assessment {aid}: contribution from root (2) (replaces their earlier one)"), line
    assert "both are kept" not in line and "stays beside it" in line, line
    names, questions = contributors(fac, aid)
    assert names == ["root", "root (2)"]
    assert questions["V-01"]["contributions"] == {"root": "not", "root (2)": "largely"}


def test_french_line_never_says_replaced_and_both_kept_at_once(tmp_path):
    fac, aid, handout = _handout(tmp_path)
    g1, g2 = _clone_before_handout(tmp_path)
    for home in (g1, g2):
        ok(home, "receive", str(handout))
        answer(home, tmp_path, "V-01", "not")
        ok(home, "share", "1", "--out", str(tmp_path / f"{home.name}-1.opsc"), env=ROOT)
    ok(fac, "receive", str(tmp_path / "g1-1.opsc"), str(tmp_path / "g2-1.opsc"))
    answer(g2, tmp_path, "V-01", "fully")
    ok(g2, "share", "1", "--out", str(tmp_path / "g2-2.opsc"), env=ROOT)
    line = ok(fac, "--lang", "fr", "receive", str(tmp_path / "g2-2.opsc")).strip()
    assert "(remplace la précédente)" in line and "les deux sont gardées" not in line, line
    assert "reste à côté" in line, line


def test_a_file_claiming_another_copys_id_without_its_answers_is_warned_and_the_earlier_kept(tmp_path):
    """A 'newer' file from the same sender that lacks answers the earlier one gave replaces it (the sender rule
    cannot know better: the seal is not a signature), but the line says which answers are missing and that the
    earlier one is kept in the history."""
    fac, aid, handout = _handout(tmp_path)
    g1, g2 = tmp_path / "g1", tmp_path / "g2"
    for home in (g1, g2):
        ok(home, "receive", str(handout))
    answer(g1, tmp_path, "V-01", "not")
    answer(g1, tmp_path, "V-02", "largely")
    ok(g1, "share", "1", "--out", str(tmp_path / "g1.opsc"), env=ROOT)
    answer(g2, tmp_path, "V-03", "fully")
    hostile = tmp_path / "g2-claims-g1.opsc"
    ok(g2, "share", "1", "--out", str(hostile), env=ROOT)
    m, doc, _ = xf.read(hostile.read_bytes(), None)
    m["sender"], m["sender_database"] = manifest(tmp_path / "g1.opsc")["sender"], manifest(
        tmp_path / "g1.opsc")["sender_database"]
    m["written_at"] = (datetime.now(UTC) + timedelta(minutes=5)).isoformat()
    hostile.write_bytes(xf.pack(m, doc))
    ok(fac, "receive", str(tmp_path / "g1.opsc"))
    line = ok(fac, "receive", str(hostile)).strip()
    assert "(replaces their earlier one)" in line, line
    assert "the earlier one answered 2 questions this file does not (V-01, V-02)" in line, line
    assert "kept in the history" in line, line
    ar = run(fac, "--lang", "ar", "contributions", aid)  # still readable; the history holds the earlier one
    assert ar.returncode == 0
    names, questions = contributors(fac, aid)
    assert names == ["root"] and questions["V-03"]["contributions"] == {"root": "fully"}


def test_a_file_of_the_previous_version_and_a_newer_one_from_the_same_laptop_are_one_sender(tmp_path):
    """Compatibility: a file written before the copy's id (only `sender_database`), then one from the same
    laptop after the update (both ids): the newer replaces the older, as before."""
    fac, aid, handout = _handout(tmp_path)
    g1 = tmp_path / "g1"
    ok(g1, "receive", str(handout))
    answer(g1, tmp_path, "V-01", "not")
    old = tmp_path / "old.opsc"
    ok(g1, "share", "1", "--out", str(old), env=ROOT)
    m, doc, _ = xf.read(old.read_bytes(), None)
    del m["sender"]  # as the previous version wrote it
    old.write_bytes(xf.pack(m, doc))
    answer(g1, tmp_path, "V-01", "fully")
    ok(g1, "share", "1", "--out", str(tmp_path / "new.opsc"), env=ROOT)
    out = ok(fac, "receive", str(old), str(tmp_path / "new.opsc")).splitlines()
    assert out[1] == f"new.opsc: assessment {aid}: contribution from root (replaces their earlier one)", out
    names, questions = contributors(fac, aid)
    assert names == ["root"] and questions["V-01"]["contributions"] == {"root": "fully"}
