"""The assessment page: chapters and sections with their progress on the left; the questionnaire,
results and action plan as tabs on the right; a banner when the questionnaire changed since."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.progress import Progress, progress
from app.services.changes import ChangeKind

from . import i18n
from .controller import Controller
from .errors import Banner
from .fit import WrapHeader, wrap_header
from .follow_up import CARRIED_COLOUR, CARRIED_MARK
from .progress_text import progress_details
from .question_page import QuestionPage

SECTION_ROLE = Qt.ItemDataRole.UserRole
PROGRESS_ROLE = Qt.ItemDataRole.UserRole + 1  # (answered, applicable)


class _CountWithBar(QStyledItemDelegate):
    """The count ("3/14") with a thin progress line under it: no column of its own, so that the section
    names keep the room on a small screen or with large text."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        super().paint(painter, option, index)
        value = index.data(PROGRESS_ROLE)
        if not value:
            return
        answered, applicable = value
        rect: QRect = option.rect
        line = QRect(rect.left() + 3, rect.bottom() - 3, max(rect.width() - 6, 4), 3)
        painter.save()
        painter.fillRect(line, option.palette.mid())
        done = QRect(line)
        done.setWidth(int(line.width() * answered / max(applicable, 1)))
        if option.direction == Qt.LayoutDirection.RightToLeft:
            done.moveRight(line.right())
        painter.fillRect(done, option.palette.highlight())
        painter.restore()


