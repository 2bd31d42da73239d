"""When something unexpected goes wrong: the traceback goes to the log, and the user sees a calm,
translated dialog saying their saved answers are safe and where the log is.

Installed once at start for Python exceptions (sys.excepthook, which PySide6 also calls for an
exception raised in a slot), for threads (threading.excepthook) and for Qt's own warnings and
critical messages (qInstallMessageHandler).
"""

from __future__ import annotations

import logging
import sys
import threading
from types import TracebackType
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from app import applog

from .fit import fit_to_screen, scrolling

log = logging.getLogger("app.crash")
_showing = False


def crash_text() -> str:
    text = QCoreApplication.translate(
        "Crash", "Something unexpected went wrong. The answers saved so far are safe: each one is saved the "
                 "moment it is given. What you were doing last may not have been finished; please check it.\n\n"
                 "The details were written to the log file:\n{path}\n\nYou can keep working. If this happens again, "
                 "send that file to the person who supports the app (it holds no answers).")
    return text.format(path=applog.log_file())


def handle(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    """Log the traceback; show the dialog (one at a time) when there is a window to show it over."""
    global _showing
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, tb)
        return
    log.critical("unexpected error", exc_info=(kind, error, tb))
    if _showing or QApplication.instance() is None:
        return
    _showing = True
    try:
        CrashDialog(QApplication.activeWindow()).exec()
    finally:
        _showing = False


class CrashDialog(QDialog):
    """The calm message: a warning icon, the text (word-wrapped, selectable, scrolling when the screen is too
    short: at 250 % text a message box was 1,057 px tall, its OK button off a 768 px screen) and OK."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("Crash", "Something went wrong"))
        icon = QLabel(self)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize, None, self)
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size, size))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.label = QLabel(crash_text(), self)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        body = QWidget(self)
        row = QHBoxLayout(body)
        row.addWidget(icon)
        row.addWidget(self.label, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(scrolling(body), 1)
        layout.addWidget(buttons)
        width = self.label.fontMetrics().averageCharWidth() * 70 + size
        fit_to_screen(self, width, body.heightForWidth(width) + buttons.sizeHint().height() + 40
                      if body.hasHeightForWidth() else None)

    def text(self) -> str:
        return self.label.text()


def _thread_hook(args: threading.ExceptHookArgs) -> None:
    if args.exc_value is not None:
        log.critical("unexpected error in thread %s", getattr(args.thread, "name", "?"),
                     exc_info=(args.exc_type, args.exc_value, args.exc_traceback))


_QT_LEVELS = {QtMsgType.QtDebugMsg: logging.DEBUG, QtMsgType.QtInfoMsg: logging.INFO,
              QtMsgType.QtWarningMsg: logging.WARNING, QtMsgType.QtCriticalMsg: logging.ERROR,
              QtMsgType.QtFatalMsg: logging.CRITICAL}


def _qt_message(kind: QtMsgType, context: Any, message: str) -> None:
    logging.getLogger("qt").log(_QT_LEVELS.get(kind, logging.WARNING), "%s", message)


def install() -> None:
    sys.excepthook = handle
    threading.excepthook = _thread_hook
    qInstallMessageHandler(_qt_message)
