"""Ratios against a floor measured in the same run, each with its target; `summary` prints them and
returns the exit status of `make bench` (1 when a ratio misses its target)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Ratio:
    name: str
    value: float
    target: float | None  # None: reported for information, no target

    @property
    def missed(self) -> bool:
        return self.target is not None and self.value > self.target

    def line(self) -> str:
        if self.target is None:
            return f"  {self.name:<46} {self.value:6.2f}x  (no target: for information)"
        verdict = "MISSED" if self.missed else "ok"
        return f"  {self.name:<46} {self.value:6.2f}x  target <= {self.target:g}x  {verdict}"


def summary(ratios: list[Ratio]) -> int:
    print("ratios (each against its floor, measured interleaved in the same run):")
    for r in ratios:
        print(r.line())
    missed = [r.name for r in ratios if r.missed]
    print(f"{len(missed)} target(s) missed: {', '.join(missed)}" if missed else "all targets met")
    return 1 if missed else 0
