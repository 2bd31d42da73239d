"""The pages a ministry signs: validation status, who and when, institutions consulted, the process,
signature lines; the team's key findings and limitations; DRAFT on every page until validated."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.export.pdf import write_pdf
from app.export.strings import label
from tests.factories import sample_report


def text_of(tmp_path: Path, data) -> list[str]:
    path = tmp_path / "r.pdf"
    write_pdf(data, path)
    return [(p.extract_text() or "").replace("\u00a0", " ").replace("\u202f", " ") for p in PdfReader(path).pages]


def with_details(lang: str, **values):
    base = sample_report(lang)
    return dataclasses.replace(base, assessment=dataclasses.replace(base.assessment, **values))


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_draft_says_so_on_every_page_and_has_a_page_to_sign(tmp_path, lang) -> None:
    data = with_details(lang, institutions="Ministry of Justice\nNational Police\nUNICEF",
                        process="Three workshops in March 2026 with the ministries concerned.",
                        executive_summary="The law is largely in place.\n\nData collection lags behind.",
                        limitations="Court data could not be verified.")
    pages = text_of(tmp_path, data)
    assert label("contents", lang) in pages[1] and label("validation", lang) in pages[1]  # the table of contents
    second = pages[2]
    assert label("validation", lang) in second and label("status_draft", lang) in second
    assert "National Police" in second and "Three workshops" in second
    assert label("signature", lang) in second and label("signature_function", lang) in second
    body = "\n".join(pages)
    assert "Data collection lags behind." in body and "Court data could not be verified." in body
    assert label("key_findings", lang) in body and label("limitations", lang) in body
    assert all(label("draft_mark", lang) in p for p in pages[1:])  # the footer of every page after the cover


def test_a_validated_report_names_who_validated_it_and_when(tmp_path) -> None:
    data = with_details("en", validation_status="validated", validated_by="A. Koné, Director",
                        validated_on=date(2026, 12, 1))
    pages = text_of(tmp_path, data)
    page = pages[2]
    assert "A. Koné, Director" in page and label("status_validated", "en") in page
    assert "1 December 2026" in page
    assert not any(label("draft_mark", "en") in p for p in pages)
    assert label("not_recorded", "en") in page  # no institutions were listed: said, not left blank
