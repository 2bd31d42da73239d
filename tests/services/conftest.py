from __future__ import annotations

import pytest

from app.services.workspace import Workspace
from app.storage import open_database
from tests.factories import make_questionnaire


@pytest.fixture
def ws(database):
    """A workspace on each engine in turn (see `database` in tests/conftest.py)."""
    w = Workspace(open_database(database), make_questionnaire())
    yield w
    w.close()


@pytest.fixture
def reopen(database):
    """A fresh Workspace on the same database: what a restart of the app (or a colleague) would see."""
    opened = []

    def _open():
        w = Workspace(open_database(database), make_questionnaire())
        opened.append(w)
        return w

    yield _open
    for w in opened:
        w.close()
