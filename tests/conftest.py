"""Shared test set-up: offscreen Qt, a private data folder per test, small questionnaires."""

from __future__ import annotations

import itertools
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


# ---- the two engines ---------------------------------------------------------------------------

ENGINES = ("sqlite", "postgresql")
_databases = itertools.count()


@pytest.fixture(scope="session")
def pg_server():
    """One PostgreSQL server for the whole run (see tests/pg_server.py)."""
    from tests.pg_server import find_bindir, start

    bindir = find_bindir()
    if bindir is None:
        if os.environ.get("CI"):
            pytest.fail("PostgreSQL is not installed: .ci/run installs Debian's postgresql package")
        pytest.skip("PostgreSQL is not installed (apt-get install postgresql); the SQLite half still runs")
    server = start(bindir)
    server.admin("CREATE DATABASE opsc_tests")
    yield server
    server.stop()


@pytest.fixture
def pg_url(pg_server):
    """An empty schema of its own on the test server (CREATE DATABASE takes a second or more, a schema a
    few milliseconds); its URL, as the admin, with search_path set to that schema. The app creates its
    tables there on first open, as on any empty server database."""
    name = f"t{os.getpid()}_{next(_databases)}"
    pg_server.admin(f"CREATE SCHEMA {name}", "opsc_tests")
    yield pg_server.url("opsc_tests") + f"&options=-csearch_path%3D{name}"
    pg_server.admin(f"DROP SCHEMA {name} CASCADE", "opsc_tests")


@pytest.fixture(params=ENGINES)
def database(request, tmp_path):
    """Where a test's assessments live, once per engine: a SQLite file in tmp_path, or a new database on a
    real PostgreSQL server."""
    if request.param == "sqlite":
        return tmp_path / "assess.sqlite"
    return request.getfixturevalue("pg_url")
