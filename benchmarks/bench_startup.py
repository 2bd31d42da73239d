"""Startup, against an empty PySide6 window started the same way in the same run (the floor):

- "window shown": process start to the main window drawn on screen (its shell: title, menus, status
  bar, "Opening your assessments…"). Target: ratio <= 1.3x.
- "ready": process start to the list of assessments shown and usable (questionnaire loaded,
  database open). Reported against the same floor; no target, but it is what the user waits for.
- memory: peak RSS at ready, against the empty window's.

With OPSC_ASSESS_EXIT_AFTER_SHOW set, the app prints 'shown <rss_kb>' once its window has been
painted, 'ready <rss_kb>' when the data is in, and quits; the empty window prints 'shown' once.
The parent measures wall time from spawn to each line. Medians of RUNS runs, after one warm-up.
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
RUNS = 7

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


def measure(cmd: list[str], env: dict[str, str], until: str) -> dict[str, tuple[float, int]]:
    """Seconds from spawn and peak RSS (kB) at each line the child prints, up to `until`."""
    t = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True, cwd=REPO, env=env)
    assert p.stdout is not None
    seen: dict[str, tuple[float, int]] = {}
    for line in p.stdout:
        word, _, rss = line.partition(" ")
        if word in ("shown", "ready"):
            seen[word] = (time.perf_counter() - t, int(rss))
        if word == until:
            break
    p.wait(timeout=60)
    if until not in seen:
        raise RuntimeError(f"{cmd} never printed {until!r}")
    return seen


def median(runs: list[dict[str, tuple[float, int]]], key: str, i: int) -> float:
    return statistics.median(r[key][i] for r in runs)


def main() -> dict[str, float]:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    app = [sys.executable, "-m", "app"]
    empty = [sys.executable, "-c", EMPTY]
    with tempfile.TemporaryDirectory() as home:
        # the default data folder, as on a real start (platformdirs), moved into a temporary XDG_DATA_HOME
        env.pop("OPSC_ASSESS_HOME", None)
        env["XDG_DATA_HOME"] = home
        env["OPSC_ASSESS_EXIT_AFTER_SHOW"] = "1"
        data = Path(home) / "OPSC-Assess"
        data.mkdir()
        (data / "settings.json").write_text('{"first_run_done": true}', encoding="utf-8")
        measure(empty, env, "shown")  # warm the file cache (and the app's own caches in its data folder)
        measure(app, env, "ready")
        floor, ours = [], []
        for _ in range(RUNS):  # interleaved, so that a busy moment hits both
            floor.append(measure(empty, env, "shown"))
            ours.append(measure(app, env, "ready"))
    ft, fr = median(floor, "shown", 0), median(floor, "shown", 1)
    st, rt, rr = median(ours, "shown", 0), median(ours, "ready", 0), median(ours, "ready", 1)
    print(f"empty PySide6 window shown: {ft:.2f} s, {fr / 1024:.0f} MiB (median of {RUNS})")
    print(f"main window shown:          {st:.2f} s -> ratio {st / ft:.2f}x (target <= 1.3x)")
    print(f"assessments listed (ready): {rt:.2f} s -> ratio {rt / ft:.2f}x")
    print(f"memory at ready (max RSS):  {rr / 1024:.0f} MiB -> ratio {rr / fr:.2f}x")
    return {"startup_ratio": st / ft, "ready_ratio": rt / ft, "rss_ratio": rr / fr}


if __name__ == "__main__":
    main()
