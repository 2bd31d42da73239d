"""Starting the interface: settings, language, the questionnaire (the app starts even when its files
have errors), the database file (a damaged, newer or foreign file is never touched), the window.

The start is in phases so that the window appears as soon as Qt is up and the list follows at once:
1. `begin()`: settings, language, and the window's shell (menus, status bar, "Opening your
   assessments…"), shown. Only Qt, app.paths, the settings and i18n are imported for this.
2. `finish()`, once the shell has been drawn: the questionnaire (from its cache) and, when the file
   is already at the current schema, its assessments read with the standard library's sqlite3
   (`quick_list`): the list is shown and usable. Any other file (new, older, damaged, newer,
   foreign) takes the full path of step 3 at once, with the same dialogs as ever.
3. `complete()`: SQLAlchemy, the database opened in full (migrated when older), the controller; the
   window gets it (`attach()`). After a quick list, this runs once SQLAlchemy has been imported in a
   background thread, or at once when the user does something that needs it first.
Heavy modules (pydantic, SQLAlchemy, the views) are therefore imported inside the functions below.
"""

from __future__ import annotations

import contextlib
import os
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from app import __version__, paths
from app.services.settings import Settings, load_settings, recorded_name, remember_database, save_settings

from . import i18n
from .main_window import MainWindow, _windows, database_to_open

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog

    from app.domain.questionnaire import Questionnaire
    from app.services import catalog
    from app.services.listing import AssessmentSummary
    from app.services.workspace import Workspace

    from .controller import Controller
    from .errors import StorageChoice

    Chooser = Callable[..., StorageChoice]  # (parent, message[, can_restore=True]) -> the user's choice

BENCHMARK = "OPSC_ASSESS_EXIT_AFTER_SHOW"  # benchmarks/bench_startup.py: print 'shown', 'ready', 'loaded'; quit
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
    from PySide6.QtWidgets import QFileDialog

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
    from PySide6.QtWidgets import QDialog

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
            backups = _restorable(e, path)
            text = storage_error_text(e, path)
            choice = choose(parent, text, can_restore=True) if backups else choose(parent, text)
        if choice is StorageChoice.QUIT:
            return None
        if choice is StorageChoice.RESTORE:
            restore_damaged_file(parent, Path(path))  # on success the loop opens the restored file
            continue
        picked = choose_database(parent, new=choice is StorageChoice.NEW)
        if picked is not None:
            path = picked


def _restorable(e: Exception, path: Path | str) -> bool:
    """A really damaged file (not a full disk, a lock or a permission) with a backup that can be read."""
    from app.services.backups import backups_of_file
    from app.services.errors import CorruptDatabaseError

    return isinstance(e, CorruptDatabaseError) and any(not b.problem for b in backups_of_file(Path(path)))


def restore_damaged_file(parent: QWidget | None, path: Path) -> bool:
    """The backups of a damaged file, to choose one to put in its place (the damaged file is set aside)."""
    from PySide6.QtWidgets import QDialog

    from .backups_dialog import DamagedFile, RestoreBackupDialog

    return run_dialog(RestoreBackupDialog(DamagedFile(path), parent)) == QDialog.DialogCode.Accepted


def load_data(settings: Settings, questionnaire_dir: Path | None = None, parent: QWidget | None = None,
              choose: Chooser | None = None) -> tuple[Controller, catalog.Loaded] | None:
    """The questionnaire, the database file and the controller over them; None when the user chose to
    quit. The file actually opened is remembered in the settings."""
    from .controller import Controller

    questionnaire, loaded = load_questionnaire(questionnaire_dir)
    ws = open_workspace(database_to_open(settings), questionnaire, parent, choose)
    if ws is None:
        return None
    before = settings.last_database
    remember_database(settings, ws.location)
    if settings.last_database != before:
        save_settings(settings)
    return Controller(ws), loaded


def start(settings: Settings, questionnaire_dir: Path | None = None,
          choose: Chooser | None = None) -> MainWindow | None:
    """Everything up to a complete main window in one go (not shown); None when the user chose to quit."""
    data = load_data(settings, questionnaire_dir, None, choose)
    return MainWindow(data[0], settings, data[1]) if data is not None else None


def begin(settings: Settings, questionnaire_dir: Path | None = None, choose: Chooser | None = None,
          then: Callable[[MainWindow], None] | None = None) -> MainWindow:
    """Phase 1: show the window's shell now; phase 2 (`finish`, then `then`) runs once it has been drawn,
    and phase 3 (`complete`) once the list has been drawn."""
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
        _benchmark_reports(window)
    window.first_painted.connect(phase_two)
    window.listed.connect(lambda: complete_in_background(window))
    QTimer.singleShot(PAINT_FALLBACK_MS, phase_two)
    window.show()
    return window


