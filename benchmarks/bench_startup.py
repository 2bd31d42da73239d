"""Startup, against an empty PySide6 window started the same way in the same run (the floor):

- "window shown": process start to the main window drawn on screen (its shell: title, menus, status
  bar, "Opening your assessments…"). Target: ratio <= 1.3x.
- "ready": process start to the list of assessments drawn and usable (a file with assessments in the
  default data folder, the questionnaire's cache warm as after the first start). Target: <= 2x.
- memory: peak RSS at ready, against the empty window's. Target: <= 1.5x.
- "loaded": the database opened in full behind the list (SQLAlchemy, imported in the background
  after ready). For information: what the first click may have to wait for.
- cold start: the same, with the page cache of every file both processes read dropped before each
  run (posix_fadvise DONTNEED, no root needed): what an old disk sees. For information.

With OPSC_ASSESS_EXIT_AFTER_SHOW set, the app prints 'shown <rss_kb>', 'ready <rss_kb>' and
'loaded <rss_kb>' and quits; the empty window prints 'shown' once. The parent measures wall time
from spawn to each line. The floor and the app alternate run by run (interleaved), medians.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.report import Ratio

REPO = Path(__file__).resolve().parent.parent
RUNS = 7
COLD_RUNS = 3

# "shown" at the same moment as the app's: just after the first paint of the window (the app's
# MainWindow.first_painted), not at the first turn of the event loop, which can come before it.
EMPTY = """
import resource, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
def done():
    print("shown", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, flush=True); app.quit()
class Window(QMainWindow):
    painted = False
    def paintEvent(self, event):
        super().paintEvent(event)
        if not self.painted:
            self.painted = True
            QTimer.singleShot(0, done)
w = Window(); w.resize(1100, 720); w.show()
app.exec()
"""

# Runs a child as usual, then writes every file it mapped or imported: what a cold run must drop.
TRACE = """
import atexit, os, sys
def _dump(out=os.environ.pop("OPSC_BENCH_TRACE")):
    files = set()
    with open("/proc/self/maps") as maps:
        files.update(line.split(None, 5)[5].strip() for line in maps if len(line.split(None, 5)) == 6)
    for m in list(sys.modules.values()):
        files.update(str(getattr(m, a, None) or "") for a in ("__file__", "__cached__"))
    with open(out, "a") as f:
        f.write("\\n".join(p for p in files if p.startswith("/") and os.path.isfile(p)) + "\\n")
atexit.register(_dump)
target = sys.argv.pop(1)
if target == "-m":
    import runpy
    runpy.run_module(sys.argv.pop(1), run_name="__main__", alter_sys=True)
else:
    exec(compile(target, "<floor>", "exec"), {"__name__": "__main__"})
