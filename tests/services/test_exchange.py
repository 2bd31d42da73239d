"""Exchange files and contributions (issue 11): real files in tmp_path, one database per laptop."""

from __future__ import annotations

import zipfile
from datetime import datetime, timedelta

import pytest

from app.domain.answers import AnswerValue, Confidence
from app.export import exchange_file as xf
from app.services import contributions as co
from app.services import exchange as ex
from app.services.workspace import ServiceError, Workspace
from app.storage import open_database
from tests.factories import make_questionnaire


def laptop(tmp_path, name):
    """A workspace in its own folder: one laptop of the workshop."""
    folder = tmp_path / name
    folder.mkdir()
    return Workspace(open_database(folder / "assessments.sqlite"), make_questionnaire(), folder / "backups")


@pytest.fixture
def workshop(tmp_path):
    opened = []

    def _laptop(name):
        w = laptop(tmp_path, name)
        opened.append(w)
        return w

    yield _laptop
    for w in opened:
        w.close()


def facilitator_assessment(ws):
    aid = ws.create_assessment("Revue nationale 2026", "MA", organisation="Ministère de la Justice")
    ws.set_answer(aid, "III.A-01", value="fully", comment="Code pénal, art. 2", confidence="verified")
    ws.set_weight(aid, "V-01", 4.0, "central to the national plan")
    ws.add_action(aid, "III.B-01", description="Create a database", lead="INS")
    return aid


def answer_all(ws, aid, value, comment=""):
    ws.set_answers(aid, [(q.id, {"value": value, "comment": comment})
                         for q in ws.questionnaire.questions() if q.id != "III.A-03"])


def consensus_of(ws, aid):
    return {q: (a.value, a.comment, a.confidence) for q, a in ws.answers(aid).items()}


def test_three_laptop_workshop_end_to_end(workshop, tmp_path):
    fac, amina, bruno = workshop("facilitator"), workshop("amina"), workshop("bruno")
    aid = facilitator_assessment(fac)
    uid = fac.repo.assessment(aid).uid
    handout = ex.share(fac, aid, tmp_path / "handout.opsc", by="Facilitator")
    assert handout.assessment_uid == uid and handout.answers == 1

    # each participant's laptop receives the handout: the assessment is added, with its global id
    for ws in (amina, bruno):
        r = ex.receive(ws, handout.path)
        assert r.outcome == "added"
        record = ws.repo.assessment(r.assessment_id)
        assert (record.uid, record.title, record.country_code) == (uid, "Revue nationale 2026", "MA")
        assert ws.answers(r.assessment_id)["III.A-01"].comment == "Code pénal, art. 2"
        assert ws.weight_reasons(r.assessment_id) == {"V-01": "central to the national plan"}
        assert [a.description for a in ws.actions(r.assessment_id)] == ["Create a database"]
    a_id = amina.repo.assessment_id_by_uid(uid)
    b_id = bruno.repo.assessment_id_by_uid(uid)
    answer_all(amina, a_id, "largely", "Amina's view")
    answer_all(bruno, b_id, "largely")
    bruno.set_answer(b_id, "V-02", value="not", legal_provision="Loi 27-14")
    amina_file = ex.share(amina, a_id, tmp_path / "amina.opsc", by="Amina (Justice)", institution="Justice").path
    bruno_file = ex.share(bruno, b_id, tmp_path / "bruno.opsc", by="Bruno").path

    before = consensus_of(fac, aid)
    got = ex.receive_files(fac, [amina_file, bruno_file])
    assert [(r.outcome, r.by, r.assessment_id) for r in got] == [("contribution", "Amina (Justice)", aid),
                                                                 ("contribution", "Bruno", aid)]
    assert consensus_of(fac, aid) == before  # receiving never writes the facilitator's answers

    v = co.view(fac, aid)
    assert [(c.by, c.institution, c.answers) for c in v.contributors] == [("Amina (Justice)", "Justice", 6),
                                                                         ("Bruno", "", 6)]
    assert v.questions["V-02"].agreement is co.Agreement.CONFLICT
    assert v.questions["V-02"].contributions["Bruno"].legal_provision == "Loi 27-14"
    assert v.questions["III.B-01"].agreement is co.Agreement.UNANIMOUS
    assert v.questions["III.A-03"].agreement is co.Agreement.NONE
    assert v.questions["III.A-01"].consensus.value is AnswerValue.FULLY
    assert v.disputed() == ["V-02"]
    assert v.sections["V"].agreement_rate == 0.5 and v.sections["III.B"].agreement_rate == 1.0

    # one action: every unanimous answer for the questions without consensus (III.A-01 has one already)
    assert co.adopt_unanimous(fac, aid) == 4
    mine = fac.answers(aid)
    assert mine["III.A-01"].value is AnswerValue.FULLY  # the facilitator's own answer stays
    assert mine["III.B-01"].value is AnswerValue.LARGELY
    assert mine["III.B-01"].comment == "Amina's view"
    assert "V-02" not in mine
    with pytest.raises(ServiceError) as e:
        co.adopt(fac, aid, "V-02", from_author="Bruno")
    assert e.value.key == "adopt_note_needed"
    co.adopt(fac, aid, "V-02", from_author="bruno", note="Law 27-14 not yet applied")
    assert fac.answers(aid)["V-02"].value is AnswerValue.NOT
    assert fac.answers(aid)["V-02"].legal_provision == "Loi 27-14"
    after = co.view(fac, aid)
    assert after.disputed() == []
    [decision] = after.questions["V-02"].decisions
    assert (decision.adopted_from, decision.note, decision.agreement) == ("Bruno", "Law 27-14 not yet applied",
                                                                          "conflict")
    assert co.adopt_unanimous(fac, aid) == 0
    assert len(co.decisions(fac, aid)) == 5


