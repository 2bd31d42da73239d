"""The app's log: a rotating file in the data folder (logs/opsc-assess.log, 1 MB, 5 old files kept).

What goes in: starts, files opened, imports and exports (file names and counts), refused files,
storage faults, and the traceback of any unexpected error. What never goes in: answer text,
comments, reasons or any other content of an assessment — log calls pass ids, names and counts.
SQL parameters are hidden from error messages (the engines use hide_parameters=True).
If the data folder cannot be written (a read-only USB stick), nothing is logged anywhere else.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from app import __version__, paths

LOG_NAME = "opsc-assess.log"
MAX_BYTES = 1_000_000
BACKUPS = 5
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class RotatingFile(logging.FileHandler):
    """A log file of at most `max_bytes`, the previous ones kept as .1 (newest) to .`backups`: the rotation
    of logging.handlers.RotatingFileHandler, without importing logging.handlers (socket, pickle, queue
    and struct: ~12 ms of CPU at every start, before the window shows)."""

    def __init__(self, path: Path, max_bytes: int, backups: int):
        super().__init__(path, mode="a", encoding="utf-8")
        self.max_bytes, self.backups = max_bytes, backups

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self._full(record):
                self._rotate()
        except OSError:  # the file went away or cannot be renamed: logging must never stop the app
            self.handleError(record)
            return
        super().emit(record)

    def _full(self, record: logging.LogRecord) -> bool:
        if self.stream is None:
            self.stream = self._open()
        if not os.path.isfile(self.baseFilename):  # a device or pipe never rotates
            return False
        self.stream.seek(0, 2)
        return bool(self.stream.tell() + len(self.format(record) + self.terminator) >= self.max_bytes)

    def _rotate(self) -> None:
        if self.stream is not None:
            self.stream.close()
            self.stream = None
        base = self.baseFilename
        for i in range(self.backups - 1, 0, -1):
            if os.path.exists(f"{base}.{i}"):
                os.replace(f"{base}.{i}", f"{base}.{i + 1}")
        if self.backups > 0:
            os.replace(base, f"{base}.1")
        self.stream = self._open()


def log_file() -> Path:
    return paths.logs_dir() / LOG_NAME


def setup(level: int = logging.INFO) -> Path | None:
    """Send the app's log records to the rotating file; the file's path, or None if it cannot be written.
    Calling it again (another data folder, in tests) moves the log there."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_opsc", False):
            root.removeHandler(handler)
            handler.close()
    target = log_file()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFile(target, MAX_BYTES, BACKUPS)
    except OSError:
        return None
    handler._opsc = True  # type: ignore[attr-defined]
    handler.setFormatter(logging.Formatter(_FORMAT))
    root.addHandler(handler)
    root.setLevel(min(root.level or level, level) if root.level else level)
    logging.captureWarnings(True)
    logging.getLogger("app").info("OPSC self-assessment %s started; data folder %s", __version__, paths.data_home())
    return target
