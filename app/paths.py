"""The one place that knows where data, backups and logs live, and where the bundled files are.

All user data lives under one folder the user can see: the platform's user-data folder
(platformdirs), or the folder named by the environment variable OPSC_ASSESS_HOME.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "OPSC-Assess"
ENV_HOME = "OPSC_ASSESS_HOME"


def install_root() -> Path:
    """The folder holding questionnaires/, resources/ and translations/ (source tree or bundle)."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle)
    return Path(__file__).resolve().parent.parent


def data_home() -> Path:
    env = os.environ.get(ENV_HOME)
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def ensure(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    return path


def database_path() -> Path:
    return data_home() / "assessments.sqlite"


def backups_dir() -> Path:
    return data_home() / "backups"


def logs_dir() -> Path:
    return data_home() / "logs"


def settings_path() -> Path:
    return data_home() / "settings.json"


def questionnaires_dir() -> Path:
    return install_root() / "questionnaires"


def default_questionnaire_dir() -> Path:
    return questionnaires_dir() / "opsc"


def resources_dir() -> Path:
    return install_root() / "resources"


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def translations_dir() -> Path:
    return install_root() / "translations"


def docs_dir() -> Path:
    return install_root() / "docs"