def test_json_shape_as_the_issue_gives_it(workshop, tmp_path):
    fac, p = workshop("f"), workshop("p")
    aid = facilitator_assessment(fac)
    pid = ex.receive(p, ex.share(fac, aid, tmp_path / "h.opsc").path).assessment_id
    p.set_answer(pid, "V-01", value="partially")
    ex.receive(fac, ex.share(p, pid, tmp_path / "p.opsc", by="P").path)
    out = co.view(fac, aid).to_json()
    [c] = out["contributors"]
    assert (c["by"], c["answers"]) == ("P", 1)  # the hand-out's III.A-01, left alone, is not P's answer
    datetime.fromisoformat(c["received"])
    assert out["questions"]["V-01"] == {"consensus": None, "contributions": {"P": "partially"}, "agreement": "single"}
    assert out["questions"]["III.A-01"] == {"consensus": "fully", "contributions": {}, "agreement": "none"}
    assert out["questions"]["V-02"]["agreement"] == "none"


def test_same_author_twice_newer_replaces_older_is_refused(workshop, tmp_path, monkeypatch):
    fac, p = workshop("f"), workshop("p")
    aid = facilitator_assessment(fac)
    pid = ex.receive(p, ex.share(fac, aid, tmp_path / "h.opsc").path).assessment_id
    p.set_answer(pid, "V-01", value="partially")
    first = ex.share(p, pid, tmp_path / "p1.opsc", by="Chantal").path
    later = datetime.now() + timedelta(minutes=5)

    class Later(datetime):
        @classmethod
        def now(cls, tz=None):
            return later

    p.set_answer(pid, "V-01", value="not")
    monkeypatch.setattr(ex, "datetime", Later)
    second = ex.share(p, pid, tmp_path / "p2.opsc", by="Chantal").path
    monkeypatch.undo()

    assert ex.receive(fac, first).outcome == "contribution"
    r = ex.receive(fac, second)
    assert (r.outcome, r.replaced) == ("replaced", got_first := r.replaced)
    assert got_first is not None
    v = co.view(fac, aid)
    assert [c.by for c in v.contributors] == ["Chantal"]
    assert v.questions["V-01"].contributions["Chantal"].value is AnswerValue.NOT
    hist = co.history(fac, aid)
    assert [(c.superseded_by is not None) for c in hist] == [True, False]
    with pytest.raises(ex.ExchangeRefused) as e:
        ex.receive(fac, first)  # the older file again: refused, nothing changed
    assert e.value.key == "exchange_not_newer"
    with pytest.raises(ex.ExchangeRefused) as e:
        ex.receive(fac, second)
    assert e.value.key == "exchange_same_file"
    assert len(co.history(fac, aid)) == 2


