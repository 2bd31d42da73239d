"""`opsc-assess self-test`: checks that this installation (a bundle copied from a USB stick, or a
source checkout) works end to end, in a temporary data folder that is removed afterwards: the window
opens and lists the assessments, an assessment is created and opened, answers are imported from a
CSV file and from the Excel answer template, the interface switches to French and Arabic, and the
PDF and Excel reports are written in all three languages and read back.

`make bundle` runs it from the bundle (offscreen) and CI runs `make bundle` on every change, so a
plugin, translation, font or module left out of the bundle is found before a workshop is.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from app import paths
from app.domain.languages import LANGUAGES

if TYPE_CHECKING:
    from app.domain.questionnaire import Questionnaire

TITLE = "Self-test review"
IMPORTED = 24  # questions answered from the CSV file


class SelfTestFailed(Exception):
    pass


def check(condition: bool, what: str) -> None:
    if not condition:
        raise SelfTestFailed(what)


def run_self_test(keep: Path | None = None) -> int:
    """0 when every step passed (each is printed), 1 otherwise (what failed is printed)."""
    home = keep or Path(tempfile.mkdtemp(prefix="opsc-self-test-"))
    home.mkdir(parents=True, exist_ok=True)
    os.environ[paths.ENV_HOME] = str(home)  # before anything reads or writes the data folder
    start = time.perf_counter()
    try:
        _steps(home)
    except Exception as e:  # noqa: BLE001 - the self-test reports any failure as a failed step
        traceback.print_exc()
        print(f"self-test FAILED: {e}", flush=True)
        return 1
    finally:
        if keep is None:
            shutil.rmtree(home, ignore_errors=True)
    print(f"self-test passed in {time.perf_counter() - start:.1f} s", flush=True)
    return 0


def step(text: str) -> None:
    print(f"  ok  {text}", flush=True)


def _steps(home: Path) -> None:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from app.services.settings import Settings, save_settings

    from . import i18n
    from .application import begin
    from .main_window import MainWindow

    app = QApplication.instance() or QApplication([sys.argv[0], "-style", "Fusion"])
    assert isinstance(app, QApplication)
    settings = Settings(first_run_done=True)
    save_settings(settings)
    i18n.apply_language(app, "en")
    print(f"self-test in {home} (platform {QApplication.platformName()})", flush=True)

    window: MainWindow = begin(settings)
    wait(lambda: window.is_listed and window.ready, "the window lists the assessments")
    check(window.isVisible() and window.list_page.table.rowCount() == 0, "an empty list in a new data folder")
    step("window shown, list of assessments loaded")
    step(_collation())

    controller = window.controller
    aid = controller.create(title=TITLE, country_code="SN", assessment_date=date(2026, 11, 30),
                            organisation="Ministry of Justice")
    check(aid is not None, "the assessment is created")
    assert aid is not None
    check([s.title for s in controller.assessments()] == [TITLE], "the list shows the new assessment")
    window.open_assessment(aid)
    wait(lambda: window.stack.currentWidget() is window.page, "the assessment opens")
    step(f"assessment {aid} created and opened ({len(controller.questionnaire.questions())} questions)")

    questions = [q.id for q in controller.questionnaire.questions()]
    values = ("fully", "largely", "partially", "not", "dont_know")
    csv = home / "answers.csv"
    lines = ["question_id,answer,na_reason,comment"]
    lines += [f"{qid},{values[i % len(values)]},,Imported by the self-test" for i, qid in enumerate(questions[:IMPORTED])]
    lines.append(f"{questions[IMPORTED]},na,Not relevant here,")
    csv.write_text("\n".join(lines) + "\n", encoding="utf-8")
    controller.apply_import(controller.read_import(csv))
    answered = controller.answers()
    check(len(answered) == IMPORTED + 1 and answered[questions[0]].comment == "Imported by the self-test",
          f"{IMPORTED + 1} answers imported from CSV (found {len(answered)})")
    template = controller.export_template("fr", home / "template-fr.xlsx")
    plan = controller.read_import(template)  # the template carries the answers just imported: nothing changes
    controller.apply_import(plan)
    check(len(controller.answers()) == IMPORTED + 1, "the Excel answer template reads back")
    step(f"{IMPORTED + 1} answers imported from CSV; the Excel answer template written and read back")

    for lang in LANGUAGES:
        window.settings.language = lang
        window = window.rebuild() or window
        wait(lambda w=window: w.isVisible(), f"the window in {lang}")  # type: ignore[misc]
        file_menu = QCoreApplication.translate("MainWindow", "&File")
        check(lang == "en" or file_menu != "&File", f"the interface is translated into {lang}")
        check(app.isRightToLeft() == (lang == "ar"), f"the layout direction in {lang}")
        pdf = controller.export_report("pdf", lang, home / f"report-{lang}.pdf")
        data = pdf.read_bytes()
        check(data.startswith(b"%PDF-") and b"%%EOF" in data[-1024:] and len(data) > 20_000,
              f"a complete PDF report in {lang}")
        check(b"DejaVu" in data, f"the bundled fonts embedded in the {lang} PDF")
        xlsx = controller.export_report("xlsx", lang, home / f"report-{lang}.xlsx")
        check(_workbook_has(xlsx, TITLE), f"the Excel report in {lang} reads back with the assessment's title")
        step(f"interface in {lang} ({file_menu!r}); PDF ({len(data) // 1024} kB) and Excel reports written, read back")

    window.close()
    controller.close_database()
    step(_server_driver(controller.questionnaire))


def _collation() -> str:
    """Qt's collator, which runs on ICU (whose data the bundle keeps for en/fr/ar only), sorts French
    and Arabic words as a reader expects."""
    from functools import cmp_to_key

    from PySide6.QtCore import QCollator, QLocale

    fr = sorted(["Fidji", "Éthiopie", "espagne", "Égypte"], key=cmp_to_key(QCollator(QLocale("fr_FR")).compare))
    check(fr == ["Égypte", "espagne", "Éthiopie", "Fidji"], f"French collation (ICU): {fr}")
    ar = sorted(["تونس", "الأردن", "بنن"], key=cmp_to_key(QCollator(QLocale("ar_001")).compare))
    check(ar == ["الأردن", "بنن", "تونس"], f"Arabic collation (ICU): {ar}")
    return "collation in French and Arabic (ICU data)"


def _server_driver(questionnaire: Questionnaire) -> str:
    """The shared-server path is in this installation (SQLAlchemy's psycopg dialect, psycopg and its
    libpq): connecting to a closed local port must be refused by libpq itself, as a connection failure,
    not fail on a missing module or library. No server is needed and nothing is sent anywhere."""
    from app.services.errors import StorageError
    from app.services.workspace import Workspace

    url = f"postgresql+psycopg://self-test@127.0.0.1:{_closed_port()}/none?connect_timeout=5"
    try:
        Workspace.open(url, questionnaire, "not-a-password").close()
    except StorageError as e:
        check(e.kind == "connection", f"the server driver answers with a connection failure (got {e.kind}: {e})")
        return "server driver (SQLAlchemy + psycopg + libpq) present: a closed port is refused as it should be"
    raise SelfTestFailed("a connection to a closed port succeeded")


def _closed_port() -> int:
    """A local TCP port nothing listens on (bound for a moment, then released)."""
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _workbook_has(path: Path, text: str) -> bool:
    from openpyxl import load_workbook

    wb = load_workbook(path, read_only=True)
    try:
        return any(text in str(cell) for ws in wb.worksheets for row in ws.iter_rows(values_only=True)
                   for cell in row if cell is not None)
    finally:
        wb.close()


def wait(condition: Callable[[], bool], what: str, timeout: float = 60.0) -> None:
    """Let the interface run until `condition` holds."""
    from PySide6.QtCore import QCoreApplication, QEventLoop

    end = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > end:
            raise SelfTestFailed(f"timed out: {what}")
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.01)
