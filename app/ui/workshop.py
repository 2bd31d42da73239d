"""The facilitator's view of a workshop: for the current question, every contribution side by side with the
facilitator's own answer (the consensus); a filter listing the questions by agreement; adopting one
contributor's answer (with a decision note, required when they disagree) or every unanimous answer at once
(after a confirmation giving the count). Nothing is adopted without the facilitator asking for it."""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QTextLayout, QTextOption
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.answers import ANSWER_LABELS, CONFIDENCE_LABELS, Answer
from app.services.changes import ChangeKind
from app.services.contributions import Reopened, Why
from app.services.workshop import STATES, ContributionRow, Participant, QuestionWorkshop, WorkshopOverview

from . import i18n
from .controller import Controller
from .fit import fit_columns, wrapping_check
from .lazy_view import RefreshWhenVisible

QID_ROLE = Qt.ItemDataRole.UserRole
MARKS = {"conflict": "≠", "decided": "✓≠", "unanimous": "=", "single": "1", "none": "–"}
COLOURS = {"conflict": "#b3261e", "decided": "#3d5a80", "unanimous": "#1e7b34", "single": "#8a4b00",
           "none": "#777777"}
DROP = (5, 1, 4)  # the columns hidden, in this order, when the six cannot fit: confidence, institution, legal provision
HISTORY_COLOUR = "#777777"
MORE_CHARS = 600
LIST_CHARS = 40  # the start of each question in the workshop's list of questions: two lines with its id  # at most so much of the selected contribution's comment below the table (its tooltip: all)


def agreement_names() -> dict[str, str]:
    from PySide6.QtCore import QCoreApplication

    return {"conflict": QCoreApplication.translate("Workshop", "Contributors disagree, not decided yet"),
            "decided": QCoreApplication.translate("Workshop", "Contributors disagree, decided by the facilitator"),
            "unanimous": QCoreApplication.translate("Workshop", "All contributors agree"),
            "single": QCoreApplication.translate("Workshop", "Only one contributor answered"),
            "none": QCoreApplication.translate("Workshop", "No contributor answered")}


def reopened_text(reopened: tuple[Reopened, ...]) -> str:
    """Why a decision is open again: who changed their contribution after it, and how."""
    from PySide6.QtCore import QCoreApplication

    texts = {Why.CHANGED: QCoreApplication.translate("Workshop", "{by} changed its answer after your decision."),
             Why.ANSWERED: QCoreApplication.translate("Workshop", "{by} answered this question after your "
                                                                  "decision."),
             Why.WITHDREW: QCoreApplication.translate("Workshop", "{by} withdrew its answer after your decision.")}
    lines = [texts[r.why].format(by=r.by) for r in reopened]
    return " ".join([*lines, QCoreApplication.translate("Workshop", "The question is in dispute again.")])


def answer_text(a: Answer | None) -> str:
    from PySide6.QtCore import QCoreApplication

    if a is None or a.value is None:
        return QCoreApplication.translate("Workshop", "no answer")
    labels = ANSWER_LABELS[a.value]
    return labels.get(i18n.current_language()) or labels["en"]


def confidence_text(a: Answer | None) -> str:
    if a is None or a.confidence is None:
        return ""
    labels = CONFIDENCE_LABELS[a.confidence]
    return labels.get(i18n.current_language()) or labels["en"]


