"""The encryption a server connection gets when its address does not say (standard library only).

libpq's own default, `prefer`, tries TLS and silently falls back to clear text: on an office network or
a VPN, someone in the middle can make it fall back and read every answer and the password exchange.
So an address without `sslmode` gets:

- `verify-full` when a root certificate is configured (`sslrootcert=` in the address, the `PGSSLROOTCERT`
  variable, or libpq's default file `~/.postgresql/root.crt`, `%APPDATA%\\postgresql\\root.crt` on
  Windows): the server's certificate and name are checked;
- otherwise `require`: always encrypted (the certificate is not checked);
- nothing for this machine itself (localhost, 127.0.0.1, ::1, a Unix socket directory), where there is
  no network to cross, and nothing when `PGSSLMODE` is set: libpq then does what the user asked.

An explicit `sslmode` in the address is always kept (docs/server.md).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

LOCAL_HOSTS = frozenset({"", "localhost", "127.0.0.1", "::1"})


def is_local(host: str | None) -> bool:
    """This machine: no host (libpq's Unix socket), a socket directory, or a loopback name."""
    h = (host or "").strip().strip("[]").lower()
    return h in LOCAL_HOSTS or h.startswith("/") or h.startswith("@")


def root_cert_configured(query: Mapping[str, object], env: Mapping[str, str] | None = None,
                         home: Path | None = None) -> bool:
    env = os.environ if env is None else env
    if query.get("sslrootcert") or env.get("PGSSLROOTCERT"):
        return True
    if os.name == "nt":
        base = Path(env.get("APPDATA", "")) if env.get("APPDATA") else None
        default = base / "postgresql" / "root.crt" if base else None
    else:
        default = (home or Path.home()) / ".postgresql" / "root.crt"
    return default is not None and default.is_file()


def default_sslmode(host: str | None, query: Mapping[str, object], env: Mapping[str, str] | None = None,
                    home: Path | None = None) -> str | None:
    """The sslmode to add to an address that has none, or None to leave it to libpq."""
    env = os.environ if env is None else env
    if query.get("sslmode") or env.get("PGSSLMODE"):
        return None
    hosts = [h for h in str(query.get("host") or host or "").split(",")]
    if all(is_local(h) for h in hosts):
        return None
    return "verify-full" if root_cert_configured(query, env, home) else "require"
