"""Results dashboard: overall score, charts, the table of sections, and the gaps to close.

Everything shown comes from controller.score() (the scoring service); this view only lays it out.
It refreshes when the controller reports a change, at once when visible, otherwise when next shown.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QFont, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabBar,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.answers import ANSWER_LABELS, CONFIDENCE_LABELS, Confidence
from app.domain.crosswalk import ICMEC, MNR
from app.domain.progress import State, state_of
from app.domain.scoring import Gap, ScoreResult, Tally, suggested_priority

from .action_dialog import ActionDialog
from .charts import BarChart, RadarChart
from .controller import Controller
from .crosswalk_view import FrameworkCharts, GroupedScores, short_score
from .fit import fit_columns, wrap_header
from .follow_up import CarriedOverList
from .i18n import code, current_language, fmt_number, fmt_percent, fmt_share
from .lazy_view import RefreshWhenVisible
from .progress_text import band_text, progress_details, score_text
from .weights import OVERRIDE_MARK, WeightsDialog, fmt_weight, select_row

NUMERIC = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
NO_CONFIDENCE = "-"


class RoomyTabBar(QTabBar):
    """Tabs 3 px taller: Fusion clips the accent of a capital (« Écarts ») on the tabs not selected."""

    def tabSizeHint(self, index: int) -> QSize:
        size = super().tabSizeHint(index)
        return QSize(size.width(), size.height() + 3)


def _table(columns: int) -> QTableWidget:
    t = QTableWidget(0, columns)
    wrap_header(t)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setAlternatingRowColors(True)
    t.setWordWrap(False)
    t.verticalHeader().hide()
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return t


def _item(text: str, data: object = None, numeric: bool = False, tip: str = "") -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if data is not None:
        item.setData(Qt.ItemDataRole.UserRole, data)
    if numeric:
        item.setTextAlignment(NUMERIC)
    if tip:
        item.setToolTip(tip)
    return item


class ResultsView(RefreshWhenVisible):
    open_question = Signal(str)  # question id the user wants to see

    def __init__(self, controller: Controller, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = controller
        self.result: ScoreResult | None = None
        self.action_dialog: ActionDialog | None = None
        self.weights_dialog: WeightsDialog | None = None
        self._dirty = True
        self._build()
        self._retranslate()
        controller.changed.connect(self._on_changed)
        controller.opened.connect(self._on_changed)
        self.refresh()

    # ---- layout --------------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        # The score panel and the tabs share the height through a splitter: on a 600-px screen the panel
        # starts at most a third of the height (it scrolls), and the user can drag it smaller or away to
        # give the tables (the MNR / ICMEC lists above all) the room.
        self.header_frame = self._header()
        self.header_area = QScrollArea()
        self.header_area.setWidgetResizable(True)
        self.header_area.setFrameShape(QFrame.Shape.NoFrame)
        self.header_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no extra Tab stop: its button takes the focus
        self.header_area.setWidget(self.header_frame)
        self.split = QSplitter(Qt.Orientation.Vertical)
        self.split.setChildrenCollapsible(True)
        self.split.splitterMoved.connect(self._split_moved)
        self._split_by_user = False
        self.tabs = QTabWidget()  # one page at a time: each gets the full height of a small screen
        self.tabs.setTabBar(RoomyTabBar(self.tabs))
        # five tabs side by side must not make the window wider than a small screen: scroll arrows instead
        self.tabs.setUsesScrollButtons(True)
        self.tabs.setElideMode(Qt.TextElideMode.ElideNone)
        self.sections_table = _table(8)
        # the title takes what is left and wraps, the numbers stay compact: no horizontal scrolling at 1024 px
        # or at 150 % text (the band and the evidence shares wrap when the room runs out)
        fit_columns(self.sections_table, 1, min_chars=26, max_chars={3: 12, 5: 16, 7: 16})
        self.tabs.addTab(self._charts(), "")
        # the score tables with their view switch: by section, MNR capability or ICMEC criterion
        self.grouped = GroupedScores(self.controller, self.sections_table)
        self.grouped.open_question.connect(self.open_question)
        self.tabs.addTab(self.grouped, "")
        self.tabs.addTab(self._gaps_page(), "")
        self.weights_table = _table(5)
        fit_columns(self.weights_table, 4)
        self.tabs.addTab(self.weights_table, "")
        self.dont_know_table = _table(4)
        fit_columns(self.dont_know_table, 2, max_chars={3: 30}, max_lines=3)
        self.dont_know_table.activated.connect(lambda index: self._open_dont_know(index.row()))
        self.tabs.addTab(self.dont_know_table, "")
        self.carried_list = CarriedOverList(self.controller)  # a follow-up's answers still to confirm
        self.carried_list.open_question.connect(self.open_question)
        self.carried_list.count_changed.connect(self._carried_tab)
        self.tabs.addTab(self.carried_list, "")
        self.agreement_table = _table(7)  # shown once contributions of a workshop were received
        fit_columns(self.agreement_table, 1)
        self.tabs.addTab(self.agreement_table, "")
        self.tabs.setTabVisible(self.tabs.indexOf(self.agreement_table), False)
        self.split.addWidget(self.header_area)
        self.split.addWidget(self.tabs)
        self.split.setCollapsible(1, False)
        self.split.setStretchFactor(0, 0)
        self.split.setStretchFactor(1, 1)
        layout.addWidget(self.split, 1)

    def _split_moved(self, *_: object) -> None:
        self._split_by_user = True

    def header_room(self, total: int) -> int:
        """The height the score panel starts with: all it needs, but no more than a third of `total` (and
        enough for the score line), so that the tables keep most of a small screen."""
        frame = self.header_frame
        width = max(1, self.header_area.viewport().width())
        need = frame.heightForWidth(width) if frame.hasHeightForWidth() else frame.sizeHint().height()
        need = max(need, frame.sizeHint().height()) if need <= 0 else need
        floor = self.fontMetrics().height() * 5
        return max(min(need, total // 3), min(floor, need))

    def _place_split(self) -> None:
        if self._split_by_user:
            return
        total = self.split.height() - self.split.handleWidth()
        if total <= 0:
            return
        header = self.header_room(total)
        self.split.setSizes([header, total - header])

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # the terms explained in the panel when there is room; on a short screen (1024×600, 150 % text) in
        # the tooltips of the coverage and the score only, so that the tables keep the height
        self._place_terms()
        self._place_split()

    def _place_terms(self) -> None:
        self.terms_label.setVisible(bool(self.terms_label.text()) and self.height() >= self.fontMetrics().height() * 36)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._place_split()

    def _header(self) -> QFrame:
        """Coverage first (a score resting on few answers is provisional), then the score with its band and
        the conservative score beside it, then a line saying what the numbers mean (the terms explained where
        they are used). Compact: on a 600-px screen or with 150 % text the tables below keep the room."""
        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(frame)
        grid.setVerticalSpacing(2)
        self.title_label = QLabel()
        self.coverage_label = QLabel()  # coverage first: it says how far the score can be trusted
        cov_font = QFont(self.font())
        cov_font.setBold(True)
        self.coverage_label.setFont(cov_font)
        self.coverage_label.setWordWrap(True)
        self.overall_label = QLabel()
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 1.6)
        big.setBold(True)
        self.overall_label.setFont(big)
        self.band_label = QLabel()
        self.band_label.setWordWrap(True)  # "no band: coverage under two thirds" must not widen the window
        self.details_label = QLabel()
        self.details_label.setWordWrap(True)
        self.terms_label = QLabel()  # the terms explained where they are used
        self.terms_label.setWordWrap(True)
        self.terms_label.setStyleSheet("color:#555;")
        small = QFont(self.font())
        small.setPointSizeF(small.pointSizeF() * 0.9)
        self.terms_label.setFont(small)
        self.overridden_label = QLabel()
        self.overridden_label.setWordWrap(True)
        self.overridden_label.setStyleSheet("color: #8a4b00;")
        self.weights_button = QPushButton()
        self.weights_button.clicked.connect(self.adjust_weights)
        grid.addWidget(self.coverage_label, 0, 0, 1, 2)
        grid.addWidget(self.weights_button, 0, 2, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.title_label, 1, 0)
        grid.addWidget(self.overall_label, 2, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.band_label, 1, 1, 1, 2)
        grid.addWidget(self.details_label, 2, 1, 1, 2)
        grid.addWidget(self.overridden_label, 3, 0, 1, 3)
        grid.addWidget(self.terms_label, 4, 0, 1, 3)
        grid.setColumnStretch(1, 1)
        return frame

    def _charts(self) -> QScrollArea:
        """The bar chart over the full width (its labels need it), the radar under it, each with a title."""
        box = QWidget()
        column = QVBoxLayout(box)
        self.bar_chart = BarChart()
        self.radar_chart = RadarChart()
        self.radar_chart.setMinimumHeight(self.fontMetrics().height() * 24)
        self.bar_title, self.radar_title = QLabel(), QLabel()
        for title in (self.bar_title, self.radar_title):
            font = QFont(self.font())
            font.setBold(True)
            title.setFont(font)
        column.addWidget(self.bar_title)
        column.addWidget(self.bar_chart)
        column.addSpacing(self.fontMetrics().height())
        column.addWidget(self.radar_title)
        column.addWidget(self.radar_chart)
        self.framework_charts = FrameworkCharts()
        column.addWidget(self.framework_charts)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(box)
        return scroll

    def _gaps_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        # Filters on one row, the buttons on the next: side by side they made the whole window wider than
        # a 1024-px screen (and than 1366 px at 150 % text).
        filters = QHBoxLayout()
        self.section_filter_label = QLabel()
        self.section_filter = QComboBox()
        # long section titles must not force the window wider than the screen (200 % text)
        self.section_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.section_filter.setMinimumContentsLength(16)
        self.confidence_filter_label = QLabel()
        self.confidence_filter = QComboBox()
        self.confidence_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.confidence_filter.setMinimumContentsLength(12)
        self.section_filter_label.setBuddy(self.section_filter)
        self.confidence_filter_label.setBuddy(self.confidence_filter)
        for label, combo, stretch in ((self.section_filter_label, self.section_filter, 3),
                                      (self.confidence_filter_label, self.confidence_filter, 1)):
            combo.currentIndexChanged.connect(lambda *_: self._fill_gaps())
            filters.addWidget(label)
            filters.addWidget(combo, stretch)
        buttons = QHBoxLayout()
        self.open_button = QPushButton()
        self.open_button.clicked.connect(self._open_selected)
        self.create_action_button = QPushButton()
        self.create_action_button.clicked.connect(self.create_action)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.create_action_button)
        buttons.addStretch(1)
        self.gaps_table = _table(7)
        fit_columns(self.gaps_table, 2, min_chars=24, max_chars={3: 16, 6: 12}, max_lines=3)
        self.gaps_table.activated.connect(lambda index: self._emit_open(index.row()))
        self.gaps_table.itemSelectionChanged.connect(self._update_buttons)
        layout.addLayout(filters)
        layout.addLayout(buttons)
        layout.addWidget(self.gaps_table, 1)
        return page

    def _retranslate(self) -> None:
        self.weights_button.setText(self.tr("Adjust &weights…"))
        self.tabs.setTabText(0, self.tr("Charts"))
        self.bar_title.setText(self.tr("Score by section"))
        self.radar_title.setText(self.tr("Score by chapter"))
        self.tabs.setTabText(1, self.tr("Score tables"))
        self.tabs.setTabText(2, self.tr("Gaps to close"))
        self.sections_table.setHorizontalHeaderLabels([
            self.tr("Section"), self.tr("Title"), self.tr("Coverage"), self.tr("Score"), self.tr("Conservative"),
            self.tr("Band"), self.tr("Equal\nweights"), self.tr("Evidence: declared · documented · verified")])
        tips = ["", "", self.coverage_tip(), self.score_tip(), self.conservative_tip(),
                self.band_tip(),
                self.tr("The score with every question weighing the same: if it differs much from the score, the "
                        "weights decide the result"),
                self.tr("How the answers of the section are backed: declared (someone says so), documented (a "
                        "text shows it), verified (checked independently); shares of the answered questions")]
        for col, tip in enumerate(tips):
            header_item = self.sections_table.horizontalHeaderItem(col)
            if header_item is not None and tip:
                header_item.setToolTip(tip)
        self.sections_table.setAccessibleName(self.tr("Scores by section"))
        self.section_filter_label.setText(self.tr("&Section:"))
        self.confidence_filter_label.setText(self.tr("Co&nfidence:"))
        self.open_button.setText(self.tr("&Open question"))
        self.create_action_button.setText(self.tr("&Create action…"))
        self.gaps_table.setHorizontalHeaderLabels([
            self.tr("Question"), self.tr("Section"), self.tr("Question text"), self.tr("Answer"), self.tr("Weight"),
            self.tr("Weight × gap"), self.tr("Confidence")])
        for col, tip in ((4, self.tr("How firmly the Guidelines ask: a question of weight 2 counts twice as much as "
                                     "one of weight 1")),
                         (5, self.tr("Weight × gap: the weight times what is missing (not in place 1, partially "
                                     "2/3, largely 1/3). The largest come first: they would raise the score most"))):
            header_item = self.gaps_table.horizontalHeaderItem(col)
            if header_item is not None:
                header_item.setToolTip(tip)
        self.gaps_table.setAccessibleName(self.tr("Gaps to close, largest weight × gap first"))
        self.tabs.setTabText(3, self.tr("Changed weights"))
        self.weights_table.setHorizontalHeaderLabels([
            self.tr("Question"), self.tr("Section"), self.tr("Questionnaire weight"), self.tr("Weight used"),
            self.tr("Reason recorded")])
        self.weights_table.setAccessibleName(self.tr("Weights changed for this assessment, with their reasons"))
        self.tabs.setTabText(4, self.tr("Don't know ({n})").format(n=fmt_number(0)))
        self.dont_know_table.setHorizontalHeaderLabels([
            self.tr("Section"), self.tr("Question"), self.tr("Question text"),
            self.tr("Institution best placed to answer")])
        self.dont_know_table.setAccessibleName(self.tr("Questions answered “Don't know”, to follow up"))
        self.tabs.setTabText(self.tabs.indexOf(self.agreement_table), self.tr("Workshop agreement"))
        self.agreement_table.setHorizontalHeaderLabels([
            self.tr("Section"), self.tr("Title"), self.tr("All agree"), self.tr("Disagree"), self.tr("One answer"),
            self.tr("No answer"), self.tr("Agreement")])
        agreement_tip = self.tr("The share of the questions answered by two contributors or more on which they "
                                "all gave the same answer")
        header_item = self.agreement_table.horizontalHeaderItem(6)
        if header_item is not None:
            header_item.setToolTip(agreement_tip)
        self.agreement_table.setAccessibleName(self.tr("How far the workshop's contributors agreed, by section"))
        self._fill_filters()

    def _fill_filters(self) -> None:
        lang = current_language()
        for combo in (self.section_filter, self.confidence_filter):
            combo.blockSignals(True)
        current = self.section_filter.currentData(), self.confidence_filter.currentData()
        self.section_filter.clear()
        self.section_filter.addItem(self.tr("All sections"), None)
        for s in self.controller.questionnaire.sections:
            self.section_filter.addItem(f"{code(s.id)} {s.title.get(lang)}", s.id)
        self.confidence_filter.clear()
        self.confidence_filter.addItem(self.tr("Any confidence"), None)
        for c in Confidence:
            self.confidence_filter.addItem(CONFIDENCE_LABELS[c].get(lang, c.value), c.value)
        self.confidence_filter.addItem(self.tr("Confidence not given"), NO_CONFIDENCE)
        for combo, data in zip((self.section_filter, self.confidence_filter), current, strict=True):
            combo.setCurrentIndex(max(0, combo.findData(data)) if data is not None else 0)
            combo.blockSignals(False)

    # ---- refreshing ----------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "gaps_table"):
            self._retranslate()
            self._on_changed()
        super().changeEvent(event)

    def refresh(self) -> None:
        self._dirty = False
        self.result = self.controller.score()
        self._fill_header()
        self._fill_charts()
        self._fill_sections()
        self.grouped.refresh()
        self._fill_gaps()
        self._fill_weights()
        self._fill_dont_know()
        self.carried_list.refresh()
        self._fill_agreement()

    def _carried_tab(self, n: int) -> None:
        # short tab labels (the full wording as a tooltip): every tab reachable at 1024 px and at 150 % text
        index = self.tabs.indexOf(self.carried_list)
        self.tabs.setTabText(index, self.tr("To confirm ({n})").format(n=fmt_number(n)))
        self.tabs.setTabToolTip(index, self.tr("Answers carried over from the earlier assessment, still to confirm"))
        self.tabs.setTabVisible(index, n > 0 or self.tabs.currentIndex() == index)  # a follow-up's list only

    def _fill_agreement(self) -> None:
        """Per section, how far the contributors agreed: shown only once contributions were received."""
        overview = self.controller.workshop_overview() if self.result else None
        has = overview is not None and bool(overview.contributors)
        self.tabs.setTabVisible(self.tabs.indexOf(self.agreement_table), has)
        if overview is None or not has:
            self.agreement_table.setRowCount(0)
            return
        lang, qn = current_language(), self.controller.questionnaire
        rows = list(overview.sections())
        self.agreement_table.setRowCount(len(rows))
        for row, a in enumerate(rows):
            title = qn.section(a.section_id).title.get(lang)
            tip = self.tr("{u} of the {n} questions answered by two contributors or more").format(
                u=fmt_number(a.unanimous), n=fmt_number(a.compared)) if a.compared else self.tr(
                "No question answered by two contributors or more")
            cells = [_item(a.section_id, a.section_id), _item(title, tip=title),
                     _item(fmt_number(a.unanimous), numeric=True), _item(fmt_number(a.conflict), numeric=True),
                     _item(fmt_number(a.single), numeric=True), _item(fmt_number(a.none), numeric=True),
                     _item(fmt_share(a.share), numeric=True, tip=tip)]
            for col, item in enumerate(cells):
                self.agreement_table.setItem(row, col, item)

    def _open_dont_know(self, row: int) -> None:
        item = self.dont_know_table.item(row, 1)
        if item is not None:
            self.open_question.emit(item.text())

    def _fill_weights(self) -> None:
        """Every override: the questionnaire's weight, the weight used and the reason recorded."""
        r, qn = self.result, self.controller.questionnaire
        overridden = sorted(r.overridden.items()) if r else []
        reasons = self.controller.weight_reasons() if overridden else {}
        table = self.weights_table
        table.setRowCount(len(overridden))
        for row, (qid, (own, used)) in enumerate(overridden):
            reason = reasons.get(qid, "").strip() or self.tr("(no reason recorded)")
            cells = [_item(qid), _item(qn.question(qid).section_id), _item(fmt_weight(own), numeric=True),
                     _item(fmt_weight(used), numeric=True), _item(reason, tip=reason)]
            for col, item in enumerate(cells):
                table.setItem(row, col, item)
        self.tabs.setTabText(3, self.tr("Changed weights ({n})").format(n=fmt_number(len(overridden)))
                             if overridden else self.tr("Changed weights"))
        # an empty tab only takes room in the tab bar (the weights are changed from the score panel's button)
        self.tabs.setTabVisible(3, bool(overridden) or self.tabs.currentIndex() == 3)

    def _fill_dont_know(self) -> None:
        """Every don't-know answer, by section, with the institution noted (the follow-up list)."""
        lang, qn = current_language(), self.controller.questionnaire
        answers = self.controller.answers() if self.result else {}
        rows = [(s.id, q, answers[q.id].institution) for s in qn.sections for q in s.questions
                if state_of(answers.get(q.id)) is State.DONT_KNOW]
        table = self.dont_know_table
        table.setRowCount(len(rows))
        for row, (sid, q, institution) in enumerate(rows):
            text = q.text.get(lang)
            for col, item in enumerate([_item(sid), _item(q.id), _item(text, tip=text), _item(institution)]):
                table.setItem(row, col, item)
        self.tabs.setTabText(4, self.tr("Don't know ({n})").format(n=fmt_number(len(rows))))
        self.tabs.setTabToolTip(4, self.tr("Questions answered “Don't know”, to follow up"))

    def _fill_header(self) -> None:
        r, lang = self.result, current_language()
        overall = r.overall if r else None
        self.title_label.setText(self.tr("Overall score") if r else self.tr("No assessment is open."))
        self.coverage_label.setText(self.tr("Coverage: {cov} of applicable questions answered ({a} of {n})").format(
            cov=fmt_share(overall.coverage), a=fmt_number(overall.answered), n=fmt_number(overall.applicable))
            if overall else "")
        score = score_text(overall) if overall else ""
        self.overall_label.setText(score[:1].upper() + score[1:])  # "Provisional: 52 %" on its own line
        font = QFont(self.font())
        provisional = overall is not None and overall.provisional and overall.score is not None
        font.setPointSizeF(font.pointSizeF() * (1.2 if provisional else 1.6))
        font.setBold(True)
        self.overall_label.setFont(font)
        self.band_label.setText(band_text(overall, lang) if overall else "")
        self.band_label.setToolTip(self.band_tip())
        self.details_label.setText(self.tr(
            "Conservative score (unanswered counted as 0): {c}").format(c=fmt_percent(overall.conservative))
            if overall else "")
        self.coverage_label.setToolTip(self.coverage_tip())
        self.overall_label.setToolTip(self.score_tip())
        self.details_label.setToolTip(self.conservative_tip())
        self.terms_label.setText(self.tr(
            "Coverage: the share of the applicable questions that have an answer; with low coverage the score is "
            "provisional. Score: how far the measures asked about are in place, over the answered questions "
            "(fully 100, largely 67, partially 33, not 0), firmer requests of the Guidelines weighing more. "
            "Conservative: the same with every unanswered question counted as 0.") if r else "")
        self.header_frame.setToolTip(self.terms_label.text())
        self._place_terms()
        self.overall_label.setAccessibleName(self.tr("Overall score {s}, {band}").format(
            s=self.overall_label.text(), band=self.band_label.text()))
        self._fill_overrides_note()
        self.weights_button.setEnabled(r is not None)

    def _fill_overrides_note(self) -> None:
        r = self.result
        n = len(r.overridden) if r else 0
        self.overridden_label.setVisible(n > 0)
        if r is None or not n:
            return
        own = r.questionnaire_overall
        self.overridden_label.setText(self.tr(
            "{mark} Weights changed for this assessment: {n} (marked {mark}; see “Changed weights”). "
            "Overall score with the questionnaire's own weights: {own}.").format(
            mark=OVERRIDE_MARK, n=n, own=score_text(own)))

    def band_tip(self) -> str:
        return self.tr("The band is the level the score reaches (minimal, initial, developing, established, "
                       "advanced; see the methodology in the report). “No band”: fewer than two thirds of the "
                       "applicable questions are answered, too few to give a level.")

    def coverage_tip(self) -> str:
        return self.tr("The share of the applicable questions (all but “Not applicable”) that have an answer. "
                       "“Don't know” counts as unanswered.")

    def score_tip(self) -> str:
        return self.tr("How far the measures asked about are in place, over the answered questions only: fully "
                       "in place counts 100, largely 67, partially 33, not in place 0; each question weighs as "
                       "firmly as the Guidelines ask (must, should, encourages…).")

    def conservative_tip(self) -> str:
        return self.tr("The score if every unanswered question were “not in place”: the lowest the score can be "
                       "once everything is answered.")

    def _fill_charts(self) -> None:
        r, lang, qn = self.result, current_language(), self.controller.questionnaire
        tallies = r.sections if r else {}
        self.bar_chart.set_items([
            (f"{code(s.id)} {s.title.get(lang)}", t.score, t.conservative)
            for s in qn.sections if (t := tallies.get(s.id)) is not None])
        chapters = r.chapters if r else {}
        self.radar_chart.set_items([
            (f"{code(c.id)} {c.title.get(lang)}", t.score) for c in qn.chapters if (t := chapters.get(c.id)) is not None])
        self.framework_charts.set_walks({fw: self.controller.crosswalk(fw) for fw in (MNR, ICMEC)})

    def _fill_sections(self) -> None:
        r, lang, qn = self.result, current_language(), self.controller.questionnaire
        sections = [s for s in qn.sections if r and s.id in r.sections]
        overridden = r.overridden if r else {}
        table = self.sections_table
        table.setRowCount(len(sections))
        for row, s in enumerate(sections):
            assert r is not None
            t: Tally = r.sections[s.id]
            changed = [q.id for q in s.questions if q.id in overridden]
            tip = self.tr("Weights changed for: {ids}").format(ids=", ".join(changed)) if changed else ""
            shares = " · ".join(fmt_share(t.confidence.get(c.value, 0.0) if t.answered else None) for c in Confidence)
            cells = [
                _item(f"{s.id} {OVERRIDE_MARK}" if changed else s.id, s.id, tip=tip),
                _item(s.title.get(lang), tip=s.title.get(lang)),
                _item(fmt_share(t.coverage), numeric=True,
                      tip=progress_details(t.progress) if t.progress else ""),
                # "53%†" (the words in the tooltip and the legend under the table), as the capabilities show it
                _item(short_score(t), numeric=True, tip="\n".join(x for x in (
                    score_text(t) if t.provisional and t.score is not None else "", tip) if x)),
                _item(fmt_percent(t.conservative), numeric=True),
                _item(band_text(t, lang, short=True), tip=band_text(t, lang)),
                _item(fmt_percent(t.equal_weight_score), numeric=True),
                _item(shares, numeric=True),
            ]
            for col, item in enumerate(cells):
                table.setItem(row, col, item)
        self.grouped.sections_provisional = any(
            r is not None and r.sections[s.id].provisional and r.sections[s.id].score is not None for s in sections)

    def gaps(self) -> list[Gap]:
        """The gaps of the result that pass the two filters, in the result's order."""
        if self.result is None:
            return []
        section, conf = self.section_filter.currentData(), self.confidence_filter.currentData()
        out = []
        for g in self.result.gaps:
            level = g.confidence.value if g.confidence else NO_CONFIDENCE
            if (section is None or g.section_id == section) and (conf is None or level == conf):
                out.append(g)
        return out

    def _fill_gaps(self) -> None:
        lang, qn = current_language(), self.controller.questionnaire
        self._traced = {t.gap.question_id: t.rank_without_override for t in self.result.largest_gaps()
                        if t.rank_without_override is not None} if self.result else {}
        self._reasons = self.controller.weight_reasons() if self.result and self.result.overridden else {}
        overridden = self.result.overridden if self.result else {}
        selected = self.selected_gap()
        gaps = self.gaps()
        table = self.gaps_table
        table.setRowCount(len(gaps))
        for row, g in enumerate(gaps):
            text = qn.question(g.question_id).text.get(lang)
            weight = fmt_weight(g.weight)
            tip = ""
            if g.question_id in overridden:
                weight = f"{weight} {OVERRIDE_MARK}"
                tip = self.tr("Questionnaire weight {a}, changed to {b}").format(
                    a=fmt_weight(overridden[g.question_id][0]), b=fmt_weight(g.weight))
                reason = self._reasons.get(g.question_id, "").strip()
                if reason:
                    tip += "\n" + self.tr("Reason: {reason}").format(reason=reason)
                rank = self._traced.get(g.question_id)
                if rank is not None:
                    tip += "\n" + self.tr("Among the ten largest gaps with the questionnaire's weight (rank {rank}): "
                                          "still shown here although its weight was lowered.").format(rank=rank)
                    text = f"{text}  ⚑"
            cells = [
                _item(g.question_id), _item(g.section_id), _item(text, tip=text),
                _item(ANSWER_LABELS[g.value].get(lang, g.value.value)),
                _item(weight, numeric=True, tip=tip), _item(fmt_number(g.priority_score, 2), numeric=True),
                _item(CONFIDENCE_LABELS[g.confidence].get(lang, "") if g.confidence else self.tr("not given")),
            ]
            for col, item in enumerate(cells):
                item.setData(Qt.ItemDataRole.UserRole, g.question_id)
                table.setItem(row, col, item)
            if selected is not None and g.question_id == selected.question_id:
                select_row(table, row)
        self._update_buttons()

    # ---- actions on gaps -----------------------------------------------------------------------
    def selected_gap(self) -> Gap | None:
        model = self.gaps_table.selectionModel()
        rows = model.selectedRows() if model else []
        if not rows or self.result is None:
            return None
        qid = rows[0].data(Qt.ItemDataRole.UserRole)
        return next((g for g in self.result.gaps if g.question_id == qid), None)

    def _update_buttons(self) -> None:
        has = self.selected_gap() is not None
        self.create_action_button.setEnabled(has)
        self.open_button.setEnabled(has)

    def _emit_open(self, row: int) -> None:
        item = self.gaps_table.item(row, 0)
        if item is not None:
            self.open_question.emit(item.text())

    def _open_selected(self) -> None:
        gap = self.selected_gap()
        if gap is not None:
            self.open_question.emit(gap.question_id)

    def create_action(self) -> None:
        """Open the action dialog for the selected gap, with the priority the method suggests."""
        gap = self.selected_gap()
        if gap is None:
            return
        if self.action_dialog is not None:
            self.action_dialog.deleteLater()  # the previous one, long closed
        self.action_dialog = ActionDialog(self.controller, question_id=gap.question_id,
                                          priority=suggested_priority(gap), parent=self)
        self.action_dialog.open()

    def adjust_weights(self) -> None:
        gap = self.selected_gap()
        if self.weights_dialog is not None:
            self.weights_dialog.deleteLater()
        self.weights_dialog = WeightsDialog(self.controller, gap.question_id if gap else None, parent=self)
        self.weights_dialog.open()
