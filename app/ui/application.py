"""Starting the interface: settings, language, the questionnaire (the app starts even when its files
have errors), the database file (a damaged, newer or foreign file is never touched), the window.

The start is in two phases so that the window appears as soon as Qt is up:
1. `begin()`: settings, language, and the window's shell (menus, status bar, "Opening your
   assessments…"), shown. Only Qt, app.paths, the settings and i18n are imported for this.
2. `finish()`, once the shell has been drawn: the questionnaire, the database file (with the same
   dialogs as ever when it cannot be used), the controller; the window gets its data (`attach()`).
Heavy modules (pydantic, SQLAlchemy, the views) are therefore imported inside the functions below.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QWidget

from app import __version__, paths
from app.services.settings import Settings, load_settings, save_settings

from . import i18n
from .main_window import MainWindow, database_to_open

if TYPE_CHECKING:
    from app.domain.questionnaire import Questionnaire
    from app.services import catalog
    from app.services.workspace import Workspace

    from .controller import Controller
    from .errors import StorageChoice

    Chooser = Callable[[QWidget | None, str], StorageChoice]

BENCHMARK = "OPSC_ASSESS_EXIT_AFTER_SHOW"  # benchmarks/bench_startup.py: print 'shown' and 'ready', then quit
PAINT_FALLBACK_MS = 1500  # load anyway if the window is never drawn (started minimised...)


def placeholder_questionnaire() -> Questionnaire:
    """Stands in while the questionnaire files have errors: the list shows, nothing can be opened."""
    from app.domain.questionnaire import Questionnaire, Text

    return Questionnaire(id="", version="", content_hash="", title=Text({"en": "Questionnaire with errors"}),
                         chapters=(), sections=())


def load_questionnaire(path: Path | None = None) -> tuple[Questionnaire, catalog.Loaded]:
    from app.services import catalog

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
        from .errors import show_error

        text = QCoreApplication.translate("Application", "{path} already exists. Choose a new name: an "
                                                         "existing file is never overwritten.")
        show_error(parent, text.format(path=path))
        return None
    return path


def connect_to_server(parent: QWidget | None, questionnaire: Questionnaire, *known: str | None,
                      message: str = "") -> Workspace | None:
    """File → Connect to a server…: the dialog until the connection works or the user cancels (None).
    The address is prefilled from the first server URL in `known`; the password is asked every time."""
    from app.services.errors import StorageError
    from app.services.servers import ServerAddress
    from app.services.workspace import Workspace

    from .controller import storage_message
    from .server_dialog import ServerDialog

    address = next((a for a in map(ServerAddress.parse, known) if a is not None), None)
    while True:
        dialog = ServerDialog(parent, address, message)
        if run_dialog(dialog) != QDialog.DialogCode.Accepted:
            return None
        address, password = dialog.address(), dialog.secret()
        try:
            return Workspace.open(address.url(), questionnaire, password)
        except StorageError as e:
            message = storage_message(e)


def run_dialog(dialog: QDialog) -> int:
    """Show a dialog and wait (tests replace this to answer it without a user)."""
    return int(dialog.exec())


def open_workspace(path: Path | str, questionnaire: Questionnaire, parent: QWidget | None = None,
                   choose: Chooser | None = None) -> Workspace | None:
    """Open the file (or, for a server address, ask the password and connect); when it cannot be used,
    say why and offer another file, a new one, or quitting."""
    from app.services.servers import is_server

    if is_server(path):
        ws = connect_to_server(parent, questionnaire, str(path))
        if ws is not None:
            return ws
        path = paths.database_path()  # no server after all: the file in the data folder
    from app.services.errors import StorageError
    from app.services.workspace import Workspace

    from .errors import StorageChoice, ask_storage_choice, storage_error_text

    choose = choose or ask_storage_choice
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


def load_data(settings: Settings, questionnaire_dir: Path | None = None, parent: QWidget | None = None,
              choose: Chooser | None = None) -> tuple[Controller, catalog.Loaded] | None:
    """The questionnaire, the database file and the controller over them; None when the user chose to
    quit. The file actually opened is remembered in the settings."""
    from .controller import Controller

    questionnaire, loaded = load_questionnaire(questionnaire_dir)
    ws = open_workspace(database_to_open(settings), questionnaire, parent, choose)
    if ws is None:
        return None
    if settings.last_database != ws.location:
        settings.last_database = ws.location
        save_settings(settings)
    return Controller(ws), loaded


def start(settings: Settings, questionnaire_dir: Path | None = None,
          choose: Chooser | None = None) -> MainWindow | None:
    """Everything up to a complete main window in one go (not shown); None when the user chose to quit."""
    data = load_data(settings, questionnaire_dir, None, choose)
    return MainWindow(data[0], settings, data[1]) if data is not None else None


def begin(settings: Settings, questionnaire_dir: Path | None = None, choose: Chooser | None = None,
          then: Callable[[MainWindow], None] | None = None) -> MainWindow:
    """Phase 1: show the window's shell now; phase 2 (`finish`, then `then`) runs once it has been drawn."""
    window = MainWindow(None, settings)
    done = False

    def phase_two() -> None:
        nonlocal done
        if done:
            return
        done = True
        if finish(window, questionnaire_dir, choose) and then is not None:
            then(window)

    if os.environ.get(BENCHMARK):
        window.first_painted.connect(lambda: _report("shown"))
    window.first_painted.connect(phase_two)
    QTimer.singleShot(PAINT_FALLBACK_MS, phase_two)
    window.show()
    return window


