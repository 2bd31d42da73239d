"""Answer save latency: Workspace.set_answer (the app's one write path) against a raw sqlite3
INSERT + COMMIT with the same durability settings (WAL, synchronous=FULL), in the same run.
Target: p95 ratio <= 2x.

Both write to their own file, opened once; they alternate in rounds of ROUND saves (which one goes
first alternates too), so that a busy moment of the machine hits both sides alike.
"""

from __future__ import annotations

import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.domain.answers import SCALE_ORDER
from app.services.workspace import Workspace
from app.storage import open_database
from benchmarks.report import Ratio
from tests.factories import make_questionnaire

N = 400
ROUND = 20


def p95(xs: list[float]) -> float:
    return statistics.quantiles(xs, n=20)[18]


class Floor:
    def __init__(self, path: Path):
        self.con = sqlite3.connect(path, isolation_level=None)
        self.con.execute("PRAGMA journal_mode=WAL")
        self.con.execute("PRAGMA synchronous=FULL")
        self.con.execute("CREATE TABLE a (q TEXT PRIMARY KEY, v TEXT, c TEXT)")

    def save(self, i: int) -> None:
        self.con.execute("BEGIN")
        self.con.execute("INSERT OR REPLACE INTO a VALUES (?, ?, ?)", (f"q{i % 7}", "fully", f"comment {i}"))
        self.con.execute("COMMIT")

    def close(self) -> None:
        self.con.close()


class App:
    def __init__(self, path: Path):
        qn = make_questionnaire()
        self.ws = Workspace(open_database(path), qn)
        self.aid = self.ws.create_assessment("bench", "KE")
        self.ids = [q.id for q in qn.questions()]

    def save(self, i: int) -> None:
        self.ws.set_answer(self.aid, self.ids[i % len(self.ids)], value=SCALE_ORDER[i % 4].value,
                           comment=f"comment {i}")

    def close(self) -> None:
        self.ws.close()


def timed(save: Callable[[int], None], start: int, out: list[float]) -> None:
    for i in range(start, start + ROUND):
        t = time.perf_counter()
        save(i)
        out.append(time.perf_counter() - t)


def main() -> list[Ratio]:
    with tempfile.TemporaryDirectory() as d:
        floor, ours = Floor(Path(d) / "floor.sqlite"), App(Path(d) / "app.sqlite")
        for i in range(ROUND):  # warm: imports, statement caches
            floor.save(i)
            ours.save(i)
        base: list[float] = []
        mine: list[float] = []
        for r, start in enumerate(range(0, N, ROUND)):
            pair = [(floor.save, base), (ours.save, mine)]
            for save, out in (pair if r % 2 == 0 else pair[::-1]):
                timed(save, start, out)
        floor.close()
        ours.close()
    ratio = p95(mine) / p95(base)
    print(f"answer save p95 ({N} saves each, interleaved in rounds of {ROUND}): "
          f"{p95(mine) * 1000:.2f} ms vs raw sqlite3 {p95(base) * 1000:.2f} ms")
    return [Ratio("answer save p95 / raw sqlite3", ratio, 2.0)]


if __name__ == "__main__":
    from benchmarks.report import summary

    sys.exit(summary(main()))
