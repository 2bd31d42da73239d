"""Export time: write_xlsx and write_pdf against a minimal openpyxl / reportlab writer of the same
content (one row per question; the section introductions and one paragraph per question), measured
in the same run. Target: ratio <= 2x.

    python -m benchmarks.bench_export [--scale N] [--runs N] [--lang en|fr|ar]

The assessment is fully answered (every question, with comments, evidence and legal provisions) on
the shipped questionnaire when it loads, else on the test questionnaire; --scale N repeats its
sections N times to approximate a larger questionnaire.
"""

from __future__ import annotations

import argparse
import dataclasses
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from xml.sax.saxutils import escape

if __package__ in (None, ""):  # run as a script: python benchmarks/bench_export.py
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from openpyxl import Workbook
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate

from app.domain.answers import SCALE_ORDER, Answer, AnswerValue, Confidence
from app.domain.questionnaire import Question, Questionnaire, Section
from app.domain.report import ActionItem, AssessmentInfo, ReportData
from app.domain.scoring import score
from app.export.pdf import write_pdf
from app.export.pdf_text import FONT, register_fonts
from app.export.xlsx import write_xlsx
from benchmarks.report import Ratio

TARGET = 2.0


def load_questionnaire() -> Questionnaire:
    try:
        from app import paths
        from app.definitions import load_questionnaire as load

        return load(paths.default_questionnaire_dir())
    except Exception as e:  # noqa: BLE001 - any failure: fall back to the test questionnaire
        print(f"(shipped questionnaire not loadable: {type(e).__name__}; using the test questionnaire)")
        from tests.factories import make_questionnaire

        return make_questionnaire()


def scaled(q: Questionnaire, times: int) -> Questionnaire:
    """The questionnaire with its sections repeated `times` times (ids suffixed)."""
    if times <= 1:
        return q
    sections: list[Section] = []
    for k in range(times):
        for s in q.sections:
            sid = s.id if k == 0 else f"{s.id}~{k}"
            questions = tuple(dataclasses.replace(x, id=x.id if k == 0 else f"{x.id}~{k}", section_id=sid)
                              for x in s.questions)
            sections.append(dataclasses.replace(s, id=sid, questions=questions))
    return dataclasses.replace(q, sections=tuple(sections))


def full_report(q: Questionnaire, lang: str) -> ReportData:
    scale = [v for v in SCALE_ORDER if v is not AnswerValue.DONT_KNOW]
    answers: dict[str, Answer] = {}
    for i, question in enumerate(q.questions()):
        value = scale[i % len(scale)]
        answers[question.id] = Answer(
            question.id, value, na_reason="Not relevant in this country." if value is AnswerValue.NA else "",
            comment=("The ministry reports progress; a draft law is before parliament. " * (1 + i % 6)),
            legal_provision=f"Penal Code, art. {200 + i}", evidence=f"Annual report {2020 + i % 5}, p. {i + 3}",
            confidence=list(Confidence)[i % 3])
    result = score(q, answers)
    actions = tuple(ActionItem(n, g.question_id, f"Close the gap on {g.question_id}: draft, consult, adopt.",
                               lead="Ministry of Justice", budget=10000.0 * n, currency="EUR")
                    for n, g in enumerate(result.gaps[:15], start=1))
    info = AssessmentInfo(1, "Benchmark review", "SN", "Senegal", None, "Ministry", "Team", "Internal",
                          questionnaire_id=q.id, questionnaire_version=q.version, questionnaire_hash=q.content_hash)
    return ReportData(lang, info, q, answers, result, actions, app_version="bench")


def _fields(data: ReportData, q: Question) -> list[str]:
    """The content of one answer row: what both the app and the minimal writers put out."""
    a = data.answers.get(q.id) or Answer(q.id)
    return [q.section_id, q.id, q.paragraph_label, q.text.get(data.lang), a.value.value if a.value else "",
            a.na_reason, a.legal_provision, a.evidence, a.confidence.value if a.confidence else "", a.comment]


def minimal_xlsx(data: ReportData, path: Path) -> None:
    """One row per question, no styles: the floor openpyxl itself sets."""
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    for q in data.questionnaire.questions():
        ws.append(_fields(data, q))
    wb.save(path)


def minimal_pdf(data: ReportData, path: Path) -> None:
    """The text our report prints for the questionnaire (each section's title and introduction, then one
    paragraph per question with all its fields) in the same embedded font: the floor reportlab itself
    sets. Cover, summary, charts, action plan and annex are ours only."""
    register_fonts()
    style = ParagraphStyle("p", fontName=FONT, fontSize=9)
    story: list[Flowable] = []
    for s in data.questionnaire.sections:
        story.append(Paragraph(escape(f"{s.id} {s.title.get(data.lang)}"), style))
        if s.intro:
            story.append(Paragraph(escape(s.intro.get(data.lang)), style))
        story += [Paragraph(escape(" ".join(_fields(data, q))), style) for q in s.questions]
    SimpleDocTemplate(str(path), pagesize=A4).build(story)


def compare(name: str, ours: Callable[[ReportData, Path], object], floor: Callable[[ReportData, Path], object],
            data: ReportData, folder: Path, runs: int) -> Ratio:
    """Median times of `runs` runs of each, alternating run by run (which one goes first alternates
    too), after one warm-up run of each (imports, font registration, caches)."""
    ext = "xlsx" if name == "xlsx" else "pdf"
    ours(data, folder / f"warm.{ext}")
    floor(data, folder / f"warm-min.{ext}")
    times: dict[str, list[float]] = {"ours": [], "floor": []}
    for r in range(runs):
        pair = [("ours", ours), ("floor", floor)]
        for key, fn in (pair if r % 2 == 0 else pair[::-1]):
            start = time.perf_counter()
            fn(data, folder / f"{key}.{ext}")
            times[key].append(time.perf_counter() - start)
    t_ours, t_floor = statistics.median(times["ours"]), statistics.median(times["floor"])
    print(f"{name} export ({data.lang}): {t_ours:.2f} s vs minimal {t_floor:.2f} s (medians of {runs}, interleaved)")
    return Ratio(f"{name} export ({data.lang}) / minimal {name}", t_ours / t_floor, TARGET)


def main(argv: list[str] | None = None) -> list[Ratio]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--scale", type=int, default=1, help="repeat the sections N times")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--lang", default="en", choices=("en", "fr", "ar"))
    args = parser.parse_args(argv if argv is not None else [])
    q = scaled(load_questionnaire(), args.scale)
    data = full_report(q, args.lang)
    print(f"export benchmark: {q.id} {q.version}, {len(q.sections)} sections, {len(q.questions())} questions, "
          f"lang {args.lang}, median of {args.runs} runs")
    with tempfile.TemporaryDirectory() as tmp:
        return [compare("xlsx", write_xlsx, minimal_xlsx, data, Path(tmp), args.runs),
                compare("pdf", write_pdf, minimal_pdf, data, Path(tmp), args.runs)]


if __name__ == "__main__":
    from benchmarks.report import summary

    sys.exit(summary(main(sys.argv[1:])))
