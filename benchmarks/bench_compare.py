"""Comparison of 14 fully answered assessments (the REPERES countries) on the shipped questionnaire:
the comparison itself (sections x assessments matrix + changed questions) against a plain loop over the
same answers, and its export to xlsx and PDF against a minimal openpyxl / reportlab document of the same
cells, each measured interleaved in the same run. Target: ratio <= 2x (the median of the rounds' ratios).

Garbage collection is kept out of the comparison's luck (a round once read 16x when a collection of
garbage left by the other side fell inside ours). After each side's warm-up, the objects alive (the
questionnaire, the answers, the report, the floor's cells) are collected and frozen (gc.freeze), and
before every timed call, of ours and of the floor alike, gc.collect() runs untimed: each call starts with
empty generations and pays only for the collections its own allocations cause, over its own objects.
(Without freezing, each gc.collect() walked the whole heap, ~50 ms, and left the caches cold for the
call.) Each round sums several calls of each side (--calls, for the PDF; the workbook twice as many; the
comparison itself, a few milliseconds, ten times as many), alternating call by call, so that one call's hiccup or a burst of load from others on the
machine weighs less on the round's ratio.

    python -m benchmarks.bench_compare [--runs N] [--calls N] [--lang en|fr|ar]
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

if __package__ in (None, ""):  # run as a script: python benchmarks/bench_compare.py
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from openpyxl import Workbook, load_workbook
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

from app.domain.answers import SCALE_ORDER, SCALE_VALUES, Answer, AnswerValue
from app.domain.comparison import Comparison, ComparisonReport, build
from app.domain.questionnaire import Questionnaire
from app.domain.report import AssessmentInfo
from app.export.pdf_compare import write_comparison_pdf
from app.export.pdf_text import FONT, register_fonts
from app.export.xlsx_compare import write_comparison_xlsx
from benchmarks.bench_export import load_questionnaire
from benchmarks.report import Ratio

TARGET = 2.0
COUNTRIES = {"BJ": "Benin", "BF": "Burkina Faso", "CI": "Côte d’Ivoire", "ET": "Ethiopia", "KE": "Kenya",
             "LB": "Lebanon", "MG": "Madagascar", "ML": "Mali", "MA": "Morocco", "NE": "Niger", "RW": "Rwanda",
             "TZ": "Tanzania", "TG": "Togo", "UG": "Uganda"}


def assessments(q: Questionnaire) -> tuple[list[AssessmentInfo], dict[int, dict[str, Answer]]]:
    """14 assessments, every question answered (a different mix in each country), with comments."""
    scale = [v for v in SCALE_ORDER if v is not AnswerValue.DONT_KNOW]
    infos, answers = [], {}
    for k, (code, name) in enumerate(COUNTRIES.items(), start=1):
        infos.append(AssessmentInfo(k, f"Review {name} 2026", code, name, date(2026, 1 + k % 12, 1),
                                    questionnaire_id=q.id, questionnaire_version=q.version,
                                    questionnaire_hash=q.content_hash))
        mine: dict[str, Answer] = {}
        for i, x in enumerate(q.questions()):
            v = scale[(i * (k + 1) + k) % len(scale)]
            mine[x.id] = Answer(x.id, v, na_reason="Not relevant here." if v is AnswerValue.NA else "",
                                comment=f"Ministry report {2020 + i % 5}, {name}: progress noted." * (1 + i % 3))
        answers[k] = mine
    return infos, answers


# ---- the floors: the same figures and cells, with nothing of ours ------------------------------------

def plain_comparison(q: Questionnaire, answers: dict[int, dict[str, Answer]]) -> tuple[dict[Any, Any], list[Any]]:
    """Per section and overall, for each assessment: score, conservative score, coverage (a plain loop);
    then the questions whose answer differs, with each assessment's answer and comment."""
    out: dict[Any, Any] = {}
    for aid, mine in answers.items():
        totals: dict[str, list[float]] = {}
        for s in q.sections:
            t = totals.setdefault(s.id, [0.0, 0.0, 0.0, 0, 0])
            for x in s.questions:
                a = mine.get(x.id)
                if a is not None and a.value is AnswerValue.NA and a.na_reason:
                    continue
                t[2] += x.weight
                t[4] += 1
                if a is not None and a.value in SCALE_VALUES:
                    t[0] += x.weight * SCALE_VALUES[a.value]
                    t[1] += x.weight
                    t[3] += 1
        every = [sum(t[i] for t in totals.values()) for i in range(5)]
        for key, t in [*totals.items(), ("overall", every)]:
            out[(key, aid)] = (100 * t[0] / t[1] if t[1] else None, 100 * t[0] / t[2] if t[2] else None,
                               t[3] / t[4] if t[4] else None)
    ids = list(answers)
    changed = []
    for x in q.questions():
        got = [answers[i].get(x.id) for i in ids]
        values = [a.value if a is not None else None for a in got]
        if len(set(values)) > 1:  # what the reports print of it: each answer and each comment
            changed.append((x.id, values, [a.comment if a is not None else "" for a in got]))
    return out, changed


