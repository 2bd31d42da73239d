"""Who a contribution comes from (issue 11, outside facilitator, majors 1 and 2): every file shared back names
the database it was written from (`sender_database`), and the facilitator's database tells senders apart by it
(app/storage/workshop.py same_sender). Separate data folders are separate laptops; real processes."""

from __future__ import annotations

import json
import shutil

from app.export import exchange_file as xf
from tests.cli.helpers import ok, run

ROOT = {"OPSC_USER": "root"}  # every group laptop logs in as root


def answer(home, tmp_path, qid, value):
    csv = tmp_path / f"{home.name}-{qid}-{value}.csv"
    csv.write_text(f"question_id,answer,na_reason,comment\n{qid},{value},,\n", encoding="utf-8")
    ok(home, "import-answers", "1", str(csv))


def contributors(fac, aid):
    data = json.loads(ok(fac, "contributions", aid, "--json"))
    return [c["by"] for c in data["contributors"]], data["questions"]


def refused(home, *args):
    r = run(home, *args)
    assert r.returncode == 1 and "Traceback" not in r.stderr, r.stdout + r.stderr
    return r.stderr


def manifest(path):
    return xf.read(path.read_bytes(), None)[0]


def test_copies_of_one_hand_out_shared_back_as_root_are_kept_apart_with_stable_numbers(tmp_path):
    """Major 1: three laptops get copies of the SAME hand-out file and share back as root. Each is its own
    contribution ("root", "root (2)", "root (3)"), nothing replaces anything; a newer file from one laptop
    replaces that laptop's only, the line names which, and the numbers never move."""
    fac, g1, g2, g3 = (tmp_path / n for n in ("fac", "g1", "g2", "g3"))
    aid = ok(fac, "new", "--title", "Atelier", "--country", "SN").strip()
    handout = tmp_path / "handout.opsc"
    ok(fac, "share", aid, "--out", str(handout))
    for home, value in ((g1, "not"), (g2, "fully"), (g3, "partially")):
        ok(home, "receive", str(handout))
        answer(home, tmp_path, "V-01", value)
        ok(home, "share", "1", "--out", str(tmp_path / f"{home.name}-1.opsc"), env=ROOT)
    ids = {manifest(tmp_path / f"{h}-1.opsc")["sender_database"] for h in ("g1", "g2", "g3")}
    assert len(ids) == 3 and manifest(tmp_path / "g1-1.opsc")["default_name"] is True
    assert manifest(tmp_path / "g1-1.opsc")["handout"] == manifest(tmp_path / "g2-1.opsc")["handout"]  # one hand-out

    out = ok(fac, "receive", *(str(tmp_path / f"{h}-1.opsc") for h in ("g1", "g2", "g3"))).splitlines()
    assert out[0] == f"g1-1.opsc: assessment {aid}: contribution from root", out
    assert out[1].startswith(f"g2-1.opsc: assessment {aid}: contribution from root (2);"), out
    assert out[2].startswith(f"g3-1.opsc: assessment {aid}: contribution from root (3);"), out
    assert not any("replaces" in line for line in out), out
    names, questions = contributors(fac, aid)
    assert names == ["root", "root (2)", "root (3)"]
    assert questions["V-01"]["contributions"] == {"root": "not", "root (2)": "fully", "root (3)": "partially"}

    # laptop 1 gives its group's name: it replaces laptop 1's "root" only; the others keep their numbers
    ok(g1, "share", "1", "--out", str(tmp_path / "g1-2.opsc"), "--by", "Groupe 1", env=ROOT)
    assert manifest(tmp_path / "g1-2.opsc")["default_name"] is False
    line = ok(fac, "receive", str(tmp_path / "g1-2.opsc")).strip()
    assert line.startswith(f"g1-2.opsc: assessment {aid}: contribution from Groupe 1 (replaces the one from root,"), line
    names, questions = contributors(fac, aid)
    assert names == ["root (2)", "root (3)", "Groupe 1"]  # not renumbered "root", "root (2)"
    assert questions["V-01"]["contributions"] == {"root (2)": "fully", "root (3)": "partially", "Groupe 1": "not"}

    # laptop 2 sends a newer file as root: it replaces "root (2)" (its own), and keeps that name
    answer(g2, tmp_path, "V-01", "largely")
    ok(g2, "share", "1", "--out", str(tmp_path / "g2-2.opsc"), env=ROOT)
    line = ok(fac, "receive", str(tmp_path / "g2-2.opsc")).strip()
    assert line.startswith(f"g2-2.opsc: assessment {aid}: contribution from root (2) (replaces their earlier one)"), line
    names, questions = contributors(fac, aid)
    assert names == ["root (3)", "Groupe 1", "root (2)"]
    assert questions["V-01"]["contributions"] == {"root (3)": "partially", "Groupe 1": "not", "root (2)": "largely"}
    # the same file again, and laptop 2's older file: refused, naming exactly which root holds a newer one
    err = refused(fac, "receive", str(tmp_path / "g2-2.opsc"), str(tmp_path / "g2-1.opsc"))
    assert "this contribution of root (2) (written" in err and "a newer contribution of root (2)" in err, err
    assert contributors(fac, aid)[0] == names


