"""A real PostgreSQL server for the tests, started from Debian's `postgresql` binaries.

Why not pytest-postgresql's process fixture: it runs pg_ctl as the current user, and PostgreSQL
refuses to run as root, which is what CI is. Here, as root, initdb and pg_ctl run as the `postgres`
system user (created by the Debian package) through `runuser`; otherwise as the current user.

The server listens on 127.0.0.1 on a free port, with password (SCRAM) authentication for TCP, and
TLS with a throwaway self-signed certificate, so `sslmode=require` is exercised for real. fsync is
off: these are tests of behaviour, not of durability (benchmarks start their own server with it on).
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

ADMIN = "opsc_test_admin"
ADMIN_PASSWORD = "admin-secret-for-tests"


def find_bindir() -> Path | None:
    """The newest Debian PostgreSQL (/usr/lib/postgresql/<n>/bin), or OPSC_TEST_PG_BINDIR."""
    env = os.environ.get("OPSC_TEST_PG_BINDIR")
    if env:
        return Path(env)
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"), key=lambda p: int(Path(p).parent.parent.name))
    if found:
        return Path(found[-1]).parent
    pg_ctl = shutil.which("pg_ctl")
    return Path(pg_ctl).parent if pg_ctl else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Server:
    bindir: Path
    root: Path
    port: int
    as_user: list[str]

    def url(self, dbname: str = "postgres", user: str = ADMIN, password: str | None = ADMIN_PASSWORD,
            sslmode: str = "require") -> str:
        auth = f"{user}:{password}" if password is not None else user
        return f"postgresql+psycopg://{auth}@127.0.0.1:{self.port}/{dbname}?sslmode={sslmode}"

    def libpq(self, dbname: str = "postgres") -> str:
        """A plain libpq connection string for psycopg and psql."""
        return (f"host=127.0.0.1 port={self.port} dbname={dbname} user={ADMIN} password={ADMIN_PASSWORD} "
                "sslmode=require")

    def admin(self, sql: str, dbname: str = "postgres") -> None:
        import psycopg

        with psycopg.connect(self.libpq(dbname), autocommit=True) as con:
            con.execute(sql)

    def stop(self) -> None:
        subprocess.run([*self.as_user, str(self.bindir / "pg_ctl"), "stop", "-D", str(self.root / "data"),
                        "-m", "immediate", "-s"], check=False, capture_output=True, stdin=subprocess.DEVNULL)
        shutil.rmtree(self.root, ignore_errors=True)


def start(bindir: Path, fsync: bool = False) -> Server:
    root = Path(tempfile.mkdtemp(prefix="opsc-pg-"))
    as_user: list[str] = []
    if os.geteuid() == 0:
        as_user = ["runuser", "-u", "postgres", "--"]
        shutil.chown(root, "postgres", "postgres")
    os.chmod(root, 0o700)
    pwfile = root / "pw"
    pwfile.write_text(ADMIN_PASSWORD + "\n")
    if as_user:
        shutil.chown(pwfile, "postgres", "postgres")

    def run(*args: str) -> None:
        subprocess.run([*as_user, *args], check=True, capture_output=True, stdin=subprocess.DEVNULL, cwd=root)

    run(str(bindir / "initdb"), "-D", str(root / "data"), "-U", ADMIN, f"--pwfile={pwfile}", "-E", "UTF8",
        "--locale=C.UTF-8", "--auth-local=scram-sha-256", "--auth-host=scram-sha-256", "--no-sync")
    run("openssl", "req", "-new", "-x509", "-days", "2", "-nodes", "-subj", "/CN=127.0.0.1",
        "-keyout", str(root / "data" / "server.key"), "-out", str(root / "data" / "server.crt"))
    os.chmod(root / "data" / "server.key", 0o600)
    port = _free_port()
    options = (f"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c ssl=on -c max_connections=100 "
               + ("" if fsync else "-c fsync=off -c synchronous_commit=off -c full_page_writes=off"))
    run(str(bindir / "pg_ctl"), "start", "-D", str(root / "data"), "-o", options, "-l", str(root / "log"), "-w",
        "-s")
    return Server(bindir, root, port, as_user)
