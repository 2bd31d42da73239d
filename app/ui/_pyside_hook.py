"""PySide6's import hook, made cheap (imported by app.ui before anything else of Qt).

Once PySide6 is imported it replaces `__import__` and, after every import, asks whether the module
imported "uses PySide" (for the opt-in `from __feature__ import snake_case`), by reading the module's
source with `inspect.getsource`: linecache, tokenize and the whole text of every module kept in memory.
Measured on the start of the window (about 100 modules): ~0.2 s of a 1.2 s start on a busy machine,
and ~3 MiB of peak memory; a bundle (no sources) never paid it. `_mod_uses_pyside` below answers the
same question, "does the source contain 'PySide6'", from the file's bytes, and leaves every other case
(no source file, a module without `__file__`) to PySide's own function. Nothing else changes: the
features themselves, which the app does not use, work as before.
"""

from __future__ import annotations

import sys
from types import ModuleType
from typing import Any

import PySide6  # noqa: F401  (installs shiboken's import hook and its shibokensupport.feature module)

FEATURE = "shibokensupport.feature"


def _fast(original: Any) -> Any:
    def _mod_uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as f:
                    return b"PySide6" in f.read()
            except OSError:
                pass
        return bool(original(module))

    _mod_uses_pyside.fast = True  # type: ignore[attr-defined]
    return _mod_uses_pyside


def install() -> bool:
    """Replace PySide's check with the fast one; False when this PySide has no such check (then nothing
    is changed)."""
    feature = sys.modules.get(FEATURE)
    original = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or original is None:
        return False
    if not getattr(original, "fast", False):
        feature._mod_uses_pyside = _fast(original)  # type: ignore[attr-defined]
    return True


install()
