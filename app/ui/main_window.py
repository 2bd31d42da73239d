"""The main window: the list of assessments, or one open assessment; menus; the "Saved" indicator.

Changing the language or the text size rebuilds the window in place (keeping the open assessment,
question and tab), which is simpler and more robust than retranslating every widget.
"""

from __future__ import annotations

import contextlib
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QCoreApplication, QLocale, QTime
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app import __version__, paths
from app.services.catalog import Loaded
from app.services.settings import Settings, save_settings

from . import i18n
from .assessment_list import AssessmentListPage
from .controller import Controller
from .errors import Banner, QuestionnaireProblemsDialog, show_error
from .section_tree import AssessmentPage

LANGUAGES = (("en", "English"), ("fr", "Français"), ("ar", "العربية"))
SCALE_STEP, SCALE_MIN, SCALE_MAX = 0.125, 0.75, 2.5
_windows: list[MainWindow] = []  # the live window (a rebuilt window replaces the old one)


class MainWindow(QMainWindow):
    def __init__(self, controller: Controller, settings: Settings, loaded: Loaded | None = None):
        super().__init__()
        self.controller = controller
        self.settings = settings
        self.loaded = loaded
        self.questionnaire_ok = loaded is None or not loaded.errors
        self._replaced = False
        self.setWindowTitle(self.tr("OPSC self-assessment"))
        self.failure = Banner("error", parent=self)
        self.failure.setAccessibleName(self.tr("The last change was not saved"))
        self.list_page = AssessmentListPage(controller, self.questionnaire_ok, self)
        self.page = AssessmentPage(controller, self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.list_page)
        self.stack.addWidget(self.page)
        central = QWidget(self)
        col = QVBoxLayout(central)
        col.setContentsMargins(6, 6, 6, 0)
        col.addWidget(self.failure)
        col.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._status_bar()
        self._menus()
        self.list_page.open_requested.connect(self.open_assessment)
        self.list_page.table.itemSelectionChanged.connect(self._update_actions)
        controller.changed.connect(self._on_changed)
        controller.failed.connect(self._on_failed)
        controller.opened.connect(self._on_opened)
        self._restore_geometry()
        self._update_actions()
        _windows[:] = [self]

    # ---- building --------------------------------------------------------------------------------
    def _status_bar(self) -> None:
        self.saved_label = QLabel(self.tr("All changes are saved automatically"), self)
        self.saved_label.setAccessibleName(self.tr("Save status"))
        self.file_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.saved_label)
        self.statusBar().addWidget(self.file_label, 1)
        self._show_file()

    def _show_file(self) -> None:
        path = Path(self.controller.ws.db.path)
        self.file_label.setText(self.tr("File: {name}").format(name=path.name))
        tip = self.tr("Assessment file: {path}\nData folder: {home}").format(path=path, home=paths.data_home())
        self.file_label.setToolTip(tip)
        self.file_label.setStatusTip(tip)

    def _action(self, menu: QMenu, text: str, slot: Any, shortcut: Any = None, tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcuts(shortcut if isinstance(shortcut, list) else [QKeySequence(shortcut)])
        action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        return action

    def _menus(self) -> None:
        bar = self.menuBar()
        f = bar.addMenu(self.tr("&File"))
        self.new_action = self._action(f, self.tr("&New assessment…"), self.list_page.new_assessment, "Ctrl+N")
        f.addSeparator()
        self._action(f, self.tr("&Open database file…"), self.open_database_file,
                     tip=self.tr("Open another assessment file"))
        self._action(f, self.tr("New data&base file…"), self.new_database_file,
                     tip=self.tr("Start a new, empty assessment file"))
        f.addSeparator()
        self.import_action = self._action(f, self.tr("&Import answers (CSV/Excel)…"), self.import_answers)
        self.template_action = self._action(f, self.tr("Answer &template (Excel)…"), self.save_template)
        self.xlsx_action = self._action(f, self.tr("Export to E&xcel…"), lambda: self.export("xlsx"))
        self.pdf_action = self._action(f, self.tr("Export to &PDF…"), lambda: self.export("pdf"), "Ctrl+E")
        f.addSeparator()
        self.close_action = self._action(f, self.tr("&Close assessment"), self.close_assessment, "Ctrl+W")
        self._action(f, self.tr("&Settings…"), self.open_settings)
        self._action(f, self.tr("&Quit"), self.close, "Ctrl+Q")
        a = bar.addMenu(self.tr("&Assessment"))
        self.edit_action = self._action(a, self.tr("&Edit details…"), self.edit_details)
        self.delete_action = self._action(a, self.tr("&Delete…"), self.delete_assessment)
        v = bar.addMenu(self.tr("&View"))
        self.view_actions = [
            self._action(v, text, lambda i=i: self.show_tab(i), f"Ctrl+{i + 1}")
            for i, text in enumerate((self.tr("&Questionnaire"), self.tr("&Results"), self.tr("&Action plan")))]
        v.addSeparator()
        self._action(v, self.tr("&Larger text"), lambda: self.set_text_scale(self.settings.text_scale + SCALE_STEP),
                     [QKeySequence("Ctrl++"), QKeySequence("Ctrl+=")])
        self._action(v, self.tr("&Smaller text"), lambda: self.set_text_scale(self.settings.text_scale - SCALE_STEP),
                     "Ctrl+-")
        self._action(v, self.tr("&Normal text size"), lambda: self.set_text_scale(1.0), "Ctrl+0")
        languages = v.addMenu(self.tr("Lan&guage"))
        group = QActionGroup(self)
        for code, name in LANGUAGES:
            act = self._action(languages, name, lambda c=code: self.set_language(c))
            act.setCheckable(True)
            act.setChecked(code == i18n.current_language())
            group.addAction(act)
        h = bar.addMenu(self.tr("&Help"))
        self._action(h, self.tr("&User guide"), self.user_guide, "F1")
        self._action(h, self.tr("&About"), self.about)

    def _update_actions(self) -> None:
        open_ = self.controller.current is not None
        for act in (self.import_action, self.template_action, self.xlsx_action, self.pdf_action, self.close_action,
                    *self.view_actions):
            act.setEnabled(open_)
        self.new_action.setEnabled(self.questionnaire_ok)
        has = open_ or self.list_page.selected_id() is not None
        self.edit_action.setEnabled(has)
        self.delete_action.setEnabled(has)

    # ---- assessments ---------------------------------------------------------------------------
    def open_assessment(self, assessment_id: int) -> None:
        if not self.questionnaire_ok or not self.page.flush():
            return
        self.controller.open(assessment_id)

    def _on_opened(self, assessment_id: int) -> None:
        if assessment_id >= 0:
            self.page.load(assessment_id)
            self.stack.setCurrentWidget(self.page)
        else:
            self.list_page.refresh()
            self.stack.setCurrentWidget(self.list_page)
        self._update_actions()

    def close_assessment(self) -> None:
        if self.page.flush():
            self.controller.close_assessment()

    def _target(self) -> int | None:
        return self.controller.current if self.controller.current is not None else self.list_page.selected_id()

    def edit_details(self) -> None:
        target = self._target()
        if target is not None:
            self.list_page.select(target)
            self.list_page.edit_selected()

    def delete_assessment(self) -> None:
        target = self._target()
        if target is not None and self.page.flush():
            self.list_page.select(target)
            self.list_page.delete_selected()

    def show_tab(self, index: int) -> None:
        if self.controller.current is not None:
            self.page.tabs.setCurrentIndex(index)

    # ---- feedback --------------------------------------------------------------------------------
    def _on_changed(self, change: Any) -> None:
        self.failure.hide()
        now = QLocale().toString(QTime.currentTime(), QLocale.FormatType.ShortFormat)
        self.saved_label.setText(self.tr("✓ Saved at {time}").format(time=now))
        self.last_saved = datetime.now()
        if change.kind == "workspace":
            self._show_file()
        self._update_actions()

    def _on_failed(self, message: str) -> None:
        self.failure.show_message(message)
        self.saved_label.setText(self.tr("⚠ Not saved"))

    def show_questionnaire_problems(self) -> QuestionnaireProblemsDialog | None:
        if self.loaded is None or not self.loaded.errors:
            return None
        dialog = QuestionnaireProblemsDialog(self.loaded, self)
        dialog.open()
        return dialog

    # ---- files -----------------------------------------------------------------------------------
    def import_answers(self) -> None:
        from .file_dialogs import import_answers

        if self.page.flush():
            import_answers(self, self.controller)

    def save_template(self) -> None:
        from .file_dialogs import save_template

        if self.page.flush():
            save_template(self, self.controller)

    def export(self, fmt: str) -> None:
        from .file_dialogs import ExportDialog

        if self.controller.current is not None and self.page.flush():
            dialog = ExportDialog(self.controller, fmt, self)
            if dialog.exec() == ExportDialog.DialogCode.Accepted:
                self.statusBar().showMessage(self.tr("Report written: {path}").format(path=dialog.written), 10000)

    def open_database_file(self) -> None:
        from .application import choose_database, open_workspace

        path = choose_database(self, new=False)
        if path is not None and self.page.flush():
            self._switch(open_workspace(path, self.controller.questionnaire, self))

    def new_database_file(self) -> None:
        from .application import choose_database, open_workspace

        path = choose_database(self, new=True)
        if path is not None and self.page.flush():
            self._switch(open_workspace(path, self.controller.questionnaire, self))

    def _switch(self, ws: Any) -> None:
        if ws is None:
            return
        self.controller.switch_workspace(ws)
        self.settings.last_database = str(ws.db.path)
        save_settings(self.settings)

    # ---- language, text size, help --------------------------------------------------------------
    def set_language(self, lang: str) -> None:
        if lang != i18n.current_language():
            self.settings.language = lang
            self.rebuild()

    def set_text_scale(self, scale: float) -> None:
        scale = round(min(max(scale, SCALE_MIN), SCALE_MAX), 3)
        if scale != self.settings.text_scale:
            self.settings.text_scale = scale
            self.rebuild()

    def rebuild(self) -> MainWindow | None:
        """Apply the language and text size by replacing this window with a new one in the same state."""
        if not self.page.flush():
            return None
        save_settings(self.settings)
        state = self.state()
        i18n.apply_language(QApplication.instance(), self.settings.language, self.settings.text_scale)  # type: ignore[arg-type]
        self.save_geometry()
        new = MainWindow(self.controller, self.settings, self.loaded)
        new.restoreGeometry(self.saveGeometry())
        new.restore(state)
        new.show()
        self._replaced = True
        self.close()
        self.deleteLater()
        return new

    def state(self) -> dict[str, Any]:
        return {"assessment": self.controller.current, **self.page.state()}

    def restore(self, state: dict[str, Any]) -> None:
        if state.get("assessment") is not None:
            self.page.load(state["assessment"])
            self.stack.setCurrentWidget(self.page)
            self.page.restore(state)
        self._update_actions()

    def open_settings(self) -> None:
        try:
            from .help import SettingsDialog
        except ImportError:
            return
        before = (self.settings.language, self.settings.text_scale)
        SettingsDialog(self, self.settings, live=True).exec()
        if (self.settings.language, self.settings.text_scale) != before:
            self.rebuild()

    def user_guide(self) -> None:
        try:
            from .help import show_user_guide
        except ImportError:
            show_error(self, self.tr("The user guide is not available in this build."))
            return
        show_user_guide(self, i18n.current_language())

    def about(self) -> None:
        try:
            from .help import AboutDialog
        except ImportError:
            QMessageBox.about(self, self.tr("About"), self.tr("OPSC self-assessment {version}\nData folder: {home}")
                              .format(version=__version__, home=paths.data_home()))
            return
        AboutDialog(self, self.controller.questionnaire).exec()

    # ---- geometry and closing -------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        geometry = self.settings.window_geometry
        if not geometry or not self.restoreGeometry(QByteArray.fromBase64(geometry.encode("ascii"))):
            self.resize(1200, 800)

    def save_geometry(self) -> None:
        self.settings.window_geometry = bytes(self.saveGeometry().toBase64().data()).decode("ascii")

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing with the window's X loses nothing: what was typed is saved first."""
        if not self.page.flush() and not self._replaced and not confirm_close_unsaved(self):
            event.ignore()
            return
        if not self._replaced:
            self.save_geometry()
            with contextlib.suppress(OSError):  # preferences are not worth blocking the close for
                save_settings(self.settings)
        event.accept()


def confirm_close_unsaved(parent: QWidget) -> bool:
    answer = QMessageBox.warning(
        parent, QCoreApplication.translate("MainWindow", "Not saved"),
        QCoreApplication.translate("MainWindow", "The last change could not be saved (see the message at the top "
                                                 "of the window). Close anyway and lose it?"),
        QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
    return answer == QMessageBox.StandardButton.Discard
