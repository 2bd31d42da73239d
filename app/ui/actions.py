"""Action plan view (placeholder: replaced by the action-plan work)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from .controller import Controller


class ActionPlanView(QWidget):
    open_question = Signal(str)

    def __init__(self, controller: Controller, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = controller
        QVBoxLayout(self).addWidget(QLabel(self.tr("Action plan")))
