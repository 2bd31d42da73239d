"""Values inside an exchange file that the types alone let through (the outside tester's M4): weights out of
the window's bounds or not finite, an encrypted zip, control characters, an assessment id that is not a UUID,
a file dated in the future. Each is refused with one message in the user's language; nothing is stored."""

from __future__ import annotations

import json
import zipfile
from datetime import UTC, datetime, timedelta

import pytest

from app.services import exchange as ex
from tests.services.test_exchange import _rewrite, facilitator_assessment, laptop, refused_key, shared


@pytest.fixture
def workshop(tmp_path):
    opened = []

    def _laptop(name):
        opened.append(laptop(tmp_path, name))
        return opened[-1]

    yield _laptop
    for w in opened:
        w.close()


def _raw_rewrite(path, manifest_text=None, assessment_text=None):
    """Rewrite with JSON text as given (json.dumps would not write Infinity where we want it)."""
    with zipfile.ZipFile(path) as z:
        m, a = z.read("manifest.json").decode(), z.read("assessment.json").decode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("manifest.json", manifest_text or m)
        z.writestr("assessment.json", assessment_text or a)


def _weights(path, text):
    with zipfile.ZipFile(path) as z:
        a = json.loads(z.read("assessment.json"))
    a["weights"] = {"V-01": {"weight": "@@", "reason": "why"}}
    _raw_rewrite(path, assessment_text=json.dumps(a).replace('"@@"', text))


@pytest.mark.parametrize("weight", ["Infinity", "1e999", "NaN", "1e300", "10.5", "0", "-1"])
def test_a_weight_outside_the_windows_bounds_is_refused(workshop, tmp_path, weight):
    _, _, path = shared(workshop, tmp_path)
    _weights(path, weight)
    other = workshop("o")
    with pytest.raises(ex.ExchangeRefused) as e:
        ex.receive(other, path)
    assert e.value.key == "exchange_weight_range", e.value
    assert "question V-01" in str(e.value) and "at most 10" in str(e.value)
    assert "au plus égal à 10" in e.value.lines("fr")[0] and "لا يتجاوز 10" in e.value.lines("ar")[0]
    assert other.list_assessments() == []


def test_a_weight_within_bounds_travels(workshop, tmp_path):
    _, _, path = shared(workshop, tmp_path)
    _weights(path, "10")
    other = workshop("o")
    aid = ex.receive(other, path).assessment_id
    assert other.weight_overrides(aid) == {"V-01": 10.0}


def test_an_encrypted_zip_is_not_an_exchange_file(workshop, tmp_path):
    _, _, path = shared(workshop, tmp_path)
    _rewrite(path)  # a zip written by another tool: no seal (a sealed file with a byte changed is damaged)
    d = bytearray(path.read_bytes())  # the tester's way: the encryption flag set in both headers
    d[6] |= 1
    central = d.find(b"PK\x01\x02")
    d[central + 8] |= 1
    path.write_bytes(bytes(d))
    other = workshop("o")
    with pytest.raises(ex.ExchangeRefused) as e:
        ex.receive(other, path)
    assert e.value.key == "exchange_not_ours"
    assert "n’est pas un fichier d’échange" in e.value.lines("fr")[0]


@pytest.mark.parametrize("where, change", [
    ("details.title", {"assessment": {"details": {"title": "Revue\u202enoitan", "country_code": "MA"}}}),
    ("details.title", {"assessment": {"details": {"title": "Revue\x1b[31m", "country_code": "MA"}}}),
    ("written_by", {"manifest": {"written_by": "Amina\x00"}}),
    ("written_by", {"manifest": {"written_by": "Amina\nBruno"}}),
    ("institution", {"manifest": {"institution": "Justice\x85"}}),
    ("answers.V-01.comment", {"assessment": {"answers": {"V-01": {"value": "fully", "comment": "ok\x1b[2J"}}}}),
    ("answers.V-01.comment", {"assessment": {"answers": {"V-01": {"value": "fully", "comment": "a\u202eb"}}}}),
])
def test_control_characters_are_refused_and_never_echoed(workshop, tmp_path, where, change):
    _, _, path = shared(workshop, tmp_path)
    _rewrite(path, **change)
    other = workshop("o")
    with pytest.raises(ex.ExchangeRefused) as e:
        ex.receive(other, path)
    assert e.value.key == "exchange_control" and f"at {where}:" in str(e.value)
    for lang in ("en", "fr", "ar"):
        text = e.value.lines(lang)[0]
        assert not any(ord(c) < 32 or 0x7f <= ord(c) <= 0x9f or c in "\u202e" for c in text), repr(text)
    assert other.list_assessments() == []


