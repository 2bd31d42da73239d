"""Starting the interface: settings, language, the questionnaire (the app starts even when its files
have errors), the database file (a damaged, newer or foreign file is never touched), the window."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from app import __version__, paths
from app.domain.questionnaire import Questionnaire, Text
from app.services import catalog
from app.services.settings import Settings, load_settings, save_settings
from app.services.workspace import Workspace
from app.storage import StorageError

from . import i18n
from .controller import Controller
from .errors import StorageChoice, ask_storage_choice, show_error, storage_error_text
from .main_window import MainWindow

Chooser = Callable[[QWidget | None, str], StorageChoice]



def placeholder_questionnaire() -> Questionnaire:
    """Stands in while the questionnaire files have errors: the list shows, nothing can be opened."""
    return Questionnaire(id="", version="", content_hash="", title=Text({"en": "Questionnaire with errors"}),
                         chapters=(), sections=())


def load_questionnaire(path: Path | None = None) -> tuple[Questionnaire, catalog.Loaded]:
    loaded = catalog.load(path) if path is not None else catalog.default()
    return (loaded.questionnaire or placeholder_questionnaire()), loaded


def choose_database(parent: QWidget | None, new: bool) -> Path | None:
    """Ask for a database file to open, or a name for a new one (an existing file is never reused)."""
    filters = QCoreApplication.translate("Application", "Assessment files (*.sqlite *.db);;All files (*)")
    start = str(paths.data_home())
    if not new:
        title = QCoreApplication.translate("Application", "Open an assessment file")
        chosen, _ = QFileDialog.getOpenFileName(parent, title, start, filters)
        return Path(chosen) if chosen else None
    title = QCoreApplication.translate("Application", "New assessment file")
    chosen, _ = QFileDialog.getSaveFileName(parent, title, start, filters,
                                            options=QFileDialog.Option.DontConfirmOverwrite)
    if not chosen:
        return None
    path = Path(chosen) if Path(chosen).suffix else Path(chosen).with_suffix(".sqlite")
    if path.exists() and path.stat().st_size > 0:
        text = QCoreApplication.translate("Application", "{path} already exists. Choose a new name: an "
                                                         "existing file is never overwritten.")
        show_error(parent, text.format(path=path))
        return None
    return path


def open_workspace(path: Path, questionnaire: Questionnaire, parent: QWidget | None = None,
                   choose: Chooser = ask_storage_choice) -> Workspace | None:
    """Open the file; when it cannot be used, say why and offer another file, a new one, or quitting."""
    while True:
        try:
            return Workspace.open(path, questionnaire)
        except (StorageError, OSError) as e:
            choice = choose(parent, storage_error_text(e, path))
        if choice is StorageChoice.QUIT:
            return None
        picked = choose_database(parent, new=choice is StorageChoice.NEW)
        if picked is not None:
            path = picked


def start(settings: Settings, questionnaire_dir: Path | None = None,
          choose: Chooser = ask_storage_choice) -> MainWindow | None:
    """Everything up to a ready main window (not shown); None when the user chose to quit."""
    questionnaire, loaded = load_questionnaire(questionnaire_dir)
    db_path = Path(settings.last_database) if settings.last_database else paths.database_path()
    ws = open_workspace(db_path, questionnaire, None, choose)
    if ws is None:
        return None
    if settings.last_database != str(ws.db.path):
        settings.last_database = str(ws.db.path)
        save_settings(settings)
    window = MainWindow(Controller(ws), settings, loaded)
    return window


def show_first_run(window: MainWindow) -> None:
    """The welcome (it saves its own choices; the window's settings are brought up to date after)."""
    if window.settings.first_run_done:
        return
    try:
        from .help import FirstRunDialog
    except ImportError:
        return
    FirstRunDialog(window).exec()
    fresh = load_settings()
    window.settings.first_run_done = fresh.first_run_done
    if fresh.language != window.settings.language:
        window.settings.language = fresh.language
        window.rebuild()


def _report_shown(app: QApplication) -> None:
    import resource

    print("shown", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, flush=True)
    app.quit()


def run_gui(lang: str | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName(paths.APP_NAME)
    app.setApplicationDisplayName(QCoreApplication.translate("Application", "OPSC self-assessment"))
    app.setOrganizationName("OPSC-Assess")
    app.setApplicationVersion(__version__)
    app.setStyle("Fusion")
    settings = load_settings()
    if lang:
        settings.language = lang
        save_settings(settings)
    i18n.apply_language(app, settings.language, settings.text_scale)
    window = start(settings)
    if window is None:
        return 0
    controller = window.controller
    window.show()
    if os.environ.get("OPSC_ASSESS_EXIT_AFTER_SHOW"):  # benchmarks/bench_startup.py: time to a shown window
        QTimer.singleShot(0, lambda: _report_shown(app))
    if window.loaded is not None and window.loaded.errors:
        QTimer.singleShot(0, window.show_questionnaire_problems)
    QTimer.singleShot(0, lambda: show_first_run(window))
    code = app.exec()
    controller.ws.close()
    return int(code)
