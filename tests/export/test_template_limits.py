"""Workbooks under the size limit that would still make openpyxl build millions of objects: refused by
counting shared texts and cells while streaming the zip, before openpyxl reads anything (docs/file-formats.md,
'Limits on files the app reads')."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest

from app.export import template
from app.export.template import TemplateError, read_answer_template, write_answer_template
from tests.factories import make_questionnaire

CT_SS = (b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.'
         b'spreadsheetml.sharedStrings+xml"/>')
REL_SS = (b'<Relationship Id="rIdSS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
          b'sharedStrings" Target="sharedStrings.xml"/>')


def _rebuild(good: Path, out: Path, replace: dict[str, bytes], extra: dict[str, bytes] | None = None) -> Path:
    """The outside tester's build_xlsx_ss50.py, smaller: a real template with parts replaced or added."""
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            z.writestr(info.filename, replace.get(info.filename, src.read(info)))
        for name, data in (extra or {}).items():
            z.writestr(name, data)
    return out


def _with_shared_strings(good: Path, out: Path, n: int) -> Path:
    with zipfile.ZipFile(good) as src:
        ct = src.read("[Content_Types].xml").replace(b"</Types>", CT_SS + b"</Types>")
        rel = src.read("xl/_rels/workbook.xml.rels").replace(b"</Relationships>", REL_SS + b"</Relationships>")
        sheet = re.sub(rb'<c r="E2"[^>]*/>|<c r="E2".*?</c>', b'<c r="E2" t="s"><v>0</v></c>',
                       src.read("xl/worksheets/sheet1.xml"), count=1)
    sst = (b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>fully</t></si>'
           + b"".join(b"<si><t>%d</t></si>" % i for i in range(n)) + b"</sst>")
    return _rebuild(good, out, {"[Content_Types].xml": ct, "xl/_rels/workbook.xml.rels": rel,
                                "xl/worksheets/sheet1.xml": sheet}, {"xl/sharedStrings.xml": sst})


@pytest.fixture
def good(tmp_path: Path) -> Path:
    return write_answer_template(make_questionnaire(), {}, "en", tmp_path / "good.xlsx")


@pytest.fixture
def no_openpyxl(monkeypatch):
    def never(*args, **kwargs):
        raise AssertionError("openpyxl was asked to read the workbook")

    monkeypatch.setattr(template, "load_workbook", never)


def test_a_template_with_a_few_shared_texts_is_read(good, tmp_path):
    path = _with_shared_strings(good, tmp_path / "few.xlsx", 1_000)
    rows = read_answer_template(path).rows
    assert rows[0].answer == "fully"  # E2 reads the first shared string


def test_too_many_shared_texts_are_refused_before_openpyxl(good, tmp_path, no_openpyxl):
    path = _with_shared_strings(good, tmp_path / "many.xlsx", template.MAX_SHARED_STRINGS + 10)
    assert path.stat().st_size < 2**20 and sum(i.file_size for i in zipfile.ZipFile(path).infolist()) < 16 * 2**20
    with pytest.raises(TemplateError) as e:
        read_answer_template(path)
    assert e.value.key == "xlsx_too_many_strings" and e.value.values == {"limit": 100_000}


def test_too_many_cells_are_refused_before_openpyxl(good, tmp_path, no_openpyxl):
    with zipfile.ZipFile(good) as src:
        sheet = src.read("xl/worksheets/sheet1.xml")
    rows = b"".join(b'<row r="%d">' % r + b'<c r="A%d"/>' % r * 50 + b"</row>" for r in range(400, 4_500))
    path = _rebuild(good, tmp_path / "cells.xlsx", {"xl/worksheets/sheet1.xml":
                                                   sheet.replace(b"</sheetData>", rows + b"</sheetData>")})
    with pytest.raises(TemplateError) as e:
        read_answer_template(path)
    assert e.value.key == "xlsx_too_many_cells" and e.value.values == {"limit": 200_000}


def test_too_many_parts_says_how_many_not_a_size(good, tmp_path, no_openpyxl):
    path = _rebuild(good, tmp_path / "parts.xlsx", {}, {f"customXml/item{i}.xml": b"<a/>" for i in range(1001)})
    with pytest.raises(TemplateError) as e:
        read_answer_template(path)
    assert e.value.key == "xlsx_too_many_parts" and e.value.values["n"] > 1_000


def test_sizes_are_shown_with_one_decimal_never_as_the_limit_itself():
    assert template._mb(16 * 2**20 + 1) == "16.1"
    assert template._mb(int(4.8 * 2**20)) == "4.8"


def test_the_cli_refuses_the_count_bomb_naming_the_file_in_the_interface_language(good, tmp_path):
    from tests.cli.helpers import ok, run

    home = tmp_path / "home"
    aid = ok(home, "new", "--title", "T", "--country", "MA").strip()
    t = tmp_path / "t.xlsx"
    ok(home, "template", aid, "--out", str(t))
    path = _with_shared_strings(t, tmp_path / "ss_many.xlsx", 150_000)
    r = run(home, "import-answers", aid, str(path))
    assert r.returncode == 1 and "Traceback" not in r.stderr
    assert r.stderr.startswith("ss_many.xlsx: the workbook holds more than 100000 distinct texts")
    r = run(home, "--lang", "fr", "receive", str(path), "--by", "Groupe A")
    assert r.returncode == 1 and "ss_many.xlsx" in r.stderr and "plus de 100000 textes distincts" in r.stderr
