"""Bundle size: the app's one-folder bundle against an empty PySide6-Essentials window bundled the same
way (bundle/floor.spec), both built in the same `make bundle` run. Target: ratio <= 1 unpacked and
zipped (a workshop copies the folder or a zip of it from a USB stick).

    python -m benchmarks.bench_bundle dist/opsc-assess build/floor-dist/empty-window
"""

from __future__ import annotations

import sys
import tempfile
import zipfile
from collections import Counter
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.report import Ratio, summary

MB = 1_000_000


def files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def unpacked(folder: Path) -> int:
    """Bytes of every file (a symbolic link costs nothing)."""
    return sum(p.stat().st_size for p in files(folder))


def zipped(folder: Path) -> int:
    """Bytes of a zip of the folder (deflate, as `zip -r` makes it; links stored as what they point to)."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "bundle.zip"
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
            for p in sorted(folder.rglob("*")):
                if p.is_file():
                    z.write(p, p.relative_to(folder.parent))
        return out.stat().st_size


def largest(folder: Path, n: int = 8) -> str:
    """The biggest top-level parts of _internal, to see where the size goes."""
    inner = folder / "_internal"
    sizes: Counter[str] = Counter()
    for p in files(inner):
        sizes[p.relative_to(inner).parts[0]] += p.stat().st_size
    return ", ".join(f"{name} {size / MB:.1f}" for name, size in sizes.most_common(n))


def main(app: Path, floor: Path) -> list[Ratio]:
    for folder in (app, floor):
        if not folder.is_dir():
            raise SystemExit(f"{folder} is not a bundle folder: run `make bundle`")
    a_size, f_size = unpacked(app), unpacked(floor)
    a_zip, f_zip = zipped(app), zipped(floor)
    print(f"bundle: {app} {a_size / MB:.1f} MB unpacked, {a_zip / MB:.1f} MB zipped, {len(files(app))} files")
    print(f"floor:  {floor} {f_size / MB:.1f} MB unpacked, {f_zip / MB:.1f} MB zipped, {len(files(floor))} files")
    print(f"largest parts of the bundle (MB): {largest(app)}")
    return [Ratio("bundle unpacked / empty-window bundle", a_size / f_size, 1.0),
            Ratio("bundle zipped / empty-window bundle", a_zip / f_zip, 1.0)]


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    sys.exit(summary(main(Path(sys.argv[1]), Path(sys.argv[2]))))
