"""Shared helpers for the interface tests: a controller over a real SQLite file, a shown main window."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication, QWidget

from app.domain.questionnaire import Questionnaire
from app.services.settings import Settings
from app.services.workspace import Workspace
from app.storage import open_database
from app.ui import application, i18n
from app.ui.controller import Controller
from tests.factories import make_questionnaire


def make_workspace(path: Path, questionnaire: Questionnaire | None = None) -> Workspace:
    return Workspace(open_database(path), questionnaire or make_questionnaire())


def make_controller(path: Path, questionnaire: Questionnaire | None = None) -> Controller:
    return Controller(make_workspace(path, questionnaire))


def add_assessment(controller: Controller, title: str = "National review 2026", country: str = "MA") -> int:
    aid = controller.create(title=title, country_code=country, assessment_date=date(2026, 11, 23),
                            organisation="Ministry of Justice")
    assert aid is not None
    return aid


def set_language(lang: str, scale: float = 1.0) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    i18n.apply_language(app, lang, scale)


def make_window(qtbot: Any, controller: Controller, settings: Settings | None = None) -> Any:
    """The main window, shown and active (so that window shortcuts such as 1..6 and PageDown work)."""
    from app.ui.main_window import MainWindow

    window = MainWindow(controller, settings or Settings(first_run_done=True))
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "the keyboard focus is lost"
    return widget


def activate(qtbot: Any, window: QWidget) -> None:
    """Give the activation to `window`: a desktop's window manager does that when a dialog closes or a
    window is rebuilt; the offscreen test platform does not, so the test does it (no user action)."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def ready_window(qtbot: Any, db: Path, lang: str = "en", timeout: int = 10000) -> Any:
    """The app started as a user starts it (two-phase start) on `db`, with the list ready and active."""
    if not db.exists():  # a remembered file that is gone is not made again: the user made this one
        open_database(db).close()
    window = application.begin(Settings(first_run_done=True, last_database=str(db), language=lang))
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.ready, timeout=timeout)
    activate(qtbot, window)
    return window


def assert_headers_fit(view: Any) -> None:
    """Every visible column header of `view` (a table or a tree) shows its label whole: each word within its
    section (a label wraps between words, never cut inside one) and every wrapped line within the header's
    height."""
    import re

    from PySide6.QtCore import QRect, Qt
    from PySide6.QtWidgets import QTableView

    header = view.horizontalHeader() if isinstance(view, QTableView) else view.header()
    fm = header.fontMetrics()
    model = view.model()
    for c in range(header.count()):
        if header.isSectionHidden(c):
            continue
        text = str(model.headerData(c, Qt.Orientation.Horizontal) or "")
        longest = max([fm.horizontalAdvance(w) for w in re.split(r"[ \n\t]+", text) if w] or [0])
        assert header.sectionSize(c) >= longest + 4, (c, text, header.sectionSize(c), longest)
        lines = fm.boundingRect(QRect(0, 0, header.sectionSize(c) - 8, 10000), int(Qt.TextFlag.TextWordWrap), text)
        assert header.height() >= lines.height(), (c, text, header.height(), lines.height())
