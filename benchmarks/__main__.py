"""make bench: every benchmark, each ratio against a floor measured interleaved in the same run.
Prints each ratio with its target and exits 1 when one misses it (so that a regression is seen).

    python -m benchmarks [startup] [save] [export] [compare] [server] [workshop] [workshop_view]     (default: all)
"""

from __future__ import annotations

import importlib
import sys

from benchmarks.report import Ratio, summary

NAMES = ("startup", "save", "export", "compare", "server", "workshop", "workshop_view")


def main(argv: list[str]) -> int:
    chosen = [n for n in NAMES if n in argv] or list(NAMES)
    unknown = [a for a in argv if a not in NAMES]
    if unknown:
        print(f"unknown benchmark(s): {', '.join(unknown)}; choose among {', '.join(NAMES)}", file=sys.stderr)
        return 2
    ratios: list[Ratio] = []
    for name in chosen:
        try:
            mod = importlib.import_module(f"benchmarks.bench_{name}")
        except ImportError as e:  # bench_server needs a PostgreSQL server and psycopg
            print(f"{name}: not available ({e})")
            continue
        result = mod.main()
        ratios += [r for r in (result if isinstance(result, list) else []) if isinstance(r, Ratio)]
        print()
    return summary(ratios)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
