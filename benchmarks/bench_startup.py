"""Startup: process start to main window shown, and memory after start, against an empty PySide6
window started the same way in the same run. Target: time ratio <= 1.3x.

Both children print 'shown <rss_kb>' once their window is visible and quit; the parent measures
wall time from spawn to that line.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
RUNS = 5

EMPTY = """
import resource, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
w = QMainWindow(); w.resize(1100, 720); w.show()
def done():
    print("shown", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, flush=True); app.quit()
QTimer.singleShot(0, done)
app.exec()
"""


def measure(cmd: list[str], env: dict[str, str]) -> tuple[float, int]:
    t = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True, cwd=REPO, env=env)
    assert p.stdout is not None
    rss = 0
    for line in p.stdout:
        if line.startswith("shown"):
            elapsed = time.perf_counter() - t
            rss = int(line.split()[1])
            break
    else:
        raise RuntimeError(f"{cmd} never showed a window")
    p.wait(timeout=60)
    return elapsed, rss


def main() -> dict[str, float]:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    with tempfile.TemporaryDirectory() as home:
        env["OPSC_ASSESS_HOME"] = home
        env["OPSC_ASSESS_EXIT_AFTER_SHOW"] = "1"
        (Path(home) / "settings.json").write_text('{"first_run_done": true}', encoding="utf-8")
        measure([sys.executable, "-c", EMPTY], env)  # warm the file cache
        measure([sys.executable, "-m", "app"], env)
        floor = [measure([sys.executable, "-c", EMPTY], env) for _ in range(RUNS)]
        ours = [measure([sys.executable, "-m", "app"], env) for _ in range(RUNS)]
    ft, fr = statistics.median(t for t, _ in floor), statistics.median(r for _, r in floor)
    ot, orss = statistics.median(t for t, _ in ours), statistics.median(r for _, r in ours)
    print(f"startup to window shown: {ot:.2f} s vs empty PySide6 window {ft:.2f} s -> ratio {ot / ft:.2f}x "
          "(target <= 1.3x)")
    print(f"memory after start (max RSS): {orss / 1024:.0f} MiB vs {fr / 1024:.0f} MiB -> ratio {orss / fr:.2f}x")
    return {"startup_ratio": ot / ft, "rss_ratio": orss / fr}


if __name__ == "__main__":
    main()