def test_a_group_sharing_under_its_name_then_as_root_from_its_laptop_counts_once(tmp_path):
    """Major 2: a group shares back under its name, then again from the same laptop without --by (as root).
    The second replaces the first (same database, one of the two names the laptop's default), so adopting the
    unanimous answers does not count that group twice. Two groups using one laptop in turn, each with its own
    --by, stay two contributions."""
    fac, g2, g3 = tmp_path / "fac", tmp_path / "g2", tmp_path / "g3"
    aid = ok(fac, "new", "--title", "Atelier", "--country", "SN").strip()
    handout = tmp_path / "handout.opsc"
    ok(fac, "share", aid, "--out", str(handout))
    for home in (g2, g3):
        ok(home, "receive", str(handout))
    answer(g2, tmp_path, "V-01", "fully")
    ok(g2, "share", "1", "--out", str(tmp_path / "named.opsc"), "--by", "Groupe 2", env=ROOT)
    ok(g2, "share", "1", "--out", str(tmp_path / "root.opsc"), env=ROOT)
    out = ok(fac, "receive", str(tmp_path / "named.opsc"), str(tmp_path / "root.opsc")).splitlines()
    assert out == [f"named.opsc: assessment {aid}: contribution from Groupe 2",
                   f"root.opsc: assessment {aid}: contribution from root (replaces the one from Groupe 2, "
                   "sent from the same computer)"], out
    names, questions = contributors(fac, aid)
    assert names == ["root"]
    assert questions["V-01"] == {"consensus": None, "contributions": {"root": "fully"}, "agreement": "single"}
    assert ok(fac, "adopt", aid, "--unanimous").splitlines()[0] == "0 answers adopted"  # one group is not unanimity

    # laptop 3 is used by two groups in turn, each giving its name: two contributions
    answer(g3, tmp_path, "V-01", "fully")
    ok(g3, "share", "1", "--out", str(tmp_path / "a.opsc"), "--by", "Groupe A", env=ROOT)
    ok(g3, "share", "1", "--out", str(tmp_path / "b.opsc"), "--by", "Groupe B", env=ROOT)
    out = ok(fac, "receive", str(tmp_path / "a.opsc"), str(tmp_path / "b.opsc")).splitlines()
    assert [line.split(": ", 2)[2] for line in out] == ["contribution from Groupe A", "contribution from Groupe B"]
    names, _ = contributors(fac, aid)
    assert names == ["root", "Groupe A", "Groupe B"]
    # then one shares from that laptop without --by: which group it is would be a guess: kept beside them
    ok(g3, "share", "1", "--out", str(tmp_path / "c.opsc"), env=ROOT)
    line = ok(fac, "receive", str(tmp_path / "c.opsc")).strip()
    assert line.startswith(f"c.opsc: assessment {aid}: contribution from root (2);") and "replaces" not in line, line
    names, _ = contributors(fac, aid)
    assert names == ["root", "Groupe A", "Groupe B", "root (2)"]


