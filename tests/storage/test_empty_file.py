"""A zero-byte assessments.sqlite holds no data: it becomes a new database, and the log says so."""

from __future__ import annotations

import logging

from app.storage import open_database


def test_an_empty_file_is_initialised_and_logged(tmp_path, caplog):
    path = tmp_path / "assessments.sqlite"
    path.write_bytes(b"")
    with caplog.at_level(logging.WARNING, logger="app.storage.db"):
        db = open_database(path)
    try:
        assert path.stat().st_size > 0
        assert any("was an empty file (0 bytes)" in r.getMessage() for r in caplog.records)
    finally:
        db.close()