"""


def measure(cmd: list[str], env: dict[str, str], until: str) -> dict[str, tuple[float, int]]:
    """Seconds from spawn and peak RSS (kB) at each line the child prints, up to `until`."""
    t = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, cwd=REPO, env=env)
    assert p.stdout is not None
    seen: dict[str, tuple[float, int]] = {}
    for line in p.stdout:
        word, _, rss = line.partition(" ")
        if word in ("shown", "ready", "loaded"):
            seen[word] = (time.perf_counter() - t, int(rss))
        if word == until:
            break
    p.stdout.close()
    p.wait(timeout=60)
    if until not in seen:
        raise RuntimeError(f"{cmd} never printed {until!r}")
    return seen


def drop_cache(files: list[str]) -> None:
    """Ask the kernel to forget the cached pages of these files (clean pages only, which they are)."""
    for name in files:
        try:
            fd = os.open(name, os.O_RDONLY)
        except OSError:
            continue
        try:
            os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
        finally:
            os.close(fd)


def traced_files(cmd: list[str], env: dict[str, str], until: str, extra: list[Path]) -> list[str]:
    with tempfile.NamedTemporaryFile("r", suffix=".txt") as out:
        measure([cmd[0], "-c", TRACE, *cmd[1:]] if cmd[1] == "-m" else [cmd[0], "-c", TRACE, cmd[2]],
                dict(env, OPSC_BENCH_TRACE=out.name), until)
        files = {line.strip() for line in out if line.strip()}
    for folder in extra:
        files.update(str(p) for p in folder.rglob("*") if p.is_file())
    return sorted(files)


def make_data(home: Path) -> None:
    """The default data folder of a user who has worked: settings, and a file with a few assessments."""
    data = home / "OPSC-Assess"
    data.mkdir()
    (data / "settings.json").write_text('{"first_run_done": true}', encoding="utf-8")
    code = ("from datetime import date\nfrom app.services.workspace import Workspace\n"
            "ws = Workspace.open()\n"
            "qs = [q.id for q in ws.questionnaire.questions()]\n"
            "for i, c in enumerate(['MA', 'SN', 'KE', 'LB', 'CI']):\n"
            "    a = ws.create_assessment(f'Review {i}', c, date(2026, 1 + i, 1), 'Ministry')\n"
            "    ws.set_answers(a, [(q, {'value': 'partially'}) for q in qs[: 40 * i]])\n"
            "ws.close()\n")
    subprocess.run([sys.executable, "-c", code], cwd=REPO, check=True,
                   env=dict(os.environ, XDG_DATA_HOME=str(home), OPSC_ASSESS_HOME=str(data)))


def median(runs: list[dict[str, tuple[float, int]]], key: str, i: int) -> float:
    return statistics.median(r[key][i] for r in runs)


def main() -> list[Ratio]:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    # Byte-compiled as an installed app is (pip and the bundle compile every module; a source checkout's
    # first run writes __pycache__): with PYTHONDONTWRITEBYTECODE set, as on some CI machines, every run
    # would compile the app's ~40 modules again while the floor's PySide6 comes compiled from pip.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    app = [sys.executable, "-m", "app"]
    empty = [sys.executable, "-c", EMPTY]
    with tempfile.TemporaryDirectory() as tmp:
        # the default data folder, as on a real start (platformdirs), moved into a temporary XDG_DATA_HOME
        home = Path(tmp)
        env.pop("OPSC_ASSESS_HOME", None)
        env["XDG_DATA_HOME"] = str(home)
        make_data(home)
        env["OPSC_ASSESS_EXIT_AFTER_SHOW"] = "1"
        # warm-up: the file cache, the app's own caches in its data folder; and what each one reads
        extra = [REPO / "translations", REPO / "resources", REPO / "questionnaires", home]
        floor_files = traced_files(empty, env, "shown", [])
        app_files = traced_files(app, env, "loaded", extra)
        floor, ours = [], []
        for _ in range(RUNS):  # interleaved, so that a busy moment hits both
            floor.append(measure(empty, env, "shown"))
            ours.append(measure(app, env, "loaded"))
        cold_floor, cold_ours = [], []
        for _ in range(COLD_RUNS):
            drop_cache(floor_files)
            cold_floor.append(measure(empty, env, "shown"))
            drop_cache(app_files)
            cold_ours.append(measure(app, env, "loaded"))
    ft, fr = median(floor, "shown", 0), median(floor, "shown", 1)
    st, rt, rr = median(ours, "shown", 0), median(ours, "ready", 0), median(ours, "ready", 1)
    lt, lr = median(ours, "loaded", 0), median(ours, "loaded", 1)
    cft, crt = median(cold_floor, "shown", 0), median(cold_ours, "ready", 0)
    clt = median(cold_ours, "loaded", 0)
    print(f"startup ({datetime.now():%H:%M}), medians of {RUNS} interleaved runs; cold: {COLD_RUNS} runs, "
          f"{len(set(floor_files) | set(app_files))} files dropped from the page cache before each")
    print(f"  empty PySide6 window shown:  {ft:.2f} s, {fr / 1024:.0f} MiB; cold {cft:.2f} s")
    print(f"  main window shown:           {st:.2f} s")
    print(f"  assessments listed (ready):  {rt:.2f} s, {rr / 1024:.0f} MiB; cold {crt:.2f} s")
    print(f"  database loaded behind it:   {lt:.2f} s, {lr / 1024:.0f} MiB; cold {clt:.2f} s")
    return [Ratio("window shown / empty window", st / ft, 1.3),
            Ratio("ready (list usable) / empty window", rt / ft, 2.0),
            Ratio("memory at ready / empty window", rr / fr, 1.5),
            Ratio("cold ready / cold empty window", crt / cft, None),
            Ratio("loaded / empty window", lt / ft, None),
            Ratio("memory when loaded / empty window", lr / fr, None)]


if __name__ == "__main__":
    from benchmarks.report import summary

    sys.exit(summary(main()))
