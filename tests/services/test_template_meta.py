"""A template's hidden sheet (_meta) that is there but damaged or edited is refused, never read as an older
template (issue 14, outside tester: a garbled pre-filled list made every row count as the group's). A
template written by a newer version (format_version 2) is refused with "update the application"."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook

from app.export.template import META_SHEET, write_answer_template
from app.services import contributions as co
from app.services import exchange as ex
from app.services.imports import ImportRefused, read_import
from tests.services.test_exchange import facilitator_assessment, workshop  # noqa: F401 (fixture)


@pytest.fixture
def group_template(workshop, tmp_path):  # noqa: F811
    """The facilitator's template, with one answer typed by the group (V-01) among the pre-filled ones."""
    fac = workshop("f")
    aid = facilitator_assessment(fac)
    uid = fac.repo.assessment(aid).uid
    path = write_answer_template(fac.questionnaire, fac.answers(aid), "en", tmp_path / "group.xlsx", aid,
                                 assessment_uid=uid, country="MA")
    wb = load_workbook(path)
    sheet = wb.worksheets[0]
    header = [c.value for c in sheet[1]]
    for row in range(2, sheet.max_row + 1):
        if sheet.cell(row, header.index("question_id") + 1).value == "V-01":
            sheet.cell(row, header.index("answer") + 1).value = "not"
    wb.save(path)
    return fac, aid, path


def edit_meta(path, change):
    """Rewrite the hidden sheet's entries with change(dict of rows) -> list of (key, value)."""
    wb = load_workbook(path)
    meta = wb[META_SHEET]
    rows = [(r[0].value, r[1].value) for r in meta.iter_rows(max_col=2)]
    new = change(rows)
    meta.delete_rows(1, meta.max_row)
    for n, (k, v) in enumerate(new, start=1):
        meta.cell(n, 1).value, meta.cell(n, 2).value = k, v
    wb.save(path)


def refused_key(fac, aid, path):
    with pytest.raises(ex.ExchangeRefused) as e:
        ex.receive(fac, path, by="Groupe Justice")
    assert co.view(fac, aid).contributors == ()  # nothing of it stored
    with pytest.raises(ImportRefused) as i:  # import-answers reads the same sheet
        read_import(fac, aid, path)
    assert i.value.items[0].key == e.value.items[0].key
    return e.value


def test_an_untouched_group_template_counts_only_what_the_group_typed(group_template):
    fac, aid, path = group_template
    r = ex.receive(fac, path, by="Groupe Justice")
    assert r.answers == 1
    assert list(co.view(fac, aid).questions["V-01"].contributions) == ["Groupe Justice"]


@pytest.mark.parametrize("damage", [
    pytest.param(lambda rows: [(k, "garbage" if k == "prefilled" else v) for k, v in rows], id="garbled-list"),
    pytest.param(lambda rows: [(k, (v + ",X") if k == "prefilled" else v) for k, v in rows], id="pair-no-mark"),
    pytest.param(lambda rows: [(k, v) for k, v in rows if k != "prefilled"], id="list-deleted"),
    pytest.param(lambda rows: [(k, "7" if k == "prefilled_count" else v) for k, v in rows], id="count-edited"),
    pytest.param(lambda rows: [(k, "x1" if k == "format_version" else v) for k, v in rows], id="version-garbage"),
    pytest.param(lambda rows: [(k, "not-a-uid" if k == "assessment_uid" else v) for k, v in rows], id="bad-uid"),
    pytest.param(lambda rows: [(k, "abc" if k == "assessment_id" else v) for k, v in rows], id="bad-id"),
    pytest.param(lambda rows: [*rows, ("prefilled_3", "V-01:0123456789abcdef")], id="part-without-part-2"),
    pytest.param(lambda rows: [*rows, ("assessment_uid", "00000000-0000-0000-0000-000000000000")], id="twice"),
    pytest.param(lambda rows: [(k, "question_id,evil" if k == "columns" else v) for k, v in rows], id="columns"),
    # 'made for questionnaire  version 2.0.0' (outside adversary hadvw): a formula or an emptied id
    pytest.param(lambda rows: [(k, '=HYPERLINK("x")' if k == "questionnaire_id" else v) for k, v in rows],
                 id="questionnaire-formula"),
    pytest.param(lambda rows: [(k, " " if k == "questionnaire_id" else v) for k, v in rows], id="questionnaire-empty"),
])
def test_a_damaged_hidden_sheet_is_refused_with_nothing_stored(group_template, damage):
    fac, aid, path = group_template
    edit_meta(path, damage)
    e = refused_key(fac, aid, path)
    assert e.items[0].key == "template_meta_damaged"
    assert "hidden sheet (_meta) is damaged or was edited" in e.lines("en")[0]
    assert "feuille masquée du modèle (_meta) est endommagée" in e.lines("fr")[0]
    assert "الورقة المخفية في النموذج (_meta) تالفة" in e.lines("ar")[0]


def test_a_template_from_a_newer_version_asks_for_an_update(group_template):
    fac, aid, path = group_template
    edit_meta(path, lambda rows: [(k, "2" if k == "format_version" else v) for k, v in rows])
    e = refused_key(fac, aid, path)
    assert e.items[0].key == "template_newer_format"
    assert "by a newer version of the application; this one reads format 1: update the application" \
        in e.lines("en")[0]
    assert "mettez-la à jour" in e.lines("fr")[0] and "حدِّث التطبيق" in e.lines("ar")[0]


def test_a_template_written_before_the_fingerprints_is_read_as_before(group_template):
    """No pre-filled list and no count at all (templates written before them): every answer is the group's."""
    fac, aid, path = group_template
    edit_meta(path, lambda rows: [(k, v) for k, v in rows if not str(k).startswith("prefilled")])
    r = ex.receive(fac, path, by="Groupe Justice")
    assert r.answers > 1  # the facilitator's pre-filled answers count too: nothing tells them apart
