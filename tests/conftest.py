"""Shared test set-up: offscreen Qt, a private data folder per test, small questionnaires."""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

import pytest  # noqa: E402
from hypothesis import HealthCheck, settings  # noqa: E402

# Property tests: the same examples on every run (no flaky CI), no example database in the tree,
# and no per-example time limit (2 shared cores); OPSC_HYPOTHESIS=thorough runs many more.
settings.register_profile("opsc", derandomize=True, database=None, deadline=None, max_examples=60,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("thorough", database=None, deadline=None, max_examples=2000,
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("thorough" if os.environ.get("OPSC_HYPOTHESIS") == "thorough" else "opsc")

from tests.factories import make_questionnaire  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
SHIPPED = REPO / "questionnaires" / "opsc"


@pytest.fixture(autouse=True)
def data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own data folder: nothing touches the user's real data."""
    home = tmp_path / "opsc-home"
    monkeypatch.setenv("OPSC_ASSESS_HOME", str(home))
    return home


@pytest.fixture
def questionnaire():
    return make_questionnaire()
