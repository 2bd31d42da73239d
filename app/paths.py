"""The one place that knows where data, backups and logs live, and where the bundled files are.

All user data lives under one folder the user can see: the folder named by the environment
variable OPSC_ASSESS_HOME; else, for portable use (a USB stick, a shared office computer where nothing
may be installed), the folder `OPSC-Assess-data` beside the program when a file named `portable.txt`
sits next to it; else the platform's user-data folder (platformdirs).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "OPSC-Assess"
ENV_HOME = "OPSC_ASSESS_HOME"
PORTABLE_MARKER = "portable.txt"
PORTABLE_DATA = "OPSC-Assess-data"
ENV_DATABASE_URL = "OPSC_ASSESS_DATABASE_URL"  # the command line on a server: postgresql+psycopg://user@host/db


def install_root() -> Path:
    """The folder holding questionnaires/, resources/ and translations/ (source tree or bundle)."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle)
    return Path(__file__).resolve().parent.parent


def program_dir() -> Path:
    """The folder of the program the user started: beside the executable in the bundle, the source
    tree's root otherwise."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return install_root()


def portable_home() -> Path | None:
    """The data folder beside the program when the portable marker file is there."""
    base = program_dir()
    return base / PORTABLE_DATA if (base / PORTABLE_MARKER).is_file() else None


def data_home() -> Path:
    env = os.environ.get(ENV_HOME)
    if env:
        return Path(env).expanduser()
    portable = portable_home()
    if portable is not None:
        return portable
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def ensure(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    return path


def database_path() -> Path:
    return data_home() / "assessments.sqlite"


def database_url() -> str | None:
    """The server database the command line works on, when OPSC_ASSESS_DATABASE_URL is set."""
    return os.environ.get(ENV_DATABASE_URL) or None


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