def test_line_breaks_tabs_and_arabic_marks_in_long_texts_are_received(workshop, tmp_path):
    """Every text is first checked in one look per kind (short fields, long texts): what a long text may hold
    (line breaks, tabs, the right-to-left mark) is not taken for a control character of a short field."""
    _, _, path = shared(workshop, tmp_path)
    comment = "premier point\nsecond point\r\n\tتفصيل\u200f"
    _rewrite(path, assessment={"details": {"title": "Revue", "country_code": "MA"},
                               "answers": {"V-01": {"value": "fully", "comment": comment,
                                                    "evidence": "a\nb"}}})
    other = workshop("o")
    got = ex.receive(other, path)
    assert got.outcome == "added"
    assert other.answers(got.assessment_id)["V-01"].comment == comment


def test_a_control_character_in_a_question_id_is_refused(workshop, tmp_path):
    _, _, path = shared(workshop, tmp_path)
    _rewrite(path, assessment={"details": {"title": "Revue", "country_code": "MA"},
                               "answers": {"V-01": {"value": "fully"}, "V-0\n2": {"value": "not"}}})
    assert refused_key(workshop("o"), path) == "exchange_control"  # before it is looked up as a question



def test_tabs_and_line_breaks_in_a_comment_and_arabic_marks_in_a_title_are_text(workshop, tmp_path):
    _, _, path = shared(workshop, tmp_path)
    _rewrite(path, assessment={"details": {"title": "مراجعة \u200fOPSC", "country_code": "MA"},
                               "answers": {"V-01": {"value": "fully", "comment": "line 1\r\n\tline 2\n"}}})
    other = workshop("o")
    aid = ex.receive(other, path).assessment_id
    assert other.answers(aid)["V-01"].comment == "line 1\r\n\tline 2\n"


@pytest.mark.parametrize("uid", ["../../../../etc/passwd", "not-a-uuid-at-all", "{12345678-1234-1234-1234-1234}"])
def test_an_assessment_id_that_is_not_a_uuid_is_refused(workshop, tmp_path, uid):
    _, _, path = shared(workshop, tmp_path)
    _rewrite(path, manifest={"assessment_uid": uid})
    assert refused_key(workshop("o"), path) == "exchange_bad_uid"


def test_a_file_dated_in_the_future_is_refused_a_few_hours_ahead_is_not(workshop, tmp_path):
    fac, aid, path = shared(workshop, tmp_path)
    _rewrite(path, manifest={"written_at": "2099-01-01T10:00:00+00:00"})
    other = workshop("o")
    with pytest.raises(ex.ExchangeRefused) as e:
        ex.receive(other, path)
    assert e.value.key == "exchange_future" and "2099-01-01 10:00" in str(e.value)
    assert "horloge" in e.value.lines("fr")[0]
    soon = (datetime.now(UTC) + timedelta(hours=20)).isoformat()  # a laptop a time zone or two ahead
    _rewrite(path, manifest={"written_at": soon})
    assert ex.receive(other, path).outcome == "added"


def test_pydantic_errors_are_our_own_translated_words(workshop, tmp_path):
    _, _, path = shared(workshop, tmp_path)
    _rewrite(path, assessment={"answers": {"V-01": {"value": "fully", "comment": 5}}})
    other = workshop("o")
    with pytest.raises(ex.ExchangeRefused) as e:
        ex.receive(other, path)
    assert e.value.key == "exchange_field_type" and "answers.V-01.comment" in str(e.value)
    assert "n’est pas du type attendu" in e.value.lines("fr")[0]
    _rewrite(path, assessment={"details": {"country_code": "MA"}, "answers": {}})
    with pytest.raises(ex.ExchangeRefused) as e:
        ex.receive(other, path)
    assert e.value.key == "exchange_field_missing" and "details.title" in str(e.value)
    assert "مفقودة" in e.value.lines("ar")[0]


def test_the_window_bounds_hold_for_set_weight_too(workshop):
    from app.services.workspace import ServiceError

    ws = workshop("w")
    aid = facilitator_assessment(ws)
    for w in (float("inf"), 1e300, 10.01):
        with pytest.raises(ServiceError, match="at most 10"):
            ws.set_weight(aid, "V-02", w, "why")
    assert ws.weight_overrides(aid) == {"V-01": 4.0}