def test_a_copied_data_folder_is_the_same_database(tmp_path):
    """Two laptops cloned from one image (a copy of a whole data folder) have the same database id. Their
    groups, each sharing with its own --by, stay two contributions; under the same name the later replaces
    the earlier (documented in docs/file-formats.md: give each group's name with --by)."""
    fac, g1 = tmp_path / "fac", tmp_path / "g1"
    aid = ok(fac, "new", "--title", "Atelier", "--country", "SN").strip()
    handout = tmp_path / "handout.opsc"
    ok(fac, "share", aid, "--out", str(handout))
    ok(g1, "receive", str(handout))
    clone = tmp_path / "clone"
    shutil.copytree(g1, clone)
    answer(g1, tmp_path, "V-01", "not")
    answer(clone, tmp_path, "V-01", "fully")
    ok(g1, "share", "1", "--out", str(tmp_path / "g1.opsc"), "--by", "Police", env=ROOT)
    ok(clone, "share", "1", "--out", str(tmp_path / "clone.opsc"), "--by", "Justice", env=ROOT)
    assert manifest(tmp_path / "g1.opsc")["sender_database"] == manifest(tmp_path / "clone.opsc")["sender_database"]
    ok(fac, "receive", str(tmp_path / "g1.opsc"), str(tmp_path / "clone.opsc"))
    names, questions = contributors(fac, aid)
    assert names == ["Police", "Justice"]
    assert questions["V-01"]["contributions"] == {"Police": "not", "Justice": "fully"}
    # both as root: the first is kept beside Police and Justice (which of the two it is would be a guess); one
    # database under one name is one sender, so the clone's root file replaces the first laptop's
    ok(g1, "share", "1", "--out", str(tmp_path / "g1-root.opsc"), env=ROOT)
    ok(clone, "share", "1", "--out", str(tmp_path / "clone-root.opsc"), env=ROOT)
    out = ok(fac, "receive", str(tmp_path / "g1-root.opsc"), str(tmp_path / "clone-root.opsc")).splitlines()
    assert out[0] == f"g1-root.opsc: assessment {aid}: contribution from root", out
    assert out[1] == f"clone-root.opsc: assessment {aid}: contribution from root (replaces their earlier one)", out
    names, questions = contributors(fac, aid)
    assert names == ["Police", "Justice", "root"]
    assert questions["V-01"]["contributions"] == {"Police": "not", "Justice": "fully", "root": "fully"}


def test_files_without_a_sender_database_keep_the_rule_of_names_and_hand_outs(tmp_path):
    """Files written before the sender's database was written in them: the same name answering the same
    hand-out is one sender (the later replaces the earlier), as before; they are received as before."""
    fac, g1, g2 = tmp_path / "fac", tmp_path / "g1", tmp_path / "g2"
    aid = ok(fac, "new", "--title", "Atelier", "--country", "SN").strip()
    handout = tmp_path / "handout.opsc"
    ok(fac, "share", aid, "--out", str(handout))
    for home, value in ((g1, "not"), (g2, "fully")):
        ok(home, "receive", str(handout))
        answer(home, tmp_path, "V-01", value)
        path = tmp_path / f"{home.name}.opsc"
        ok(home, "share", "1", "--out", str(path), env=ROOT)
        m, doc, _ = xf.read(path.read_bytes(), None)
        del m["sender_database"], m["default_name"], m["sender"]  # as an older version wrote it
        path.write_bytes(xf.pack(m, doc))
    out = ok(fac, "receive", str(tmp_path / "g1.opsc"), str(tmp_path / "g2.opsc")).splitlines()
    assert out[0] == f"g1.opsc: assessment {aid}: contribution from root", out
    assert out[1].startswith(f"g2.opsc: assessment {aid}: contribution from root (replaces their earlier one)"), out
    # minor 2: said, with what to do, as these may be two groups on two root laptops
    assert "same name, files from an older version" in out[1] and '--by "GROUP"' in out[1], out
    assert "both are kept" not in out[1], out
    names, questions = contributors(fac, aid)
    assert names == ["root"] and questions["V-01"]["contributions"] == {"root": "fully"}
