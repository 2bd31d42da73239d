"""The app's log: a rotating file in the data folder (logs/opsc-assess.log, 1 MB, 5 old files kept).

What goes in: starts, files opened, imports and exports (file names and counts), refused files,
storage faults, and the traceback of any unexpected error. What never goes in: answer text,
comments, reasons or any other content of an assessment — log calls pass ids, names and counts.
SQL parameters are hidden from error messages (the engines use hide_parameters=True).
If the data folder cannot be written (a read-only USB stick), nothing is logged anywhere else.
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from app import __version__, paths

LOG_NAME = "opsc-assess.log"
MAX_BYTES = 1_000_000
BACKUPS = 5
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


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
        handler = logging.handlers.RotatingFileHandler(target, maxBytes=MAX_BYTES, backupCount=BACKUPS,
                                                       encoding="utf-8")
    except OSError:
        return None
    handler._opsc = True  # type: ignore[attr-defined]
    handler.setFormatter(logging.Formatter(_FORMAT))
    root.addHandler(handler)
    root.setLevel(min(root.level or level, level) if root.level else level)
    logging.captureWarnings(True)
    logging.getLogger("app").info("OPSC self-assessment %s started; data folder %s", __version__, paths.data_home())
    return target
