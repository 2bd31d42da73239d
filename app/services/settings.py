"""User preferences, kept as JSON in the data folder (never in the registry or ~/.config).

A missing, unreadable or hand-damaged settings file never stops the application: every value that
is missing or of the wrong type falls back to its default, unknown keys are ignored.
"""

from __future__ import annotations

import json
import logging
import math
import os
import re
import tempfile
import unicodedata
from dataclasses import asdict, dataclass, fields
from datetime import datetime
from pathlib import Path
from typing import Any

from app import paths
from app.domain.languages import LANGUAGES

log = logging.getLogger(__name__)

ENV_USER = "OPSC_USER"  # who the command line records changes as (docs/audit.md)
MIN_TEXT_SCALE = 0.75
MAX_TEXT_SCALE = 2.5


@dataclass
class Settings:
    language: str = "en"
    text_scale: float = 1.0  # 1.0 = the system size; Ctrl+ / Ctrl- change it
    first_run_done: bool = False
    last_database: str | None = None  # relative to the data folder when inside it; see remember_database
    window_geometry: str | None = None  # base64 of QWidget.saveGeometry()
    confidentiality: str = ""  # the last marking chosen for reports
    report_language: str | None = None
    export_folder: str | None = None  # where the last report was written (default: the Documents folder)
    user_name: str = ""  # who changes are recorded as on a file (empty: the computer's login name)
    institution: str = ""  # the user's institution: the default of the files they share


def clamp_text_scale(value: Any) -> float:
    """A text scale between 75 % and 250 %; anything that is not a finite number gives 1.0."""
    try:
        scale = float(value)
    except (TypeError, ValueError):
        return 1.0
    if not math.isfinite(scale) or scale <= 0:
        return 1.0
    return min(max(scale, MIN_TEXT_SCALE), MAX_TEXT_SCALE)


def _optional_str(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def _from_dict(raw: dict[str, Any]) -> Settings:
    known = {f.name for f in fields(Settings)}
    values = {k: v for k, v in raw.items() if k in known}
    s = Settings()
    lang = values.get("language")
    s.language = lang if isinstance(lang, str) and lang in LANGUAGES else "en"
    s.text_scale = clamp_text_scale(values.get("text_scale", 1.0))
    s.first_run_done = values.get("first_run_done") is True
    s.last_database = _optional_str(values.get("last_database"))
    s.window_geometry = _optional_str(values.get("window_geometry"))
    marking = values.get("confidentiality")
    s.confidentiality = marking if isinstance(marking, str) else ""
    report = values.get("report_language")
    s.report_language = report if isinstance(report, str) and report in LANGUAGES else None
    s.export_folder = _optional_str(values.get("export_folder"))
    s.user_name = _name(values.get("user_name"))
    s.institution = _name(values.get("institution"), MAX_INSTITUTION)
    return s


MAX_NAME = 200  # as an exchange file's "written_by"
MAX_INSTITUTION = 500


def _name(value: Any, limit: int = MAX_NAME) -> str:
    """A name as typed, trimmed, on one line and within its limit (a hand-edited file may hold anything)."""
    if not isinstance(value, str):
        return ""
    kept = (c for c in value if c.isspace() or (unicodedata.category(c) != "Cc" and c not in _BIDI))
    return " ".join("".join(kept).split())[:limit]  # a line break or tab between words stays a space


_BIDI = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")  # no format trick in a name


def login_name() -> str:
    """The computer's login name: who changes are recorded as on a file when the user gave no name."""
    import getpass

    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no user name in the environment nor the password database
        return ""


def recorded_name(s: Settings | None = None) -> str:
    """The name changes are recorded under (the audit trail, changed_by, the author of shared files): the
    OPSC_USER environment variable when set (scripts, the command line), else the name given at first run
    or in the settings; "" when neither (the storage then uses the computer's login name)."""
    env = _name(os.environ.get(ENV_USER, ""))
    if env:
        return env
    return (s if s is not None else load_settings()).user_name


def load_settings(path: Path | None = None) -> Settings:
    path = path or paths.settings_path()
    try:
        data = path.read_bytes()
    except OSError:
        return Settings()  # missing or unreadable settings never stop the app
    try:
        raw = json.loads(data.decode("utf-8"))
    except (ValueError, RecursionError):  # not JSON, not UTF-8, or nested too deep for the parser
        raw = None
    if isinstance(raw, dict):
        return _from_dict(raw)
    if not data.strip():
        return Settings()
    # damaged (by hand, a tool, a disk fault): a copy is kept before anything rewrites it, and the values
    # that can still be read (the user's name, the language...) are kept rather than reset
    _keep_damaged(path, data)
    return _from_dict(_readable_fields(data))


_FLAT_VALUE = re.compile(r'"([a-z_]{1,40})"\s*:\s*("(?:[^"\\\n]|\\.){0,2000}"|true|false|null|-?\d{1,10}(?:\.\d{1,10})?)')


def _readable_fields(data: bytes) -> dict[str, Any]:
    """The `"key": value` pairs of a damaged settings file that are still whole (a string, a number, a
    boolean), for the known settings only."""
    known = {f.name for f in fields(Settings)}
    out: dict[str, Any] = {}
    for m in _FLAT_VALUE.finditer(data[:1_000_000].decode("utf-8", errors="replace")):
        if m.group(1) in known:
            try:
                out[m.group(1)] = json.loads(m.group(2))
            except ValueError:
                continue
    return out


def _keep_damaged(path: Path, data: bytes) -> None:
    """Copy a damaged settings file beside it as settings.json.damaged-<time> (once per content)."""
    try:
        for old in path.parent.glob(path.name + ".damaged-*"):
            if old.stat().st_size == len(data) and old.read_bytes() == data:
                return
        copy = path.with_name(f"{path.name}.damaged-{datetime.now().strftime('%Y%m%d-%H%M%S')}")
        copy.write_bytes(data)
        log.warning("the settings file was damaged: defaults used where unreadable, a copy kept as %s", copy.name)
    except OSError as e:
        log.warning("the settings file was damaged and no copy could be kept (%s)", e.strerror or e)


def save_settings(s: Settings, path: Path | None = None) -> None:
    """Write the settings atomically (a temporary file renamed over the old one)."""
    path = path or paths.settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".settings-", suffix=".json")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(asdict(s), f, ensure_ascii=False, indent=2)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def remember_database(s: Settings, location: str, home: Path | None = None) -> None:
    """Remember the database just opened: a file inside the data folder relative to it (a portable
    stick keeps its database wherever it is mounted), any other file by its full path, a server by its
    address (never a password: the location carries none)."""
    if "://" in location:
        s.last_database = location
        return
    home = home or paths.data_home()
    path = Path(location)
    try:
        s.last_database = path.resolve().relative_to(home.resolve()).as_posix()
    except (ValueError, OSError):
        s.last_database = str(path)


def remembered_database(s: Settings, home: Path | None = None) -> Path | str:
    """What to open at start: the database remembered, or the data folder's default database when none is
    remembered or the remembered file is gone (a stick mounted elsewhere, a network drive not there):
    never a new, empty database created at a remembered path that no longer exists."""
    home = home or paths.data_home()
    default = home / paths.database_path().name
    last = s.last_database
    if not last:
        return default
    if "://" in last:
        return last
    path = Path(last)
    path = path if path.is_absolute() else home / path
    if path.is_file():
        return path
    log.warning("the database last used (%s) is not there any more: opening %s", path, default)
    return default
