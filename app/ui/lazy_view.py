"""Views that refresh from the controller only while visible; a hidden view is marked stale and
refreshed when it is next shown (score views would otherwise recompute on every keystroke)."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget


class RefreshWhenVisible(QWidget):
    _dirty = True

    def refresh(self) -> None:  # overridden by each view; must set self._dirty = False
        self._dirty = False

    def _on_changed(self, *_: object) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._dirty = True

    def showEvent(self, event: QShowEvent) -> None:
        if self._dirty:
            self.refresh()
        super().showEvent(event)