def test_section_limited_file_holds_and_covers_only_those_sections(workshop, tmp_path):
    fac, g = workshop("f"), workshop("g")
    aid = facilitator_assessment(fac)
    gid = ex.receive(g, ex.share(fac, aid, tmp_path / "h.opsc").path).assessment_id
    answer_all(g, gid, "not")
    part = ex.share(g, gid, tmp_path / "group.opsc", by="Group III.A", sections=["III.A", "V"])
    assert part.sections == ("III.A", "V")
    with zipfile.ZipFile(part.path) as z:
        import json

        doc = json.loads(z.read("assessment.json"))
        manifest = json.loads(z.read("manifest.json"))
    assert sorted(doc["answers"]) == ["III.A-01", "III.A-02", "V-01", "V-02"]
    assert [a["question_id"] for a in doc["actions"]] == []  # the action is on III.B-01
    assert manifest["sections"] == ["III.A", "V"]
    ex.receive(fac, part.path)
    [c] = co.view(fac, aid).contributors
    assert c.sections == ("III.A", "V")
    assert co.view(fac, aid).questions["III.B-01"].contributions == {}
    assert co.view(fac, aid).questions["V-01"].contributions["Group III.A"].value is AnswerValue.NOT
    with pytest.raises(ServiceError) as e:
        ex.share(g, gid, tmp_path / "x.opsc", sections=["IX"])
    assert e.value.key == "exchange_unknown_section"
    assert not (tmp_path / "x.opsc").exists()


def test_chapter_name_shares_all_its_sections(workshop, tmp_path):
    fac = workshop("f")
    aid = facilitator_assessment(fac)
    assert ex.share(fac, aid, tmp_path / "c.opsc", sections=["III"]).sections == ("III.A", "III.B")


# ---- protection ---------------------------------------------------------------------------------------

SECRET = "Comment on a sensitive national gap"


def protected_file(workshop, tmp_path):
    fac = workshop("f")
    aid = facilitator_assessment(fac)
    fac.set_answer(aid, "V-02", value="not", comment=SECRET)
    return fac, aid, ex.share(fac, aid, tmp_path / "p.opsc", by="F", passphrase="correct horse").path


def test_encryption_round_trip_and_nothing_readable(workshop, tmp_path):
    fac, aid, path = protected_file(workshop, tmp_path)
    data = path.read_bytes()
    assert data.startswith(xf.MAGIC)
    for clear in (SECRET.encode(), b"Revue nationale", b"not", b"Code p", b"assessment.json", b"PK"):
        assert clear not in data
    assert ex.is_protected(path)
    other = workshop("o")
    r = ex.receive(other, path, passphrase="correct horse")
    assert r.outcome == "added"
    assert other.answers(r.assessment_id)["V-02"].comment == SECRET
    assert other.repo.assessment(r.assessment_id).uid == fac.repo.assessment(aid).uid


def test_wrong_or_missing_passphrase_is_refused_and_changes_nothing(workshop, tmp_path):
    _, _, path = protected_file(workshop, tmp_path)
    other = workshop("o")
    with pytest.raises(ex.ExchangeRefused) as e:
        ex.receive(other, path, passphrase="wrong")
    assert e.value.key == "exchange_wrong_passphrase"
    with pytest.raises(ex.ExchangeRefused) as e:
        ex.receive(other, path)
    assert e.value.key == "exchange_passphrase_needed"
    assert other.list_assessments() == []


