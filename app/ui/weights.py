"""Weight overrides: the questionnaire's weight of each question, and the one this assessment uses.

Every change goes through controller.set_weight (the one write path) with a reason; the scores
are recomputed by the scoring service, never here.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .controller import Controller
from .fit import fit_to_screen, wrap_header
from .i18n import current_language, fmt_number

OVERRIDE_MARK = "✎"  # shown beside a weight this assessment changed


def select_row(view: QAbstractItemView, row: int) -> None:
    """Select a whole row. QTableView.selectRow selects nothing in right-to-left layouts (Qt 6.12: it
    looks up the column at the viewport's width, one pixel past the last column), so go through the
    current index, which selects the row under SelectRows behaviour in both directions."""
    model = view.model()
    if model is not None and 0 <= row < model.rowCount():
        view.setCurrentIndex(model.index(row, 0))


def fmt_weight(w: float) -> str:
    """Every weight with two decimals ("2.00" beside "2.50", not "2" beside "2.50"): they line up."""
    return fmt_number(w, 2)


class WeightsDialog(QDialog):
    COLUMNS = ("question", "text", "questionnaire", "used", "reason")

    def __init__(self, controller: Controller, question_id: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle(self.tr("Adjust weights"))
        self._build()
        self.refresh()
        controller.changed.connect(self._on_changed)
        controller.failed.connect(self._show_error)
        self.finished.connect(self._disconnect)
        row = self._row_of(question_id) if question_id else 0
        select_row(self.table, max(0, row))
        fm = self.fontMetrics()
        fit_to_screen(self, fm.averageCharWidth() * 120, fm.height() * 32)  # bounded by the screen

    def _build(self) -> None:
        intro = QLabel(self.tr(
            "The weight says how much a question counts in the scores. The questionnaire sets it from the "
            "wording of the Guidelines (must 3 … encourages 1). Change it only for a reason you can defend: "
            "the report lists every change with its reason."))
        intro.setWordWrap(True)
        self.table = QTableWidget(0, len(self.COLUMNS))
        wrap_header(self.table)
        self.table.setHorizontalHeaderLabels([self.tr("Question"), self.tr("Text"), self.tr("Questionnaire weight"),
                                              self.tr("Weight used"), self.tr("Reason")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(self.tr("Questions and their weights"))
        self.table.itemSelectionChanged.connect(self._load_selected)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self._editor())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _editor(self) -> QGroupBox:
        box = QGroupBox(self.tr("Weight of the selected question"))
        grid = QGridLayout(box)
        self.selected_label = QLabel()
        self.selected_label.setWordWrap(True)
        self.spin = QDoubleSpinBox()
        self.spin.setRange(0.0, 10.0)  # 0 can be typed, so that the refusal can be explained
        self.spin.setDecimals(2)
        self.spin.setSingleStep(0.5)
        self.spin.setAccessibleName(self.tr("Weight"))
        self.spin.valueChanged.connect(self._check_value)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Why this question counts more or less here"))
        self.reason.setAccessibleName(self.tr("Reason"))
        self.apply_button = QPushButton(self.tr("&Apply"))
        self.apply_button.clicked.connect(self.apply)
        self.restore_button = QPushButton(self.tr("&Restore questionnaire weight"))
        self.restore_button.clicked.connect(self.restore)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        weight_label = QLabel(self.tr("&Weight:"))
        weight_label.setBuddy(self.spin)
        reason_label = QLabel(self.tr("R&eason:"))
        reason_label.setBuddy(self.reason)
        grid.addWidget(self.selected_label, 0, 0, 1, 4)
        grid.addWidget(weight_label, 1, 0)
        grid.addWidget(self.spin, 1, 1)
        grid.addWidget(self.apply_button, 1, 2)
        grid.addWidget(self.restore_button, 1, 3)
        grid.addWidget(reason_label, 2, 0)
        grid.addWidget(self.reason, 2, 1, 1, 3)
        grid.addWidget(self.error, 3, 0, 1, 4)
        grid.setColumnStretch(1, 1)
        return box

    # ---- data ----------------------------------------------------------------------------------
    def refresh(self) -> None:
        lang = current_language()
        overrides = self.controller.weight_overrides()
        reasons = self.controller.weight_reasons()
        questions = self.controller.questionnaire.questions()
        selected = self.selected_question()
        self.table.setRowCount(len(questions))
        bold = QFont(self.font())
        bold.setBold(True)
        for r, q in enumerate(questions):
            used = overrides.get(q.id, q.weight)
            marked = q.id in overrides
            cells = (q.id, q.text.get(lang), fmt_weight(q.weight),
                     f"{fmt_weight(used)} {OVERRIDE_MARK}" if marked else fmt_weight(used), reasons.get(q.id, ""))
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, q.id)
                if c in (2, 3):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if c == 1:
                    item.setToolTip(text)
                if marked:
                    item.setFont(bold)
                    item.setToolTip(self.tr("Changed for this assessment from {a} to {b}").format(
                        a=fmt_weight(q.weight), b=fmt_weight(used)))
                self.table.setItem(r, c, item)
        if selected:
            select_row(self.table, self._row_of(selected))
        self._load_selected()

    def _row_of(self, question_id: str | None) -> int:
        for r in range(self.table.rowCount()):
            item = self.table.item(r, 0)
            if item is not None and item.text() == question_id:
                return r
        return -1

    def selected_question(self) -> str | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return str(rows[0].data(Qt.ItemDataRole.UserRole)) if rows else None

    def select(self, question_id: str) -> None:
        select_row(self.table, self._row_of(question_id))

    def _load_selected(self) -> None:
        qid = self.selected_question()
        self.error.hide()
        enabled = qid is not None
        for w in (self.spin, self.reason, self.apply_button, self.restore_button):
            w.setEnabled(enabled)
        if qid is None:
            self.selected_label.clear()
            return
        q = self.controller.questionnaire.question(qid)
        overrides = self.controller.weight_overrides()
        self.selected_label.setText(f"<b>{q.id}</b> — {q.text.get(current_language())}")
        self.spin.setValue(overrides.get(qid, q.weight))
        self.reason.setText(self.controller.weight_reasons().get(qid, ""))
        self.restore_button.setEnabled(qid in overrides)

    def _check_value(self, value: float) -> bool:
        if value > 0:
            self.error.hide()
            return True
        self._show_error(self.tr("A weight must be greater than zero. To leave a question out of the scores, "
                                 "answer it \u201cnot applicable\u201d with a reason."))
        return False

    # ---- writing -------------------------------------------------------------------------------
    def apply(self) -> None:
        qid = self.selected_question()
        if qid is None or not self._check_value(self.spin.value()):
            return
        q = self.controller.questionnaire.question(qid)
        value = self.spin.value()
        if abs(value - q.weight) < 1e-9:
            self.controller.set_weight(qid, None)  # back to the questionnaire's weight
        else:
            self.controller.set_weight(qid, value, self.reason.text().strip())

    def restore(self) -> None:
        qid = self.selected_question()
        if qid is not None:
            self.controller.set_weight(qid, None)

    def _on_changed(self, change: object) -> None:
        if getattr(change, "kind", None) in ("weights", "import", "assessment", "deleted"):
            self.refresh()

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def _disconnect(self) -> None:
        self.controller.changed.disconnect(self._on_changed)
        self.controller.failed.disconnect(self._show_error)
