"""The one way the tests run the command line as a real process: `python -m app ARGS` from the repository, on
a given data folder, output captured, exit code checked by the caller (or by ok/refused below).

The process never inherits a database URL or a passphrase from the environment pytest runs in, and gets no
standard input (no terminal to ask at), so a test sees exactly the environment it names."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO


def cli(*args: str, env_home: Path | None = None, url: str | None = None,
        env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run the command line; `env_home` is the data folder (OPSC_ASSESS_HOME), `url` a database URL
    (OPSC_ASSESS_DATABASE_URL), `env` more variables (e.g. OPSC_PASSPHRASE)."""
    e = dict(os.environ)
    e.pop("OPSC_ASSESS_DATABASE_URL", None)
    e.pop("OPSC_PASSPHRASE", None)
    if env_home is not None:
        e["OPSC_ASSESS_HOME"] = str(env_home)
    if url is not None:
        e["OPSC_ASSESS_DATABASE_URL"] = url
    e.update(env or {})
    return subprocess.run([sys.executable, "-m", "app", *args], capture_output=True, text=True, cwd=REPO, env=e,
                          timeout=180, stdin=subprocess.DEVNULL)


def run(home: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """`cli` with the data folder first, as the workshop tests write it (one folder per laptop)."""
    return cli(*args, env_home=home, env=env)


def ok(home: Path, *args: str, env: dict[str, str] | None = None) -> str:
    """Run, require exit code 0, return what it printed."""
    r = run(home, *args, env=env)
    assert r.returncode == 0, r.stdout + r.stderr
    return r.stdout


def refused(home: Path, *args: str, env: dict[str, str] | None = None) -> str:
    """Run, require exit code 1 with a one-line error and no traceback, return that line."""
    r = run(home, *args, env=env)
    assert r.returncode == 1, r.stdout + r.stderr
    assert "Traceback" not in r.stderr and len(r.stderr.strip().splitlines()) == 1, r.stderr
    return r.stderr.strip()