def _regions(data):
    header_len = int.from_bytes(data[8:10], "big")
    salt = 10 + header_len
    body = salt + xf.SALT_BYTES + xf.NONCE_BYTES
    return {"magic": 2, "header": 10 + header_len // 2, "salt": salt + 3, "nonce": salt + xf.SALT_BYTES + 1,
            "body": body + (len(data) - 16 - body) // 2, "tag": len(data) - 5}


@pytest.mark.parametrize("region", ["magic", "header", "salt", "nonce", "body", "tag"])
def test_a_flipped_byte_in_each_region_is_refused(workshop, tmp_path, region):
    _, _, path = protected_file(workshop, tmp_path)
    data = bytearray(path.read_bytes())
    data[_regions(data)[region]] ^= 0x01
    path.write_bytes(bytes(data))
    other = workshop("o")
    with pytest.raises(ex.ExchangeRefused) as e:
        ex.receive(other, path, passphrase="correct horse")
    expected = {"magic": {"exchange_not_ours"}, "salt": {"exchange_wrong_passphrase"},
                "header": {"exchange_damaged", "exchange_wrong_passphrase"}}.get(region, {"exchange_damaged"})
    assert e.value.key in expected
    assert other.list_assessments() == []


@pytest.mark.parametrize("cut", [5, 40, 100, -1, -17])
def test_a_truncated_file_is_refused(workshop, tmp_path, cut):
    _, _, path = protected_file(workshop, tmp_path)
    data = path.read_bytes()
    path.write_bytes(data[:cut])
    other = workshop("o")
    with pytest.raises(ex.ExchangeRefused) as e:
        ex.receive(other, path, passphrase="correct horse")
    assert e.value.key in {"exchange_damaged", "exchange_not_ours"}
    assert other.list_assessments() == []


# ---- refusals --------------------------------------------------------------------------------------------

def _rewrite(path, manifest=None, assessment=None, extra=None):
    import json

    with zipfile.ZipFile(path) as z:
        m, a = json.loads(z.read("manifest.json")), json.loads(z.read("assessment.json"))
    m.update(manifest or {})
    a.update(assessment or {})
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("manifest.json", json.dumps(m))
        z.writestr("assessment.json", json.dumps(a))
        for name, data in (extra or {}).items():
            z.writestr(name, data)


def shared(workshop, tmp_path):
    fac = workshop("f")
    aid = facilitator_assessment(fac)
    return fac, aid, ex.share(fac, aid, tmp_path / "s.opsc", by="F").path


def refused_key(ws, path, **kw):
    with pytest.raises(ex.ExchangeRefused) as e:
        ex.receive(ws, path, **kw)
    return e.value.key


def test_a_newer_format_is_refused_with_its_version(workshop, tmp_path):
    _, _, path = shared(workshop, tmp_path)
    _rewrite(path, manifest={"format_version": 3})
    other = workshop("o")
    with pytest.raises(ex.ExchangeRefused) as e:
        ex.receive(other, path)
    assert e.value.key == "exchange_newer_format"
    assert "format 3" in str(e.value) and "update the application" in str(e.value)
    assert "format d’échange 3" in e.value.lines("fr")[0]


def test_a_newer_format_protected_file_is_refused_before_the_passphrase(workshop, tmp_path):
    _, _, path = protected_file(workshop, tmp_path)
    data = path.read_bytes().replace(b'"format_version": 2', b'"format_version": 9')
    path.write_bytes(data)
    assert refused_key(workshop("o"), path) == "exchange_newer_format"


def test_another_questionnaire_version_is_refused(workshop, tmp_path):
    _, _, path = shared(workshop, tmp_path)
    _rewrite(path, manifest={"questionnaire": {"id": "test-q", "version": "0.9", "content_hash": "sha256:old",
                                               "meaning_hash": "sha256:old-meaning"}})
    assert refused_key(workshop("o"), path) == "exchange_wrong_questionnaire"


def test_not_an_exchange_file_and_hostile_zips_are_refused(workshop, tmp_path):
    other = workshop("o")
    text = tmp_path / "notes.opsc"
    text.write_text("hello", encoding="utf-8")
    assert refused_key(other, text) == "exchange_not_ours"
    assert refused_key(other, tmp_path / "missing.opsc") == "not_found"
    _, _, path = shared(workshop, tmp_path)
    _rewrite(path, extra={"../evil.txt": "x"})
    assert refused_key(other, path) == "exchange_odd_member"
    bomb = tmp_path / "bomb.opsc"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("manifest.json", b" " * (30 * 1024 * 1024))
    assert refused_key(other, bomb) == "exchange_bomb"
    deep = tmp_path / "deep.opsc"
    with zipfile.ZipFile(deep, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("manifest.json", "[" * 100_000 + "]" * 100_000)
    assert refused_key(other, deep) == "exchange_bad_json"
    assert other.list_assessments() == []


def test_invalid_content_is_refused_by_field(workshop, tmp_path):
    _, _, path = shared(workshop, tmp_path)
    _rewrite(path, assessment={"answers": {"V-01": {"value": "maybe"}}})
    other = workshop("o")
    with pytest.raises(ex.ExchangeRefused) as e:
        ex.receive(other, path)
    assert e.value.key == "exchange_field_value" and "answers.V-01.value" in str(e.value)
    _rewrite(path, assessment={"answers": {"IX-99": {"value": "fully"}}})
    assert refused_key(other, path) == "exchange_unknown_question"
    _rewrite(path, assessment={"answers": {}, "details": {"title": "T", "country_code": "ZZ"}})
    with pytest.raises(ex.ExchangeRefused) as e:
        ex.receive(other, path)
    assert "details.country_code" in str(e.value)
    _rewrite(path, manifest={"sections": ["IX"]}, assessment={"details": {"title": "T", "country_code": "MA"}})
    assert refused_key(other, path) == "exchange_field_value"
    assert other.list_assessments() == []


def test_answer_fields_travel_whole(workshop, tmp_path):
    fac, p = workshop("f"), workshop("p")
    aid = facilitator_assessment(fac)
    fac.set_answer(aid, "III.A-03", value="na", na_reason="No such technology", evidence="Report 2025",
                   confidence=Confidence.DOCUMENTED, legal_provision="Art. 5")
    pid = ex.receive(p, ex.share(fac, aid, tmp_path / "h.opsc").path).assessment_id
    a = p.answers(pid)["III.A-03"]
    assert (a.value, a.na_reason, a.evidence, a.confidence, a.legal_provision) == (
        AnswerValue.NA, "No such technology", "Report 2025", Confidence.DOCUMENTED, "Art. 5")


def test_a_not_applicable_answer_without_reason_is_received_as_given(workshop, tmp_path):
    """The window saves N/A before its reason is written; a file holding one is not refused for it."""
    fac, amina = workshop("f"), workshop("a")
    aid = facilitator_assessment(fac)
    fac.set_answer(aid, "III.A-03", value="na")
    handout = ex.share(fac, aid, tmp_path / "h.opsc").path
    r = ex.receive(amina, handout)
    assert r.outcome == "added"
    got = amina.answers(r.assessment_id)["III.A-03"]
    assert (got.value, got.na_reason) == (AnswerValue.NA, "")
    amina.set_answer(r.assessment_id, "V-02", value="na")
    back = ex.receive(fac, ex.share(amina, r.assessment_id, tmp_path / "a.opsc", by="Amina").path)
    assert back.outcome == "contribution"
    contribution = co.view(fac, aid).questions["V-02"].contributions["Amina"]
    assert (contribution.value, contribution.na_reason) == (AnswerValue.NA, "")


def test_a_group_template_becomes_a_contribution_named_by_the_group(workshop, tmp_path):
    from openpyxl import load_workbook

    from app.export.template import write_answer_template

    fac = workshop("f")
    aid = facilitator_assessment(fac)
    path = write_answer_template(fac.questionnaire, fac.answers(aid), "en", tmp_path / "group.xlsx", aid)
    wb = load_workbook(path)
    sheet = wb.worksheets[0]
    header = [c.value for c in sheet[1]]
    qcol, acol = header.index("question_id") + 1, header.index("answer") + 1
    for row in range(2, sheet.max_row + 1):
        qid = sheet.cell(row, qcol).value
        sheet.cell(row, acol).value = {"V-01": "not", "III.A-01": ""}.get(qid, sheet.cell(row, acol).value)
    wb.save(path)
    before = consensus_of(fac, aid)
    r = ex.receive(fac, path, by="Groupe Justice")
    assert (r.outcome, r.by, r.assessment_id) == ("contribution", "Groupe Justice", aid)
    assert consensus_of(fac, aid) == before
    v = co.view(fac, aid)
    assert v.questions["V-01"].contributions["Groupe Justice"].value is AnswerValue.NOT
    assert "Groupe Justice" not in v.questions["III.A-01"].contributions  # blank cell: no answer
    with pytest.raises(ex.ExchangeRefused) as e:
        ex.receive(fac, path)
    assert e.value.key == "exchange_template_needs_group"


def test_receiving_viewing_and_adopting_on_each_engine(ws, workshop, tmp_path):
    """The facilitator's database on SQLite and on a PostgreSQL server (`ws`), participants on laptops."""
    aid = facilitator_assessment(ws)
    handout = ex.share(ws, aid, tmp_path / "h.opsc", by="F").path
    files = []
    for name, value in (("Ana", "partially"), ("Ben", "partially"), ("Chloé", "not")):
        p = workshop(name)
        pid = ex.receive(p, handout).assessment_id
        p.set_answers(pid, [("III.B-02", {"value": "largely"}), ("V-02", {"value": value, "comment": name})])
        files.append(ex.share(p, pid, tmp_path / f"{name}.opsc", by=name).path)
    before = consensus_of(ws, aid)
    assert [r.outcome for r in ex.receive_files(ws, files)] == ["contribution"] * 3
    assert consensus_of(ws, aid) == before
    v = co.view(ws, aid)
    assert v.questions["V-02"].codes == {"Ana": "partially", "Ben": "partially", "Chloé": "not"}
    assert v.questions["V-02"].contributions["Chloé"].comment == "Chloé"
    # III.A-01 came in the hand-out and nobody touched it: the facilitator's answer, not three groups' agreement
    assert v.where(co.Agreement.UNANIMOUS) == ["III.B-02"]
    assert co.adopt_unanimous(ws, aid) == 1
    assert ws.answers(aid)["III.B-02"].value is AnswerValue.LARGELY
    co.adopt(ws, aid, "V-02", values={"value": "partially", "comment": "two of three"}, note="majority")
    assert (ws.answers(aid)["V-02"].value, ws.answers(aid)["V-02"].comment) == (AnswerValue.PARTIALLY, "two of three")
    assert [d.adopted_from for d in co.decisions(ws, aid)] == ["Ana, Ben, Chloé", ""]


def test_a_received_assessment_passes_verify(workshop, tmp_path):
    """`python -m app verify` reported audit_no_trail for an assessment added from an exchange file."""
    from app.services import audit

    fac, other = workshop("facilitator"), workshop("other")
    handout = ex.share(fac, facilitator_assessment(fac), tmp_path / "handout.opsc", by="Facilitator")
    r = ex.receive(other, handout.path)
    assert r.outcome == "added"
    assert all(v.ok for v in audit.verify_all(other)), audit.verify_all(other)
    [entry] = other.repo.audit_entries(r.assessment_id)
    assert (entry.kind, entry.means) == ("baseline", "merge")


def _two_views(workshop, tmp_path):
    """A facilitator's assessment with two contributions: V-02 in conflict, III.B-01 unanimous."""
    fac, amina, bruno = workshop("facilitator"), workshop("amina"), workshop("bruno")
    aid = facilitator_assessment(fac)
    handout = ex.share(fac, aid, tmp_path / "handout.opsc", by="Facilitator").path
    files = []
    for ws, name, v02 in ((amina, "Amina", "largely"), (bruno, "Bruno", "not")):
        pid = ex.receive(ws, handout).assessment_id
        answer_all(ws, pid, "largely")
        ws.set_answer(pid, "V-02", value=v02)
        files.append(ex.share(ws, pid, tmp_path / f"{name}.opsc", by=name).path)
    ex.receive_files(fac, files)
    return fac, aid


def _refuse_decision_notes(ws):
    """Make the write of decision notes fail for real, inside the database (as a full disk would)."""
    import sqlite3

    con = sqlite3.connect(ws.file)
    con.execute("CREATE TRIGGER no_notes BEFORE INSERT ON consensus_decisions "
                "BEGIN SELECT RAISE(ABORT, 'the note cannot be written'); END")
    con.commit()
    con.close()


@pytest.mark.parametrize("how", ["one", "unanimous"])
def test_a_failed_decision_note_leaves_the_answers_and_the_trail_unchanged(workshop, tmp_path, how):
    from app.storage import StorageError

    fac, aid = _two_views(workshop, tmp_path)
    _refuse_decision_notes(fac)
    before, trail = consensus_of(fac, aid), fac.repo.audit_entries(aid)
    with pytest.raises(StorageError):
        if how == "one":
            co.adopt(fac, aid, "V-02", from_author="Bruno", note="the law is not applied yet")
        else:
            co.adopt_unanimous(fac, aid)
    assert consensus_of(fac, aid) == before  # no answer without its note
    assert fac.repo.audit_entries(aid) == trail  # nor an audit entry for it
    assert co.decisions(fac, aid) == []
    assert "V-02" in co.view(fac, aid).disputed()


def test_an_adoption_writes_answer_audit_entry_and_note_together(workshop, tmp_path):
    fac, aid = _two_views(workshop, tmp_path)
    n = len(fac.repo.audit_entries(aid))
    co.adopt(fac, aid, "V-02", from_author="Bruno", note="the law is not applied yet")
    [entry] = fac.repo.audit_entries(aid)[n:]
    assert (entry.kind, entry.entity, entry.means) == ("answer", "V-02", "merge")
    [d] = co.decisions(fac, aid)
    assert (d.question_id, d.value, d.note, d.changed_by) == ("V-02", AnswerValue.NOT, "the law is not applied yet",
                                                              fac.user)
    assert fac.repo.verify(aid).ok


def _participant_files(workshop, tmp_path, names=("Amina", "Bruno")):
    fac = workshop("facilitator")
    aid = facilitator_assessment(fac)
    handout = ex.share(fac, aid, tmp_path / "handout.opsc", by="Facilitator").path
    files = []
    for name in names:
        ws = workshop(name.lower())
        pid = ex.receive(ws, handout).assessment_id
        ws.set_answer(pid, "V-01", value="largely", comment=f"{name}'s view")
        files.append(ex.share(ws, pid, tmp_path / f"{name}.opsc", by=name).path)
    return fac, aid, handout, files


def test_files_received_together_each_stand_on_their_own(workshop, tmp_path):
    """A refused file leaves nothing of itself and does not undo or stop the others (docs/file-formats.md)."""
    _, _, handout, (amina, bruno) = _participant_files(workshop, tmp_path)
    junk = tmp_path / "junk.opsc"
    junk.write_bytes(b"not a zip at all")
    other = workshop("other")
    got = ex.receive_files(other, [handout, amina, amina, junk, bruno])
    assert [getattr(r, "outcome", None) for r in got] == ["added", "contribution", None, None, "contribution"]
    assert (got[2].key, got[3].key) == ("exchange_same_file", "exchange_not_ours")
    assert "junk.opsc" in got[3].lines("en")[0]
    aid = got[0].assessment_id
    assert [c.by for c in co.history(other, aid)] == ["Amina", "Bruno"]  # the refused copy left nothing
    assert other.answers(aid)["III.A-01"].comment == "Code pénal, art. 2"  # the added assessment stayed
    assert other.repo.verify(aid).ok
    assert len(list(other.backups_folder.glob("*merge*"))) == 1  # one backup for the whole batch


def test_a_storage_failure_in_a_batch_stores_none_of_it(workshop, tmp_path):
    import sqlite3

    from app.storage import StorageError

    _, _, handout, (amina, bruno) = _participant_files(workshop, tmp_path)
    other = workshop("other")
    con = sqlite3.connect(other.file)
    con.execute("CREATE TRIGGER full_disk BEFORE INSERT ON contributions WHEN NEW.author = 'Bruno' "
                "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END")
    con.commit()
    con.close()
    with pytest.raises(StorageError):
        ex.receive_files(other, [handout, amina, bruno])
    assert other.list_assessments() == []  # not even the assessment the first file added


def test_written_at_is_utc_with_its_offset_and_older_files_are_read_as_before(workshop, tmp_path):
    import json
    import shutil
    from datetime import UTC

    fac, aid, _, (amina,) = _participant_files(workshop, tmp_path, ("Amina",))
    with zipfile.ZipFile(amina) as z:
        written = json.loads(z.read("manifest.json"))["written_at"]
    stamp = datetime.fromisoformat(written)
    assert stamp.utcoffset() == timedelta(0) and written.endswith("+00:00")
    assert abs(datetime.now(UTC) - stamp) < timedelta(minutes=5)

    old, east = tmp_path / "old.opsc", tmp_path / "east.opsc"
    shutil.copy(amina, old)
    _rewrite(old, manifest={"written_by": "Older app", "written_at": "2026-01-02T10:00:00"})  # naive: as before
    shutil.copy(amina, east)
    _rewrite(east, manifest={"written_by": "East", "written_at": "2026-01-02T15:00:00+05:00"})
    from tests.storage.test_times import in_zone

    with in_zone("Africa/Nairobi"):  # the receiving laptop at UTC+03:00
        ex.receive_files(fac, [amina, old, east])
    written_of = {c.by: c.written for c in co.history(fac, aid)}
    # stored in UTC since schema 12, as every stored time; a naive (older) time is the receiver's local time
    assert written_of["Older app"] == datetime(2026, 1, 2, 7, 0)
    assert written_of["East"] == datetime(2026, 1, 2, 10, 0)
    assert written_of["Amina"] == stamp.astimezone(UTC).replace(tzinfo=None)
    # the same author's file written later (in UTC) still replaces the older naive one
    newer = tmp_path / "newer.opsc"
    shutil.copy(amina, newer)
    _rewrite(newer, manifest={"written_by": "Older app"})
    assert ex.receive(fac, newer).outcome == "replaced"


def test_a_group_template_can_name_the_group_s_institution(workshop, tmp_path):
    from app.export.template import write_answer_template
    from app.services import workshop as ws_service

    fac = workshop("f")
    aid = facilitator_assessment(fac)
    path = write_answer_template(fac.questionnaire, fac.answers(aid), "en", tmp_path / "group.xlsx", aid)
    r = ex.receive(fac, path, by="Groupe Justice", institution="  Ministère de la Justice ")
    assert r.outcome == "contribution"
    [c] = co.view(fac, aid).contributors
    assert (c.by, c.institution, c.kind) == ("Groupe Justice", "Ministère de la Justice", "template")
    annex = ws_service.annex(fac, aid)
    assert [(p.by, p.institution) for p in annex.contributors] == [("Groupe Justice", "Ministère de la Justice")]