class SectionTree(QTreeWidget):
    section_chosen = Signal(str)

    def __init__(self, controller: Controller, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = controller
        self.setColumnCount(2)
        wrap_header(self)
        self.setHeaderLabels([self.tr("Section"), self.tr("Answered")])
        self.headerItem().setToolTip(1, self.tr("Questions answered, out of the questions that apply"))
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)  # as wide as the counts, not the header
        self.setItemDelegateForColumn(1, _CountWithBar(self))
        self.setAccessibleName(self.tr("Chapters and sections"))
        self.setAccessibleDescription(self.tr("Choose a section to answer its questions"))
        # narrow enough for a 1024-px screen (and 1366 px at 150 % text); titles are elided, shown in full as tooltips
        self.setMinimumWidth(max(200, self.fontMetrics().averageCharWidth() * 26))
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.items: dict[str, QTreeWidgetItem] = {}
        self.itemActivated.connect(self._activated)
        self.itemClicked.connect(self._activated)
        controller.changed.connect(self._on_changed)
        self.build()

    def _on_changed(self, _change: Any) -> None:
        if self.controller.current is not None:
            self.refresh()

    def build(self) -> None:
        self.clear()
        self.items.clear()
        lang = i18n.current_language()
        qn = self.controller.questionnaire
        for chapter in qn.chapters:
            top = QTreeWidgetItem(self, [f"{i18n.chapter_number(chapter.id)} {chapter.title.get(lang)}"])
            top.setFlags(top.flags() & ~Qt.ItemFlag.ItemIsSelectable)
            top.setData(0, SECTION_ROLE, None)
            top.setToolTip(0, top.text(0))  # the full name, where the row shows "III. Princ…"
            self.items["chapter:" + chapter.id] = top
            for s in qn.sections_of(chapter.id):
                title = s.title.get(lang) if s.id == chapter.id else f"{i18n.code(s.id)} {s.title.get(lang)}"
                item = QTreeWidgetItem(top, [title])
                item.setData(0, SECTION_ROLE, s.id)
                item.setToolTip(0, title)
                self.items[s.id] = item
            top.setExpanded(True)
        self.refresh()

    def progress_of(self, key: str) -> tuple[int, int] | None:
        """(answered, applicable) drawn as the progress line of a section (or "chapter:III")."""
        item = self.items.get(key)
        value = item.data(1, PROGRESS_ROLE) if item is not None else None
        return (int(value[0]), int(value[1])) if value else None

    def refresh(self) -> None:
        """Counts from the one progress rule: answered on the scale, out of applicable questions; with
        contributions received, the questions where the contributors disagree (≠ n)."""
        answers = self.controller.answers()
        qn = self.controller.questionnaire
        overview = self.controller.workshop_overview()
        agreements = ({qid: overview.state(qid) for qid in overview.agreements}
                      if overview is not None and overview.contributors else {})
        for chapter in qn.chapters:
            sections = qn.sections_of(chapter.id)
            for s in sections:
                self._show(self.items.get(s.id), progress(s.questions, answers))
                self._mark(self.items.get(s.id), [agreements.get(q.id, "") for q in s.questions], agreements)
            whole = progress([q for s in sections for q in s.questions], answers)
            self._show(self.items.get("chapter:" + chapter.id), whole)
            self._mark(self.items.get("chapter:" + chapter.id),
                       [agreements.get(q.id, "") for s in sections for q in s.questions], agreements)
        self._fit_counts()

    def _fit_counts(self) -> None:
        """The count column as wide as its widest count (not its header), the names take the rest."""
        fm = self.fontMetrics()
        widest = max((fm.horizontalAdvance(item.text(1)) for item in self.items.values()), default=0)
        header = self.header()
        # never narrower than the header's word ("Answe", "Répon" at 150 % text): it wraps between words
        minimum = header.min_width(1) if isinstance(header, WrapHeader) else 0
        header.resizeSection(1, max(widest + fm.averageCharWidth() * 2, minimum))

    def _mark(self, item: QTreeWidgetItem | None, kinds: list[str], agreements: dict[str, str]) -> None:
        """The number of questions where the contributors disagree, after the count; the four numbers in the
        tooltip."""
        if item is None or not agreements:
            return
        n = {k: kinds.count(k) for k in ("conflict", "decided", "unanimous", "single", "none")}
        if n["conflict"]:
            item.setText(1, f"{item.text(1)} {i18n.code('≠' + i18n.fmt_number(n['conflict']))}")
            item.setForeground(1, QColor("#b3261e"))
        else:
            item.setForeground(1, QColor(self.palette().color(self.foregroundRole())))
        if n["decided"]:
            item.setText(1, f"{item.text(1)} {i18n.code('✓' + i18n.fmt_number(n['decided']))}")
        tip = self.tr("Contributors disagree, not decided: {c} · disagree, decided: {d} · all agree: {u} · one "
                      "answer only: {s} · no answer: {n}").format(
            c=i18n.fmt_number(n["conflict"]), d=i18n.fmt_number(n["decided"]), u=i18n.fmt_number(n["unanimous"]),
            s=i18n.fmt_number(n["single"]), n=i18n.fmt_number(n["none"]))
        item.setToolTip(1, item.toolTip(1) + "\n" + tip)

    def _show(self, item: QTreeWidgetItem | None, p: Progress) -> None:
        if item is None:
            return
        text = f"{i18n.fmt_number(p.answered)}/{i18n.fmt_number(p.applicable)}"
        if p.to_review:
            text += " ⚑"
        if p.carried_over:  # a follow-up: answers still to confirm, counted apart
            text += " " + i18n.code(f"{CARRIED_MARK}{i18n.fmt_number(p.carried_over)}")
        item.setText(1, text)
        item.setForeground(1, QColor(CARRIED_COLOUR) if p.carried_over else self.palette().text().color())
        item.setTextAlignment(1, Qt.AlignmentFlag.AlignCenter)
        tip = progress_details(p)
        if p.carried_over:  # the symbol explained where it is shown
            tip += "\n" + self.tr("{mark} {n}: answers carried over from the earlier assessment, still to confirm"
                                  ).format(mark=CARRIED_MARK, n=i18n.fmt_number(p.carried_over))
        item.setToolTip(1, tip)
        item.setData(1, PROGRESS_ROLE, (p.answered, p.applicable))

    def select_section(self, section_id: str) -> None:
        item = self.items.get(section_id)
        if item is not None and self.currentItem() is not item:
            self.blockSignals(True)
            self.setCurrentItem(item)
            self.blockSignals(False)

    def _activated(self, item: QTreeWidgetItem, _col: int = 0) -> None:
        sid = item.data(0, SECTION_ROLE)
        if sid:
            self.section_chosen.emit(str(sid))


