"""PySide6 interface: views lay out, controllers decide; all changes go through app.services."""

from . import _pyside_hook  # noqa: F401  (first: PySide6's per-import check made cheap, see there)
