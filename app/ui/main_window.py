"""The main window: the list of assessments, or one open assessment; menus; the "Saved" indicator.

It is built in steps so that it appears at once and is usable soon after: the shell (title, menus,
status bar and "Opening your assessments…" where the list will be) needs only Qt and the settings;
`show_list()` puts the list there from a quick read of the file (no SQLAlchemy); `attach()` gives the
window its controller (the database opened in full, migrated if needed) once that is loaded in the
background, or at once when the user acts before. Until the list is shown the actions that need data
are disabled. The assessment page is built the first time an assessment is opened.

Changing the language or the text size rebuilds the window in place (keeping the open assessment,
question and tab), which is simpler and more robust than retranslating every widget.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QCoreApplication, QLocale, QTime, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMenu,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app import __version__, paths
from app.services.settings import (
    Settings,
    recorded_name,
    remember_database,
    remembered_database,
    save_settings,
)

from . import i18n

if TYPE_CHECKING:  # the heavy modules are imported when the data is there (see attach())
    from PySide6.QtGui import QCloseEvent, QPaintEvent

    from app.services.catalog import Loaded
    from app.services.listing import AssessmentSummary

    from .assessment_list import AssessmentListPage
    from .controller import Controller
    from .errors import Banner, QuestionnaireProblemsDialog
    from .section_tree import AssessmentPage

LANGUAGES = (("en", "English"), ("fr", "Français"), ("ar", "العربية"))
SCALE_STEP, SCALE_MIN, SCALE_MAX = 0.125, 0.75, 2.5
_windows: list[MainWindow] = []  # the live window (a rebuilt window replaces the old one)


def database_to_open(settings: Settings) -> Path | str:
    """What is opened at startup: the last file or server used (a server's address, never its password),
    or the default file in the data folder (also when the last file is not there any more)."""
    return remembered_database(settings)


class MainWindow(QMainWindow):
    first_painted = Signal()  # once, just after the window was first drawn on screen
    attached = Signal()  # the controller is there: the list reads the database through it
    listed = Signal()  # once, after the list of assessments was first drawn (usable from then on)

    def __init__(self, controller: Controller | None, settings: Settings, loaded: Loaded | None = None):
        """With a controller the window is complete at once; without, it is the shell until attach()."""
        super().__init__()
        self._controller: Controller | None = None
        self._page: AssessmentPage | None = None
        self.settings = settings
        self.loaded = loaded
        self.questionnaire_ok = loaded is None or not loaded.errors
        self._replaced = self._painted = False
        self._loader: Callable[[], object] | None = None
        self._list: AssessmentListPage | None = None
        self.compare_dialog: Any = None  # the comparison dialog last opened (kept until the next one)
        self.setWindowTitle(self.tr("OPSC self-assessment"))
        self.loading = self._loading_page()
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.loading)
        central = QWidget(self)
        self.column = QVBoxLayout(central)
        self.column.setContentsMargins(6, 6, 6, 0)
        self.column.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._status_bar()
        self._menus()
        self._restore_geometry()
        self._update_actions()
        _windows[:] = [self]
        if controller is not None:
            self.attach(controller, loaded)

    # ---- building --------------------------------------------------------------------------------
    def _loading_page(self) -> QWidget:
        """Where the list will be: its heading and a short "Opening…" while the data is loaded."""
        page = QWidget(self)
        heading = QLabel(QCoreApplication.translate("AssessmentListPage", "Assessments"), page)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        self.loading_label = QLabel(self.tr("Opening your assessments…"), page)
        self.loading_label.setAccessibleName(self.loading_label.text())
        col = QVBoxLayout(page)
        col.addWidget(heading)
        col.addWidget(self.loading_label)
        col.addStretch(1)
        return page

    def show_list(self, summaries: list[AssessmentSummary], loader: Callable[[], object]) -> None:
        """The list read quickly from the file (over a questionnaire known to load without problems),
        before the controller: usable at once. `loader()` must end in attach() (or close the window); it
        runs from `complete()`, in the background soon after, or at once the first time something needs
        the controller."""
        from .assessment_list import AssessmentListPage

        self._loader = loader
        self._put_list(AssessmentListPage(None, self.questionnaire_ok, self, preview=summaries,
                                          need_controller=lambda: self.controller))

    def _put_list(self, page: AssessmentListPage) -> None:
        self._list = page
        self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)
        self.stack.removeWidget(self.loading)
        self.loading.deleteLater()
        page.open_requested.connect(self.open_assessment)
        page.compare_requested.connect(self.compare_assessments)
        page.table.itemSelectionChanged.connect(self._update_actions)
        page.painted.connect(self.listed.emit)
        self._show_file()
        self._update_actions()
        page.focus_list()

    def attach(self, controller: Controller, loaded: Loaded | None = None) -> None:
        """The questionnaire and the database are loaded: the list reads them, everything is enabled."""
        from .assessment_list import AssessmentListPage
        from .errors import Banner  # here, not in the shell: errors.py builds Qt's namespace (~40 ms)

        self._controller = controller
        self._loader = None
        self.failure: Banner = Banner("error", parent=self)  # says when a change could not be saved
        self.failure.setAccessibleName(self.tr("The last change was not saved"))
        self.column.insertWidget(0, self.failure)
        self.read_only_banner: Banner = Banner("warning", closable=False, parent=self)
        self.read_only_banner.setAccessibleName(self.tr("Changes cannot be saved"))
        self.column.insertWidget(1, self.read_only_banner)
        self._show_read_only()
        self.loaded = loaded
        self.questionnaire_ok = loaded is None or not loaded.errors
        if self._list is None:
            self._put_list(AssessmentListPage(controller, self.questionnaire_ok, self))
        else:  # shown from the quick read: keeps its selection and focus
            self.list_page.can_open = self.questionnaire_ok
            self.list_page.set_controller(controller)
        controller.changed.connect(self._on_changed)
        controller.failed.connect(self._on_failed)
        controller.opened.connect(self._on_opened)
        self._show_file()
        self._update_actions()
        self.attached.emit()

    def complete(self) -> bool:
        """Load the data now if the list was shown before it (see show_list); True once it is there."""
        if self._controller is None and self._loader is not None:
            loader, self._loader = self._loader, None
            loader()
        return self._controller is not None

    @property
    def is_listed(self) -> bool:
        """True once the list of assessments is shown (from the quick read or from the controller)."""
        return self._list is not None

    @property
    def list_page(self) -> AssessmentListPage:
        if self._list is None:
            raise RuntimeError("the list of assessments is not shown yet")
        return self._list

    @property
    def ready(self) -> bool:
        """True once attach() gave the window its data."""
        return self._controller is not None

    @property
    def controller(self) -> Controller:
        if self._controller is None and not self.complete():
            raise RuntimeError("the main window has no data: attach() was not called")
        assert self._controller is not None
        return self._controller

    @property
    def page(self) -> AssessmentPage:
        """The open assessment (questions, results, action plan): built the first time it is needed."""
        if self._page is None:
            from .section_tree import AssessmentPage

            self._page = AssessmentPage(self.controller, self)
            self.stack.addWidget(self._page)
        return self._page

    def _flush(self) -> bool:
        """Save what is being typed on the assessment page; False when that failed."""
        return self._page is None or self._page.flush()

    def _flushed_for(self, what: str) -> bool:
        """_flush before a file is written from the answers (a report, a template, an exchange file): when
        the text being typed could not be saved (a full disk), say that `what` was not done and why,
        rather than nothing at all (the banner alone did not say the export was skipped)."""
        if self._flush():
            return True
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(self, what, self.tr(
            "Not done: {what}. What you typed could not be saved first, so it would have been missing; the reason "
            "is shown at the top of the window and your text is still on screen. Try again once it is saved.").format(
            what=what))
        return False

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self.first_painted.emit)  # after this frame has reached the screen

    def _status_bar(self) -> None:
        self.saved_label = QLabel(self.tr("All changes are saved automatically"), self)
        self.saved_label.setAccessibleName(self.tr("Save status"))
        self.file_label = QLabel(self)
        # a long path or server name is cut at the status bar's width, not the window's minimum (whole in its tooltip)
        self.file_label.setMinimumWidth(1)
        self.file_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.statusBar().addPermanentWidget(self.saved_label)
        self.statusBar().addWidget(self.file_label, 1)
        self._show_file()

    def _show_read_only(self) -> None:
        """A lasting banner while the open file cannot be written (read-only disk, no permission, full disk)."""
        from .controller import read_only_message

        why = self.controller.read_only
        if why is None:
            self.read_only_banner.hide()
            self.saved_label.setText(self.tr("All changes are saved automatically"))
            self.saved_label.setToolTip("")
        else:
            self.read_only_banner.show_message(read_only_message(why))
            # not "saved automatically": nothing can be saved in this file
            self.saved_label.setText(self.tr("🔒 Read-only: changes cannot be saved"))
            self.saved_label.setToolTip(read_only_message(why))

    def _show_file(self) -> None:
        from app.services.servers import ServerAddress

        where = self.controller.location if self.ready else str(database_to_open(self.settings))
        server = ServerAddress.parse(where)
        if server is not None:
            self.file_label.setText(self.tr("Server: {where}").format(where=server.label()))
            tip = self.tr("Shared database on a server: {where}\nChanges are recorded under your user name.").format(
                where=where)
            self.file_label.setToolTip(tip)
            self.file_label.setStatusTip(tip)
            return
        path = Path(where)
        self.file_label.setText(self.tr("File: {name}").format(name=path.name))
        tip = self.tr("Assessment file: {path}\nData folder: {home}").format(path=path, home=paths.data_home())
        self.file_label.setToolTip(tip)
        self.file_label.setStatusTip(tip)

    def _action(self, menu: QMenu, text: str, slot: Any, shortcut: Any = None, tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcuts(shortcut if isinstance(shortcut, list) else [shortcut])  # "Ctrl+N" strings
        action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        return action

    def _menus(self) -> None:
        bar = self.menuBar()
        f = bar.addMenu(self.tr("&File"))
        self.new_action = self._action(f, self.tr("&New assessment…"), lambda: self.list_page.new_assessment(),
                                       "Ctrl+N")
        f.addSeparator()
        self.data_actions = [  # need the data: disabled until attach()
            self._action(f, self.tr("&Open database file…"), self.open_database_file,
                         tip=self.tr("Open another assessment file")),
            self._action(f, self.tr("New data&base file…"), self.new_database_file,
                         tip=self.tr("Start a new, empty assessment file")),
            self._action(f, self.tr("&Restore a backup…"), self.restore_backup,
                         tip=self.tr("Put back the content of an automatic backup; the current file is backed up "
                                     "first")),
            self._action(f, self.tr("Connect to a ser&ver…"), self.connect_to_server,
                         tip=self.tr("Work on assessments shared on a PostgreSQL server"))]
        f.addSeparator()
        self.import_action = self._action(f, self.tr("&Import answers (CSV/Excel)…"), self.import_answers)
        self.template_action = self._action(f, self.tr("Answer &template (Excel)…"), self.save_template)
        self.share_action = self._action(f, self.tr("S&hare assessment…"), self.share_assessment,
                                         tip=self.tr("Write an exchange file to hand the assessment to a workshop "
                                                     "participant, or your answers to the facilitator"))
        self.receive_action = self._action(f, self.tr("Rec&eive files…"), self.receive_files,
                                           tip=self.tr("Add assessments and contributions from exchange files and "
                                                       "filled answer templates"))
        self.data_actions.append(self.receive_action)
        self.xlsx_action = self._action(f, self.tr("Export to E&xcel…"), lambda: self.export("xlsx"))
        self.pdf_action = self._action(f, self.tr("Export to &PDF…"), lambda: self.export("pdf"), "Ctrl+E")
        f.addSeparator()
        self.close_action = self._action(f, self.tr("&Close assessment"), self.close_assessment, "Ctrl+W")
        self.data_actions.append(self._action(f, self.tr("&Settings…"), self.open_settings))
        self._action(f, self.tr("&Quit"), self.close, "Ctrl+Q")
        a = bar.addMenu(self.tr("&Assessment"))
        self.edit_action = self._action(a, self.tr("&Edit details…"), self.edit_details)
        self.delete_action = self._action(a, self.tr("&Delete…"), self.delete_assessment)
        self.history_action = self._action(
            a, self.tr("&History…"), self.show_assessment_history, "Ctrl+Shift+H",
            tip=self.tr("Who changed the details and the weights of the assessment, when, from what to what"))
        a.addSeparator()
        self.follow_up_action = self._action(
            a, self.tr("Start a follow-&up…"), self.start_follow_up,
            tip=self.tr("A new review of the same country that starts from this one's answers, to confirm"))
        self.compare_action = self._action(a, self.tr("&Compare assessments…"), self.compare_assessments,
                                           tip=self.tr("Two or more assessments side by side"))
        self._view_menu(bar.addMenu(self.tr("&View")))
        self._go_menu(bar.addMenu(self.tr("&Go")))
        h = bar.addMenu(self.tr("&Help"))
        self._action(h, self.tr("&User guide"), self.user_guide, "F1")
        self._action(h, self.tr("&About"), self.about)

    def _view_menu(self, v: QMenu) -> None:
        self.view_actions = [
            self._action(v, text, lambda i=i: self.show_tab(i), f"Ctrl+{i + 1}")
            for i, text in enumerate((self.tr("&Questionnaire"), self.tr("&Results"), self.tr("Ac&tion plan"),
                                      self.tr("Wor&kshop")))]
        v.addSeparator()
        self.data_actions += [  # these rebuild the window, which needs its data
            self._action(v, self.tr("&Larger text"),
                         lambda: self.set_text_scale(self.settings.text_scale + SCALE_STEP),
                         ["Ctrl++", "Ctrl+="]),
            self._action(v, self.tr("&Smaller text"),
                         lambda: self.set_text_scale(self.settings.text_scale - SCALE_STEP), "Ctrl+-"),
            self._action(v, self.tr("&Normal text size"), lambda: self.set_text_scale(1.0), "Ctrl+0")]
        languages = v.addMenu(self.tr("Lan&guage"))
        group = QActionGroup(self)
        for code, name in LANGUAGES:
            act = self._action(languages, name, lambda c=code: self.set_language(c))
            act.setCheckable(True)
            act.setChecked(code == i18n.current_language())
            group.addAction(act)
            self.data_actions.append(act)

    def _go_menu(self, g: QMenu) -> None:
        """Moving through the questionnaire from the keyboard (Page Down/Up go question by question)."""
        self.go_actions = [
            self._action(g, self.tr("Next &unanswered question"), lambda: self.go("next_unanswered"), "F3",
                         tip=self.tr("The next question without an answer, wrapping round at the end")),
            self._action(g, self.tr("&Previous unanswered question"), lambda: self.go("previous_unanswered"),
                         "Shift+F3"),
            self._action(g, self.tr("Next “&Don't know” answer"), lambda: self.go("next_dont_know"), "Ctrl+F3",
                         tip=self.tr("The next question answered “Don't know”, to complete it later")),
            self._action(g, self.tr("Next &carried-over answer"), lambda: self.go("next_carried_over"),
                         "Ctrl+Shift+F3", tip=self.tr("The next answer carried over from the previous review, "
                                                      "to confirm or change")),
            self._action(g, self.tr("Next d&isagreement"), lambda: self.go("next_disagreement"), "F4",
                         tip=self.tr("In the workshop view, the next question where the contributors disagree "
                                     "and no decision was taken")),
            self._action(g, self.tr("Previous disa&greement"), lambda: self.go("previous_disagreement"),
                         "Shift+F4"),
        ]
        g.addSeparator()
        self.go_actions += [
            self._action(g, self.tr("&Next section"), lambda: self.go("next_section"), "Ctrl+PgDown"),
            self._action(g, self.tr("P&revious section"), lambda: self.go("previous_section"), "Ctrl+PgUp"),
        ]

    def go(self, where: str) -> None:
        """Show the questionnaire tab at the question asked for; say so when there is none."""
        if self.controller.current is None:
            return
        self.statusBar().clearMessage()  # what the last move said no longer holds
        if where in ("next_disagreement", "previous_disagreement"):
            self.page.tabs.setCurrentIndex(self.page.WORKSHOP)
            if not self.page.workshop_view.next_disagreement(1 if where == "next_disagreement" else -1):
                self.statusBar().showMessage(self.tr("No question is left where the contributors disagree "
                                                     "without a decision."), 8000)
            return
        questions = self.page.questions
        self.page.tabs.setCurrentIndex(self.page.QUESTIONS)
        moves: dict[str, Callable[[], bool]] = {
                 "next_unanswered": lambda: questions.next_unanswered(1),
                 "previous_unanswered": lambda: questions.next_unanswered(-1),
                 "next_dont_know": questions.next_dont_know,
                 "next_carried_over": questions.next_carried_over,
                 "next_section": lambda: questions.step_section(1),
                 "previous_section": lambda: questions.step_section(-1)}
        if moves[where]():
            return
        every = self._every_answered_message()
        messages = {"next_unanswered": every,
                    "previous_unanswered": every,
                    "next_dont_know": self.tr("No question is answered “Don't know”."),
                    "next_carried_over": self.tr("No answer is left to confirm."),
                    "next_section": self.tr("This is the last section."),
                    "previous_section": self.tr("This is the first section.")}
        self.statusBar().showMessage(messages[where], 8000)

    @staticmethod
    def _key_text(keys: str) -> str:
        """A shortcut as the user's keyboard names it ("Ctrl+F3"), kept left to right in an Arabic sentence."""
        from PySide6.QtGui import QKeySequence

        return i18n.code(QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText))

    def _every_answered_message(self) -> str:
        """No question is left without an answer; but "Don't know" answers do not count as covered, and in a
        follow-up the answers carried over are still to confirm: the message says how many, and the key to them
        (it said only "Every question has an answer." while the coverage said otherwise)."""
        questions = self.page.questions
        dont_know = questions.dont_know_count()
        carried = questions.carried_over_count()
        if not dont_know and not carried:
            return self.tr("Every question has an answer.")
        # short enough for the status bar at 1024x600 (the long sentences ran into "All changes are saved
        # automatically"); in a follow-up, not "Every question has an answer" while answers are still to confirm
        parts = []
        if dont_know:
            parts.append(self.tr("“Don't know”: {n} ({key})").format(n=i18n.fmt_number(dont_know),
                                                                   key=self._key_text("Ctrl+F3")))
        if carried:
            parts.append(self.tr("to confirm: {n} ({key})").format(n=i18n.fmt_number(carried),
                                                                  key=self._key_text("Ctrl+Shift+F3")))
        return self.tr("Unanswered: 0 ·") + " " + " · ".join(parts)

    def _update_actions(self) -> None:
        ready = self.is_listed  # what needs the controller loads it on first use
        open_ = self._controller is not None and self._controller.current is not None
        for act in (self.import_action, self.template_action, self.xlsx_action, self.pdf_action, self.close_action,
                    *self.view_actions, *self.go_actions):
            act.setEnabled(open_)
        for act in self.data_actions:
            act.setEnabled(ready)
        self.new_action.setEnabled(ready and self.questionnaire_ok)
        has = open_ or (self._list is not None and self._list.selected_id() is not None)
        self.edit_action.setEnabled(has)
        self.delete_action.setEnabled(has)
        self.history_action.setEnabled(has)
        self.follow_up_action.setEnabled(has and self.questionnaire_ok)
        self.compare_action.setEnabled(ready and self.questionnaire_ok)
        self.share_action.setEnabled(has)

    # ---- assessments ---------------------------------------------------------------------------
    def open_assessment(self, assessment_id: int) -> None:
        if not self.questionnaire_ok or not self._flush():
            return
        self.controller.open(assessment_id)

    def _show_title(self) -> None:
        """The window's title names the open assessment (seen in the task bar and when switching windows)."""
        app_name = self.tr("OPSC self-assessment")
        current = self.controller.current if self.ready else None
        if current is None:
            self.setWindowTitle(app_name)
            return
        info = self.controller.info(current, i18n.current_language())
        self.setWindowTitle(self.tr("{title} — {country} · {app}").format(
            title=info.title, country=info.country_name, app=app_name))

    def _on_opened(self, assessment_id: int) -> None:
        self._show_title()
        if assessment_id >= 0:
            self.page.load(assessment_id)
            self.stack.setCurrentWidget(self.page)
            self.page.questions.focus_answer()  # keys 1–6 answer at once; Tab goes on to the notes
        else:
            self.list_page.refresh()
            self.stack.setCurrentWidget(self.list_page)
            self.list_page.focus_list()
        self._update_actions()

    def close_assessment(self) -> None:
        if self._flush():
            self.controller.close_assessment()

    def _target(self) -> int | None:
        return self.controller.current if self.controller.current is not None else self.list_page.selected_id()

    def edit_details(self) -> None:
        target = self._target()
        if target is not None:
            self.list_page.select(target)
            self.list_page.edit_selected()

    def show_assessment_history(self) -> None:
        """The history of the open (or selected) assessment's details and weights (the audit trail)."""
        from .history_dialog import HistoryDialog

        target = self._target()
        if target is None or not self._flush():
            return
        title = self.controller.info(target, i18n.current_language()).title
        dialog = HistoryDialog(title, self.controller.assessment_history(target), self, whole=True)
        dialog.exec()
        dialog.deleteLater()

    def delete_assessment(self) -> None:
        target = self._target()
        if target is not None and self._flush():
            self.list_page.select(target)
            self.list_page.delete_selected()

    def start_follow_up(self) -> int | None:
        """A follow-up of the open (or selected) assessment: created, then opened."""
        from .follow_up import start_follow_up

        target = self._target()
        if target is None or not self._flush():
            return None
        new = start_follow_up(self, self.controller, target)
        if new is not None:
            self.list_page.refresh()
            self.list_page.select(new)
            self.open_assessment(new)
        return new

    def compare_assessments(self) -> None:
        """The comparison dialog, with the open (or selected) assessment and its baseline ticked; for a baseline,
        its follow-up reviews (what a user comparing from a baseline wants to see against it)."""
        from .compare_dialog import CompareDialog

        target = self._target()
        chosen = [target] if target is not None else []
        if target is not None and (base := self.controller.baseline_of(target)) is not None:
            chosen.insert(0, base)
        elif target is not None:
            chosen += self.controller.follow_ups_of(target)
        if self.compare_dialog is not None:
            self.compare_dialog.deleteLater()
        self.compare_dialog = CompareDialog(self.controller, chosen, self)
        self.compare_dialog.open()

    def show_tab(self, index: int) -> None:
        if self.controller.current is not None:
            self.page.tabs.setCurrentIndex(index)

    # ---- feedback --------------------------------------------------------------------------------
    def _on_changed(self, change: Any) -> None:
        self.failure.hide()
        now = QLocale().toString(QTime.currentTime(), QLocale.FormatType.ShortFormat)
        self.saved_label.setText(self.tr("✓ Saved at {time}").format(time=now))
        from datetime import datetime  # the first change comes after the start: not imported before it

        from app.services.changes import ChangeKind

        self.last_saved = datetime.now()
        if change.kind is ChangeKind.DATABASE_OPENED:
            self._show_file()
            self._show_read_only()
        if change.kind in (ChangeKind.ASSESSMENT_UPDATED, ChangeKind.DATABASE_OPENED):
            self._show_title()
        self._update_actions()

    def _on_failed(self, message: str) -> None:
        from .controller import read_only_message

        why = self.controller.read_only
        if why is not None and self.read_only_banner.isVisibleTo(self) and message in read_only_message(why):
            # the lasting read-only banner already says it: not a second, near-identical one above it
            self.statusBar().showMessage(self.tr("Not saved: this file is read-only"), 10000)
        else:
            self.failure.show_message(message)
        self.saved_label.setText(self.tr("⚠ Not saved"))

    def show_questionnaire_problems(self) -> QuestionnaireProblemsDialog | None:
        from .errors import QuestionnaireProblemsDialog

        if self.loaded is None or not self.loaded.errors:
            return None
        dialog = QuestionnaireProblemsDialog(self.loaded, self)
        dialog.open()
        return dialog

    # ---- files -----------------------------------------------------------------------------------
    def import_answers(self) -> None:
        from .file_dialogs import import_answers

        if self._flush():
            import_answers(self, self.controller)

    def save_template(self) -> None:
        from .file_dialogs import save_template

        if self._flushed_for(self.tr("Save answer template")):
            save_template(self, self.controller)

    def share_assessment(self) -> None:
        """Write the open (or selected) assessment to an exchange file."""
        from .exchange_dialogs import ShareDialog

        target = self._target()
        if target is None or not self._flushed_for(self.tr("Share for a workshop")):
            return
        dialog = ShareDialog(self.controller, target, self)
        if dialog.exec() == ShareDialog.DialogCode.Accepted and dialog.written is not None:
            self.statusBar().showMessage(self.tr("Exchange file written: {path}").format(path=dialog.written), 10000)
        dialog.deleteLater()

    def receive_files(self) -> None:
        """Receive exchange files and filled answer templates, then say what became of each."""
        from .exchange_dialogs import receive_files

        if self._flush():
            self.received = receive_files(self, self.controller)

    def export(self, fmt: str) -> None:
        from .file_dialogs import ExportDialog, ExportDoneDialog

        if self.controller.current is not None and self._flushed_for(self.tr("Export report")):
            dialog = ExportDialog(self.controller, fmt, self)
            if dialog.exec() == ExportDialog.DialogCode.Accepted:
                self.statusBar().showMessage(self.tr("Report written: {path}").format(path=dialog.written), 10000)
                self.settings.export_folder = str(dialog.written.parent)  # saved with the other settings
                self.export_done = ExportDoneDialog(dialog.written, self)
                self.export_done.open()  # open the file or its folder, or close

    def connect_to_server(self) -> None:
        """Ask where the server is and the password (never stored); switch to it once connected."""
        from .application import connect_to_server

        if self._flush():
            self._switch(connect_to_server(self, self.controller.questionnaire, self.controller.location,
                                           self.settings.last_database))

    def open_database_file(self) -> None:
        from .application import choose_database, open_workspace

        path = choose_database(self, new=False)
        if path is not None and self._flush():
            self._switch(open_workspace(path, self.controller.questionnaire, self))

    def new_database_file(self) -> None:
        from .application import choose_database, open_workspace

        path = choose_database(self, new=True)
        if path is not None and self._flush():
            self._switch(open_workspace(path, self.controller.questionnaire, self))

    def restore_backup(self) -> None:
        from .backups_dialog import restore_backup

        if self._flush():
            restore_backup(self, self.controller)

    def _switch(self, ws: Any) -> None:
        if ws is None:
            return
        self.controller.switch_workspace(ws)
        remember_database(self.settings, ws.location)
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
        if not self._flush():
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
        return {"assessment": self.controller.current, **(self._page.state() if self._page is not None else {})}

    def restore(self, state: dict[str, Any]) -> None:
        if state.get("assessment") is not None:
            self.page.load(state["assessment"])
            self.stack.setCurrentWidget(self.page)
            self.page.restore(state)
        self._show_title()
        self._update_actions()

    def open_settings(self) -> None:
        try:
            from .help import SettingsDialog
        except ImportError:
            return
        before = (self.settings.language, self.settings.text_scale)
        SettingsDialog(self, self.settings, live=True).exec()
        if self.ready:  # the name, changed or not, for the changes from now on (a workspace opened later reads it)
            self.controller.record_as(recorded_name(self.settings))
        if (self.settings.language, self.settings.text_scale) != before:
            self.rebuild()

    def user_guide(self) -> None:
        try:
            from .help import show_user_guide
        except ImportError:
            from .errors import show_error

            show_error(self, self.tr("The user guide is not available in this build."))
            return
        show_user_guide(self, i18n.current_language())

    def about(self) -> None:
        try:
            from .help import AboutDialog
        except ImportError:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.about(self, self.tr("About"), self.tr("OPSC self-assessment {version}\nData folder: {home}")
                              .format(version=__version__, home=paths.data_home()))
            return
        AboutDialog(self, self.controller.questionnaire if self.ready else None).exec()

    # ---- geometry and closing -------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        geometry = self.settings.window_geometry
        if not geometry or not self.restoreGeometry(QByteArray.fromBase64(geometry.encode("ascii"))):
            self.resize(1200, 800)

    def save_geometry(self) -> None:
        self.settings.window_geometry = bytes(self.saveGeometry().toBase64().data()).decode("ascii")

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing with the window's X loses nothing: what was typed is saved first."""
        if not self._flush() and not self._replaced and not confirm_close_unsaved(self):
            event.ignore()
            return
        if not self._replaced:
            self.save_geometry()
            with contextlib.suppress(OSError):  # preferences are not worth blocking the close for
                save_settings(self.settings)
        event.accept()


def confirm_close_unsaved(parent: QWidget) -> bool:
    from PySide6.QtWidgets import QMessageBox

    answer = QMessageBox.warning(
        parent, QCoreApplication.translate("MainWindow", "Not saved"),
        QCoreApplication.translate("MainWindow", "The last change could not be saved (see the message at the top "
                                                 "of the window). Close anyway and lose it?"),
        QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
    return answer == QMessageBox.StandardButton.Discard
