"""The audit trail annex of the reports (docs/audit.md): one row per changed field, the oldest first, with
the verdict of `verify`; the PDF cuts long texts (with a note), the workbook has them in full."""

from __future__ import annotations

from typing import Any

from openpyxl.worksheet.worksheet import Worksheet
from reportlab.platypus import Flowable, PageBreak, Spacer

from app.domain.answers import ANSWER_LABELS, CONFIDENCE_LABELS, AnswerValue, Confidence
from app.domain.report import AuditAnnex, AuditLine, ReportData

from .pdf_layout import Layout
from .pdf_story import heading
from .strings import label
from .xlsx_style import fit_row_height, header_row, put, set_widths, setup_page

PDF_CUT = 200  # characters of a value shown in the PDF table
COLUMNS = ("audit_when", "audit_who", "audit_what", "audit_from", "audit_to", "audit_means")
WIDTHS = (18, 14, 30, 50, 50, 16)
FIELD_KEYS = {"value": "answer", "country_code": "country", "description": "description", "question_id": "question_id",
              "reason": "reason", "questionnaire_version": "questionnaire", "questionnaire_hash": "questionnaire",
              "questionnaire_id": "questionnaire"}
_KNOWN = {"na_reason", "comment", "legal_provision", "evidence", "confidence", "institution", "to_review", "weight",
          "title", "assessment_date", "organisation", "assessors", "confidentiality", "validation_status",
          "validated_by", "validated_on", "institutions", "process", "executive_summary", "limitations", "lead",
          "partners", "deadline", "budget", "currency", "priority", "status"}


def what(line: AuditLine, lang: str) -> str:
    thing = label(f"audit_kind_{line.kind}", lang, entity=line.entity) if line.kind in (
        "assessment", "answer", "weight", "action", "baseline") else f"{line.kind} {line.entity}"
    if not line.field:
        return thing
    key = FIELDS_KEY(line.field)
    name = label(key, lang) if key else line.field
    name += {"questionnaire_hash": " (hash)", "questionnaire_id": " (id)"}.get(line.field, "")
    extra = {"insert": f" ({label('audit_created', lang)})", "delete": f" ({label('audit_deleted', lang)})"}
    return f"{thing} · {name}{extra.get(line.op, '')}"


def FIELDS_KEY(field: str) -> str | None:  # noqa: N802
    return FIELD_KEYS.get(field) or (field if field in _KNOWN else None)


CODED = {"validation_status": "status", "status": "status", "priority": "priority"}  # field: its labels' prefix


def value_text(field: str, value: Any, lang: str) -> str:
    if value is None or value == "":
        return "—"
    if field == "value" and value in set(AnswerValue):
        texts = ANSWER_LABELS[AnswerValue(value)]
        return texts.get(lang, texts["en"])
    if field == "confidence" and value in set(Confidence):
        texts = CONFIDENCE_LABELS[Confidence(value)]
        return texts.get(lang, texts["en"])
    if field in CODED and isinstance(value, str):  # a stored code ("draft", "in_progress") in the report's words
        try:
            return label(f"{CODED[field]}_{value}", lang)
        except KeyError:
            return value
    if isinstance(value, bool):
        return label("audit_yes" if value else "audit_no", lang)
    if isinstance(value, float | int):
        text = f"{float(value):g}"
        return text.replace(".", ",") if lang == "fr" else text
    return str(value)


def means_text(means: str, lang: str) -> str:
    try:
        return label(f"means_{means}", lang)
    except KeyError:
        return means


def rows(annex: AuditAnnex, lang: str) -> list[list[str]]:
    return [[line.at.strftime("%Y-%m-%d %H:%M:%S"), line.who, what(line, lang), value_text(line.field, line.old, lang),
             value_text(line.field, line.new, lang), means_text(line.means, lang)] for line in annex.lines]


def _cut(text: str) -> str:
    return text if len(text) <= PDF_CUT else text[:PDF_CUT - 1] + "…"


def pdf_annex(data: ReportData, layout: Layout) -> list[Flowable]:
    annex, lang = data.audit, data.lang
    if annex is None:
        return []
    story: list[Flowable] = [PageBreak(), heading(layout, label("annex_audit", lang), "h1", "audit", 0)]
    story += [layout.p(line, "body" if annex.intact else "cell_bold") for line in annex.status]
    if annex.last_hash:
        story.append(layout.p(label("audit_last_hash", lang, hash=annex.last_hash), "note"))
    story.append(layout.p(label("audit_intro", lang), "body"))
    table = rows(annex, lang)
    if not table:
        return [*story, layout.p(label("audit_none", lang), "body")]
    cut = [[_cut(v) for v in r] for r in table]
    if cut != table:
        story.append(layout.p(label("audit_cut", lang, n=PDF_CUT), "body"))
    story.append(Spacer(1, 4))
    return [*story, layout.table([[label(k, lang) for k in COLUMNS], *cut], [1.3, 0.9, 1.8, 2.2, 2.2, 1.0])]


def audit_sheet(ws: Worksheet, data: ReportData) -> None:
    annex, lang = data.audit, data.lang
    assert annex is not None
    setup_page(ws, lang, landscape=True, title_rows="1:1")
    set_widths(ws, WIDTHS)
    header_row(ws, 1, [label(k, lang) for k in COLUMNS], lang)
    ws.freeze_panes = "A2"
    row = 1
    for values in rows(annex, lang):
        row += 1
        for col, value in enumerate(values, start=1):
            put(ws, row, col, value, lang, "cell", verbatim=col in (4, 5))  # values as they were typed
        fit_row_height(ws, row, WIDTHS, values)
    if row > 1:
        ws.auto_filter.ref = f"A1:F{row}"
    row += 2
    for line in (*annex.status, *([label("audit_last_hash", lang, hash=annex.last_hash)] if annex.last_hash else [])):
        put(ws, row, 1, line.strip(), lang, "line")
        row += 1
