"""The encryption a server address without sslmode gets (app/storage/tls.py), and the URL built from it."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.services.servers import ServerAddress
from app.storage.db import server_url
from app.storage.tls import default_sslmode


@pytest.fixture(autouse=True)
def no_libpq_settings(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """No PGSSLMODE/PGSSLROOTCERT from the machine running the tests, and an empty home."""
    for name in ("PGSSLMODE", "PGSSLROOTCERT", "APPDATA"):
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