def quick_list(settings: Settings, questionnaire_dir: Path | None = None) -> list[AssessmentSummary] | None:
    """The assessments of the file to open with their progress, without SQLAlchemy or loading the
    questionnaire (its question ids come from catalog_index); None when the file must be opened in
    full first (see app.services.listing.quick_list) or the questionnaire is not known to load
    without problems."""
    from app.services.catalog_index import question_ids
    from app.services.listing import quick_list as read

    target = database_to_open(settings)
    if not isinstance(target, Path) or "://" in str(target):  # a server: opened in full, with its dialogs
        return None
    questions = question_ids(questionnaire_dir or paths.default_questionnaire_dir())
    return None if questions is None else read(target, questions)


def finish(window: MainWindow, questionnaire_dir: Path | None = None, choose: Chooser | None = None) -> bool:
    """Phase 2: the list in the shown window, from a quick read when the file allows it, else with the
    data loaded in full; False (and the window closed) when the user chose to quit rather than open
    another file."""
    listed = quick_list(window.settings, questionnaire_dir)
    if listed is None:
        return complete(window, questionnaire_dir, choose)
    window.show_list(listed, loader=lambda: complete(window, questionnaire_dir, choose))
    return True


def complete(window: MainWindow, questionnaire_dir: Path | None = None, choose: Chooser | None = None) -> bool:
    """Phase 3: open the database in full and give the window its controller; False (and the window
    closed) when the user chose to quit rather than open another file."""
    data = load_data(window.settings, questionnaire_dir, window, choose)
    if data is None:
        window.close()
        return False
    window.attach(*data)
    if window.loaded is not None and window.loaded.errors:
        QTimer.singleShot(0, window.show_questionnaire_problems)
    return True


class _Relay(QObject):
    """Carries 'imported' from the background thread to the window, in the interface thread."""

    imported = Signal()


def complete_in_background(window: MainWindow) -> None:
    """Import SQLAlchemy and the workspace in a thread (the interface stays responsive: the list is
    already usable), then complete the window's data in the interface thread. Whatever the user does
    before that completes it at once (MainWindow.controller)."""
    if window.ready:
        return
    from PySide6.QtCore import Qt  # not at import: building Qt's namespace costs ~40 ms

    relay = _Relay(window)
    relay.imported.connect(window.complete, Qt.ConnectionType.QueuedConnection)

    def work() -> None:
        # Pure-Python modules only: Qt objects are made in the interface thread. An import that fails
        # here fails again, and is reported, when complete() imports it.
        with contextlib.suppress(ImportError):
            import app.services.workspace  # noqa: F401  (SQLAlchemy, the models, the repository)
        with contextlib.suppress(RuntimeError):  # the window was closed meanwhile
            relay.imported.emit()

    threading.Thread(target=work, name="opsc-preload", daemon=True).start()


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
    current[0].settings.user_name, current[0].settings.institution = fresh.user_name, fresh.institution
    if current[0].ready:  # a workspace opened later reads the name from the settings itself
        current[0].controller.record_as(recorded_name(fresh))
    if fresh.language != current[0].settings.language:
        current[0].settings.language = fresh.language
        current[0].rebuild()


def _report(what: str) -> None:
    """For the benchmark: the moment and the peak memory so far ('<what> <kB>')."""
    import resource

    print(what, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, flush=True)


def _benchmark_reports(window: MainWindow) -> None:
    """'shown' once the shell is drawn, 'ready' once the list is drawn (usable), 'loaded' once the
    controller is there too; then quit."""
    seen: set[str] = set()

    def report(what: str) -> None:
        seen.add(what)
        _report(what)
        if {"ready", "loaded"} <= seen:
            QTimer.singleShot(0, QApplication.quit)

    window.first_painted.connect(lambda: report("shown"))
    window.listed.connect(lambda: report("ready"))
    window.attached.connect(lambda: report("loaded"))


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
    if os.environ.get(BENCHMARK):
        begin(settings)
    else:
        begin(settings, then=lambda window: QTimer.singleShot(0, lambda: show_first_run(window)))
    code = app.exec()
    for window in _windows:  # the live window (a language change replaces it; the data stays)
        if window.ready:
            window.controller.close_database()
    return int(code)
