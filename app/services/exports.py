"""Export use cases: build the report data, then hand it to a writer (which never sees the DB)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from .workspace import Workspace

if TYPE_CHECKING:
    from app.domain.comparison import ComparisonReport


def export_report(ws: Workspace, assessment_id: int, fmt: str, lang: str, out: Path, summary: bool = False,
                  audit: bool = False, workshop: bool = False) -> Path:
    """Write the report; `summary` (PDF only) leaves out the question-by-question part; `audit` adds the
    audit trail annex (every change, and whether the trail verifies: docs/audit.md); `workshop` adds the
    workshop annex (contributors, agreement per section, questions in dispute)."""
    data = ws.report_data(assessment_id, lang)
    if audit:
        from .audit import annex

        data = replace(data, audit=annex(ws, assessment_id, lang))
    if workshop:
        from .workshop import annex as workshop_annex

        data = replace(data, workshop=workshop_annex(ws, assessment_id))
    if summary:
        if fmt != "pdf":
            raise ValueError("a summary-only report is a PDF: use --format pdf")
        data = replace(data, summary_only=True)
    if fmt == "xlsx":
        from app.export.xlsx import write_xlsx

        write_xlsx(data, out)
    elif fmt == "pdf":
        from app.export.pdf import write_pdf

        write_pdf(data, out)
    else:
        raise ValueError(f"unknown format '{fmt}': use xlsx or pdf")
    return out


def export_template(ws: Workspace, assessment_id: int, lang: str, out: Path) -> Path:
    from app.export.template import write_answer_template
    from app.storage.repository import MissingRow

    from .workspace import ServiceError

    try:
        record = ws.repo.assessment(assessment_id)  # its uid: a template is received into this assessment only
    except MissingRow:  # an unknown id: the usual one-line refusal, not an unexpected error
        raise ServiceError("no_assessment", id=assessment_id) from None
    write_answer_template(ws.questionnaire, ws.answers(assessment_id), lang, out, assessment_id,
                          assessment_uid=record.uid, country=record.country_code)
    return out


def export_comparison(ws: Workspace, ids: Sequence[int], fmt: str, lang: str, out: Path) -> Path:
    """Write the comparison of `ids` (the first is the reference of every change) as an Excel workbook (a
    sheet per view, native charts) or a PDF progress report, in `lang`."""
    from .comparison import comparison_report

    return write_comparison(comparison_report(ws, ids, lang), fmt, out)


def write_comparison(report: ComparisonReport, fmt: str, out: Path) -> Path:
    """Write a comparison already built (from this database's assessments or exchange files) as an Excel
    workbook ("xlsx") or a PDF progress report ("pdf"); ValueError for any other format."""
    if fmt == "xlsx":
        from app.export.xlsx_compare import write_comparison_xlsx

        write_comparison_xlsx(report, out)
    elif fmt == "pdf":
        from app.export.pdf_compare import write_comparison_pdf

        write_comparison_pdf(report, out)
    else:
        raise ValueError(f"unknown format '{fmt}': use xlsx or pdf")
    return out
