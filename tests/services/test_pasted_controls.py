"""Text pasted into the window (Arabic from a word processor with U+202B…U+202C, a vertical tab, a form feed,
U+202E) is stored as an exchange file's reader accepts it, so Share never writes a file every receiver
refuses; text stored before that rule is cleaned in the file written (outside adversary, M1)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.audit import Means
from app.services import exchange as ex
from app.services.imports import control_in, storable
from tests.services.test_exchange import laptop

PASTED = "\u202bالعنوان\u202c\x0bpart two\x0cthree\u202e\x85four\u2028five\u2029six\x07"


@pytest.fixture
def two(tmp_path):
    a, b = laptop(tmp_path, "a"), laptop(tmp_path, "b")
    yield a, b
    a.close()
    b.close()


def test_storable_text_is_what_the_reader_accepts():
    assert storable(PASTED) == "\u202bالعنوان\u202c\npart two\nthree\nfour\nfive\nsix"
    assert storable(PASTED, long=False) == "العنوان part two three four five six"
    assert storable("a\tb\r\nc", long=True) == "a\tb\r\nc"  # tabs and line breaks are text in a long text
    assert storable("\u2067مرحبا\u2069 x", long=False) == "مرحبا x"


@given(st.text(alphabet=st.characters(codec="utf-8")), st.booleans())
def test_every_storable_text_passes_the_readers_check(text, long):
    assert control_in(storable(text, long), long) is None


def test_pasted_controls_are_saved_clean_and_the_shared_file_is_received(two, tmp_path):
    a, b = two
    aid = a.create_assessment(PASTED, "MA", organisation="Ministère\x0bde la Justice", assessors="A\u202e; B")
    a.update_assessment(aid, validated_by="X\x0cY", limitations="first\x0bsecond\u202e")
    a.set_answer(aid, "III.A-01", value="fully", comment=PASTED, legal_provision="art.\x0b2", evidence="e\x0c",
                 na_reason="\x0b")
    a.set_weight(aid, "V-01", 4.0, "why\u202e\x0bnot")
    a.add_action(aid, "III.B-01", description="do\x0bit", lead="INS\u202b", partners="P\x0bQ", currency="MA\x0cD")
    info = a.info(aid)
    assert info.title == "العنوان part two three four five six"
    assert (info.organisation, info.assessors, info.validated_by) == ("Ministère de la Justice", "A; B", "X Y")
    assert info.limitations == "first\nsecond"
    stored = a.answers(aid)["III.A-01"]
    assert stored.comment == "\u202bالعنوان\u202c\npart two\nthree\nfour\nfive\nsix"
    assert (stored.legal_provision, stored.evidence) == ("art.\n2", "e\n")
    assert a.weight_reasons(aid) == {"V-01": "why\nnot"}
    action = a.actions(aid)[0]
    assert (action.description, action.lead, action.partners) == ("do\nit", "INS", "P Q")
    path = ex.share(a, aid, tmp_path / "s.opsc", by="F").path
    got = ex.receive(b, path)
    assert b.info(got.assessment_id).title == info.title
    assert b.answers(got.assessment_id)["III.A-01"].comment == stored.comment


def test_text_stored_before_the_rule_is_cleaned_in_the_shared_file(two, tmp_path):
    a, b = two
    aid = a.create_assessment("Revue", "MA")
    # as the window stored them before: straight into the database, controls and all
    a.repo.update_assessment(aid, {"title": "\u202bRevue\u202c\x0b2026", "process": "p\x0bq"}, Means.WINDOW)
    a.repo.save_answer(aid, "III.A-01", {"comment": "x\u202ey\x0cz"}, None, Means.WINDOW)
    a.repo.set_weight(aid, "V-01", 2.0, "r\x0b", Means.WINDOW)
    assert a.info(aid).title == "\u202bRevue\u202c\x0b2026"  # the stored text itself is left alone
    path = ex.share(a, aid, tmp_path / "old.opsc", by="F").path
    got = ex.receive(b, path)
    info = b.info(got.assessment_id)
    assert (info.title, info.process) == ("Revue 2026", "p\nq")
    assert b.answers(got.assessment_id)["III.A-01"].comment == "xy\nz"
    assert b.weight_reasons(got.assessment_id) == {"V-01": "r\n"}


@pytest.mark.parametrize(("lang", "words"), [("fr", "n’existe pas"), ("ar", "غير موجود")])
def test_a_file_that_cannot_be_shared_is_said_in_the_users_language(two, tmp_path, lang, words):
    """Share wrote its failure (a full disk, a missing folder) in English inside a French or Arabic message
    (outside adversary, minor 2): write_atomically now gets the language."""
    from app.export.atomic import ExportError

    a, _ = two
    aid = a.create_assessment("Revue", "MA")
    with pytest.raises(ExportError) as e:
        ex.share(a, aid, tmp_path / "gone" / "s.opsc", by="F", lang=lang)
    assert words in str(e.value) and "does not exist" not in str(e.value)


def test_texts_over_the_exchange_limits_are_refused_on_saving(two):
    from app.services.workspace import ServiceError

    a, _ = two
    aid = a.create_assessment("Revue", "MA")
    with pytest.raises(ServiceError) as e:
        a.update_assessment(aid, title="t" * 1001)
    assert e.value.key == "title_too_long" and "1,001 characters" in str(e.value)
    with pytest.raises(ServiceError) as e:
        a.add_action(aid, "III.B-01", description="d" * 100_001)
    assert "100\u202f001 caractères" in e.value.text("fr") and "100,000" in str(e.value)
    with pytest.raises(ServiceError):
        a.set_weight(aid, "V-01", 2.0, "r" * 100_001)
    assert a.actions(aid) == [] and a.weight_overrides(aid) == {} and a.info(aid).title == "Revue"


def test_a_received_text_over_the_limit_says_characters(two, tmp_path):
    import json
    import zipfile

    a, b = two
    aid = a.create_assessment("Revue", "MA")
    path = ex.share(a, aid, tmp_path / "s.opsc", by="F").path
    with zipfile.ZipFile(path) as z:
        m, doc = z.read("manifest.json"), json.loads(z.read("assessment.json"))
    doc["details"]["process"] = "p" * 100_001
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("manifest.json", m)
        z.writestr("assessment.json", json.dumps(doc))
    with pytest.raises(ex.ExchangeRefused) as e:
        ex.receive(b, path)
    assert "100,000 characters" in str(e.value)
    assert "100\u202f000 caractères" in e.value.lines("fr")[0]
