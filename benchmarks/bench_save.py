"""Answer save latency: Workspace.set_answer (the app's one write path) against a raw sqlite3
INSERT + COMMIT with the same durability settings (WAL, synchronous=FULL), in the same run.
Target: p95 ratio <= 2x.
"""

from __future__ import annotations

import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from app.domain.answers import SCALE_ORDER
from app.services.workspace import Workspace
from app.storage import open_database
from tests.factories import make_questionnaire

N = 400


def p95(xs: list[float]) -> float:
    return statistics.quantiles(xs, n=20)[18]


def floor(path: Path) -> list[float]:
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=FULL")
    con.execute("CREATE TABLE a (q TEXT PRIMARY KEY, v TEXT, c TEXT)")
    out = []
    for i in range(N):
        t = time.perf_counter()
        con.execute("BEGIN")
        con.execute("INSERT OR REPLACE INTO a VALUES (?, ?, ?)", (f"q{i % 7}", "fully", f"comment {i}"))
        con.execute("COMMIT")
        out.append(time.perf_counter() - t)
    con.close()
    return out


def app_saves(path: Path) -> list[float]:
    qn = make_questionnaire()
    ws = Workspace(open_database(path), qn)
    aid = ws.create_assessment("bench", "KE")
    ids = [q.id for q in qn.questions()]
    out = []
    for i in range(N):
        t = time.perf_counter()
        ws.set_answer(aid, ids[i % len(ids)], value=SCALE_ORDER[i % 4].value, comment=f"comment {i}")
        out.append(time.perf_counter() - t)
    ws.close()
    return out


def main() -> dict[str, float]:
    with tempfile.TemporaryDirectory() as d:
        app_saves(Path(d) / "warm.sqlite")  # warm imports and caches
        base = floor(Path(d) / "floor.sqlite")
        ours = app_saves(Path(d) / "app.sqlite")
    ratio = p95(ours) / p95(base)
    print(f"answer save p95: {p95(ours) * 1000:.2f} ms vs raw sqlite3 {p95(base) * 1000:.2f} ms "
          f"-> ratio {ratio:.2f}x (target <= 2x)")
    return {"save_p95_ratio": ratio}


if __name__ == "__main__":
    main()
