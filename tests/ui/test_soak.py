"""Runs the soak walk (tests/ui/soak_walk.py) in a child process.

The walk answers every question of the shipped questionnaire in the real window, by keyboard and by
mouse, in English, French and Arabic, then runs a long session of switching and a few thousand
change notices. A binding bug such as PySide6 6.12.0's lost references to None/True/False aborts the
interpreter; in a child process that abort becomes a failure of this test that says what happened,
and the rest of the test run goes on.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

WALK = Path(__file__).with_name("soak_walk.py")


def test_the_window_survives_the_whole_questionnaire_and_a_long_session(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    try:
        run = subprocess.run(
            [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--basetemp", str(tmp_path / "walk"),
             str(WALK)],
            capture_output=True, text=True, timeout=1800, env=env, cwd=WALK.parents[2])
    except subprocess.TimeoutExpired as e:
        out = e.stdout.decode(errors="replace") if isinstance(e.stdout, bytes) else (e.stdout or "")
        raise AssertionError(f"The soak walk did not finish in {e.timeout:.0f} s (a hang?):\n{out[-3000:]}") from e
    tail = (run.stdout[-3000:] + "\n" + run.stderr[-3000:]).strip()
    aborted = run.returncode < 0 or run.returncode == 128 + signal.SIGABRT
    assert not aborted, (
        f"The interpreter aborted during the soak walk (exit {run.returncode}): a crash in the Qt binding, "
        f"such as PySide6 6.12.0's lost references to None/True/False (see docs/known-issues.md and "
        f"tests/ui/test_binding.py).\n{tail}")
    assert run.returncode == 0, f"The soak walk failed (exit {run.returncode}):\n{tail}"
    assert "2 passed" in run.stdout, tail
