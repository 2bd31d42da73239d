"""The encryption a server address without sslmode gets (app/storage/tls.py), and the URL built from it."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.services.servers import ServerAddress
from app.storage import ConnectionFailedError
from app.storage.db import server_url
from app.storage.tls import default_sslmode


@pytest.fixture(autouse=True)
def no_libpq_settings(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """No PGSSLMODE/PGSSLROOTCERT from the machine running the tests, and an empty home."""
    for name in ("PGSSLMODE", "PGSSLROOTCERT", "APPDATA", "PGHOST", "PGHOSTADDR", "PGSERVICE", "PGSERVICEFILE",
                 "PGSYSCONFDIR"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    return tmp_path


def _query(url: str) -> dict[str, object]:
    return dict(server_url(url)[0].query)


def test_a_remote_address_without_sslmode_requires_tls():
    url, where = server_url("postgresql+psycopg://amina:secret@db.example.org/opsc")
    assert url.query["sslmode"] == "require" and url.drivername == "postgresql+psycopg"
    assert where == "postgresql+psycopg://amina@db.example.org/opsc?sslmode=require"
    assert _query("postgresql://amina@10.0.0.5:5433/opsc")["sslmode"] == "require"
    assert _query("postgresql+psycopg://amina@/opsc?host=db.example.org")["sslmode"] == "require"


def test_with_a_root_certificate_the_server_is_verified(no_libpq_settings: Path, monkeypatch: pytest.MonkeyPatch):
    assert _query("postgresql+psycopg://a@db.example.org/opsc?sslrootcert=/etc/ca.pem")["sslmode"] == "verify-full"
    monkeypatch.setenv("PGSSLROOTCERT", "/etc/ca.pem")
    assert _query("postgresql+psycopg://a@db.example.org/opsc")["sslmode"] == "verify-full"
    monkeypatch.delenv("PGSSLROOTCERT")
    assert _query("postgresql+psycopg://a@db.example.org/opsc")["sslmode"] == "require"
    (no_libpq_settings / ".postgresql").mkdir()
    (no_libpq_settings / ".postgresql" / "root.crt").write_text("-----BEGIN CERTIFICATE-----\n")
    assert _query("postgresql+psycopg://a@db.example.org/opsc")["sslmode"] == "verify-full"


def test_an_explicit_sslmode_or_pgsslmode_is_kept(monkeypatch: pytest.MonkeyPatch):
    assert _query("postgresql+psycopg://a@db.example.org/opsc?sslmode=verify-ca")["sslmode"] == "verify-ca"
    assert _query("postgresql+psycopg://a@db.example.org/opsc?sslmode=disable")["sslmode"] == "disable"
    monkeypatch.setenv("PGSSLMODE", "verify-full")
    assert "sslmode" not in _query("postgresql+psycopg://a@db.example.org/opsc")  # libpq applies PGSSLMODE


@pytest.mark.parametrize("url", ["postgresql+psycopg://a@localhost/opsc", "postgresql+psycopg://a@127.0.0.1:5433/opsc",
                                 "postgresql+psycopg://a@[::1]/opsc", "postgresql+psycopg://a@/opsc",
                                 "postgresql+psycopg://a@/opsc?host=/var/run/postgresql"])
def test_this_machine_is_left_to_libpq(url: str):
    assert "sslmode" not in _query(url)


def test_the_default_is_decided_in_one_place_for_the_window_too():
    assert default_sslmode("db.example.org", {}) == "require"
    assert ServerAddress.parse("postgresql+psycopg://a@db.example.org/opsc").sslmode == "require"  # type: ignore[union-attr]
    assert ServerAddress.parse("postgresql+psycopg://a@localhost/opsc").sslmode == "prefer"  # type: ignore[union-attr]
    assert ServerAddress.parse("postgresql+psycopg://a@db/opsc?sslmode=disable").sslmode == "disable"  # type: ignore[union-attr]


def test_pghost_and_pghostaddr_are_where_libpq_goes_when_the_address_names_no_host(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("PGHOST", "db.example.org")
    assert _query("postgresql+psycopg://a@/opsc")["sslmode"] == "require"
    assert "sslmode" not in _query("postgresql+psycopg://a@localhost/opsc")  # the address's host comes first
    monkeypatch.setenv("PGHOST", "localhost")
    assert "sslmode" not in _query("postgresql+psycopg://a@/opsc")
    monkeypatch.setenv("PGHOSTADDR", "10.0.0.5")  # libpq connects to the address, whatever the name
    assert _query("postgresql+psycopg://a@/opsc")["sslmode"] == "require"
    monkeypatch.setenv("PGSSLMODE", "prefer")  # asked for: libpq applies it
    assert "sslmode" not in _query("postgresql+psycopg://a@/opsc")


@pytest.mark.parametrize("url, mode", [
    ("postgresql+psycopg://a@/opsc?hostaddr=10.0.0.5", "require"),
    ("postgresql+psycopg://a@localhost/opsc?hostaddr=10.0.0.5", "require"),
    ("postgresql+psycopg://a@db.example.org/opsc?hostaddr=127.0.0.1", None),  # a tunnel to this machine
    ("postgresql+psycopg://a@/opsc?host=localhost:5432&host=db.example.org:5432", "require"),
    ("postgresql+psycopg://a@/opsc?host=localhost,db.example.org&port=5432,5432", "require"),
    ("postgresql+psycopg://a@/opsc?host=localhost:5433", None),
    ("postgresql+psycopg://a@/opsc?host=[::1]:5433", None),
    ("postgresql+psycopg://a@/opsc?hostaddr=10.0.0.5&sslmode=disable", "disable"),  # asked for explicitly
    ("postgresql+psycopg://a@/opsc?hostaddr=10.0.0.5&sslmode=allow", "allow"),
    ("postgresql+psycopg://a@/opsc?hostaddr=10.0.0.5&sslmode=prefer", "prefer"),
])
def test_hostaddr_and_host_lists_are_judged_as_libpq_uses_them(url: str, mode: str | None):
    assert _query(url).get("sslmode") == mode


def test_a_service_is_read_as_libpq_reads_it(no_libpq_settings: Path, monkeypatch: pytest.MonkeyPatch):
    (no_libpq_settings / ".pg_service.conf").write_text(
        "[national]\nhost=db.example.org\ndbname=opsc\n"
        "[tunnel]\nhost=localhost\nport=6543\n"
        "[clear]\nhost=db.example.org\nsslmode=disable\n"
        "[checked]\nhost=db.example.org\nsslrootcert=/etc/ca.pem\n")
    assert _query("postgresql+psycopg://a@/opsc?service=national")["sslmode"] == "require"
    assert "sslmode" not in _query("postgresql+psycopg://a@/opsc?service=tunnel")
    assert "sslmode" not in _query("postgresql+psycopg://a@/opsc?service=clear")  # the service asks for it
    assert _query("postgresql+psycopg://a@/opsc?service=checked")["sslmode"] == "verify-full"
    assert _query("postgresql+psycopg://a@/opsc?service=elsewhere")["sslmode"] == "require"  # not readable here
    monkeypatch.setenv("PGSERVICE", "national")
    assert _query("postgresql+psycopg://a@/opsc")["sslmode"] == "require"
    monkeypatch.delenv("PGSERVICE")
    other = no_libpq_settings / "services.conf"
    other.write_text("[national]\nhost=localhost\n")
    monkeypatch.setenv("PGSERVICEFILE", str(other))  # PGSERVICEFILE replaces ~/.pg_service.conf
    assert "sslmode" not in _query("postgresql+psycopg://a@/opsc?service=national")
    sysconf = no_libpq_settings / "etc"
    sysconf.mkdir()
    (sysconf / "pg_service.conf").write_text("[shared]\nhostaddr=10.0.0.7\n")
    monkeypatch.setenv("PGSYSCONFDIR", str(sysconf))
    assert _query("postgresql+psycopg://a@/opsc?service=shared")["sslmode"] == "require"


def test_addresses_that_cannot_be_used_as_written_say_what_to_change():
    with pytest.raises(ConnectionFailedError) as e:
        server_url("postgresql+psycopg://amina:secret@db1.example.org:5432,db2.example.org:5432/opsc")
    assert e.value.kind == "address" and "?host=" in e.value.detail and "secret" not in str(e.value)
    with pytest.raises(ConnectionFailedError) as e:
        server_url("postgresql+psycopg://amina:secret@db.example.org:54x2/opsc")
    assert e.value.kind == "address" and "54x2" in e.value.detail and "secret" not in str(e.value)
    with pytest.raises(ConnectionFailedError) as e:
        server_url("postgresql+psycopg://amina:secret@db.example.org/opsc?sslmode=require&sslmode=disable")
    assert e.value.kind == "address" and "'sslmode' is given 2 times" in e.value.detail
    assert "require, disable" in e.value.detail and "secret" not in str(e.value)
    # several hosts written in the query are libpq's own form: fine
    assert _query("postgresql+psycopg://a@/opsc?host=db1.example.org:5432&host=db2.example.org:5432")["sslmode"] == \
        "require"
