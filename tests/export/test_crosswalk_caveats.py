"""Groups to read with care, shown in both reports: a capability the tags file gives a coverage note
(mnr-01 here) and a criterion scored on one question only (icmec.definition: III.B-01) are marked * in the
crosswalk table, and the note (in the report's language) or "proxy: based on 1 question" is printed under
it. mnr-03 (five questions, no note) and mnr-12 (no question maps here) are not marked.

Read back with pdftotext and openpyxl.
"""

from __future__ import annotations

import subprocess
from dataclasses import replace
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.domain.crosswalk import crosswalk, short_name
from app.domain.questionnaire import Tag, Text
from app.domain.scoring import score
from app.export.pdf import write_pdf
from app.export.pdf_crosswalk import caveat_lines
from app.export.strings import label
from app.export.xlsx import write_xlsx
from tests.domain.test_crosswalk import tagged_questionnaire
from tests.factories import sample_report

NOTE = Text({"en": "The Guidelines barely speak to leadership bodies.",
             "fr": "Les Lignes directrices parlent peu des instances de pilotage.",
             "ar": "لا تتناول المبادئ التوجيهية هيئات القيادة إلا قليلاً."})


def noted_questionnaire():
    qn = tagged_questionnaire()
    tags = tuple(replace(t, coverage_note=NOTE.get("en"), note=NOTE) if t.id == "mnr-01" else t for t in qn.tags)
    return replace(qn, tags=tags)


def noted_report(lang: str):
    data = sample_report(lang)
    qn = noted_questionnaire()
    return replace(data, questionnaire=qn, result=score(qn, data.answers))


def test_which_groups_carry_a_caveat():
    data = noted_report("en")
    mnr = crosswalk(data.questionnaire, data.result, data.answers, "mnr")
    icmec = crosswalk(data.questionnaire, data.result, data.answers, "icmec")
    assert [g.tag.id for g in mnr.groups if g.caveat] == ["mnr-01"]  # a note, though 4 questions map here
    assert [g.tag.id for g in icmec.groups if g.caveat] == ["icmec.definition"]  # one question only
    assert caveat_lines(mnr, "en") == [f"* 1 Leadership – {NOTE.get('en')}"]
    assert caveat_lines(icmec, "en") == ["* Definition – Proxy: based on 1 question."]
    # an English-only note (a Tag built with coverage_note alone) marks the group too, shown in English
    english_only = replace(qn := tagged_questionnaire(), tags=tuple(
        Tag(t.id, t.framework, t.name, "Thin.") if t.id == "mnr-03" else t for t in qn.tags))
    walk = crosswalk(english_only, score(english_only, data.answers), data.answers, "mnr")
    assert walk.group("mnr-03").caveat and caveat_lines(walk, "fr")[0].endswith("– Thin.")
    # without the note, mnr-01 (4 questions) needs no caveat
    plain = tagged_questionnaire()
    assert not any(g.caveat for g in crosswalk(plain, score(plain, data.answers), data.answers, "mnr").groups)


@pytest.mark.parametrize("lang", ["en", "fr", "ar"])
def test_workbook_marks_and_explains(tmp_path: Path, lang: str) -> None:
    path = tmp_path / "r.xlsx"
    write_xlsx(noted_report(lang), path)
    wb = load_workbook(path)
    ws = wb[label("sheet_mnr", lang)]
    names = {r[0]: r[1] for r in ws.iter_rows(min_row=5, max_row=7, values_only=True)}
    assert names["mnr-01"].startswith("* ") and not names["mnr-03"].startswith("*") and not names["mnr-12"].startswith("*")
    cells = [c for row in ws.iter_rows(min_row=8, values_only=True) for c in row if isinstance(c, str)]
    assert label("caveats_title", lang) in cells
    assert any(c.endswith(NOTE.get(lang)) and c.startswith(names["mnr-01"]) for c in cells)
    icmec = wb[label("sheet_icmec", lang)]
    texts = [c for row in icmec.iter_rows(values_only=True) for c in row if isinstance(c, str)]
    assert any(c.endswith(label("proxy_one", lang)) for c in texts)
    assert "/" not in label("sheet_icmec", lang) and len(label("sheet_icmec_gaps", lang)) <= 31


def _pdf_text(path: Path) -> str:
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True, text=True)
    return " ".join(out.stdout.replace("\u202f", " ").replace("\u00a0", " ").split())


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_pdf_marks_and_explains(tmp_path: Path, lang: str) -> None:
    path = tmp_path / "r.pdf"
    write_pdf(noted_report(lang), path)
    text = _pdf_text(path)
    norm = lambda s: " ".join(s.replace("\u202f", " ").replace("\u00a0", " ").split())  # noqa: E731
    assert norm(label("caveats_title", lang)) in text
    assert norm(NOTE.get(lang)) in text
    assert norm(label("proxy_one", lang)) in text
    assert "REPERES" in text and "Lanzarote" in text  # the intro says where the criteria come from
    assert norm(label("crosswalk_title", lang)) in text
    # the mark before the name in the table, in the read-with-care line, and on the chart's bar
    assert text.count("* " + short_name(next(t for t in noted_questionnaire().tags if t.id == "icmec.definition"), lang)) >= 3


def test_pdf_arabic_has_the_note(tmp_path: Path) -> None:
    """Arabic is shaped into presentation forms in the PDF: compare after NFKC folding."""
    import unicodedata

    path = tmp_path / "r.pdf"
    write_pdf(noted_report("ar"), path)
    text = unicodedata.normalize("NFKC", _pdf_text(path))
    for word in ("هيئات", "REPERES"):  # "هيئات" is in the note only
        assert word in text or word[::-1] in text