class AdoptDialog(QDialog):
    """Adopting one contributor's answer as the consensus: what changes, and the note on the decision."""

    def __init__(self, question_id: str, row: ContributionRow, consensus: Answer | None, conflict: bool,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.conflict = conflict
        self.setWindowTitle(self.tr("Adopt an answer"))
        text = self.tr("Adopt the answer of {by} for question {id}: “{answer}”, with their comment, legal "
                       "provision and confidence. The facilitator's answer now is: “{current}”.").format(
            by=row.by, id=question_id, answer=answer_text(row.answer), current=answer_text(consensus))
        intro = QLabel(text, self, wordWrap=True)
        self.note = QPlainTextEdit(self)
        self.note.setTabChangesFocus(True)
        self.note.setAccessibleName(self.tr("Decision note"))
        self.note.setMinimumHeight(self.fontMetrics().height() * 4)
        label = QLabel(self.tr("Decision &note (required: the contributors disagree):") if conflict else
                       self.tr("Decision &note (optional):"), self, wordWrap=True)
        label.setBuddy(self.note)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Adopt"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.note.textChanged.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(label)
        layout.addWidget(self.note, 1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(min(560, self.fontMetrics().averageCharWidth() * 70))
        self._update()
        self.note.setFocus()

    def _update(self) -> None:
        self.ok.setEnabled(not self.conflict or bool(self.note.toPlainText().strip()))

    def note_text(self) -> str:
        return self.note.toPlainText().strip()


class WorkshopView(RefreshWhenVisible):
    """The "Workshop" tab of an open assessment."""

    open_question = Signal(str)  # "Open the question": show it in the questionnaire tab
    question_chosen = Signal(str)  # the user moved to another question in this view

    def __init__(self, controller: Controller, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = controller
        self.qid: str | None = None
        self.shown: QuestionWorkshop | None = None
        self.overview: WorkshopOverview | None = None
        self.adopt_dialog: AdoptDialog | None = None
        self._dirty = True
        self._build()
        controller.changed.connect(self._on_changed)
        controller.opened.connect(self._on_changed)

    # ---- layout --------------------------------------------------------------------------------
    def _build(self) -> None:
        self.summary = QLabel(self, wordWrap=True)
        self.summary.setAccessibleName(self.tr("Contributions received"))
        self.filter = QComboBox(self)
        self.filter.setAccessibleName(self.tr("Show the questions where"))
        self.filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.filter.setMinimumContentsLength(14)
        self.filter.currentIndexChanged.connect(lambda *_: self._fill_list())
        show = QLabel(self.tr("&Show:"), self)
        show.setBuddy(self.filter)
        self.adopt_all_button = QPushButton(self.tr("Adopt a&ll unanimous answers…"), self)
        self.adopt_all_button.setToolTip(self.tr("For the questions that have no facilitator's answer yet and on "
                                                 "which every contributor gave the same answer"))
        self.adopt_all_button.clicked.connect(self.adopt_unanimous)
        top = QHBoxLayout()
        top.addWidget(show)
        top.addWidget(self.filter, 1)
        top.addWidget(self.adopt_all_button)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Questions"))
        # the id and a few words of the question (at 1024 px in French it showed "III.B-0…" only)
        self.list.setMinimumWidth(self.fontMetrics().averageCharWidth() * 24)
        # id and the start of the question, elided to the list's width (whole in the tooltip): no sideways
        # scroll bar showing ids only at 1024 px; on two lines (one line showed ~10 characters of each question
        # at every size): the start of the question wraps under its id
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setWordWrap(True)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)  # wrapped again when the splitter moves
        self.list.currentItemChanged.connect(self._list_moved)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.list)
        splitter.addWidget(self._detail())
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 4)
        # the contributions get the room (their words whole: "Documen…" at 1024x600 in French), the list its
        # 24 characters and a little more
        char = self.fontMetrics().averageCharWidth()
        splitter.setSizes([char * 26, 1000])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

    def _detail(self) -> QWidget:
        box = QWidget(self)
        col = QVBoxLayout(box)
        col.setContentsMargins(0, 0, 0, 0)
        self.question = QLabel(box, wordWrap=True)
        self.question.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        bold = QFont(self.font())
        bold.setBold(True)
        self.question.setFont(bold)
        self.agreement = QLabel(box, wordWrap=True)
        self.consensus = QLabel(box, wordWrap=True)
        self.consensus.setObjectName("consensus")
        self.consensus.setStyleSheet("QLabel#consensus {background:#eef4fb; border:1px solid #b9d0ea; "
                                     "border-radius:3px; padding:4px;}")
        self.consensus.setAccessibleName(self.tr("Facilitator's answer (consensus)"))
        self.table = QTableWidget(0, 6, box)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.verticalHeader().hide()
        # a row of one line is one line tall (the header's minimum, ~3 px more, showed the top of the next line)
        self.table.verticalHeader().setMinimumSectionSize(1)
        self.table.setAccessibleName(self.tr("Contributions to this question"))
        # each column as wide as its content up to a cap, the comment takes the rest; headers wrap between
        # words ("Commentaire" was clipped at 1024 x 600): no sideways scrolling
        # words are never cut ("Documen…", "Partia… in place" at 1024x600 in French): when even the words do
        # not fit, the table scrolls sideways
        # narrower caps for the short columns (the comment gets the room) so that all six fit 1024 px without
        # sideways scrolling ("Fiabilité" needed it in French)
        # the comment is the column people read: at least 22 characters (~100 px at 1024x600 before); when the
        # six columns cannot all fit with whole words (1280x800 and 1366x768 at 150 % text scrolled sideways to
        # reach "Confidence"), the confidence, then the institution, then the legal provision make room: they
        # show in each row's tooltip and, for the selected contribution, in the line below the table
        self.fitter = fit_columns(self.table, 3, min_chars=22, max_chars={0: 16, 1: 16, 2: 14, 4: 14, 5: 12},
                                  whole_words=True, drop=DROP)
        self.fitter.dropped_changed.connect(self._show_dropped)
        # rows capped so that every contribution shows at once (one 120-px row at a time at 1024x600 in French),
        # the selected one whole
        self.fitter.refitted.connect(self._cap_rows)
        # and again when the view's height changes (the line below the table shown or hidden): the rows were capped
        # for the smaller view and ~24 px stayed empty under a cut row
        self._cap_timer = QTimer(self)
        self._cap_timer.setSingleShot(True)
        self._cap_timer.timeout.connect(self._cap_rows)
        self._capped_for = -1
        self.table.viewport().installEventFilter(self)
        self.table.itemSelectionChanged.connect(self._refit_rows)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemSelectionChanged.connect(self._fill_more)
        # the selected contribution's columns hidden for lack of room (see `fitter`)
        self.more = QLabel(box, wordWrap=True)
        self.more.setObjectName("more")
        self.more.setTextFormat(Qt.TextFormat.PlainText)
        self.more.setVisible(False)
        self.table.activated.connect(lambda _index: self.adopt_selected())
        self.history = QCheckBox(self.tr("Show earlier &contributions (history)"), box)
        self.history.setToolTip(self.tr("A newer file from the same person replaces their contribution; the "
                                        "earlier one is kept and shown here, greyed"))
        self.history.toggled.connect(lambda *_: self.show_question(self.qid) if self.qid else None)
        self.adopt_button = QPushButton(self.tr("A&dopt the selected answer…"), box)
        self.adopt_button.clicked.connect(self.adopt_selected)
        self.go_button = QPushButton(self.tr("Open the questio&n"), box)
        self.go_button.clicked.connect(lambda: self.open_question.emit(self.qid) if self.qid else None)
        self.note = QLabel(box, wordWrap=True)
        self.note.setStyleSheet("color:#555;")
        buttons = QHBoxLayout()
        buttons.addWidget(self.adopt_button)
        buttons.addWidget(self.go_button)
        buttons.addStretch(1)
        col.addWidget(self.question)
        col.addWidget(self.agreement)
        col.addWidget(self.consensus)
        col.addWidget(self.table, 1)
        col.addWidget(self.more)
        col.addWidget(self.note)
        col.addLayout(buttons)
        col.addWidget(wrapping_check(self.history))  # its own line, wrapping: the buttons' row stays narrow
        self._headers()
        return box

    def _headers(self) -> None:
        self.table.setHorizontalHeaderLabels([self.tr("Contributor"), self.tr("Institution"), self.tr("Answer"),
                                              self.tr("Comment"), self.tr("Legal provision"), self.tr("Confidence")])

    # ---- refreshing ----------------------------------------------------------------------------
    def _on_changed(self, *args: object) -> None:
        kind = getattr(args[0], "kind", None) if args else None
        if kind is ChangeKind.DATABASE_OPENED or self.controller.current is None:
            self.qid = None
        super()._on_changed()

    def refresh(self) -> None:
        self._dirty = False
        self.overview = self.controller.workshop_overview()
        self._fill_summary()
        self._fill_filter()
        self._fill_list()
        if self.qid is not None:
            self.show_question(self.qid)

    def _fill_summary(self) -> None:
        o = self.overview
        n = len(o.contributors) if o is not None else 0
        if not n:
            self.summary.setText(self.tr("No contribution has been received for this assessment yet. Share it "
                                         "with the participants (File ▸ Share assessment…), then receive their "
                                         "files (File ▸ Receive files…)."))
            return
        assert o is not None
        names = ", ".join(self._named(c) for c in o.contributors[:8]) + (" …" if n > 8 else "")
        self.summary.setText(self.tr("Contributions from {n} participants: {names}").format(
            n=i18n.fmt_number(n), names=names))
        self.summary.setToolTip(", ".join(self._named(c) for c in o.contributors))

    def _named(self, c: Participant) -> str:
        """A contributor as the summary lists them; one whose file brought no answer of its own says so."""
        return c.by if c.answers else self.tr("{by} (no answers of its own)").format(by=c.by)

    def _fill_filter(self) -> None:
        counts = self.overview.state_counts() if self.overview is not None else {}
        current = self.filter.currentData()
        self.filter.blockSignals(True)
        self.filter.clear()
        self.filter.addItem(self.tr("All questions ({n})").format(n=i18n.fmt_number(sum(counts.values()))), None)
        texts = {"conflict": self.tr("Disagree, not decided ({n})"),
                 "decided": self.tr("Disagree, decided ({n})"), "unanimous": self.tr("All agree ({n})"),
                 "single": self.tr("Only one answered ({n})"), "none": self.tr("Nobody answered ({n})")}
        for key in STATES:
            self.filter.addItem(texts[key].format(n=i18n.fmt_number(counts.get(key, 0))), key)
        i = self.filter.findData(current) if current is not None else 0
        self.filter.setCurrentIndex(max(i, 0))
        self.filter.blockSignals(False)

    def set_filter(self, agreement: str | None) -> None:
        self.refresh_now()
        i = self.filter.findData(agreement) if agreement is not None else 0
        self.filter.setCurrentIndex(max(i, 0))

    def refresh_now(self) -> None:
        if self._dirty:
            self.refresh()

    def listed(self) -> list[str]:
        """The question ids the list shows (with the filter applied)."""
        return [str(self.list.item(i).data(QID_ROLE)) for i in range(self.list.count())]

    def _fill_list(self) -> None:
        wanted = self.filter.currentData()
        o = self.overview
        names = agreement_names()
        colours = {k: QColor(c) for k, c in COLOURS.items()}
        isolate = i18n.rtl()  # ids read left to right in Arabic
        lang = i18n.current_language()
        self.list.setUpdatesEnabled(False)
        self.list.blockSignals(True)
        self.list.clear()
        keep = -1
        for q in self.controller.questionnaire.questions():
            kind = o.state(q.id) if o is not None else "none"
            if wanted is not None and kind != wanted:
                continue
            wording = " ".join(q.text.get(lang).split())
            start = wording if len(wording) <= LIST_CHARS else wording[:LIST_CHARS].rsplit(" ", 1)[0] + "…"
            item = QListWidgetItem(f"{MARKS[kind]}  {i18n.ltr(q.id) if isolate else q.id}  {start}", self.list)
            item.setData(QID_ROLE, q.id)
            item.setForeground(colours[kind])
            item.setToolTip(f"{q.id}: {wording}\n{names[kind]}")
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{q.id}: {names[kind]}")
            if q.id == self.qid:
                keep = self.list.count() - 1
        if keep >= 0:
            self.list.setCurrentRow(keep)
        self.list.blockSignals(False)
        self.list.setUpdatesEnabled(True)

    def _list_moved(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if item is not None:
            qid = str(item.data(QID_ROLE))
            self.show_question(qid)
            self.question_chosen.emit(qid)

    def follow(self, qid: str) -> None:
        """The questionnaire moved to `qid`: show it here too (now if visible, else when next shown)."""
        if qid == self.qid:
            return
        self.qid = qid
        if self.isVisible():
            self.show_question(qid)
        else:
            self._dirty = True

    def next_disagreement(self, step: int = 1) -> bool:
        """Show the next (`step` 1) or previous (-1) question, from the one shown and wrapping round, where the
        contributors disagree and no decision holds; False when there is none. A filter that would hide it
        is set back to all questions."""
        self.refresh_now()
        o = self.overview
        ids = [q.id for q in self.controller.questionnaire.questions()]
        if o is None or not ids:
            return False
        here = ids.index(self.qid) if self.qid in ids else (-1 if step > 0 else len(ids))
        order = ids[here + 1:] + ids[:here + 1] if step > 0 else ids[:here][::-1] + ids[here:][::-1]
        target = next((qid for qid in order if o.state(qid) == "conflict"), None)
        if target is None:
            return False
        if self.filter.currentData() not in (None, "conflict"):
            self.set_filter(None)
        self.show_question(target)
        self.question_chosen.emit(target)  # the questionnaire and the section tree follow
        return True

    def show_question(self, qid: str | None) -> None:
        """The contributions to `qid` side by side with the consensus."""
        if qid is None or self.controller.current is None:
            return
        self.refresh_now()
        self.qid = qid
        lang = i18n.current_language()
        q = self.controller.questionnaire.question(qid)
        self.question.setText(f"{i18n.code(qid)} · {q.text.get(lang)}")
        self.shown = w = self.controller.question_workshop(qid, history=self.history.isChecked())
        names = agreement_names()
        kind = "decided" if w.agreement == "conflict" and w.decided else w.agreement
        self.agreement.setText(f"<span style='color:{COLOURS[kind]}'>{MARKS[kind]} {names[kind]}</span>")
        self.consensus.setText(self._consensus_text(w.consensus))
        self._fill_table(w)
        lines = [self.tr("Decision note: {note}").format(note=w.decision_note)] if w.decision_note else []
        if w.reopened:
            lines.append(reopened_text(w.reopened))
        self.note.setText("\n".join(lines))
        self.note.setStyleSheet("color:#b3261e;" if w.reopened else "color:#555;")
        self.note.setVisible(bool(lines))
        for i in range(self.list.count()):
            if self.list.item(i).data(QID_ROLE) == qid:
                self.list.blockSignals(True)
                self.list.setCurrentRow(i)
                self.list.blockSignals(False)
                break
        self._update_buttons()

    def _consensus_text(self, a: Answer | None) -> str:
        if a is None or a.value is None:
            return self.tr("Facilitator's answer (consensus): none yet")
        text = self.tr("Facilitator's answer (consensus): {answer}").format(answer=answer_text(a))
        extra = [x for x in (a.comment.strip(), a.legal_provision.strip(), confidence_text(a)) if x]
        return text + (" — " + " · ".join(extra) if extra else "")

    def _fill_table(self, w: QuestionWorkshop) -> None:
        rows = w.rows
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            a = row.answer
            by = row.by if not row.superseded else self.tr("{by} (earlier, replaced)").format(by=row.by)
            cells = (by, row.institution, answer_text(a), a.comment, a.legal_provision, confidence_text(a))
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                item.setData(QID_ROLE, r)
                # read from the top: in a tall row (a long comment) the answer and the institution were centred,
                # half below the view's edge
                item.setTextAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
                if row.superseded:
                    item.setForeground(QColor(HISTORY_COLOUR))
                    font = item.font()
                    font.setItalic(True)
                    item.setFont(font)
                self.table.setItem(r, c, item)
        # a column empty for every contribution of the question makes room first (at 1280x800 150 % in French the
        # confidence and the institution were hidden while "Disposition légale" stayed empty in every row)
        empty = tuple(c for c in DROP if not any((it := self.table.item(r, c)) is not None and it.text().strip()
                                                 for r in range(len(rows))))
        self.fitter.drop = empty + tuple(c for c in DROP if c not in empty)
        self._set_tooltips()
        self._fill_more()

    def _show_dropped(self) -> None:
        """Columns were hidden for lack of room (or shown again): their content goes to the tooltips and the line
        below the table."""
        self._set_tooltips()
        self._fill_more()

    def _dropped_lines(self, r: int) -> list[str]:
        """'Confidence: Documented' for each column of row `r` hidden for lack of room."""
        model = self.table.model()
        lines = []
        for c in self.fitter.dropped:
            item = self.table.item(r, c)
            value = i18n.isolate(item.text()) if item is not None and item.text() else "—"
            lines.append(self.tr("{column}: {value}").format(
                column=str(model.headerData(c, Qt.Orientation.Horizontal) or ""), value=value))
        return lines

    def _set_tooltips(self) -> None:
        """Each cell's tooltip: its whole text, and the row's hidden columns under it."""
        for r in range(self.table.rowCount()):
            extra = "\n".join(self._dropped_lines(r))
            for c in range(self.table.columnCount()):
                item = self.table.item(r, c)
                if item is not None:
                    item.setToolTip(item.text() + ("\n\n" + extra if extra else ""))

    def _comment_cut(self, r: int) -> bool:
        """Whether row `r` is shown shorter than its text needs (its comment elided)."""
        return self.table.rowHeight(r) < self.table.sizeHintForRow(r)

    def _fill_more(self) -> None:
        """The area below the table: the selected contribution's comment in full when its row could not show it
        whole, and its hidden columns; with nothing selected, which columns are hidden."""
        dropped = self.fitter.dropped
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        r = rows[0].row() if rows else -1
        comment = self.table.item(r, 3) if r >= 0 else None
        whole_comment = comment.text() if comment is not None and self._comment_cut(r) else ""
        if len(whole_comment) > MORE_CHARS:  # a very long comment: its start here, whole in the cell's tooltip
            whole_comment = whole_comment[:MORE_CHARS - 1].rstrip() + "…"
        if (not dropped and not whole_comment) or not self.table.rowCount():
            self.more.setVisible(False)
            return
        if r >= 0:
            by = self.table.item(r, 0)
            parts = self._dropped_lines(r)
            if whole_comment:
                parts.insert(0, self.tr("{column}: {value}").format(
                    column=str(self.table.model().headerData(3, Qt.Orientation.Horizontal) or ""),
                    value=i18n.isolate(whole_comment)))
            # in the interface's direction: a Latin name first turned the Arabic line left to right ("التعليق :La")
            text = i18n.paragraph(i18n.isolate(by.text() if by is not None else "") + " — " + " · ".join(parts))
        else:
            model = self.table.model()
            names = ("، " if i18n.rtl() else ", ").join(  # the Arabic comma in Arabic
                str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in dropped)
            text = self.tr("Not shown for lack of room: {columns}. Select a contribution, or point at it, to "
                           "see them.").format(columns=names)
        self.more.setText(text)
        self.more.setVisible(True)

    def _refit_rows(self) -> None:
        self.table.resizeRowsToContents()
        self._cap_rows()

    def _line_height(self) -> float:
        """The height of one line of the table's cells, as the item delegate lays their text out."""
        layout = QTextLayout("Ag", self.table.font())
        layout.beginLayout()
        line = layout.createLine()
        layout.endLayout()
        return max(line.height(), 1.0)

    def _cell_lines(self, r: int, c: int) -> int:
        """How many lines cell (r, c) wraps to at its column's width (0 when hidden or empty), as the delegate
        wraps it: between words, inside a word only when it is wider than the column."""
        table = self.table
        item = table.item(r, c)
        if item is None or not item.text() or table.isColumnHidden(c):
            return 0
        style = table.style()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1
        width = max(table.columnWidth(c) - 2 * margin - (1 if table.showGrid() else 0), 1)
        layout = QTextLayout(item.text().replace("\n", "\u2028"), item.font())
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(option)
        layout.beginLayout()
        n = 0
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            n += 1
        layout.endLayout()
        return n

    def _cap_rows(self) -> None:
        """Rows as tall as their wrapped text, each ending on a whole line (a capped row ended in half a line:
        "قائم" with "بالكامل" cut through its letters, "Groupe" over half of "Justice"); the last line kept of a cut
        comment ends with "…" (the delegate elides it), its whole text in the tooltip. A row is never shorter than
        its contributor and its answer. The rows share the view: the short ones whole, a long one takes what the
        others leave (it was cut at an equal share with ~100 px left empty below it). The selected row takes what
        the others leave of the view, never more, the others keeping up to an equal share: its answer and the
        other contributions stay in view; a comment it cannot show whole is shown in full below the table."""
        table = self.table
        n = table.rowCount()
        if not n:
            return
        lh = self._line_height()
        grid = 1 if table.showGrid() else 0
        cols = range(table.columnCount())
        need = [max(1, max(self._cell_lines(r, c) for c in cols)) for r in range(n)]
        answer = [max(1, self._cell_lines(r, 2)) for r in range(n)]
        short = [max(answer[r], self._cell_lines(r, 0)) for r in range(n)]

        def height(lines: int) -> int:
            return math.ceil(lines * lh - 0.01) + grid

        self._capped_for = table.viewport().height()
        room = table.viewport().height() - 2
        selected = {i.row() for i in table.selectionModel().selectedRows()} if table.selectionModel() else set()
        # the short columns (contributor, answer) whole; when the view cannot hold that (a long contributor's name
        # in a narrow column with large text), the answer alone whole, the selected row's contributor first (it
        # shows whole below the table), then the others'
        lines = answer
        for floor in (short, [answer[r] if r in selected else short[r] for r in range(n)]):
            if sum(height(f) for f in floor) <= room:
                lines = floor
                break
        lines = list(lines)

        def fill(rows: list[int], limit: int | None = None) -> None:
            """One more line at a time to the shortest of `rows` still cut, while the view has room."""
            while True:
                open_rows = [r for r in rows if lines[r] < need[r] and (limit is None or lines[r] < limit)]
                if not open_rows:
                    return
                r = min(open_rows, key=lambda i: (lines[i], i))
                used = sum(height(lines[i]) for i in range(n)) - height(lines[r]) + height(lines[r] + 1)
                if used > room:
                    return
                lines[r] += 1

        others = [r for r in range(n) if r not in selected]
        share = max(1, min(6, int(((room // n) - grid) // lh)))
        fill(others, share if selected else None)  # the others (up to an equal share beside a selected one),
        fill(sorted(selected))  # then the selected one: what the others leave
        for r in range(n):
            h = height(lines[r])
            if table.rowHeight(r) != h:
                table.setRowHeight(r, h)
        for r in selected:
            table.scrollTo(table.model().index(r, 0), QAbstractItemView.ScrollHint.EnsureVisible)
        self._fill_more()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.Resize and watched is self.table.viewport()
                and self.table.viewport().height() != self._capped_for):
            self._cap_timer.start(0)
        return super().eventFilter(watched, event)

    def selected_row(self) -> ContributionRow | None:
        if self.shown is None:
            return None
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        r = rows[0].row()
        return self.shown.rows[r] if 0 <= r < len(self.shown.rows) else None

    def _update_buttons(self) -> None:
        row = self.selected_row()
        self.adopt_button.setEnabled(row is not None and not row.superseded and row.answer.value is not None
                                     and self.controller.can_write)
        has = self.overview is not None and bool(self.overview.contributors)
        self.adopt_all_button.setEnabled(has and self.controller.can_write)
        self.go_button.setEnabled(self.qid is not None)

    def select_row(self, r: int) -> None:
        """Select row `r` of the contributions (QTableView.selectRow selects nothing right to left when the
        first column is scrolled out of view)."""
        self.table.setCurrentCell(r, 0)

    def select_contributor(self, by: str) -> None:
        if self.shown is None:
            return
        for r, row in enumerate(self.shown.rows):
            if row.by == by and not row.superseded:
                self.select_row(r)
                return

    # ---- adopting ------------------------------------------------------------------------------
    def adopt_selected(self) -> AdoptDialog | None:
        """Ask for the decision note, then adopt. The dialog is returned (tests answer it)."""
        row, w = self.selected_row(), self.shown
        if row is None or w is None or row.superseded or row.answer.value is None or self.qid is None:
            return None
        dialog = AdoptDialog(self.qid, row, w.consensus, w.agreement == "conflict", self)
        qid, by = self.qid, row.by
        dialog.accepted.connect(lambda: self._adopt(qid, by, dialog.note_text()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.adopt_dialog = dialog
        return dialog

    def _adopt(self, qid: str, by: str, note: str) -> None:
        if self.controller.adopt(qid, by, note) is not None:
            self.refresh()
            self.show_question(qid)

    def adopt_unanimous(self) -> int | None:
        """Say how many answers would be adopted, adopt them on confirmation, and say how many were."""
        n = self.controller.unanimous_to_adopt()
        if not n:
            held = self.controller.not_adopted()
            tell(self, self.tr("Adopt all unanimous answers"), "\n".join(
                [self.tr("No question to adopt."), *self._held_lines(held)] if held else
                [self.tr("No question to adopt: no contributor has answered any question yet.")]))
            return 0
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Adopt all unanimous answers"), self.tr(
            "Adopt the answer all contributors agree on for {n} questions that have no facilitator's answer yet? "
            "Questions that already have one are left as they are; each adopted answer can be changed "
            "afterwards.").format(n=i18n.fmt_number(n)),
            QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel, self)
        box.button(QMessageBox.StandardButton.Ok).setText(self.tr("&Adopt {n}").format(n=i18n.fmt_number(n)))
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        if ask(box) != QMessageBox.StandardButton.Ok:
            return None
        done = self.controller.adopt_unanimous()
        if done is None:
            return None
        self.refresh()
        tell(self, self.tr("Adopt all unanimous answers"), "\n".join([self.tr(
            "Answers adopted: {n}. They are now the facilitator's answers (the consensus).").format(
            n=i18n.fmt_number(done)), *self._held_lines(self.controller.not_adopted(), adopted=True)]))
        return done

    def _held_lines(self, held: dict[str, int], adopted: bool = False) -> list[str]:
        """One line per reason a question contributors answered was not adopted, with how many."""
        why = {"differs": self.tr("Not adopted, the facilitator's own answer differs (decide each one): {n}"),
               "conflict": self.tr("Not adopted, the contributors disagree (decide each one with a note): {n}"),
               "single": self.tr("Not adopted, only one contributor answered: {n}"),
               "same": self.tr("Already the facilitator's answer, all contributors agree with it: {n}")}
        return [why[k].format(n=i18n.fmt_number(n)) for k, n in held.items()
                if k in why and not (adopted and k == "same")]


def ask(box: QMessageBox) -> int:
    """Run a question box (a hook: tests answer it without a modal loop)."""
    return box.exec()


def tell(parent: QWidget, title: str, text: str) -> None:
    """Say what was done (a hook, as ask())."""
    QMessageBox.information(parent, title, text)
