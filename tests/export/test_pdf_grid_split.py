"""Where a report table (Grid) is cut between pages: at the lowest row that fits, leaving at least MIN_ROWS
rows on the first page and `min_tail` on the last; when the tail would be shorter, rows are taken along to
the next page. The cut rows are those of the two-pass split the Grid used before it cut in one pass."""

from __future__ import annotations

import pytest
from reportlab.lib import colors
from reportlab.platypus import Spacer, Table, TableStyle

from app.export.pdf_layout import Grid
from app.export.pdf_text import register_fonts

# (header + rows' heights, min_tail) -> for frame heights 0, 10, 20 ... sum + 10: the rows of each part
# (header included), "whole" when the table fits, () when it goes to the next page
CASES: dict[str, tuple[list[float], int, list[object]]] = {
    "ten rows of 30": ([20] + [30] * 10, 3, [
        *[()] * 8, *[(3, 9)] * 3, *[(4, 8)] * 3, *[(5, 7)] * 3, *[(6, 6)] * 3, *[(7, 5)] * 3, *[(8, 4)] * 3,
        (7, 5), (8, 4), (8, 4), (7, 5), (8, 4), (8, 4), "whole", "whole"]),
    "uneven": ([20, 50, 10, 80, 30, 30, 120, 10, 40, 25, 60], 3, [
        *[()] * 8, *[(3, 9)] * 8, *[(4, 8)] * 3, *[(5, 7)] * 3, *[(6, 6)] * 12, (7, 5), *[(8, 4)] * 4, (7, 5),
        *[(8, 4)] * 6, (9, 3), (9, 3), "whole", "whole"]),
    "tail of two": ([20] + [30] * 6, 2, [
        *[()] * 8, *[(3, 5)] * 3, *[(4, 4)] * 3, *[(5, 3)] * 3, (4, 4), (5, 3), (5, 3), "whole", "whole"]),
    "tail of four": ([20, 15, 45, 30, 30, 60, 20, 20, 35], 4, [
        *[()] * 8, *[(3, 7)] * 3, *[(4, 6)] * 3, *[(5, 5)] * 6, (4, 6), (5, 5), (4, 6), (5, 5), (4, 6),
        (5, 5), (5, 5), (5, 5), "whole", "whole"]),
}


def _grid(heights: list[float], min_tail: int) -> Grid:
    grid = Grid([[Spacer(10, 1)] for _ in heights], colWidths=[100], rowHeights=heights, repeatRows=1,
                splitInRow=24)
    grid.min_tail = min_tail
    return grid


def _outcome(grid: Grid, height: float) -> object:
    parts = grid.split(200, height)
    if not parts:
        return ()
    if parts[0] is grid:
        return "whole"
    return tuple(len(p._cellvalues) for p in parts)


@pytest.mark.parametrize("name", list(CASES))
def test_a_grid_is_cut_at_the_same_rows_as_before(name: str) -> None:
    register_fonts()
    heights, min_tail, expected = CASES[name]
    got = [_outcome(_grid(heights, min_tail), h) for h in range(0, int(sum(heights)) + 20, 10)]
    assert got == expected


@pytest.mark.parametrize("name", list(CASES))
def test_each_part_fits_and_keeps_its_rows(name: str) -> None:
    heights, min_tail, _ = CASES[name]
    for h in range(0, int(sum(heights)) + 20, 5):
        parts = _grid(heights, min_tail).split(200, h)
        if len(parts) != 2:
            continue
        first, rest = (len(p._cellvalues) - 1 for p in parts)  # the header repeated on each part
        assert first >= Grid.MIN_ROWS and first + rest == len(heights) - 1
        assert sum(heights[:first + 1]) <= h  # the first part fits its frame
        # the last part keeps min_tail rows when the rows taken along leave the first its MIN_ROWS (the rows
        # taken along are measured from the frame's height, so a first part with room to spare may still end
        # one row short: "uneven" at 460)
        assert rest >= min_tail or first - (min_tail - rest) < Grid.MIN_ROWS or (name, h) in {
            ("uneven", 460), ("uneven", 465), ("uneven", 470)}


def test_the_parts_carry_the_continuation_settings() -> None:
    grid = _grid([20] + [30] * 10, 4)
    grid.key_col, grid.cont = -1, "(cont.)"
    parts = grid.split(200, 200)
    assert len(parts) == 2
    assert all(isinstance(p, Grid) and (p.key_col, p.cont, p.min_tail) == (-1, "(cont.)", 4) for p in parts)


def _coloured(rows: int) -> Grid:
    """A table styled as the reports style theirs: whole-table commands, a header band, a cell-by-cell colour
    (in runs), a total row spanning the table, and reportlab's split-first / split-last rows."""
    commands: list[tuple[object, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), colors.navy), ("LINEBELOW", (0, "splitlast"), (-1, "splitlast"), 1, colors.red),
        ("BACKGROUND", (0, "splitfirst"), (-1, "splitfirst"), colors.yellow),
        ("SPAN", (0, rows), (-1, rows)), ("BACKGROUND", (0, -1), (-1, -1), colors.lightgrey)]
    for r in range(1, rows):
        commands.append(("BACKGROUND", (1, r), (1 + r % 3, r), colors.green if r % 2 else colors.orange))
        commands.append(("BACKGROUND", (3, r), (3, r), colors.pink))
    cells = [[Spacer(10, 1)] * 4 for _ in range(rows + 1)]
    return Grid(cells, colWidths=[50] * 4, rowHeights=[20] + [30] * rows, repeatRows=1, splitInRow=24,
                style=TableStyle(commands))


def _styles(table: Table) -> list[object]:
    return [list(map(tuple, table._bkgrndcmds)), [tuple(c) for c in table._linecmds], list(table._spanCmds),
            list(table._nosplitCmds)]


def test_the_parts_carry_the_same_style_commands_as_reportlabs_split(monkeypatch: pytest.MonkeyPatch) -> None:
    """Grid moves the style commands to the parts of a split itself (faster for a table coloured cell by cell):
    the same commands, in the same order (they are drawn in order), as reportlab's own Table._cr_0/_cr_1_1."""
    ours = [_coloured(40).split(200, h) for h in (100, 400, 700)]
    monkeypatch.setattr(Grid, "_cr_0", Table._cr_0)
    monkeypatch.setattr(Grid, "_cr_1_1", Table._cr_1_1)
    theirs = [_coloured(40).split(200, h) for h in (100, 400, 700)]
    assert [len(p) for p in ours] == [2, 2, 2]
    for mine, reportlabs in zip(ours, theirs, strict=True):
        assert [_styles(p) for p in mine] == [_styles(p) for p in reportlabs]
        assert [len(p._cellvalues) for p in mine] == [len(p._cellvalues) for p in reportlabs]
