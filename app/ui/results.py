"""Results dashboard (placeholder: replaced by the results work)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from .controller import Controller


class ResultsView(QWidget):
    open_question = Signal(str)  # question id the user wants to see

    def __init__(self, controller: Controller, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = controller
        QVBoxLayout(self).addWidget(QLabel(self.tr("Results")))