class AssessmentPage(QWidget):
    """The open assessment."""

    QUESTIONS, RESULTS, ACTIONS, WORKSHOP = range(4)

    def __init__(self, controller: Controller, parent: QWidget | None = None):
        super().__init__(parent)
        from .actions import ActionPlanView
        from .results import ResultsView, RoomyTabBar
        from .workshop import WorkshopView

        self.controller = controller
        self.banner = Banner("warning", closable=True, parent=self)
        self.version_button = QPushButton(self.banner)
        self.version_button.clicked.connect(self._version_action)
        self.version_button.hide()
        self.banner.add_button(self.version_button)
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        self.tree = SectionTree(controller, self)
        self.questions = QuestionPage(controller, self)
        self.results_view = ResultsView(controller, self)
        self.actions_view = ActionPlanView(controller, self)
        self.workshop_view = WorkshopView(controller, self)
        self.tabs = QTabWidget(self)
        self.tabs.setTabBar(RoomyTabBar(self.tabs))
        self.tabs.addTab(self.questions, self.tr("&Questionnaire"))
        self.tabs.addTab(self.results_view, self.tr("&Results"))
        self.tabs.addTab(self.actions_view, self.tr("Ac&tion plan"))
        self.tabs.addTab(self.workshop_view, self.tr("Wor&kshop"))
        self.tabs.setAccessibleName(self.tr("Questionnaire, results, action plan and workshop"))
        self.tabs.currentChanged.connect(self._tab_changed)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.tree)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([340, 860])
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.title)
        layout.addWidget(splitter, 1)
        self.tree.section_chosen.connect(self.show_section)
        self.questions.question_shown.connect(self._question_shown)
        self.results_view.open_question.connect(self.go_to_question)
        self.actions_view.open_question.connect(self.go_to_question)
        self.workshop_view.open_question.connect(self.go_to_question)
        self.workshop_view.question_chosen.connect(self._workshop_moved)
        controller.changed.connect(self._on_changed)

    def load(self, assessment_id: int) -> None:
        """Called once the controller has opened an assessment."""
        self._show_title(assessment_id)
        self.tree.build()
        self.show_version_notice(assessment_id)
        self.tabs.setCurrentIndex(self.QUESTIONS)
        self.questions.show_first()

    def show_version_notice(self, assessment_id: int) -> None:
        """Say what changed in the questionnaire since the answers were given: only the wording (answers
        stay valid; the notice can be dismissed for good) or the meaning (the questions touched)."""
        st = self.controller.version_status(assessment_id)
        self.version_button.hide()
        if st.kind == "same":
            self.banner.hide()
            return
        if st.kind == "wording":
            self.banner.show_message(self.tr(
                "The wording of the questionnaire was improved since these answers were given ({old}; the app "
                "now uses {new}). No question changed meaning: every answer stays valid.").format(
                old=st.answered_against, new=st.scored_with))
            self.version_button.setText(self.tr("&Understood"))
            self.version_button.show()
            return
        if st.kind == "meaning" and st.plan is not None:
            touched = st.plan.touched
            shown = ", ".join(touched[:15]) + (" …" if len(touched) > 15 else "")
            self.banner.show_message(self.tr(
                "The questionnaire changed in meaning since these answers were given (answered against {old}, "
                "scored with {new}). Questions touched ({n}): {ids}. Upgrade the assessment to carry the "
                "answers over: unchanged answers are kept, changed ones are kept and marked to review.").format(
                old=st.answered_against, new=st.scored_with, n=len(touched), ids=shown))
            self.version_button.setText(self.tr("&Upgrade…"))
            self.version_button.show()
            return
        self.banner.show_message(self.tr(
            "These answers were given against {old}; the app now uses {new}, and cannot tell what changed "
            "between them. Answers to questions that still exist are kept; check them before reporting.").format(
            old=st.answered_against, new=st.scored_with))

    def _version_action(self) -> None:
        aid = self.controller.current
        if aid is None:
            return
        if self.controller.version_status(aid).kind == "wording":
            if self.controller.acknowledge_wording(aid):
                self.show_version_notice(aid)
            return
        self.upgrade(aid)

    def upgrade(self, aid: int, confirm: bool = True) -> None:
        """Show what an upgrade will do, and do it when the user agrees."""
        plan = self.controller.upgrade(aid, dry_run=True)
        if plan is None:
            return
        summary = self.tr(
            "Upgrade from {old} to {new}:\n\n• answers kept as they were: {kept}\n• answers moved to a renamed "
            "question: {renamed}\n• answers kept and marked to review: {review}\n• questions removed: {removed} "
            "(answers kept in the history: {gone})\n• new questions, unanswered: {added}").format(
            old=plan.from_version, new=plan.to_version, kept=len(plan.kept), renamed=len(plan.renamed),
            review=len(plan.to_review), removed=len(plan.removed), gone=len(plan.removed_answers),
            added=len(plan.added))
        if confirm:
            box = QMessageBox(QMessageBox.Icon.Question, self.tr("Upgrade the assessment"), summary,
                              QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel, self)
            box.button(QMessageBox.StandardButton.Ok).setText(self.tr("Upgrade"))
            if box.exec() != QMessageBox.StandardButton.Ok:
                return
        if not self.flush() or self.controller.upgrade(aid) is None:
            return
        self.tree.build()
        self.show_version_notice(aid)
        self.questions.show_first()

    def _show_title(self, assessment_id: int) -> Any:
        info = self.controller.info(assessment_id, i18n.current_language())
        # the title isolated in its own direction (a French title in the Arabic window), the line itself laid
        # out and aligned in the window's direction: at the right in Arabic
        self.title.setText(f"<b>\u2068{html.escape(info.title)}\u2069</b> — {html.escape(info.country_name)}")
        self.title.setAlignment(Qt.AlignmentFlag.AlignVCenter | (
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute if i18n.rtl() else Qt.AlignmentFlag.AlignLeft))
        return info

    def _on_changed(self, change: Any) -> None:
        if change.kind is ChangeKind.ASSESSMENT_UPDATED and change.assessment_id == self.controller.current:
            self._show_title(change.assessment_id)

    def flush(self) -> bool:
        return self.questions.flush()

    def show_section(self, section_id: str) -> None:
        section = self.controller.questionnaire.section(section_id)
        if not section.questions:
            return
        if self.tabs.currentIndex() == self.WORKSHOP:  # stay in the workshop view, at the section's first question
            self.questions.show_question(section.questions[0].id)
            return
        self.go_to_question(section.questions[0].id)

    def go_to_question(self, question_id: str) -> None:
        self.tabs.setCurrentIndex(self.QUESTIONS)
        self.questions.show_question(question_id)

    def _question_shown(self, qid: str) -> None:
        self.tree.select_section(self.controller.questionnaire.question(qid).section_id)
        self.workshop_view.follow(qid)

    def _workshop_moved(self, qid: str) -> None:
        """A question chosen in the workshop view becomes the current question of the questionnaire too."""
        if qid != self.questions.qid:
            self.questions.show_question(qid)

    def _tab_changed(self, _index: int) -> None:
        self.questions.flush()

    def state(self) -> dict[str, Any]:
        return {"question": self.questions.qid, "tab": self.tabs.currentIndex()}

    def restore(self, state: dict[str, Any]) -> None:
        if state.get("question"):
            self.questions.show_question(state["question"])
        self.tabs.setCurrentIndex(int(state.get("tab") or 0))
