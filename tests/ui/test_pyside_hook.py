"""PySide6's per-import check ("does this module use PySide6?") answers as before, without inspect."""

from __future__ import annotations

import json
import sys

import app.domain.answers
import app.ui.main_window
from app.ui import _pyside_hook


def test_the_fast_check_is_installed_and_answers_as_pysides_own() -> None:
    feature = sys.modules[_pyside_hook.FEATURE]
    fast = feature._mod_uses_pyside
    assert getattr(fast, "fast", False), "PySide6 changed: app/ui/_pyside_hook.py no longer applies"
    original = fast.__closure__[0].cell_contents  # PySide's own function, kept for the other cases
    for module in (app.ui.main_window, app.domain.answers, json, sys, _pyside_hook):
        assert fast(module) == original(module), module.__name__
    assert fast(app.ui.main_window) and not fast(app.domain.answers) and not fast(sys)


def test_installing_twice_changes_nothing() -> None:
    feature = sys.modules[_pyside_hook.FEATURE]
    before = feature._mod_uses_pyside
    assert _pyside_hook.install()
    assert feature._mod_uses_pyside is before
