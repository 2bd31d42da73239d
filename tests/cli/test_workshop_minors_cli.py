"""The outside facilitator's minors on the workshop command line (issue 11): every refused file is said without
"the others were received", counts agree with their number, one word for the facilitator in French, adopting
over the facilitator's own answer says so, and `contributions --json` times carry their UTC offset. Real
processes, separate data folders."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from tests.cli.helpers import ok, run
from tests.cli.test_workshop_senders_cli import ROOT, answer


def _shop(tmp_path):
    fac, g1 = tmp_path / "fac", tmp_path / "g1"
    aid = ok(fac, "new", "--title", "Atelier", "--country", "SN").strip()
    answer(fac, tmp_path, "V-01", "fully")  # the facilitator's own answer (the consensus)
    handout = tmp_path / "handout.opsc"
    ok(fac, "share", aid, "--out", str(handout))
    ok(g1, "receive", str(handout))
    answer(g1, tmp_path, "V-01", "not")
    ok(g1, "share", "1", "--out", str(tmp_path / "g1.opsc"), env=ROOT)
    return fac, aid


def test_only_refused_files_are_not_followed_by_the_others_were_received(tmp_path):
    fac = tmp_path / "fac"
    junk = [tmp_path / f"junk{n}.opsc" for n in range(3)]
    for j in junk:
        j.write_bytes(b"not a zip")
    for lang, said in (("en", "all 3 files were refused; nothing was received"),
                       ("fr", "les 3 fichiers ont tous été refusés\u202f; rien n’a été reçu"),
                       ("ar", "رُفضت الملفات كلها (3)؛ لم يُستلم أي ملف")):
        r = run(fac, "--lang", lang, "receive", *map(str, junk))
        assert r.returncode == 1 and "Traceback" not in r.stderr
        last = r.stderr.splitlines()[-1]
        assert last == said, last
        assert "others" not in r.stderr and "autres" not in r.stderr and "ملفاً" not in r.stderr


def test_shared_and_imported_counts_agree_with_their_number(tmp_path):
    home = tmp_path / "h"
    ok(home, "new", "--title", "Atelier", "--country", "SN")
    out = ok(home, "--lang", "fr", "share", "1", "--out", str(tmp_path / "s.opsc"), "--by", "F").strip()
    assert "0\u202fréponse," in out or "0 réponse," in out, out
    assert "(s)" not in out
    csv = tmp_path / "two.csv"
    csv.write_text("question_id,answer,na_reason,comment\nV-01,not,,\nV-02,fully,,\n", encoding="utf-8")
    out = ok(home, "--lang", "fr", "import-answers", "1", str(csv)).strip()
    assert out.startswith("2 réponses modifiées, 0 inchangée,"), out
    out = ok(home, "--lang", "en", "import-answers", "1", str(csv)).strip()
    assert out.startswith("0 answers changed, 2 unchanged,"), out
    v = run(home, "--lang", "ar", "validate", "questionnaires/opsc")
    assert "قسماً" in v.stdout and "أقسام" not in v.stdout.split("،")[2], v.stdout  # 19 sections: "19 قسماً"


def test_adopting_over_the_facilitators_own_answer_says_what_it_replaced(tmp_path):
    fac, aid = _shop(tmp_path)
    ok(fac, "receive", str(tmp_path / "g1.opsc"))
    out = ok(fac, "adopt", aid, "--question", "V-01", "--from", "root").splitlines()
    assert out == ["V-01: the answer of root adopted",
                   'V-01: it replaces your own answer "Fully in place"; that answer is kept in the history']
    assert json.loads(ok(fac, "contributions", aid, "--json"))["questions"]["V-01"]["consensus"] == "not"
    # adopting the same answer again overrides nothing: nothing more is said
    assert ok(fac, "adopt", aid, "--question", "V-01", "--from", "root").splitlines() == [
        "V-01: the answer of root adopted"]
    fr = ok(fac, "--lang", "fr", "adopt", aid, "--unanimous").splitlines()
    assert not any("facilitateur" in line for line in fr), fr


def test_contributions_json_times_carry_their_utc_offset(tmp_path):
    fac, aid = _shop(tmp_path)
    far_east = {"TZ": "Asia/Tokyo"}  # the received time is UTC whatever the computer's zone
    ok(fac, "receive", str(tmp_path / "g1.opsc"), env=far_east)
    ok(fac, "adopt", aid, "--question", "V-01", "--from", "root", env=far_east)
    data = json.loads(ok(fac, "contributions", aid, "--json", env=far_east))
    received = datetime.fromisoformat(data["contributors"][0]["received"])
    assert data["contributors"][0]["received"].endswith("+00:00") and received.tzinfo is not None
    assert abs(datetime.now(UTC) - received) < timedelta(minutes=10)
    decided = data["questions"]["V-01"]["decision"]["decided"]
    assert decided.endswith("+00:00") and abs(datetime.now(UTC) - datetime.fromisoformat(decided)) < timedelta(
        minutes=10)
