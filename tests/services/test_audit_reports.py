"""The audit annex of the reports, from a real database to a real PDF and workbook read back: every change
listed (long texts cut in the PDF with a note, whole in the workbook), and the verdict of verify."""

from __future__ import annotations

import sqlite3

from openpyxl import load_workbook
from pypdf import PdfReader

from app.domain.audit import Means
from app.services.exports import export_report
from app.services.workspace import Workspace
from app.storage import open_database
from tests.factories import make_questionnaire

LONG = "Loi n° 2021-14, art. 7 : la vente d’enfants est punie. " * 12  # 672 characters


def filled(tmp_path):
    ws = Workspace(open_database(tmp_path / "a.sqlite"), make_questionnaire())
    aid = ws.create_assessment("Bénin 2026", "BJ")
    ws.set_answer(aid, "III.A-01", value="partially", comment="short")
    ws.set_answers(aid, [("III.A-01", {"value": "fully", "comment": LONG})], means=Means.IMPORT)
    ws.set_weight(aid, "V-01", 4.5, "national priority", means=Means.CLI)
    return ws, aid


def pdf_text(path):
    return "\n".join(p.extract_text() for p in PdfReader(path).pages).replace("\u00a0", " ")


def test_the_pdf_annex_lists_every_change_cuts_long_texts_and_says_the_trail_verifies(tmp_path):
    ws, aid = filled(tmp_path)
    out = export_report(ws, aid, "pdf", "en", tmp_path / "r.pdf", summary=True, audit=True)
    text = pdf_text(out)
    assert "Annex: audit trail" in text
    assert f"assessment {aid}: 4 entries, chain intact, state matches" in " ".join(text.split())
    assert "Texts longer than 200 characters are cut here" in " ".join(text.split())
    flat = " ".join(text.split())
    assert "Partially in place" in flat and "Fully in place" in flat and "national priority" in flat
    assert "command line" in flat and "import" in flat
    assert LONG[:60].strip() in flat and LONG not in flat
    last = ws.repo.audit_entries(aid)[-1].hash
    assert last in flat.replace(" ", "")
    plain = export_report(ws, aid, "pdf", "en", tmp_path / "p.pdf", summary=True)
    assert "Annex: audit trail" not in pdf_text(plain)
    ws.close()


def test_the_workbook_sheet_has_the_whole_text_and_a_tampered_file_says_so(tmp_path):
    ws, aid = filled(tmp_path)
    ws.close()
    con = sqlite3.connect(tmp_path / "a.sqlite")
    con.execute("UPDATE answers SET value = 'not' WHERE question_id = 'III.A-01'")
    con.commit()
    con.close()
    ws = Workspace(open_database(tmp_path / "a.sqlite"), make_questionnaire())
    out = export_report(ws, aid, "xlsx", "fr", tmp_path / "r.xlsx", audit=True)
    wb = load_workbook(out)
    sheet = wb["Historique"]
    rows = [[c.value for c in r] for r in sheet.iter_rows()]
    assert rows[0] == ["Quand (UTC)", "Qui", "Quoi", "Avant", "Après", "Par"]
    comment = next(r for r in rows if r[2] and r[2].startswith("Réponse III.A-01 · Commentaire") and r[3] == "short")
    assert comment[4] == LONG and comment[5] == "importation"
    status = [r[0] for r in rows if r[0] and str(r[0]).startswith(("évaluation", "la réponse"))]
    assert status[0].startswith(f"évaluation {aid}\u00a0: 4 entrées, 1 problème\u00a0:")
    assert "la réponse à III.A-01\u00a0: la valeur enregistrée pour «\u00a0réponse\u00a0» est «\u00a0not\u00a0»" \
        in status[1]
    assert not any("(e)" in str(r) for r in status)  # proper French, no "enregistré(e)" forms
    ws.close()


def test_export_audit_on_the_command_line(tmp_path):
    from tests.cli.helpers import cli

    home = tmp_path / "home"

    def run(*args):
        return cli(*args, env_home=home)

    assert run("new", "--title", "T", "--country", "KE").returncode == 0
    r = run("export", "1", "--format", "xlsx", "--audit", "--out", str(tmp_path / "r.xlsx"))
    assert r.returncode == 0, r.stderr
    sheet = load_workbook(tmp_path / "r.xlsx")["Audit trail"]
    rows = [[c.value for c in r] for r in sheet.iter_rows()]
    assert rows[1][2] == "Details · Title (created)" and rows[1][4] == "T" and rows[1][5] == "command line"
    assert any(r[0] == "assessment 1: 1 entry, chain intact, state matches" for r in rows)


def test_the_french_annex_names_a_creation_and_a_status_in_french(tmp_path):
    """No "créé(e)" forms and no stored code ("draft") in the French annex: a neutral noun, the status's label."""
    ws, aid = filled(tmp_path)
    ws.add_action(aid, "III.A-01", description="Décret", status="in_progress")
    wb = load_workbook(export_report(ws, aid, "xlsx", "fr", tmp_path / "r.xlsx", audit=True))
    rows = [[c.value for c in r] for r in wb["Historique"].iter_rows()]
    whats = [str(r[2]) for r in rows[1:] if r[2]]
    assert any(w.endswith("(création)") for w in whats) and not any("(e)" in w for w in whats)
    values = {str(v) for r in rows[1:] for v in r[3:5] if v}
    assert "Projet — non validé" in values and "En cours" in values
    assert not values & {"draft", "in_progress"}
    ws.close()
