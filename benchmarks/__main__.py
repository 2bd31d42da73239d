"""make bench: every benchmark, each printing ratios against a floor measured in the same run."""

from __future__ import annotations

import importlib


def main() -> None:
    for name in ("bench_startup", "bench_save", "bench_export", "bench_server"):
        try:
            mod = importlib.import_module(f"benchmarks.{name}")
        except ImportError as e:
            print(f"{name}: not available ({e})")
            continue
        mod.main()


if __name__ == "__main__":
    main()
