"""Property and fuzz tests over the importers: any bytes at all give a plan or a clear refusal (never
another exception, never a change to what is stored), and every valid file imports exactly."""

from __future__ import annotations

import csv
import io
import tempfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.answers import AnswerValue
from app.export.template import split_text, write_answer_template
from app.services.imports import ImportRefused, apply_import, read_import
from app.services.workspace import Workspace
from app.storage import open_database
from tests.factories import make_questionnaire

QUESTIONNAIRE = make_questionnaire()
IDS = [q.id for q in QUESTIONNAIRE.questions()]
CODES = [v.value for v in AnswerValue]
HEADER = b"question_id,answer,na_reason,comment\n"


_SHARED: dict[str, tuple[Workspace, int, Path]] = {}


@pytest.fixture(scope="module", autouse=True)
def _shared_database():
    """One database for the module (a new one per example would cost 0.1 s of fsync each); every
    property compares what is stored before and after, so examples do not depend on each other."""
    with tempfile.TemporaryDirectory() as d:
        ws = Workspace(open_database(Path(d) / "a.sqlite"), QUESTIONNAIRE)
        aid = ws.create_assessment("T", "KE")
        ws.set_answer(aid, "V-01", value="partially", comment="kept")
        _SHARED["db"] = (ws, aid, Path(d))
        yield
        ws.close()


class Fresh:
    """The shared assessment, and a fresh folder for this example's file."""

    def __enter__(self) -> tuple[Workspace, int, Path]:
        ws, aid, _ = _SHARED["db"]
        self.dir = tempfile.TemporaryDirectory()
        return ws, aid, Path(self.dir.name)

    def __exit__(self, *exc: object) -> None:
        self.dir.cleanup()


def _refused_cleanly(ws: Workspace, aid: int, path: Path) -> None:
    before = ws.answers(aid)
    try:
        plan = read_import(ws, aid, path)
    except ImportRefused as e:
        text = "\n".join(e.lines("en") + e.lines("fr") + e.lines("ar"))
        assert path.name in text
        assert not any(ord(c) < 32 and c != "\n" for c in text), "a control character was echoed"
        assert len(e.items) <= 20
        assert ws.answers(aid) == before
        return
    apply_import(ws, plan)  # what was accepted must also be storable
    assert set(ws.answers(aid)) >= set(before)


@given(st.binary(max_size=3000))
def test_any_bytes_as_csv(data: bytes) -> None:
    with Fresh() as (ws, aid, folder):
        path = folder / "fuzz.csv"
        path.write_bytes(data)
        _refused_cleanly(ws, aid, path)


@given(st.binary(max_size=2000), st.sampled_from(IDS + ["X-1", ""]), st.sampled_from([",", ";", '"', "\n", "\r"]))
def test_csv_like_bytes_after_a_valid_header(tail: bytes, qid: str, sep: str) -> None:
    with Fresh() as (ws, aid, folder):
        path = folder / "fuzz.csv"
        path.write_bytes(HEADER + qid.encode() + sep.encode() + tail)
        _refused_cleanly(ws, aid, path)


_TEXT = st.text(st.characters(blacklist_categories=("Cc", "Cs"), blacklist_characters="\x85\u2028\u2029")
                | st.sampled_from(['"', ",", ";", "\n", " ", "é", "ح"]), max_size=80)


@given(st.dictionaries(st.sampled_from(IDS), st.tuples(st.sampled_from(CODES + [""]), _TEXT), min_size=1),
       st.sampled_from([",", ";"]), st.sampled_from(["\n", "\r\n"]), st.sampled_from(["utf-8", "utf-8-sig", "utf-16"]))
def test_a_valid_csv_imports_exactly(rows, delimiter, newline, encoding) -> None:
    with Fresh() as (ws, aid, folder):
        before = ws.answers(aid)
        out = io.StringIO()
        writer = csv.writer(out, delimiter=delimiter, lineterminator=newline)
        writer.writerow(["question_id", "answer", "na_reason", "comment"])
        for qid, (code, text) in rows.items():
            writer.writerow([qid, code, "because" if code == "na" else "", text])
        path = folder / "valid.csv"
        path.write_bytes(out.getvalue().encode(encoding))
        try:
            plan = read_import(ws, aid, path)
        except ImportRefused as e:
            assert "has a header but no answers" in str(e) or "no answers" in str(e)
            return
        apply_import(ws, plan)
        after = ws.answers(aid)
        for qid, (code, text) in rows.items():
            old = before.get(qid)
            want_value = code or (old.value.value if old and old.value else None)
            got = after.get(qid)
            assert (got.value.value if got and got.value else None) == want_value
            want_comment = text.strip() or (old.comment if old else "")
            assert (got.comment if got else "") == want_comment
        assert plan.changed == sum(1 for q in rows if before.get(q) != after.get(q))


@given(st.binary(max_size=4000))
def test_any_bytes_as_xlsx(data: bytes) -> None:
    with Fresh() as (ws, aid, folder):
        path = folder / "fuzz.xlsx"
        path.write_bytes(b"PK\x03\x04" + data)
        _refused_cleanly(ws, aid, path)


_TEMPLATE: dict[str, bytes] = {}


def _without_dates(data: bytes) -> bytes:
    """The same workbook with fixed dates inside and in the zip, so the fuzzed bytes are the same every run."""
    import re
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info)
            if info.filename == "docProps/core.xml":
                body = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", b"2026-01-01T00:00:00Z", body)
            dst.writestr(zipfile.ZipInfo(info.filename, date_time=(2026, 1, 1, 0, 0, 0)), body,
                         compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


def _template_bytes() -> bytes:
    if "t" not in _TEMPLATE:
        with Fresh() as (ws, aid, folder):
            out = write_answer_template(QUESTIONNAIRE, ws.answers(aid), "en", folder / "t.xlsx", aid)
            _TEMPLATE["t"] = _without_dates(out.read_bytes())
    return _TEMPLATE["t"]


@given(st.lists(st.tuples(st.integers(min_value=0), st.integers(0, 255)), min_size=1, max_size=8))
def test_a_damaged_template(flips) -> None:
    data = bytearray(_template_bytes())
    for where, value in flips:
        data[where % len(data)] = value
    with Fresh() as (ws, aid, folder):
        path = folder / "damaged.xlsx"
        path.write_bytes(bytes(data))
        _refused_cleanly(ws, aid, path)


@given(st.text(st.characters(blacklist_categories=("Cs",)), max_size=300), st.integers(2, 50))
def test_split_text_keeps_every_character_within_the_cell_limit(text, size) -> None:
    parts = split_text(text, size)
    assert "".join(parts) == text
    assert all(len(p.encode("utf-16-le")) // 2 <= size for p in parts)


def test_a_zip_of_an_unsupported_version_is_refused(tmp_path) -> None:
    """Found by the fuzz test: zipfile raises NotImplementedError('zip file version 6.4')."""
    data = bytearray(_template_bytes())
    at = data.rfind(b"PK\x01\x02")  # a central directory entry: its 'version needed to extract'
    data[at + 6] = 64
    with Fresh() as (ws, aid, folder):
        path = folder / "v64.xlsx"
        path.write_bytes(bytes(data))
        with pytest.raises(ImportRefused, match="v64.xlsx: the workbook is damaged"):
            read_import(ws, aid, path)
