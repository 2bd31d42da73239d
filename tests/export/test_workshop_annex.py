"""The workshop annex: in the PDF (read back with pdftotext) and as a sheet of the workbook (openpyxl),
only when asked for, in English, French and Arabic."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.domain.answers import AnswerValue
from app.domain.workshop import Dispute, SectionAgreement, WorkshopAnnex, WorkshopContributor
from app.export.pdf import write_pdf
from app.export.strings import label
from app.export.xlsx import write_xlsx
from tests.factories import sample_report

ANNEX = WorkshopAnnex(
    contributors=(WorkshopContributor("Group Justice", "Ministry of Justice", datetime(2026, 11, 20, 10, 0), 5),
                  WorkshopContributor("Group Police", "National Police", datetime(2026, 11, 21, 9, 30), 4)),
    sections=(SectionAgreement("III.A", 3, unanimous=1, conflict=1, single=1),
              SectionAgreement("III.B", 2, unanimous=2),
              SectionAgreement("V", 2, none=2)),
    disputes=(Dispute("III.A-02", "III.A", None, (("Group Justice", AnswerValue.LARGELY),
                                                   ("Group Police", AnswerValue.NOT))),),
)


def test_agreement_share_is_unanimous_over_compared() -> None:
    assert ANNEX.sections[0].share == pytest.approx(0.5)  # 1 of the 2 answered by both
    assert ANNEX.sections[1].share == 1.0
    assert ANNEX.sections[2].share is None  # nobody compared: no share, not 0 %
    overall = ANNEX.overall
    assert (overall.unanimous, overall.conflict, overall.single, overall.none) == (3, 1, 1, 2)
    assert overall.share == pytest.approx(0.75)


def _norm(text: str) -> str:
    return text.replace("\u202f", " ").replace("\u00a0", " ")


def _pdftext(path: Path) -> str:
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True)
    return out.stdout.replace("\u00a0", " ").replace("\u202f", " ")


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed")
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_pdf_annex_lists_contributors_agreement_and_disputes(tmp_path: Path, lang: str) -> None:
    data = replace(sample_report(lang), workshop=ANNEX)
    write_pdf(data, tmp_path / "r.pdf")
    text = _pdftext(tmp_path / "r.pdf")
    plain = " ".join(text.split())
    for key in ("annex_workshop", "contributors", "agreement_by_section", "in_dispute"):
        assert _norm(label(key, lang)) in plain
    for name in ("Group Justice", "Group Police", "Ministry of Justice", "National Police", "III.A-02"):
        assert name in plain
    assert "50" in plain and "75" in plain  # the agreement of III.A and overall, in percent
    # the annex comes after the action plan and before the methodology (the last mentions: past the contents)
    annex = plain.rindex(_norm(label("annex_workshop", lang)))
    assert plain.rindex(_norm(label("action_plan", lang))) < annex < plain.rindex(_norm(label("annex_methodology", lang)))


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed")
def test_pdf_without_annex_unless_asked(tmp_path: Path) -> None:
    write_pdf(sample_report("en"), tmp_path / "r.pdf")
    assert label("annex_workshop", "en") not in _pdftext(tmp_path / "r.pdf")


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed")
def test_pdf_annex_in_arabic(tmp_path: Path) -> None:
    data = replace(sample_report("ar"), workshop=ANNEX)
    write_pdf(data, tmp_path / "r.pdf")
    text = _pdftext(tmp_path / "r.pdf")
    assert "Group Justice" in text
    assert "III.A-02" in text and "National Police" in text


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_workbook_has_a_workshop_sheet(tmp_path: Path, lang: str) -> None:
    data = replace(sample_report(lang), workshop=ANNEX)
    write_xlsx(data, tmp_path / "r.xlsx")
    wb = load_workbook(tmp_path / "r.xlsx")
    name = label("sheet_workshop", lang)
    assert name in wb.sheetnames
    ws = wb[name]
    assert ws.sheet_view.rightToLeft == (lang == "ar")
    values = [str(c.value) for row in ws.iter_rows() for c in row if c.value is not None]
    for text in ("Group Justice", "National Police", "III.A-02", label("all_sections", lang)):
        assert text in values
    dispute = next(v for v in values if "Group Police" in v and "Group Justice" in v)
    assert label("not_answered", lang) not in dispute  # both answered, grouped by answer


def test_workbook_without_annex_unless_asked(tmp_path: Path) -> None:
    write_xlsx(sample_report("en"), tmp_path / "r.xlsx")
    assert label("sheet_workshop", "en") not in load_workbook(tmp_path / "r.xlsx").sheetnames


def test_competing_answers_follow_french_typography() -> None:
    """The facilitator's finding: "Pleinement en place : …" lacked the space before the colon in French."""
    from app.domain.answers import AnswerValue
    from app.domain.workshop import Dispute
    from app.export.workshop_common import competing

    d = Dispute("V-01", "V", None, (("Justice", AnswerValue.FULLY), ("Police", AnswerValue.NOT)))
    fr = competing(d, "fr").splitlines()
    assert all("\u00a0: " in line and " :" not in line.replace("\u00a0:", "") for line in fr), fr
    assert competing(d, "en").splitlines()[0].endswith(": Justice") and "\u00a0" not in competing(d, "en")
