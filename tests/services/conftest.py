from __future__ import annotations

import pytest

from app.services.workspace import Workspace
from app.storage import open_database
from tests.factories import make_questionnaire


@pytest.fixture
def ws(tmp_path):
    w = Workspace(open_database(tmp_path / "assess.sqlite"), make_questionnaire())
    yield w
    w.close()


@pytest.fixture
def reopen(tmp_path):
    """A fresh Workspace on the same file: what a restart of the app would see."""
    opened = []

    def _open():
        w = Workspace(open_database(tmp_path / "assess.sqlite"), make_questionnaire())
        opened.append(w)
        return w

    yield _open
    for w in opened:
        w.close()
