"""User preferences, kept as JSON in the data folder (never in the registry or ~/.config)."""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from app import paths
from app.domain.questionnaire import LANGUAGES


@dataclass
class Settings:
    language: str = "en"
    text_scale: float = 1.0  # 1.0 = the system size; Ctrl+ / Ctrl- change it
    first_run_done: bool = False
    last_database: str | None = None
    window_geometry: str | None = None  # base64 of QWidget.saveGeometry()
    confidentiality: str = ""  # the last marking chosen for reports
    report_language: str | None = None


def load_settings(path: Path | None = None) -> Settings:
    path = path or paths.settings_path()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Settings()  # missing or unreadable settings never stop the app
    known = {f.name for f in fields(Settings)}
    s = Settings(**{k: v for k, v in raw.items() if k in known}) if isinstance(raw, dict) else Settings()
    if s.language not in LANGUAGES:
        s.language = "en"
    s.text_scale = min(max(float(s.text_scale or 1.0), 0.75), 2.5)
    return s


def save_settings(s: Settings, path: Path | None = None) -> None:
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
