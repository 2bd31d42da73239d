"""One question at a time: its text, references and guidance, the answer scale and the notes.

Nothing needs saving: a choice on the scale is saved at once; text is saved 500 ms after the last
keystroke, and at once when the field loses focus, when the user moves to another question or tab,
and when the window closes. A failed save keeps the text on screen and is retried on the next edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QStyle,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.answers import ANSWER_LABELS, CONFIDENCE_LABELS, SCALE_ORDER, Answer, AnswerValue, Confidence
from app.domain.progress import progress
from app.domain.questionnaire import Question, Text
from app.services.changes import ANSWER_KINDS
from app.services.workspace import ANSWER_FIELDS, AnswerConflict

from . import i18n
from .controller import Controller
from .progress_text import progress_details, progress_line

TEXT_FIELDS = ("na_reason", "institution", "legal_provision", "evidence", "comment")
DEBOUNCE_MS = 500


def label_of(labels: dict[Any, dict[str, str]], key: Any) -> str:
    texts = labels[key]
    return texts.get(i18n.current_language()) or texts["en"]


def scaled_font(base: QFont, factor: float, bold: bool = False) -> QFont:
    font = QFont(base)
    font.setPointSizeF(max(6.0, base.pointSizeF() * factor))
    font.setBold(bold)
    return font


class QuestionPage(QWidget):
    question_shown = Signal(str)

    def __init__(self, controller: Controller, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = controller
        self.qid: str | None = None
        self._value: AnswerValue | None = None
        self._pending: dict[str, Any] = {}
        self._version = 0  # the row version of the answer shown (0: none stored when it was loaded)
        self._to_review = False  # the answer shown waits to be reviewed after a questionnaire upgrade
        self._loading = False
        self._saving = False
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self.flush)
        self._build()
        self._shortcuts()
        controller.changed.connect(self._on_changed)

    # ---- building --------------------------------------------------------------------------------
    def _build(self) -> None:
        self.section_title = QLabel(self)
        self.section_title.setFont(scaled_font(self.font(), 1.3, bold=True))
        self.section_title.setWordWrap(True)
        self.intro_button = QToolButton(self)
        self.intro_button.setCheckable(True)
        self.intro_button.setText(self.tr("Section introduction"))
        self.intro_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.intro_button.setArrowType(self._closed_arrow())
        self.intro_button.setAccessibleName(self.tr("Show or hide the section introduction"))
        self.intro = QLabel(self, wordWrap=True)
        self.intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.intro.hide()
        self.intro_button.toggled.connect(self._toggle_intro)
        self.position = QLabel(self)
        self.position.setAccessibleName(self.tr("Position in the section"))
        header = QVBoxLayout()
        top = QHBoxLayout()
        top.addWidget(self.section_title, 1)
        top.addWidget(self.intro_button, 0, Qt.AlignmentFlag.AlignTop)
        header.addLayout(top)
        header.addWidget(self.intro)
        header.addWidget(self.position)

        self.guidance = QTextBrowser(self)
        self.guidance.setAccessibleName(self.tr("Guidance"))
        self.guidance.setOpenExternalLinks(False)
        guidance_box = QGroupBox(self.tr("Guidance"), self)
        QVBoxLayout(guidance_box).addWidget(self.guidance)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self._question_area())
        splitter.addWidget(guidance_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(splitter, 1)
        layout.addLayout(self._nav_row())

    def _question_area(self) -> QScrollArea:
        inner = QWidget()
        col = QVBoxLayout(inner)
        self.text = QLabel(inner, wordWrap=True)
        self.text.setFont(scaled_font(self.font(), 1.15, bold=True))
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.untranslated = QLabel(self.tr("(English — no translation)"), inner)
        self.untranslated.setStyleSheet("color:#8a4b00; font-style:italic;")
        self.references = QLabel(inner, wordWrap=True)
        self.references.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.references.setStyleSheet("color:#555;")
        for w in (self.text, self.untranslated, self.references):
            col.addWidget(w)
        col.addWidget(self._review_box(inner))
        col.addWidget(self._carried_box(inner))
        col.addWidget(self._answer_box(inner))
        col.addWidget(self._na_box(inner))
        col.addWidget(self._dont_know_box(inner))
        col.addWidget(self._notes_box(inner))
        col.addStretch(1)
        area = self.scroll_area = QScrollArea(self)
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setWidget(inner)
        return area

    def _answer_box(self, parent: QWidget) -> QGroupBox:
        box = self.answer_box = QGroupBox(self.tr("Answer (keys 1–6)"), parent)
        grid = QGridLayout(box)
        self.group = QButtonGroup(self)
        self.radios: dict[AnswerValue, QRadioButton] = {}
        meanings = self.scale_meanings()
        self.meaning_labels: dict[AnswerValue, QLabel] = {}
        for n, value in enumerate(SCALE_ORDER, start=1):
            key = QLabel(str(n), box)
            key.setStyleSheet("border:1px solid #999; border-radius:3px; padding:0 5px; color:#444;")
            key.setAlignment(Qt.AlignmentFlag.AlignCenter)
            radio = QRadioButton(label_of(ANSWER_LABELS, value), box)
            radio.setAccessibleName(label_of(ANSWER_LABELS, value))
            radio.setAccessibleDescription(self.tr("{meaning}. Key {n}, or Alt+{n} from a text box").format(
                meaning=meanings[value], n=n))
            radio.setToolTip(meanings[value])
            meaning = QLabel(meanings[value], box, wordWrap=True)  # the scale defined where it is used
            meaning.setStyleSheet("color:#555;")
            meaning.setToolTip(meanings[value])
            self.meaning_labels[value] = meaning
            self.group.addButton(radio, n)
            self.radios[value] = radio
            grid.addWidget(key, n - 1, 0)
            grid.addWidget(radio, n - 1, 1)
            grid.addWidget(meaning, n - 1, 2)
        self.group.idClicked.connect(lambda n: self.choose(SCALE_ORDER[n - 1]))
        self.clear_button = QPushButton(self.tr("Clear answer"), box)
        self.clear_button.setAccessibleName(self.tr("Clear the answer"))
        self.clear_button.clicked.connect(lambda: self.choose(None))
        grid.addWidget(self.clear_button, len(SCALE_ORDER), 1, Qt.AlignmentFlag.AlignLeading)
        grid.setColumnStretch(2, 1)
        return box

    def scale_meanings(self) -> dict[AnswerValue, str]:
        """What each point of the scale means (the user guide's definitions)."""
        return {
            AnswerValue.FULLY: self.tr("the measure exists and works"),
            AnswerValue.LARGELY: self.tr("it exists, with minor shortcomings"),
            AnswerValue.PARTIALLY: self.tr("some elements exist; important parts are missing"),
            AnswerValue.NOT: self.tr("nothing yet"),
            AnswerValue.NA: self.tr("does not concern your country; a reason is required"),
            AnswerValue.DONT_KNOW: self.tr("no one present could answer; counts as unanswered"),
        }

    def _review_box(self, parent: QWidget) -> QWidget:
        """Shown when the question changed meaning in a questionnaire upgrade and its answer was kept."""
        self.review_frame = QFrame(parent)
        self.review_frame.setObjectName("review")
        self.review_frame.setStyleSheet("QFrame#review {background:#fff4e5; border:1px solid #ffd8a8; "
                                        "border-radius:4px;}")
        row = QHBoxLayout(self.review_frame)
        self.review_label = QLabel(self.tr(
            "To review: this question changed meaning when the questionnaire was updated. The answer given "
            "before is kept; check that it still holds, then mark it as reviewed (answering again also does)."),
            self.review_frame, wordWrap=True)
        self.review_button = QPushButton(self.tr("Mark as re&viewed"), self.review_frame)
        self.review_button.clicked.connect(self.mark_reviewed)
        row.addWidget(self.review_label, 1)
        row.addWidget(self.review_button, 0, Qt.AlignmentFlag.AlignTop)
        self.review_frame.hide()
        return self.review_frame

    def _carried_box(self, parent: QWidget) -> QWidget:
        """Shown on an answer carried over from the previous review and not confirmed yet (a follow-up)."""
        self.carried_frame = QFrame(parent)
        self.carried_frame.setObjectName("carried")
        self.carried_frame.setStyleSheet("QFrame#carried {background:#e8f0fe; border:1px solid #9ab8e8; "
                                         "border-radius:4px;}")
        row = QHBoxLayout(self.carried_frame)
        self.carried_label = QLabel(self.tr(
            "↻ Carried over from the previous review — to confirm. The answer below is the one given last time; "
            "it does not count until you confirm it (Ctrl+K) or change it."), self.carried_frame, wordWrap=True)
        self.confirm_button = QPushButton(self.tr("Confirm: &keep this answer"), self.carried_frame)
        self.confirm_button.setToolTip(self.tr("The answer still holds: count it (Ctrl+K)"))
        self.confirm_button.clicked.connect(self.confirm_carried)
        row.addWidget(self.carried_label, 1)
        row.addWidget(self.confirm_button, 0, Qt.AlignmentFlag.AlignTop)
        self.carried_frame.hide()
        return self.carried_frame

    def confirm_carried(self) -> bool:
        """Confirm the carried-over answer as it is: it counts again. False when nothing was confirmed."""
        if self.qid is None or not self.carried_frame.isVisible() or not self.flush():
            return False
        if self.controller.confirm_answer(self.qid) is None:
            return False
        self._reload()
        return True

    def _key_confirm(self) -> None:
        if self.isVisible():
            self.confirm_carried()

    def mark_reviewed(self) -> None:
        """Saved like any change of the answer, against the version shown: if someone changed it meanwhile,
        both versions are shown first (the flag goes only once the save went through)."""
        if self.qid is None:
            return
        self._pending["to_review"] = False
        if self.flush() and "to_review" not in self._pending:
            self.review_frame.setVisible(self._to_review)

    def _dont_know_box(self, parent: QWidget) -> QWidget:
        """Don't know: who could answer (the follow-up list of the results and reports)."""
        self.dont_know_frame = QWidget(parent)
        col = QVBoxLayout(self.dont_know_frame)
        col.setContentsMargins(0, 0, 0, 0)
        label = QLabel(self.tr("&Institution best placed to answer (for the follow-up list):"), self.dont_know_frame)
        self.institution = QLineEdit(self.dont_know_frame)
        self.institution.setPlaceholderText(self.tr("e.g. Ministry of the Interior, statistics office"))
        self.institution.setAccessibleName(self.tr("Institution best placed to answer"))
        label.setBuddy(self.institution)
        col.addWidget(label)
        col.addWidget(self.institution)
        self.dont_know_frame.hide()
        return self.dont_know_frame

    def _na_box(self, parent: QWidget) -> QWidget:
        self.na_frame = QWidget(parent)
        col = QVBoxLayout(self.na_frame)
        col.setContentsMargins(0, 0, 0, 0)
        label = QLabel(self.tr("&Why does this question not apply? (required)"), self.na_frame)
        self.na_reason = QLineEdit(self.na_frame)
        self.na_reason.setAccessibleName(self.tr("Reason why the question does not apply"))
        label.setBuddy(self.na_reason)
        self.na_warning = QLabel(self.tr("“Not applicable” needs a reason: until one is written, the question "
                                         "counts as unanswered."), self.na_frame, wordWrap=True)
        self.na_warning.setStyleSheet("color:#b3261e; font-weight:bold;")
        for w in (label, self.na_reason, self.na_warning):
            col.addWidget(w)
        return self.na_frame

    def _notes_box(self, parent: QWidget) -> QWidget:
        box = QWidget(parent)
        col = QVBoxLayout(box)
        col.setContentsMargins(0, 0, 0, 0)
        self.law_label = QLabel(box, wordWrap=True)
        self.legal_provision = QLineEdit(box)
        # the article number isolated: in Arabic "227-23" read "23-227"
        self.legal_provision.setPlaceholderText(self.tr("e.g. Penal Code, art. {article}").format(
            article=i18n.code("227-23")))
        self.law_label.setBuddy(self.legal_provision)
        self.confidence = QComboBox(box)
        self.confidence.addItem(self.tr("— not stated —"), None)
        for c in Confidence:
            self.confidence.addItem(label_of(CONFIDENCE_LABELS, c), c.value)
        self.confidence.activated.connect(self._confidence_chosen)
        self.evidence = QPlainTextEdit(box)
        self.comment = QPlainTextEdit(box)
        for edit in (self.evidence, self.comment):
            edit.setTabChangesFocus(True)
            edit.setMinimumHeight(70)
        rows = ((self.law_label, self.legal_provision),
                (QLabel(self.tr("C&onfidence in this answer:"), box), self.confidence),
                (QLabel(self.tr("&Evidence (documents, data, sources):"), box), self.evidence),
                (QLabel(self.tr("Co&mment:"), box), self.comment))
        for label, widget in rows:
            label.setBuddy(widget)
            col.addWidget(label)
            col.addWidget(widget)
        self.confidence.setAccessibleName(self.tr("Confidence in this answer"))
        self.confidence.setAccessibleDescription(self.tr("Declared, documented or verified"))
        self.evidence.setAccessibleName(self.tr("Evidence"))
        self.comment.setAccessibleName(self.tr("Comment"))
        self.legal_provision.setAccessibleName(self.tr("Legal provision: statute and article"))
        for name in TEXT_FIELDS:
            field_widget = self._field(name)
            field_widget.installEventFilter(self)
            field_widget.textChanged.connect(lambda *_a, f=name: self._edited(f))
        return box

    def _nav_row(self) -> QHBoxLayout:
        self.prev_button = QPushButton(self.tr("&Previous"), self)
        self.next_button = QPushButton(self.tr("&Next"), self)
        style = self.style()
        self.prev_button.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowBack))  # mirrored in RTL
        self.next_button.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowForward))
        self.next_button.setLayoutDirection(  # the arrow after the text
            Qt.LayoutDirection.RightToLeft if self.isLeftToRight() else Qt.LayoutDirection.LeftToRight)
        self.prev_button.setToolTip(self.tr("Previous question (Page Up)"))
        self.next_button.setToolTip(self.tr("Next question (Page Down or Ctrl+Enter)"))
        self.prev_button.setAccessibleName(self.tr("Previous question"))
        self.next_button.setAccessibleName(self.tr("Next question"))
        self.prev_button.clicked.connect(self.previous)
        self.next_button.clicked.connect(self.next)
        self.progress = QLabel(self)
        self.progress.setWordWrap(True)  # on two lines rather than set the window's width (383 px at 150 %)
        self.progress.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.history_button = QPushButton(self.tr("History…"), self)
        self.history_button.setToolTip(self.tr("Who changed this answer, when, from what to what (Ctrl+H)"))
        self.history_button.setAccessibleName(self.tr("History of this answer"))
        self.history_button.clicked.connect(self.show_history)
        row = QHBoxLayout()
        row.addWidget(self.prev_button)
        row.addStretch(1)
        row.addWidget(self.progress)
        row.addStretch(1)
        row.addWidget(self.history_button)
        row.addWidget(self.next_button)
        return row

    def _shortcuts(self) -> None:
        ctx = Qt.ShortcutContext.WindowShortcut
        for n, value in enumerate(SCALE_ORDER, start=1):
            for seq in (str(n), f"Alt+{n}"):
                QShortcut(QKeySequence(seq), self, lambda v=value: self._key_choose(v), context=ctx)
        for seq, delta in (("PgDown", 1), ("PgUp", -1), ("Ctrl+Return", 1), ("Ctrl+Enter", 1)):
            QShortcut(QKeySequence(seq), self, lambda d=delta: self._key_step(d), context=ctx)
        QShortcut(QKeySequence("Ctrl+H"), self, self.show_history, context=ctx)
        QShortcut(QKeySequence("Ctrl+K"), self, self._key_confirm, context=ctx)

    def show_history(self) -> None:
        """The question's history (the audit trail), after saving what is being typed."""
        if self.qid is None:
            return
        from .history_dialog import HistoryDialog

        self.flush()
        HistoryDialog(self.qid, self.controller.history(self.qid), self).exec()

    # ---- fields ---------------------------------------------------------------------------------
    def _field(self, name: str) -> QLineEdit | QPlainTextEdit:
        widget: QLineEdit | QPlainTextEdit = getattr(self, name)
        return widget

    def field_text(self, name: str) -> str:
        w = self._field(name)
        return w.text() if isinstance(w, QLineEdit) else w.toPlainText()

    def _set_field(self, name: str, text: str) -> None:
        w = self._field(name)
        if isinstance(w, QLineEdit):
            w.setText(text)
        else:
            w.setPlainText(text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and self._pending:
            self.flush()
        return super().eventFilter(watched, event)

    def _toggle_intro(self, on: bool) -> None:
        self.intro.setVisible(on)
        self.intro_button.setArrowType(Qt.ArrowType.DownArrow if on else self._closed_arrow())

    def _closed_arrow(self) -> Qt.ArrowType:
        return Qt.ArrowType.RightArrow if self.isLeftToRight() else Qt.ArrowType.LeftArrow

    # ---- showing a question -------------------------------------------------------------------
    def questions(self) -> list[Question]:
        return self.controller.questionnaire.questions()

    def show_first(self) -> None:
        """Open an assessment at its first answer to review, else (a follow-up review) its first answer carried
        over and still to confirm, else its first unanswered question (or the first)."""
        answers = self.controller.answers()
        qs = self.questions()
        review = next((q for q in qs if q.id in answers and answers[q.id].to_review), None)
        carried = next((q for q in qs if q.id in answers and answers[q.id].carried_over), None)
        first = review or carried or next((q for q in qs if q.id not in answers or answers[q.id].value is None),
                               qs[0] if qs else None)
        self.qid = None
        self._pending.clear()
        if first is not None:
            self.show_question(first.id)

    def show_question(self, qid: str) -> bool:
        """Flush what was typed, then show another question; False when the save failed (stay here)."""
        if qid != self.qid and not self.flush():
            return False
        q = self.controller.questionnaire.question(qid)
        self.qid = qid
        self._show_texts(q)
        self._reload()
        self.to_top()
        self.question_shown.emit(qid)
        return True

    def to_top(self) -> None:
        """Each question opens at its top: the scroll area otherwise keeps the position a Tab into a text
        field left it at, and the next question would show its answer buttons but not its text."""
        bar = self.scroll_area.verticalScrollBar()
        bar.setValue(0)
        # once the new texts have been laid out; the bar as context: no call if the page is gone by then
        QTimer.singleShot(0, bar, lambda: bar.setValue(0))

    def _show_texts(self, q: Question) -> None:
        lang = i18n.current_language()
        section = self.controller.questionnaire.section(q.section_id)
        self.section_title.setText(f"{i18n.code(section.id)} · {section.title.get(lang)}")
        self.intro.setText(section.intro.get(lang))
        self.intro_button.setVisible(bool(section.intro))
        n = section.questions.index(q) + 1
        self.position.setText(self.tr("Question {n} of {total} in this section · {id}").format(
            n=i18n.fmt_number(n), total=i18n.fmt_number(len(section.questions)), id=i18n.code(q.id)))
        self.text.setText(q.text.get(lang))
        self.text.setAccessibleName(self.tr("Question {id}").format(id=q.id))
        self.untranslated.setVisible(lang != "en" and not q.text.has(lang))
        self.references.setText(self._references(q, lang))
        self.references.setToolTip(self.tr(
            "The Guidelines ask with words of different force (the State must, urges, should, encourages…). "
            "A firmer request weighs more in the score: a question that counts 2× moves the score twice as "
            "much as one that counts 1×."))
        self.guidance.setPlainText(q.guidance.get(lang) + self._fallback_mark(q.guidance, lang))
        law = q.asks_for_law
        self.law_label.setText(self.tr("<b>&Legal provision — statute and article that give effect to this "
                                       "(asked by this question):</b>") if law else
                               self.tr("&Legal provision (statute and article), if any:"))
        self.legal_provision.setStyleSheet("QLineEdit { border:2px solid #2a6fb0; padding:2px; }" if law else "")
        qs = self.questions()
        i = [x.id for x in qs].index(q.id)
        self.prev_button.setEnabled(i > 0)
        self.next_button.setEnabled(i < len(qs) - 1)
        self._show_progress()

    def _show_progress(self) -> None:
        """Position in the questionnaire, and the one progress rule's count."""
        qs = self.questions()
        ids = [x.id for x in qs]
        if self.qid not in ids:
            return
        p = progress(qs, self.controller.answers())
        self.progress.setText(self.tr("Question {n} / {total}").format(
            n=i18n.fmt_number(ids.index(self.qid) + 1), total=i18n.fmt_number(len(qs))) + " · " + progress_line(p))
        self.progress.setToolTip(progress_details(p))

    def _fallback_mark(self, text: Text, lang: str) -> str:
        return "\n\n" + self.tr("(English — no translation)") if lang != "en" and text and not text.has(lang) else ""

    def _references(self, q: Question, lang: str) -> str:
        strengths = {"must": self.tr("must"), "reminds": self.tr("reminds"), "urges": self.tr("urges"),
                     "should": self.tr("should"), "recommends": self.tr("recommends"),
                     "encourages": self.tr("encourages")}
        parts = [self.tr("Guidelines {paragraphs}").format(paragraphs=q.paragraph_label)]
        if q.opsc_articles:
            parts.append(self.tr("OPSC art. {articles}").format(articles=", ".join(q.opsc_articles)))
        parts.append(self.tr("The Guidelines’ request: “{strength}” — counts {weight}× in the score").format(
            strength=strengths.get(q.strength.value, q.strength.value), weight=i18n.fmt_number(q.weight, 1)))
        names = {t.id: t.name.get(lang) for t in self.controller.questionnaire.tags}
        if q.tags:
            parts.append(self.tr("Tags: {tags}").format(tags=", ".join(names.get(t, t) for t in q.tags)))
        return " · ".join(parts)

    def _reload(self) -> None:
        """Show the answer as stored now, and remember its version for the next save."""
        assert self.qid is not None
        stored = self.controller.stored_answer(self.qid)
        self._version = stored.version if stored is not None else 0
        self._load_answer(stored.answer if stored is not None else Answer(self.qid))

    def shown_answer(self) -> Answer:
        """The answer as it is on screen (saved or not)."""
        assert self.qid is not None
        data = self.confidence.currentData()
        return Answer(self.qid, self._value, na_reason=self.field_text("na_reason"),
                      comment=self.field_text("comment"), legal_provision=self.field_text("legal_provision"),
                      evidence=self.field_text("evidence"), confidence=Confidence(data) if data else None,
                      institution=self.field_text("institution"),
                      to_review=bool(self._pending.get("to_review", self._to_review)))

    def _load_answer(self, a: Answer) -> None:
        self._loading = True
        try:
            self._value = a.value
            self._set_checked(a.value)
            for name in TEXT_FIELDS:
                self._set_field(name, getattr(a, name))
            i = self.confidence.findData(a.confidence.value if a.confidence else None)
            self.confidence.setCurrentIndex(max(i, 0))
            self._update_na()
            self._to_review = a.to_review
            self.review_frame.setVisible(a.to_review)
            self.carried_frame.setVisible(a.carried_over)
            self.answer_box.setTitle(self.tr("Answer (keys 1–6) — carried over, to confirm") if a.carried_over
                                     else self.tr("Answer (keys 1–6)"))
        finally:
            self._loading = False

    def _set_checked(self, value: AnswerValue | None) -> None:
        self.group.setExclusive(False)
        for v, radio in self.radios.items():
            radio.setChecked(v is value)
        self.group.setExclusive(True)

    def _update_na(self) -> None:
        is_na = self._value is AnswerValue.NA
        self.na_frame.setVisible(is_na)
        self.dont_know_frame.setVisible(self._value is AnswerValue.DONT_KNOW)
        self.na_warning.setVisible(is_na and not self.na_reason.text().strip())

    # ---- saving ---------------------------------------------------------------------------------
    def _key_choose(self, value: AnswerValue) -> None:
        if self.isVisible() and self.qid is not None:
            self.choose(value)

    def choose(self, value: AnswerValue | None) -> None:
        if self.qid is None:
            return
        self._value = value
        self._set_checked(value)
        self._pending["value"] = value
        if self.flush():
            self.review_frame.hide()  # answering again is reviewing
            if self.carried_frame.isVisible():  # and confirming: the service clears the mark
                self._reload()
        self._update_na()
        if value is AnswerValue.NA and not self.na_reason.text().strip():
            self.na_reason.setFocus()

    def _confidence_chosen(self, index: int) -> None:
        data = self.confidence.itemData(index)
        self._pending["confidence"] = Confidence(data) if data else None
        self.flush()

    def _edited(self, name: str) -> None:
        if self._loading or self.qid is None:
            return
        self._pending[name] = self.field_text(name)
        if name == "na_reason":
            self._update_na()
        self._timer.start()

    def has_pending(self) -> bool:
        return bool(self._pending)

    def flush(self) -> bool:
        """Save what is waiting; True when nothing is left unsaved."""
        self._timer.stop()
        if not self._pending or self.qid is None or self.controller.current is None:
            return True
        values = dict(self._pending)
        self._saving = True
        try:
            change = self.controller.set_answer(self.qid, self._version, **values)
        except AnswerConflict as conflict:
            return self._resolve(conflict)
        finally:
            self._saving = False
        if change is None:
            return False  # the message is shown by whoever listens to controller.failed; retried later
        if change.version is not None:
            self._version = change.version
        if "to_review" in values or "value" in values:  # answering again is reviewing (app.services)
            self._to_review = bool(values.get("to_review", False))
        for k, v in values.items():
            if self._pending.get(k) == v:
                del self._pending[k]
        return True

    def _resolve(self, conflict: AnswerConflict) -> bool:
        """Someone else saved this answer after it was shown: show both, keep the one the user picks."""
        from . import conflict_dialog

        theirs = conflict.theirs
        mine = self.shown_answer()
        dialog = conflict_dialog.ConflictDialog(self.qid or "", theirs.answer if theirs else None,
                                                theirs.changed_by if theirs else "",
                                                theirs.updated_at if theirs else None, mine, self)
        choice = conflict_dialog.ask(dialog)
        dialog.deleteLater()
        self._version = theirs.version if theirs is not None else 0
        if choice == conflict_dialog.ConflictDialog.KEEP_MINE:
            self._pending = {k: getattr(mine, k) for k in ANSWER_FIELDS}  # all of mine replaces all of theirs
            return self.flush()
        self._pending.clear()
        self._reload()
        return True

    def _on_changed(self, change: Any) -> None:
        """Another view or an import changed this answer: show it (unless we are the ones saving)."""
        if change.kind in ANSWER_KINDS and self.qid is not None:
            self._show_progress()
        if self._saving or self._pending or self.qid is None:
            return
        if change.concerns(self.qid):
            self._reload()

    # ---- moving ---------------------------------------------------------------------------------
    def focus_answer(self) -> None:
        """The keyboard focus on the answer scale (the chosen answer, or the first), where keys 1–6 work."""
        radio = self.radios.get(self._value) if self._value is not None else None
        (radio or self.radios[SCALE_ORDER[0]]).setFocus(Qt.FocusReason.OtherFocusReason)

    def _key_step(self, delta: int) -> None:
        """Page Down / Ctrl+Enter: the next question, with the focus back on its answer scale (so that
        the next digit key answers it instead of going into the comment just left)."""
        if self.isVisible():
            self._step(delta)
            self.focus_answer()

    def _step(self, delta: int) -> None:
        ids = [q.id for q in self.questions()]
        if self.qid in ids:
            i = ids.index(self.qid) + delta
            if 0 <= i < len(ids):
                self.show_question(ids[i])

    def next(self) -> None:
        self._step(1)

    def go_to_next(self, wanted: Callable[[Answer | None], bool], delta: int = 1) -> bool:
        """Show the next question (after the current one, wrapping round) whose answer is `wanted`, with
        the focus on its answer scale; False when there is none."""
        ids = [q.id for q in self.questions()]
        if not ids:
            return False
        answers = self.controller.answers()
        start = ids.index(self.qid) if self.qid in ids else -delta
        for step in range(1, len(ids) + 1):
            qid = ids[(start + delta * step) % len(ids)]
            if wanted(answers.get(qid)) and self.show_question(qid):  # the last step is the current one
                self.focus_answer()
                return True
        return False

    def next_unanswered(self, delta: int = 1) -> bool:
        return self.go_to_next(lambda a: a is None or a.value is None or
                               (a.value is AnswerValue.NA and not a.na_reason.strip()), delta)

    def next_carried_over(self) -> bool:
        return self.go_to_next(lambda a: a is not None and a.carried_over)

    def next_dont_know(self) -> bool:
        """A carried-over "Don't know" is not listed: it is to confirm (Ctrl+Shift+F3), as the Results tab counts it."""
        return self.go_to_next(lambda a: a is not None and a.value is AnswerValue.DONT_KNOW and not a.carried_over)

    def count_answers(self, wanted: Callable[[Answer | None], bool]) -> int:
        """How many of the questions shown have an answer that is `wanted` (the "Don't know" answers, the
        carried-over ones), for the message that says there is no unanswered question left."""
        answers = self.controller.answers()
        return sum(1 for q in self.questions() if wanted(answers.get(q.id)))

    def dont_know_count(self) -> int:
        return self.count_answers(lambda a: a is not None and a.value is AnswerValue.DONT_KNOW and not a.carried_over)

    def carried_over_count(self) -> int:
        return self.count_answers(lambda a: a is not None and a.carried_over)

    def step_section(self, delta: int) -> bool:
        """The first question of the next (delta 1) or previous (-1) section that has questions."""
        sections = [s for s in self.controller.questionnaire.sections if s.questions]
        if self.qid is None or not sections:
            return False
        current = self.controller.questionnaire.question(self.qid).section_id
        ids = [s.id for s in sections]
        i = ids.index(current) + delta if current in ids else 0
        if not 0 <= i < len(sections):
            return False
        if self.show_question(sections[i].questions[0].id):
            self.focus_answer()
            return True
        return False

    def previous(self) -> None:
        self._step(-1)
