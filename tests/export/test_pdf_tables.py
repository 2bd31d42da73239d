"""Tables of the PDF report that a ministry prints: the action plan with lead and partners apart,
amounts grouped by thousands and never split, a total per currency, and no word cut in the middle."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.platypus import Table

from app.domain.report import ActionItem, Priority
from app.export.pdf import write_pdf
from app.export.pdf_layout import Layout
from app.export.pdf_parts import actions, budget_totals
from app.export.pdf_text import register_fonts
from app.export.strings import fmt_amount, label
from tests.factories import sample_report

ACTIONS = (
    ActionItem(1, "III.A-01", "Adopter un décret d’application de la loi sur la traite et former les magistrats",
               lead="Ministère de la Justice", partners="UNICEF; OIM; Barreau", deadline=date(2027, 6, 30),
               budget=4_500_000, currency="XOF", priority=Priority.HIGH),
    ActionItem(2, "III.A-02", "Créer une base de données nationale", lead="Institut national de la statistique",
               partners="Ministère de l’Intérieur", budget=1_250_000.5, currency="XOF", priority=Priority.MEDIUM),
    ActionItem(3, "V-01", "Campagne de sensibilisation", lead="Ministère de la Femme", budget=30_000,
               currency="EUR", priority=Priority.LOW),
)


def report(lang: str):
    return dataclasses.replace(sample_report(lang), actions=ACTIONS)


def test_amounts_are_grouped_by_thousands_in_each_language() -> None:
    assert fmt_amount(4_500_000, "en") == "4,500,000"
    assert fmt_amount(4_500_000, "fr") == "4\u202f500\u202f000"
    assert fmt_amount(1_250_000.5, "fr") == "1\u202f250\u202f000,50"
    assert fmt_amount(1_250_000.5, "ar") == "1,250,000.50"


def test_totals_are_per_currency() -> None:
    assert budget_totals(report("en")) == [("XOF", 5_750_000.5), ("EUR", 30_000.0)]


@pytest.mark.parametrize("lang", ["en", "fr", "ar"])
def test_no_word_of_the_action_plan_is_cut_and_lead_and_partners_are_apart(lang: str) -> None:
    register_fonts()
    data = report(lang)
    layout = Layout(lang, data.rtl, 493.0)  # the A4 frame's width
    table = next(f for f in actions(data, layout) if isinstance(f, Table))
    table.wrap(layout.width, 800)
    cells = [[c[0] if isinstance(c, (list, tuple)) else c for c in row] for row in table._cellvalues]
    header = [" ".join(p.text for p in c.pieces) for c in cells[0]]  # logical text, before shaping
    if data.rtl:
        header.reverse()
    assert header[2] == label("lead", lang) and header[3] == label("partners", lang)
    for row in cells:
        for cell in row:
            source = " ".join(p.text for p in cell.pieces) if cell.pieces else ""
            whole = set(source.replace("\n", " ").split())
            for line in cell._lines:
                if not data.rtl:  # right-to-left lines are shown reordered: their words are checked by count
                    assert set(line.shown.split()) <= whole, (line.shown, source)
            if not data.rtl:
                assert len(" ".join(line.shown for line in cell._lines).split()) == len(source.split())


def test_the_printed_plan_has_grouped_budgets_and_totals(tmp_path: Path) -> None:
    path = tmp_path / "r.pdf"
    write_pdf(report("fr"), path)
    text = "\n".join(p.extract_text() for p in PdfReader(path).pages).replace("\u202f", " ").replace("\u00a0", " ")
    assert "4 500 000" in text and "4500000" not in text
    assert "Budget total (XOF) : 5 750 000,50 XOF" in text
    assert "Budget total (EUR) : 30 000 EUR" in text
    assert "Priorit\né" not in text and "Moyenn\ne" not in text


@pytest.mark.parametrize("lang", ["en", "fr", "ar"])
def test_an_amount_and_its_currency_stay_on_one_line(lang: str) -> None:
    """The ministry reader's Arabic plan printed "4,500,000" on one line and "MAD" on the next: each budget
    cell is one line, amount and currency together."""
    register_fonts()
    data = dataclasses.replace(report(lang), actions=(*ACTIONS, ActionItem(
        4, "V-01", "Ouvrir quatre centres d’accueil pour enfants victimes", lead="Ministère de la Solidarité",
        budget=8_250_000.5, currency="MAD")))
    layout = Layout(lang, data.rtl, 493.0)
    table = next(f for f in actions(data, layout) if isinstance(f, Table))
    table.wrap(layout.width, 800)
    col = 2 if data.rtl else 5  # budget: the sixth of eight columns, mirrored in Arabic
    budgets = [row[col] for row in table._cellvalues[1:len(ACTIONS) + 2]]
    for cell in budgets:
        cell = cell[0] if isinstance(cell, (list, tuple)) else cell
        text = " ".join(p.text for p in cell.pieces)
        assert len(cell._lines) == 1, (text, [line.shown for line in cell._lines])
        assert fmt_amount(8_250_000.5, lang) in text or "MAD" not in text
