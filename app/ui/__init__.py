"""PySide6 interface: views lay out, controllers decide; all changes go through app.services."""