def cells(c: Comparison) -> list[list[str]]:
    """The cells the reports print: the matrix (score and coverage per assessment), then the changed answers."""
    rows = [["", *(f"{col.title} score" for col in c.columns), *(f"{col.title} coverage" for col in c.columns)]]
    for key, line in [*c.sections.items(), ("overall", c.overall)]:
        rows.append([key, *(f"{line.figures[i].score}" for i in c.ids), *(f"{line.figures[i].coverage}" for i in c.ids)])
    for ch in c.changed:
        rows.append([ch.question_id, *(str(ch.values[i]) for i in c.ids), *(ch.comments[i] for i in c.ids)])
    return rows


def minimal_xlsx(report: ComparisonReport, path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    for row in cells(report.comparison):
        ws.append(row)
    wb.save(path)


def workbook_cells(path: Path) -> list[tuple[str, list[list[Any]]]]:
    """Every value our comparison workbook holds, sheet by sheet (read back once, outside the timing)."""
    wb = load_workbook(path)
    return [(ws.title, [list(r) for r in ws.iter_rows(values_only=True)]) for ws in wb.worksheets]


def same_cells_xlsx(sheets: list[tuple[str, list[list[Any]]]], path: Path) -> None:
    """The floor for the workbook: the very cells ours writes, on the same sheets, with nothing of ours
    (no styles, row heights, merges, charts, print set-up)."""
    wb = Workbook()
    first = wb.active
    assert first is not None
    wb.remove(first)
    for title, rows in sheets:
        ws = wb.create_sheet(title)
        for row in rows:
            ws.append(row)
    wb.save(path)


def minimal_pdf(report: ComparisonReport, path: Path) -> None:
    register_fonts()
    style = ParagraphStyle("p", fontName=FONT, fontSize=7)
    rows = cells(report.comparison)
    c = report.comparison
    # the PDF prints the matrix in tables of six assessments and the changed answers of the first and last
    story: list[Any] = []
    for start in range(0, len(c.columns), 6):
        chunk = list(range(1 + start, 1 + min(start + 6, len(c.columns))))
        story.append(Table([[Paragraph(escape(r[0]), style)] + [Paragraph(escape(r[i]), style) for i in chunk]
                            for r in rows[: 2 + len(c.sections)]], repeatRows=1))
    n = len(c.columns)
    story.append(Table([[Paragraph(escape(r[i]), style) for i in (0, 1, n, n + 1, 2 * n)]
                        for r in rows[2 + len(c.sections):]], repeatRows=1))
    SimpleDocTemplate(str(path), pagesize=A4).build(story)


# ---- measuring -------------------------------------------------------------------------------------------

def timed(name: str, ours: Callable[[], object], floor: Callable[[], object], runs: int, calls: int = 1) -> Ratio:
    """`runs` rounds after one warm-up run of each; each round runs ours and the floor `calls` times each,
    one call of each side after the other (which goes first alternates), so that a burst of load from others
    on the machine falls on both alike. What is alive after the warm-up is frozen (gc.freeze) and every call is preceded by an
    untimed gc.collect(), both sides alike: a call does not pay for the garbage of the one before. A round's
    time for a side is the sum of its calls; the ratio is the median of the rounds' ratios (each round's
    ours / floor); the median times per call are printed beside it."""
    ours()
    floor()
    times: dict[str, list[float]] = {"ours": [], "floor": []}
    gc.collect()
    gc.freeze()
    try:
        for r in range(runs):
            spent = {"ours": 0.0, "floor": 0.0}
            for k in range(calls):  # call by call, which side goes first alternating
                pair = [("ours", ours), ("floor", floor)]
                for key, fn in (pair if (r + k) % 2 == 0 else pair[::-1]):
                    gc.collect()
                    start = time.perf_counter()
                    fn()
                    spent[key] += time.perf_counter() - start
            times["ours"].append(spent["ours"])
            times["floor"].append(spent["floor"])
    finally:
        gc.unfreeze()
    ratios = [a / b for a, b in zip(times["ours"], times["floor"], strict=True)]
    t_ours, t_floor = statistics.median(times["ours"]) / calls, statistics.median(times["floor"]) / calls
    print(f"{name}: {t_ours:.3f} s vs floor {t_floor:.3f} s per call (medians of {runs} rounds of {calls} "
          f"call(s) each, gc.collect() before each call, interleaved); ratio per round "
          + " ".join(f"{x:.2f}" for x in ratios))
    return Ratio(f"{name} / floor", statistics.median(ratios), TARGET)


def main(argv: list[str] | None = None) -> list[Ratio]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--calls", type=int, default=2, help="calls of each side per round (the PDF; the "
                        "workbook makes twice as many, the comparison itself ten times as many)")
    parser.add_argument("--lang", default="en", choices=("en", "fr", "ar"))
    args = parser.parse_args(argv if argv is not None else [])
    q = load_questionnaire()
    infos, answers = assessments(q)
    print(f"comparison benchmark: {q.id} {q.version}, {len(q.sections)} sections, {len(q.questions())} questions, "
          f"{len(infos)} fully answered assessments, lang {args.lang}, median of {args.runs} rounds of {args.calls} "
          f"call(s) of each side (the workbook {2 * args.calls}; the comparison: {10 * args.runs} rounds of "
          f"{10 * args.calls}), heap frozen after warm-up, gc.collect() untimed before every call of ours and of "
          f"the floor alike")
    c = build(q, infos, answers)
    print(f"  {len(c.changed)} questions with differing answers")
    report = ComparisonReport(args.lang, c, "bench")
    # each call of the comparison takes a few milliseconds: ten times as many rounds and calls steady it
    ratios = [timed("compare 14 assessments (matrix + changed)", lambda: build(q, infos, answers),
                    lambda: plain_comparison(q, answers), 10 * args.runs, 10 * args.calls)]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        write_comparison_xlsx(report, folder / "ref.xlsx")
        sheets = workbook_cells(folder / "ref.xlsx")
        print(f"  our workbook: {len(sheets)} sheets, {sum(len(r) for _, r in sheets)} rows, "
              f"{sum(1 for _, rows in sheets for row in rows for v in row if v is not None)} filled cells")
        # a workbook takes a few tenths of a second: twice as many calls a round as the PDF (whose rounds read
        # within 15 % of each other) steady its rounds against the load of others on the machine
        ratios.append(timed(f"comparison xlsx ({args.lang})", lambda: write_comparison_xlsx(report, folder / "c.xlsx"),
                            lambda: same_cells_xlsx(sheets, folder / "m.xlsx"), args.runs, 2 * args.calls))
        # for information: against the older, narrower floor (the matrix and the changed answers only, one sheet)
        narrow = timed(f"comparison xlsx ({args.lang}) vs matrix+changed only", lambda: write_comparison_xlsx(
            report, folder / "c.xlsx"), lambda: minimal_xlsx(report, folder / "n.xlsx"), args.runs, args.calls)
        ratios.append(Ratio(narrow.name, narrow.value, None))
        ratios.append(timed(f"comparison pdf ({args.lang})", lambda: write_comparison_pdf(report, folder / "c.pdf"),
                            lambda: minimal_pdf(report, folder / "m.pdf"), max(3, args.runs), args.calls))
    return ratios


if __name__ == "__main__":
    from benchmarks.report import summary

    sys.exit(summary(main(sys.argv[1:])))
