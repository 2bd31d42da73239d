"""The app's log records never reach stderr (outside facilitator, minor: a warning printed in English on stderr
while receiving in the window): they go to the rotating file in the data folder, or nowhere. A real process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SCRIPT = """
import sys
from app.services import exchange
exchange.log.warning("contribution %s: another sender's contribution has its name too", 7)  # before any setup
from app import applog
print(applog.setup())
exchange.log.warning("contribution %s: another sender's contribution has its name too", 8)
"""


def test_a_warning_goes_to_the_log_file_only(tmp_path):
    env = dict(os.environ, OPSC_ASSESS_HOME=str(tmp_path / "home"), QT_QPA_PLATFORM="offscreen")
    r = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, cwd=REPO, env=env, timeout=120)
    assert r.returncode == 0, r.stderr
    assert r.stderr == ""  # neither before the file's handler nor after
    log = Path(r.stdout.strip()).read_text(encoding="utf-8")
    assert "contribution 8: another sender's contribution has its name too" in log