def finish(window: MainWindow, questionnaire_dir: Path | None = None, choose: Chooser | None = None) -> bool:
    """Phase 2: load the data into the shown window; False (and the window closed) when the user chose
    to quit rather than open another file."""
    data = load_data(window.settings, questionnaire_dir, window, choose)
    if data is None:
        window.close()
        return False
    window.attach(*data)
    if window.loaded is not None and window.loaded.errors:
        QTimer.singleShot(0, window.show_questionnaire_problems)
    return True


def show_first_run(window: MainWindow) -> None:
    """The welcome (it saves its own choices; the window's settings are brought up to date after)."""
    if window.settings.first_run_done:
        return
    try:
        from .help import FirstRunDialog
    except ImportError:
        return
    # A top-level dialog (no parent), so that the window behind can be rebuilt in the language chosen
    # while the dialog is open: a window left in English with its layout flipped looked broken.
    from PySide6.QtCore import Qt

    dialog = FirstRunDialog(None)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    current = [window]

    def follow(lang: str) -> None:
        if current[0].settings.language != lang:
            current[0].settings.language = lang
            current[0] = current[0].rebuild() or current[0]
            dialog.raise_()
            dialog.activateWindow()

    dialog.language_changed.connect(follow)
    dialog.exec()
    dialog.deleteLater()
    fresh = load_settings()
    current[0].settings.first_run_done = fresh.first_run_done
    if fresh.language != current[0].settings.language:
        current[0].settings.language = fresh.language
        current[0].rebuild()


def _report(what: str, app: QApplication | None = None) -> None:
    """For the benchmark: the moment and the peak memory ('shown <kB>' or 'ready <kB>')."""
    import resource

    print(what, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, flush=True)
    if app is not None:
        app.quit()


def _ready(window: MainWindow, app: QApplication) -> None:
    if os.environ.get(BENCHMARK):  # after the list has been laid out and drawn
        QTimer.singleShot(0, lambda: _report("ready", app))
        return
    QTimer.singleShot(0, lambda: show_first_run(window))


def run_gui(lang: str | None = None) -> int:
    app = QApplication.instance()
    if app is None:  # "-style" is setStyle("Fusion") without building QStyle's Python enums (~20 ms)
        app = QApplication([*sys.argv, "-style", "Fusion"])
    else:
        QApplication.setStyle("Fusion")
    assert isinstance(app, QApplication)
    app.setApplicationName(paths.APP_NAME)
    app.setApplicationDisplayName(QCoreApplication.translate("Application", "OPSC self-assessment"))
    app.setOrganizationName("OPSC-Assess")
    app.setApplicationVersion(__version__)
    from app import applog

    from . import crash

    applog.setup()
    crash.install()
    settings = load_settings()
    if lang:
        settings.language = lang
        save_settings(settings)
    i18n.apply_language(app, settings.language, settings.text_scale)
    opened: list[Controller] = []  # the window may be replaced (language change); the data stays

    def ready(window: MainWindow) -> None:
        opened.append(window.controller)
        _ready(window, app)

    begin(settings, then=ready)
    code = app.exec()
    for controller in opened:
        controller.close_database()
    return int(code)
