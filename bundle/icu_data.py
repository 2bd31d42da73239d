"""A smaller ICU data library for the bundle: ICU's locale data for English, French and Arabic only.

Qt links ICU (libicudata.so.NN: 32 MB, the largest file of any PySide6 bundle). The app shows English,
French and Arabic; ICU's names of languages, countries, currencies, units and time zones in 200 other
languages, their collation and number-spelling rules, and the legacy character-set converters (the app
reads CSV with Python's codecs, never through Qt) are never used. This rebuilds the library with the same
name and symbol (`icudtNN_dat`) from ICU's own data, minus those items:

1. the data blob is read from the library (the symbol's address and size, through its LOAD segment);
2. `icupkg` (Debian: icu-devtools) removes the items; it refuses to remove one another item needs;
3. `gcc` assembles the blob into a shared library with the same soname.

The self-test from the bundle sorts French and Arabic words with Qt's collator (ICU) and upper-cases
with ICU's case rules, so a missing item is found before a user does.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

KEEP_LANGUAGES = {"root", "en", "fr", "ar"}
_LOCALE = re.compile(r"[a-z]{2,3}(_[A-Za-z0-9]*)*")


def _run(*cmd: str) -> str:
    return subprocess.run(cmd, check=True, capture_output=True, text=True).stdout


def _blob(library: Path) -> tuple[str, bytes]:
    """The symbol's name and the data it points to."""
    symbols = [line.split() for line in _run("nm", "-D", "-S", "--defined-only", str(library)).splitlines()]
    name, addr, size = next((s[3], int(s[0], 16), int(s[1], 16)) for s in symbols
                            if len(s) == 4 and re.fullmatch(r"icudt\d+_dat", s[3]))
    for line in _run("readelf", "-lW", str(library)).splitlines():
        p = line.split()
        if p and p[0] == "LOAD":
            offset, vaddr, filesz = int(p[1], 16), int(p[2], 16), int(p[4], 16)
            if vaddr <= addr and addr + size <= vaddr + filesz:
                with open(library, "rb") as f:
                    f.seek(addr - vaddr + offset)
                    return name, f.read(size)
    raise RuntimeError(f"{library}: {name} is in no LOAD segment")


def unused(items: list[str]) -> list[str]:
    """The items the app never uses: converters, and locale data of other languages (pool.res and
    res_index.res, shared by every locale of a tree, stay)."""
    out = []
    for item in items:
        base = item.rsplit("/", 1)[-1]
        stem = base[:-4] if base.endswith(".res") else None
        other_language = (stem is not None and _LOCALE.fullmatch(stem) is not None
                          and stem.split("_")[0] not in KEEP_LANGUAGES and base not in ("pool.res", "res_index.res"))
        if base.endswith(".cnv") or other_language:
            out.append(item)
    return out


def trimmed(library: Path, workdir: Path) -> Path:
    """A copy of ICU's data library with only what the app uses; returns its path."""
    symbol, data = _blob(library)
    package = symbol[: -len("_dat")] + "l"  # icudt73_dat -> icudt73l (little-endian)
    workdir.mkdir(parents=True, exist_ok=True)
    full, out = workdir / f"{package}.dat", workdir / "out"
    full.write_bytes(data)
    out.mkdir(exist_ok=True)
    (out / f"{package}.dat").unlink(missing_ok=True)
    items = _run("icupkg", "-l", str(full)).split()
    removal = workdir / "remove.txt"
    removal.write_text("\n".join(unused(items)) + "\n", encoding="utf-8")
    _run("icupkg", "-r", str(removal), str(full), str(out / f"{package}.dat"))
    source = workdir / "icudata.S"
    source.write_text(f"""    .section .rodata
    .global {symbol}
    .type {symbol}, @object
    .balign 16
{symbol}:
    .incbin "{out / f"{package}.dat"}"
    .size {symbol}, . - {symbol}
    .section .note.GNU-stack,"",@progbits
""", encoding="utf-8")
    soname = library.name
    result = workdir / soname
    _run("gcc", "-shared", "-nostdlib", f"-Wl,-soname,{soname}", "-o", str(result), str(source))
    print(f"icu_data: {library.name} {len(data) / 1e6:.1f} MB -> {(out / f'{package}.dat').stat().st_size / 1e6:.1f} MB "
          f"({len(items) - len(unused(items))} of {len(items)} items kept)")
    return result
